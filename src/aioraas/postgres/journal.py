"""The fan-out journal in PostgreSQL: one job, many workers.

``fan_out(..., journal="postgresql://user@db/raas")`` (``aioraas fan-out FILE --journal
postgresql://...``) keeps the journal of :mod:`aioraas.journal` in a database instead of a file, with
the same semantics (identities, states, the plan and its change detection, batches of async orders),
and lets the same command run on N machines (or N processes) at once:

- **The job** is a run id in the database (``--run-id``; without one, the database's only job, or a
  new one when it has none). One database holds many jobs; every table is keyed by run id.
- **Loading the plan is idempotent.** Each worker streams its input into a temporary table of its
  own session and digests it. When the digest is the job's, the input *is* the job's plan and the
  worker goes straight to work. Otherwise, while no worker is active, the input is compared with
  the job's entries exactly like a SQLite journal does (:class:`~aioraas.journal.InputChanged` for
  what cannot be reconciled) and becomes the job's plan; while workers are active on another
  input, it is refused (:class:`PlanConflict`) and nothing is sent. Plans are swapped in a
  transaction that holds the job's advisory lock, so two workers never load it twice.
- **Workers claim rows** a few at a time: ``SELECT ... FOR UPDATE SKIP LOCKED`` over the plan's open
  rows, which then carry the worker's name and a lease (``lease_until``, the database's clock). A
  worker renews the leases of the rows it holds every third of the lease. A worker that dies
  leaves its rows to the others once their lease expires; they resend them with the same
  externalRefID, and the API answers with the order it already holds, so a row claimed twice is
  never rewarded twice. Every outcome the worker reports is kept with its plan row, so
  ``aioraas fan-out status`` writes the whole job's results from any machine.
- A worker ends when no open row is left: none to claim and none leased by another worker.
- Each worker registers in the job (``aioraas_workers``) when it adopts the plan, renews that with
  its leases and removes it when it closes. Starting a job no worker is running (all finished, or
  all died) opens all its rows again, like re-running a SQLite job: confirmed rows are reported as
  skipped, failed and unknown ones are sent again, with their ids.

Why plain SQL on asyncpg rather than a task queue library (procrastinate, say): a job's rows are not
independent tasks with payloads of their own. They share one plan, one change detection and one
state machine per identity, which the SQLite journal already defines; a queue would add a
dependency, its own schema and a second copy of each row's state to keep in step. PostgreSQL's own
tools (transactions, unique constraints, ``INSERT ... ON CONFLICT``, ``FOR UPDATE SKIP LOCKED``,
advisory locks, a timestamp column for leases) do the coordination in a few hundred lines.

Writes are group-committed by one writer task (one transaction per batch of queued writes);
:meth:`PostgresJournal.mark_sent` returns once its row is committed, before the request leaves.
The database URL's password never appears in messages (:func:`aioraas._postgres.redacted`).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import secrets
import socket
import time
from collections.abc import AsyncIterator, Callable, Sequence
from typing import Any, Final

import attrs

from aioraas import _postgres
from aioraas.journal import (
    SENT_STATES,
    Batch,
    BookOrder,
    Changes,
    Derive,
    Finished,
    InputChanged,
    JournalError,
    Kind,
    Mention,
    Planned,
    PlanRow,
    Recorded,
    State,
)

SCHEMA_VERSION: Final = 1
DEFAULT_LEASE: Final = 30.0
"""Seconds a claimed row stays its worker's without renewal (renewed every third of it)."""
MIN_LEASE: Final = 0.5
CLAIM_CHUNK: Final = 16
"""Rows claimed at once: small, so that a dead worker strands few rows and work spreads evenly."""
WRITE_BATCH: Final = 512
_WRITE_ATTEMPTS: Final = 5
_MENTIONS: Final = 5

_SCHEMA = """
CREATE TABLE IF NOT EXISTS aioraas_meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS aioraas_jobs (
    run_id text PRIMARY KEY,
    created_at double precision NOT NULL,
    plan_digest text,
    plan_rows bigint
);
CREATE TABLE IF NOT EXISTS aioraas_workers (
    run_id text NOT NULL REFERENCES aioraas_jobs ON DELETE CASCADE,
    worker text NOT NULL,
    alive_until timestamptz NOT NULL,
    PRIMARY KEY (run_id, worker)
);
CREATE TABLE IF NOT EXISTS aioraas_entries (
    run_id text NOT NULL REFERENCES aioraas_jobs ON DELETE CASCADE,
    identity text NOT NULL,
    fingerprint text NOT NULL,
    summary text NOT NULL DEFAULT '',
    state text NOT NULL,
    reference_order_id text,
    reason text,
    attempts integer NOT NULL DEFAULT 0,
    line bigint,
    updated_at double precision NOT NULL,
    api text NOT NULL DEFAULT 'v2',
    customer text,
    account text,
    external_ref_id text,
    item text,
    amount text,
    recipient text,
    sent_at double precision,
    PRIMARY KEY (run_id, identity)
);
CREATE INDEX IF NOT EXISTS aioraas_entries_by_fingerprint ON aioraas_entries (run_id, fingerprint);
-- The API keeps one order per (account, externalRefID): so does the journal, across all its jobs.
CREATE UNIQUE INDEX IF NOT EXISTS aioraas_entries_one_per_ref ON aioraas_entries (account, external_ref_id)
    WHERE api = 'v2' AND external_ref_id IS NOT NULL;
CREATE TABLE IF NOT EXISTS aioraas_plan (
    run_id text NOT NULL REFERENCES aioraas_jobs ON DELETE CASCADE,
    position bigint NOT NULL,
    kind text NOT NULL,
    identity text,
    occurrence integer NOT NULL DEFAULT 0,
    fingerprint text NOT NULL,
    summary text NOT NULL DEFAULT '',
    line bigint,
    body bytea NOT NULL,
    customer text,
    account text,
    external_ref_id text,
    item text,
    amount text,
    recipient text,
    done boolean NOT NULL DEFAULT false,
    owner text,
    lease_until timestamptz,
    claims integer NOT NULL DEFAULT 0,
    status text,
    result_reference text,
    result_ref_id text,
    result_reason text,
    result_attempts integer,
    finished_by text,
    PRIMARY KEY (run_id, position)
);
CREATE INDEX IF NOT EXISTS aioraas_plan_by_identity ON aioraas_plan (run_id, identity);
CREATE INDEX IF NOT EXISTS aioraas_plan_open ON aioraas_plan (run_id, position) WHERE NOT done;
CREATE TABLE IF NOT EXISTS aioraas_batches (
    run_id text NOT NULL REFERENCES aioraas_jobs ON DELETE CASCADE,
    batch_id text NOT NULL,
    customer text NOT NULL,
    account text NOT NULL,
    body bytea NOT NULL,
    state text NOT NULL,
    created_at double precision NOT NULL,
    PRIMARY KEY (run_id, batch_id)
);
CREATE TABLE IF NOT EXISTS aioraas_lines (
    run_id text NOT NULL,
    identity text NOT NULL,
    batch_id text NOT NULL,
    account text NOT NULL,
    line_item_id text NOT NULL,
    seq bigserial,
    PRIMARY KEY (run_id, identity),
    FOREIGN KEY (run_id, batch_id) REFERENCES aioraas_batches ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS aioraas_books (
    run_id text NOT NULL REFERENCES aioraas_jobs ON DELETE CASCADE,
    api text NOT NULL,
    account text NOT NULL,
    external_ref_id text,
    reference_order_id text NOT NULL,
    item text,
    amount text,
    recipient text,
    created_at double precision,
    PRIMARY KEY (run_id, api, reference_order_id)
);
CREATE INDEX IF NOT EXISTS aioraas_books_by_ref ON aioraas_books (run_id, api, account, external_ref_id);
-- Line-item ids are unique per account at the API: one line item per id, across all jobs.
CREATE UNIQUE INDEX IF NOT EXISTS aioraas_lines_one_per_id ON aioraas_lines (account, line_item_id);
"""

