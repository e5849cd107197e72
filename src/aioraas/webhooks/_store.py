"""Where a receiver remembers which events it has handled, and the highest revision seen.

Tango delivers at least once (retries, replays) and in no particular order. A receiver claims an
event's id before handing it to the callback: a second delivery of the same id finds it claimed
and is answered 200 without reaching the callback. When the callback fails, the claim is released
so that a later delivery (a retry or a replay) is handled again.

- :class:`MemoryEventStore`: the default; per process, bounded, lost on restart.
- :class:`SQLiteEventStore`: survives restarts and is shared by the processes on one machine.

Any object with the same four coroutine methods can take their place (a Redis or PostgreSQL
store, for several machines): see :class:`EventStore`.
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TypeVar, runtime_checkable

__all__ = ["EventStore", "MemoryEventStore", "SQLiteEventStore"]

T = TypeVar("T")

DEFAULT_CLAIM_TIMEOUT = 300.0
"""Seconds after which an event claimed but never completed (the process died) may be claimed again."""


@runtime_checkable
class EventStore(Protocol):
    """What a receiver needs to deliver each event to its callback once."""

    async def claim(self, event_id: str) -> bool:
        """Atomically mark ``event_id`` as being handled; False when it is (or was) already."""
        ...

    async def complete(self, event_id: str, revision: int | None) -> None:
        """``event_id`` was handled; remember ``revision`` if it is the highest so far."""
        ...

    async def release(self, event_id: str) -> None:
        """Handling ``event_id`` failed: let a later delivery claim it again."""
        ...

    async def highest_revision(self) -> int | None:
        """The highest revision of a completed event, or None before the first."""
        ...


class MemoryEventStore:
    """Event ids in memory, the newest ``max_events`` of them (older ids are forgotten)."""

    def __init__(self, max_events: int = 100_000, *, claim_timeout: float = DEFAULT_CLAIM_TIMEOUT) -> None:
        if max_events < 1:
            raise ValueError("max_events must be at least 1")
        self._max = max_events
        self._claim_timeout = claim_timeout
        # event id -> None when completed, else the monotonic time it was claimed.
        self._events: OrderedDict[str, float | None] = OrderedDict()
        self._highest: int | None = None

    async def claim(self, event_id: str) -> bool:
        # No await between the check and the change: atomic within the event loop.
        if event_id in self._events:
            claimed_at = self._events[event_id]
            if claimed_at is None or time.monotonic() - claimed_at < self._claim_timeout:
                return False
        self._events[event_id] = time.monotonic()
        self._events.move_to_end(event_id)
        while len(self._events) > self._max:
            self._events.popitem(last=False)
        return True

    async def complete(self, event_id: str, revision: int | None) -> None:
        self._events[event_id] = None
        if revision is not None and (self._highest is None or revision > self._highest):
            self._highest = revision

    async def release(self, event_id: str) -> None:
        self._events.pop(event_id, None)

    async def highest_revision(self) -> int | None:
        return self._highest

    def __len__(self) -> int:
        return len(self._events)

    def __repr__(self) -> str:
        return f"MemoryEventStore(events={len(self._events)}, max_events={self._max})"


_SCHEMA = """
CREATE TABLE IF NOT EXISTS webhook_events (
    event_id TEXT PRIMARY KEY,
    revision INTEGER,
    claimed_at REAL NOT NULL,
    completed_at REAL
);
CREATE INDEX IF NOT EXISTS webhook_events_revision ON webhook_events (revision);
"""


class SQLiteEventStore:
    """Event ids in a SQLite file (WAL mode), so a restarted receiver still knows them.

    The database work runs in a worker thread; the event loop never waits on the disk.
    """

    def __init__(self, path: str | Path, *, claim_timeout: float = DEFAULT_CLAIM_TIMEOUT) -> None:
        self.path = Path(path)
        self._claim_timeout = claim_timeout
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = sqlite3.connect(
            self.path, check_same_thread=False, isolation_level=None, timeout=30.0
        )
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)

    def _run(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        with self._lock:
            if self._db is None:
                raise RuntimeError("the event store is closed")
            return fn(self._db)

    async def _call(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        return await asyncio.to_thread(self._run, fn)

    async def claim(self, event_id: str) -> bool:
        now = time.time()
        stale = now - self._claim_timeout

        def claim(db: sqlite3.Connection) -> bool:
            cursor = db.execute(
                "INSERT INTO webhook_events (event_id, claimed_at) VALUES (?, ?) "
                "ON CONFLICT (event_id) DO UPDATE SET claimed_at = excluded.claimed_at "
                "WHERE webhook_events.completed_at IS NULL AND webhook_events.claimed_at < ?",
                (event_id, now, stale),
            )
            return cursor.rowcount == 1

        return await self._call(claim)

    async def complete(self, event_id: str, revision: int | None) -> None:
        now = time.time()
        await self._call(
            lambda db: db.execute(
                "UPDATE webhook_events SET completed_at = ?, revision = ? WHERE event_id = ?",
                (now, revision, event_id),
            )
        )

    async def release(self, event_id: str) -> None:
        await self._call(
            lambda db: db.execute(
                "DELETE FROM webhook_events WHERE event_id = ? AND completed_at IS NULL", (event_id,)
            )
        )

    async def highest_revision(self) -> int | None:
        def highest(db: sqlite3.Connection) -> int | None:
            row = db.execute(
                "SELECT MAX(revision) FROM webhook_events WHERE completed_at IS NOT NULL"
            ).fetchone()
            return None if row is None or row[0] is None else int(row[0])

        return await self._call(highest)

    async def count(self) -> int:
        """How many event ids the file holds (claimed or completed)."""

        def count(db: sqlite3.Connection) -> int:
            return int(db.execute("SELECT COUNT(*) FROM webhook_events").fetchone()[0])

        return await self._call(count)

    def close(self) -> None:
        """Close the database file (pending work finishes first)."""
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    def __repr__(self) -> str:
        return f"SQLiteEventStore({str(self.path)!r})"
