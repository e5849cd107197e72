"""v2 async orders: one POST carries many line items, processed in the background.

- ``POST /asyncOrders`` checks the order, then each line item on its own: a line that breaks a rule
  is reported at once in ``failedLineItems`` and never processed; the rest wait for the processor.
  A line whose ``externalRefLineItemID`` repeats one of the same order, or of an earlier order of the
  account, is counted in ``duplicateLineItemRefIds`` and never processed. The answer is 202 for a new
  order; a repeated ``externalRefID`` gets the original order back with 200, whatever it carries.
- The account must hold enough for every accepted line still to be charged (this order's and the
  account's other unfinished ones), else the order is refused with 402 and nothing is kept.
- The processor completes line items at ``async_rate`` per second (0: as fast as the loop allows),
  charging the account as each one completes. A line with a ``deliveryDate`` waits for that
  (emulated) moment. Line items are kept as small records on their order (no reward bodies); a
  completed one also becomes an ordinary line item (``LineItems.create_for_order``, same
  referenceLineItemID, its externalRefLineItemID as ``externalReferenceLineItemID``), so
  ``GET /lineItems`` lists it and the line-item actions apply to it.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from aiohttp import web
from multidict import MultiMapping

from aioraas.emulator.clock import iso_millis
from aioraas.emulator.context import EmulatorContext, context
from aioraas.emulator.errors import V2Error
from aioraas.emulator.incoming import read_object
from aioraas.emulator.jsonio import json_response
from aioraas.emulator.money import to_money
from aioraas.emulator.pagination import cursor_page, parse_bool
from aioraas.emulator.pricing import charge_for
from aioraas.emulator.state import Account
from aioraas.emulator.v2.orders import DELIVERY_METHODS, _check_delivery, _check_item, _check_people
from aioraas.emulator.v2.query import date_param, decimal_param
from aioraas.emulator.v2.validate import IDENTIFIER, Checker

__all__ = [
    "AsyncLine",
    "AsyncOrder",
    "AsyncProcessor",
    "create_async_order",
    "get_async_order",
    "list_async_line_items",
    "list_async_orders",
    "reason_codes",
    "update_async_line_item",
    "update_async_order",
]

MIN_DELIVERY_AHEAD = timedelta(days=7)
_UTID = re.compile(r"[uU][0-9]+")
_ETID = re.compile(r"[eE][0-9]{6}")
_PROCESSOR = web.AppKey("aioraas_async_processor", object)
_TICK = 0.01

REASON_CODES = {
    "CANCEL": {"CANCEL_1": "Recipient no longer eligible", "CANCEL_2": "Sent in error"},
    "FREEZE": {"FREEZE_1": "Suspected fraud", "FREEZE_2": "Recipient request"},
    "UNFREEZE": {"UNFREEZE_1": "Investigation closed"},
    "REISSUE": {"REISSUE_1": "Wrong recipient details"},
}


@dataclass(slots=True)
class AsyncLine:
    """One line item: what is needed to charge it and to show it, nothing more."""

    ref: str
    """externalRefLineItemID"""
    reference_id: str
    """referenceLineItemID"""
    utid: str
    amount: Decimal
    currency: str
    charge: Decimal
    email: str | None
    delivery_date: datetime | None
    delivery_method: str = "EMAIL"
    status: str = "PENDING"
    note: str | None = None
    completed_at: datetime | None = None
    errors: list[dict[str, Any]] | None = None
    quantity: int = 1
    reward_name: str | None = None
    recipient: dict[str, Any] | None = None


@dataclass(slots=True)
class AsyncOrder:
    """An async order and its accepted line items."""

    reference_id: str
    external_ref_id: str
    customer: str
    account: str
    created_at: datetime
    total: int
    """Line items in the request (accepted, failed and duplicated)."""
    lines: list[AsyncLine]
    failed: list[dict[str, Any]]
    duplicates: dict[str, int]
    campaign: str | None = None
    purchase_order_number: str | None = None
    notes: str | None = None
    completed_at: datetime | None = None
    sender: dict[str, Any] | None = None

    @property
    def status(self) -> str:
        """PENDING until every line is done; then SUCCESSFUL, PARTIALFAILED or FAILED."""
        if any(line.status in ("PENDING", "SCHEDULED") for line in self.lines):
            return "PENDING"
        done = sum(1 for line in self.lines if line.status == "COMPLETE")
        if done == self.total:
            return "SUCCESSFUL"
        return "FAILED" if done == 0 else "PARTIALFAILED"


@dataclass(slots=True)
class _Books:
    """Async orders of one emulated platform."""

    orders: dict[tuple[str, str], AsyncOrder] = field(default_factory=dict)
    by_account: dict[str, list[AsyncOrder]] = field(default_factory=dict)
    line_refs: dict[str, set[str]] = field(default_factory=dict)
    lines: dict[str, tuple[AsyncOrder, AsyncLine]] = field(default_factory=dict)
    owed: dict[str, Decimal] = field(default_factory=dict)
    """Per account: what accepted, unfinished line items will still charge."""


class AsyncProcessor:
    """Completes queued line items in the background at a fixed rate (line items per second)."""

    def __init__(self, ctx: EmulatorContext) -> None:
        self.ctx = ctx
        self.books = _Books()
        self.queue: deque[tuple[AsyncOrder, AsyncLine]] = deque()
        self.scheduled: list[tuple[AsyncOrder, AsyncLine]] = []
        self._task: asyncio.Task[None] | None = None

    def kick(self) -> None:
        """Make sure the worker runs (on the serving loop)."""
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._work())

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def _due(self) -> None:
        now = self.ctx.clock.now()
        still = []
        for order, line in self.scheduled:
            if line.delivery_date is not None and line.delivery_date <= now:
                self.queue.append((order, line))
            else:
                still.append((order, line))
        self.scheduled = still

    async def _work(self) -> None:
        credit = 0.0
        loop = asyncio.get_running_loop()
        last = loop.time()
        while True:
            self._due()
            if not self.queue:
                if not self.scheduled:
                    return
                await asyncio.sleep(_TICK)
                continue
            rate = self.ctx.async_rate
            if rate <= 0:
                budget = len(self.queue)
            else:
                now = loop.time()
                credit = min(credit + (now - last) * rate, max(rate, 1.0))
                last = now
                budget = int(credit)
                credit -= budget
            for _ in range(min(budget, len(self.queue))):
                order, line = self.queue.popleft()
                self._complete(order, line)
            await asyncio.sleep(_TICK if rate > 0 else 0)

    def _complete(self, order: AsyncOrder, line: AsyncLine) -> None:
        account = self.ctx.store.accounts.get(order.account)
        owed = self.books.owed
        owed[order.account] = owed.get(order.account, Decimal(0)) - line.charge
        now = self.ctx.clock.now()
        line.completed_at = now
        if account is None or account.balance < line.charge:
            line.status = "FAILED"
            line.errors = [{"errorCode": "402.001", "errorMessage": "Insufficient funds"}]
        else:
            account.balance -= line.charge
            line.status = "COMPLETE"
            # An ordinary line item from now on: GET /lineItems shows it (and can act on it).
            self.ctx.store.line_items.create_for_order(
                order.reference_id,
                customer=order.customer,
                account=order.account,
                utid=line.utid,
                amount=line.amount,
                currency=line.currency,
                charged=line.charge,
                delivery_method=line.delivery_method,
                created_at=now,
                campaign=order.campaign,
                purchase_order_number=order.purchase_order_number,
                order_notes=line.note,
                line_number=int(line.reference_id.rpartition("-")[2]),
                external_ref=line.ref,
            )
        if order.status != "PENDING":
            order.completed_at = now
            self.announce(order)

    def announce(self, order: AsyncOrder) -> None:
        """Publish the AsyncOrderStatus event of a finished order (when webhooks are on)."""
        hub = self.ctx.webhooks
        if hub is None:
            return
        done = sum(1 for line in order.lines if line.status == "COMPLETE")
        hub.publish(
            "AsyncOrderStatus",
            {
                "externalRefID": order.external_ref_id,
                "status": order.status,
                "totalLineItems": order.total,
                "failedLineItems": order.total - done,
                "successfulLineItems": done,
                "referenceOrderId": order.reference_id,
                "accountIdentifier": order.account,
                "customerIdentifier": order.customer,
            },
        )


def _processor(request: web.Request) -> AsyncProcessor:
    found = request.app.get(_PROCESSOR)
    assert isinstance(found, AsyncProcessor)
    return found


def install(app: web.Application, ctx: EmulatorContext) -> None:
    """Give ``app`` a processor and stop it with the app."""
    created = AsyncProcessor(ctx)
    app[_PROCESSOR] = created

    async def stop(_: web.Application) -> None:
        await created.stop()

    app.on_cleanup.append(stop)


def _line_problems(
    ctx: EmulatorContext, check: Checker, account: Account, now: datetime
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The fields of one line item and its problems (reported, never raised)."""
    start = len(check.errors)
    ref = check.text("externalRefLineItemID", required=True, min_len=1, max_len=100)
    utid = check.text("utid", required=True, pattern=_UTID, pattern_key="422.125")
    amount = check.amount("amount", required=True)
    delivery = check.text("deliveryMethod", choices=DELIVERY_METHODS) or "EMAIL"
    _, recipient = _check_people(check)
    if check.present("recipient") is False:
        check.problem("recipient", "422.128", constraint="NotNull")
    check.text("etid", pattern=_ETID, pattern_key="422.124")
    check.text("lineItemNote", max_len=150)
    quantity = check.raw("quantity")
    if quantity is not None and (not isinstance(quantity, int) or isinstance(quantity, bool) or quantity < 1):
        check.invalid("quantity", "must be at least 1", "Min", quantity)
    when: datetime | None = None
    raw_date = check.text("deliveryDate")
    if raw_date is not None:
        try:
            when = datetime.fromisoformat(raw_date.replace("Z", "+00:00"))
            if when.tzinfo is None:
                when = when.replace(tzinfo=now.tzinfo)
        except ValueError:
            check.invalid("deliveryDate", "must be an ISO-8601 date-time", "Format", raw_date)
        else:
            if when < now + MIN_DELIVERY_AHEAD:
                check.invalid("deliveryDate", "must be at least 7 days in the future", "Future", raw_date)
                when = None
    item = None
    if utid is not None and amount is not None and len(check.errors) == start:
        item = _check_item(ctx, check, utid, amount)
        _check_delivery(check, delivery, recipient)
    fields = {
        "ref": ref,
        "delivery": delivery,
        "utid": item.utid if item is not None else utid,
        "item": item,
        "amount": amount,
        "email": (recipient or {}).get("email") or None,
        "recipient": recipient,
        "delivery_date": when,
        "note": check.raw("lineItemNote"),
        "quantity": quantity if isinstance(quantity, int) and not isinstance(quantity, bool) else 1,
    }
    return fields, check.errors[start:]