_TABLES: Final = (
    "aioraas_meta", "aioraas_jobs", "aioraas_workers", "aioraas_entries", "aioraas_plan", "aioraas_books",
    "aioraas_batches", "aioraas_lines",
)  # fmt: skip
_PLAN_COLUMNS: Final = (
    "position", "kind", "identity", "occurrence", "fingerprint", "summary", "line", "body",
    "customer", "account", "external_ref_id", "item", "amount", "recipient",
)  # fmt: skip
_STAGING: Final = "aioraas_plan_in"
_SENT: Final = "(" + ", ".join(f"'{state}'" for state in SENT_STATES) + ")"


class PlanConflict(InputChanged):
    """Workers are running this job with another input: every worker of a job must get the same one."""


@attrs.frozen
class JobStatus:
    """Where a job stands (``aioraas fan-out status``)."""

    run_id: str
    rows: int
    done: int
    claimed: int
    """Open rows some worker holds a live lease on."""
    workers: int
    """Workers registered in the job and alive (their registration renewed within the lease)."""
    states: dict[State, int]

    @property
    def open(self) -> int:
        return self.rows - self.done


@attrs.frozen
class ResultRow:
    """A plan row with what its worker reported (``finished`` is None while it is open)."""

    planned: Planned
    finished: Finished | None


