"""The fan-out journal: a SQLite record of every reward's identity, input and state.

A reward's identity never depends on where its row sits in the input. It is its externalRefID: the
caller's own (an ``external_id`` column), or one derived from the run id, a fingerprint of the row's
order fields, and an occurrence counter that tells identical rows apart (the second identical row of a
file is occurrence 1). Deleting, inserting or reordering rows therefore never re-keys the others.

Two tables:

- ``entries``, one row per identity, kept across runs: the fingerprint, a short summary of the order
  (for messages), and the state:

  - ``pending``: known, not yet handed to the API;
  - ``sent``: handed to the API (committed before the request leaves); the outcome is not known yet;
  - ``confirmed``: the API holds the order (``reference_order_id`` set);
  - ``failed``: the API (or validation) refused it; ``reason`` says why; nothing was created;
  - ``unknown``: sent, but no definite answer came back (``reason`` says what happened).

- ``books``, scratch space for :mod:`aioraas.reconcile`: the API's orders, read back for matching.

- ``async_batches`` and ``async_lines``, for runs through async orders: each batch (an async order)
  with the exact body it is sent with, and which identity went into which batch under which
  ``externalRefLineItemID``. A batch is written, and its rows marked ``sent``, before its POST leaves,
  so a run stopped at any point resends the same batch with the same ids (or looks it up).

- ``plan``, this run's input in input order (identity, line, and the request itself), written before
  anything is sent. Keeping the input on disk keeps memory flat whatever the input size, and lets the
  whole input be compared with what earlier runs sent before a single order leaves (see
  :meth:`Journal.changes`).

SQLite is only touched from one dedicated thread, so the event loop never blocks on disk; writes
queued together are committed in one transaction (group commit). WAL mode with ``synchronous=NORMAL``
keeps every committed write through a crash of the process (SIGKILL included).

Two backends, one protocol (:class:`JournalBackend`): this SQLite file, the embedded default (no
server, nothing to set up, one process per job), and a PostgreSQL database
(:mod:`aioraas.postgres.journal`, ``journal="postgresql://..."``), on which many worker processes
share one job: each claims rows with a lease instead of walking the whole plan. :func:`open_journal`
picks the backend from what it is given.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import queue
import sqlite3
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Final, Protocol, TypeVar

import attrs

from aioraas._postgres import is_postgres_url

T = TypeVar("T")

SCHEMA_VERSION: Final = 2
SENT_STATES: Final = ("sent", "confirmed", "unknown")
"""States in which the API may hold an order for the identity."""


class State(enum.StrEnum):
    PENDING = "pending"
    SENT = "sent"
    CONFIRMED = "confirmed"
    FAILED = "failed"
    UNKNOWN = "unknown"


class Kind(enum.StrEnum):
    """What a plan row holds."""

    V2 = "v2"
    V1 = "v1"
    REJECTED = "rejected"
    """An input that could not become a request; ``body`` holds the reason and the row's fields."""


@attrs.frozen
class PlanRow:
    """One input, as the plan phase hands it to the journal."""

    position: int
    kind: Kind
    fingerprint: str
    """Digest of the order fields (the externalRefID left out); empty for rejected inputs."""
    body: bytes
    """The request as JSON (without a derived externalRefID), or the rejection as JSON."""
    line: int | None = None
    identity: str | None = None
    """The caller's own identity (``account/externalRefID``); None to derive one."""
    summary: str = ""
    order: OrderFacts | None = None
    """What the order is, for reconciling with the API's books later."""


@attrs.frozen
class OrderFacts:
    """The fields of an order that its record at the API can be matched on."""

    customer: str
    account: str
    external_ref_id: str | None
    """The caller's externalRefID (None when derived: it is then the identity; v1 has none)."""
    item: str
    """The utid (v2) or sku (v1)."""
    amount: str
    """As sent: major units (v2) or cents (v1)."""
    recipient: str | None
    """The recipient's email, when there is one."""