def _validation_error(error: dict[str, Any]) -> dict[str, Any]:
    """A field error as the async endpoints show it (ValidationErrorDto)."""
    return {
        "field": error.get("path"),
        "errorCodeValue": error.get("i18nKey"),
        "errorCodeName": error.get("constraint") or error.get("code"),
        "message": error.get("message"),
    }


def _entity(order: AsyncOrder) -> dict[str, Any]:
    """AsyncOrderEntity: the answer to a POST."""
    return {
        "externalRefID": order.external_ref_id,
        "referenceOrderID": order.reference_id,
        "status": order.status,
        "totalLineItems": order.total,
        "createdAt": iso_millis(order.created_at),
        "failedLineItems": order.failed,
        "duplicateLineItemRefIds": order.duplicates,
    }


async def create_async_order(request: web.Request) -> web.StreamResponse:
    """POST /asyncOrders: 202 a new order; 200 the original for a repeated externalRefID."""
    ctx = context(request)
    store = ctx.store
    check = Checker(await read_object(request))
    customer_id = check.text("customerIdentifier", required=True, min_len=5, max_len=100, pattern=IDENTIFIER)
    account_id = check.text("accountIdentifier", required=True, min_len=5, max_len=100, pattern=IDENTIFIER)
    external_ref = check.text("externalRefID", required=True, min_len=1, max_len=100, size_key="422.110")
    campaign = check.text("campaign", max_len=1024)
    purchase_order = check.text("purchaseOrderNumber")
    notes = check.text("notes", max_len=1024)
    sender, _ = _check_people(Checker({"sender": check.raw("sender")}, errors=check.errors))
    lines = check.nested_list("lineItems")
    if lines is None and not check.present("lineItems"):
        check.problem("lineItems", "422.128", constraint="NotNull")
    elif lines is not None and not lines:
        check.problem("lineItems", "422.135", constraint="NotEmpty")
    check.raise_if_any()
    assert customer_id is not None
    assert account_id is not None
    assert external_ref is not None
    assert lines is not None

    account = store.account_of(customer_id, account_id)
    if account is None:
        raise V2Error(404, "404.096")
    proc = _processor(request)
    books = proc.books
    key = (account.identifier, external_ref)
    if (existing := books.orders.get(key)) is not None:
        return json_response(_entity(existing), 200)

    now = ctx.clock.now()
    n = store.next_number("v2-order")
    reference = f"RA{now:%y%m%d}-{n:05d}-{n * 37 % 100:02d}"
    used = books.line_refs.setdefault(account.identifier, set())
    seen: dict[str, int] = {}
    accepted: list[AsyncLine] = []
    failed: list[dict[str, Any]] = []
    duplicates: dict[str, int] = {}
    for index, line_check in enumerate(lines):
        line_check.errors = []
        fields, problems = _line_problems(ctx, line_check, account, now)
        ref = fields["ref"]
        line_id = f"{reference}-{index + 1:02d}"
        if problems:
            failed.append(
                {
                    "lineItemId": index + 1,
                    "externalRefLineItemID": ref,
                    "utid": fields["utid"],
                    "errors": [_validation_error(e) for e in problems],
                }
            )
            continue
        assert ref is not None
        seen[ref] = seen.get(ref, 0) + 1
        if seen[ref] > 1 or ref in used:
            duplicates[ref] = duplicates.get(ref, 0) + 1
            continue
        item = fields["item"]
        charge = charge_for(ctx, item, fields["amount"], account).total * fields["quantity"]
        accepted.append(
            AsyncLine(
                ref=ref,
                reference_id=line_id,
                utid=item.utid,
                amount=to_money(fields["amount"]),
                currency=item.currency,
                charge=charge,
                email=fields["email"],
                delivery_date=fields["delivery_date"],
                delivery_method=fields["delivery"],
                status="SCHEDULED" if fields["delivery_date"] is not None else "PENDING",
                note=fields["note"],
                quantity=fields["quantity"],
                reward_name=item.reward_name,
                recipient=fields["recipient"],
            )
        )
    need = sum((line.charge for line in accepted), Decimal(0))
    owed = books.owed.get(account.identifier, Decimal(0))
    if accepted and account.balance - owed < need:
        raise V2Error(402, "402.001")
    order = AsyncOrder(
        reference_id=reference,
        external_ref_id=external_ref,
        customer=account.customer,
        account=account.identifier,
        created_at=now,
        total=len(lines),
        lines=accepted,
        failed=failed,
        duplicates=duplicates,
        campaign=campaign,
        purchase_order_number=purchase_order,
        notes=notes,
        sender=sender,
    )
    books.orders[key] = order
    books.by_account.setdefault(account.identifier, []).append(order)
    books.owed[account.identifier] = owed + need
    for line in accepted:
        used.add(line.ref)
        books.lines[line.reference_id] = (order, line)
        if line.delivery_date is not None:
            proc.scheduled.append((order, line))
        else:
            proc.queue.append((order, line))
    if not accepted:
        order.completed_at = now
        proc.announce(order)
    proc.kick()
    return json_response(_entity(order), 202)