def default_worker_name() -> str:
    """``host:pid:random``: unique per process, readable in ``status`` and in the tables."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


_Write = tuple[str, tuple[Any, ...], "asyncio.Future[None] | None"]


class PostgresJournal:
    """A job's journal in PostgreSQL. Open with :meth:`open`; implements
    :class:`~aioraas.journal.JournalBackend`."""

    shared: Final = True
    """Many workers may run the job: :meth:`assigned` hands each the rows it claimed."""

    def __init__(
        self, pool: Any, url: str, run_id: str, resumed: bool, lease: float, worker: str, chunk: int
    ) -> None:
        self.run_id = run_id
        self.resumed = resumed
        self.lease = lease
        self.worker = worker
        self._url = url
        self._pool = pool
        self._chunk = chunk
        self._writes: asyncio.Queue[_Write | None] = asyncio.Queue()
        self._writer = asyncio.create_task(self._write_loop(), name="aioraas-journal-writer")
        self._renewer: asyncio.Task[None] | None = None
        self._failure: JournalError | None = None
        self._closed = False
        self._planner: Any = None
        self._holder: Any = None
        self._digest = hashlib.sha256()
        self._rows = 0
        self._occurrences: dict[str, int] = {}

    def __repr__(self) -> str:
        return f"PostgresJournal({self.location!r}, run_id={self.run_id!r}, worker={self.worker!r})"

    @property
    def location(self) -> str:
        """The database URL without its password, and the job."""
        return f"{_postgres.redacted(self._url)} (job {self.run_id})"

    @classmethod
    async def open(
        cls,
        url: str,
        *,
        run_id: str | None = None,
        new_run_id: Callable[[], str] | None = None,
        must_exist: bool = False,
        lease: float = DEFAULT_LEASE,
        worker: str | None = None,
        chunk: int = CLAIM_CHUNK,
    ) -> PostgresJournal:
        """Connect, create the tables if missing, and find (or create) the job.

        Args:
            url: ``postgresql://user[:password]@host[:port]/database``.
            run_id: the job; None picks the database's only job (or creates one when it has none,
                with ``new_run_id()``; several workers started at once agree on it).
            must_exist: refuse a database without the job instead of creating it.
            lease: seconds a claimed row stays this worker's without renewal (at least 0.5).
            worker: this worker's name in the tables (default: host, pid and a random suffix).
            chunk: rows claimed at once.
        """
        if lease < MIN_LEASE:
            raise ValueError(f"lease must be at least {MIN_LEASE} seconds, not {lease!r}")
        if chunk < 1:
            raise ValueError(f"chunk must be at least 1, not {chunk!r}")
        asyncpg = _postgres.driver()
        try:
            pool = await asyncpg.create_pool(url, min_size=1, max_size=4)
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, ValueError) as exc:
            raise JournalError(
                f"cannot open journal {_postgres.redacted(url)}: {_postgres.scrubbed(str(exc), url)}"
            ) from None
        try:
            chosen, existed = await _find_job(pool, url, run_id, new_run_id, must_exist)
        except (JournalError, ValueError):
            await pool.close()
            raise
        except Exception as exc:
            await pool.close()
            raise JournalError(
                f"cannot open journal {_postgres.redacted(url)}: {_postgres.scrubbed(str(exc), url)}"
            ) from None
        except BaseException:
            await pool.close()
            raise
        return cls(pool, url, chosen, existed, lease, worker or default_worker_name(), chunk)

    async def __aenter__(self) -> PostgresJournal:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # -- writes: group-committed by one task --------------------------------------------------

    async def _write_loop(self) -> None:
        while True:
            first = await self._writes.get()
            batch = [first]
            while len(batch) < WRITE_BATCH and not self._writes.empty():
                batch.append(self._writes.get_nowait())
            stop = None in batch
            writes = [write for write in batch if write is not None]
            error: JournalError | None = None
            if writes:
                try:
                    await self._commit(writes)
                except Exception as exc:  # the whole batch is lost: every waiter hears it
                    error = JournalError(f"journal write failed: {_postgres.scrubbed(str(exc), self._url)}")
                    self._failure = self._failure or error
            for _, _, future in writes:
                if future is not None and not future.done():
                    if error is None:
                        future.set_result(None)
                    else:
                        future.set_exception(error)
            if stop:
                return

    async def _commit(self, writes: list[_Write]) -> None:
        """One transaction for the batch. Two workers finishing the same re-claimed row can deadlock
        (PostgreSQL then aborts one transaction): that batch is simply committed again."""
        deadlock = _postgres.driver().DeadlockDetectedError
        for attempt in range(_WRITE_ATTEMPTS):
            try:
                async with self._pool.acquire() as connection, connection.transaction():
                    for sql, group in _runs(writes):
                        await connection.executemany(sql, group)
                return
            except deadlock:
                if attempt == _WRITE_ATTEMPTS - 1:
                    raise
                await asyncio.sleep(0.01 * (attempt + 1))

    def _post(self, sql: str, args: tuple[Any, ...]) -> None:
        if self._closed:
            raise JournalError(f"journal {self.location} is closed")
        self._writes.put_nowait((sql, args, None))

    async def _write(self, sql: str, args: tuple[Any, ...]) -> None:
        if self._closed:
            raise JournalError(f"journal {self.location} is closed")
        if self._failure is not None:
            raise self._failure
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._writes.put_nowait((sql, args, future))
        await future

    async def _fetch(self, sql: str, *args: Any) -> list[Any]:
        try:
            async with self._pool.acquire() as connection:
                return list(await connection.fetch(sql, *args))
        except Exception as exc:
            if isinstance(exc, JournalError):
                raise
            raise self._failed(exc) from None

    def _failed(self, exc: BaseException) -> JournalError:
        """A database error as a JournalError naming the job, without the URL's password."""
        return JournalError(f"journal {self.location}: {_postgres.scrubbed(str(exc), self._url)}")

    # -- the plan -----------------------------------------------------------------------------

    async def start_plan(self) -> None:
        """Begin reading this worker's input into a table of its own session."""
        if self._planner is None:
            self._planner = await self._pool.acquire()
        columns = ", ".join(_PLAN_COLUMNS)
        await self._planner.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS {_STAGING} AS SELECT {columns} FROM aioraas_plan WITH NO DATA"
        )
        await self._planner.execute(f"TRUNCATE {_STAGING}")
        self._digest = hashlib.sha256()
        self._rows = 0
        self._occurrences = {}

    async def add_to_plan(self, rows: Sequence[PlanRow], derive: Derive) -> None:
        records = []
        for row in rows:
            identity, occurrence = row.identity, 0
            if row.kind is not Kind.REJECTED and identity is None:
                occurrence = self._occurrences.get(row.fingerprint, -1) + 1
                self._occurrences[row.fingerprint] = occurrence
                identity = derive(row.fingerprint, occurrence)
            facts = row.order
            external_ref_id = None
            if facts is not None:
                external_ref_id = facts.external_ref_id or (identity if row.kind is Kind.V2 else None)
            record = (
                row.position, row.kind.value, identity, occurrence, row.fingerprint, row.summary, row.line,
                row.body, facts.customer if facts else None, facts.account if facts else None,
                external_ref_id, facts.item if facts else None, facts.amount if facts else None,
                facts.recipient if facts else None,
            )  # fmt: skip
            self._digest.update(repr(record).encode())
            records.append(record)
        self._rows += len(records)
        await self._planner.copy_records_to_table(_STAGING, records=records, columns=_PLAN_COLUMNS)

    async def changes(self) -> Changes:
        """The input compared with the job: nothing when it is the job's plan already; refused with
        :class:`PlanConflict` when workers are active on another plan."""
        digest = self._digest.hexdigest()
        job = await self._planner.fetchrow(_JOB, self.run_id, self.worker)
        if job["plan_digest"] == digest:
            return Changes([], [], [], [], [], 0, 0)
        found = await _staged_changes(self._planner, self.run_id)
        if job["active"] and job["plan_digest"] is not None:
            raise PlanConflict(self._conflict(job["plan_rows"]), found)
        return found

    def _conflict(self, rows: int | None) -> str:
        return (
            f"the input does not match journal {self.location}; nothing was sent.\n"
            f"  Workers are running this job with another input ({rows} rows; this one has {self._rows}). "
            "Every worker of a job must be given the same file: start this one with it, or wait until "
            "the job's workers are finished and run the new input then (it is compared with what the "
            "job sent, as usual)."
        )

    async def adopt_plan(self) -> None:
        """Make the input the job's plan (unless it is already), in one transaction under the job's
        lock; when no worker is running the job, open its unconfirmed rows again."""
        digest = self._digest.hexdigest()
        connection = self._planner
        lease = self.lease
        try:
            async with connection.transaction():
                await connection.execute(
                    "SELECT pg_advisory_xact_lock(hashtext('aioraas:' || $1))", self.run_id
                )
                job = await connection.fetchrow(_JOB, self.run_id, self.worker)
                if job["plan_digest"] == digest:
                    if not job["active"]:
                        await _reopen(connection, self.run_id)
                elif job["active"] and job["plan_digest"] is not None:
                    raise PlanConflict(
                        self._conflict(job["plan_rows"]), await _staged_changes(connection, self.run_id)
                    )
                else:
                    await _replace_plan(connection, self.run_id)
                await connection.execute(
                    "UPDATE aioraas_jobs SET plan_digest = $2, plan_rows = $3 WHERE run_id = $1",
                    self.run_id, digest, self._rows,
                )  # fmt: skip
                # Registered in the same transaction: a worker starting next sees this one at work.
                await connection.execute(_ALIVE, self.run_id, self.worker, lease)
            self._renewer = asyncio.create_task(self._renew_loop(), name="aioraas-journal-leases")
        except (InputChanged, JournalError):
            raise
        except _postgres.driver().UniqueViolationError as exc:
            raise JournalError(
                f"journal {self.location}: a row of this input has the externalRefID of an order another "
                f"job in this database already holds ({exc.detail or exc}); give it its own external_id"
            ) from None
        except Exception as exc:
            raise self._failed(exc) from None
        finally:
            await self._release_planner()

    async def _release_planner(self) -> None:
        if self._planner is not None:
            planner, self._planner = self._planner, None
            await planner.execute(f"DROP TABLE IF EXISTS {_STAGING}")
            await self._pool.release(planner)

    async def planned(self, after: int, limit: int) -> list[Planned]:
        """Up to ``limit`` rows of the job's plan after ``after``, in input order (claims nothing)."""
        rows = await self._fetch(
            f"SELECT {_PLANNED} FROM aioraas_plan p LEFT JOIN aioraas_entries e "
            "ON e.run_id = p.run_id AND e.identity = p.identity "
            "WHERE p.run_id = $1 AND p.position > $2 ORDER BY p.position LIMIT $3",
            self.run_id, after, limit,
        )  # fmt: skip
        return [_as_planned(row) for row in rows]

    async def claim(self, limit: int) -> list[Planned]:
        """Claim up to ``limit`` open rows no live lease holds, in input order, for this worker."""
        rows = await self._fetch(
            "WITH c AS (SELECT position FROM aioraas_plan WHERE run_id = $1 AND NOT done "
            "AND (lease_until IS NULL OR lease_until < now()) ORDER BY position LIMIT $2 "
            "FOR UPDATE SKIP LOCKED), "
            "u AS (UPDATE aioraas_plan p SET owner = $3, lease_until = now() + make_interval(secs => $4), "
            "claims = p.claims + 1 FROM c WHERE p.run_id = $1 AND p.position = c.position RETURNING p.*) "
            f"SELECT {_PLANNED.replace('p.', 'u.')} FROM u LEFT JOIN aioraas_entries e "
            "ON e.run_id = u.run_id AND e.identity = u.identity ORDER BY u.position",
            self.run_id, limit, self.worker, self.lease,
        )  # fmt: skip
        return [_as_planned(row) for row in rows]

    async def assigned(self, chunk: int) -> AsyncIterator[Planned]:
        """The rows this worker claims, a few at a time, until the job has no open row left: when
        every open row is another worker's, wait for them to finish (or for their leases to
        expire, when a worker died)."""
        chunk = max(1, min(chunk, self._chunk))
        # The next chunk is claimed while this one is handed out, so that no row waits for a claim.
        ahead: asyncio.Future[list[Planned]] | None = None
        try:
            while True:
                found = await (ahead if ahead is not None else self.claim(chunk))
                ahead = None
                if found:
                    ahead = asyncio.ensure_future(self.claim(chunk))
                    for planned in found:
                        yield planned
                    continue
                if not await self._others_working():
                    return
        finally:
            if ahead is not None:  # rows it claimed are given back by close()
                ahead.cancel()
                with contextlib.suppress(asyncio.CancelledError, JournalError):
                    await ahead

    async def _others_working(self) -> bool:
        """Wait a little when other workers hold open rows; False when the job has none left."""
        (left,) = await self._fetch(
            "SELECT count(*) AS n, count(*) FILTER (WHERE lease_until IS NULL OR lease_until < now()) "
            "AS free, extract(epoch FROM min(lease_until) - now()) AS wait "
            "FROM aioraas_plan WHERE run_id = $1 AND NOT done AND owner IS DISTINCT FROM $2",
            self.run_id, self.worker,
        )  # fmt: skip
        if not left["n"]:
            return False
        if left["free"]:
            return True  # claimable now (a lease just expired, or a claim was given back)
        wait = float(left["wait"] or 0.0)
        await asyncio.sleep(min(max(wait, 0.05), max(0.05, self.lease / 4), 1.0))
        return True

    async def _renew_loop(self) -> None:
        while True:
            await asyncio.sleep(self.lease / 3)
            with contextlib.suppress(JournalError):
                await self._fetch(
                    "UPDATE aioraas_plan SET lease_until = now() + make_interval(secs => $3) "
                    "WHERE run_id = $1 AND owner = $2 AND NOT done",
                    self.run_id, self.worker, self.lease,
                )  # fmt: skip
                await self._fetch(_ALIVE, self.run_id, self.worker, self.lease)

    def finish(self, position: int, result: Finished) -> None:
        """Close the row and keep what this worker reported for it (a row reported as skipped, by a
        later run, keeps the result of the run that placed it)."""
        self._post(_FINISH,
            (
                self.run_id, position, result.status, result.reference_order_id, result.external_ref_id,
                result.reason, result.attempts, self.worker,
            ),
        )  # fmt: skip

    async def hold(self, alone: bool) -> None:
        """Take part in the job, holding an advisory lock on it until :meth:`close`: shared by
        single-order workers, exclusive for an async-orders one (its batches are built from the whole
        plan, so it runs alone, and never next to workers sending the same rows as single orders)."""
        if self._holder is not None:
            return
        holder = await self._pool.acquire()
        function = "pg_try_advisory_lock" if alone else "pg_try_advisory_lock_shared"
        held = await holder.fetchval(f"SELECT {function}(hashtext('aioraas-job:' || $1))", self.run_id)
        if not held:
            await self._pool.release(holder)
            if alone:
                raise JournalError(
                    f"journal {self.location}: other workers are running this job; an async-orders job is "
                    "run by one worker at a time (wait until they finish, or send through single orders)"
                )
            raise JournalError(
                f"journal {self.location}: a worker is sending this job through async orders; wait until "
                "it finishes (a job is sent either way, not both at once)"
            )
        self._holder = holder

    # -- identities -------------------------------------------------------------------------

    async def mark_sent(self, identity: str) -> None:
        """Record that the request is leaving; returns once that is committed."""
        await self._write(_SET_STATE, _state_args(self.run_id, identity, State.SENT, None, None, 0))

    def mark_outcome(
        self,
        identity: str,
        state: State,
        *,
        reference_order_id: str | None,
        reason: str | None,
        attempts: int,
    ) -> None:
        self._post(
            _SET_STATE, _state_args(self.run_id, identity, state, reference_order_id, reason, attempts)
        )

    async def counts(self) -> dict[State, int]:
        rows = await self._fetch(
            "SELECT state, count(*) AS n FROM aioraas_entries WHERE run_id = $1 GROUP BY state", self.run_id
        )
        return {State(row["state"]): int(row["n"]) for row in rows}

    async def status(self) -> JobStatus:
        """The job's rows: how many, finished, claimed (and by how many workers), entries by state."""
        (row,) = await self._fetch(
            "SELECT count(*) AS rows, count(*) FILTER (WHERE done) AS done, "
            "count(*) FILTER (WHERE NOT done AND lease_until > now()) AS claimed, "
            "(SELECT count(*) FROM aioraas_workers w WHERE w.run_id = $1 AND w.alive_until > now()) "
            "AS workers "
            "FROM aioraas_plan WHERE run_id = $1",
            self.run_id,
        )
        return JobStatus(
            self.run_id, int(row["rows"]), int(row["done"]), int(row["claimed"]), int(row["workers"]),
            await self.counts(),
        )  # fmt: skip

    async def results(self, after: int, limit: int) -> list[ResultRow]:
        """Plan rows after ``after`` in input order, each with what its worker reported."""
        rows = await self._fetch(
            f"SELECT {_PLANNED}, p.done, p.status, p.result_reference, p.result_ref_id, p.result_reason, "
            "p.result_attempts FROM aioraas_plan p LEFT JOIN aioraas_entries e "
            "ON e.run_id = p.run_id AND e.identity = p.identity "
            "WHERE p.run_id = $1 AND p.position > $2 ORDER BY p.position LIMIT $3",
            self.run_id, after, limit,
        )  # fmt: skip
        found = []
        for row in rows:
            finished = None
            if row["done"] and row["status"] is not None:
                finished = Finished(
                    row["status"], row["result_reference"], row["result_ref_id"], row["result_reason"],
                    row["result_attempts"] or 0,
                )  # fmt: skip
            found.append(ResultRow(_as_planned(row), finished))
        return found

    # -- async orders -----------------------------------------------------------------------

    async def add_batch(self, batch: Batch) -> None:
        """Record a batch and mark its rows sent; returns once committed (before the POST)."""
        await self._write("SELECT 1", ())  # every write queued before it is committed first
        now = time.time()
        try:
            async with self._pool.acquire() as connection, connection.transaction():
                await connection.execute(
                    "INSERT INTO aioraas_batches VALUES ($1, $2, $3, $4, $5, 'sent', $6) "
                    "ON CONFLICT (run_id, batch_id) DO UPDATE SET state = 'sent'",
                    self.run_id, batch.batch_id, batch.customer, batch.account, batch.body, now,
                )  # fmt: skip
                await connection.executemany(
                    "INSERT INTO aioraas_lines (run_id, identity, batch_id, account, line_item_id) "
                    "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (run_id, identity) DO UPDATE SET "
                    "batch_id = excluded.batch_id, line_item_id = excluded.line_item_id",
                    [
                        (self.run_id, identity, batch.batch_id, batch.account, line_id)
                        for identity, line_id in batch.lines
                    ],
                )
                await connection.executemany(
                    _SET_STATE,
                    [
                        _state_args(self.run_id, identity, State.SENT, None, None, 0)
                        for identity, _ in batch.lines
                    ],
                )
        except Exception as exc:
            raise self._failed(exc) from None

    async def open_batches(self) -> list[Batch]:
        batches = await self._fetch(
            "SELECT batch_id, customer, account, body FROM aioraas_batches WHERE run_id = $1 "
            "AND state <> 'done' ORDER BY created_at",
            self.run_id,
        )
        found = []
        for batch in batches:
            lines = await self._fetch(
                "SELECT identity, line_item_id FROM aioraas_lines WHERE run_id = $1 AND batch_id = $2 "
                "ORDER BY seq",
                self.run_id, batch["batch_id"],
            )  # fmt: skip
            found.append(
                Batch(
                    batch["batch_id"], batch["customer"], batch["account"], bytes(batch["body"]),
                    tuple((line["identity"], line["line_item_id"]) for line in lines),
                )
            )  # fmt: skip
        return found

    def finish_batch(self, batch_id: str) -> None:
        self._post(
            "UPDATE aioraas_batches SET state = 'done' WHERE run_id = $1 AND batch_id = $2",
            (self.run_id, batch_id),
        )

    def books(self) -> PostgresBooks:
        """The reconciliation side of the journal (see :mod:`aioraas.reconcile`)."""
        return PostgresBooks(self)

    async def close(self) -> None:
        """Write everything queued, give back the rows this worker still holds, and disconnect."""
        if self._closed:
            return
        self._closed = True
        if self._renewer is not None:
            self._renewer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._renewer
        self._writes.put_nowait(None)
        await self._writer
        try:
            await self._release_planner()
            if self._holder is not None:  # released connections drop their advisory locks
                holder, self._holder = self._holder, None
                await self._pool.release(holder)
            async with self._pool.acquire() as connection:
                await connection.execute(
                    "UPDATE aioraas_plan SET owner = NULL, lease_until = NULL "
                    "WHERE run_id = $1 AND owner = $2 AND NOT done",
                    self.run_id, self.worker,
                )  # fmt: skip
                await connection.execute(
                    "DELETE FROM aioraas_workers WHERE run_id = $1 AND worker = $2", self.run_id, self.worker
                )
        except Exception as exc:  # the leases then expire on their own
            self._failure = self._failure or JournalError(
                f"journal {self.location}: {_postgres.scrubbed(str(exc), self._url)}"
            )
        finally:
            await self._pool.close()
        if self._failure is not None:
            raise self._failure


