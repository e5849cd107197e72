"""Running the emulator: in the caller's event loop, or in a background thread with its own loop."""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Callable, Mapping
from decimal import Decimal
from types import TracebackType
from typing import TypeVar

from aiohttp import web

from aioraas.emulator.app import create_app
from aioraas.emulator.catalog import build_catalog
from aioraas.emulator.clock import Clock
from aioraas.emulator.context import EmulatorContext
from aioraas.emulator.faults import FaultConfig, FaultInjector
from aioraas.emulator.fx import ACCOUNT_CURRENCIES, ExchangeRates
from aioraas.emulator.money import to_money
from aioraas.emulator.oauth import OAuthServer, TokenLimit
from aioraas.emulator.ratelimit import TokenBucket
from aioraas.emulator.state import Store
from aioraas.emulator.stats import Stats, StatsSnapshot
from aioraas.emulator.view import AccountInfo, CustomerInfo, StateView
from aioraas.emulator.webhooks import WebhookHub

__all__ = ["DEFAULT_PLATFORM_KEY", "DEFAULT_PLATFORM_NAME", "Emulator"]

DEFAULT_PLATFORM_NAME = "aioraas-emulator"
DEFAULT_PLATFORM_KEY = "emulator-key"

T = TypeVar("T")


def _fault_config(faults: FaultConfig | str | None) -> FaultConfig:
    if faults is None:
        return FaultConfig()
    return faults if isinstance(faults, FaultConfig) else FaultConfig.parse(faults)


def _limiter(tps: float | None) -> TokenBucket | None:
    return None if tps is None else TokenBucket(tps)


def _non_negative(name: str, value: float) -> float:
    if value < 0:
        raise ValueError(f"{name} must not be negative, got {value!r}")
    return float(value)