@attrs.frozen
class Planned:
    """One input of this run, with its identity and what the journal knows of it."""

    position: int
    kind: Kind
    identity: str | None
    occurrence: int
    body: bytes
    line: int | None
    state: State | None
    fingerprint: str
    reference_order_id: str | None
    reason: str | None


@attrs.frozen
class Mention:
    """A reward named in a change report."""

    identity: str
    summary: str
    line: int | None
    state: State | None = None


@attrs.frozen
class Changes:
    """How this run's input differs from what earlier runs sent (see :meth:`Journal.changes`)."""

    removed: list[Mention]
    """Rewards the API may hold (sent, confirmed, unknown) whose row is no longer in the input."""
    added: list[Mention]
    """Rows the journal has never seen."""
    repeated: list[Mention]
    """New rows identical to a row an earlier run already sent (one more occurrence of it)."""
    altered: list[Mention]
    """Rows with the caller's own id whose order fields differ from what was sent under that id."""
    duplicated: list[Mention]
    """Rows whose own id (or key) is also the id of another row of the input."""
    removed_count: int
    added_count: int

    @property
    def ambiguous(self) -> bool:
        """True when new rows could be edits of rows already sent (or accidental copies of them)."""
        return bool(self.repeated or (self.removed and self.added))


class JournalError(Exception):
    """The journal cannot be used for this run (another run's file, a newer format, ...)."""


