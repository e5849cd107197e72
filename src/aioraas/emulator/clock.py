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


def iso_millis(moment: datetime) -> str:
    """Format like Tango's v2 timestamps: ``2024-03-11T19:30:55.706Z``."""
    # Fields instead of strftime: the same text (for years 1000-9999), at a fraction of the cost;
    # every order answer has one.
    return (
        f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}T{moment.hour:02d}:{moment.minute:02d}"
        f":{moment.second:02d}.{moment.microsecond // 1000:03d}Z"
    )
