"""aioraas.webhooks without a network: signatures, parsing, stores, the ASGI app, and secrets."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from aioraas import errors, webhooks
from aioraas.models import v2
from tests.integration.webhook_support import KeyPair, new_hmac_secret

BODY = json.dumps(
    {
        "eventId": "9f1c2d3e-0000-4000-8000-000000000001",
        "revision": 7,
        "eventType": "LowBalance",
        "categories": ["ACCOUNT"],
        "eventOccurredAt": "2026-06-03T00:57:16Z",
        "eventData": {"accountIdentifier": "acme-hr-q1", "balance": 9.99, "balanceThreshold": 10},
    },
    separators=(",", ":"),
).encode()
SECRET = base64.b64encode(b"k" * 32).decode()


@pytest.fixture(scope="module")
def keys() -> KeyPair:
    return KeyPair.generate()


def signed(body: bytes = BODY, secret: str = SECRET) -> dict[str, str]:
    return {"X-Signed-Payload": webhooks.sign(body, hmac_secret=secret), "Content-Type": "application/json"}


# -- HMAC ----------------------------------------------------------------------------------------


def test_hmac_signature_is_base64_hmac_sha256_of_the_raw_body_with_the_decoded_key() -> None:
    expected = base64.b64encode(hmac.new(b"k" * 32, BODY, hashlib.sha256).digest()).decode()
    assert webhooks.sign(BODY, hmac_secret=SECRET) == expected
    assert webhooks.sign(BODY, hmac_secret=b"k" * 32) == expected  # raw key bytes
    webhooks.verify(BODY, {"X-Signed-Payload": expected}, hmac_secret=SECRET)
    # Hex digests are read too (the docs do not say base64 for HMAC in so many words).
    hex_digest = hmac.new(b"k" * 32, BODY, hashlib.sha256).hexdigest()
    webhooks.verify(BODY, {"x-signed-payload": hex_digest}, hmac_secret=SECRET)


@pytest.mark.parametrize(
    ("body", "headers", "reason"),
    [
        (BODY[:-1], signed(), "mismatch"),  # truncated
        (BODY.replace(b"9.99", b"9.98"), signed(), "mismatch"),  # one changed byte
        (json.dumps(json.loads(BODY), indent=2).encode(), signed(), "mismatch"),  # re-serialised
        (BODY, signed(secret=new_hmac_secret()), "mismatch"),  # wrong secret
        (BODY, {"Content-Type": "application/json"}, "missing_header"),
        (BODY, {"X-Signed-Payload": ""}, "malformed_header"),
        (BODY, {"X-Signed-Payload": "%%% not base64 %%%"}, "malformed_header"),
        (BODY, [("x-signed-payload", "a"), ("X-Signed-Payload", "b")], "malformed_header"),
    ],
)
def test_hmac_rejections(body: bytes, headers: Any, reason: str) -> None:
    with pytest.raises(errors.WebhookSignatureError) as caught:
        webhooks.verify(body, headers, hmac_secret=SECRET)
    assert caught.value.reason == reason
    assert SECRET not in str(caught.value)


def test_every_single_byte_change_is_caught() -> None:
    headers = signed()
    for index in range(len(BODY)):
        changed = BODY[:index] + bytes([BODY[index] ^ 0x20]) + BODY[index + 1 :]
        with pytest.raises(errors.WebhookSignatureError):
            webhooks.verify(changed, headers, hmac_secret=SECRET)


def test_headers_as_asgi_pairs_and_any_case() -> None:
    value = webhooks.sign(BODY, hmac_secret=SECRET).encode()
    webhooks.verify(BODY, [(b"x-signed-payload", value)], hmac_secret=SECRET)
    webhooks.verify(BODY, {"X-SIGNED-PAYLOAD": value.decode()}, hmac_secret=SECRET)


def test_comparison_is_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr("aioraas.webhooks._signing.hmac.compare_digest", spy)
    with pytest.raises(errors.WebhookSignatureError):
        webhooks.verify(BODY[:-1], signed(), hmac_secret=SECRET)
    assert len(calls) == 1


def test_configuration_errors() -> None:
    with pytest.raises(errors.ConfigurationError, match="exactly one"):
        webhooks.verify(BODY, signed())
    with pytest.raises(errors.ConfigurationError, match="exactly one"):
        webhooks.verify(BODY, signed(), hmac_secret=SECRET, private_key=b"x")
    with pytest.raises(errors.ConfigurationError, match="base64"):
        webhooks.verify(BODY, signed(), hmac_secret="not base64!")
    with pytest.raises(TypeError, match="raw request bytes"):
        webhooks.verify(BODY.decode(), signed(), hmac_secret=SECRET)  # type: ignore[arg-type]
    with pytest.raises(errors.ConfigurationError, match="private_key"):
        webhooks.verify(
            BODY, signed(), private_key=b"-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----"
        )


# -- X509 ----------------------------------------------------------------------------------------


def test_x509_round_trip_and_rejections(keys: KeyPair) -> None:
    header = webhooks.sign(BODY, certificate=keys.certificate_b64)
    assert len(base64.b64decode(header)) == 256  # one RSA-2048 block
    key = webhooks.load_private_key(keys.private_pem)
    webhooks.verify(BODY, {"X-Signed-Payload": header}, private_key=key)
    webhooks.verify(BODY, {"X-Signed-Payload": header}, private_key=keys.private_pem.decode())
    other = KeyPair.generate()
    for body, headers, pem in [
        (BODY[:-1], {"X-Signed-Payload": header}, keys.private_pem),
        (BODY + b" ", {"X-Signed-Payload": header}, keys.private_pem),
        (BODY, {"X-Signed-Payload": header}, other.private_pem),  # wrong key
        (
            BODY,
            {"X-Signed-Payload": webhooks.sign(BODY, certificate=other.certificate_b64)},
            keys.private_pem,
        ),
        (BODY, signed(), keys.private_pem),  # an HMAC header
    ]:
        with pytest.raises(errors.WebhookSignatureError) as caught:
            webhooks.verify(body, headers, private_key=pem)
        assert caught.value.reason == "mismatch"
    with pytest.raises(errors.WebhookSignatureError) as missing:
        webhooks.verify(BODY, {}, private_key=key)
    assert missing.value.reason == "missing_header"


def test_certificate_forms(keys: KeyPair) -> None:
    from cryptography.hazmat.primitives import serialization

    der = base64.b64decode(keys.certificate_b64)
    wrapped = "\n".join(keys.certificate_b64[i : i + 64] for i in range(0, len(keys.certificate_b64), 64))
    pem = f"-----BEGIN CERTIFICATE-----\n{wrapped}\n-----END CERTIFICATE-----\n"
    public = webhooks.load_certificate_key(keys.certificate_b64)
    spki = public.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    for form in (keys.certificate_b64, der, pem, base64.b64encode(spki).decode(), public):
        header = webhooks.sign(BODY, certificate=form)
        webhooks.verify(BODY, {"X-Signed-Payload": header}, private_key=keys.private_pem)
    with pytest.raises(errors.ConfigurationError):
        webhooks.load_certificate_key("AAAA")


# -- parsing -------------------------------------------------------------------------------------


def test_parse_gives_the_family_class_and_keeps_unknown_fields() -> None:
    data = json.loads(BODY)
    data["brandNew"] = {"x": 1}
    data["eventData"]["alsoNew"] = True
    body = json.dumps(data).encode()
    event = webhooks.parse(body, signed(body), hmac_secret=SECRET)
    assert isinstance(event, v2.LowBalanceEvent)
    assert event.revision == 7
    assert event.event_data is not None
    assert event.event_data.balance == Decimal("9.99")
    assert event.extra_fields == {"brandNew": {"x": 1}}
    assert event.event_data.extra_fields == {"alsoNew": True}


@pytest.mark.parametrize(
    ("event_type", "cls"),
    [
        ("AccountStatus", v2.AccountStatusEvent),
        ("itemAvailability", v2.ItemAvailabilityEvent),  # the first docs' spelling
        ("LineItemDeliveryStatus", v2.LineItemDeliveryStatusEvent),
        ("RewardStatus", v2.RewardStatusEvent),
        ("APICredentials", v2.CredentialStatusEvent),
        ("Transaction", v2.TransactionEvent),
        ("AsyncOrderStatus", v2.AsyncOrderStatusEvent),
        ("ExchangeRatesStatus", v2.ExchangeRatesStatusEvent),
        ("OrderActionStatus", v2.WebhookEvent),  # announced, no schema yet
        ("SomethingNew", v2.WebhookEvent),
    ],
)
def test_event_classes(event_type: str, cls: type) -> None:
    event = webhooks.event_from_json({"eventId": "e", "eventType": event_type, "eventData": {"status": "X"}})
    assert type(event) is cls
    assert event.event_type == event_type


def test_unknown_family_keeps_everything_and_docs_example_shape() -> None:
    # The shape of Tango's delivery example: category and eventTypes lists, no eventType.
    body = (
        b'{"eventId":"1234-123-123-123456","revision":765,"category":["string"],"eventTypes":["Later"],'
        b'"eventOccurredAt":"2019-06-03T00:57:16Z","eventData":{"a":[1,2]}}'
    )
    event = webhooks.parse(body, {}, verify_signature=False)
    assert isinstance(event, v2.WebhookEvent)
    assert event.event_data == {"a": [1, 2]}
    assert event.category == ["string"]
    assert event.event_types == ["Later"]


def test_known_family_with_odd_data_falls_back_to_generic() -> None:
    event = webhooks.event_from_json(
        {"eventId": "e", "eventType": "LowBalance", "eventData": {"balance": "lots"}}
    )
    assert type(event) is v2.WebhookEvent
    assert event.event_data == {"balance": "lots"}


@pytest.mark.parametrize("body", [b"not json", b"[1, 2]", b'{"eventId": "e", "eventData": 5}'])
def test_unreadable_bodies(body: bytes) -> None:
    with pytest.raises(errors.DecodeError):
        webhooks.event_from_json(body)


# -- stores --------------------------------------------------------------------------------------


async def check_store(store: webhooks.EventStore) -> None:
    assert isinstance(store, webhooks.EventStore)
    assert await store.highest_revision() is None
    assert await store.claim("a") is True
    assert await store.claim("a") is False  # being handled
    await store.release("a")
    assert await store.claim("a") is True  # released: a later delivery may take it
    await store.complete("a", 5)
    assert await store.claim("a") is False  # done
    assert await store.claim("b") is True
    await store.complete("b", 3)
    assert await store.highest_revision() == 5


async def test_memory_store() -> None:
    await check_store(webhooks.MemoryEventStore())
    small = webhooks.MemoryEventStore(max_events=2)
    for event_id in ("a", "b", "c"):
        assert await small.claim(event_id)
    assert len(small) == 2
    assert await small.claim("a") is True  # forgotten: the oldest went first


async def test_sqlite_store_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "events.sqlite"
    store = webhooks.SQLiteEventStore(path)
    await check_store(store)
    assert await store.claim("pending") is True
    store.close()
    reopened = webhooks.SQLiteEventStore(path)
    try:
        assert await reopened.claim("a") is False
        assert await reopened.claim("pending") is False  # claimed recently by someone
        assert await reopened.highest_revision() == 5
        assert await reopened.count() == 3
    finally:
        reopened.close()
    stale = webhooks.SQLiteEventStore(path, claim_timeout=0.0)
    try:
        assert await stale.claim("pending") is True  # its claimant died long ago
        assert await stale.claim("a") is False  # completed events stay done
    finally:
        stale.close()


# -- the ASGI app, driven directly ---------------------------------------------------------------


async def asgi_post(
    app: webhooks.ASGIApp, body: bytes, headers: dict[str, str], method: str = "POST"
) -> tuple[int, Any]:
    sent: list[dict[str, Any]] = []
    chunks = [body[: len(body) // 2], body[len(body) // 2 :]]
    messages = [
        {"type": "http.request", "body": chunks[0], "more_body": True},
        {"type": "http.request", "body": chunks[1], "more_body": False},
    ]

    async def receive() -> dict[str, Any]:
        return messages.pop(0)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": method,
        "path": "/",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
    }
    await app(scope, receive, send)
    return sent[0]["status"], json.loads(sent[1]["body"])


async def test_asgi_app_verifies_dedupes_and_calls_back() -> None:
    seen: list[webhooks.Event] = []

    async def on_event(event: webhooks.Event) -> None:
        seen.append(event)

    app = webhooks.asgi_app(on_event, hmac_secret=SECRET)
    assert await asgi_post(app, BODY, signed()) == (200, {"status": "accepted"})
    assert await asgi_post(app, BODY, signed()) == (200, {"status": "duplicate"})
    assert await asgi_post(app, BODY[:-1], signed()) == (401, {"error": "mismatch"})
    assert await asgi_post(app, BODY, {}) == (401, {"error": "missing_header"})
    assert (await asgi_post(app, BODY, signed(), method="GET"))[0] == 405
    not_json = b"hello"
    assert await asgi_post(app, not_json, signed(not_json)) == (400, {"error": "bad_body"})
    await app.receiver.drain()
    assert [e.event_id for e in seen] == ["9f1c2d3e-0000-4000-8000-000000000001"]
    stats = app.receiver.stats
    assert (stats.received, stats.accepted, stats.duplicates, stats.rejected) == (6, 1, 1, 4)
    assert await app.receiver.highest_revision() == 7


async def test_asgi_lifespan_and_size_limit() -> None:
    app = webhooks.asgi_app(lambda event: _noop(), hmac_secret=SECRET, max_body_size=10)
    assert (await asgi_post(app, BODY, signed()))[0] == 413
    messages = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return messages.pop(0)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await app({"type": "lifespan"}, receive, send)
    assert [m["type"] for m in sent] == ["lifespan.startup.complete", "lifespan.shutdown.complete"]


async def _noop() -> None:
    return None


def test_receiver_needs_a_key_unless_told_otherwise() -> None:
    with pytest.raises(errors.ConfigurationError):
        webhooks.WebhookReceiver(_noop_cb)
    with pytest.raises(errors.ConfigurationError):
        webhooks.WebhookReceiver(_noop_cb, hmac_secret=SECRET, verify_signatures=False)
    assert webhooks.WebhookReceiver(_noop_cb, verify_signatures=False).method == "NONE"


async def _noop_cb(event: webhooks.Event) -> None:
    return None


# -- secrets -------------------------------------------------------------------------------------


async def test_secrets_never_in_reprs_or_logs(keys: KeyPair, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="aioraas")
    hmac_receiver = webhooks.WebhookReceiver(_noop_cb, hmac_secret=SECRET)
    x509_receiver = webhooks.WebhookReceiver(_noop_cb, private_key=keys.private_pem)
    header = signed()["X-Signed-Payload"]
    await hmac_receiver.handle(BODY[:-1], signed())
    await hmac_receiver.handle(BODY, signed())
    await x509_receiver.handle(BODY, signed())
    await hmac_receiver.drain()
    pem_line = keys.private_pem.decode().splitlines()[1]
    texts = [repr(hmac_receiver), repr(x509_receiver), repr(hmac_receiver.asgi_app), caplog.text]
    texts.append(repr(webhooks._signing.hmac_key(SECRET)))
    for text in texts:
        assert SECRET not in text
        assert base64.b64decode(SECRET).decode() not in text
        assert pem_line not in text
        assert header not in text
    assert "mismatch" in caplog.text  # rejections are logged, by reason only