def _require(request: web.Request) -> AsyncOrder:
    match = request.match_info
    ctx = context(request)
    account = ctx.store.account_of(match["customerIdentifier"], match["accountIdentifier"])
    if account is None:
        raise V2Error(404, "404.096")
    order = _processor(request).books.orders.get((account.identifier, match["externalRefID"]))
    if order is None:
        raise V2Error(404, "404.017")
    return order


def _charged(line: AsyncLine) -> dict[str, Any]:
    """MoneyView of what the line charged (zero until it completes)."""
    value = line.charge if line.status == "COMPLETE" else Decimal("0.00")
    return {
        "value": to_money(value),
        "currencyCode": line.currency,
        "exchangeRate": 1,
        "fee": 0,
        "total": to_money(value),
    }


def _line_view(order: AsyncOrder, line: AsyncLine) -> dict[str, Any]:
    """AsyncLineItemViewVerbose: one line of the line-items page."""
    done = line.status == "COMPLETE"
    return {
        "referenceLineItemID": line.reference_id,
        "externalRefLineItemID": line.ref,
        "lineItemStatus": line.status,
        "lineItemErrors": line.errors or [],
        "deliveryStatus": "DELIVERED" if done else "PENDING",
        "deliveryMethod": line.delivery_method,
        "scheduledDeliveryDate": iso_millis(line.delivery_date) if line.delivery_date else None,
        "deliveryDate": iso_millis(line.completed_at) if done and line.completed_at else None,
        "utid": line.utid,
        "canCancel": done,
        "canFreeze": done,
        "rewardName": line.reward_name,
        "quantity": line.quantity,
        "amountIssued": {"value": line.amount, "currencyCode": line.currency},
        "amountCharged": _charged(line),
        "dateIssued": iso_millis(line.completed_at) if done and line.completed_at else None,
        "recipient": line.recipient,
        "lineItemNotes": line.note,
    }


