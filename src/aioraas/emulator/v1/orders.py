"""v1 orders: place (amounts in cents), get, list with offset/limit, and resend."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from aiohttp import web

from aioraas.emulator.catalog import Item
from aioraas.emulator.context import context
from aioraas.emulator.credentials import reward_for, v1_reward
from aioraas.emulator.errors import V1Error, v1_validation
from aioraas.emulator.incoming import read_object
from aioraas.emulator.money import cents, from_cents
from aioraas.emulator.pagination import offset_window
from aioraas.emulator.pricing import charge_for
from aioraas.emulator.state import Order
from aioraas.emulator.v1.common import base_url, ok, require_account
from aioraas.emulator.v1.validate import ACCOUNT_IDENTIFIER, EMAIL, V1Checker

__all__ = ["create_order", "get_order", "list_orders", "resend_order"]

RESEND_INTERVAL = timedelta(hours=24)


def _check_amount(check: V1Checker, item: Item, amount: int | None) -> None:
    """Variable SKUs need an amount within their range; fixed SKUs take none."""
    if item.face_value is not None:
        if amount is not None:
            check.problem("amount", "must not be given for a fixed-price sku")
        return
    assert item.min_value is not None
    assert item.max_value is not None
    low, high = cents(item.min_value), cents(item.max_value)
    if amount is None:
        check.problem("amount", "is required for a variable-price sku")
    elif not low <= amount <= high:
        check.problem("amount", f"must be between {low} and {high} for this sku")
    elif item.whole_amount_required and amount % 100:
        check.problem("amount", "must be a whole amount (a multiple of 100 cents) for this sku")


async def create_order(request: web.Request) -> web.StreamResponse:
    """POST /orders -> 201 ``{order}``; ``send_reward: false`` returns the reward credentials."""
    ctx = context(request)
    check = V1Checker(await read_object(request))
    customer = check.text("customer", min_len=3, max_len=96)
    identifier = check.text("account_identifier", pattern=ACCOUNT_IDENTIFIER)
    recipient = {}
    if person := check.nested("recipient"):
        recipient = {
            "name": person.text("name", min_len=2, max_len=255),
            "email": person.text("email", pattern=EMAIL),
        }
    sku = check.text("sku")
    amount = check.cents("amount", required=False, minimum=1, maximum=100_000)
    subject = check.text("reward_subject", required=False, min_len=1, max_len=255)
    message = check.text("reward_message", required=False, max_len=255)
    sender = check.text("reward_from", required=False, max_len=255)
    campaign = check.text("campaign", required=False)
    send_reward = check.boolean("send_reward")
    check.raise_if_any()
    assert customer is not None
    assert identifier is not None
    assert sku is not None
    account = require_account(request, customer, identifier)
    item = ctx.catalog.by_sku.get(sku)
    if item is None or not item.active:
        raise v1_validation([("sku", "is not a known sku" if item is None else "is not available")])
    _check_amount(check, item, amount)
    check.raise_if_any()
    face = from_cents(amount) if amount is not None else item.face_value
    assert face is not None
    charge = charge_for(ctx, item, face, account)
    if account.balance < charge.total:
        raise V1Error(
            400,
            "The account does not have enough funds for this order.",
            reason="Funding Failed",
            available_balance=cents(account.balance),
        )
    store = ctx.store
    n = store.next_number("v1-order")
    order_id = f"{100 + n // 10_000}-{n % 10_000:04d}-{n % 89 + 10:02d}"
    now = ctx.clock.now()
    body: dict[str, Any] = {
        "order_id": order_id,
        "customer": account.customer,
        "account_identifier": account.identifier,
        "sku": item.sku,
        "amount": cents(face),
        "denomination": {"value": cents(face), "currency_code": item.currency},
        "amount_charged": {"value": cents(charge.total), "currency_code": charge.currency},
        "reward_message": message,
        "reward_subject": subject,
        "reward_from": sender,
        "campaign": campaign,
        "delivered_at": now.replace(microsecond=0).isoformat(),
        "recipient": recipient,
    }
    if send_reward is False:
        body["reward"] = v1_reward(reward_for(item, order_id, now), f"{order_id}-{n:06d}")
    order = Order.create(
        api="v1",
        reference_id=order_id,
        customer=account.customer,
        account=account.identifier,
        external_ref_id=None,
        utid=item.utid,
        sku=item.sku,
        amount=face,
        currency=item.currency,
        charged=charge.total,
        delivery_method="NONE" if send_reward is False else "EMAIL",
        created_at=now,
        body=body,
    )
    store.record_order(account, order)
    location = f"{base_url(request)}/orders/{order_id}"
    return ok({"order": body}, 201, {"Location": location})


def _require_order(request: web.Request) -> Order:
    order_id = request.match_info["order_id"]
    order = context(request).store.orders.get(order_id)
    if order is None or order.api != "v1":
        raise V1Error(404, f"Order '{order_id}' was not found.")
    return order


async def get_order(request: web.Request) -> web.StreamResponse:
    """GET /orders/{order_id}."""
    return ok({"order": _require_order(request).body})


def _date(name: str, raw: str | None) -> datetime | None:
    if not raw:
        return None
    try:
        value = datetime.fromisoformat(raw.replace(" ", "+"))
    except ValueError:
        raise v1_validation([(name, "must be an ISO 8601 date-time")]) from None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


async def list_orders(request: web.Request) -> web.StreamResponse:
    """GET /orders?start_date&end_date&offset&limit&customer&account_identifier."""
    store = context(request).store
    q = request.query
    offset, limit = offset_window(q)
    start, end = _date("start_date", q.get("start_date")), _date("end_date", q.get("end_date"))
    customer, identifier = q.get("customer"), q.get("account_identifier")
    if identifier:
        account = store.accounts.get(identifier)
        candidates = account.orders["v1"] if account is not None else []
    else:
        candidates = store.orders_by_api["v1"]
    matching = [
        o
        for o in candidates
        if (not customer or o.customer == customer)
        and (start is None or o.created_at >= start)
        and (end is None or o.created_at <= end)
    ]
    chosen = matching[offset : offset + limit]
    return ok(
        {
            "offset": offset,
            "limit": limit,
            "start_date": q.get("start_date"),
            "end_date": q.get("end_date"),
            "result_count": len(chosen),
            "total_count": len(matching),
            "orders": [{k: v for k, v in o.body.items() if k != "reward"} for o in chosen],
        }
    )


async def resend_order(request: web.Request) -> web.StreamResponse:
    """POST /orders/{order_id}/resend: only for ``send_reward`` orders, once per 24 hours."""
    ctx = context(request)
    order = _require_order(request)
    if not order.delivered_by_tango:
        raise V1Error(403, "This order was placed with send_reward=false, so it cannot be resent.")
    now = ctx.clock.now()
    history = ctx.store.resends.setdefault(order.reference_id, [])
    if history and now - history[-1] < RESEND_INTERVAL:
        last = history[-1].replace(microsecond=0).isoformat()
        raise V1Error(403, f"This order was last resent at {last}; it can be resent once every 24 hours.")
    history.append(now)
    return ok({})
