"""Dates in the emulator's answers: v2 timestamps (``iso_millis``) and the day in a referenceOrderID,
whatever order the moments come in (both keep the text of the last second or day they formatted)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from aioraas.emulator.clock import Clock, iso_millis
from aioraas.emulator.context import EmulatorContext
from aioraas.emulator.state import Store
from aioraas.emulator.v2.orders import _reference


def _by_fields(moment: datetime) -> str:
    return (
        f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}T{moment.hour:02d}:{moment.minute:02d}"
        f":{moment.second:02d}.{moment.microsecond // 1000:03d}Z"
    )


def test_a_known_moment() -> None:
    assert iso_millis(datetime(2024, 3, 11, 19, 30, 55, 706999, tzinfo=UTC)) == "2024-03-11T19:30:55.706Z"
    assert iso_millis(datetime(2024, 3, 11, 19, 30, 55, tzinfo=UTC)) == "2024-03-11T19:30:55.000Z"


def test_moments_in_the_same_second_and_across_seconds() -> None:
    # The text up to the seconds is remembered for the last second formatted: moments of one second,
    # then of another, then of the first again must each get their own text.
    rng = random.Random(19)
    start = datetime(2026, 12, 31, 23, 59, 58, tzinfo=UTC)
    moments = [start + timedelta(microseconds=rng.randrange(4_000_000)) for _ in range(2_000)]
    moments += sorted(moments)  # runs of one second, as orders arrive
    for moment in moments:
        assert iso_millis(moment) == _by_fields(moment)
    naive = datetime(1999, 1, 2, 3, 4, 5, 60_000)
    assert iso_millis(naive) == "1999-01-02T03:04:05.060Z"


def test_reference_order_ids_carry_the_day_they_were_made() -> None:
    clock = Clock()
    ctx = EmulatorContext.__new__(EmulatorContext)
    ctx.store = Store(clock)
    days = [datetime(2026, 12, 2, 23, 59, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)]
    made = [_reference(ctx, day) for day in (*days, days[0], days[0])]
    assert made == ["RA261202-00001-37", "RA270101-00002-74", "RA261202-00003-11", "RA261202-00004-48"]
