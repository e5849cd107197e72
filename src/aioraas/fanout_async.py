"""Fan-out through async orders: many rewards per request, each row still sent at most once.

``fan_out(..., via="async_orders", batch_size=N)`` (or :func:`fan_out_async` with an
:class:`AsyncOrdersApi`) plans the input exactly like the single-order path (same identities, same
journal, same :class:`~aioraas.journal.InputChanged` checks), then:

- groups the rows into async orders of at most ``batch_size`` line items, per account (and per
  order-level fields: sender, campaign, purchase order number). Each row's
  ``externalRefLineItemID`` is its identity (the caller's externalRefID, or the id derived from the
  run id and the row's fingerprint); the order's ``externalRefID`` is derived from the run id and
  the line-item ids of its rows. Positions play no part, and every id is alphanumeric.
- writes each batch (its id, exact body and rows) to the journal, and marks the rows ``sent``,
  before the POST leaves. A batch whose answer was lost is resent with the same id and body (the
  API answers with the existing order), here and in any later run, never re-created under a new id.
- reports a line the API refused (``failedLineItems``) as failed with its source line and reason;
  the rest of the batch goes on. A 402 stops new batches, says how much was missing, and leaves the
  unsent rows pending in the journal for a run after funding.
- polls each accepted order's line items (with backoff) until none is pending, and reports every
  row: created (or existing, when an earlier attempt placed it), failed with the reason, or unknown.

Unknowns upstream: Tango does not publish the most line items one async order may carry, nor
whether its rate limit counts requests or line items; :data:`DEFAULT_BATCH_SIZE` is a conservative
guess, so make it an option of your job and lower it if Tango refuses large orders.
"""

from __future__ import annotations

import asyncio
import hashlib
import tempfile
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Mapping
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Final, Protocol, cast

import cattrs
import orjson

from aioraas import _convert, errors
from aioraas.fanout import (
    _RUN_ID,
    FanOutResult,
    Rejected,
    Row,
    Status,
    _attempts_of,
    _Job,
    _Pacer,
    _plan,
    _planned_jobs,
    _Run,
    _source,
    new_run_id,
)
from aioraas.journal import Batch, Finished, JournalBackend, State, open_journal
from aioraas.models import v1, v2
from aioraas.resources.v2.async_orders import PENDING_STATUSES

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "MAX_BATCH_SIZE",
    "AsyncOrdersApi",
    "ClientAsyncOrders",
    "async_orders_api",
    "batch_id_for",
    "fan_out_async",
]

DEFAULT_BATCH_SIZE: Final = 100
"""Line items per async order unless told otherwise. Tango publishes no maximum: a guess."""
MAX_BATCH_SIZE: Final = 10_000
DEFAULT_BATCHES_IN_FLIGHT: Final = 2
POST_ROUNDS: Final = 8
"""How many times one batch is resent after an answer that was lost (same id, same body)."""
POLL_FIRST: Final = 0.05
POLL_MAX: Final = 2.0
POLL_ROUNDS: Final = 5_000
_LINE_FIELDS: Final = frozenset(
    {
        "utid",
        "amount",
        "deliveryMethod",
        "recipient",
        "etid",
        "ptid",
        "emailSubject",
        "message",
        "expirationDate",
        "quantity",
        "deliveryDate",
        "lineItemNote",
    }
)
_ORDER_FIELDS: Final = (
    "customerIdentifier",
    "accountIdentifier",
    "sender",
    "campaign",
    "purchaseOrderNumber",
)


