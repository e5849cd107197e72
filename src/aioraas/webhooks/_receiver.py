"""Receiving deliveries: verify, parse, answer fast, deduplicate, and call the user's coroutine.

One :class:`WebhookReceiver` holds the key, the store and the callback; it serves aiohttp
(``app.router.add_post(path, receiver.aiohttp_handler)``) and any ASGI framework
(``fastapi_app.mount(path, receiver.asgi_app)``) through the same :meth:`WebhookReceiver.handle`.

Answers: 200 once an event is verified and claimed (or is a duplicate), before the callback runs
unless ``wait_for_callback=True``; 401 for a missing or wrong signature; 400 for a body that is
not an event; 413 for a body over ``max_body_size``; 405 for anything but POST; 500 when
``wait_for_callback=True`` and the callback failed (so Tango delivers it again).
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import orjson
from aiohttp import web

from aioraas.errors import ConfigurationError, DecodeError, WebhookSignatureError
from aioraas.webhooks._events import Event, event_from_json
from aioraas.webhooks._signing import Headers, HmacKey, hmac_key, load_private_key, verify
from aioraas.webhooks._store import EventStore, MemoryEventStore

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

__all__ = ["ASGIApp", "Callback", "ReceiverStats", "WebhookReceiver", "aiohttp_handler", "asgi_app"]

logger = logging.getLogger("aioraas.webhooks")

Callback = Callable[[Event], Awaitable[Any]]
"""The user's coroutine function, called once per event."""

DEFAULT_MAX_BODY = 1 << 20


@dataclass(slots=True)
class ReceiverStats:
    """What a receiver has seen since it was made."""

    received: int = 0
    """Requests that reached the receiver."""
    accepted: int = 0
    """Verified events handed to the callback (each event id once)."""
    duplicates: int = 0
    """Verified deliveries of an event id already claimed: answered 200, callback not called."""
    rejected: int = 0
    """Requests refused (bad signature, bad body, too large, wrong method)."""
    rejected_by_reason: Counter[str] = field(default_factory=Counter)
    """``rejected`` by reason: missing_header, malformed_header, mismatch, bad_body, too_large, method."""
    handled: int = 0
    """Callbacks that returned normally."""
    callback_errors: int = 0
    """Callbacks that raised (the event was released for a later delivery)."""


def _json(payload: dict[str, Any]) -> bytes:
    return orjson.dumps(payload)