_BOOK_COLUMNS: Final = (
    "api, account, external_ref_id, reference_order_id, item, amount, recipient, created_at"
)


def _book(row: Any) -> BookOrder:
    return BookOrder(*(row[name] for name in _BOOK_COLUMNS.split(", ")))


class PostgresBooks:
    """The journal's side of a reconciliation: the API's orders, loaded next to the job's entries
    (:class:`~aioraas.journal.BooksBackend`, as the SQLite journal's :class:`~aioraas.journal.Books`)."""

    def __init__(self, journal: PostgresJournal) -> None:
        self._journal = journal
        self._run_id = journal.run_id

    async def start(self) -> None:
        await self._journal._fetch("DELETE FROM aioraas_books WHERE run_id = $1", self._run_id)

    async def load(self, orders: Sequence[BookOrder]) -> None:
        if not orders:
            return
        try:
            async with self._journal._pool.acquire() as connection:
                # A window boundary can list an order twice: it is one order (its reference id says so).
                await connection.executemany(
                    f"INSERT INTO aioraas_books (run_id, {_BOOK_COLUMNS}) "
                    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING",
                    [(self._run_id, *attrs.astuple(order)) for order in orders],
                )
        except Exception as exc:
            raise JournalError(
                f"journal {self._journal.location}: {_postgres.scrubbed(str(exc), self._journal._url)}"
            ) from None

    async def accounts(self) -> list[tuple[str, str, str]]:
        rows = await self._journal._fetch(
            "SELECT DISTINCT api, customer, account FROM aioraas_entries WHERE run_id = $1 "
            "AND account IS NOT NULL ORDER BY 1, 2, 3",
            self._run_id,
        )
        return [(str(r["api"]), str(r["customer"]), str(r["account"])) for r in rows]

    async def async_accounts(self) -> list[tuple[str, str]]:
        """``(customer, account)`` the job sent async orders to (its rows are line items there)."""
        rows = await self._journal._fetch(
            "SELECT DISTINCT customer, account FROM aioraas_batches WHERE run_id = $1 ORDER BY 1, 2",
            self._run_id,
        )
        return [(str(r["customer"]), str(r["account"])) for r in rows]

    async def created_at(self) -> float:
        rows = await self._journal._fetch(
            "SELECT created_at FROM aioraas_jobs WHERE run_id = $1", self._run_id
        )
        return float(rows[0]["created_at"]) if rows else time.time()

    async def recorded(self, after: str, limit: int) -> list[Recorded]:
        rows = await self._journal._fetch(
            "SELECT identity, api, state, line, summary, customer, account, external_ref_id, item, amount, "
            "recipient, sent_at, reference_order_id FROM aioraas_entries WHERE run_id = $1 "
            # Byte order, as SQLite's: the same order for the comparison and the sort.
            'AND identity COLLATE "C" > $2 ORDER BY identity COLLATE "C" LIMIT $3',
            self._run_id, after, limit,
        )  # fmt: skip
        found = []
        for row in rows:
            held = await self._journal._fetch(
                f"SELECT {_BOOK_COLUMNS} FROM aioraas_books WHERE run_id = $1 AND api = $2 AND account = $3 "
                "AND (external_ref_id = $4 OR ($2 = 'v1' AND reference_order_id = $5))",
                self._run_id, row["api"], row["account"], row["external_ref_id"], row["reference_order_id"],
            )  # fmt: skip
            found.append(
                Recorded(
                    identity=row["identity"],
                    api=row["api"],
                    state=State(row["state"]),
                    line=row["line"],
                    summary=row["summary"],
                    customer=row["customer"],
                    account=row["account"],
                    external_ref_id=row["external_ref_id"],
                    item=row["item"],
                    amount=row["amount"],
                    recipient=row["recipient"],
                    sent_at=row["sent_at"],
                    reference_order_id=row["reference_order_id"],
                    held=[_book(book) for book in held],
                )
            )
        return found

    async def unrecorded(self, prefix: str) -> list[BookOrder]:
        """v2 orders whose externalRefID looks like this job's but that no entry of the job has."""
        rows = await self._journal._fetch(
            f"SELECT {_BOOK_COLUMNS} FROM aioraas_books b WHERE b.run_id = $1 AND b.api = 'v2' "
            "AND starts_with(b.external_ref_id, $2) AND NOT EXISTS (SELECT 1 FROM aioraas_entries e "
            "WHERE e.run_id = $1 AND e.account = b.account AND e.external_ref_id = b.external_ref_id) "
            # An async order of the job itself (the batch's id) is not an unexpected order.
            "AND NOT EXISTS (SELECT 1 FROM aioraas_batches a WHERE a.run_id = $1 "
            "AND a.batch_id = b.external_ref_id) "
            "ORDER BY b.account, b.external_ref_id",
            self._run_id, prefix,
        )  # fmt: skip
        return [_book(row) for row in rows]

    async def v1_candidates(self, recorded: Recorded, before: float, after: float) -> list[BookOrder]:
        sent_at = recorded.sent_at or 0.0
        rows = await self._journal._fetch(
            f"SELECT {_BOOK_COLUMNS} FROM aioraas_books b WHERE b.run_id = $1 AND b.api = 'v1' "
            "AND b.account = $2 AND b.item = $3 AND b.amount = $4 AND coalesce(b.recipient, '') = "
            "coalesce($5::text, '') AND b.created_at BETWEEN $6 AND $7 AND NOT EXISTS (SELECT 1 FROM "
            "aioraas_entries e WHERE e.run_id = $1 AND e.api = 'v1' AND e.state = 'confirmed' "
            "AND e.reference_order_id = b.reference_order_id)",
            self._run_id, recorded.account, recorded.item, recorded.amount, recorded.recipient,
            sent_at - before, sent_at + after,
        )  # fmt: skip
        return [_book(row) for row in rows]

    async def settle(self, identity: str, state: State, reference_order_id: str | None, reason: str) -> None:
        await self._journal._write(
            _SET_STATE, _state_args(self._run_id, identity, state, reference_order_id, reason, 0)
        )


