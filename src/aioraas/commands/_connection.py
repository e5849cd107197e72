"""What ``aioraas send`` and ``aioraas fan-out`` share: where to send, with which credentials.

Either the real API (credentials from options or ``RAAS_*`` variables) or, with ``--emulator``, an
emulator started inside the command, with the accounts the job needs created and funded.

With a PostgreSQL journal (``--journal postgresql://...``) the job's workers share its database: there
``--rate`` is the limit of all of them together and OAuth tokens are shared, so N workers (on N
machines) stay under Tango's per-platform limit and ask for one token between them.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import AsyncIterator, Iterable
from contextlib import AsyncExitStack, asynccontextmanager
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from aioraas.client import RaasClient
    from aioraas.emulator.server import Emulator


def add_connection_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("where to send")
    group.add_argument("--platform-name", help="platform name (default: $RAAS_PLATFORM_NAME)")
    group.add_argument("--platform-key", help="platform key (default: $RAAS_PLATFORM_KEY)")
    group.add_argument(
        "--client-id",
        help="OAuth 2.0 client id, instead of platform name and key (default: $RAAS_CLIENT_ID)",
    )
    group.add_argument("--client-secret", help="OAuth 2.0 client secret (default: $RAAS_CLIENT_SECRET)")
    group.add_argument("--environment", choices=["sandbox", "production"], help="default: $RAAS_ENVIRONMENT")
    group.add_argument("--base-url", help="an API root instead of an environment (default: $RAAS_BASE_URL)")
    group.add_argument(
        "--timeout", type=float, default=30.0, help="seconds per attempt (default: %(default)s)"
    )
    group.add_argument(
        "--max-retries", type=int, default=4, help="retries per request (default: %(default)s)"
    )
    group.add_argument("--rate", type=float, help="at most this many requests per second")
    emulated = parser.add_argument_group("embedded emulator (no credentials needed)")
    emulated.add_argument(
        "--emulator",
        action="store_true",
        help="send to a RaaS emulator started for this command, not to Tango",
    )
    emulated.add_argument(
        "--emulator-faults",
        metavar="SPEC",
        help="faults the emulator injects, e.g. error_503=0.05@POST:/raas/v2/orders",
    )
    emulated.add_argument("--emulator-tps", type=float, metavar="N", help="the emulator's TPS limit")
    emulated.add_argument("--emulator-seed", type=int, metavar="N", help="seed of the emulator's fault RNG")


@attrs.frozen
class Funding:
    """An account the job orders from, and what it needs in it (for the embedded emulator)."""

    customer: str
    account: str
    amount: Decimal


@attrs.define
class Connection:
    client: RaasClient
    emulator: Emulator | None
    description: str
    opening_balances: dict[str, Decimal] = attrs.field(factory=dict)


def check_connection_options(args: argparse.Namespace) -> None:
    """Refuse bad connection options in the command's own words, before anything starts."""
    from aioraas.errors import ConfigurationError

    if args.rate is not None and not args.rate > 0:
        raise ConfigurationError(
            f"--rate must be a positive number of requests per second, not {args.rate:g}"
        )
    if not args.timeout > 0:
        raise ConfigurationError(f"--timeout must be a positive number of seconds, not {args.timeout:g}")
    if args.max_retries < 0:
        raise ConfigurationError(f"--max-retries must be 0 or more, not {args.max_retries}")
    if args.emulator:
        return
    basic = args.platform_name or args.platform_key
    if (args.client_id or args.client_secret) and basic:
        raise ConfigurationError(
            "give --platform-name/--platform-key or --client-id/--client-secret, not both"
        )
    required = (
        (("client_id", "RAAS_CLIENT_ID"), ("client_secret", "RAAS_CLIENT_SECRET"))
        if _uses_oauth(args)
        else (("platform_name", "RAAS_PLATFORM_NAME"), ("platform_key", "RAAS_PLATFORM_KEY"))
    )
    for option, variable in required:
        if not (getattr(args, option) or os.environ.get(variable)):
            flag = "--" + option.replace("_", "-")
            raise ConfigurationError(f"{flag} is required (or set {variable}; or use --emulator)")
    if args.environment and args.base_url:
        raise ConfigurationError("give --environment or --base-url, not both")


