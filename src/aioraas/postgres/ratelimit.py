"""One request pace for every process that shares a PostgreSQL database.

Tango's rate limit is per platform: twenty processes of one web backend, or four machines of one
fan-out job, share it. ``RaasClient(rate_limit=20)`` paces one client; give every client a
:class:`PostgresRateLimiter` with the same ``key`` instead and the 20 requests per second are
shared by all of them::

    async with PostgresRateLimiter("postgresql://jobs@db/raas", rate=20, key="acme-platform") as pace:
        async with RaasClient(..., rate_limit=pace) as raas:
            ...

How: one row per key holds the next free slot (seconds on the database's clock, so the machines'
clocks do not matter) and the current pace. Each request takes its slot with one ``UPDATE ...
RETURNING`` (the row lock orders concurrent takers; nothing is held between requests), then sleeps
until it. A 429 anywhere lowers the shared pace by a third and pushes the next slot past the
server's ``Retry-After``, so every process slows down, not only the one that was refused; answered
requests raise it back by 2 % of ``rate`` each, as :class:`aioraas._ratelimit.RateLimiter` does in
one process. The cost is one round trip to the database per request, small next to Tango's answer
times at the rates Tango allows.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Final

from aioraas import _postgres, errors
from aioraas._ratelimit import MIN_SHARE, RECOVERY_STEP, SLOWDOWN_FACTOR

if TYPE_CHECKING:
    import asyncpg

__all__ = ["PostgresRateLimiter"]

TABLE: Final = "aioraas_rate_limits"
_NOW: Final = "extract(epoch FROM clock_timestamp())::float8"
_SCHEMA: Final = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    key text PRIMARY KEY,
    rate double precision NOT NULL CHECK (rate > 0),
    current_rate double precision NOT NULL CHECK (current_rate > 0),
    next_slot double precision NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL DEFAULT now()
)
"""
# A worker that starts with another rate changes the key's rate: the newest setting wins, and the
# current pace never exceeds it.
_OPEN: Final = f"""
INSERT INTO {TABLE} (key, rate, current_rate) VALUES ($1, $2, $2)
ON CONFLICT (key) DO UPDATE
SET rate = EXCLUDED.rate, current_rate = LEAST({TABLE}.current_rate, EXCLUDED.rate), updated_at = now()
"""
# $2: requests answered since this process last took a slot, each worth RECOVERY_STEP of the rate.
_RECOVERED: Final = "LEAST(rate, current_rate + rate * $3 * $2)"
_TAKE: Final = f"""
UPDATE {TABLE}
SET current_rate = {_RECOVERED},
    next_slot = GREATEST(next_slot, {_NOW}) + 1.0 / {_RECOVERED},
    updated_at = now()
WHERE key = $1
RETURNING next_slot - 1.0 / current_rate - {_NOW} AS wait
"""
_SLOW_DOWN: Final = f"""
UPDATE {TABLE}
SET current_rate = GREATEST(rate * $2, current_rate * $3),
    next_slot = GREATEST(next_slot, {_NOW} + $4),
    updated_at = now()
WHERE key = $1
"""
_CONNECT_TIMEOUT: Final = 10.0


class PostgresRateLimiter:
    """At most ``rate`` requests per second for all holders of ``key`` in the database at ``url``.

    Use it as an async context manager (or call :meth:`open` and :meth:`close`); it connects on
    first use otherwise, and must then be closed. One instance may serve many clients of a process.

    Args:
        url: a ``postgresql://`` URL (the password never appears in reprs or errors).
        rate: requests per second for everyone sharing ``key``.
        key: what is being limited, e.g. the platform name: processes with the same key share the rate.
        sleep: how to wait (tests pass a fake).
    """

    def __init__(
        self,
        url: str,
        rate: float,
        *,
        key: str = "default",
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if not _postgres.is_postgres_url(url):
            raise errors.ConfigurationError(
                f"PostgresRateLimiter needs a postgresql:// URL, not {_postgres.redacted(str(url))!r}"
            )
        if not rate > 0:
            raise errors.ConfigurationError(
                f"rate must be a positive number of requests per second, not {rate!r}"
            )
        if not key:
            raise errors.ConfigurationError("key must be a non-empty string")
        self.rate = float(rate)
        self.key = key
        self._url = url
        self._sleep = sleep
        self._connection: asyncpg.Connection[Any] | None = None
        # One connection runs one statement at a time; the lock also hands out turns in call order.
        self._lock = asyncio.Lock()
        self._answered = 0
        self._reports: set[asyncio.Task[None]] = set()

    def __repr__(self) -> str:
        return f"PostgresRateLimiter({_postgres.redacted(self._url)!r}, rate={self.rate:g}, key={self.key!r})"

    async def __aenter__(self) -> PostgresRateLimiter:
        await self.open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def open(self) -> None:
        """Connect, create the table if needed and register this key's rate."""
        async with self._lock:
            await self._connected()

    async def close(self) -> None:
        """Wait for pending 429 reports, then disconnect."""
        if self._reports:
            await asyncio.gather(*self._reports, return_exceptions=True)
        async with self._lock:
            if self._connection is not None:
                connection, self._connection = self._connection, None
                await connection.close()

    async def acquire(self) -> None:
        """Wait for this request's turn among every process sharing the key."""
        async with self._lock:
            answered, self._answered = self._answered, 0
            wait = await self._run(lambda c: c.fetchval(_TAKE, self.key, answered, RECOVERY_STEP))
        if wait is not None and wait > 0:
            await self._sleep(wait)

    def slow_down(self, pause: float = 0.0) -> None:
        """After a 429: slow every process down now (sent in the background, awaited by close())."""
        task = asyncio.get_running_loop().create_task(self._report_rate_limited(pause))
        self._reports.add(task)
        task.add_done_callback(self._reports.discard)

    def record_success(self) -> None:
        # Counted here and sent with this process's next slot request: no extra round trip.
        self._answered += 1

    async def _report_rate_limited(self, pause: float) -> None:
        async with self._lock:
            await self._run(
                lambda c: c.execute(_SLOW_DOWN, self.key, MIN_SHARE, SLOWDOWN_FACTOR, max(0.0, pause))
            )

    async def _run(self, statement: Callable[[asyncpg.Connection[Any]], Awaitable[Any]]) -> Any:
        """Run ``statement`` (the lock is held), reconnecting once if the connection was lost."""
        driver = _postgres.driver()
        lost = (OSError, driver.PostgresConnectionError, driver.InterfaceError)
        try:
            return await statement(await self._connected())
        except lost:
            await self._drop()
        try:
            return await statement(await self._connected())
        except lost as exc:
            await self._drop()
            raise errors.RaasError(
                f"the shared rate limit's database {_postgres.redacted(self._url)} is unreachable: "
                f"{type(exc).__name__}"
            ) from None

    async def _connected(self) -> asyncpg.Connection[Any]:
        if self._connection is None or self._connection.is_closed():
            connection = await _postgres.connect(self._url, timeout=_CONNECT_TIMEOUT)
            try:
                await _postgres.create_tables(connection, [_SCHEMA])
                await connection.execute(_OPEN, self.key, self.rate)
            except BaseException:
                await connection.close()
                raise
            self._connection = connection
        return self._connection

    async def _drop(self) -> None:
        if self._connection is not None:
            connection, self._connection = self._connection, None
            connection.terminate()
