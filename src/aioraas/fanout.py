"""Bulk fan-out: send many rewards with bounded concurrency, flat memory and no double sends.

    async with RaasClient(...) as raas:
        async for result in fan_out(raas, requests, concurrency=32, journal="bonuses.sqlite"):
            print(result.position, result.status, result.reference_order_id or result.reason)

- Inputs are pulled lazily from any iterable or async iterable of ``v2.OrderCreate`` (or
  ``v1.OrderCreate``); at most ``concurrency`` are in flight (never more than the client's
  connection pool), and results are yielded as they complete. Nothing grows with the input size.
- Every v2 request gets its externalRefID before it is sent: the caller's, or one derived from the
  run id and the input's position (or ``key``). Re-running the same input with the same run id
  (or the same journal) is therefore safe: the API answers a known externalRefID with the existing
  order instead of placing another.
- With a journal, every input's state is recorded before and after sending. A run killed half way
  resumes from the same file: confirmed inputs are skipped; pending, failed and unknown ones are
  sent again with their original externalRefID. v1 has no idempotency key, so a v1 input the journal
  shows as sent without an answer is reported as unknown and never sent twice.
"""

from __future__ import annotations

import asyncio
import enum
import hashlib
import re
import secrets
import time
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any, Final, Protocol

import attrs
import orjson

from aioraas import _convert, errors
from aioraas._modelkit import UNSET
from aioraas.journal import Entry, Journal, State
from aioraas.models import v1, v2
from aioraas.resources.v2.orders import OrderResult

Request = v2.OrderCreate | v1.OrderCreate
DEFAULT_CONCURRENCY: Final = 16
_RUN_ID = re.compile(r"^[A-Za-z0-9_-]{1,40}$")
_SAFE_KEY = re.compile(r"^[A-Za-z0-9_-]{1,50}$")


@attrs.frozen
class Rejected:
    """An input that could not become a request (a bad CSV row, say). It is reported in its place,
    as a failed result with this reason, and never sent."""

    reason: str
    line: int | None = None


class Status(enum.StrEnum):
    CREATED = "created"
    """The API placed the order now."""
    EXISTING = "existing"
    """The API already held an order with this externalRefID (sent by an earlier run or attempt)."""
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
    line: int | None = None
    """The source line, for rejected inputs that carry one."""

    @property
    def ok(self) -> bool:
        """True when the API holds the order (created now, earlier, or confirmed by the journal)."""
        return self.status in (Status.CREATED, Status.EXISTING, Status.SKIPPED)


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
    return f"run-{secrets.token_hex(6)}"


def fingerprint(request: Request) -> str:
    """A short digest of a request as the caller built it, to notice inputs that changed on resume."""
    body = orjson.dumps(_convert.unstructure(request), option=orjson.OPT_SORT_KEYS)
    return hashlib.sha256(body).hexdigest()[:20]


def derive_external_ref_id(run_id: str, position: int, key: str | None = None) -> str:
    """``<run>-<position>``, or ``<run>-<key>`` (a key with other characters, or a long one, is hashed)."""
    if key is None:
        return f"{run_id}-{position:07d}"
    if not _SAFE_KEY.match(key):
        key = "k" + hashlib.sha256(key.encode()).hexdigest()[:32]
    return f"{run_id}-{key}"


async def _source(
    requests: Iterable[Request | Rejected] | AsyncIterable[Request | Rejected],
) -> AsyncIterator[Any]:
    if isinstance(requests, AsyncIterable):
        async for item in requests:
            yield item
    else:
        for item in requests:
            yield item