class AsyncOrdersApi(Protocol):
    """What the async path needs of the API: :func:`async_orders_api` adapts a
    :class:`~aioraas.RaasClient` (its ``v2.async_orders``); tests may pass a stand-in.

    Errors are the client's: :class:`~aioraas.errors.RateLimited`,
    :class:`~aioraas.errors.OutcomeUnknown`, :class:`~aioraas.errors.InsufficientFunds`, other
    :class:`~aioraas.errors.ApiError`.
    """

    async def create_async_order(self, body: Mapping[str, Any]) -> tuple[bool, Mapping[str, Any], int]:
        """POST the order; ``(created, AsyncOrderEntity, HTTP attempts)``, created False for an
        existing order."""
        ...

    async def async_order_lines(
        self, customer: str, account: str, external_ref_id: str
    ) -> list[Mapping[str, Any]]:
        """Every line item of the order (all pages), as the API shows them (wire names)."""
        ...

    async def account_balance(self, account: str) -> Decimal | None:
        """The account's current balance, for a 402 message (None when it cannot be read)."""
        ...


class ClientAsyncOrders:
    """:class:`AsyncOrdersApi` over a client's ``v2.async_orders``: the client's own retries
    (same body, same ids) run inside each call, the fan-out's resends around them."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.resource = client.v2.async_orders

    async def create_async_order(self, body: Mapping[str, Any]) -> tuple[bool, Mapping[str, Any], int]:
        try:
            request = _convert.structure(dict(body), v2.AsyncOrderCreate)
        except (cattrs.BaseValidationError, ValueError, TypeError) as exc:
            # A body journaled by an older version may break a rule checked since: refused, unsent.
            raise errors.ValidationError(f"async order not sent: {_first_problem(exc)}") from exc
        try:
            result = await self.resource.create(request)
        except errors.IdempotencyMismatch as exc:
            # The fan-out reports these rows itself (unknown: the id holds another order).
            return False, cast(Mapping[str, Any], _convert.unstructure(exc.order)), 1
        entity = cast(Mapping[str, Any], _convert.unstructure(result.order))
        return bool(result.created), entity, int(result.attempts)

    async def async_order_lines(
        self, customer: str, account: str, external_ref_id: str
    ) -> list[Mapping[str, Any]]:
        lines = self.resource.line_items(customer, account, external_ref_id)
        return [cast(Mapping[str, Any], _convert.unstructure(item)) async for item in lines]

    async def account_balance(self, account: str) -> Decimal | None:
        found = await self.client.v2.accounts.get(account)
        balance = getattr(found, "current_balance", None)
        return balance if isinstance(balance, Decimal) else None


def async_orders_api(client: Any) -> AsyncOrdersApi:
    """The async-order calls of ``client``: the client itself when it already is an
    :class:`AsyncOrdersApi` (a stand-in), else an adapter over its ``v2.async_orders``."""
    if all(hasattr(client, name) for name in ("create_async_order", "async_order_lines")):
        return cast(AsyncOrdersApi, client)
    resource = getattr(getattr(client, "v2", None), "async_orders", None)
    if resource is not None and hasattr(resource, "line_items"):
        return ClientAsyncOrders(client)
    raise errors.ConfigurationError(
        "fan_out(via='async_orders') needs a client with async-order operations (raas.v2.async_orders); "
        "this client has none"
    )


def batch_id_for(run_id: str, line_ids: Iterable[str]) -> str:
    """The externalRefID of the async order holding these line items: run id + their digest."""
    digest = hashlib.sha256("\n".join(line_ids).encode()).hexdigest()[:24]
    return f"{run_id}B{digest}"


def _line_item_id(identity: str) -> str:
    # A caller's own id is "account/externalRefID": the line item carries the id itself.
    return identity.rpartition("/")[2]


def _split(wire: Mapping[str, Any]) -> tuple[bytes, dict[str, Any]]:
    """(the order-level key of a row, its line item without the id)."""
    order = {name: wire.get(name) for name in _ORDER_FIELDS}
    line = {name: value for name, value in wire.items() if name in _LINE_FIELDS}
    if wire.get("notes") is not None and "lineItemNote" not in line:
        line["lineItemNote"] = wire["notes"]
    if "deliveryMethod" not in line and wire.get("sendEmail") is False:
        line["deliveryMethod"] = "NONE"
    return orjson.dumps(order, option=orjson.OPT_SORT_KEYS), line


def _money(value: Any) -> Decimal:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return Decimal(0)


@dataclass
class _Pending:
    """A batch being filled: its order-level fields and (identity, line-item id, line) rows."""

    order: dict[str, Any]
    rows: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)


class _AsyncRun:
    def __init__(
        self, api: AsyncOrdersApi, journal: JournalBackend, run: _Run, batch_size: int, limit: int
    ) -> None:
        self.api = api
        self.journal = journal
        self.run = run
        self.batch_size = batch_size
        self.pacer = _Pacer(limit)
        self.stopped: str | None = None

    def build(self, pending: _Pending) -> Batch:
        line_ids = [line_id for _, line_id, _ in pending.rows]
        batch_id = batch_id_for(self.run.run_id, line_ids)
        body = {
            **{k: v for k, v in pending.order.items() if v is not None},
            "externalRefID": batch_id,
            "lineItems": [{**line, "externalRefLineItemID": line_id} for _, line_id, line in pending.rows],
        }
        return Batch(
            batch_id,
            pending.order["customerIdentifier"],
            pending.order["accountIdentifier"],
            orjson.dumps(body),
            tuple((identity, line_id) for identity, line_id, _ in pending.rows),
        )

    async def post(self, batch: Batch) -> tuple[bool, Mapping[str, Any], int]:
        """POST the batch until a definite answer: resend the same body after a lost answer or a 429."""
        body = orjson.loads(batch.body)
        attempts = 0
        rounds = 0
        while True:
            await self.pacer.wait()
            try:
                created, entity, took = await self.api.create_async_order(body)
                self.pacer.succeeded()
                return created, entity, attempts + took
            except errors.RateLimited as exc:
                attempts += _attempts_of(exc)
                self.pacer.rate_limited()
            except (errors.OutcomeUnknown, errors.TransportError, errors.ServerError) as exc:
                attempts += _attempts_of(exc)
                rounds += 1
                if rounds >= POST_ROUNDS:
                    raise
                await asyncio.sleep(min(POLL_MAX, 0.05 * 2**rounds))

    async def lines(self, batch: Batch) -> dict[str, Mapping[str, Any]]:
        """Every line item of the order by externalRefLineItemID, once none is pending."""
        delay = POLL_FIRST
        for _ in range(POLL_ROUNDS):
            try:
                await self.pacer.wait()
                found = await self.api.async_order_lines(batch.customer, batch.account, batch.batch_id)
                seen = {str(item.get("externalRefLineItemID")): item for item in found}
            except errors.RateLimited:
                self.pacer.rate_limited()
                continue
            except (errors.OutcomeUnknown, errors.TransportError, errors.ServerError):
                await asyncio.sleep(delay)
                continue
            if not any(str(item.get("lineItemStatus")).upper() in PENDING_STATUSES for item in seen.values()):
                return seen
            await asyncio.sleep(delay)
            delay = min(POLL_MAX, delay * 1.5)
        raise errors.OutcomeUnknown(f"async order {batch.batch_id} was still processing when polling stopped")

    async def shortfall(self, batch: Batch) -> str:
        """How much the refused batch needed beyond the account's balance."""
        body = orjson.loads(batch.body)
        need = sum(
            (_money(line.get("amount")) * int(line.get("quantity") or 1) for line in body["lineItems"]),
            Decimal(0),
        )
        try:
            balance = await self.api.account_balance(batch.account)
        except errors.RaasError:
            balance = None
        if balance is None:
            return f"the batch needs {need} (face value) and account {batch.account} cannot cover it"
        missing = max(Decimal(0), need - balance)
        return (
            f"the batch needs {need} (face value, before fees and conversion), account {batch.account} "
            f"has {balance}: at least {missing} missing"
        )

    async def settle(self, batch: Batch, jobs: Mapping[str, _Job]) -> list[FanOutResult]:
        """Send (or resend) one batch, wait for its line items, and record every row's outcome."""
        outcome: dict[str, tuple[Status, str | None, str | None]] = {}
        attempts = 0
        finished = True
        try:
            created, entity, attempts = await self.post(batch)
        except errors.InsufficientFunds:
            self.stopped = await self.shortfall(batch)
            refused = f"insufficient funds: {self.stopped}"
            outcome = {identity: (Status.FAILED, None, refused) for identity, _ in batch.lines}
        except (errors.OutcomeUnknown, errors.TransportError, errors.ServerError, errors.DecodeError) as exc:
            finished = False
            lost = f"no definite answer for async order {batch.batch_id} ({exc}); running again resends it"
            outcome = {identity: (Status.UNKNOWN, None, lost) for identity, _ in batch.lines}
        except errors.RaasError as exc:
            outcome = {identity: (Status.FAILED, None, str(exc)) for identity, _ in batch.lines}
        else:
            outcome, finished = await self._lines_outcome(batch, created, entity)
        results = []
        for identity, line_id in batch.lines:
            status, reference, reason = outcome[identity]
            self.journal.mark_outcome(
                identity,
                _STATE_OF[status],
                reference_order_id=reference,
                reason=reason,
                attempts=attempts,
            )
            job = jobs.get(identity)
            if job is not None:
                request = job.item if isinstance(job.item, v2.OrderCreate) else None
                results.append(
                    FanOutResult(
                        job.position,
                        status,
                        request,
                        line_id,
                        reference,
                        reason=reason,
                        attempts=attempts,
                        line=job.line,
                    )
                )
        if finished:
            self.journal.finish_batch(batch.batch_id)
        return results

    async def _lines_outcome(
        self, batch: Batch, created: bool, entity: Mapping[str, Any]
    ) -> tuple[dict[str, tuple[Status, str | None, str | None]], bool]:
        by_line = {line_id: identity for identity, line_id in batch.lines}
        outcome: dict[str, tuple[Status, str | None, str | None]] = {}
        total = entity.get("totalLineItems")
        if isinstance(total, int) and total != len(batch.lines):
            reason = (
                f"the API holds async order {batch.batch_id} with {total} line items, not "
                f"{len(batch.lines)}: it is another order; nothing was sent for these rows"
            )
            return {identity: (Status.UNKNOWN, None, reason) for identity, _ in batch.lines}, False
        for failed in entity.get("failedLineItems") or ():
            identity = by_line.get(str(failed.get("externalRefLineItemID")))
            if identity is not None:
                problems = "; ".join(
                    f"{e.get('field')}: {e.get('message')}"
                    for e in failed.get("errors") or ()
                    if isinstance(e, dict)
                )
                outcome[identity] = (Status.FAILED, None, problems or "refused by the API")
        for line_id in entity.get("duplicateLineItemRefIds") or {}:
            identity = by_line.get(str(line_id))
            if identity is not None and identity not in outcome:
                reason = "the account already holds a line item with this id in another async order"
                outcome[identity] = (Status.UNKNOWN, None, reason)
        if len(outcome) == len(batch.lines):
            return outcome, True
        try:
            seen = await self.lines(batch)
        except errors.RaasError as exc:
            reason = f"async order {batch.batch_id} was accepted; its line items could not be read ({exc})"
            for identity, _ in batch.lines:
                outcome.setdefault(identity, (Status.UNKNOWN, None, reason))
            return outcome, False
        finished = True
        placed = Status.CREATED if created else Status.EXISTING
        for identity, line_id in batch.lines:
            if identity in outcome:
                continue
            item = seen.get(line_id)
            status = str((item or {}).get("lineItemStatus")).upper()
            reference = (item or {}).get("referenceLineItemID")
            if status in ("COMPLETE", "SCHEDULED"):
                outcome[identity] = (placed, reference, None if status == "COMPLETE" else "scheduled")
            elif status == "FAILED":
                problems = "; ".join(
                    str(e.get("errorMessage") or e.get("message"))
                    for e in (item or {}).get("lineItemErrors") or ()
                )
                outcome[identity] = (Status.FAILED, reference, problems or "the line item failed")
            else:
                finished = False
                outcome[identity] = (Status.UNKNOWN, reference, "the API does not show this line item")
        return outcome, finished


