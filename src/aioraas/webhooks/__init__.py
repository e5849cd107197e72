"""Receive Tango's webhook events: verify their signature, parse them into typed events, and
hand each one to your coroutine exactly once.

>>> from aioraas import webhooks
>>> webhooks.verify(body, request.headers, hmac_secret=SECRET)     # raises WebhookSignatureError
>>> event = webhooks.parse(body, request.headers, hmac_secret=SECRET)
>>> receiver = webhooks.WebhookReceiver(on_event, private_key=PEM, store=webhooks.SQLiteEventStore("seen.db"))
>>> aiohttp_app.router.add_post("/tango", receiver.aiohttp_handler)
>>> fastapi_app.mount("/tango", receiver.asgi_app)

``body`` is always the raw request bytes: a decoded and re-encoded body never matches its
signature. X509 subscriptions need ``pip install 'aioraas[webhooks]'`` (the ``cryptography``
package); HMAC needs nothing more. See docs/webhooks.md.
"""

from __future__ import annotations

from typing import Any

from aioraas.webhooks._events import EVENT_CLASSES, Event, event_from_json, event_type_of
from aioraas.webhooks._receiver import (
    ASGIApp,
    Callback,
    ReceiverStats,
    WebhookReceiver,
    aiohttp_handler,
    asgi_app,
)
from aioraas.webhooks._signing import (
    SIGNATURE_HEADER,
    Headers,
    find_header,
    load_certificate_key,
    load_private_key,
    sign,
    verify,
)
from aioraas.webhooks._store import EventStore, MemoryEventStore, SQLiteEventStore

__all__ = [
    "EVENT_CLASSES",
    "SIGNATURE_HEADER",
    "ASGIApp",
    "Callback",
    "Event",
    "EventStore",
    "Headers",
    "MemoryEventStore",
    "ReceiverStats",
    "SQLiteEventStore",
    "WebhookReceiver",
    "aiohttp_handler",
    "asgi_app",
    "event_from_json",
    "event_type_of",
    "find_header",
    "load_certificate_key",
    "load_private_key",
    "parse",
    "sign",
    "verify",
]


def parse(
    body: bytes,
    headers: Headers,
    *,
    hmac_secret: str | bytes | None = None,
    private_key: Any = None,
    verify_signature: bool = True,
) -> Event:
    """Verify a delivery (as :func:`verify`) and return its typed event.

    The class follows the event type (:data:`EVENT_CLASSES`); an unknown type gives an
    :class:`aioraas.models.v2.WebhookEvent`. Unknown fields are kept in ``extra_fields``.
    ``verify_signature=False`` is for ``NONE`` subscriptions only.

    Raises:
        aioraas.errors.WebhookSignatureError: the signature is missing or does not match.
        aioraas.errors.DecodeError: the body is not a JSON event.
    """
    if verify_signature:
        verify(body, headers, hmac_secret=hmac_secret, private_key=private_key)
    return event_from_json(body)