def _uses_oauth(args: argparse.Namespace) -> bool:
    """OAuth 2.0 credentials were given (or, with no credentials given, are in the environment)."""
    basic = args.platform_name or args.platform_key
    return bool(args.client_id or args.client_secret or (not basic and os.environ.get("RAAS_CLIENT_ID")))


@asynccontextmanager
async def connect(args: argparse.Namespace, funding: Iterable[Funding] = ()) -> AsyncIterator[Connection]:
    """A client for the chosen target; with ``--emulator``, the running emulator too."""
    check_connection_options(args)
    async with AsyncExitStack() as stack:
        options: dict[str, Any] = {
            "timeout": args.timeout,
            "max_retries": args.max_retries,
            "rate_limit": args.rate,
        }
        shared = shared_state_url(args)
        if shared is not None and not args.emulator:
            options.update(await _shared_options(stack, shared, args))
        async with _connect(args, funding, options) as connection:
            yield connection


def shared_state_url(args: argparse.Namespace) -> str | None:
    """The PostgreSQL database the command's workers share (its journal), if any."""
    from aioraas._postgres import is_postgres_url

    journal = getattr(args, "journal", None)
    return journal if is_postgres_url(journal) else None


async def _shared_options(stack: AsyncExitStack, url: str, args: argparse.Namespace) -> dict[str, Any]:
    """A rate limit and a token store in the shared database, for the platform being called."""
    from aioraas.postgres import PostgresRateLimiter, PostgresTokenStore

    options: dict[str, Any] = {}
    # The key names the platform: workers of other platforms in the same database keep their own limit.
    who = args.client_id or os.environ.get("RAAS_CLIENT_ID") or args.platform_name
    who = who or os.environ.get("RAAS_PLATFORM_NAME") or ""
    where = args.base_url or os.environ.get("RAAS_BASE_URL") or args.environment or "sandbox"
    if args.rate is not None:
        options["rate_limit"] = await stack.enter_async_context(
            PostgresRateLimiter(url, args.rate, key=f"{where} {who}")
        )
    if _uses_oauth(args):
        options["token_store"] = await stack.enter_async_context(PostgresTokenStore(url))
    return options


@asynccontextmanager
async def _connect(
    args: argparse.Namespace, funding: Iterable[Funding], options: dict[str, Any]
) -> AsyncIterator[Connection]:
    from aioraas.client import RaasClient

    if not args.emulator:
        async with RaasClient(
            args.platform_name,
            args.platform_key,
            client_id=args.client_id,
            client_secret=args.client_secret,
            environment=args.environment,
            base_url=args.base_url,
            **options,
        ) as client:
            yield Connection(client, None, client.roots["v2"])
        return

    from aioraas.emulator.server import Emulator

    # With --client-id, the embedded emulator knows that OAuth client and the client uses tokens.
    oauth = {args.client_id: args.client_secret or "emulator-secret"} if args.client_id else {}
    async with Emulator(
        faults=args.emulator_faults, tps=args.emulator_tps, seed=args.emulator_seed, oauth_clients=oauth
    ) as emulator:
        balances: dict[str, Decimal] = {}
        for need in funding:
            # Enough for every order twice over (fees, exchange rates), and never less than 10,000.
            balance = max(Decimal(10_000), need.amount * 2)
            emulator.create_account(need.customer, need.account, balance=balance)
            balances[need.account] = balance
        faults = f", faults {args.emulator_faults}" if args.emulator_faults else ""
        credentials: dict[str, Any] = (
            {"client_id": args.client_id, "client_secret": oauth[args.client_id]}
            if oauth
            else {"platform_name": emulator.platform_name, "platform_key": emulator.platform_key}
        )
        async with RaasClient(base_url=emulator.url, **credentials, **options) as client:
            yield Connection(client, emulator, f"embedded emulator at {emulator.url}{faults}", balances)
