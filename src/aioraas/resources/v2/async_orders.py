"""v2 async orders, the hand-written part: ids fixed before sending, the mismatch check, ``wait``.

The generated :class:`~aioraas.resources._generated.v2.AsyncOrders` calls :func:`before_create` on
the request and :func:`create_result` on the decoded answer, and inherits :class:`AsyncOrdersHelpers`
(``wait``).

Ids: the order's externalRefID is the caller's, or ``aioraas`` + 32 hex digits generated before
the first attempt. A line item without an ``externalRefLineItemID`` gets :func:`line_item_id`: ``L``
+ 32 hex digits of a SHA-256 over the order's externalRefID, the line's position in the order (from
1) and the line's content (its JSON, keys sorted). So the same call, retried, sends the same ids;
the ids are unique within the account (they carry the order's id), and two identical lines of one
order still get two ids (their positions differ). Every generated id is letters and digits only.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Awaitable, Mapping
from typing import TYPE_CHECKING, Any, Final

import attrs
import orjson

from aioraas import _convert, errors
from aioraas._modelkit import UNSET
from aioraas._transport import Response
from aioraas.models import v2
from aioraas.resources._base import new_external_ref_id

if TYPE_CHECKING:
    from aioraas.resources._generated.v2 import AsyncOrders

__all__ = [
    "PENDING_STATUSES",
    "AsyncOrderOutcome",
    "AsyncOrderResult",
    "AsyncOrdersHelpers",
    "LineOutcome",
    "before_create",
    "create_result",
    "line_item_id",
]

PENDING_STATUSES: Final = frozenset({"PENDING", "RETRYING", "PROCESSING", "QUEUED", "IN_PROGRESS"})
"""Line-item statuses that mean "not processed yet": ``wait`` polls while any line has one."""


def line_item_id(external_ref_id: str, position: int, line: v2.AsyncLineItemCreate) -> str:
    """The ``externalRefLineItemID`` given to a line item without one (see the module's text)."""
    content = orjson.dumps(_convert.unstructure(line), option=orjson.OPT_SORT_KEYS)
    digest = hashlib.sha256(f"{external_ref_id}\n{position}\n".encode() + content).hexdigest()
    return f"L{digest[:32]}"


def before_create(request: v2.AsyncOrderCreate) -> v2.AsyncOrderCreate:
    """Fix the order's externalRefID and every line item's id before the first attempt."""
    key = request.external_ref_id
    if key is UNSET:
        key = new_external_ref_id("aioraas")
    assert isinstance(key, str)
    lines = [
        line
        if line.external_ref_line_item_id is not UNSET
        else attrs.evolve(line, external_ref_line_item_id=line_item_id(key, position, line))
        for position, line in enumerate(request.line_items, start=1)
    ]
    return attrs.evolve(request, external_ref_id=key, line_items=lines)


@attrs.frozen
class AsyncOrderResult:
    """What ``raas.v2.async_orders.create`` returns."""

    order: v2.AsyncOrderEntity
    created: bool
    """True when the API answered 202 (a new order). False when it answered 200: an order with this
    externalRefID already existed (an earlier attempt of this call, or an earlier run)."""
    external_ref_id: str
    """The order's externalRefID (the caller's, or the one generated before the first attempt)."""
    line_item_ids: tuple[str, ...]
    """Every line item's externalRefLineItemID, in the request's order (given or generated)."""
    request_id: str | None
    """The API's X-REQUEST-ID of the answer, for Tango Card support."""
    attempts: int
    """How many HTTP attempts the call took."""

    @property
    def failed(self) -> list[v2.AsyncLineItemError]:
        """Line items refused when the order was placed (never processed), with their errors."""
        return list(self.order.failed_line_items or ())

    @property
    def duplicates(self) -> dict[str, Any]:
        """externalRefLineItemID -> repeats the API did not process (the account already had it)."""
        return dict(self.order.duplicate_line_item_ref_ids or {})


def _differences(request: v2.AsyncOrderCreate, order: v2.AsyncOrderEntity) -> dict[str, tuple[Any, Any]]:
    """Where an existing order's answer shows other line items than the request's."""
    ids = {str(line.external_ref_line_item_id) for line in request.line_items}
    differences: dict[str, tuple[Any, Any]] = {}
    total = order.total_line_items
    if total is not None and total != len(request.line_items):
        differences["totalLineItems"] = (len(request.line_items), total)
    named = {
        str(f.external_ref_line_item_id) for f in order.failed_line_items or () if f.external_ref_line_item_id
    }
    named |= set(order.duplicate_line_item_ref_ids or {})
    foreign = sorted(named - ids)
    if foreign:
        differences["externalRefLineItemID"] = ("ids of this request", foreign[:5])
    return differences


def create_result(
    request: v2.AsyncOrderCreate, external_ref_id: str, response: Response, order: v2.AsyncOrderEntity
) -> AsyncOrderResult:
    """The result of a create; raises :class:`~aioraas.errors.IdempotencyMismatch` when the API
    answered with an existing order (200) whose line items are not the request's (another count of
    line items, or line-item ids the request does not have)."""
    created = response.status != 200
    if not created:
        differences = _differences(request, order)
        if differences:
            shown = ", ".join(f"{k}: asked {a}, existing {b}" for k, (a, b) in differences.items())
            raise errors.IdempotencyMismatch(
                f"externalRefID {external_ref_id} already belongs to async order "
                f"{order.reference_order_id}, with other line items ({shown}); the API returned the "
                "existing order and placed nothing",
                external_ref_id=external_ref_id,
                order=order,
                differences=differences,
            )
    return AsyncOrderResult(
        order=order,
        created=created,
        external_ref_id=external_ref_id,
        line_item_ids=tuple(str(line.external_ref_line_item_id) for line in request.line_items),
        request_id=response.request_id,
        attempts=response.attempts,
    )


@attrs.frozen
class LineOutcome:
    """One processed line item of an async order."""

    external_ref_line_item_id: str
    reference_line_item_id: str | None
    status: str
    """COMPLETE, FAILED or SCHEDULED (waiting for its deliveryDate); another value as the API sent it."""
    reason: str | None
    """Why it failed (the API's errors), else None."""
    item: v2.AsyncOrderLineItem

    @property
    def succeeded(self) -> bool:
        return self.status == "COMPLETE"

    @property
    def failed(self) -> bool:
        return self.status == "FAILED"


@attrs.frozen
class AsyncOrderOutcome:
    """What ``raas.v2.async_orders.wait`` returns: every line item the API processed, by id."""

    external_ref_id: str
    reference_order_id: str | None
    status: str | None
    """The order's status when polling stopped (SUCCESSFUL, PARTIALFAILED, FAILED, ...)."""
    lines: Mapping[str, LineOutcome]
    """By externalRefLineItemID. Lines refused when the order was placed are not here: they are in
    the create call's ``failed``."""
    polls: int

    @property
    def completed(self) -> list[LineOutcome]:
        return [line for line in self.lines.values() if line.succeeded]

    @property
    def failed(self) -> list[LineOutcome]:
        return [line for line in self.lines.values() if line.failed]

    @property
    def scheduled(self) -> list[LineOutcome]:
        return [line for line in self.lines.values() if line.status == "SCHEDULED"]


def _reason(item: v2.AsyncOrderLineItem) -> str | None:
    problems = [
        str(e.error_message or e.error_code)
        for e in item.line_item_errors or ()
        if e.error_message or e.error_code
    ]
    return "; ".join(problems) or None


async def _pause(sleeping: Awaitable[None], wake: asyncio.Event | None) -> None:
    """Sleep, or less when ``wake`` is set meanwhile (then clear it)."""
    if wake is None:
        await sleeping
        return
    sleeper = asyncio.ensure_future(sleeping)
    waker = asyncio.ensure_future(wake.wait())
    try:
        await asyncio.wait((sleeper, waker), return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in (sleeper, waker):
            task.cancel()
        await asyncio.gather(sleeper, waker, return_exceptions=True)
    wake.clear()


class AsyncOrdersHelpers:
    """Hand-written methods of ``raas.v2.async_orders`` (the generated class inherits them)."""

    async def wait(
        self,
        customer_identifier: str,
        account_identifier: str,
        external_ref_id: str,
        *,
        timeout: float = 600.0,
        poll: float = 1.0,
        max_poll: float = 30.0,
        wake: asyncio.Event | None = None,
    ) -> AsyncOrderOutcome:
        """Poll the order's line items until none is pending; return every line's outcome.

        Polls every ``poll`` seconds at first, 1.5 times longer after each round still pending, at
        most ``max_poll`` apart; a line that waits for its deliveryDate counts as done (SCHEDULED).
        A 429 or a failed read is one more round, not an error. Raises
        :class:`~aioraas.errors.Timeout` when lines are still pending after ``timeout`` seconds
        (nothing is lost: call it again), :class:`~aioraas.errors.NotFound` for an unknown order.

        ``wake``: an event that ends the current pause at once, e.g. set by a webhook handler when
        the order's ``AsyncOrderStatus`` event arrives; it is cleared before the next poll.
        """
        if timeout <= 0 or poll <= 0 or max_poll < poll:
            raise ValueError("timeout and poll must be positive, and max_poll at least poll")
        resource: AsyncOrders = self  # type: ignore[assignment]  # mixed into AsyncOrders only
        timing = resource._transport.timing  # the client's clock and sleep (a test seam)
        deadline = timing.monotonic() + timeout
        delay = poll
        polls = 0
        while True:
            polls += 1
            try:
                seen: dict[str, v2.AsyncOrderLineItem] = {}
                status: str | None = None
                reference: str | None = None
                async for page in resource.line_items(
                    customer_identifier, account_identifier, external_ref_id
                ).pages():
                    envelope = page.envelope
                    if isinstance(envelope, v2.AsyncOrderLineItemPage):
                        status = envelope.order_status or status
                        reference = envelope.reference_order_id or reference
                    for item in page.items:
                        seen[str(item.external_ref_line_item_id)] = item
            except (errors.RateLimited, errors.ServerError, errors.TransportError):
                pending = True
            else:
                pending = any(
                    str(item.line_item_status).upper() in PENDING_STATUSES for item in seen.values()
                )
                if not pending:
                    lines = {
                        ref: LineOutcome(
                            external_ref_line_item_id=ref,
                            reference_line_item_id=item.reference_line_item_id,
                            status=str(item.line_item_status).upper(),
                            reason=_reason(item),
                            item=item,
                        )
                        for ref, item in seen.items()
                    }
                    return AsyncOrderOutcome(external_ref_id, reference, status, lines, polls)
            left = deadline - timing.monotonic()
            if left <= 0:
                raise errors.Timeout(
                    f"async order {external_ref_id} still has pending line items after {timeout} s "
                    f"({polls} polls); nothing is lost: wait again later"
                )
            await _pause(timing.sleep(min(delay, left)), wake)
            delay = min(max_poll, delay * 1.5)
