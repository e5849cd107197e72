"""The platform-wide TPS limit."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

__all__ = ["TokenBucket"]


class TokenBucket:
    """A token bucket refilled at ``rate`` tokens per second, holding at most one second of them.

    Capacity equals one second of traffic (at least one token), so a client that paces itself
    evenly at the limit always finds a token, while a burst above the limit is answered with 429.
    ``now`` is injectable so tests can drive time by hand.
    """

    __slots__ = ("_capacity", "_now", "_rate", "_stamp", "_tokens")

    def __init__(self, rate: float, *, now: Callable[[], float] = time.monotonic) -> None:
        if not rate > 0:
            raise ValueError(f"the TPS limit must be positive, got {rate!r}")
        self._rate = float(rate)
        self._capacity = max(1.0, self._rate)
        self._now = now
        self._tokens = self._capacity
        self._stamp = now()

    @property
    def rate(self) -> float:
        """Tokens added per second (the TPS limit)."""
        return self._rate

    def _refill(self) -> None:
        now = self._now()
        self._tokens = min(self._capacity, self._tokens + (now - self._stamp) * self._rate)
        self._stamp = now

    def try_acquire(self) -> bool:
        """Take one token if there is one; False means the request is over the limit."""
        self._refill()
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            return True
        return False

    def seconds_until_available(self) -> int:
        """Whole seconds (at least 1) until a token is available, for a Retry-After header."""
        self._refill()
        missing = max(0.0, 1.0 - self._tokens)
        return max(1, math.ceil(missing / self._rate))