def _detail_line_view(line: AsyncLine) -> dict[str, Any]:
    """AsyncLineItemView: one line of the order's detail (note referenceLineItemId)."""
    return {
        "referenceLineItemId": line.reference_id,
        "externalRefLineItemID": line.ref,
        "lineItemStatus": line.status,
        "deliveryStatus": "DELIVERED" if line.status == "COMPLETE" else "PENDING",
        "recipient": line.recipient,
        "deliveryMethod": line.delivery_method,
        "rewardName": line.reward_name,
        "quantity": line.quantity,
        "amount": line.amount,
        "amountCharged": _charged(line),
        "scheduledDeliveryDate": iso_millis(line.delivery_date) if line.delivery_date else None,
        "lineItemErrors": line.errors or [],
    }


def _charge(order: AsyncOrder) -> dict[str, Any]:
    """AsyncOrderAmountChargedDTO: what the order's completed lines charged."""
    charged = to_money(sum((line.charge for line in order.lines if line.status == "COMPLETE"), Decimal(0)))
    currency = order.lines[0].currency if order.lines else None
    return {"currencyCode": currency, "value": charged, "total": charged, "shippingFee": to_money(Decimal(0))}


def _order_view(order: AsyncOrder) -> dict[str, Any]:
    """AsyncOrderView: one order of GET /asyncOrders."""
    return {
        "createdAt": iso_millis(order.created_at),
        "referenceOrderID": order.reference_id,
        "externalRefID": order.external_ref_id,
        "customerIdentifier": order.customer,
        "accountIdentifier": order.account,
        "sender": order.sender,
        "campaign": order.campaign,
        "purchaseOrderNumber": order.purchase_order_number,
        "notes": order.notes,
        "orderStatus": order.status,
        "totalLineItemsRows": order.total,
        "amountCharged": _charge(order),
    }


