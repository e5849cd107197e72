"""v2 webhooks: subscriptions (create, list, get, update, delete, renew), event types, the event
log of a subscription, replay, and test events. Deliveries are in :mod:`aioraas.emulator.webhooks`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiohttp import web

from aioraas.emulator.context import context
from aioraas.emulator.errors import V2Error, field_error
from aioraas.emulator.incoming import read_object
from aioraas.emulator.jsonio import json_response
from aioraas.emulator.pagination import cursor_page
from aioraas.emulator.v2.validate import NOT_VALID, WRONG_TYPE, Checker
from aioraas.emulator.webhooks import (
    EVENT_TYPES,
    METHODS,
    SAMPLE_DATA,
    Subscription,
    SubscriptionError,
    WebhookHub,
    check_subscription,
)

__all__ = ["add_routes"]


def _hub(request: web.Request) -> WebhookHub:
    hub = context(request).webhooks
    if hub is None:
        raise V2Error(404, "404.001")
    return hub


def _bad(name: str, detail: str) -> V2Error:
    """400 with 422.102 "<name> is not valid. Please fix the following errors: <detail>"."""
    return V2Error.for_items(400, [field_error(name, NOT_VALID, name, detail, constraint="Valid")])


def _subscription(request: web.Request) -> Subscription:
    webhook_id = request.match_info["webhookId"]
    sub = _hub(request).subscriptions.get(webhook_id)
    if sub is None:
        raise V2Error(404, "404.001")
    return sub


def _strings(check: Checker, body: Mapping[str, Any], name: str) -> list[str] | None:
    value = body.get(name)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        check.problem(name, WRONG_TYPE, constraint="Type")
        return None
    return list(value)


def _headers(check: Checker, name: str = "headers") -> list[dict[str, str]] | None:
    items = check.nested_list(name)
    if items is None:
        return None
    headers = []
    for item in items:
        header_name = item.text("name", required=True, min_len=1)
        value = item.text("value", required=True)
        if header_name is not None and value is not None:
            headers.append({"name": header_name, "value": value})
    return headers


def _fields(body: Mapping[str, Any], *, creating: bool) -> dict[str, Any]:
    check = Checker(body)
    fields: dict[str, Any] = {
        "url": check.text("url", required=creating, min_len=1, max_len=2048),
        "headers": _headers(check),
        "categories": _strings(check, body, "categories"),
        "event_types": _strings(check, body, "eventTypes"),
        "certificate": check.text("signingCertificate", min_len=1),
        "hmac_key": check.text("hmacSharedSecretKey", min_len=1),
        "method": check.text("payloadVerificationMethod", choices=METHODS),
    }
    check.raise_if_any()
    return fields


async def create_webhook(request: web.Request) -> web.StreamResponse:
    """POST /webhooks: 201 with the new subscription."""
    hub = _hub(request)
    fields = _fields(await read_object(request), creating=True)
    try:
        sub = hub.subscribe(**fields)
    except SubscriptionError as exc:
        raise _bad(exc.field, exc.message) from None
    return json_response(sub.view(), 201)


async def list_webhooks(request: web.Request) -> web.StreamResponse:
    """GET /webhooks: a cursor page, filtered by url, categories, eventTypes, headerName."""
    query = request.query
    subs = list(_hub(request).subscriptions.values())
    if url := query.get("url"):
        subs = [s for s in subs if s.url == url]
    if categories := query.getall("categories", []):
        wanted = {c for value in categories for c in value.split(",") if c}
        subs = [s for s in subs if wanted & set(s.categories)]
    if event_types := query.getall("eventTypes", []):
        wanted = {t for value in event_types for t in value.split(",") if t}
        subs = [s for s in subs if wanted & set(s.event_types)]
    if header_name := query.get("headerName"):
        subs = [s for s in subs if any(h["name"] == header_name for h in s.headers)]
    page, meta = cursor_page(subs, query, default_max=10, max_allowed=200)
    return json_response({**meta, "items": [s.view() for s in page]})


async def get_webhook(request: web.Request) -> web.StreamResponse:
    """GET /webhooks/{webhookId}."""
    return json_response(_subscription(request).view())


async def update_webhook(request: web.Request) -> web.StreamResponse:
    """PATCH /webhooks/{webhookId}: the fields given replace the subscription's."""
    sub = _subscription(request)
    fields = _fields(await read_object(request), creating=False)
    before = {name: getattr(sub, name) for name in fields}
    for name, value in fields.items():
        if value is not None:
            setattr(sub, name, value)
    try:
        check_subscription(sub)
    except SubscriptionError as exc:
        for name, value in before.items():
            setattr(sub, name, value)
        sub.configure_keys()
        raise _bad(exc.field, exc.message) from None
    sub.updated_at = _hub(request).clock.now()
    return json_response(sub.view())


