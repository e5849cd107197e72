"""The TPS limiter, driven by a fake clock."""

from __future__ import annotations

import pytest

from aioraas.emulator.ratelimit import TokenBucket


class FakeTime:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_even_pacing_at_the_limit_is_never_limited() -> None:
    clock = FakeTime()
    bucket = TokenBucket(50, now=clock)
    for n in range(5000):
        clock.now = 100.0 + n / 50
        assert bucket.try_acquire(), n


def test_burst_is_capped_at_one_second_of_traffic() -> None:
    clock = FakeTime()
    bucket = TokenBucket(10, now=clock)
    granted = [bucket.try_acquire() for _ in range(15)]
    assert granted.count(True) == 10
    assert granted[10:] == [False] * 5
    clock.now += 0.25
    assert [bucket.try_acquire() for _ in range(3)] == [True, True, False]


def test_idle_time_does_not_bank_more_than_capacity() -> None:
    clock = FakeTime()
    bucket = TokenBucket(5, now=clock)
    clock.now += 3600
    assert [bucket.try_acquire() for _ in range(6)].count(True) == 5


def test_fractional_rates_hold_at_least_one_token() -> None:
    clock = FakeTime()
    bucket = TokenBucket(0.5, now=clock)
    assert bucket.try_acquire()
    assert not bucket.try_acquire()
    assert bucket.seconds_until_available() == 2
    clock.now += 2
    assert bucket.try_acquire()


def test_retry_after_hint_is_whole_seconds() -> None:
    clock = FakeTime()
    bucket = TokenBucket(4, now=clock)
    while bucket.try_acquire():
        pass
    assert bucket.seconds_until_available() == 1


@pytest.mark.parametrize("rate", [0, -1])
def test_rate_must_be_positive(rate: float) -> None:
    with pytest.raises(ValueError, match="positive"):
        TokenBucket(rate)
