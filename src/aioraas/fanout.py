"""Bulk fan-out: send many rewards with bounded concurrency, flat memory and no double sends.

    async with RaasClient(...) as raas:
        async for result in fan_out(raas, requests, concurrency=32, journal="bonuses.sqlite"):
            print(result.position, result.status, result.reference_order_id or result.reason)

- Inputs come from any iterable or async iterable of ``v2.OrderCreate`` (or ``v1.OrderCreate``),
  optionally wrapped in :class:`Row` to carry their source line. At most ``concurrency`` are in
  flight (never more than the client's connection pool).
- **A reward's identity never depends on its position.** Every v2 request gets its externalRefID
  before it is sent: the caller's own; or ``run id + key`` with ``key=``; or ``run id + a fingerprint
  of the order fields + an occurrence number`` (the second of two identical rows is occurrence 1).
  Deleting, inserting or reordering rows between runs never re-keys the others, and every id this
  module makes is alphanumeric.
- **With a journal**, the whole input is first written to it (so memory stays flat) and compared with
  what earlier runs sent. A change the journal cannot reconcile (rows already sent are gone while new
  rows appeared, which is what editing a sent row looks like; a copy of a row already sent; the
  caller's id reused for other order fields) is refused with :class:`~aioraas.journal.InputChanged`
  before anything is sent; ``accept_new_rows=True`` says the new rows are new rewards. Then the
  inputs are sent in input order (results come as they complete): confirmed ones are skipped;
  pending, failed and unknown ones are sent again with their original externalRefID. v1 has no
  idempotency key, so a v1 input the journal shows as sent without an answer is reported as
  unknown and never sent twice.
- **Without a journal**, inputs are pulled lazily and results yielded as they complete; the
  occurrence counter then keeps one small entry per distinct order in memory.
- **It stops early, with one error,** when the API refuses the credentials or cannot be reached on
  the first answers (:class:`FanOutAborted`), instead of failing every row. A 429 that outlasts the
  client's retries slows the whole run down and the row is sent again, so no row fails only for rate.
"""

from __future__ import annotations

import asyncio
import collections
import enum
import hashlib
import re
import secrets
import time
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator, Mapping
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any, Final, Protocol

import attrs
import orjson

from aioraas import _convert, errors
from aioraas._modelkit import UNSET, replace
from aioraas.journal import (
    Finished,
    InputChanged,
    JournalBackend,
    Kind,
    OrderFacts,
    Planned,
    PlanRow,
    State,
    open_journal,
)
from aioraas.models import v1, v2
from aioraas.resources.v2.orders import OrderResult

Request = v2.OrderCreate | v1.OrderCreate
DEFAULT_CONCURRENCY: Final = 16
_RUN_ID: Final = re.compile(r"^[A-Za-z0-9]{1,32}$")
_SAFE_KEY: Final = re.compile(r"^[A-Za-z0-9]{1,60}$")
FINGERPRINT_LENGTH: Final = 24
PLAN_BATCH: Final = 500
FATAL_STREAK: Final = 3
"""Consecutive refusals of the credentials (or failures to connect), before any success, that stop a run."""
RATE_ROUNDS: Final = 12
"""How many times one row is sent again after a 429 outlasted the client's own retries."""
RATE_PAUSE_MAX: Final = 30.0


@attrs.frozen
class Rejected:
    """An input that could not become a request (a bad CSV row, say). It is reported in its place,
    as a failed result with this reason, and never sent."""

    reason: str
    line: int | None = None
    fields: Mapping[str, str] = attrs.field(factory=dict)
    """The row as read (column -> text), so a results file can show what was refused."""


@attrs.frozen
class Row:
    """An input with the line it came from, reported back in its result."""

    request: Request
    line: int | None = None