def _detail(order: AsyncOrder, page: Sequence[AsyncLine], meta: dict[str, Any]) -> dict[str, Any]:
    """AsyncOrderDetailView: the order and a page of its lines."""
    return {
        "referenceOrderID": order.reference_id,
        "externalRefID": order.external_ref_id,
        "orderStatus": order.status,
        "createdAt": iso_millis(order.created_at),
        "completedAt": iso_millis(order.completed_at) if order.completed_at else None,
        "customerIdentifier": order.customer,
        "accountIdentifier": order.account,
        "sender": order.sender,
        "amountCharged": _charge(order),
        "campaign": order.campaign,
        "purchaseOrderNumber": order.purchase_order_number,
        "notes": order.notes,
        "totalLineItems": order.total,
        "pagination": meta,
        "orderErrors": [],
        "lineItems": [_detail_line_view(line) for line in page],
    }


def _lines_of(request: web.Request, order: AsyncOrder) -> list[AsyncLine]:
    q = request.query
    chosen: list[AsyncLine] = order.lines
    if parse_bool(q, "failedOnly", False):
        chosen = [line for line in chosen if line.status == "FAILED"]
    refs = set(q.getall("externalRefLineItemIDs", []))
    ids = set(q.getall("referenceLineItemIDs", []))
    if len(refs) > 50 or len(ids) > 50:
        raise V2Error.single(400, "422.102", "line item ids", "at most 50 ids", path="externalRefLineItemIDs")
    if refs:
        chosen = [line for line in chosen if line.ref in refs]
    if ids:
        chosen = [line for line in chosen if line.reference_id in ids]
    return chosen


