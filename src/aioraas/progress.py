"""Progress of a fan-out on the terminal: a live bar on a TTY, plain periodic lines otherwise."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

from aioraas.fanout import Tally

BAR_WIDTH = 24


def _duration(seconds: float) -> str:
    whole = max(0, round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def status_line(tally: Tally, total: int | None, now: float, *, line_items: bool = False) -> str:
    """One line: done/total, failed, retries, rate, ETA. With ``line_items`` (a fan-out through
    async orders, whose rows finish a batch at a time): line items done, failed and pending."""
    rate = tally.rate(now)
    done = tally.done
    if line_items:
        parts = [f"line items done {done - tally.failed}", f"failed {tally.failed}"]
        if total:
            parts.append(f"pending {max(0, total - done)}")
    else:
        parts = [
            f"{done}/{total}" if total else f"{done}",
            f"failed {tally.failed}",
            f"retries {tally.retries}",
        ]
    parts.append(f"{rate:.1f}/s")
    if total and rate > 0 and done < total:
        parts.append(f"ETA {_duration((total - done) / rate)}")
    return " | ".join(parts)


class Progress:
    """Redraws at most ``fps`` times a second on a terminal; prints a line every ``interval`` seconds
    (or every 10 % of a known total) when the output is a file or a pipe."""

    def __init__(
        self,
        stream: TextIO,
        total: int | None,
        tally: Tally,
        *,
        live: bool | None = None,
        fps: float = 10.0,
        interval: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
        line_items: bool = False,
    ) -> None:
        self.stream = stream
        self.line_items = line_items
        self.total = total
        self.tally = tally
        self.live = stream.isatty() if live is None else live
        self._clock = clock
        self._min_gap = 1.0 / fps if self.live else interval
        self._last = -1e9
        self._last_decile = 0
        self._drawn_done = -1

    def update(self) -> None:
        now = self._clock()
        decile = (10 * self.tally.done // self.total) if self.total else 0
        if now - self._last < self._min_gap and (self.live or decile <= self._last_decile):
            return
        self._last = now
        self._last_decile = decile
        self._draw(now)

    def _draw(self, now: float) -> None:
        self._drawn_done = self.tally.done
        line = status_line(self.tally, self.total, now, line_items=self.line_items)
        if self.live:
            filled = BAR_WIDTH * self.tally.done // self.total if self.total else 0
            bar = "#" * filled + "." * (BAR_WIDTH - filled)
            self.stream.write(f"\r[{bar}] {line}\033[K")
        else:
            self.stream.write(f"progress: {line}\n")
        self.stream.flush()

    def note(self, message: str) -> None:
        """Print a message (a failed row, say) without garbling a live bar."""
        if self.live:
            self.stream.write("\r\033[K" + message + "\n")
            self._draw(self._clock())
        else:
            self.stream.write(message + "\n")
            self.stream.flush()

    def finish(self) -> None:
        if self.live or self._drawn_done != self.tally.done:
            self._draw(self._clock())
        if self.live:
            self.stream.write("\n")
            self.stream.flush()


class LiveStatus:
    """One status line redrawn in place on a terminal (``aioraas reconcile``'s progress), at most
    every ``interval`` seconds; nothing at all when the stream is not a terminal (a log or a pipe
    gets the summary only) or when ``live`` is False."""

    def __init__(
        self,
        stream: TextIO,
        *,
        live: bool | None = None,
        interval: float = 0.2,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream
        self.live = stream.isatty() if live is None else live
        self.interval = interval
        self._clock = clock
        self._last = -1e9
        self._pending: str | None = None
        self.drawn = 0

    def update(self, text: str) -> None:
        if not self.live:
            return
        now = self._clock()
        if now - self._last < self.interval:
            self._pending = text  # shown by the next redraw or by finish()
            return
        self._last = now
        self._draw(text)

    def _draw(self, text: str) -> None:
        self._pending = None
        self.drawn += 1
        self.stream.write(f"\r{text}\033[K")
        self.stream.flush()

    def finish(self) -> None:
        """Show the last status, then end its line, so what follows starts on a fresh one."""
        if not self.live:
            return
        if self._pending is not None:
            self._draw(self._pending)
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()