class Status(enum.StrEnum):
    CREATED = "created"
    """The API placed the order now."""
    EXISTING = "existing"
    """The API already held an order with this externalRefID: an earlier attempt of this run
    (whose answer was lost) or an earlier run placed it."""
    SKIPPED = "skipped"
    """The journal shows the order confirmed by an earlier run; it was not sent again."""
    FAILED = "failed"
    """Refused (by the API or by validation); nothing was created."""
    UNKNOWN = "unknown"
    """No definite answer: the order may or may not exist. For v2, running again is safe."""


@attrs.frozen
class FanOutResult:
    """The outcome of one input."""

    position: int
    """0-based position of the input in the source."""
    status: Status
    request: Request | None
    external_ref_id: str | None
    reference_order_id: str | None = None
    order: v2.Order | v1.Order | None = None
    error: BaseException | None = None
    reason: str | None = None
    attempts: int = 0
    """HTTP attempts this run made for the input (0: not sent)."""
    line: int | None = None
    """The source line, when the input carried one (:class:`Row`, :class:`Rejected`)."""
    fields: Mapping[str, str] = attrs.field(factory=dict)
    """For rejected inputs: the row as read."""

    @property
    def ok(self) -> bool:
        """True when the API holds the order (created now, earlier, or confirmed by the journal)."""
        return self.status in (Status.CREATED, Status.EXISTING, Status.SKIPPED)


class FanOutAborted(errors.RaasError):
    """The run stopped early because every answer so far says no request can succeed (the API
    refused the credentials, or could not be reached). Rows not sent stay pending in the journal."""

    def __init__(self, message: str, *, cause: BaseException, sent: int) -> None:
        super().__init__(message)
        self.cause = cause
        self.sent = sent


@attrs.define
class Tally:
    """Running totals of a fan-out, for progress displays and summaries."""

    started: float = attrs.field(factory=time.monotonic)
    counts: dict[Status, int] = attrs.field(factory=lambda: dict.fromkeys(Status, 0))
    retries: int = 0

    def add(self, result: FanOutResult) -> None:
        self.counts[result.status] += 1
        self.retries += max(0, result.attempts - 1)

    @property
    def done(self) -> int:
        return sum(self.counts.values())

    @property
    def succeeded(self) -> int:
        return self.counts[Status.CREATED] + self.counts[Status.EXISTING] + self.counts[Status.SKIPPED]

    @property
    def failed(self) -> int:
        return self.counts[Status.FAILED] + self.counts[Status.UNKNOWN]

    def elapsed(self, now: float | None = None) -> float:
        return (now if now is not None else time.monotonic()) - self.started

    def rate(self, now: float | None = None) -> float:
        elapsed = self.elapsed(now)
        return self.done / elapsed if elapsed > 0 else 0.0


class _OrdersClient(Protocol):
    """What fan_out needs of a client (a RaasClient, or a stand-in in tests)."""

    @property
    def max_connections(self) -> int: ...

    @property
    def v1(self) -> Any: ...

    @property
    def v2(self) -> Any: ...


def new_run_id() -> str:
    """A fresh run id: ``r`` and 12 hex digits (alphanumeric, like every id derived from it)."""
    return f"r{secrets.token_hex(6)}"


def fingerprint(request: Request) -> str:
    """A digest of a request's order fields; a caller's externalRefID is left out (it is the identity)."""
    wire = _convert.unstructure(request)  # a new dict: the id can go in place
    wire.pop("externalRefID", None)
    return _hashed(wire)


def _digest(wire: dict[str, Any]) -> str:
    """:func:`fingerprint` of a request already turned into its JSON fields."""
    return _hashed({name: value for name, value in wire.items() if name != "externalRefID"})


def _hashed(fields: dict[str, Any]) -> str:
    return hashlib.sha256(orjson.dumps(fields, option=orjson.OPT_SORT_KEYS)).hexdigest()[:FINGERPRINT_LENGTH]


def derive_external_ref_id(run_id: str, digest: str, occurrence: int = 0) -> str:
    """``<run><fingerprint><occurrence>``: alphanumeric, at most 32 + 24 + a few characters."""
    return f"{run_id}{digest}{occurrence}"


