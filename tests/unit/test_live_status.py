"""The live status line of ``aioraas reconcile``: redrawn in place on a terminal, throttled, and
silent in a pipe or with ``--quiet``."""

from __future__ import annotations

import io

from aioraas.progress import LiveStatus


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_gets_throttled_redraws_and_the_last_status() -> None:
    now = {"t": 0.0}
    stream = Terminal()
    status = LiveStatus(stream, interval=1.0, clock=lambda: now["t"])
    for n in range(1, 11):
        status.update(f"{n * 100} orders read")
        now["t"] += 0.25
    status.finish()
    out = stream.getvalue()
    # Drawn at t = 0, 1, 2 (every fourth update), then the last one at the end.
    assert out.count("\r") == 4
    assert "\r100 orders read\x1b[K" in out
    assert "\r900 orders read\x1b[K" in out
    assert out.endswith("\r1000 orders read\x1b[K\n")
    assert "200 orders read" not in out


def test_a_pipe_or_quiet_gets_nothing() -> None:
    pipe = io.StringIO()
    status = LiveStatus(pipe)
    status.update("100 orders read")
    status.finish()
    assert pipe.getvalue() == ""
    quiet = Terminal()
    muted = LiveStatus(quiet, live=False)
    muted.update("100 orders read")
    muted.finish()
    assert quiet.getvalue() == ""


def test_finish_without_updates_writes_nothing() -> None:
    stream = Terminal()
    LiveStatus(stream).finish()
    assert stream.getvalue() == ""
