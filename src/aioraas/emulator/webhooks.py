"""Webhook subscriptions and deliveries: real signed POSTs to the subscribers' URLs.

The emulator keeps subscriptions (``POST /raas/v2/webhooks`` and friends, see
:mod:`aioraas.emulator.v2.webhooks`), and for every event it produces it appends one event per
matching subscription to that subscription's log (revision = position in the log, from 1) and
POSTs it, signed the way the subscription asked:

- ``HMAC``: ``X-Signed-Payload`` = base64(HMAC-SHA256(base64-decoded hmacSharedSecretKey, body));
- ``X509``: ``X-Signed-Payload`` = base64(RSA PKCS#1 v1.5 encryption of SHA-256(body) with the
  signingCertificate's public key), the reading of Tango's docs that docs/webhooks.md explains;
- ``NONE``: no signature.

The subscription's custom ``headers`` go with every delivery. A delivery answered with a 5xx, 408
or 429, or that times out or cannot connect, is retried with exponential backoff; other 4xx
answers end it. Fault injection (:meth:`WebhookHub.set_faults`) delivers events twice and out of
order, so receivers can be tested against both.

Events come from :meth:`aioraas.emulator.state.Store.emit` (order creation today; async orders and
low-balance alerts call the same hook) and from :meth:`WebhookHub.publish`, which tests and other
emulator features call directly. The signing here is written independently of
:mod:`aioraas.webhooks`, so the two check each other.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import hmac
import random
import uuid
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import aiohttp

from aioraas.emulator.clock import Clock, iso_millis
from aioraas.emulator.jsonio import dumps
from aioraas.emulator.state import Account, Order

__all__ = [
    "CATEGORIES",
    "EVENT_TYPES",
    "SAMPLE_DATA",
    "Subscription",
    "SubscriptionError",
    "WebhookFaults",
    "WebhookHub",
]

#: Event types and their category, as Tango's "Supported webhook events" page lists them.
EVENT_TYPES: Mapping[str, str] = {
    "ItemAvailability": "ITEM",
    "AccountStatus": "ACCOUNT",
    "Transaction": "ACCOUNT",
    "LowBalance": "ACCOUNT",
    "RewardStatus": "REWARD",
    "AsyncOrderStatus": "ORDER",
    "LineItemDeliveryStatus": "ORDER",
    "OrderActionStatus": "ORDER",
    "APICredentials": "PLATFORM",
    # Not in the list above; its category is this emulator's choice.
    "ExchangeRatesStatus": "PLATFORM",
}
CATEGORIES = frozenset(EVENT_TYPES.values())

#: ``POST /webhooks/{id}/tests/{testName}``: the names Tango accepts, and the data each sends.
SAMPLE_DATA: Mapping[str, dict[str, Any]] = {
    "ConnectivityTest": {"message": "This is a connectivity test."},
    "ItemAvailability": {"utid": "U000000", "status": "UNAVAILABLE"},
    "RewardStatus": {
        "referenceLineItemId": "RA000000-00000-00-01",
        "externalRefID": "sample-0001",
        "action": "FREEZE",
        "reasonCode": "OTHER",
        "reason": "sample event",
        "status": "FROZEN",
        "type": "gift card",
    },
    "Transaction": {
        "customerIdentifier": "sample-customer",
        "accountIdentifier": "sample-account",
        "transactionType": "DEPOSIT",
        "transactionId": 1,
        "fundingMethod": "CREDIT_CARD",
        "currency": "USD",
        "amount": 100,
    },
    "LowBalance": {
        "accountIdentifier": "sample-account",
        "balance": 9.5,
        "balanceThreshold": 10,
        "balanceAlertIdentifier": "00000000-0000-4000-8000-000000000000",
    },
    "AccountStatus": {"accountIdentifier": "sample-account", "status": "FROZEN"},
    "CredentialStatus": {
        "platformName": "sample-platform",
        "credentialName": "sample key",
        "credentialType": "API_KEY",
        "status": "ACTIVE",
        "lastUpdatedBy": "sample",
    },
    "LineItemDeliveryStatus": {"referenceLineItemId": "RA000000-00000-00-01", "status": "DELIVERED"},
    "AsyncOrderStatus": {
        "externalRefID": "sample-0001",
        "status": "COMPLETED",
        "totalLineItems": 1,
        "failedLineItems": 0,
        "successfulLineItems": 1,
        "referenceOrderId": "RA000000-00000-00",
        "accountIdentifier": "sample-account",
        "customerIdentifier": "sample-customer",
    },
    "ExchangeRatesStatus": {"status": "UPDATED"},
}
_TEST_EVENT_TYPES = {"CredentialStatus": "APICredentials"}

DEFAULT_TTL = timedelta(days=30)
METHODS = ("HMAC", "X509", "NONE")


class SubscriptionError(ValueError):
    """A subscription's settings are unusable; ``field`` names the field."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(f"{field_name} {message}")
        self.field = field_name
        self.message = message


