"""``aioraas emulator``: run the RaaS emulator until Ctrl-C or SIGTERM."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from aioraas.emulator.faults import FaultConfig, FaultSpecError
from aioraas.emulator.fx import ACCOUNT_CURRENCIES
from aioraas.emulator.oauth import TokenLimit

if TYPE_CHECKING:
    from aioraas.emulator.server import Emulator
    from aioraas.emulator.webhooks import WebhookFaults

__all__ = ["Preload", "register", "run"]

DEFAULT_NAME = "aioraas-emulator"
DEFAULT_KEY = "emulator-key"


@dataclass(frozen=True)
class Preload:
    """An account to create before serving: ``CUSTOMER/ACCOUNT=AMOUNT[:CURRENCY]``."""

    customer: str
    account: str
    balance: Decimal
    currency: str

    @classmethod
    def parse(cls, text: str) -> Preload:
        """Parse ``acme/acme-q1=500`` or ``acme/acme-uk=250.50:GBP``."""
        owner, eq, funds = text.partition("=")
        customer, slash, account = owner.partition("/")
        amount, _, currency = funds.partition(":")
        if not (eq and slash and customer and account and amount):
            raise argparse.ArgumentTypeError(f"{text!r}: expected CUSTOMER/ACCOUNT=AMOUNT[:CURRENCY]")
        try:
            balance = Decimal(amount)
        except InvalidOperation:
            raise argparse.ArgumentTypeError(f"{text!r}: {amount!r} is not an amount") from None
        if not balance.is_finite() or balance < 0:
            raise argparse.ArgumentTypeError(f"{text!r}: the amount must be a non-negative number")
        currency = (currency or "USD").upper()
        if currency not in ACCOUNT_CURRENCIES:
            raise argparse.ArgumentTypeError(
                f"{text!r}: currency must be one of {', '.join(ACCOUNT_CURRENCIES)}"
            )
        return cls(customer, account, balance, currency)


def _fault_spec(text: str) -> str:
    try:
        FaultConfig.parse(text)
    except FaultSpecError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def _pair(what: str) -> Callable[[str], tuple[str, str]]:
    """An argparse type: ``ID:SECRET`` (the secret may contain ':')."""

    def parse(text: str) -> tuple[str, str]:
        name, colon, secret = text.partition(":")
        if not (name and colon and secret):
            raise argparse.ArgumentTypeError(f"expected {what}, both non-empty")
        return name, secret

    return parse


def _token_limit(text: str) -> TokenLimit:
    try:
        return TokenLimit.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _webhook_faults(text: str) -> WebhookFaults:
    from aioraas.emulator.webhooks import WebhookFaults

    try:
        return WebhookFaults.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _at_least(minimum: float, *, strictly: bool = False, whole: bool = False) -> Callable[[str], float]:
    """An argparse type: a number no smaller than ``minimum`` (greater, with ``strictly``)."""
    convert, kind = (int, "a whole number") if whole else (float, "a number")

    def parse(text: str) -> float:
        try:
            value = convert(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not {kind}") from None
        if value < minimum or (strictly and value == minimum):
            relation = "greater than" if strictly else "at least"
            raise argparse.ArgumentTypeError(f"{text!r} must be {relation} {minimum:g}")
        return value

    return parse


def register(subcommands: Any) -> None:
    """Add the ``emulator`` subcommand to ``aioraas``."""
    parser: argparse.ArgumentParser = subcommands.add_parser(
        "emulator",
        help="run a local, stateful Tango Card RaaS API emulator",
        description="Serve /raas/v1, /raas/v1.1 and /raas/v2 from memory until Ctrl-C or SIGTERM.",
        epilog=(
            "Fault spec: comma-separated KIND=VALUE[@[METHOD:]PATH] items, e.g. "
            "'drop_after_commit=0.05@POST:/raas/v2/orders,error_503=0.02,latency=0.005-0.02'. "
            "Kinds: drop_after_commit, truncated, error_500, error_503, rate_limit_429, html_502 "
            "(VALUE = probability 0..1) and latency (VALUE = seconds or MIN-MAX seconds)."
        ),
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: %(default)s)")
    parser.add_argument(
        "--port", type=int, default=8080, help="port; 0 picks a free one (default: %(default)s)"
    )
    parser.add_argument(
        "--platform-name", default=DEFAULT_NAME, help="Basic auth user (default: %(default)s)"
    )
    parser.add_argument(
        "--platform-key", default=DEFAULT_KEY, help="Basic auth password (default: %(default)s)"
    )
    parser.add_argument(
        "--tps", type=_at_least(0, strictly=True), help="platform-wide requests per second; above it: 429.008"
    )
    parser.add_argument("--retry-after", action="store_true", help="send Retry-After with 429 answers")
    parser.add_argument(
        "--faults",
        action="append",
        type=_fault_spec,
        default=[],
        metavar="SPEC",
        help="faults to inject (repeatable)",
    )
    parser.add_argument("--seed", type=int, help="seed of the fault RNG, for repeatable runs")
    parser.add_argument(
        "--webhook-faults",
        type=_webhook_faults,
        metavar="SPEC",
        help="webhook delivery faults, e.g. 'duplicate=0.3,out_of_order=0.5,max_delay=0.2'",
    )
    parser.add_argument(
        "--card-activation-seconds",
        type=_at_least(0),
        default=0.0,
        metavar="S",
        help="delay before a registered card can fund (default: 0, immediate)",
    )
    parser.add_argument(
        "--processing-delay",
        type=_at_least(0),
        default=0.0,
        metavar="S",
        help="time each v2 order takes; a concurrent repeat of its externalRefID gets 409.002 (default: 0)",
    )
    parser.add_argument(
        "--async-rate",
        type=_at_least(0),
        default=0.0,
        metavar="N",
        help="async-order line items completed per second in the background (default: 0, at once)",
    )
    parser.add_argument(
        "--preload-account",
        action="append",
        type=Preload.parse,
        default=[],
        metavar="CUSTOMER/ACCOUNT=AMOUNT[:CURRENCY]",
        help="create an account with a balance before serving (repeatable)",
    )
    parser.add_argument(
        "--extra-brands", type=_at_least(0, whole=True), default=0, metavar="N", help="add N synthetic brands"
    )
    parser.add_argument(
        "--oauth-client",
        action="append",
        type=_pair("ID:SECRET"),
        default=[],
        metavar="ID:SECRET",
        help="an OAuth 2.0 client that may get bearer tokens from POST /oauth/token (repeatable)",
    )
    parser.add_argument(
        "--oauth-user",
        action="append",
        type=_pair("USERNAME:PASSWORD"),
        default=[],
        metavar="USERNAME:PASSWORD",
        help="a service account for the password grant (repeatable)",
    )
    parser.add_argument(
        "--token-ttl",
        type=_at_least(1, whole=True),
        default=86400,
        metavar="S",
        help="seconds a bearer token lives (default: %(default)s)",
    )
    parser.add_argument(
        "--token-limit",
        type=_token_limit,
        metavar="N/SECONDS",
        help="at most N tokens per client per SECONDS, e.g. 1/72000; above it: Tango's 400",
    )
    parser.set_defaults(run=run)


async def _serve(emulator: Emulator, preloads: list[Preload], oauth_clients: list[str]) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    async with emulator:
        print(f"aioraas emulator listening on {emulator.url}")
        print(f"platform name: {emulator.platform_name}")
        print(f"platform key: {emulator.platform_key}")
        for client_id in oauth_clients:
            print(f"oauth client: {client_id} (token endpoint {emulator.token_url})")
        for p in preloads:
            print(f"account {p.customer}/{p.account}: {p.balance} {p.currency}")
        sys.stdout.flush()
        await stop.wait()
    print("aioraas emulator stopped", flush=True)


def run(args: argparse.Namespace) -> int:
    """Start the emulator from parsed arguments and serve until interrupted."""
    from aioraas.emulator.server import Emulator

    emulator = Emulator(
        args.platform_name,
        args.platform_key,
        host=args.host,
        port=args.port,
        tps=args.tps,
        retry_after=args.retry_after,
        faults=",".join(args.faults) or None,
        seed=args.seed,
        card_activation_seconds=args.card_activation_seconds,
        processing_delay=args.processing_delay,
        async_rate=args.async_rate,
        extra_brands=args.extra_brands,
        oauth_clients=dict(args.oauth_client),
        oauth_users=dict(args.oauth_user),
        token_ttl=int(args.token_ttl),
        token_limit=args.token_limit,
    )
    if args.webhook_faults is not None:
        emulator.webhooks.faults = args.webhook_faults
    try:
        for p in args.preload_account:
            emulator.create_account(p.customer, p.account, balance=p.balance, currency=p.currency)
    except ValueError as exc:
        print(f"aioraas emulator: error: --preload-account: {exc}", file=sys.stderr)
        return 2
    try:
        clients = [client_id for client_id, _ in args.oauth_client]
        asyncio.run(_serve(emulator, args.preload_account, clients))
    except OSError as exc:
        print(f"aioraas emulator: error: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # platforms without loop signal handlers
        pass
    return 0
