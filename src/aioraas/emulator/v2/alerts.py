"""v2 low-balance alerts under ``/customers/{c}/accounts/{a}/lowbalance``: list, create, get, update, delete.

The store marks an alert when the account's balance falls below its threshold
(:meth:`~aioraas.emulator.state.Store.check_alerts`, called after every balance change).
"""

from __future__ import annotations

import math
import uuid
from typing import Any

from aiohttp import web

from aioraas.emulator.clock import iso_millis
from aioraas.emulator.context import context
from aioraas.emulator.errors import V2Error
from aioraas.emulator.incoming import read_object
from aioraas.emulator.jsonio import json_response
from aioraas.emulator.money import to_money
from aioraas.emulator.pagination import page_window
from aioraas.emulator.state import Account, LowBalanceAlert
from aioraas.emulator.v2.accounts import require_account
from aioraas.emulator.v2.customers import require_customer
from aioraas.emulator.v2.validate import Checker

__all__ = ["alert_view", "create_alert", "delete_alert", "get_alert", "list_alerts", "update_alert"]

_NAMESPACE = uuid.UUID("0b3c9a52-6d0e-4f7b-8d2a-5e1f0c4b7a93")


def _account(request: web.Request) -> Account:
    customer = require_customer(request, request.match_info["customerIdentifier"])
    return require_account(request, request.match_info["accountIdentifier"], customer.identifier)


def _require_alert(request: web.Request, account: Account) -> LowBalanceAlert:
    alert = context(request).store.alerts.get(request.match_info["balanceAlertID"].lower())
    if alert is None or alert.account != account.identifier or alert.status == "DELETED":
        raise V2Error(404, "404.001")
    return alert


def alert_view(alert: LowBalanceAlert) -> dict[str, Any]:
    """LowBalanceAlertView."""
    return {
        "balanceAlertID": alert.alert_id,
        "customerIdentifier": alert.customer,
        "accountIdentifier": alert.account,
        "balanceAlertDisplayName": alert.display_name,
        "balanceAlertThreshold": alert.threshold,
        "balanceAlertNotification": list(alert.notification),
        "createdAt": iso_millis(alert.created_at),
    }


async def list_alerts(request: web.Request) -> web.StreamResponse:
    """GET .../lowbalance: page-number paging, filters by name, threshold and notified address."""
    account = _account(request)
    q = request.query
    page, size = page_window(q)
    name = (q.get("balanceAlertDisplayName") or "").lower()
    threshold = q.get("balanceAlertThreshold")
    email = (q.get("balanceAlertNotification") or "").lower()
    alerts = [
        a
        for a in context(request).store.alerts.values()
        if a.account == account.identifier
        and a.status != "DELETED"
        and (not name or name in (a.display_name or "").lower())
        and (not threshold or str(a.threshold) == threshold or str(to_money(a.threshold)) == threshold)
        and (not email or any(e.lower() == email for e in a.notification))
    ]
    chosen = alerts[page * size : (page + 1) * size]
    return json_response(
        {
            "lowBalanceAlerts": [alert_view(a) for a in chosen],
            "page": {
                "size": size,
                "totalElements": len(alerts),
                "totalPages": math.ceil(len(alerts) / size),
                "number": page,
            },
        }
    )


async def create_alert(request: web.Request) -> web.StreamResponse:
    """POST .../lowbalance -> 200 LowBalanceAlertView."""
    ctx = context(request)
    account = _account(request)
    check = Checker(await read_object(request))
    name = check.text("balanceAlertDisplayName")
    threshold = check.amount("balanceAlertThreshold", required=True)
    emails = check.strings("balanceAlertNotification")
    check.raise_if_any()
    assert threshold is not None
    store = ctx.store
    n = store.next_number("low-balance-alert")
    alert = LowBalanceAlert(
        alert_id=str(uuid.uuid5(_NAMESPACE, str(n))),
        customer=account.customer,
        account=account.identifier,
        display_name=name,
        threshold=to_money(threshold),
        notification=emails or [],
        created_at=ctx.clock.now(),
    )
    store.alerts[alert.alert_id] = alert
    store.check_alerts(account)
    return json_response(alert_view(alert))


async def get_alert(request: web.Request) -> web.StreamResponse:
    """GET .../lowbalance/{balanceAlertID}."""
    account = _account(request)
    return json_response(alert_view(_require_alert(request, account)))


async def update_alert(request: web.Request) -> web.StreamResponse:
    """PATCH .../lowbalance/{balanceAlertID}: name, threshold, notification addresses."""
    store = context(request).store
    account = _account(request)
    alert = _require_alert(request, account)
    check = Checker(await read_object(request))
    name = check.text("balanceAlertDisplayName")
    threshold = check.amount("balanceAlertThreshold")
    emails = check.strings("balanceAlertNotification")
    check.raise_if_any()
    if name is not None:
        alert.display_name = name
    if threshold is not None:
        alert.threshold = to_money(threshold)
        alert.armed = True
    if emails is not None:
        alert.notification = emails
    store.check_alerts(account)
    return json_response(alert_view(alert))


async def delete_alert(request: web.Request) -> web.StreamResponse:
    """DELETE .../lowbalance/{balanceAlertID} -> 200 {balanceAlertID, status: DELETED}."""
    account = _account(request)
    alert = _require_alert(request, account)
    alert.status = "DELETED"
    return json_response({"balanceAlertID": alert.alert_id, "status": alert.status})