class Emulator:
    """A stateful, in-memory Tango Card RaaS API (v1, v1.1 and v2) on a local port.

    Use it as ``async with Emulator() as emu:`` inside an event loop, or as ``with Emulator() as
    emu:`` (or :meth:`start_in_thread`) to run it in a background thread with its own loop, for
    synchronous tests or another event loop. ``emu.url`` is the API root to give a client as its
    ``base_url``; the client appends ``/raas/v1.1`` or ``/raas/v2``.

    Args:
        platform_name: the HTTP Basic user name clients must send.
        platform_key: the HTTP Basic password clients must send.
        host: interface to listen on (loopback by default).
        port: port to listen on; 0 picks a free one.
        tps: platform-wide requests per second; above it the API answers 429 (i18n 429.008).
            None means no limit.
        retry_after: send a ``Retry-After`` header with 429s (the real API sends none).
        faults: a :class:`FaultConfig` or a fault spec string (see :mod:`aioraas.emulator.faults`).
        seed: seed of the fault RNG, for repeatable runs.
        card_activation_seconds: how long after registration a credit card becomes usable.
        processing_delay: how long an order takes to process; while it does, a second order with
            the same externalRefID is answered with 409 (i18n 409.002).
        async_rate: async-order line items completed per second in the background (0: as fast as
            the event loop allows).
        extra_brands: synthetic brands (two items each) added to the seeded catalog.
        shutdown_timeout: seconds to let in-flight requests finish when stopping.
        oauth_clients: OAuth 2.0 clients (id -> secret) that may get bearer tokens from
            ``POST {url}/oauth/token``; v2 then accepts ``Authorization: Bearer`` besides Basic.
        oauth_users: service accounts (username -> password) for the ``password`` grant.
        token_ttl: seconds a token lives (Tango: 86400); ``expires_in`` of every token.
        token_limit: at most N tokens per client per window, as ``TokenLimit(N, seconds)`` or
            ``"N/SECONDS"``; above it the endpoint answers Tango's 400 "... has exceeded the daily
            rate limit". None: unlimited.
    """

    def __init__(
        self,
        platform_name: str = DEFAULT_PLATFORM_NAME,
        platform_key: str = DEFAULT_PLATFORM_KEY,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        tps: float | None = None,
        retry_after: bool = False,
        faults: FaultConfig | str | None = None,
        seed: int | None = None,
        card_activation_seconds: float = 0.0,
        processing_delay: float = 0.0,
        async_rate: float = 0.0,
        extra_brands: int = 0,
        shutdown_timeout: float = 2.0,
        oauth_clients: Mapping[str, str] | None = None,
        oauth_users: Mapping[str, str] | None = None,
        token_ttl: int = 86400,
        token_limit: TokenLimit | str | None = None,
    ) -> None:
        if not platform_name or ":" in platform_name:
            raise ValueError("platform_name must be non-empty and must not contain ':'")
        if not platform_key:
            raise ValueError("platform_key must be non-empty")
        self._host = host
        self._requested_port = port
        self._shutdown_timeout = shutdown_timeout
        clock = Clock()
        stats = Stats()
        oauth = OAuthServer(
            clients=oauth_clients or {},
            users=oauth_users or {},
            ttl=token_ttl,
            limit=TokenLimit.parse(token_limit) if isinstance(token_limit, str) else token_limit,
            clock=clock,
            stats=stats,
            name=platform_name,
        )
        self._ctx = EmulatorContext(
            platform_name=platform_name,
            platform_key=platform_key,
            clock=clock,
            store=Store(clock),
            catalog=build_catalog(extra_brands),
            fx=ExchangeRates(),
            stats=stats,
            faults=FaultInjector(_fault_config(faults), seed=seed),
            oauth=oauth,
            limiter=_limiter(tps),
            retry_after=retry_after,
            card_activation_seconds=_non_negative("card_activation_seconds", card_activation_seconds),
            processing_delay=_non_negative("processing_delay", processing_delay),
            async_rate=_non_negative("async_rate", async_rate),
        )
        self._webhooks = WebhookHub(clock, seed=seed)
        self._ctx.webhooks = self._webhooks
        self._ctx.store.listeners.append(self._webhooks.on_store_event)
        self._runner: web.AppRunner | None = None
        self._port: int | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._loop_thread: int | None = None
        self._thread: threading.Thread | None = None
        self._wake: asyncio.Event | None = None
        #: Read-only snapshots of customers, accounts, orders, deposits and counters.
        self.state = StateView(self._ctx.store, self._ctx.stats, self._call)

    # -- addresses and credentials -------------------------------------------------------------

    @property
    def url(self) -> str:
        """The API root, e.g. ``http://127.0.0.1:54321`` (only once started)."""
        if self._port is None:
            raise RuntimeError("the emulator is not running; start it first")
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"http://{host}:{self._port}"

    @property
    def port(self) -> int:
        """The port actually listened on (only once started)."""
        if self._port is None:
            raise RuntimeError("the emulator is not running; start it first")
        return self._port

    @property
    def platform_name(self) -> str:
        """The platform name clients authenticate with."""
        return self._ctx.platform_name

    @property
    def platform_key(self) -> str:
        """The platform key clients authenticate with."""
        return self._ctx.platform_key

    @property
    def token_url(self) -> str:
        """The OAuth 2.0 token endpoint, ``{url}/oauth/token`` (only once started)."""
        return self.url + "/oauth/token"

    @property
    def webhooks(self) -> WebhookHub:
        """Webhook subscriptions and deliveries: ``publish()``, ``set_faults()``, ``idle()``, ``stats``.

        Use it from the emulator's event loop (``async with Emulator()``).
        """
        return self._webhooks

    def publish_webhook_event(
        self, event_type: str, data: dict[str, object], *, category: str | None = None
    ) -> int:
        """Publish a webhook event from any thread (see :meth:`WebhookHub.publish`).

        Returns how many subscriptions it was delivered to.
        """
        hub = self._webhooks
        return self._call(lambda: len(hub.publish(event_type, data, category=category)))

    @property
    def stats(self) -> StatsSnapshot:
        """Counters: requests by endpoint and status, faults, 429s, in-flight maximum, OAuth tokens."""
        return self.state.stats()

    # -- running in the caller's loop ----------------------------------------------------------

    async def start(self) -> Emulator:
        """Start serving in the running event loop."""
        if self._runner is not None:
            raise RuntimeError("the emulator is already running")
        runner = web.AppRunner(
            create_app(self._ctx),
            access_log=None,
            handle_signals=False,
            shutdown_timeout=self._shutdown_timeout,
        )
        await runner.setup()
        try:
            await web.TCPSite(runner, self._host, self._requested_port).start()
        except BaseException:
            await runner.cleanup()
            raise
        self._port = runner.addresses[0][1]
        self._runner = runner
        self._loop = asyncio.get_running_loop()
        self._loop_thread = threading.get_ident()
        return self

    async def stop(self) -> None:
        """Stop serving; in-flight requests get ``shutdown_timeout`` seconds to finish."""
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()
        await self._webhooks.close()
        self._port = None
        self._loop = None
        self._loop_thread = None

    async def __aenter__(self) -> Emulator:
        return await self.start()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    # -- running in a background thread --------------------------------------------------------

    def start_in_thread(self, timeout: float = 10.0) -> Emulator:
        """Serve from a background thread with its own event loop; returns once listening."""
        if self._thread is not None or self._runner is not None:
            raise RuntimeError("the emulator is already running")
        started = threading.Event()
        failure: list[BaseException] = []

        async def serve() -> None:
            try:
                await self.start()
                self._wake = asyncio.Event()
            except BaseException as exc:
                failure.append(exc)
                return
            finally:
                started.set()
            try:
                await self._wake.wait()
            finally:
                await self.stop()

        thread = threading.Thread(target=asyncio.run, args=(serve(),), name="aioraas-emulator", daemon=True)
        thread.start()
        if not started.wait(timeout):
            raise TimeoutError(f"the emulator did not start within {timeout} s")
        if failure:
            thread.join(timeout)
            raise failure[0]
        self._thread = thread
        return self

    def stop_thread(self, timeout: float = 10.0) -> None:
        """Stop a server started with :meth:`start_in_thread` and wait for its thread to end."""
        thread, self._thread = self._thread, None
        if thread is None:
            return
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None:
            loop.call_soon_threadsafe(wake.set)
        thread.join(timeout)
        if thread.is_alive():
            raise TimeoutError(f"the emulator thread did not stop within {timeout} s")

    def __enter__(self) -> Emulator:
        return self.start_in_thread()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop_thread()

    def _call(self, fn: Callable[[], T]) -> T:
        # State belongs to the serving loop; from any other thread, run ``fn`` on that loop.
        loop = self._loop
        if loop is None or self._loop_thread == threading.get_ident() or not loop.is_running():
            return fn()
        done: concurrent.futures.Future[T] = concurrent.futures.Future()

        def run() -> None:
            try:
                done.set_result(fn())
            except BaseException as exc:
                done.set_exception(exc)

        loop.call_soon_threadsafe(run)
        return done.result(timeout=10)

    # -- setting up state without HTTP ---------------------------------------------------------

    def create_customer(self, identifier: str, display_name: str | None = None) -> CustomerInfo:
        """Create a customer (group)."""
        store = self._ctx.store
        return self._call(lambda: CustomerInfo.of(store.add_customer(identifier, display_name or identifier)))

    def create_account(
        self,
        customer: str,
        account: str,
        *,
        balance: Decimal | int | str = Decimal(0),
        currency: str = "USD",
        display_name: str | None = None,
        contact_email: str = "ops@example.com",
    ) -> AccountInfo:
        """Create an account with an opening ``balance`` (major units); the customer is created if new."""
        if currency not in ACCOUNT_CURRENCIES:
            raise ValueError(f"currency must be one of {', '.join(ACCOUNT_CURRENCIES)}, got {currency!r}")
        opening = to_money(Decimal(balance))
        if opening < 0:
            raise ValueError("balance must not be negative")
        store = self._ctx.store

        def create() -> AccountInfo:
            if customer not in store.customers:
                store.add_customer(customer, customer)
            created = store.add_account(
                customer,
                account,
                display_name=display_name or account,
                contact_email=contact_email,
                currency=currency,
                balance=opening,
            )
            return AccountInfo.of(created)

        return self._call(create)

    def create_digital_template(self, name: str, *, etid: str | None = None) -> str:
        """Create a digital template (what ``POST /digitalTemplates`` does); returns its etid."""
        store = self._ctx.store
        return self._call(lambda: store.add_template(name, {}, etid).etid)

    def set_balance(self, account: str, balance: Decimal | int | str) -> None:
        """Set an account's balance (major units of its currency)."""
        amount = to_money(Decimal(balance))
        store = self._ctx.store

        def apply() -> None:
            store.accounts[account].balance = amount
            store.check_alerts(store.accounts[account])

        self._call(apply)

    def set_account_status(self, account: str, status: str) -> None:
        """Change an account's status (ACTIVE, INACTIVE, DISABLED, FROZEN, ...); subscribers get an
        AccountStatus webhook event."""
        store = self._ctx.store

        def apply() -> None:
            target = store.accounts[account]
            target.status = status
            store.emit("account.status", target)

        self._call(apply)

    def set_faults(self, faults: FaultConfig | str | None) -> None:
        """Replace the fault rules (the RNG keeps its state, so seeded runs stay repeatable)."""
        config = _fault_config(faults)
        self._call(lambda: self._ctx.faults.configure(config))

    def set_tps(self, tps: float | None) -> None:
        """Change the TPS limit (None removes it); the new bucket starts full."""
        limiter = _limiter(tps)

        def apply() -> None:
            self._ctx.limiter = limiter

        self._call(apply)

    def advance_clock(self, seconds: float) -> None:
        """Move the emulated time forward (card activation, the 24 h resend rule)."""
        self._call(lambda: self._ctx.clock.advance(seconds))

    def expire_tokens(self) -> None:
        """Make every bearer token issued so far unknown (as if revoked): their next use gets 401."""
        oauth = self._ctx.oauth
        assert oauth is not None  # an Emulator always has its token endpoint
        self._call(oauth.expire_all)

    def reset_stats(self) -> None:
        """Zero the request, fault and 429 counters."""
        self._call(self._ctx.stats.reset)