async def get_async_order(request: web.Request) -> web.StreamResponse:
    """GET /asyncOrders/customers/{c}/accounts/{a}/{externalRefID}: the summary and a page of lines."""
    _processor(request).kick()
    order = _require(request)
    page, meta = cursor_page(_lines_of(request, order), request.query, default_max=100, max_allowed=500)
    return json_response(_detail(order, page, meta))


async def list_async_line_items(request: web.Request) -> web.StreamResponse:
    """GET .../{externalRefID}/lineItems: a page of the order's line items (failedOnly, id filters)."""
    _processor(request).kick()
    order = _require(request)
    page, meta = cursor_page(_lines_of(request, order), request.query, default_max=50, max_allowed=100)
    return json_response(
        {
            "referenceOrderID": order.reference_id,
            "externalRefID": order.external_ref_id,
            "accountIdentifier": order.account,
            "customerIdentifier": order.customer,
            "sender": order.sender,
            "amountCharged": _charge(order),
            "purchaseOrderNumber": order.purchase_order_number,
            "campaign": order.campaign,
            "orderNotes": order.notes,
            "orderStatus": order.status,
            "orderErrors": [],
            "pagination": meta,
            "lineItems": [_line_view(order, line) for line in page],
        }
    )


def _order_filter(q: MultiMapping[str]) -> Callable[[AsyncOrder], bool]:
    """What GET /asyncOrders keeps, from OAS26's filters on the order (dates on its creation, status,
    campaign, purchase order number, notes) and on its line items (any line matching is enough)."""
    start, end = date_param(q, "startDate"), date_param(q, "endDate")
    low, high = decimal_param(q, "minAmount"), decimal_param(q, "maxAmount")
    customer = q.get("customerIdentifier")
    ref = q.get("externalRefID")
    status = (q.get("orderStatus") or q.get("status") or "").upper()
    campaign = q.get("campaign")
    purchase_order = q.get("purchaseOrderNumber")
    notes = (q.get("notes") or "").lower()
    utid = q.get("utid")
    currency = (q.get("currencyCode") or "").upper()
    line_status = (q.get("lineItemStatus") or "").upper()
    delivery = (q.get("deliveryMethod") or "").upper()
    email = (q.get("recipientEmail") or "").lower()
    line_notes = (q.get("lineItemNotes") or "").lower()
    per_line = bool(low is not None or high is not None or utid or currency or line_status or delivery)
    per_line = per_line or bool(email or line_notes)

    def line_matches(line: AsyncLine) -> bool:
        return (
            (low is None or line.amount >= low)
            and (high is None or line.amount <= high)
            and (not utid or line.utid == utid)
            and (not currency or line.currency == currency)
            and (not line_status or line.status == line_status)
            and (not delivery or line.delivery_method == delivery)
            and (not email or (line.email or "").lower() == email)
            and (not line_notes or line_notes in (line.note or "").lower())
        )

    def keep(order: AsyncOrder) -> bool:
        return (
            (not customer or order.customer == customer)
            and (not ref or order.external_ref_id == ref)
            and (start is None or order.created_at >= start)
            and (end is None or order.created_at <= end)
            and (not status or order.status == status)
            and (not campaign or order.campaign == campaign)
            and (not purchase_order or order.purchase_order_number == purchase_order)
            and (not notes or notes in (order.notes or "").lower())
            and (not per_line or any(line_matches(line) for line in order.lines))
        )

    return keep


