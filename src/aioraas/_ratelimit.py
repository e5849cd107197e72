"""A client-wide request rate limit, shared by every concurrent call of one client.

Requests are spaced evenly at the configured rate (no bursts), which is what keeps a client under
Tango's TPS limit without ever hitting it. A 429 means the real limit is lower than configured (other
clients share it, or it changed): the pace drops by a third and climbs back by a small step per
successful request.

:class:`RateLimit` is what the transport needs of a limiter; :class:`RateLimiter` paces one client,
:class:`aioraas.postgres.PostgresRateLimiter` every process that shares a database.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Final, Protocol, runtime_checkable

SLOWDOWN_FACTOR: Final = 2 / 3
RECOVERY_STEP: Final = 0.02  # share of the configured rate regained per successful request
MIN_SHARE: Final = 0.1


@runtime_checkable
class RateLimit(Protocol):
    """A request pace: ``RaasClient(rate_limit=...)`` takes a number or an object like this."""

    rate: float
    """The configured requests per second."""

    async def acquire(self) -> None:
        """Wait for this request's turn."""
        ...

    def slow_down(self, pause: float = 0.0) -> None:
        """After a 429: lower the pace and hold every caller back for ``pause`` seconds."""
        ...

    def record_success(self) -> None:
        """A request was answered: the pace may climb back towards ``rate``."""
        ...


class RateLimiter:
    """Paces calls to at most ``rate`` per second."""

    def __init__(
        self,
        rate: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if rate <= 0:
            raise ValueError(f"rate_limit must be a positive number of requests per second, not {rate!r}")
        self.rate = float(rate)
        self.current_rate = float(rate)
        self._clock = clock
        self._sleep = sleep
        self._next_slot = 0.0

    async def acquire(self) -> None:
        """Wait for this request's turn. Turns are handed out in call order."""
        now = self._clock()
        slot = max(now, self._next_slot)
        self._next_slot = slot + 1.0 / self.current_rate
        if slot > now:
            await self._sleep(slot - now)

    def slow_down(self, pause: float = 0.0) -> None:
        """After a 429: lower the pace, and hold every caller back for ``pause`` seconds."""
        self.current_rate = max(self.rate * MIN_SHARE, self.current_rate * SLOWDOWN_FACTOR)
        self._next_slot = max(self._next_slot, self._clock() + pause)

    def record_success(self) -> None:
        if self.current_rate < self.rate:
            self.current_rate = min(self.rate, self.current_rate + self.rate * RECOVERY_STEP)
