"""v2 orders: create (idempotent per account by externalRefID), list, get, resend."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from aiohttp import web

from aioraas.emulator.catalog import Item
from aioraas.emulator.clock import iso_millis
from aioraas.emulator.context import EmulatorContext, context
from aioraas.emulator.errors import V2Error
from aioraas.emulator.incoming import read_object
from aioraas.emulator.jsonio import JSON_CONTENT_TYPE, json_response
from aioraas.emulator.line_items import COMPLETE
from aioraas.emulator.money import to_money
from aioraas.emulator.pagination import page_window
from aioraas.emulator.pricing import Charge, charge_for
from aioraas.emulator.state import Account, DigitalTemplate, Order
from aioraas.emulator.v2.query import date_param, decimal_param
from aioraas.emulator.v2.validate import IDENTIFIER, Checker

__all__ = ["create_order", "get_order", "list_orders", "resend_order"]

DELIVERY_METHODS = ("NONE", "EMAIL", "PHONE", "ADDRESS", "EMBEDDED", "EMBEDDED_COMPONENT", "WHATSAPP")
RESEND_INTERVAL = timedelta(hours=24)
MAX_DATE_RANGE = timedelta(days=100)
_UTID = re.compile(r"[uU][0-9]+")
_ETID = re.compile(r"[eE][0-9]{6}")
_PTID = re.compile(r"[pP][0-9]+")
_E164 = re.compile(r"\+[1-9][0-9]{1,14}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+")
# Which recipient field each delivery method needs.
_RECIPIENT_NEEDS = {
    "EMAIL": "email",
    "PHONE": "mobileNumber",
    "WHATSAPP": "mobileNumber",
    "ADDRESS": "address",
}


def _check_people(check: Checker) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """The sender and recipient as the response shows them (missing names are empty strings).

    Only AddressCriteria has lengths in OAS26; a recipient email or mobile number that cannot be
    delivered to is a 422.028 ("Failed field: ...").
    """
    sender = {"firstName": "", "lastName": "", "email": ""}
    if "sender" in check.sent and (person := check.nested("sender")):
        sender["firstName"] = person.text("firstName") or ""
        sender["lastName"] = person.text("lastName") or ""
        sender["email"] = person.text("email") or ""
    recipient: dict[str, Any] | None = None
    if person := check.nested("recipient"):
        recipient = {
            "firstName": person.text("firstName") or "",
            "lastName": person.text("lastName") or "",
            "email": person.text("email") or "",
        }
        if recipient["email"] and not _EMAIL.fullmatch(recipient["email"]):
            person.problem(
                "email", "422.028", "email", constraint="Email", value=recipient["email"], validation=False
            )
        if "mobileNumber" in person.sent and (mobile := person.text("mobileNumber")) is not None:
            if not _E164.fullmatch(mobile):
                person.problem(
                    "mobileNumber",
                    "422.028",
                    "mobileNumber",
                    constraint="E164",
                    value=mobile,
                    validation=False,
                )
            recipient["mobileNumber"] = mobile
        if "address" in person.sent and (address := person.nested("address")):
            fields = {
                "companyName": address.text("companyName"),
                "streetLine1": address.text("streetLine1", required=True, max_len=200),
                "streetLine2": address.text("streetLine2", max_len=100),
                "city": address.text("city", required=True, max_len=60),
                "stateOrProvince": address.text("stateOrProvince", max_len=60),
                "postalCode": address.text("postalCode", required=True, max_len=12),
                "country": address.text("country", required=True, min_len=2, max_len=2),
            }
            recipient["address"] = {k: v for k, v in fields.items() if v is not None}
    return sender, recipient


def _check_item(ctx: EmulatorContext, check: Checker, utid: str, amount: Decimal) -> Item | None:
    """The ordered item, after the catalog rules (422.024-422.030)."""
    item = ctx.catalog.by_utid.get(utid.upper())
    if item is None:
        # Tango's documented example: HTTP 400, 422.024 inside errors[] with code 400500.
        check.problem("utid", "422.024", constraint="Catalog", value=utid)
        return None
    if not item.active:
        check.problem("utid", "422.030", constraint="Active", value=utid, validation=False)
        return None
    if item.face_value is not None:
        if amount != item.face_value:
            check.problem(
                "amount", "422.027", item.face_value, constraint="FaceValue", value=amount, validation=False
            )
            return None
    elif (
        item.min_value is not None
        and item.max_value is not None
        and not item.min_value <= amount <= item.max_value
    ):
        check.problem(
            "amount",
            "422.025",
            item.min_value,
            item.max_value,
            constraint="Range",
            value=amount,
            validation=False,
        )
        return None
    elif item.whole_amount_required and amount != amount.to_integral_value():
        check.problem("amount", "422.026", constraint="Whole", value=amount, validation=False)
        return None
    return item


def _check_delivery(check: Checker, delivery: str, recipient: dict[str, Any] | None) -> None:
    need = _RECIPIENT_NEEDS.get(delivery)
    if need is None:
        return
    if need == "email" and (recipient is None or not recipient.get("email")):
        check.problem("recipient.email", "422.029", constraint="Required", validation=False)
    elif recipient is None:
        check.problem("recipient", "422.028", "recipient", constraint="Required", validation=False)
    elif not recipient.get(need):
        check.problem(f"recipient.{need}", "422.028", need, constraint="Required", validation=False)


# The "RAyymmdd" of the last day an order was numbered on (one tuple, replaced whole), and the
# two-digit check numbers: formatting them cost more than the rest of numbering an order.
_last_day: tuple[tuple[int, int, int], str] = ((0, 0, 0), "")
_TWO_DIGITS = tuple(f"{k:02d}" for k in range(100))


def _reference(ctx: EmulatorContext, now: datetime) -> str:
    global _last_day
    n = ctx.store.next_number("v2-order")
    day = (now.year, now.month, now.day)
    known, prefix = _last_day
    if day != known:
        prefix = f"RA{now.year % 100:02d}{now.month:02d}{now.day:02d}"
        _last_day = (day, prefix)
    return f"{prefix}-{n:05d}-{_TWO_DIGITS[n * 37 % 100]}"


async def create_order(request: web.Request) -> web.StreamResponse:
    """POST /orders: 201 new, 200 the original order for a repeated externalRefID, 409.002 while busy."""
    ctx = context(request)
    store = ctx.store
    check = Checker(await read_object(request))
    customer_id = check.text("customerIdentifier", required=True, min_len=5, max_len=100, pattern=IDENTIFIER)
    account_id = check.text("accountIdentifier", required=True, min_len=5, max_len=100, pattern=IDENTIFIER)
    utid = check.text("utid", required=True, pattern=_UTID, pattern_key="422.125")
    amount = check.amount("amount", required=True)
    external_ref = check.text("externalRefID", max_len=100, size_key="422.110")
    send_email = check.boolean("sendEmail")
    delivery = check.text("deliveryMethod", choices=DELIVERY_METHODS) or (
        "NONE" if send_email is False else "EMAIL"
    )
    sender, recipient = _check_people(check)
    sent = check.sent  # most orders leave these out: no getter call for an absent one
    etid = check.text("etid", pattern=_ETID, pattern_key="422.124") if "etid" in sent else None
    notes = check.text("notes", max_len=1024) if "notes" in sent else None
    campaign = check.text("campaign", max_len=1024) if "campaign" in sent else None
    purchase_order = check.text("purchaseOrderNumber") if "purchaseOrderNumber" in sent else None
    email_subject = check.text("emailSubject") if "emailSubject" in sent else None
    message = check.text("message") if "message" in sent else None
    ptid = check.text("ptid", pattern=_PTID) if "ptid" in sent else None
    check.raise_if_any()
    assert customer_id is not None
    assert account_id is not None
    assert utid is not None
    assert amount is not None

    account = store.account_of(customer_id, account_id)
    if account is None:
        raise V2Error(404, "404.096")
    key = (account.identifier, external_ref) if external_ref is not None else None
    if key is not None:
        # Idempotency comes before the business rules: a repeat gets the original, whatever it asks.
        if (existing := store.order_by_external_ref(*key)) is not None:
            return web.Response(body=existing.body_json, status=200, content_type=JSON_CONTENT_TYPE)
        if key in store.in_progress:
            raise V2Error(409, "409.002", external_ref, account.number)

    item = _check_item(ctx, check, utid, amount)
    _check_delivery(check, delivery, recipient)
    template = _check_template(ctx, check, etid)
    check.raise_if_any()
    assert item is not None
    charge = charge_for(ctx, item, amount, account)
    _require_funds(account, charge)

    if ctx.processing_delay > 0:
        if key is not None:
            store.in_progress.add(key)
        try:
            await asyncio.sleep(ctx.processing_delay)
        finally:
            if key is not None:
                store.in_progress.discard(key)
        _require_funds(account, charge)  # other orders may have spent the money meanwhile

    now = ctx.clock.now()
    order = Order.create_v2(
        reference_id=_reference(ctx, now),
        customer=account.customer,
        account=account.identifier,
        account_number=account.number,
        external_ref_id=external_ref,
        item=item,
        amount=to_money(amount),
        charge_value=charge.value,
        charge_rate=charge.rate,
        charge_fee=charge.fee,
        charge_currency=charge.currency,
        delivery_method=delivery,
        created_at=now,
        sender=sender,
        recipient=recipient,
        email_subject=email_subject,
        message=message,
        notes=notes,
        campaign=campaign,
        etid=etid,
        purchase_order_number=purchase_order,
        ptid=ptid,
    )
    # Rendered by the same function that renders every later read of the order.
    answer = order.body_json
    store.record_order(account, order)
    if template is not None:
        template.used += 1
    store.line_items.add_order(order)
    return web.Response(body=answer, status=201, content_type=JSON_CONTENT_TYPE)


def _check_template(ctx: EmulatorContext, check: Checker, etid: str | None) -> DigitalTemplate | None:
    """The digital template an order names: an unknown or deleted etid is 422.031."""
    if etid is None:
        return None
    template = ctx.store.templates.get(etid.upper())
    if template is None or template.deleted:
        check.problem("etid", "422.031", constraint="Template", value=etid, validation=False)
        return None
    return template


def _require_funds(account: Account, charge: Charge) -> None:
    if account.balance < charge.total:
        raise V2Error(402, "402.001")


_VERBOSE = {
    "orderStatus": "COMPLETE",
    "lineItemStatus": "COMPLETE",
    "orderClientSource": "API",
    "orderExternalRefIdDupe": False,
}


def _list_item(order: Order) -> dict[str, Any]:
    """OrderListItemView: the verbose view without ``reward``."""
    view = {k: v for k, v in order.body.items() if k != "reward"}
    view.update(_VERBOSE)
    return view


def _require_order(request: web.Request) -> Order:
    reference = request.match_info["referenceOrderID"]
    order = context(request).store.orders.get(reference)
    if order is None or order.api != "v2":
        raise V2Error(404, "404.017")
    return order


async def get_order(request: web.Request) -> web.StreamResponse:
    """GET /orders/{referenceOrderID}: OrderViewVerbose, with the reward."""
    order = _require_order(request)
    return json_response({**order.body, **_VERBOSE})


def _person_filter(q: Mapping[str, str]) -> Callable[[Order], bool]:
    """The sender* and recipient* filters: each a case-insensitive match of that field."""
    wanted = {
        (person, field): q[f"{person}{field[0].upper()}{field[1:]}"].lower()
        for person, fields in (
            ("sender", ("firstName", "lastName", "email")),
            ("recipient", ("firstName", "lastName", "mobileNumber")),
        )
        for field in fields
        if q.get(f"{person}{field[0].upper()}{field[1:]}")
    }

    def keep(order: Order) -> bool:
        return all(
            str(order.body.get(person, {}).get(field) or "").lower() == value
            for (person, field), value in wanted.items()
        )

    return keep


def _order_filter(request: web.Request) -> Callable[[Order], bool]:
    q = request.query
    line_items = context(request).store.line_items
    people = _person_filter(q)
    ptid = (q.get("ptid") or "").upper()
    line_item_status = (q.get("lineItemStatus") or "").upper()
    notes = (q.get("notes") or "").lower()
    line_item_notes = (q.get("lineItemNotes") or "").lower()

    def line_items_match(order: Order) -> bool:
        if not line_item_status and not line_item_notes:
            return True
        items = line_items.of_order(order.reference_id)
        return (not line_item_status or any(i.status == line_item_status for i in items)) and (
            not line_item_notes or any(line_item_notes in (i.order_notes or "").lower() for i in items)
        )

    start, end = date_param(q, "startDate"), date_param(q, "endDate")
    if start and end and end - start > MAX_DATE_RANGE:
        raise V2Error.single(422, "422.043", path="endDate")
    low, high = decimal_param(q, "minAmount"), decimal_param(q, "maxAmount")
    exact = {
        name: q[name]
        for name in ("customerIdentifier", "externalRefID", "utid", "campaign", "deliveryMethod")
        if q.get(name)
    }
    currency = (q.get("currencyCode") or "").upper()
    reward_name = (q.get("rewardName") or "").lower()
    recipient_email = (q.get("recipientEmail") or "").lower()
    status = (q.get("orderStatus") or q.get("status") or "").upper()

    reads_body = bool(exact or reward_name or recipient_email or ptid or notes)

    def keep(order: Order) -> bool:
        body = order.body if reads_body else {}
        return (
            all(body.get(name) == value for name, value in exact.items())
            and (start is None or order.created_at >= start)
            and (end is None or order.created_at <= end)
            and (low is None or order.amount >= low)
            and (high is None or order.amount <= high)
            and (not currency or order.currency == currency)
            and (not reward_name or reward_name in body["rewardName"].lower())
            and (not recipient_email or body["recipient"].get("email", "").lower() == recipient_email)
            and (not status or status == "COMPLETE")
            and (not ptid or str(body.get("ptid") or "").upper() == ptid)
            and (not notes or notes in (body.get("notes") or "").lower())
            and people(order)
            and line_items_match(order)
        )

    return keep


async def list_orders(request: web.Request) -> web.StreamResponse:
    """GET /orders: page-number pagination (``page`` from 0, ``elementsPerBlock`` up to 100)."""
    store = context(request).store
    page, size = page_window(request.query)
    account_id = request.query.get("accountIdentifier")
    if account_id:
        account = store.accounts.get(account_id)
        candidates = account.orders["v2"] if account is not None else []
    else:
        candidates = store.orders_by_api["v2"]
    keep = _order_filter(request)
    matching = [order for order in candidates if keep(order)]
    chosen = matching[page * size : (page + 1) * size]
    return json_response(
        {
            "page": {
                "number": page,
                "elementsPerBlock": size,
                "resultCount": len(chosen),
                "totalCount": len(matching),
            },
            "orders": [_list_item(order) for order in chosen],
        }
    )


async def resend_order(request: web.Request) -> web.StreamResponse:
    """POST /orders/{referenceOrderID}/resends -> 201; once per 24 h, only if Tango delivered it."""
    ctx = context(request)
    order = _require_order(request)
    check = Checker(await read_object(request, optional=True))
    new_email = check.text("newEmail")
    new_mobile = check.text("newMobile")
    check.text("newEtid")
    check.text("newDeliveryMethod", choices=DELIVERY_METHODS)
    check.raise_if_any()
    if not order.delivered_by_tango:
        raise V2Error(403, "403.003")
    line_item = ctx.store.line_items.first_of(order.reference_id)
    if line_item is not None and line_item.status != COMPLETE:
        # A frozen or cancelled reward is not sent again (docs/emulator.md, "Line items").
        raise V2Error(422, "422.152", COMPLETE, line_item.status)
    now = ctx.clock.now()
    history = ctx.store.resends.setdefault(order.reference_id, [])
    if history and now - history[-1] < RESEND_INTERVAL:
        hours = int(RESEND_INTERVAL.total_seconds() // 3600)
        raise V2Error(403, "403.004", hours, iso_millis(history[-1]))
    history.append(now)
    recipient = order.body["recipient"]
    body = {
        "id": 7_000_000 + ctx.store.next_number("resend"),
        "createdAt": iso_millis(now),
        "email": new_email or recipient.get("email") or None,
        "mobileNumber": new_mobile or recipient.get("mobileNumber"),
    }
    return json_response(body, 201)
