"""The emulator's notion of "now", which tests can move forward."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

__all__ = ["Clock", "iso_millis"]


class Clock:
    """Wall-clock time plus an offset that only ever grows.

    Business rules that depend on elapsed time (the 24 h resend rule, card activation) read this
    clock, so a test can call :meth:`advance` instead of sleeping. The TPS limiter deliberately
    does not: it measures real request spacing.
    """

    __slots__ = ("_offset",)

    def __init__(self) -> None:
        self._offset = timedelta(0)

    def now(self) -> datetime:
        """The current emulated time, timezone-aware (UTC)."""
        offset = self._offset
        return datetime.now(UTC) + offset if offset else datetime.now(UTC)

    def advance(self, seconds: float) -> None:
        """Move emulated time forward by ``seconds`` (must not be negative)."""
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        self._offset += timedelta(seconds=seconds)


# Formatting seven numbers costs more than the rest of rendering an order's answer did; orders come
# many to the second, so the text up to the seconds is kept for the last second formatted (one
# tuple, replaced whole, so a reader never sees the text of another second) and the milliseconds
# come from a table.
_last_second: tuple[tuple[int, int, int, int, int, int], str] = ((0, 0, 0, 0, 0, 0), "")
_MILLIS = tuple(f"{ms:03d}" for ms in range(1000))


def iso_millis(moment: datetime) -> str:
    """Format like Tango's v2 timestamps: ``2024-03-11T19:30:55.706Z``."""
    global _last_second
    second = (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)
    known, text = _last_second
    if second != known:
        # Fields instead of strftime: the same text (for years 1000-9999), at a fraction of the cost.
        year, month, day, hour, minute, sec = second
        text = f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{sec:02d}"
        _last_second = (second, text)
    return f"{text}.{_MILLIS[moment.microsecond // 1000]}Z"
