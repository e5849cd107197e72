"""v2 line items: list (keyset paging), get, PATCH, freeze / unfreeze / cancel, reissue, resend, embeddedUrl.

Transitions (docs/emulator.md, "Line items"): freeze COMPLETE -> FROZEN, unfreeze FROZEN ->
COMPLETE, cancel COMPLETE or FROZEN -> CANCELLED (the charge goes back to the account to the cent),
reissue COMPLETE or FROZEN -> CANCELLED plus a new COMPLETE line item. A transition to the status
the line item already has is 422.149; any other transition from the wrong status is 422.152 (cancel
of a cancelled line item: 403.010).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Mapping
from datetime import timedelta
from typing import Any

from aiohttp import web

from aioraas.emulator import events
from aioraas.emulator.clock import iso_millis
from aioraas.emulator.context import EmulatorContext, context
from aioraas.emulator.errors import V2Error
from aioraas.emulator.incoming import read_object
from aioraas.emulator.jsonio import json_response
from aioraas.emulator.line_items import CANCELLED, COMPLETE, FROZEN, MAX_REISSUES, Action, LineItem
from aioraas.emulator.money import to_money
from aioraas.emulator.pagination import parse_bool
from aioraas.emulator.pricing import charge_for
from aioraas.emulator.v2.query import bad_param, date_param
from aioraas.emulator.v2.validate import Checker

__all__ = [
    "REASON_CODES",
    "cancel",
    "embedded_url",
    "freeze",
    "get_line_item",
    "list_line_items",
    "reason_codes",
    "reissue",
    "resend",
    "unfreeze",
    "update_line_item",
]

#: GET /lineItems/reasonCodes: the codes each action takes, with their descriptions.
REASON_CODES: dict[str, dict[str, str]] = {
    "FREEZE": {
        "DELIVERY_INFO": "Delivery information is incorrect",
        "REWARD_AMOUNT": "Reward amount is incorrect",
        "REWARD_TYPE": "Reward type is incorrect",
        "VERIFY_ORDER": "The order needs to be verified",
        "FRAUD": "Suspected fraud",
        "OTHER": "Other",
    },
    "UNFREEZE": {
        "DELIVERY_INFO": "Delivery information is incorrect",
        "REWARD_AMOUNT": "Reward amount is incorrect",
        "REWARD_TYPE": "Reward type is incorrect",
        "VERIFY_ORDER": "The order needs to be verified",
        "FRAUD": "Suspected fraud",
        "OTHER": "Other",
    },
    "CANCEL": {
        "DELIVERY_INFO": "Delivery information is incorrect",
        "REWARD_AMOUNT": "Reward amount is incorrect",
        "REWARD_TYPE": "Reward type is incorrect",
        "RECIPIENT": "Wrong recipient",
        "CURRENCY": "Wrong currency",
        "RECIPIENT_REQUESTED": "The recipient asked for it",
        "RECIPIENT_OBLIGATIONS": "The recipient did not meet their obligations",
        "DUPLICATE": "Duplicate reward",
        "FRAUD": "Suspected fraud",
        "OTHER": "Other",
    },
    "CANCEL_AND_REISSUE": {
        "DELIVERY_INFO": "Delivery information is incorrect",
        "REWARD_AMOUNT": "Reward amount is incorrect",
        "REWARD_TYPE": "Reward type is incorrect",
        "RECIPIENT": "Wrong recipient",
        "CURRENCY": "Wrong currency",
        "RECIPIENT_REQUESTED": "The recipient asked for it",
        "OTHER": "Other",
    },
}
RESEND_REASONS = ("NOT_RECEIVED", "LOST_DELETED", "DELIVERY_INFO", "DELIVERY_METHOD", "REMINDER", "OTHER")
RESEND_INTERVAL = timedelta(hours=24)
_DELIVERED_BY_TANGO = ("EMAIL", "PHONE", "ADDRESS", "WHATSAPP")


def _require(request: web.Request, name: str = "referenceLineItemID") -> LineItem:
    reference = request.match_info[name]
    item = context(request).store.line_items.get(reference)
    if item is None:
        raise V2Error(404, "404.042", reference)
    return item


def line_item_view(ctx: EmulatorContext, item: LineItem, *, verbose: bool = False) -> dict[str, Any]:
    """LineItemView (LineItemViewVerbose with ``verbose``)."""
    order = ctx.store.orders.get(item.reference_order_id)
    body: Mapping[str, Any] = order.body if order is not None else {}
    account = ctx.store.accounts.get(item.account)
    frozen_or_live = item.status in (COMPLETE, FROZEN)
    view: dict[str, Any] = {
        "referenceLineItemID": item.reference_line_item_id,
        "referenceOrderID": item.reference_order_id,
        "lineNumber": item.line_number,
        "externalReferenceLineItemID": item.external_ref,
        "orderSource": "RA",
        "status": item.status,
        "orderStatus": "COMPLETE",
        "rewardStatus": item.status,
        "deliveryMethod": item.delivery_method,
        "deliveryStatus": "DELIVERED" if item.delivery_method in _DELIVERED_BY_TANGO else "NOT_APPLICABLE",
        "canCancel": frozen_or_live,
        "canFreeze": item.status == COMPLETE,
        "rewardName": body.get("rewardName"),
        "utid": item.utid,
        "etid": item.etid,
        "amountIssued": {"value": item.amount, "currencyCode": item.currency},
        "amountCharged": {"value": item.charged, "currencyCode": account.currency if account else "USD"},
        "remainingBalance": item.amount if frozen_or_live else to_money(item.amount * 0),
        "dateIssued": iso_millis(item.created_at),
        "accountIdentifier": item.account,
        "accountNumber": account.number if account is not None else None,
        "customerIdentifier": item.customer,
        "recipient": body.get("recipient"),
        "sender": body.get("sender"),
        "purchaseOrderNumber": item.purchase_order_number,
        "campaign": item.campaign,
        "orderNotes": item.order_notes,
        "lineItemActionReason": item.actions[-1].reason_code if item.actions else None,
        "reissuedFromReferenceLineItemId": item.reissued_from,
        "reissuedToReferenceLineItemId": item.reissued_to,
        "lineItemErrors": [],
        "quantity": 1,
    }
    if verbose:
        view["reward"] = body.get("reward") if item.status != CANCELLED else None
        view["resendHistory"] = [
            {"dateIssued": iso_millis(at), "deliveryMethod": item.delivery_method, "etid": item.etid}
            for at in item.resends
        ]
        view["redemptionHistory"] = []
        view["lineItemActionHistory"] = [
            {
                "action": a.action,
                "reason": a.other_reason or a.reason_code,
                "actionDate": iso_millis(a.at),
                "oldReferenceLineItemId": item.reference_line_item_id if a.new_line_item else None,
                "newReferenceLineItemId": a.new_line_item,
            }
            for a in item.actions
        ]
        view["rewardViewHistory"] = []
    return view


def _encode_key(position: int) -> str:
    return base64.b64encode(f"li:{position}".encode()).decode()


def _decode_key(raw: str) -> int:
    try:
        text = base64.b64decode(raw.encode(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        raise bad_param("pageKeys", "is not a page key of this list", raw) from None
    prefix, _, number = text.partition(":")
    if prefix != "li" or not number.isdigit():
        raise bad_param("pageKeys", "is not a page key of this list", raw)
    return int(number)


def _filter(request: web.Request) -> Callable[[LineItem], bool]:
    q = request.query
    exact = {
        "referenceOrderID": q.get("referenceOrderID"),
        "utid": q.get("utid"),
        "etid": q.get("etid"),
        "status": (q.get("status") or "").upper() or None,
        "deliveryMethod": q.get("deliveryMethod"),
        "accountIdentifier": q.get("accountIdentifier"),
        "campaign": q.get("campaign"),
        "purchaseOrderNumber": q.get("purchaseOrderNumber"),
    }
    wanted = {k: v for k, v in exact.items() if v}
    start, end = date_param(q, "startDate"), date_param(q, "endDate")
    has_balance = q.get("hasRemainingBalance")
    if has_balance is not None and has_balance.lower() not in ("true", "false"):
        raise bad_param("hasRemainingBalance", "must be true or false", has_balance)

    def keep(item: LineItem) -> bool:
        values = {
            "referenceOrderID": item.reference_order_id,
            "utid": item.utid,
            "etid": item.etid,
            "status": item.status,
            "deliveryMethod": item.delivery_method,
            "accountIdentifier": item.account,
            "campaign": item.campaign,
            "purchaseOrderNumber": item.purchase_order_number,
        }
        live = item.status != CANCELLED
        return (
            all(values[k] == v for k, v in wanted.items())
            and (start is None or item.created_at >= start)
            and (end is None or item.created_at <= end)
            and (has_balance is None or live == (has_balance.lower() == "true"))
        )

    return keep


def _page_size(query: Mapping[str, str]) -> int:
    raw = query.get("elementsPerBlock") or "10"
    if not raw.isdigit() or not 1 <= int(raw) <= 100:
        raise bad_param("elementsPerBlock", "must be an integer between 1 and 100", raw)
    return int(raw)


async def list_line_items(request: web.Request) -> web.StreamResponse:
    """GET /lineItems: keyset paging, newest first unless ``columnSortAscending=true``.

    ``pageKeys`` is the key of the last row of the previous page (``keysetPage.nextPageKeys``) or,
    with ``pagePrevious=true``, of the first row of the page after (``previousPageKeys``).
    """
    ctx = context(request)
    q = request.query
    size = _page_size(q)
    previous = parse_bool(q, "pagePrevious", False)
    ascending = parse_bool(q, "columnSortAscending", False)
    keep = _filter(request)
    everything = ctx.store.line_items
    # A row's key is its place in creation order, which never changes.
    rows = [(n, item) for n, item in enumerate(everything) if keep(item)]
    if not ascending:
        rows.reverse()
    first = 0
    keys = q.getall("pageKeys", ())
    if keys:
        anchor = _decode_key(keys[0])
        index = next((i for i, (n, _) in enumerate(rows) if n == anchor), None)
        if index is None:
            raise bad_param("pageKeys", "is not a page key of this list", keys[0])
        first = max(0, index - size) if previous else index + 1
    page = rows[first : first + size]
    has_next = first + size < len(rows)
    return json_response(
        {
            "keysetPage": {
                "nextPageKeys": [_encode_key(page[-1][0])] if page and has_next else [],
                "previousPageKeys": [_encode_key(page[0][0])] if page and first > 0 else [],
                "resultCount": len(page),
                "totalCount": len(rows),
            },
            "lineItems": [line_item_view(ctx, item) for _, item in page],
        }
    )


async def reason_codes(request: web.Request) -> web.StreamResponse:
    """GET /lineItems/reasonCodes."""
    return json_response(REASON_CODES)


async def get_line_item(request: web.Request) -> web.StreamResponse:
    """GET /lineItems/{referenceLineItemID}: LineItemViewVerbose."""
    return json_response(line_item_view(context(request), _require(request), verbose=True))


async def update_line_item(request: web.Request) -> web.StreamResponse:
    """PATCH /lineItems/{referenceLineItemID}: purchaseOrderNumber, campaign, orderNotes -> 202."""
    item = _require(request)
    check = Checker(await read_object(request))
    po = check.text("purchaseOrderNumber")
    campaign = check.text("campaign")
    notes = check.text("orderNotes")
    check.raise_if_any()
    if po is not None:
        item.purchase_order_number = po
    if campaign is not None:
        item.campaign = campaign
    if notes is not None:
        item.order_notes = notes
    return json_response("Accepted", 202)


async def _reason(request: web.Request, action: str) -> tuple[str, str | None, Checker]:
    check = Checker(await read_object(request))
    code = check.text("reasonCode", required=True, choices=REASON_CODES[action])
    other = check.text("otherReason")
    if code == "OTHER" and not other:
        check.problem("otherReason", "422.128", constraint="NotNull")
    return code or "", other, check


async def freeze(request: web.Request) -> web.StreamResponse:
    """POST /lineItems/{id}/freeze -> 202."""
    ctx = context(request)
    item = _require(request)
    code, other, check = await _reason(request, "FREEZE")
    check.raise_if_any()
    if item.status == FROZEN:
        raise V2Error(422, "422.149", item.reference_line_item_id)
    if item.status != COMPLETE:
        raise V2Error(422, "422.152", COMPLETE, item.status)
    _transition(ctx, item, FROZEN, Action("FREEZE", code, other, ctx.clock.now()))
    return json_response("Accepted", 202)


async def unfreeze(request: web.Request) -> web.StreamResponse:
    """POST /lineItems/{id}/unfreeze -> 202."""
    ctx = context(request)
    item = _require(request)
    code, other, check = await _reason(request, "UNFREEZE")
    check.raise_if_any()
    if item.status == COMPLETE:
        raise V2Error(422, "422.149", item.reference_line_item_id)
    if item.status != FROZEN:
        raise V2Error(422, "422.152", FROZEN, item.status)
    _transition(ctx, item, COMPLETE, Action("UNFREEZE", code, other, ctx.clock.now()))
    return json_response("Accepted", 202)


def _cancel(ctx: EmulatorContext, item: LineItem, action: Action) -> None:
    if item.status == CANCELLED:
        raise V2Error(403, "403.010", item.status)
    account = ctx.store.accounts[item.account]
    _transition(ctx, item, CANCELLED, action)
    ctx.store.refund(account, item.charged)


async def cancel(request: web.Request) -> web.StreamResponse:
    """POST /lineItems/{id}/cancel -> 202; the line item's charge goes back to the account."""
    ctx = context(request)
    item = _require(request)
    code, other, check = await _reason(request, "CANCEL")
    check.raise_if_any()
    _cancel(ctx, item, Action("CANCEL", code, other, ctx.clock.now()))
    return json_response("Accepted", 202)