_ACTIVE: Final = (
    "EXISTS (SELECT 1 FROM aioraas_workers w WHERE w.run_id = j.run_id AND w.worker <> $2 "
    "AND w.alive_until > now())"
)
"""Another worker runs the job: it registered when it adopted the plan, renews its registration
with its leases, and removes it when it closes (a killed one's expires with its leases)."""

_JOB: Final = f"SELECT plan_digest, plan_rows, {_ACTIVE} AS active FROM aioraas_jobs j WHERE run_id = $1"

_ALIVE: Final = (
    "INSERT INTO aioraas_workers VALUES ($1, $2, now() + make_interval(secs => $3)) "
    "ON CONFLICT (run_id, worker) DO UPDATE SET alive_until = excluded.alive_until"
)

_PLANNED: Final = (
    "p.position, p.kind, p.identity, p.occurrence, p.body, p.line, e.state, p.fingerprint, "
    "e.reference_order_id, e.reason"
)

_KEEP: Final = "p.status IS NOT NULL AND $3 = 'skipped'"
_FINISH: Final = (
    "UPDATE aioraas_plan p SET done = true, owner = NULL, lease_until = NULL, "
    + ", ".join(
        f"{column} = CASE WHEN {_KEEP} THEN p.{column} ELSE {value} END"
        for column, value in (
            ("status", "$3"),
            ("result_reference", "$4"),
            ("result_ref_id", "$5"),
            ("result_reason", "$6"),
            ("result_attempts", "$7"),
            ("finished_by", "$8"),
        )
    )
    + " WHERE run_id = $1 AND position = $2"
)