def keyed_external_ref_id(run_id: str, key: str) -> str:
    """``<run><key>``; a key with other than letters and digits, or a long one, is hashed."""
    if not _SAFE_KEY.match(key):
        key = "k" + hashlib.sha256(key.encode()).hexdigest()[:32]
    return f"{run_id}{key}"


def _facts(request: Request) -> OrderFacts:
    if isinstance(request, v2.OrderCreate):
        recipient = request.recipient
        email = recipient.email if isinstance(recipient, v2.Recipient) else None
        own_id = request.external_ref_id
        return OrderFacts(
            request.customer_identifier,
            request.account_identifier,
            own_id if isinstance(own_id, str) else None,
            request.utid,
            str(request.amount),
            email if isinstance(email, str) else None,
        )
    recipient_v1 = request.recipient
    email_v1 = recipient_v1.email if isinstance(recipient_v1, v1.Recipient) else None
    return OrderFacts(
        request.customer,
        request.account_identifier,
        None,
        request.sku,
        str(request.amount),
        email_v1 if isinstance(email_v1, str) else None,
    )


def _summary(request: Request) -> str:
    """A short description of an order for messages: who, how much, what, from which account."""
    if isinstance(request, v2.OrderCreate):
        recipient = request.recipient
        email = recipient.email if isinstance(recipient, v2.Recipient) else None
        who = email if isinstance(email, str) else "(no email)"
        return f"{who} {request.amount} {request.utid} from {request.account_identifier}"
    recipient_v1 = request.recipient
    who = recipient_v1.email if isinstance(recipient_v1, v1.Recipient) else "(no recipient)"
    return f"{who} {request.amount} cents {request.sku} from {request.account_identifier}"


async def _source(requests: Iterable[Any] | AsyncIterable[Any]) -> AsyncIterator[Any]:
    if isinstance(requests, AsyncIterable):
        async for item in requests:
            yield item
    else:
        for item in requests:
            yield item


@attrs.define  # one per input: a frozen class's __init__ costs twice as much; nothing mutates it
class _Job:
    """One input on its way: what to send, under which identity, and what the journal knew."""

    position: int
    item: Request | Rejected
    line: int | None
    identity: str | None
    state: State | None = None
    reference_order_id: str | None = None
    reason: str | None = None