def _transition(ctx: EmulatorContext, item: LineItem, status: str, action: Action) -> None:
    item.status = status
    item.actions += (action,)
    events.publish(
        ctx.store,
        "RewardStatus",
        {
            "referenceLineItemId": item.reference_line_item_id,
            "action": action.action,
            "reasonCode": action.reason_code,
            "reason": action.other_reason,
            "status": status,
            "newReferenceLineItemId": action.new_line_item,
        },
    )


async def reissue(request: web.Request) -> web.StreamResponse:
    """POST /lineItems/{id}/reissue -> 201 OrderViewSummary naming the new line item."""
    ctx = context(request)
    store = ctx.store
    old = _require(request)
    code, other, check = await _reason(request, "CANCEL_AND_REISSUE")
    amount = check.amount("amount")
    delivery = check.text("deliveryMethod")
    check.text("notes", max_len=150)
    check.nested("recipient")
    check.raise_if_any()
    if old.status == CANCELLED:
        raise V2Error(422, "422.152", COMPLETE, old.status)
    if old.reissue_count >= MAX_REISSUES:
        raise V2Error(403, "403.022")
    account = store.accounts[old.account]
    catalog_item = ctx.catalog.by_utid[old.utid]
    new_amount = to_money(amount) if amount is not None else old.amount
    charge = charge_for(ctx, catalog_item, new_amount, account)
    if account.balance + old.charged < charge.total:
        raise V2Error(402, "402.001")
    now = ctx.clock.now()
    new = store.line_items.create_for_order(
        old.reference_order_id,
        customer=old.customer,
        account=old.account,
        utid=old.utid,
        amount=new_amount,
        currency=old.currency,
        charged=charge.total,
        delivery_method=delivery or old.delivery_method,
        created_at=now,
        etid=old.etid,
        purchase_order_number=old.purchase_order_number,
        campaign=old.campaign,
        order_notes=old.order_notes,
        reissued_from=old.reference_line_item_id,
    )
    new.reissue_count = old.reissue_count + 1
    old.reissued_to = new.reference_line_item_id
    _cancel(ctx, old, Action("CANCEL_AND_REISSUE", code, other, now, new.reference_line_item_id))
    account.balance -= charge.total
    store.check_alerts(account)
    order = store.orders.get(old.reference_order_id)
    body = dict(order.body) if order is not None else {}
    body.update(
        {
            "referenceLineItemID": new.reference_line_item_id,
            "denomination": {"value": new.amount, "currencyCode": new.currency},
            "amountCharged": {"value": charge.value, "currencyCode": charge.currency, "total": charge.total},
            "deliveryMethod": new.delivery_method,
            "createdAt": iso_millis(now),
        }
    )
    return json_response(body, 201)