async def list_async_orders(request: web.Request) -> web.StreamResponse:
    """GET /asyncOrders: cursor pages of order summaries, filtered as :func:`_order_filter` says."""
    books = _processor(request).books
    q = request.query
    account_id = q.get("accountIdentifier")
    if account_id:
        candidates = books.by_account.get(account_id, [])
    else:
        candidates = [order for orders in books.by_account.values() for order in orders]
    keep = _order_filter(q)
    matching = [order for order in candidates if keep(order)]
    page, meta = cursor_page(matching, q, default_max=10, max_allowed=200)
    listed = {
        k: meta[k]
        for k in ("prevCursor", "nextCursor", "prevPageAvailable", "nextPageAvailable", "maxResults")
        if k in meta
    }
    return json_response({**listed, "orders": [_order_view(order) for order in page]})


async def update_async_order(request: web.Request) -> web.StreamResponse:
    """PATCH .../{externalRefID}: campaign, purchaseOrderNumber, notes (<= 150)."""
    order = _require(request)
    check = Checker(await read_object(request))
    campaign = check.text("campaign", max_len=1024)
    purchase_order = check.text("purchaseOrderNumber")
    notes = check.text("notes", max_len=150)
    check.raise_if_any()
    if campaign is not None:
        order.campaign = campaign
    if purchase_order is not None:
        order.purchase_order_number = purchase_order
    if notes is not None:
        order.notes = notes
    page, meta = cursor_page(order.lines, {}, default_max=100, max_allowed=500)
    return json_response(_detail(order, page, meta))


async def update_async_line_item(request: web.Request) -> web.StreamResponse:
    """PATCH /asyncOrders/lineItems/{referenceLineItemId}: note (<= 150) and deliveryDate -> 201."""
    ctx = context(request)
    found = _processor(request).books.lines.get(request.match_info["referenceLineItemId"])
    if found is None:
        raise V2Error(404, "404.017")
    _, line = found
    check = Checker(await read_object(request))
    note = check.text("lineItemNote", max_len=150)
    raw_date = check.text("deliveryDate")
    when: datetime | None = None
    if raw_date is not None:
        try:
            when = datetime.fromisoformat(raw_date.replace("Z", "+00:00"))
        except ValueError:
            check.invalid("deliveryDate", "must be an ISO-8601 date-time", "Format", raw_date)
        else:
            if when.tzinfo is None:
                when = when.replace(tzinfo=ctx.clock.now().tzinfo)
            if when < ctx.clock.now() + MIN_DELIVERY_AHEAD:
                check.invalid("deliveryDate", "must be at least 7 days in the future", "Future", raw_date)
                when = None
            elif line.status != "SCHEDULED":
                check.invalid("deliveryDate", "only a scheduled line item can move", "State", raw_date)
                when = None
    sender = check.nested("senderInfo")
    check.raise_if_any()
    if note is not None:
        line.note = note
    if when is not None:
        line.delivery_date = when
    return json_response(
        {
            "deliveryDate": iso_millis(line.delivery_date) if line.delivery_date else None,
            "note": line.note,
            "senderInfo": check.raw("senderInfo") if sender is not None else None,
        },
        201,
    )


async def reason_codes(request: web.Request) -> web.StreamResponse:
    """GET /asyncOrders/reasonCodes: {reasonCodes: {ACTION: {code: description}}}."""
    return json_response({"reasonCodes": REASON_CODES})