_SET_STATE: Final = (
    "UPDATE aioraas_entries SET state = $3, reference_order_id = COALESCE($4, reference_order_id), "
    "reason = $5, attempts = attempts + $6, updated_at = $7, "
    "sent_at = CASE WHEN $8 THEN $7 ELSE sent_at END WHERE run_id = $1 AND identity = $2"
)


def _state_args(
    run_id: str, identity: str, state: State, reference: str | None, reason: str | None, attempts: int
) -> tuple[Any, ...]:
    return (run_id, identity, state.value, reference, reason, attempts, time.time(), state is State.SENT)


def _runs(writes: list[_Write]) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """The writes of one batch grouped by statement, each group in queue order.

    Reordering across statements is safe: each statement writes its own table or column set (entry
    states, plan rows' results, batch states), and writes of one statement keep their order, so an
    identity's ``sent`` still comes before its outcome. All of them commit in one transaction.
    """
    runs: dict[str, list[tuple[Any, ...]]] = {_SET_STATE: [], _FINISH: []}  # one table order for all
    for sql, args, _ in writes:
        runs.setdefault(sql, []).append(args)
    return [(sql, group) for sql, group in runs.items() if group]


def _as_planned(row: Any) -> Planned:
    return Planned(
        position=int(row["position"]),
        kind=Kind(row["kind"]),
        identity=row["identity"],
        occurrence=int(row["occurrence"]),
        body=bytes(row["body"]),
        line=row["line"],
        state=State(row["state"]) if row["state"] else None,
        fingerprint=row["fingerprint"],
        reference_order_id=row["reference_order_id"],
        reason=row["reason"],
    )