async def resend(request: web.Request) -> web.StreamResponse:
    """POST /lineItems/{id}/resends -> 201 ResendView; not for a frozen or cancelled line item."""
    ctx = context(request)
    item = _require(request, "referenceLineItemId")
    check = Checker(await read_object(request, optional=True))
    delivery = check.text("newDeliveryMethod")
    email = check.text("newEmail")
    mobile = check.text("newMobileNumber")
    check.text("newEtid")
    code = check.text("reasonCode", choices=RESEND_REASONS)
    other = check.text("otherReason")
    check.raise_if_any()
    if item.status != COMPLETE:
        raise V2Error(422, "422.152", COMPLETE, item.status)
    now = ctx.clock.now()
    if item.resends and now - item.resends[-1] < RESEND_INTERVAL:
        raise V2Error(403, "403.023")
    item.resends += (now,)
    order = ctx.store.orders.get(item.reference_order_id)
    recipient = order.body["recipient"] if order is not None else {}
    return json_response(
        {
            "id": 7_000_000 + ctx.store.next_number("resend"),
            "createdAt": iso_millis(now),
            "email": email or recipient.get("email") or None,
            "mobileNumber": mobile or recipient.get("mobileNumber"),
            "deliveryMethod": delivery or item.delivery_method,
            "reasonCode": code,
            "otherReason": other,
        },
        201,
    )


async def embedded_url(request: web.Request) -> web.StreamResponse:
    """GET /lineItems/{id}/embeddedUrl -> {url}; a frozen or cancelled reward cannot be redeemed."""
    item = _require(request)
    if item.status != COMPLETE:
        raise V2Error(422, "422.152", COMPLETE, item.status)
    return json_response({"url": f"https://rewards.example.com/embedded/{item.reference_line_item_id}"})