_STATE_OF: Final = {
    Status.CREATED: State.CONFIRMED,
    Status.EXISTING: State.CONFIRMED,
    Status.SKIPPED: State.CONFIRMED,
    Status.FAILED: State.FAILED,
    Status.UNKNOWN: State.UNKNOWN,
}


async def fan_out_async(
    api: AsyncOrdersApi,
    requests: Iterable[v2.OrderCreate | Row | Rejected] | AsyncIterable[v2.OrderCreate | Row | Rejected],
    *,
    journal: str | Path | JournalBackend | None = None,
    run_id: str | None = None,
    key: Callable[[Any], str] | None = None,
    accept_new_rows: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    concurrency: int = DEFAULT_BATCHES_IN_FLIGHT,
    lease: float | None = None,
) -> AsyncIterator[FanOutResult]:
    """Send every v2 request as a line item of an async order; yield one result per input.

    ``concurrency`` is the number of async orders in flight at once. Without a journal, one is kept
    in a temporary file for the run (pass ``run_id`` to make re-running the same input safe).
    Raises :class:`~aioraas.journal.InputChanged` like :func:`~aioraas.fanout.fan_out`.

    With a journal shared by many workers (``postgresql://``), one async-orders worker runs the job
    at a time: batches are built from the whole plan, so a second one (or single-order workers on
    the same job) is refused with a :class:`~aioraas.journal.JournalError` instead.
    """
    if not 1 <= batch_size <= MAX_BATCH_SIZE:
        raise ValueError(f"batch_size must be between 1 and {MAX_BATCH_SIZE}, not {batch_size!r}")
    if concurrency < 1:
        raise ValueError(f"concurrency must be at least 1, not {concurrency!r}")
    if run_id is not None and not _RUN_ID.match(run_id):
        raise ValueError(f"run_id must be 1-32 letters and digits (it prefixes ids), not {run_id!r}")
    async with AsyncExitStack() as stack:
        if journal is None:
            folder = stack.enter_context(tempfile.TemporaryDirectory(prefix="aioraas-async-"))
            journal = Path(folder) / "journal.sqlite"
        if isinstance(journal, (str, Path)):
            opened = await open_journal(journal, run_id=run_id, new_run_id=new_run_id, lease=lease)
            stack.push_async_callback(opened.close)
        else:
            if lease is not None:
                raise ValueError("lease applies when fan_out opens a postgresql:// journal itself")
            opened = journal
        if run_id is not None and opened.run_id != run_id:
            raise ValueError(f"journal {opened.location} belongs to run {opened.run_id!r}, not {run_id!r}")
        run = _Run(cast(Any, api), opened, opened.run_id, key, {}, concurrency)
        await opened.hold(alone=True)
        await _plan(run, opened, _source(requests), accept_new_rows)
        async for result in _drive(_AsyncRun(api, opened, run, batch_size, concurrency), concurrency):
            opened.finish(
                result.position,
                Finished(
                    result.status.value,
                    result.reference_order_id,
                    result.external_ref_id,
                    result.reason,
                    result.attempts,
                ),
            )
            yield result