async def delete_webhook(request: web.Request) -> web.StreamResponse:
    """DELETE /webhooks/{webhookId}: no more deliveries; 200 without a body (OAS26)."""
    sub = _subscription(request)
    del _hub(request).subscriptions[sub.webhook_id]
    return web.Response(status=200)


async def renew_webhook(request: web.Request) -> web.StreamResponse:
    """POST /webhooks/{webhookId}/renew: a new expiresAt."""
    sub = _subscription(request)
    _hub(request).renew(sub)
    return json_response({"webhookId": sub.webhook_id, "expiresAt": sub.view()["expiresAt"]})


def _revision(request: web.Request, name: str, *, required: bool = False) -> int | None:
    raw = request.query.get(name)
    if raw is None or raw == "":
        if required:
            raise _bad(name, "must not be null")
        return None
    try:
        value = int(raw)
    except ValueError:
        raise _bad(name, "must be an integer") from None
    if value < 1:
        raise _bad(name, "must be at least 1")
    return value


async def list_events(request: web.Request) -> web.StreamResponse:
    """GET /webhooks/{webhookId}/events?fromRevision&toRevision: the subscription's event log."""
    sub = _subscription(request)
    low = _revision(request, "fromRevision") or 1
    high = _revision(request, "toRevision")
    events = [e for e in sub.events if e["revision"] >= low and (high is None or e["revision"] <= high)]
    page, meta = cursor_page(events, request.query, default_max=10, max_allowed=200)
    return json_response({**meta, "items": list(page)})


async def replay_events(request: web.Request) -> web.StreamResponse:
    """POST /webhooks/{webhookId}/replay?fromRevision*&toRevision: deliver logged events again."""
    sub = _subscription(request)
    low = _revision(request, "fromRevision", required=True)
    high = _revision(request, "toRevision")
    assert low is not None
    if high is not None and high < low:
        raise _bad("toRevision", "must not be less than fromRevision")
    events = _hub(request).replay(sub, low, high)
    return json_response({"webhookId": sub.webhook_id, "replayedEvents": len(events)})


async def send_test(request: web.Request) -> web.StreamResponse:
    """POST /webhooks/{webhookId}/tests[/{testName}]: deliver a sample event (ConnectivityTest by default)."""
    sub = _subscription(request)
    name = request.match_info.get("testName", "ConnectivityTest")
    if name not in SAMPLE_DATA:
        raise _bad("testName", f"must be one of {', '.join(SAMPLE_DATA)}")
    event = _hub(request).send_test(sub, name)
    return json_response(event)


async def event_types(request: web.Request) -> web.StreamResponse:
    """GET /webhooks/eventtypes?category: per category, the event types a subscription can name."""
    category = request.query.get("category")
    grouped: dict[str, list[str]] = {}
    for name, cat in EVENT_TYPES.items():
        if category is None or category == cat:
            grouped.setdefault(cat, []).append(name)
    items = [{"category": cat, "eventTypes": names} for cat, names in grouped.items()]
    page, meta = cursor_page(items, request.query, default_max=10, max_allowed=200)
    return json_response({**meta, "items": list(page)})


def add_routes(router: web.UrlDispatcher, prefix: str) -> None:
    """Register the webhook endpoints under ``prefix`` (the v2 root)."""
    routes = [
        ("POST", "/webhooks", create_webhook),
        ("GET", "/webhooks", list_webhooks),
        ("GET", "/webhooks/eventtypes", event_types),
        ("GET", "/webhooks/{webhookId}", get_webhook),
        ("PATCH", "/webhooks/{webhookId}", update_webhook),
        ("DELETE", "/webhooks/{webhookId}", delete_webhook),
        ("GET", "/webhooks/{webhookId}/events", list_events),
        ("POST", "/webhooks/{webhookId}/replay", replay_events),
        ("POST", "/webhooks/{webhookId}/renew", renew_webhook),
        ("POST", "/webhooks/{webhookId}/tests", send_test),
        ("POST", "/webhooks/{webhookId}/tests/{testName}", send_test),
    ]
    for method, path, handler in routes:
        router.add_route(method, prefix + path, handler)