def _rsa_public_key(certificate: str) -> Any:
    """The RSA public key of a single-line base64 DER certificate (or SubjectPublicKeyInfo)."""
    try:
        from cryptography import x509
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa
    except ImportError:  # pragma: no cover - depends on the installation
        raise SubscriptionError(
            "signingCertificate", "needs the 'cryptography' package in the emulator"
        ) from None
    try:
        der = base64.b64decode(certificate, validate=True)
    except (binascii.Error, ValueError):
        raise SubscriptionError(
            "signingCertificate", "must be single-line base64 without PEM headers"
        ) from None
    key: Any
    try:
        key = x509.load_der_x509_certificate(der).public_key()
    except ValueError:
        try:
            key = serialization.load_der_public_key(der)
        except ValueError:
            raise SubscriptionError(
                "signingCertificate", "is not a DER X.509 certificate or public key"
            ) from None
    if not isinstance(key, rsa.RSAPublicKey):
        raise SubscriptionError("signingCertificate", "must hold an RSA public key")
    return key


@dataclass(slots=True)
class Subscription:
    """One webhook subscription with its event log (revision n is ``events[n - 1]``)."""

    webhook_id: str
    url: str
    headers: list[dict[str, str]] = field(repr=False)  # values are often credentials
    categories: list[str]
    event_types: list[str]
    method: str
    hmac_key: str | None = field(default=None, repr=False)
    certificate: str | None = field(default=None, repr=False)
    created_at: datetime = field(default_factory=datetime.now)
    updated_at: datetime = field(default_factory=datetime.now)
    expires_at: datetime = field(default_factory=datetime.now)
    events: list[dict[str, Any]] = field(default_factory=list, repr=False)
    _hmac_bytes: bytes | None = field(default=None, repr=False)
    _public_key: Any = field(default=None, repr=False)

    def configure_keys(self) -> None:
        """Check and load the keys its method needs; raises :class:`SubscriptionError`."""
        self._hmac_bytes = None
        self._public_key = None
        if self.method == "HMAC":
            if not self.hmac_key:
                raise SubscriptionError(
                    "hmacSharedSecretKey", "is required when payloadVerificationMethod is HMAC"
                )
            try:
                self._hmac_bytes = base64.b64decode(self.hmac_key, validate=True)
            except (binascii.Error, ValueError):
                raise SubscriptionError("hmacSharedSecretKey", "must be base64 encoded") from None
            if not self._hmac_bytes:
                raise SubscriptionError("hmacSharedSecretKey", "must not be empty")
        elif self.method == "X509":
            if not self.certificate:
                raise SubscriptionError(
                    "signingCertificate", "is required when payloadVerificationMethod is X509"
                )
            self._public_key = _rsa_public_key(self.certificate)

    def signature(self, body: bytes) -> str | None:
        """The ``X-Signed-Payload`` value for ``body`` (None for NONE)."""
        if self.method == "HMAC":
            assert self._hmac_bytes is not None
            return base64.b64encode(hmac.new(self._hmac_bytes, body, hashlib.sha256).digest()).decode()
        if self.method == "X509":
            from cryptography.hazmat.primitives.asymmetric import padding

            encrypted = self._public_key.encrypt(hashlib.sha256(body).digest(), padding.PKCS1v15())
            return base64.b64encode(encrypted).decode()
        return None

    def wants(self, event_type: str, category: str) -> bool:
        """Whether this subscription receives events of ``event_type``."""
        return event_type in self.event_types or category in self.categories

    def view(self) -> dict[str, Any]:
        """GetWebhookResponseView."""
        body: dict[str, Any] = {
            "webhookId": self.webhook_id,
            "url": self.url,
            "headers": [dict(h) for h in self.headers],
            "categories": list(self.categories),
            "eventTypes": list(self.event_types),
            "payloadVerificationMethod": self.method,
            "createdAt": iso_millis(self.created_at),
            "updatedAt": iso_millis(self.updated_at),
            "expiresAt": iso_millis(self.expires_at),
        }
        if self.certificate is not None:
            body["signingCertificate"] = self.certificate
        if self.hmac_key is not None:
            body["hmacSharedSecretKey"] = self.hmac_key
        return body