class _Run:
    """One fan-out run: the client, the journal, and how one input is handled."""

    def __init__(
        self,
        client: _OrdersClient,
        journal: Journal | None,
        run_id: str,
        key: Callable[[Request], str] | None,
        timeout: float | None,
        max_retries: int | None,
    ) -> None:
        self.client = client
        self.journal = journal
        self.run_id = run_id
        self.key = key
        self.options = {"timeout": timeout, "max_retries": max_retries}

    def _with_external_ref_id(self, request: Request, position: int, entry: Entry | None) -> Request:
        if not isinstance(request, v2.OrderCreate) or request.external_ref_id is not UNSET:
            return request
        if entry is not None and entry.external_ref_id:
            return attrs.evolve(request, external_ref_id=entry.external_ref_id)
        key = self.key(request) if self.key is not None else None
        return attrs.evolve(request, external_ref_id=derive_external_ref_id(self.run_id, position, key))

    async def handle(self, position: int, item: Request | Rejected) -> FanOutResult:
        if isinstance(item, Rejected):
            return self._rejected(position, item)
        # Only a journal compares fingerprints (to notice inputs that changed between runs).
        digest = fingerprint(item) if self.journal is not None else ""
        entry = await self.journal.get(position) if self.journal is not None else None
        request = self._with_external_ref_id(item, position, entry)
        ref_id = request.external_ref_id if isinstance(request, v2.OrderCreate) else None
        assert ref_id is not UNSET
        if entry is not None:
            early = self._from_journal(position, request, entry, digest)
            if early is not None:
                return early
        if self.journal is not None:
            self.journal.mark_pending(position, ref_id, digest)
            await self.journal.mark_sent(position)
        result = await self._send(position, request, ref_id)
        if self.journal is not None:
            self.journal.mark_outcome(
                position,
                _STATE_OF[result.status],
                reference_order_id=result.reference_order_id,
                reason=result.reason,
                attempts=result.attempts,
            )
        return result

    def _rejected(self, position: int, item: Rejected) -> FanOutResult:
        if self.journal is not None:
            self.journal.mark_pending(position, None, "rejected")
            self.journal.mark_outcome(
                position, State.FAILED, reference_order_id=None, reason=item.reason, attempts=0
            )
        return FanOutResult(position, Status.FAILED, None, None, reason=item.reason, line=item.line)

    def _from_journal(
        self, position: int, request: Request, entry: Entry, digest: str
    ) -> FanOutResult | None:
        """The result an earlier run already settled, or None when the input must be sent (again)."""
        ref_id = entry.external_ref_id
        if entry.state in (State.PENDING, State.FAILED):
            return None  # nothing was created for this position: send it, changed or not
        if entry.fingerprint != digest:
            reason = (
                "this input differs from the one the journal recorded at this position, which may already "
                "have been ordered; not sent"
            )
            return FanOutResult(position, Status.FAILED, request, ref_id, reason=reason)
        if entry.state is State.CONFIRMED:
            return FanOutResult(position, Status.SKIPPED, request, ref_id, entry.reference_order_id)
        if isinstance(request, v1.OrderCreate) and entry.state in (State.SENT, State.UNKNOWN):
            reason = (
                "an earlier run sent this v1 order without an answer; v1 has no idempotency key, so it "
                "is not sent again: check the account's order history"
            )
            return FanOutResult(position, Status.UNKNOWN, request, None, reason=entry.reason or reason)
        return None

    async def _send(self, position: int, request: Request, ref_id: str | None) -> FanOutResult:
        try:
            if isinstance(request, v2.OrderCreate):
                placed: OrderResult = await self.client.v2.orders.create(request, **self.options)
                status = Status.CREATED if placed.created else Status.EXISTING
                order = placed.order
                return FanOutResult(
                    position,
                    status,
                    request,
                    ref_id,
                    order.reference_order_id,
                    order,
                    attempts=placed.attempts,
                )
            v1_order: v1.Order = await self.client.v1.orders.create(request, **self.options)
            return FanOutResult(
                position, Status.CREATED, request, None, v1_order.order_id, v1_order, attempts=1
            )
        except (errors.OutcomeUnknown, errors.DecodeError) as exc:
            attempts = exc.attempts if isinstance(exc, errors.OutcomeUnknown) else 1
            return FanOutResult(
                position, Status.UNKNOWN, request, ref_id, error=exc, reason=str(exc), attempts=attempts
            )
        except errors.RaasError as exc:
            return FanOutResult(
                position, Status.FAILED, request, ref_id, error=exc, reason=str(exc), attempts=1
            )


_STATE_OF: Final = {
    Status.CREATED: State.CONFIRMED,
    Status.EXISTING: State.CONFIRMED,
    Status.SKIPPED: State.CONFIRMED,
    Status.FAILED: State.FAILED,
    Status.UNKNOWN: State.UNKNOWN,
}


async def fan_out(
    client: _OrdersClient,
    requests: Iterable[Request | Rejected] | AsyncIterable[Request | Rejected],
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    journal: str | Path | Journal | None = None,
    run_id: str | None = None,
    key: Callable[[Request], str] | None = None,
    timeout: float | None = None,
    max_retries: int | None = None,
) -> AsyncIterator[FanOutResult]:
    """Send every request; yield one :class:`FanOutResult` per input, as each completes.

    Args:
        client: the :class:`~aioraas.RaasClient` to send with (its rate limit applies).
        requests: ``v2.OrderCreate`` / ``v1.OrderCreate`` objects (or :class:`Rejected` markers for
            inputs that could not be parsed), from a list, a generator or an async generator.
        concurrency: most requests in flight at once (capped at the client's ``max_connections``).
        journal: a SQLite file path (created if missing, resumed if present) or an open
            :class:`~aioraas.journal.Journal`.
        run_id: the prefix of derived externalRefIDs. A journal remembers its own; without one,
            pass the same ``run_id`` to make re-running the same input safe (default: random).
        key: derive externalRefIDs from this function of the request instead of its position.
        timeout, max_retries: per-call overrides for every order.
    """
    if concurrency < 1:
        raise ValueError(f"concurrency must be at least 1, not {concurrency!r}")
    if run_id is not None and not _RUN_ID.match(run_id):
        raise ValueError(f"run_id must be 1-40 letters, digits, '-' or '_', not {run_id!r}")
    limit = min(concurrency, client.max_connections)
    async with AsyncExitStack() as stack:
        open_journal = journal
        if isinstance(journal, (str, Path)):
            open_journal = await Journal.open(journal, run_id=run_id or new_run_id())
            stack.push_async_callback(open_journal.close)
        assert open_journal is None or isinstance(open_journal, Journal)
        if open_journal is not None and run_id is not None and open_journal.run_id != run_id:
            raise ValueError(
                f"journal {open_journal.path} belongs to run {open_journal.run_id!r}, not {run_id!r}"
            )
        run = _Run(
            client,
            open_journal,
            open_journal.run_id if open_journal is not None else (run_id or new_run_id()),
            key,
            timeout,
            max_retries,
        )
        async for result in _bounded(run, _source(requests), limit):
            yield result


async def _bounded(run: _Run, source: AsyncIterator[Any], limit: int) -> AsyncIterator[FanOutResult]:
    """Keep at most ``limit`` inputs in flight; pull the next only when one finishes."""
    in_flight: set[asyncio.Task[FanOutResult]] = set()
    position = 0
    exhausted = False
    try:
        while True:
            while not exhausted and len(in_flight) < limit:
                try:
                    item = await anext(source)
                except StopAsyncIteration:
                    exhausted = True
                    break
                in_flight.add(asyncio.create_task(run.handle(position, item)))
                position += 1
            if not in_flight:
                return
            done, in_flight = await asyncio.wait(in_flight, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                yield task.result()
    finally:
        for task in in_flight:
            task.cancel()
        if in_flight:
            await asyncio.gather(*in_flight, return_exceptions=True)