class WebhookReceiver:
    """Verifies, parses and deduplicates Tango's deliveries and passes each event to ``callback``.

    Args:
        callback: ``async def on_event(event) -> None``, called once per event id.
        hmac_secret: the subscription's ``hmacSharedSecretKey`` (base64 str) or raw key bytes.
        private_key: for X509 subscriptions, the private key of the signing certificate (PEM or
            DER bytes, or a loaded key).
        verify_signatures: False only for subscriptions with ``payloadVerificationMethod: NONE``
            (then neither key is given, and anyone who can reach the URL can post events).
        store: remembers handled event ids and the highest revision; in memory by default.
        wait_for_callback: answer only after the callback ran (500 if it raised, so Tango retries).
            By default the answer goes first and the callback runs in the background.
        max_body_size: larger bodies are refused with 413.
    """

    def __init__(
        self,
        callback: Callback,
        *,
        hmac_secret: str | bytes | None = None,
        private_key: str | bytes | RSAPrivateKey | None = None,
        verify_signatures: bool = True,
        store: EventStore | None = None,
        wait_for_callback: bool = False,
        max_body_size: int = DEFAULT_MAX_BODY,
    ) -> None:
        if verify_signatures and (hmac_secret is None) == (private_key is None):
            raise ConfigurationError(
                "WebhookReceiver needs exactly one of hmac_secret= or private_key= "
                "(or verify_signatures=False for a NONE subscription)"
            )
        if not verify_signatures and (hmac_secret is not None or private_key is not None):
            raise ConfigurationError("verify_signatures=False takes no hmac_secret= or private_key=")
        self._callback = callback
        self._hmac: HmacKey | None = hmac_key(hmac_secret) if hmac_secret is not None else None
        self._private_key: RSAPrivateKey | None = (
            load_private_key(private_key) if private_key is not None else None
        )
        self.method = "HMAC" if self._hmac else "X509" if self._private_key else "NONE"
        self.store: EventStore = store if store is not None else MemoryEventStore()
        self.wait_for_callback = wait_for_callback
        self.max_body_size = max_body_size
        self.stats = ReceiverStats()
        self._tasks: set[asyncio.Task[None]] = set()
        self._asgi = ASGIApp(self)

    def __repr__(self) -> str:
        return f"WebhookReceiver(method={self.method!r}, store={self.store!r})"

    # -- the one code path -----------------------------------------------------------------------

    def _reject(self, status: int, reason: str, message: str) -> tuple[int, bytes]:
        self.stats.rejected += 1
        self.stats.rejected_by_reason[reason] += 1
        logger.warning("webhook delivery rejected (%s): %s", reason, message)
        return status, _json({"error": reason})

    def _refuse(self, status: int, reason: str, message: str) -> tuple[int, bytes]:
        # A request refused before :meth:`handle` (wrong method, body too large): still counted.
        self.stats.received += 1
        return self._reject(status, reason, message)

    async def handle(self, body: bytes, headers: Headers) -> tuple[int, bytes]:
        """Handle one delivery; returns the HTTP status and JSON body to answer with."""
        self.stats.received += 1
        if len(body) > self.max_body_size:
            return self._reject(413, "too_large", f"body of {len(body)} bytes")
        try:
            if self._hmac is not None:
                verify(body, headers, hmac_secret=self._hmac)
            elif self._private_key is not None:
                verify(body, headers, private_key=self._private_key)
        except WebhookSignatureError as exc:
            return self._reject(401, exc.reason, str(exc))
        try:
            event = event_from_json(body)
        except DecodeError as exc:
            return self._reject(400, "bad_body", str(exc))
        event_id = event.event_id
        if event_id is not None and not await self.store.claim(event_id):
            self.stats.duplicates += 1
            logger.debug("webhook event %s delivered again; already handled", event_id)
            return 200, _json({"status": "duplicate"})
        self.stats.accepted += 1
        if self.wait_for_callback:
            if not await self._run_callback(event):
                return 500, _json({"error": "callback_failed"})
            return 200, _json({"status": "handled"})
        task = asyncio.get_running_loop().create_task(self._run_callback_task(event))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return 200, _json({"status": "accepted"})

    async def _run_callback_task(self, event: Event) -> None:
        await self._run_callback(event)

    async def _run_callback(self, event: Event) -> bool:
        try:
            await self._callback(event)
        except Exception:
            self.stats.callback_errors += 1
            logger.exception("webhook callback failed for event %s (%s)", event.event_id, event.event_type)
            if event.event_id is not None:
                await self.store.release(event.event_id)
            return False
        self.stats.handled += 1
        if event.event_id is not None:
            await self.store.complete(event.event_id, event.revision)
        return True

    async def drain(self) -> None:
        """Wait for the callbacks still running in the background."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def highest_revision(self) -> int | None:
        """The highest revision handled so far (from the store)."""
        return await self.store.highest_revision()

    # -- frameworks --------------------------------------------------------------------------------

    async def aiohttp_handler(self, request: web.Request) -> web.Response:
        """An aiohttp handler: ``app.router.add_post("/tango/webhooks", receiver.aiohttp_handler)``."""
        if request.method != "POST":
            status, payload = self._refuse(405, "method", request.method)
            return web.Response(status=status, body=payload, content_type="application/json")
        if request.content_length is not None and request.content_length > self.max_body_size:
            status, payload = self._refuse(413, "too_large", f"Content-Length {request.content_length}")
            return web.Response(status=status, body=payload, content_type="application/json")
        try:
            # Bounded by the application's client_max_size (1 MiB unless changed); cached by
            # aiohttp, so middlewares and the caller can read the body too.
            body = await request.read()
        except web.HTTPRequestEntityTooLarge:
            status, payload = self._refuse(413, "too_large", "body over the application's client_max_size")
            return web.Response(status=status, body=payload, content_type="application/json")
        status, payload = await self.handle(body, request.headers)
        return web.Response(status=status, body=payload, content_type="application/json")

    @property
    def asgi_app(self) -> ASGIApp:
        """An ASGI application: ``fastapi_app.mount("/tango/webhooks", receiver.asgi_app)``."""
        return self._asgi


class ASGIApp:
    """The ASGI face of a :class:`WebhookReceiver` (no framework needed; Starlette/FastAPI mount it).

    Every POST to it, whatever its path, is a delivery. On lifespan shutdown it waits for the
    callbacks still running.
    """

    def __init__(self, receiver: WebhookReceiver) -> None:
        self.receiver = receiver

    def __repr__(self) -> str:
        return f"ASGIApp({self.receiver!r})"

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        receiver = self.receiver
        if scope.get("method") != "POST":
            status, payload = receiver._refuse(405, "method", str(scope.get("method")))
            await _respond(send, status, payload)
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > receiver.max_body_size:
                status, payload = receiver._refuse(413, "too_large", f"body over {receiver.max_body_size}")
                await _respond(send, status, payload)
                return
            chunks.append(chunk)
            more = bool(message.get("more_body", False))
        status, payload = await receiver.handle(b"".join(chunks), scope.get("headers", []))
        await _respond(send, status, payload)

    async def _lifespan(self, receive: Any, send: Any) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.receiver.drain()
                await send({"type": "lifespan.shutdown.complete"})
                return


async def _respond(send: Any, status: int, payload: bytes) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})


def aiohttp_handler(callback: Callback, **options: Any) -> Callable[[web.Request], Awaitable[web.Response]]:
    """An aiohttp handler around a new :class:`WebhookReceiver` (``options`` as its keywords).

    The receiver is the handler's ``__self__``, for its ``stats`` and ``drain()``.
    """
    return WebhookReceiver(callback, **options).aiohttp_handler


def asgi_app(callback: Callback, **options: Any) -> ASGIApp:
    """An ASGI app around a new :class:`WebhookReceiver`; the receiver is its ``.receiver``."""
    return WebhookReceiver(callback, **options).asgi_app