@dataclass(slots=True)
class WebhookFaults:
    """Delivery faults: ``duplicate`` and ``out_of_order`` are probabilities per event.

    An out-of-order event waits a random time up to ``max_delay`` seconds before its first
    attempt, so events published after it overtake it; a duplicated event is POSTed twice (the
    second copy delayed the same way), with the same eventId and signature, as a retry would be.
    """

    duplicate: float = 0.0
    out_of_order: float = 0.0
    max_delay: float = 0.05

    def __post_init__(self) -> None:
        for name in ("duplicate", "out_of_order"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be a probability between 0 and 1, got {value!r}")
        if self.max_delay < 0:
            raise ValueError("max_delay must not be negative")

    @classmethod
    def parse(cls, text: str) -> WebhookFaults:
        """Read ``duplicate=0.3,out_of_order=0.5,max_delay=0.2`` (any of the three, in any order)."""
        values: dict[str, float] = {}
        for item in filter(None, (part.strip() for part in text.split(","))):
            name, eq, raw = item.partition("=")
            name = name.strip()
            if not eq or name not in ("duplicate", "out_of_order", "max_delay"):
                raise ValueError(f"{item!r}: expected duplicate=P, out_of_order=P or max_delay=SECONDS")
            try:
                values[name] = float(raw)
            except ValueError:
                raise ValueError(f"{item!r}: {raw.strip()!r} is not a number") from None
        return cls(**values)


class WebhookHub:
    """Subscriptions, event logs and deliveries of one emulated platform.

    Args:
        clock: the emulator's clock (event times, expiry).
        ttl: how long a subscription lives before it must be renewed.
        timeout: seconds one delivery attempt may take.
        max_attempts: attempts per delivery (the first included).
        backoff: the first retry's delay in seconds; doubled each time, capped at ``max_backoff``.
        seed: seed of the fault RNG, for repeatable runs.
    """

    def __init__(
        self,
        clock: Clock,
        *,
        ttl: timedelta = DEFAULT_TTL,
        timeout: float = 5.0,
        max_attempts: int = 6,
        backoff: float = 0.1,
        max_backoff: float = 5.0,
        seed: int | None = None,
    ) -> None:
        if max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        self.clock = clock
        self.ttl = ttl
        self.timeout = timeout
        self.max_attempts = max_attempts
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.faults = WebhookFaults()
        self.subscriptions: dict[str, Subscription] = {}
        #: delivered, attempts, retries, gave_up, refused (4xx), duplicated, delayed, published.
        self.stats: Counter[str] = Counter()
        self._rng = random.Random(seed)
        self._session: aiohttp.ClientSession | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._limit: asyncio.Semaphore | None = None

    def __repr__(self) -> str:
        return f"WebhookHub(subscriptions={len(self.subscriptions)}, pending={len(self._tasks)})"

    # -- subscriptions ---------------------------------------------------------------------------

    def subscribe(
        self,
        url: str,
        *,
        categories: list[str] | None = None,
        event_types: list[str] | None = None,
        headers: list[dict[str, str]] | None = None,
        method: str | None = None,
        hmac_key: str | None = None,
        certificate: str | None = None,
    ) -> Subscription:
        """Add a subscription (what ``POST /webhooks`` does); raises :class:`SubscriptionError`."""
        now = self.clock.now()
        chosen = method or ("X509" if certificate else "HMAC" if hmac_key else "NONE")
        sub = Subscription(
            webhook_id=str(uuid.uuid4()),
            url=url,
            headers=list(headers or []),
            categories=list(categories or []),
            event_types=list(event_types or []),
            method=chosen,
            hmac_key=hmac_key,
            certificate=certificate,
            created_at=now,
            updated_at=now,
            expires_at=now + self.ttl,
        )
        check_subscription(sub)
        self.subscriptions[sub.webhook_id] = sub
        return sub

    def renew(self, sub: Subscription) -> None:
        """Extend a subscription's life by the TTL from now."""
        now = self.clock.now()
        sub.expires_at = now + self.ttl
        sub.updated_at = now

    # -- events ----------------------------------------------------------------------------------

    def set_faults(self, duplicate: float = 0.0, out_of_order: float = 0.0, max_delay: float = 0.05) -> None:
        """Deliver events twice and/or out of order from now on (probabilities per event)."""
        self.faults = WebhookFaults(duplicate, out_of_order, max_delay)

    def on_store_event(self, kind: str, subject: object) -> None:
        """The :class:`~aioraas.emulator.state.Store` listener: turn store changes into events.

        - ``("order.created", Order)``: a v2 order gives a LineItemDeliveryStatus event;
        - ``("account.status", Account)``: an AccountStatus event with the account's new status;
        - ``("webhook.event", {"eventType": ..., "eventData": {...}})``: that event, as it is, for
          features that know their own events (async orders, low-balance alerts).
        """
        if not self.subscriptions:
            # Nobody to tell (publish would find no receiver): skip building the event.
            return
        if kind == "order.created" and isinstance(subject, Order) and subject.api == "v2":
            line_item = f"{subject.reference_id}-01"  # what the order's answer names
            self.publish("LineItemDeliveryStatus", {"referenceLineItemId": line_item, "status": "DELIVERED"})
        elif kind == "account.status" and isinstance(subject, Account):
            self.publish("AccountStatus", {"accountIdentifier": subject.identifier, "status": subject.status})
        elif kind == "webhook.event" and isinstance(subject, Mapping):
            self.publish(
                str(subject["eventType"]), subject.get("eventData", {}), category=subject.get("category")
            )

    def publish(
        self, event_type: str, data: Mapping[str, Any], *, category: str | None = None
    ) -> list[dict[str, Any]]:
        """Record an event for every live subscription that wants it, and deliver each one.

        Must run on the emulator's event loop (handlers do; from another thread, go through the
        emulator). Returns the events created, one per receiving subscription.
        """
        cat = category or EVENT_TYPES.get(event_type, "PLATFORM")
        now = self.clock.now()
        created = []
        for sub in self.subscriptions.values():
            if sub.expires_at <= now or not sub.wants(event_type, cat):
                continue
            created.append(self._append(sub, event_type, cat, data, now))
        return created

    def send_test(self, sub: Subscription, test_name: str) -> dict[str, Any]:
        """Append and deliver a sample event of ``test_name`` to one subscription."""
        event_type = _TEST_EVENT_TYPES.get(test_name, test_name)
        cat = EVENT_TYPES.get(event_type, "PLATFORM")
        return self._append(sub, event_type, cat, SAMPLE_DATA[test_name], self.clock.now())

    def _append(
        self, sub: Subscription, event_type: str, cat: str, data: Mapping[str, Any], now: datetime
    ) -> dict[str, Any]:
        event = {
            "eventId": str(uuid.uuid4()),
            "revision": len(sub.events) + 1,
            "eventType": event_type,
            "categories": [cat],
            "eventOccurredAt": iso_millis(now),
            "eventData": dict(data),
        }
        sub.events.append(event)
        self.stats["published"] += 1
        self._schedule(sub, event)
        return event

    def replay(self, sub: Subscription, from_revision: int, to_revision: int | None) -> list[dict[str, Any]]:
        """Deliver the logged events with ``from_revision <= revision <= to_revision`` again."""
        last = len(sub.events) if to_revision is None else min(to_revision, len(sub.events))
        events = sub.events[max(from_revision, 1) - 1 : last]
        for event in events:
            self._schedule(sub, event)
        return events

    # -- delivery --------------------------------------------------------------------------------

    def _schedule(self, sub: Subscription, event: Mapping[str, Any]) -> None:
        body = dumps(event)
        signature = sub.signature(body)
        copies = 2 if self._rng.random() < self.faults.duplicate else 1
        if copies == 2:
            self.stats["duplicated"] += 1
        for _ in range(copies):
            delay = 0.0
            if self._rng.random() < self.faults.out_of_order:
                delay = self._rng.uniform(0.0, self.faults.max_delay)
                self.stats["delayed"] += 1
            task = asyncio.get_running_loop().create_task(self._deliver(sub, body, signature, delay))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    def _headers(self, sub: Subscription, signature: str | None) -> dict[str, str]:
        headers = {h["name"]: h["value"] for h in sub.headers}
        headers["Content-Type"] = "application/json"
        headers["Accept"] = "application/json"
        if signature is not None:
            headers["X-Signed-Payload"] = signature
        return headers

    async def _deliver(self, sub: Subscription, body: bytes, signature: str | None, delay: float) -> None:
        if delay > 0:
            await asyncio.sleep(delay)
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self.timeout))
        if self._limit is None:
            self._limit = asyncio.Semaphore(32)
        headers = self._headers(sub, signature)
        for attempt in range(1, self.max_attempts + 1):
            self.stats["attempts"] += 1
            status: int | None = None
            async with self._limit:
                try:
                    async with self._session.post(sub.url, data=body, headers=headers) as response:
                        await response.read()
                        status = response.status
                except (aiohttp.ClientError, TimeoutError):
                    status = None
            if status is not None and 200 <= status < 300:
                self.stats["delivered"] += 1
                return
            if status is not None and 400 <= status < 500 and status not in (408, 429):
                self.stats["refused"] += 1
                return
            if attempt < self.max_attempts:
                self.stats["retries"] += 1
                pause = min(self.max_backoff, self.backoff * 2 ** (attempt - 1))
                await asyncio.sleep(pause * self._rng.uniform(0.5, 1.0))
        self.stats["gave_up"] += 1

    @property
    def pending(self) -> int:
        """Deliveries not finished yet (waiting, sending or between retries)."""
        return len(self._tasks)

    async def idle(self, timeout: float = 10.0) -> None:
        """Wait until every delivery has finished (delivered, refused or given up)."""
        async with asyncio.timeout(timeout):
            while self._tasks:
                await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def close(self) -> None:
        """Cancel the pending deliveries and close the HTTP session."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if self._session is not None:
            await self._session.close()
            self._session = None
        self._limit = None


def check_subscription(sub: Subscription) -> None:
    """Refuse settings Tango refuses; raises :class:`SubscriptionError` naming the field."""
    if not sub.url.startswith(("http://", "https://")):
        raise SubscriptionError("url", "must be an http or https URL")
    if not sub.categories and not sub.event_types:
        raise SubscriptionError("categories", "or eventTypes must name at least one")
    for category in sub.categories:
        if category not in CATEGORIES:
            raise SubscriptionError("categories", f"has an unknown category {category!r}")
    for event_type in sub.event_types:
        if event_type not in EVENT_TYPES:
            raise SubscriptionError("eventTypes", f"has an unknown event type {event_type!r}")
    for header in sub.headers:
        if not isinstance(header.get("name"), str) or not isinstance(header.get("value"), str):
            raise SubscriptionError("headers", "items need a string name and value")
    if sub.method not in METHODS:
        raise SubscriptionError("payloadVerificationMethod", f"must be one of {', '.join(METHODS)}")
    sub.configure_keys()