class _Pacer:
    """Slows the whole run down after a 429 that outlasted the client's retries."""

    def __init__(self, limit: int) -> None:
        self.ceiling = limit
        self.limit = limit
        self._not_before = 0.0
        self._pause = 1.0
        self._successes = 0

    def paused(self) -> bool:
        """Whether a 429 paused the run (checked first: a coroutine per order costs more than this)."""
        return self._not_before > 0.0 and self._not_before > time.monotonic()

    async def wait(self) -> None:
        delay = self._not_before - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)

    def rate_limited(self) -> None:
        self.limit = max(1, self.limit // 2)
        self._not_before = max(self._not_before, time.monotonic() + self._pause)
        self._pause = min(RATE_PAUSE_MAX, self._pause * 2)
        self._successes = 0

    def succeeded(self) -> None:
        self._successes += 1
        if self.limit < self.ceiling and self._successes >= self.limit:
            self.limit += 1
            self._successes = 0
            self._pause = max(1.0, self._pause / 2)


def _attempts_of(exc: BaseException) -> int:
    attempts = getattr(exc, "attempts", None)
    return attempts if isinstance(attempts, int) and attempts > 0 else 1


def is_fatal(exc: BaseException | None) -> bool:
    """An answer that says no request of this run can succeed: bad credentials, or no API at all."""
    if isinstance(exc, (errors.Unauthorized, errors.Forbidden, errors.AuthenticationError)):
        return True
    return isinstance(exc, errors.TransportError) and not isinstance(exc, errors.Timeout)


class _Run:
    """One fan-out run: the client, the journal, and how one input is handled."""

    def __init__(
        self,
        client: _OrdersClient,
        journal: JournalBackend | None,
        run_id: str,
        key: Callable[[Request], str] | None,
        options: dict[str, Any],
        limit: int,
    ) -> None:
        self.client = client
        self.journal = journal
        self.run_id = run_id
        self.key = key
        self.options = options
        self.pacer = _Pacer(limit)
        self.successes = 0
        self.fatal_streak = 0
        self.aborted: FanOutAborted | None = None
        self._occurrences: dict[str, int] = {}  # only without a journal (the journal counts on disk)

    def own_identity(self, request: Request) -> str | None:
        """The identity a request brings (the caller's externalRefID, or ``key``), else None."""
        if isinstance(request, v2.OrderCreate) and request.external_ref_id is not UNSET:
            return f"{request.account_identifier}/{request.external_ref_id}"
        if self.key is not None:
            return keyed_external_ref_id(self.run_id, self.key(request))
        return None

    def derive(self, digest: str, occurrence: int) -> str:
        return derive_external_ref_id(self.run_id, digest, occurrence)

    def streamed_job(self, position: int, item: Any) -> _Job:
        """A job for an input pulled straight from the source (no journal)."""
        if isinstance(item, Rejected):
            return _Job(position, item, item.line, None)
        request, line = (item.request, item.line) if isinstance(item, Row) else (item, None)
        identity = self.own_identity(request)
        if identity is None:
            digest = fingerprint(request)
            occurrence = self._occurrences.get(digest, -1) + 1
            self._occurrences[digest] = occurrence
            identity = self.derive(digest, occurrence)
        return _Job(position, request, line, identity)

    def note(self, result: FanOutResult) -> None:
        """Watch the outcomes for a run that cannot succeed."""
        if result.status in (Status.CREATED, Status.EXISTING):
            self.successes += 1
            self.fatal_streak = 0
            self.pacer.succeeded()
        elif result.status is Status.FAILED and is_fatal(result.error) and self.successes == 0:
            self.fatal_streak += 1
            if self.fatal_streak >= FATAL_STREAK and self.aborted is None:
                assert result.error is not None
                self.aborted = _aborted(result.error, result.attempts, result.position + 1)

    async def handle(self, job: _Job) -> FanOutResult:
        result = await self._handle(job)
        if self.journal is not None:
            self.journal.finish(
                job.position,
                Finished(
                    result.status.value,
                    result.reference_order_id,
                    result.external_ref_id,
                    result.reason,
                    result.attempts,
                ),
            )
        return result

    async def _handle(self, job: _Job) -> FanOutResult:
        item = job.item
        if isinstance(item, Rejected):
            return FanOutResult(
                job.position, Status.FAILED, None, None, reason=item.reason, line=job.line, fields=item.fields
            )
        request = item
        if isinstance(request, v2.OrderCreate) and request.external_ref_id is UNSET:
            assert job.identity is not None
            request = replace(request, "external_ref_id", job.identity)
        ref_id = request.external_ref_id if isinstance(request, v2.OrderCreate) else None
        assert ref_id is not UNSET
        early = self._from_journal(job, request, ref_id)
        if early is not None:
            return early
        assert job.identity is not None
        if self.journal is not None:
            await self.journal.mark_sent(job.identity)
        result = await self._send(job, request, ref_id)
        if self.journal is not None:
            self.journal.mark_outcome(
                job.identity,
                _STATE_OF[result.status],
                reference_order_id=result.reference_order_id,
                reason=result.reason,
                attempts=result.attempts,
            )
        return result

    def _from_journal(self, job: _Job, request: Request, ref_id: str | None) -> FanOutResult | None:
        """The result an earlier run already settled, or None when the input must be sent (again)."""
        if job.state is State.CONFIRMED:
            return FanOutResult(
                job.position, Status.SKIPPED, request, ref_id, job.reference_order_id, line=job.line
            )
        if isinstance(request, v1.OrderCreate) and job.state in (State.SENT, State.UNKNOWN):
            reason = (
                "an earlier run sent this v1 order without an answer; v1 has no idempotency key, so it "
                "is not sent again: check the account's order history"
            )
            return FanOutResult(
                job.position, Status.UNKNOWN, request, None, reason=job.reason or reason, line=job.line
            )
        return None

    async def _send(self, job: _Job, request: Request, ref_id: str | None) -> FanOutResult:
        attempts = 0
        rounds = 0
        pacer = self.pacer
        while True:
            if pacer.paused():
                await pacer.wait()
            try:
                if isinstance(request, v2.OrderCreate):
                    placed: OrderResult = await self.client.v2.orders.create(request, **self.options)
                    order = placed.order
                    return FanOutResult(
                        job.position,
                        Status.CREATED if placed.created else Status.EXISTING,
                        request,
                        ref_id,
                        order.reference_order_id,
                        order,
                        attempts=attempts + placed.attempts,
                        line=job.line,
                    )
                v1_order: v1.Order = await self.client.v1.orders.create(request, **self.options)
                return FanOutResult(
                    job.position,
                    Status.CREATED,
                    request,
                    None,
                    v1_order.order_id,
                    v1_order,
                    attempts=attempts + 1,
                    line=job.line,
                )
            except errors.RateLimited as exc:
                attempts += _attempts_of(exc)
                # Sending again is safe for v2 (same externalRefID), and for v1 too: a 429 is an
                # answer, so nothing was placed.
                if rounds >= RATE_ROUNDS:
                    return self._from_error(job, Status.FAILED, request, ref_id, exc, attempts)
                rounds += 1
                self.pacer.rate_limited()
            except (errors.OutcomeUnknown, errors.DecodeError) as exc:
                attempts += _attempts_of(exc)
                return self._from_error(job, Status.UNKNOWN, request, ref_id, exc, attempts)
            except errors.RaasError as exc:
                attempts += _attempts_of(exc)
                return self._from_error(job, Status.FAILED, request, ref_id, exc, attempts)

    @staticmethod
    def _from_error(
        job: _Job, status: Status, request: Request, ref_id: str | None, exc: errors.RaasError, attempts: int
    ) -> FanOutResult:
        """The result of a request that raised: refused (failed) or without a definite answer."""
        return FanOutResult(
            job.position,
            status,
            request,
            ref_id,
            error=exc,
            reason=str(exc),
            attempts=attempts,
            line=job.line,
        )


def _aborted(error: BaseException, attempts: int, rows: int) -> FanOutAborted:
    if isinstance(error, (errors.ApiError, errors.AuthenticationError)):
        what = f"the API refused the credentials ({error})"
        advice = "check the platform name and key (or the OAuth client) and run again"
    else:
        what = f"the API could not be reached after {attempts} attempts ({error})"
        advice = "check the address and the network, and run again"
    message = (
        f"stopped after the first {FATAL_STREAK} answers: {what}. No further rows were sent; {advice} "
        "(with the same journal, it resumes where this run stopped)."
    )
    return FanOutAborted(message, cause=error, sent=rows)


_STATE_OF: Final = {
    Status.CREATED: State.CONFIRMED,
    Status.EXISTING: State.CONFIRMED,
    Status.SKIPPED: State.CONFIRMED,
    Status.FAILED: State.FAILED,
    Status.UNKNOWN: State.UNKNOWN,
}


async def fan_out(
    client: _OrdersClient,
    requests: Iterable[Request | Row | Rejected] | AsyncIterable[Request | Row | Rejected],
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    journal: str | Path | JournalBackend | None = None,
    run_id: str | None = None,
    key: Callable[[Request], str] | None = None,
    accept_new_rows: bool = False,
    timeout: float | None = None,
    max_retries: int | None = None,
    via: str = "orders",
    batch_size: int | None = None,
    lease: float | None = None,
) -> AsyncIterator[FanOutResult]:
    """Send every request; yield one :class:`FanOutResult` per input.

    Args:
        client: the :class:`~aioraas.RaasClient` to send with (its rate limit applies).
        requests: ``v2.OrderCreate`` / ``v1.OrderCreate`` objects, each optionally in a :class:`Row`
            with its source line, or :class:`Rejected` markers for inputs that could not be parsed;
            from a list, a generator or an async generator.
        concurrency: most requests in flight at once (capped at the client's ``max_connections``).
        journal: a SQLite file path (created if missing, resumed if present); a
            ``postgresql://`` URL, whose job (``run_id``) many processes may run at once, each
            claiming rows (see :mod:`aioraas.postgres.journal`); or an open journal
            (:class:`~aioraas.journal.JournalBackend`).
        run_id: the prefix of derived externalRefIDs, 1-32 letters and digits. A journal remembers
            its own; without one, pass the same ``run_id`` to make re-running the same input safe.
        key: derive each externalRefID from this function of the request (plus the run id) instead
            of from the order's fields.
        accept_new_rows: with a journal, send rows new to it even though rows it already sent are
            gone from the input (or the new rows repeat one already sent): the caller says they are
            new rewards, not edits. Without it such a run raises
            :class:`~aioraas.journal.InputChanged` and sends nothing.
        timeout, max_retries: per-call overrides for every order.
        via: ``"orders"`` (one request per reward) or ``"async_orders"``: rewards grouped into
            async orders of ``batch_size`` line items (see :mod:`aioraas.fanout_async`), with
            ``concurrency`` async orders in flight. v2 only.
        batch_size: line items per async order (default
            :data:`~aioraas.fanout_async.DEFAULT_BATCH_SIZE`; Tango publishes no maximum).
        lease: with a ``postgresql://`` journal, seconds a claimed row stays this worker's
            without renewal; a dead worker's rows go to the others after it (default
            :data:`~aioraas.postgres.journal.DEFAULT_LEASE`).

    Raises:
        InputChanged: the input changed in a way the journal cannot reconcile; nothing was sent.
        FanOutAborted: the first answers refused the credentials or the API was unreachable.
    """
    if via == "async_orders":
        from aioraas import fanout_async

        async for result in fanout_async.fan_out_async(
            fanout_async.async_orders_api(client),
            requests,  # type: ignore[arg-type]
            journal=journal,
            run_id=run_id,
            key=key,
            accept_new_rows=accept_new_rows,
            batch_size=batch_size or fanout_async.DEFAULT_BATCH_SIZE,
            concurrency=concurrency,
            lease=lease,
        ):
            yield result
        return
    if via != "orders":
        raise ValueError(f"via must be 'orders' or 'async_orders', not {via!r}")
    if batch_size is not None:
        raise ValueError("batch_size applies to via='async_orders' only")
    if concurrency < 1:
        raise ValueError(f"concurrency must be at least 1, not {concurrency!r}")
    if run_id is not None and not _RUN_ID.match(run_id):
        raise ValueError(
            f"run_id must be 1-32 letters and digits (it prefixes externalRefIDs), not {run_id!r}"
        )
    limit = min(concurrency, client.max_connections)
    # Only the overrides given: an empty set of per-call options lets each call skip their handling.
    options = {
        name: value
        for name, value in (("timeout", timeout), ("max_retries", max_retries))
        if value is not None
    }
    async with AsyncExitStack() as stack:
        opened: JournalBackend | None
        if isinstance(journal, (str, Path)):
            opened = await open_journal(journal, run_id=run_id, new_run_id=new_run_id, lease=lease)
            stack.push_async_callback(opened.close)
        else:
            if lease is not None:
                raise ValueError("lease applies when fan_out opens a postgresql:// journal itself")
            opened = journal
        if opened is not None and run_id is not None and opened.run_id != run_id:
            raise ValueError(f"journal {opened.location} belongs to run {opened.run_id!r}, not {run_id!r}")
        chosen_run_id = opened.run_id if opened is not None else (run_id or new_run_id())
        run = _Run(client, opened, chosen_run_id, key, options, limit)
        jobs: Iterator[_Job] | AsyncIterator[_Job]
        if opened is None:
            jobs = (
                _streamed(run, _source(requests))
                if isinstance(requests, AsyncIterable)
                else _streamed_sync(run, requests)
            )
        else:
            await opened.hold(alone=False)
            await _plan(run, opened, _source(requests), accept_new_rows)
            jobs = _assigned_jobs(opened)
        async for result in _bounded(run, jobs):
            yield result
        if run.aborted is not None:
            raise run.aborted


async def _streamed(run: _Run, source: AsyncIterator[Any]) -> AsyncIterator[_Job]:
    position = 0
    async for item in source:
        yield run.streamed_job(position, item)
        position += 1


def _streamed_sync(run: _Run, source: Iterable[Any]) -> Iterator[_Job]:
    """:func:`_streamed` of a plain iterable: pulled with ``next``, without two async generator
    steps per input."""
    for position, item in enumerate(source):
        yield run.streamed_job(position, item)


def _plan_row(run: _Run, position: int, item: Any) -> PlanRow:
    if isinstance(item, Rejected):
        body = orjson.dumps({"reason": item.reason, "fields": dict(item.fields)})
        return PlanRow(position, Kind.REJECTED, "", body, item.line)
    request, line = (item.request, item.line) if isinstance(item, Row) else (item, None)
    if not isinstance(request, (v2.OrderCreate, v1.OrderCreate)):
        raise TypeError(
            f"input {position}: expected v2.OrderCreate, v1.OrderCreate, Row or Rejected, not {request!r}"
        )
    kind = Kind.V2 if isinstance(request, v2.OrderCreate) else Kind.V1
    wire = _convert.unstructure(request)
    return PlanRow(
        position,
        kind,
        _digest(wire),
        orjson.dumps(wire),
        line,
        run.own_identity(request),
        _summary(request),
        _facts(request),
    )


async def _plan(
    run: _Run, journal: JournalBackend, source: AsyncIterator[Any], accept_new_rows: bool
) -> None:
    """Write the whole input to the journal, then refuse the run if it cannot be reconciled."""
    await journal.start_plan()
    batch: list[PlanRow] = []
    position = 0
    async for item in source:
        batch.append(_plan_row(run, position, item))
        position += 1
        if len(batch) >= PLAN_BATCH:
            await journal.add_to_plan(batch, run.derive)
            batch = []
    if batch:
        await journal.add_to_plan(batch, run.derive)
    changes = await journal.changes()
    # Reused ids are refused whatever the caller accepts: the API would answer them with another order.
    if changes.duplicated or changes.altered or (changes.ambiguous and not accept_new_rows):
        raise InputChanged(_explain(journal, changes), changes)
    await journal.adopt_plan()


def _mention_lines(mentions: Iterable[Any], count: int | None = None) -> list[str]:
    shown = [
        f"    line {m.line}: {m.summary}" + (f" ({m.state.value})" if m.state is not None else "")
        for m in mentions
    ]
    if count is not None and count > len(shown):
        shown.append(f"    ... and {count - len(shown)} more")
    return shown


def _explain(journal: JournalBackend, changes: Any) -> str:
    """What changed, and what to do about it (nothing was sent)."""
    parts = [f"the input does not match journal {journal.location}; nothing was sent."]
    if changes.duplicated:
        parts.append("  These rows reuse the externalRefID (or key) of an earlier row of the input:")
        parts += _mention_lines(changes.duplicated)
        parts.append("  Give every row its own external_id.")
        return "\n".join(parts)
    if changes.altered:
        parts.append(
            "  These rows keep an external_id whose order was already sent, with other order fields:"
        )
        parts += _mention_lines(changes.altered)
        parts.append(
            "  The API holds the order as first sent and answers that id with it. Restore the row, or "
            "give the changed reward a new external_id."
        )
        return "\n".join(parts)
    if changes.repeated:
        parts.append("  These new rows are copies of a row an earlier run already sent:")
        parts += _mention_lines(changes.repeated)
    if changes.removed and changes.added:
        parts.append("  Rows an earlier run sent are no longer in the input (journal line numbers):")
        parts += _mention_lines(changes.removed, changes.removed_count)
        parts.append("  and rows new to the journal appeared:")
        parts += _mention_lines(changes.added, changes.added_count)
        parts.append(
            "  If a new row is an edit of a row that was already sent, its reward exists already: restore "
            "the original row (or remove the edited one)."
        )
    parts.append(
        "  If the new rows are additional rewards, run again with --accept-new-rows "
        "(fan_out(..., accept_new_rows=True)); rows already sent are never sent again either way."
    )
    return "\n".join(parts)


async def _assigned_jobs(journal: JournalBackend) -> AsyncIterator[_Job]:
    """The rows the journal gives this process: the whole plan in input order (a SQLite file), or
    the rows this worker claims (a journal shared by many workers)."""
    async for planned in journal.assigned(PLAN_BATCH):
        yield _job_of(planned)


async def _planned_jobs(journal: JournalBackend) -> AsyncIterator[_Job]:
    """The plan, read back from the journal in input order, a chunk at a time."""
    after = -1
    while True:
        chunk = await journal.planned(after, PLAN_BATCH)
        if not chunk:
            return
        for planned in chunk:
            yield _job_of(planned)
        after = chunk[-1].position


def _job_of(planned: Planned) -> _Job:
    item: Request | Rejected
    if planned.kind is Kind.REJECTED:
        data = orjson.loads(planned.body)
        item = Rejected(data["reason"], planned.line, data.get("fields") or {})
    else:
        data = orjson.loads(planned.body)
        item = (
            _convert.structure(data, v2.OrderCreate)
            if planned.kind is Kind.V2
            else _convert.structure(data, v1.OrderCreate)
        )
    return _Job(
        planned.position,
        item,
        planned.line,
        planned.identity,
        planned.state,
        planned.reference_order_id,
        planned.reason,
    )


async def _bounded(run: _Run, jobs: Iterator[_Job] | AsyncIterator[_Job]) -> AsyncIterator[FanOutResult]:
    """Keep at most the pacer's limit of inputs in flight; pull the next only when one finishes.

    Finished tasks queue themselves (a done callback) and results are taken in the order they
    finished. ``asyncio.wait(in_flight, FIRST_COMPLETED)`` would do the same, but it adds and then
    removes a callback on every task in flight each time it is called: at concurrency 64 that was
    more Python work per order than the rest of the loop.
    """
    in_flight: set[asyncio.Task[FanOutResult]] = set()
    finished: collections.deque[asyncio.Task[FanOutResult]] = collections.deque()
    wakeup = asyncio.Event()

    def on_done(task: asyncio.Task[FanOutResult]) -> None:
        finished.append(task)
        wakeup.set()

    pull = None if isinstance(jobs, AsyncIterator) else jobs
    exhausted = False
    try:
        while True:
            while not exhausted and run.aborted is None and len(in_flight) < run.pacer.limit:
                try:
                    job = next(pull) if pull is not None else await anext(jobs)  # type: ignore[arg-type]
                except (StopIteration, StopAsyncIteration):
                    exhausted = True
                    break
                task = asyncio.create_task(run.handle(job))
                task.add_done_callback(on_done)
                in_flight.add(task)
            if not in_flight:
                return
            if not finished:
                await wakeup.wait()
            wakeup.clear()
            while finished:
                task = finished.popleft()
                in_flight.discard(task)
                result = task.result()
                run.note(result)
                yield result
    finally:
        for task in in_flight:
            task.cancel()
        if in_flight:
            await asyncio.gather(*in_flight, return_exceptions=True)
