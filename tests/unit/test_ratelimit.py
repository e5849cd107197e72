"""The client-wide rate limit: even spacing, slower after a 429, recovery after successes."""

from __future__ import annotations

import asyncio

import pytest

from aioraas._ratelimit import RateLimiter
from tests.unit.conftest import V2, Harness


class FakeTime:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


async def test_requests_are_spaced_evenly_at_the_rate() -> None:
    time = FakeTime()
    limiter = RateLimiter(4, clock=time.clock, sleep=time.sleep)
    starts = []
    for _ in range(5):
        await limiter.acquire()
        starts.append(time.now)
    assert starts == [100.0, 100.25, 100.5, 100.75, 101.0]


async def test_concurrent_callers_share_the_pace() -> None:
    time = FakeTime()
    limiter = RateLimiter(10, clock=time.clock, sleep=time.sleep)
    starts: list[float] = []

    async def call() -> None:
        await limiter.acquire()
        starts.append(time.now)

    await asyncio.gather(*(call() for _ in range(5)))
    # Turns are handed out in call order, one every 1/rate seconds.
    assert starts == pytest.approx([100.0, 100.1, 100.2, 100.3, 100.4])


async def test_a_429_slows_the_pace_and_successes_restore_it() -> None:
    time = FakeTime()
    limiter = RateLimiter(30, clock=time.clock, sleep=time.sleep)
    limiter.slow_down(pause=1.5)
    assert limiter.current_rate == pytest.approx(20.0)
    await limiter.acquire()
    assert time.now == pytest.approx(101.5)  # everyone held back for the pause
    for _ in range(100):
        limiter.record_success()
    assert limiter.current_rate == 30.0


def test_a_non_positive_rate_is_refused() -> None:
    with pytest.raises(ValueError, match="rate_limit"):
        RateLimiter(0)


async def test_the_client_slows_down_after_a_429(harness: Harness) -> None:
    from aioraas import RaasClient

    client = RaasClient("p", "k", base_url="https://api.test", rate_limit=10, timing=harness.timing)
    try:
        url = f"{V2}/accounts/acme-hr-q1"
        harness.mock.get(url, status=429, payload={"i18nKey": "429.008"})
        harness.mock.get(url, payload={"accountIdentifier": "acme-hr-q1"})
        await client.v2.accounts.get("acme-hr-q1")
        limiter = client._transport.rate_limiter
        assert limiter is not None
        assert limiter.current_rate < 10
    finally:
        await client.close()