async def _find_job(
    pool: Any, url: str, run_id: str | None, new_run_id: Callable[[], str] | None, must_exist: bool
) -> tuple[str, bool]:
    where = _postgres.redacted(url)
    async with pool.acquire() as connection:
        version = await _schema_version(connection)
        if version is None:
            # DDL only when the tables are missing: CREATE ... IF NOT EXISTS still locks the tables it
            # names, and would deadlock with the writes of workers already at work.
            async with connection.transaction():
                await connection.execute("SELECT pg_advisory_xact_lock($1)", _postgres.SCHEMA_LOCK)
                await connection.execute(_SCHEMA)
                await connection.execute(
                    "INSERT INTO aioraas_meta VALUES ('schema_version', $1) ON CONFLICT DO NOTHING",
                    str(SCHEMA_VERSION),
                )
            version = await _schema_version(connection)
        if version is not None and version > SCHEMA_VERSION:
            raise JournalError(f"{where} was written by a newer aioraas (journal format {version})")
        async with connection.transaction():
            await connection.execute("SELECT pg_advisory_xact_lock(hashtext('aioraas-jobs'))")
            return await _choose_job(connection, where, run_id, new_run_id, must_exist)


async def _schema_version(connection: Any) -> int | None:
    """The journal format of the database's tables; None while any of them is missing."""
    present = await connection.fetchval(
        "SELECT bool_and(to_regclass(name) IS NOT NULL) FROM unnest($1::text[]) AS name", list(_TABLES)
    )
    if not present:
        return None
    value = await connection.fetchval("SELECT value FROM aioraas_meta WHERE key = 'schema_version'")
    return None if value is None else int(value)


