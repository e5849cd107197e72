"""The fan-out journal: a SQLite record of every input's externalRefID and state.

One file per run. It holds the run id (from which externalRefIDs are derived), and for each input
position its externalRefID, a fingerprint of the request, and its state:

- ``pending``: taken from the input, not yet handed to the API;
- ``sent``: handed to the API (committed before the request leaves); the outcome is not known yet;
- ``confirmed``: the API holds the order (``reference_order_id`` set);
- ``failed``: the API (or validation) refused it; ``reason`` says why; nothing was created;
- ``unknown``: sent, but no definite answer came back (``reason`` says what happened).

SQLite is only touched from one dedicated thread, so the event loop never blocks on disk; writes
queued together are committed in one transaction (group commit). WAL mode with ``synchronous=NORMAL``
keeps every committed write through a crash of the process (SIGKILL included).
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import queue
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final, TypeVar

import attrs

T = TypeVar("T")

SCHEMA_VERSION: Final = 1


class State(enum.StrEnum):
    PENDING = "pending"
    SENT = "sent"
    CONFIRMED = "confirmed"
    FAILED = "failed"
    UNKNOWN = "unknown"


@attrs.frozen
class Entry:
    """What the journal knows about one input."""

    position: int
    external_ref_id: str | None
    fingerprint: str
    state: State
    reference_order_id: str | None
    reason: str | None
    attempts: int


class JournalError(Exception):
    """The journal cannot be used for this run (another run's file, a newer format, ...)."""


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entries (
    position INTEGER PRIMARY KEY,
    external_ref_id TEXT,
    fingerprint TEXT NOT NULL,
    state TEXT NOT NULL,
    reference_order_id TEXT,
    reason TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    updated_at REAL NOT NULL
);
"""

_Operation = tuple[Callable[[sqlite3.Connection], Any], "asyncio.Future[Any] | None"]


class Journal:
    """An open journal. Use :meth:`open` (or ``async with await Journal.open(...)``)."""

    def __init__(self, path: Path, connection: sqlite3.Connection, run_id: str, resumed: bool) -> None:
        self.path = path
        self.run_id = run_id
        self.resumed = resumed
        self._connection = connection
        self._queue: queue.SimpleQueue[_Operation | None] = queue.SimpleQueue()  # None: stop
        self._loop = asyncio.get_running_loop()
        self._max_position = -1
        self._thread = threading.Thread(target=self._work, name=f"aioraas-journal-{path.name}", daemon=True)
        self._closed = False

    @classmethod
    async def open(cls, path: str | Path, *, run_id: str) -> Journal:
        """Open (or create) the journal at ``path``. A new journal stores ``run_id``; an existing one
        keeps its own, which is returned in ``journal.run_id`` (``resumed`` is then True)."""
        target = Path(path)
        loop = asyncio.get_running_loop()
        connection, stored_run_id, existed, max_position = await loop.run_in_executor(
            None, _connect, target, run_id
        )
        journal = cls(target, connection, stored_run_id, resumed=existed)
        journal._max_position = max_position
        journal._thread.start()
        return journal

    @property
    def max_position(self) -> int:
        """The highest input position recorded when the journal was opened (-1 when new)."""
        return self._max_position

    async def __aenter__(self) -> Journal:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def _work(self) -> None:
        """The journal thread: run queued operations in batches, one transaction per batch."""
        while True:
            batch = [self._queue.get()]
            with contextlib.suppress(queue.Empty):
                while len(batch) < 512:
                    batch.append(self._queue.get_nowait())
            stop = None in batch
            operations = [op for op in batch if op is not None]
            results: list[tuple[asyncio.Future[Any] | None, Any, BaseException | None]] = []
            try:
                with self._connection:
                    for fn, future in operations:
                        try:
                            results.append((future, fn(self._connection), None))
                        except sqlite3.Error as exc:
                            results.append((future, None, exc))
            except sqlite3.Error as exc:  # the commit itself failed: every write of the batch is lost
                results = [(future, None, exc) for future, _, _ in results]
            for future, value, error in results:
                if future is not None:
                    self._loop.call_soon_threadsafe(_settle, future, value, error)
            if stop:
                self._connection.close()
                return

    def _queue_operation(
        self, fn: Callable[[sqlite3.Connection], Any], future: asyncio.Future[Any] | None
    ) -> None:
        if self._closed:
            raise JournalError(f"journal {self.path} is closed")
        self._queue.put((fn, future))

    async def _call(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``fn`` on the journal thread (after everything queued before it) and return its result."""
        future: asyncio.Future[T] = self._loop.create_future()
        self._queue_operation(fn, future)
        return await future

    def _post(self, fn: Callable[[sqlite3.Connection], Any]) -> None:
        """Queue a write without waiting for it (it is still ordered before later operations)."""
        self._queue_operation(fn, None)

    async def get(self, position: int) -> Entry | None:
        """The entry of one input position, or None."""
        if position > self._max_position:
            return None  # not in the file when it was opened, and only this run writes to it
        return await self._call(lambda c: _select(c, position))

    def mark_pending(self, position: int, external_ref_id: str | None, fingerprint: str) -> None:
        """Record an input taken from the source (not awaited: ordered before the next write)."""
        self._post(lambda c: _upsert(c, position, external_ref_id, fingerprint, State.PENDING))

    async def mark_sent(self, position: int) -> None:
        """Record that the request is leaving; returns once that is on disk."""
        await self._call(lambda c: _set_state(c, position, State.SENT, None, None, 0))

    def mark_outcome(
        self,
        position: int,
        state: State,
        *,
        reference_order_id: str | None,
        reason: str | None,
        attempts: int,
    ) -> None:
        """Record the outcome (not awaited; :meth:`close` waits for every write)."""
        self._post(lambda c: _set_state(c, position, state, reference_order_id, reason, attempts))

    async def counts(self) -> dict[State, int]:
        """How many inputs are in each state."""
        return await self._call(_counts)

    async def close(self) -> None:
        """Write everything queued, then close the file."""
        if self._closed:
            return
        self._closed = True
        self._queue.put(None)
        await self._loop.run_in_executor(None, self._thread.join)


def _settle(future: asyncio.Future[Any], value: Any, error: BaseException | None) -> None:
    if future.done():
        return
    if error is not None:
        future.set_exception(JournalError(f"journal write failed: {error}"))
    else:
        future.set_result(value)


def _connect(path: Path, run_id: str) -> tuple[sqlite3.Connection, str, bool, int]:
    connection = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        connection.executescript(_SCHEMA)
        rows = dict(connection.execute("SELECT key, value FROM meta").fetchall())
        existed = bool(rows)
        if not existed:
            connection.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            connection.execute("INSERT INTO meta VALUES ('run_id', ?)", (run_id,))
            connection.execute("INSERT INTO meta VALUES ('created_at', ?)", (str(time.time()),))
            rows = {"schema_version": str(SCHEMA_VERSION), "run_id": run_id}
        if int(rows.get("schema_version", "0")) > SCHEMA_VERSION:
            raise JournalError(
                f"{path} was written by a newer aioraas (journal format {rows['schema_version']})"
            )
        max_position = connection.execute("SELECT COALESCE(MAX(position), -1) FROM entries").fetchone()[0]
        connection.isolation_level = "DEFERRED"
        return connection, rows["run_id"], existed, int(max_position)
    except BaseException:
        connection.close()
        raise


def _select(connection: sqlite3.Connection, position: int) -> Entry | None:
    row = connection.execute(
        "SELECT position, external_ref_id, fingerprint, state, reference_order_id, reason, attempts "
        "FROM entries WHERE position = ?",
        (position,),
    ).fetchone()
    if row is None:
        return None
    return Entry(row[0], row[1], row[2], State(row[3]), row[4], row[5], row[6])


def _upsert(
    connection: sqlite3.Connection, position: int, external_ref_id: str | None, fingerprint: str, state: State
) -> None:
    connection.execute(
        "INSERT INTO entries (position, external_ref_id, fingerprint, state, updated_at) "
        "VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(position) DO UPDATE SET state = excluded.state, fingerprint = excluded.fingerprint, "
        "external_ref_id = excluded.external_ref_id, updated_at = excluded.updated_at",
        (position, external_ref_id, fingerprint, state.value, time.time()),
    )


def _set_state(
    connection: sqlite3.Connection,
    position: int,
    state: State,
    reference_order_id: str | None,
    reason: str | None,
    attempts: int,
) -> None:
    connection.execute(
        "UPDATE entries SET state = ?, reference_order_id = COALESCE(?, reference_order_id), reason = ?, "
        "attempts = attempts + ?, updated_at = ? WHERE position = ?",
        (state.value, reference_order_id, reason, attempts, time.time(), position),
    )


def _counts(connection: sqlite3.Connection) -> dict[State, int]:
    return {State(s): n for s, n in connection.execute("SELECT state, COUNT(*) FROM entries GROUP BY state")}