async def _drive(state: _AsyncRun, limit: int) -> AsyncIterator[FanOutResult]:
    journal = state.journal
    open_batches = {batch.batch_id: batch for batch in await journal.open_batches()}
    member = {identity: batch.batch_id for batch in open_batches.values() for identity, _ in batch.lines}
    waiting: dict[str, dict[str, _Job]] = {batch_id: {} for batch_id in open_batches}
    groups: dict[bytes, _Pending] = {}
    in_flight: set[asyncio.Task[list[FanOutResult]]] = set()
    held: list[_Job] = []  # rows not sent because a 402 stopped new batches

    def launch(batch: Batch, jobs: Mapping[str, _Job]) -> None:
        in_flight.add(asyncio.create_task(state.settle(batch, jobs)))

    async def launch_new(pending: _Pending, jobs: Mapping[str, _Job]) -> None:
        batch = state.build(pending)
        await journal.add_batch(batch)
        launch(batch, jobs)

    group_jobs: dict[bytes, dict[str, _Job]] = {}
    try:
        async for job in _planned_jobs(journal):
            item = job.item
            if isinstance(item, Rejected):
                yield FanOutResult(
                    job.position,
                    Status.FAILED,
                    None,
                    None,
                    reason=item.reason,
                    line=job.line,
                    fields=item.fields,
                )
                continue
            if isinstance(item, v1.OrderCreate):
                reason = "async orders are a v2 API: send v1 orders with fan_out(..., via='orders')"
                yield FanOutResult(job.position, Status.FAILED, item, None, reason=reason, line=job.line)
                continue
            assert job.identity is not None
            line_id = _line_item_id(job.identity)
            if job.state is State.CONFIRMED:
                yield FanOutResult(
                    job.position, Status.SKIPPED, item, line_id, job.reference_order_id, line=job.line
                )
                continue
            owner = member.get(job.identity)
            if owner is not None:
                waiting[owner][job.identity] = job
                if len(waiting[owner]) == len(open_batches[owner].lines):
                    launch(open_batches.pop(owner), waiting.pop(owner))
            elif state.stopped is not None:
                held.append(job)
            else:
                order_key, line = _split(_wire(item))
                refused = _line_refusal(line, line_id)
                if refused is not None:
                    # Refused before sending, alone: the rest of its batch goes on.
                    state.journal.mark_outcome(
                        job.identity, State.FAILED, reference_order_id=None, reason=refused, attempts=0
                    )
                    yield FanOutResult(
                        job.position, Status.FAILED, item, line_id, reason=refused, line=job.line
                    )
                    continue
                pending = groups.setdefault(order_key, _Pending(orjson.loads(order_key)))
                pending.rows.append((job.identity, line_id, line))
                group_jobs.setdefault(order_key, {})[job.identity] = job
                if len(pending.rows) >= state.batch_size:
                    await launch_new(groups.pop(order_key), group_jobs.pop(order_key))
            while len(in_flight) >= limit:
                done, in_flight = await asyncio.wait(in_flight, return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    for result in task.result():
                        yield result
        for batch_id, batch in open_batches.items():
            launch(batch, waiting[batch_id])
        for order_key, pending in groups.items():
            while len(in_flight) >= limit:
                done, in_flight = await asyncio.wait(in_flight, return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    for result in task.result():
                        yield result
            if state.stopped is not None:
                held.extend(group_jobs[order_key].values())
                continue
            await launch_new(pending, group_jobs[order_key])
        while in_flight:
            done, in_flight = await asyncio.wait(in_flight, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                for result in task.result():
                    yield result
        for job in held:
            reason = (
                f"not sent: an earlier batch was refused ({state.stopped}); fund the account and run again"
            )
            assert job.identity is not None
            request = job.item if isinstance(job.item, v2.OrderCreate) else None
            yield FanOutResult(
                job.position,
                Status.FAILED,
                request,
                _line_item_id(job.identity),
                reason=reason,
                line=job.line,
            )
    finally:
        for task in in_flight:
            task.cancel()
        if in_flight:
            await asyncio.gather(*in_flight, return_exceptions=True)


def _line_refusal(line: Mapping[str, Any], line_id: str) -> str | None:
    """Why a row cannot be an async line item (a rule of the line item that a single order does not
    have, e.g. notes over 150 characters), or None."""
    try:
        _convert.structure({**line, "externalRefLineItemID": line_id}, v2.AsyncLineItemCreate)
    except (cattrs.BaseValidationError, errors.ValidationError, ValueError, TypeError) as exc:
        return f"as an async line item: {_first_problem(exc)}"
    return None


def _first_problem(exc: BaseException) -> str:
    if isinstance(exc, cattrs.BaseValidationError):
        for inner in exc.exceptions:
            return _first_problem(inner)
    return str(exc)


def _wire(request: v2.OrderCreate) -> dict[str, Any]:
    wire = _convert.unstructure(request)
    assert isinstance(wire, dict)
    return wire