async def _choose_job(
    connection: Any, where: str, run_id: str | None, new_run_id: Callable[[], str] | None, must_exist: bool
) -> tuple[str, bool]:
    if run_id is None:
        jobs = [row["run_id"] for row in await connection.fetch("SELECT run_id FROM aioraas_jobs LIMIT 11")]
        if len(jobs) > 1:
            shown = ", ".join(sorted(jobs)[:10]) + (", ..." if len(jobs) > 10 else "")
            raise JournalError(f"{where} holds several jobs ({shown}): say which with --run-id (run_id=)")
        if jobs:
            return jobs[0], True
        if must_exist:
            raise JournalError(f"no job in {where}")
        if new_run_id is None:
            raise ValueError("a new job needs a run id")
        run_id = new_run_id()
    existed = await connection.fetchval("SELECT 1 FROM aioraas_jobs WHERE run_id = $1", run_id)
    if existed is None:
        if must_exist:
            raise JournalError(f"no job {run_id!r} in {where}")
        await connection.execute(
            "INSERT INTO aioraas_jobs (run_id, created_at) VALUES ($1, $2)", run_id, time.time()
        )
    return run_id, existed is not None


async def _mentions(connection: Any, sql: str, run_id: str) -> tuple[list[Mention], int]:
    count = await connection.fetchval(f"SELECT count(*) FROM ({sql}) AS m", run_id)
    found = await connection.fetch(f"{sql} LIMIT {_MENTIONS}", run_id)
    return [Mention(r[0], r[1], r[2], State(r[3]) if r[3] else None) for r in found], int(count)


async def _staged_changes(connection: Any, run_id: str) -> Changes:
    """How the staged input differs from what the job sent (the SQLite journal's rules)."""
    entries = "aioraas_entries e WHERE e.run_id = $1"
    removed, removed_count = await _mentions(
        connection,
        f"SELECT e.identity, e.summary, e.line, e.state FROM {entries} AND e.state IN {_SENT} "
        f"AND NOT EXISTS (SELECT 1 FROM {_STAGING} p WHERE p.identity = e.identity) ORDER BY e.line",
        run_id,
    )
    added, added_count = await _mentions(
        connection,
        f"SELECT p.identity, p.summary, p.line, NULL FROM {_STAGING} p WHERE p.identity IS NOT NULL "
        f"AND NOT EXISTS (SELECT 1 FROM {entries} AND e.identity = p.identity) ORDER BY p.position",
        run_id,
    )
    repeated, _ = await _mentions(
        connection,
        f"SELECT p.identity, p.summary, p.line, NULL FROM {_STAGING} p WHERE p.occurrence > 0 "
        f"AND NOT EXISTS (SELECT 1 FROM {entries} AND e.identity = p.identity) "
        f"AND EXISTS (SELECT 1 FROM {entries} AND e.fingerprint = p.fingerprint AND e.state IN {_SENT}) "
        "ORDER BY p.position",
        run_id,
    )
    altered, _ = await _mentions(
        connection,
        f"SELECT p.identity, p.summary, p.line, e.state FROM {_STAGING} p JOIN aioraas_entries e "
        f"ON e.run_id = $1 AND e.identity = p.identity WHERE e.fingerprint <> p.fingerprint "
        f"AND e.state IN {_SENT} ORDER BY p.position",
        run_id,
    )
    duplicated, _ = await _mentions(
        connection,
        f"SELECT p.identity, p.summary, p.line, NULL FROM {_STAGING} p WHERE p.identity IS NOT NULL "
        f"AND $1::text IS NOT NULL AND EXISTS (SELECT 1 FROM {_STAGING} q WHERE q.identity = p.identity "
        "AND q.position < p.position) ORDER BY p.position",
        run_id,
    )
    return Changes(removed, added, repeated, altered, duplicated, removed_count, added_count)


async def _replace_plan(connection: Any, run_id: str) -> None:
    """The staged input becomes the job's plan; its new identities become pending entries."""
    columns = ", ".join(_PLAN_COLUMNS)
    await connection.execute("DELETE FROM aioraas_plan WHERE run_id = $1", run_id)
    await connection.execute(
        f"INSERT INTO aioraas_plan (run_id, {columns}) SELECT $1, {columns} FROM {_STAGING}", run_id
    )
    await connection.execute(
        "INSERT INTO aioraas_entries AS x (run_id, identity, fingerprint, summary, state, line, updated_at, "
        "api, customer, account, external_ref_id, item, amount, recipient) "
        "SELECT $1, identity, fingerprint, summary, 'pending', line, $2, kind, customer, account, "
        f"external_ref_id, item, amount, recipient FROM {_STAGING} WHERE identity IS NOT NULL "
        "ON CONFLICT (run_id, identity) DO UPDATE SET line = excluded.line, "
        "fingerprint = CASE WHEN x.state IN ('pending', 'failed') THEN excluded.fingerprint "
        "ELSE x.fingerprint END, summary = excluded.summary",
        run_id, time.time(),
    )  # fmt: skip


async def _reopen(connection: Any, run_id: str) -> None:
    """Open every row of the job again: a new run of a job no worker is running, which (like a
    SQLite journal's) reports every row (confirmed ones as skipped, without sending them) and sends
    again the rows without a confirmed order."""
    await connection.execute(
        "UPDATE aioraas_plan SET done = false, owner = NULL, lease_until = NULL "
        "WHERE run_id = $1 AND (done OR lease_until IS NOT NULL)",
        run_id,
    )


__all__ = [
    "CLAIM_CHUNK",
    "DEFAULT_LEASE",
    "JobStatus",
    "PlanConflict",
    "PostgresJournal",
    "ResultRow",
    "default_worker_name",
]