class InputChanged(JournalError):
    """The input changed since an earlier run in a way the journal cannot reconcile; nothing was sent."""

    def __init__(self, message: str, changes: Changes) -> None:
        super().__init__(message)
        self.changes = changes


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entries (
    identity TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL,
    reference_order_id TEXT,
    reason TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    line INTEGER,
    updated_at REAL NOT NULL,
    api TEXT NOT NULL DEFAULT 'v2',
    customer TEXT,
    account TEXT,
    external_ref_id TEXT,
    item TEXT,
    amount TEXT,
    recipient TEXT,
    sent_at REAL
);
CREATE INDEX IF NOT EXISTS entries_by_fingerprint ON entries (fingerprint);
CREATE TABLE IF NOT EXISTS plan (
    position INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    identity TEXT,
    occurrence INTEGER NOT NULL DEFAULT 0,
    fingerprint TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    line INTEGER,
    body BLOB NOT NULL,
    customer TEXT,
    account TEXT,
    external_ref_id TEXT,
    item TEXT,
    amount TEXT,
    recipient TEXT
);
CREATE INDEX IF NOT EXISTS plan_by_identity ON plan (identity);
CREATE TABLE IF NOT EXISTS occurrences (fingerprint TEXT PRIMARY KEY, seen INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS books (
    api TEXT NOT NULL,
    account TEXT NOT NULL,
    external_ref_id TEXT,
    reference_order_id TEXT NOT NULL,
    item TEXT,
    amount TEXT,
    recipient TEXT,
    created_at REAL,
    UNIQUE (api, reference_order_id)
);
CREATE INDEX IF NOT EXISTS books_by_ref ON books (api, account, external_ref_id);
CREATE TABLE IF NOT EXISTS async_batches (
    batch_id TEXT PRIMARY KEY,
    customer TEXT NOT NULL,
    account TEXT NOT NULL,
    body BLOB NOT NULL,
    state TEXT NOT NULL,
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS async_lines (
    identity TEXT PRIMARY KEY,
    batch_id TEXT NOT NULL,
    line_item_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS async_lines_by_batch ON async_lines (batch_id);
"""

_MENTIONS: Final = 5
"""How many rewards a change report names of each kind."""

_Operation = tuple[Callable[[sqlite3.Connection], Any], "asyncio.Future[Any] | None"]
Derive = Callable[[str, int], str]
"""``derive(fingerprint, occurrence) -> identity`` for inputs without an identity of their own."""


class Journal:
    """An open journal. Use :meth:`open` (or ``async with await Journal.open(...)``)."""

    shared: Final = False
    """One process runs the job: :meth:`assigned` hands it every plan row, in input order."""

    def __init__(self, path: Path, connection: sqlite3.Connection, run_id: str, resumed: bool) -> None:
        self.path = path
        self.run_id = run_id
        self.resumed = resumed
        self._connection = connection
        self._queue: queue.SimpleQueue[_Operation | None] = queue.SimpleQueue()  # None: stop
        self._loop = asyncio.get_running_loop()
        self._thread = threading.Thread(target=self._work, name=f"aioraas-journal-{path.name}", daemon=True)
        self._closed = False

    @classmethod
    async def open(cls, path: str | Path, *, run_id: str, must_exist: bool = False) -> Journal:
        """Open (or create) the journal at ``path``. A new journal stores ``run_id``; an existing one
        keeps its own, which is returned in ``journal.run_id`` (``resumed`` is then True). With
        ``must_exist``, a missing file is a :class:`JournalError` instead of a new journal."""
        target = Path(path)
        loop = asyncio.get_running_loop()
        connection, stored_run_id, existed = await loop.run_in_executor(
            None, _connect, target, run_id, must_exist
        )
        journal = cls(target, connection, stored_run_id, resumed=existed)
        journal._thread.start()
        return journal

    @property
    def location(self) -> str:
        """Where the journal is, for messages: the file's path."""
        return str(self.path)

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

    # -- the plan: this run's input, written before anything is sent ------------------------------

    async def start_plan(self) -> None:
        """Forget the previous run's plan (the entries stay)."""
        await self._call(_clear_plan)

    async def add_to_plan(self, rows: Sequence[PlanRow], derive: Derive) -> None:
        """Append inputs to the plan, giving each input without an identity its derived one."""
        await self._call(lambda c: _insert_plan(c, rows, derive))

    async def changes(self) -> Changes:
        """Compare the plan with what earlier runs recorded."""
        return await self._call(_changes)

    async def adopt_plan(self) -> None:
        """Record every new identity of the plan as pending (after :meth:`changes` was accepted)."""
        await self._call(_adopt_plan)

    async def planned(self, after: int, limit: int) -> list[Planned]:
        """Up to ``limit`` plan rows with positions above ``after``, in input order."""
        return await self._call(lambda c: _planned(c, after, limit))

    async def assigned(self, chunk: int) -> AsyncIterator[Planned]:
        """The plan rows this process is to handle: all of them, in input order, ``chunk`` at a time."""
        after = -1
        while found := await self.planned(after, chunk):
            for planned in found:
                yield planned
            after = found[-1].position

    def finish(self, position: int, result: Finished) -> None:
        """Record that the plan row at ``position`` was handled. A file has one worker, which reports
        its own results, so nothing is kept (the entry's state is what later runs need)."""

    async def hold(self, alone: bool) -> None:
        """Take part in the job (``alone``: as its only worker). A file has one worker: nothing to do."""

    # -- the state of each identity ------------------------------------------------------------

    async def mark_sent(self, identity: str) -> None:
        """Record that the request is leaving; returns once that is on disk."""
        await self._call(lambda c: _set_state(c, identity, State.SENT, None, None, 0))

    def mark_outcome(
        self,
        identity: str,
        state: State,
        *,
        reference_order_id: str | None,
        reason: str | None,
        attempts: int,
    ) -> None:
        """Record the outcome (not awaited; :meth:`close` waits for every write)."""
        self._post(lambda c: _set_state(c, identity, state, reference_order_id, reason, attempts))

    # -- async orders: batches of line items ----------------------------------------------------

    async def add_batch(self, batch: Batch) -> None:
        """Record a batch and mark its rows sent; returns once that is on disk (before the POST)."""
        await self._call(lambda c: _add_batch(c, batch))

    async def open_batches(self) -> list[Batch]:
        """Batches not finished: sent by an earlier run (or this one) whose rows are not all settled."""
        return await self._call(_open_batches)

    def finish_batch(self, batch_id: str) -> None:
        """Record that every line of the batch has a final outcome (not awaited)."""
        self._post(
            lambda c: c.execute("UPDATE async_batches SET state = 'done' WHERE batch_id = ?", (batch_id,))
        )

    async def counts(self) -> dict[State, int]:
        """How many identities are in each state."""
        return await self._call(_counts)

    def books(self) -> Books:
        """The reconciliation side of the journal (see :mod:`aioraas.reconcile`)."""
        return Books(self)

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


def _connect(path: Path, run_id: str, must_exist: bool) -> tuple[sqlite3.Connection, str, bool]:
    if must_exist and not path.is_file():
        raise JournalError(f"no journal at {path}")
    connection = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        rows = dict(connection.execute("SELECT key, value FROM meta").fetchall()) if "meta" in tables else {}
        version = int(rows.get("schema_version", SCHEMA_VERSION))
        if version > SCHEMA_VERSION:
            raise JournalError(f"{path} was written by a newer aioraas (journal format {version})")
        if version < SCHEMA_VERSION:
            raise JournalError(
                f"{path} was written by an earlier aioraas (journal format {version}), which keyed rows by "
                "their position. Finish that job with the version that started it, or start a new journal "
                "(its rows get new externalRefIDs: do not resend rows that earlier job already sent)."
            )
        connection.executescript(_SCHEMA)
        existed = bool(rows)
        if not existed:
            connection.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            connection.execute("INSERT INTO meta VALUES ('run_id', ?)", (run_id,))
            connection.execute("INSERT INTO meta VALUES ('created_at', ?)", (str(time.time()),))
            rows = {"run_id": run_id}
        connection.isolation_level = "DEFERRED"
        return connection, rows["run_id"], existed
    except BaseException:
        connection.close()
        raise


def _clear_plan(connection: sqlite3.Connection) -> None:
    connection.execute("DELETE FROM plan")
    connection.execute("DELETE FROM occurrences")


def _next_occurrence(connection: sqlite3.Connection, fingerprint: str) -> int:
    row = connection.execute(
        "INSERT INTO occurrences VALUES (?, 0) ON CONFLICT(fingerprint) DO UPDATE SET seen = seen + 1 "
        "RETURNING seen",
        (fingerprint,),
    ).fetchone()
    return int(row[0])


def _insert_plan(connection: sqlite3.Connection, rows: Iterable[PlanRow], derive: Derive) -> None:
    values = []
    for row in rows:
        identity, occurrence = row.identity, 0
        if row.kind is not Kind.REJECTED and identity is None:
            occurrence = _next_occurrence(connection, row.fingerprint)
            identity = derive(row.fingerprint, occurrence)
        facts = row.order
        external_ref_id = None
        if facts is not None:
            # The id the API knows the order by: the caller's, or the derived identity (v1: none).
            external_ref_id = facts.external_ref_id or (identity if row.kind is Kind.V2 else None)
        values.append(
            (
                row.position,
                row.kind.value,
                identity,
                occurrence,
                row.fingerprint,
                row.summary,
                row.line,
                row.body,
                facts.customer if facts else None,
                facts.account if facts else None,
                external_ref_id,
                facts.item if facts else None,
                facts.amount if facts else None,
                facts.recipient if facts else None,
            )
        )
    connection.executemany(f"INSERT INTO plan VALUES ({', '.join('?' * 14)})", values)


def _mentions(connection: sqlite3.Connection, sql: str) -> tuple[list[Mention], int]:
    count = connection.execute(f"SELECT COUNT(*) FROM ({sql})").fetchone()[0]
    found = connection.execute(f"{sql} LIMIT {_MENTIONS}").fetchall()
    return [Mention(r[0], r[1], r[2], State(r[3]) if r[3] else None) for r in found], int(count)


_SENT: Final = "(" + ", ".join(f"'{state}'" for state in SENT_STATES) + ")"


def _changes(connection: sqlite3.Connection) -> Changes:
    removed, removed_count = _mentions(
        connection,
        f"SELECT e.identity, e.summary, e.line, e.state FROM entries e WHERE e.state IN {_SENT} "
        "AND NOT EXISTS (SELECT 1 FROM plan p WHERE p.identity = e.identity) ORDER BY e.line",
    )
    added, added_count = _mentions(
        connection,
        "SELECT p.identity, p.summary, p.line, NULL FROM plan p WHERE p.identity IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM entries e WHERE e.identity = p.identity) ORDER BY p.position",
    )
    repeated, _ = _mentions(
        connection,
        "SELECT p.identity, p.summary, p.line, NULL FROM plan p WHERE p.occurrence > 0 "
        "AND NOT EXISTS (SELECT 1 FROM entries e WHERE e.identity = p.identity) "
        f"AND EXISTS (SELECT 1 FROM entries e WHERE e.fingerprint = p.fingerprint AND e.state IN {_SENT}) "
        "ORDER BY p.position",
    )
    altered, _ = _mentions(
        connection,
        "SELECT p.identity, p.summary, p.line, e.state FROM plan p JOIN entries e ON e.identity = p.identity "
        f"WHERE e.fingerprint != p.fingerprint AND e.state IN {_SENT} ORDER BY p.position",
    )
    duplicated, _ = _mentions(
        connection,
        "SELECT p.identity, p.summary, p.line, NULL FROM plan p WHERE p.identity IS NOT NULL AND EXISTS "
        "(SELECT 1 FROM plan q WHERE q.identity = p.identity AND q.position < p.position) "
        "ORDER BY p.position",
    )
    return Changes(removed, added, repeated, altered, duplicated, removed_count, added_count)


def _adopt_plan(connection: sqlite3.Connection) -> None:
    now = time.time()
    connection.execute(
        "INSERT INTO entries (identity, fingerprint, summary, state, line, updated_at, api, customer, "
        "account, external_ref_id, item, amount, recipient) "
        "SELECT identity, fingerprint, summary, 'pending', line, ?, kind, customer, account, "
        "external_ref_id, item, amount, recipient FROM plan WHERE identity IS NOT NULL "
        "ON CONFLICT(identity) DO UPDATE SET line = excluded.line, "
        # A refused or never-sent identity takes the fingerprint of the row now standing for it.
        "fingerprint = CASE WHEN entries.state IN ('pending', 'failed') THEN excluded.fingerprint "
        "ELSE entries.fingerprint END, summary = excluded.summary",
        (now,),
    )


_PLANNED_COLUMNS = (
    "p.position, p.kind, p.identity, p.occurrence, p.body, p.line, e.state, p.fingerprint, "
    "e.reference_order_id, e.reason"
)


def _planned(connection: sqlite3.Connection, after: int, limit: int) -> list[Planned]:
    found = connection.execute(
        f"SELECT {_PLANNED_COLUMNS} FROM plan p LEFT JOIN entries e ON e.identity = p.identity "
        "WHERE p.position > ? ORDER BY p.position LIMIT ?",
        (after, limit),
    ).fetchall()
    return [_as_planned(row) for row in found]


def _as_planned(row: Sequence[Any]) -> Planned:
    return Planned(
        position=row[0],
        kind=Kind(row[1]),
        identity=row[2],
        occurrence=row[3],
        body=bytes(row[4]),
        line=row[5],
        state=State(row[6]) if row[6] else None,
        fingerprint=row[7],
        reference_order_id=row[8],
        reason=row[9],
    )


def _set_state(
    connection: sqlite3.Connection,
    identity: str,
    state: State,
    reference_order_id: str | None,
    reason: str | None,
    attempts: int,
) -> None:
    now = time.time()
    connection.execute(
        "UPDATE entries SET state = ?, reference_order_id = COALESCE(?, reference_order_id), reason = ?, "
        "attempts = attempts + ?, updated_at = ?, sent_at = CASE WHEN ? THEN ? ELSE sent_at END "
        "WHERE identity = ?",
        (state.value, reference_order_id, reason, attempts, now, state is State.SENT, now, identity),
    )


def _counts(connection: sqlite3.Connection) -> dict[State, int]:
    return {State(s): n for s, n in connection.execute("SELECT state, COUNT(*) FROM entries GROUP BY state")}


@attrs.frozen
class Batch:
    """One async order of a fan-out: its id, account, exact body and rows (identity, line-item id)."""

    batch_id: str
    customer: str
    account: str
    body: bytes
    lines: tuple[tuple[str, str], ...]


def _add_batch(connection: sqlite3.Connection, batch: Batch) -> None:
    now = time.time()
    connection.execute(
        "INSERT INTO async_batches VALUES (?, ?, ?, ?, 'sent', ?) "
        "ON CONFLICT(batch_id) DO UPDATE SET state = 'sent'",
        (batch.batch_id, batch.customer, batch.account, batch.body, now),
    )
    connection.executemany(
        "INSERT OR REPLACE INTO async_lines VALUES (?, ?, ?)",
        [(identity, batch.batch_id, line_id) for identity, line_id in batch.lines],
    )
    for identity, _ in batch.lines:
        _set_state(connection, identity, State.SENT, None, None, 0)


def _open_batches(connection: sqlite3.Connection) -> list[Batch]:
    found = connection.execute(
        "SELECT batch_id, customer, account, body FROM async_batches WHERE state != 'done' "
        "ORDER BY created_at"
    ).fetchall()
    batches = []
    for batch_id, customer, account, body in found:
        lines = connection.execute(
            "SELECT identity, line_item_id FROM async_lines WHERE batch_id = ? ORDER BY rowid", (batch_id,)
        ).fetchall()
        batches.append(Batch(batch_id, customer, account, bytes(body), tuple((a, b) for a, b in lines)))
    return batches


# -- the API's books, for reconciling a job (see aioraas.reconcile) ------------------------------


@attrs.frozen
class BookOrder:
    """One order as the API's books show it."""

    api: str
    account: str
    external_ref_id: str | None
    reference_order_id: str
    item: str | None
    amount: str | None
    recipient: str | None
    created_at: float | None


@attrs.frozen
class Recorded:
    """One identity of the journal with the orders the API holds under its externalRefID."""

    identity: str
    api: str
    state: State
    line: int | None
    summary: str
    customer: str | None
    account: str | None
    external_ref_id: str | None
    item: str | None
    amount: str | None
    recipient: str | None
    sent_at: float | None
    reference_order_id: str | None
    held: list[BookOrder]


def _load_books(connection: sqlite3.Connection, orders: Sequence[BookOrder]) -> None:
    connection.executemany(
        # A window boundary can list an order twice: it is one order (its reference id says so).
        "INSERT OR IGNORE INTO books VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [attrs.astuple(order) for order in orders],
    )


def _clear_books(connection: sqlite3.Connection) -> None:
    connection.execute("DELETE FROM books")


def _accounts(connection: sqlite3.Connection) -> list[tuple[str, str, str]]:
    return [
        (str(api), str(customer), str(account))
        for api, customer, account in connection.execute(
            "SELECT DISTINCT api, customer, account FROM entries WHERE account IS NOT NULL ORDER BY 1, 2, 3"
        )
    ]


def _recorded(connection: sqlite3.Connection, after: str, limit: int) -> list[Recorded]:
    rows = connection.execute(
        "SELECT identity, api, state, line, summary, customer, account, external_ref_id, item, amount, "
        "recipient, sent_at, reference_order_id FROM entries WHERE identity > ? ORDER BY identity LIMIT ?",
        (after, limit),
    ).fetchall()
    found = []
    for row in rows:
        held = [
            BookOrder(*book)
            for book in connection.execute(
                "SELECT * FROM books WHERE api = ? AND account = ? AND "
                "(external_ref_id = ? OR (? = 'v1' AND reference_order_id = ?))",
                (row[1], row[6], row[7], row[1], row[12]),
            )
        ]
        found.append(
            Recorded(
                identity=row[0],
                api=row[1],
                state=State(row[2]),
                line=row[3],
                summary=row[4],
                customer=row[5],
                account=row[6],
                external_ref_id=row[7],
                item=row[8],
                amount=row[9],
                recipient=row[10],
                sent_at=row[11],
                reference_order_id=row[12],
                held=held,
            )
        )
    return found


def _unrecorded(connection: sqlite3.Connection, prefix: str) -> list[BookOrder]:
    """v2 orders whose externalRefID looks like this job's but that no identity of the journal has."""
    return [
        BookOrder(*row)
        for row in connection.execute(
            "SELECT * FROM books b WHERE b.api = 'v2' AND substr(b.external_ref_id, 1, ?) = ? AND NOT EXISTS "
            "(SELECT 1 FROM entries e WHERE e.account = b.account AND e.external_ref_id = b.external_ref_id) "
            # An async order of the job itself (the batch's id) is not an unexpected order.
            "AND NOT EXISTS (SELECT 1 FROM async_batches a WHERE a.batch_id = b.external_ref_id) "
            "ORDER BY b.account, b.external_ref_id",
            (len(prefix), prefix),
        )
    ]


def _v1_candidates(
    connection: sqlite3.Connection, recorded: Recorded, before: float, after: float
) -> list[BookOrder]:
    """v1 orders that could be this unanswered v1 order: same account, sku, amount and recipient, placed
    around the time it was sent, and not already the confirmed order of another identity."""
    sent_at = recorded.sent_at or 0.0
    return [
        BookOrder(*row)
        for row in connection.execute(
            "SELECT * FROM books b WHERE b.api = 'v1' AND b.account = ? AND b.item = ? AND b.amount = ? "
            "AND coalesce(b.recipient, '') = coalesce(?, '') AND b.created_at BETWEEN ? AND ? AND NOT EXISTS "
            "(SELECT 1 FROM entries e WHERE e.api = 'v1' AND e.state = 'confirmed' "
            "AND e.reference_order_id = b.reference_order_id)",
            (
                recorded.account,
                recorded.item,
                recorded.amount,
                recorded.recipient,
                sent_at - before,
                sent_at + after,
            ),
        )
    ]


def _async_accounts(connection: sqlite3.Connection) -> list[tuple[str, str]]:
    """``(customer, account)`` of every async order the journal sent."""
    return [
        (str(customer), str(account))
        for customer, account in connection.execute(
            "SELECT DISTINCT customer, account FROM async_batches ORDER BY 1, 2"
        )
    ]


def _created_at(connection: sqlite3.Connection) -> float:
    row = connection.execute("SELECT value FROM meta WHERE key = 'created_at'").fetchone()
    return float(row[0]) if row else time.time()


class Books:
    """The journal's side of a reconciliation: the API's orders loaded next to the journal's identities."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    async def start(self) -> None:
        await self._journal._call(_clear_books)

    async def load(self, orders: Sequence[BookOrder]) -> None:
        await self._journal._call(lambda c: _load_books(c, orders))

    async def accounts(self) -> list[tuple[str, str, str]]:
        """``(api, customer, account)`` of every order the journal knows."""
        return await self._journal._call(_accounts)

    async def async_accounts(self) -> list[tuple[str, str]]:
        """``(customer, account)`` the job sent async orders to (its rows are line items there)."""
        return await self._journal._call(_async_accounts)

    async def created_at(self) -> float:
        return await self._journal._call(_created_at)

    async def recorded(self, after: str, limit: int) -> list[Recorded]:
        return await self._journal._call(lambda c: _recorded(c, after, limit))

    async def unrecorded(self, prefix: str) -> list[BookOrder]:
        return await self._journal._call(lambda c: _unrecorded(c, prefix))

    async def v1_candidates(self, recorded: Recorded, before: float, after: float) -> list[BookOrder]:
        return await self._journal._call(lambda c: _v1_candidates(c, recorded, before, after))

    async def settle(self, identity: str, state: State, reference_order_id: str | None, reason: str) -> None:
        await self._journal._call(lambda c: _set_state(c, identity, state, reference_order_id, reason, 0))


# -- one protocol, two backends --------------------------------------------------------------------


@attrs.frozen
class Finished:
    """What the worker that handled a plan row reported for it (kept by shared journals, so that any
    process can write the whole job's results)."""

    status: str
    """A :class:`~aioraas.fanout.Status` value."""
    reference_order_id: str | None = None
    external_ref_id: str | None = None
    reason: str | None = None
    attempts: int = 0


class BooksBackend(Protocol):
    """What :mod:`aioraas.reconcile` needs of a journal: the API's orders next to its identities."""

    async def start(self) -> None: ...
    async def load(self, orders: Sequence[BookOrder]) -> None: ...
    async def accounts(self) -> list[tuple[str, str, str]]: ...
    async def async_accounts(self) -> list[tuple[str, str]]: ...
    async def created_at(self) -> float: ...
    async def recorded(self, after: str, limit: int) -> list[Recorded]: ...
    async def unrecorded(self, prefix: str) -> list[BookOrder]: ...
    async def v1_candidates(self, recorded: Recorded, before: float, after: float) -> list[BookOrder]: ...
    async def settle(
        self, identity: str, state: State, reference_order_id: str | None, reason: str
    ) -> None: ...


class JournalBackend(Protocol):
    """What fan-out (single orders and async orders) and reconcile call on a journal.

    :class:`Journal` (a SQLite file) and :class:`aioraas.postgres.journal.PostgresJournal` implement
    it with the same semantics: identities and their states, the plan and its change detection
    (:class:`InputChanged`), batches of async orders, the books for reconciling. ``shared`` says
    whether several processes may run the job at once: then :meth:`assigned` hands each only the
    rows it claimed.
    """

    run_id: str
    resumed: bool

    @property
    def shared(self) -> bool: ...

    @property
    def location(self) -> str: ...

    async def start_plan(self) -> None: ...
    async def add_to_plan(self, rows: Sequence[PlanRow], derive: Derive) -> None: ...
    async def changes(self) -> Changes: ...
    async def adopt_plan(self) -> None: ...
    async def planned(self, after: int, limit: int) -> list[Planned]: ...
    def assigned(self, chunk: int) -> AsyncIterator[Planned]: ...
    def finish(self, position: int, result: Finished) -> None: ...
    async def hold(self, alone: bool) -> None: ...
    async def mark_sent(self, identity: str) -> None: ...
    def mark_outcome(
        self,
        identity: str,
        state: State,
        *,
        reference_order_id: str | None,
        reason: str | None,
        attempts: int,
    ) -> None: ...
    async def add_batch(self, batch: Batch) -> None: ...
    async def open_batches(self) -> list[Batch]: ...
    def finish_batch(self, batch_id: str) -> None: ...
    async def counts(self) -> dict[State, int]: ...
    def books(self) -> BooksBackend: ...
    async def close(self) -> None: ...


def is_shared_location(target: object) -> bool:
    """True when ``target`` names a PostgreSQL journal (a ``postgresql://`` URL)."""
    return is_postgres_url(target)


async def open_journal(
    target: str | Path,
    *,
    run_id: str | None,
    new_run_id: Callable[[], str],
    must_exist: bool = False,
    lease: float | None = None,
) -> JournalBackend:
    """Open the journal ``target`` names: a ``postgresql://`` URL (the job ``run_id`` in that
    database, see :mod:`aioraas.postgres.journal`) or a SQLite file path.

    A new SQLite journal gets ``run_id`` or a fresh one from ``new_run_id``; ``lease`` (seconds a
    claimed row stays a worker's without renewal) applies to PostgreSQL only.
    """
    if is_postgres_url(target):
        from aioraas.postgres.journal import DEFAULT_LEASE, PostgresJournal

        return await PostgresJournal.open(
            str(target),
            run_id=run_id,
            new_run_id=new_run_id,
            must_exist=must_exist,
            lease=lease if lease is not None else DEFAULT_LEASE,
        )
    if lease is not None:
        raise ValueError("a lease applies to PostgreSQL journals only (journal='postgresql://...')")
    # An existing file keeps its own run id: a new one is made only for a new file.
    chosen = run_id or ("" if must_exist else new_run_id())
    return await Journal.open(target, run_id=chosen, must_exist=must_exist)
