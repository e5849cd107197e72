"""The emulator's webhook endpoints over HTTP: subscriptions, event types, event log, replay,
renewal, expiry and test events, checked with a plain aiohttp client and a recording receiver."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
from typing import Any

from aioraas.emulator import Emulator
from tests.integration.webhook_support import KeyPair, Recorder, management, new_hmac_secret, serve


def hmac_of(secret: str, body: bytes) -> str:
    return base64.b64encode(hmac.new(base64.b64decode(secret), body, hashlib.sha256).digest()).decode()


async def test_create_get_list_update_delete() -> None:
    secret = new_hmac_secret()
    async with Emulator() as emu, management(emu) as api:
        created = await api.subscribe(
            "http://127.0.0.1:9/hooks",
            categories=["ORDER", "ACCOUNT"],
            headers=[{"name": "Authorization", "value": "Bearer s3cret"}],
            payloadVerificationMethod="HMAC",
            hmacSharedSecretKey=secret,
        )
        webhook_id = created["webhookId"]
        assert created["payloadVerificationMethod"] == "HMAC"
        assert created["expiresAt"] > created["createdAt"]
        status, got = await api.call("GET", f"/webhooks/{webhook_id}")
        assert (status, got["url"], got["categories"]) == (
            200,
            "http://127.0.0.1:9/hooks",
            ["ORDER", "ACCOUNT"],
        )

        await api.subscribe("http://127.0.0.1:9/other", eventTypes=["LowBalance"])
        status, page = await api.call("GET", "/webhooks", maxResults=1)
        assert status == 200
        assert page["numberOfElements"] == 1
        assert page["nextPageAvailable"] is True
        status, rest = await api.call("GET", "/webhooks", nextCursor=page["nextCursor"], maxResults=1)
        assert [s["url"] for s in page["items"] + rest["items"]] == [
            "http://127.0.0.1:9/hooks",
            "http://127.0.0.1:9/other",
        ]
        status, filtered = await api.call("GET", "/webhooks", eventTypes="LowBalance")
        assert [s["url"] for s in filtered["items"]] == ["http://127.0.0.1:9/other"]

        status, updated = await api.call(
            "PATCH", f"/webhooks/{webhook_id}", {"url": "http://127.0.0.1:9/new"}
        )
        assert (status, updated["url"], updated["categories"]) == (
            200,
            "http://127.0.0.1:9/new",
            ["ORDER", "ACCOUNT"],
        )
        status, refused = await api.call(
            "PATCH", f"/webhooks/{webhook_id}", {"payloadVerificationMethod": "X509"}
        )
        assert status == 400
        assert refused["errors"][0]["path"] == "signingCertificate"
        status, still = await api.call("GET", f"/webhooks/{webhook_id}")
        assert still["payloadVerificationMethod"] == "HMAC"

        status, gone = await api.call("DELETE", f"/webhooks/{webhook_id}")
        assert (status, gone) == (200, None)  # OAS26: 200 without a body
        status, missing = await api.call("GET", f"/webhooks/{webhook_id}")
        assert (status, missing["httpCode"]) == (404, 404)


async def test_bad_subscriptions_name_the_field() -> None:
    async with Emulator() as emu, management(emu) as api:
        cases = [
            ({"categories": ["ORDER"]}, "url"),
            ({"url": "ftp://x", "categories": ["ORDER"]}, "url"),
            ({"url": "http://127.0.0.1:9/"}, "categories"),
            ({"url": "http://127.0.0.1:9/", "categories": ["NOPE"]}, "categories"),
            ({"url": "http://127.0.0.1:9/", "eventTypes": ["Nope"]}, "eventTypes"),
            (
                {"url": "http://127.0.0.1:9/", "categories": ["ORDER"], "payloadVerificationMethod": "HMAC"},
                "hmacSharedSecretKey",
            ),
            (
                {"url": "http://127.0.0.1:9/", "categories": ["ORDER"], "hmacSharedSecretKey": "not base64!"},
                "hmacSharedSecretKey",
            ),
            (
                {"url": "http://127.0.0.1:9/", "categories": ["ORDER"], "signingCertificate": "AAAA"},
                "signingCertificate",
            ),
            (
                {"url": "http://127.0.0.1:9/", "categories": ["ORDER"], "payloadVerificationMethod": "RSA"},
                "payloadVerificationMethod",
            ),
        ]
        for body, field in cases:
            status, answer = await api.call("POST", "/webhooks", body)
            assert status == 400, body
            assert answer["errors"][0]["path"] == field, (body, answer)
        assert emu.webhooks.subscriptions == {}


async def test_event_log_replay_and_the_delivered_signature() -> None:
    secret = new_hmac_secret()
    recorder = Recorder()
    async with Emulator() as emu, serve(recorder) as url, management(emu) as api:
        sub = await api.subscribe(
            url,
            categories=["ACCOUNT"],
            hmacSharedSecretKey=secret,
            headers=[{"name": "Authorization", "value": "Bearer token-1"}],
        )
        for n in range(5):
            emu.webhooks.publish("AccountStatus", {"accountIdentifier": f"acct-{n}", "status": "FROZEN"})
        emu.webhooks.publish("ItemAvailability", {"utid": "U1", "status": "UNAVAILABLE"})  # not subscribed
        await emu.webhooks.idle()
        assert len(recorder.deliveries) == 5
        for body, headers in recorder.deliveries:
            assert headers["X-Signed-Payload"] == hmac_of(secret, body)
            assert headers["Authorization"] == "Bearer token-1"
            assert headers["Content-Type"] == "application/json"

        webhook_id = sub["webhookId"]
        status, page = await api.call("GET", f"/webhooks/{webhook_id}/events", fromRevision=2, toRevision=4)
        assert status == 200
        assert [e["revision"] for e in page["items"]] == [2, 3, 4]
        assert page["items"][0]["eventData"] == {"accountIdentifier": "acct-1", "status": "FROZEN"}
        assert page["items"][0]["categories"] == ["ACCOUNT"]

        status, replayed = await api.call("POST", f"/webhooks/{webhook_id}/replay", fromRevision=4)
        assert (status, replayed["replayedEvents"]) == (200, 2)
        await emu.webhooks.idle()
        again = [json.loads(body) for body, _ in recorder.deliveries[5:]]
        originals = {e["revision"]: e for e in (json.loads(b) for b, _ in recorder.deliveries[:5])}
        assert sorted(e["revision"] for e in again) == [4, 5]
        assert all(e == originals[e["revision"]] for e in again)  # same eventId, same body

        status, refused = await api.call("POST", f"/webhooks/{webhook_id}/replay")
        assert status == 400
        assert refused["errors"][0]["path"] == "fromRevision"


async def test_x509_deliveries_decrypt_to_the_body_digest() -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import padding

    keys = KeyPair.generate()
    recorder = Recorder()
    async with Emulator() as emu, serve(recorder) as url, management(emu) as api:
        await api.subscribe(url, signingCertificate=keys.certificate_b64)  # method inferred: X509
        emu.webhooks.publish(
            "LineItemDeliveryStatus", {"referenceLineItemId": "RA1-01", "status": "DELIVERED"}
        )
        await emu.webhooks.idle()
    ((body, headers),) = recorder.deliveries
    key = serialization.load_pem_private_key(keys.private_pem, password=None)
    plain = key.decrypt(base64.b64decode(headers["X-Signed-Payload"]), padding.PKCS1v15())  # type: ignore[union-attr]
    assert plain == hashlib.sha256(body).digest()


async def test_expiry_renewal_tests_and_event_types() -> None:
    recorder = Recorder()
    async with Emulator() as emu, serve(recorder) as url, management(emu) as api:
        sub = await api.subscribe(url, categories=["ITEM"])
        webhook_id = sub["webhookId"]
        assert "X-Signed-Payload" not in (await _one_test(emu, api, webhook_id, recorder))

        emu.advance_clock(31 * 24 * 3600)  # past expiresAt: no more deliveries
        emu.webhooks.publish("ItemAvailability", {"utid": "U1", "status": "UNAVAILABLE"})
        await emu.webhooks.idle()
        assert len(recorder.deliveries) == 1

        status, renewed = await api.call("POST", f"/webhooks/{webhook_id}/renew")
        assert status == 200
        assert renewed["expiresAt"] > sub["expiresAt"]
        emu.webhooks.publish("ItemAvailability", {"utid": "U1", "status": "ACTIVE"})
        await emu.webhooks.idle()
        assert len(recorder.deliveries) == 2

        status, sample = await api.call("POST", f"/webhooks/{webhook_id}/tests/LowBalance")
        assert (status, sample["eventType"], sample["categories"]) == (200, "LowBalance", ["ACCOUNT"])
        status, refused = await api.call("POST", f"/webhooks/{webhook_id}/tests/NoSuchTest")
        assert status == 400
        assert refused["errors"][0]["path"] == "testName"

        status, types = await api.call("GET", "/webhooks/eventtypes", category="ORDER", maxResults=50)
        assert status == 200
        assert types["items"] == [
            {
                "category": "ORDER",
                "eventTypes": ["AsyncOrderStatus", "LineItemDeliveryStatus", "OrderActionStatus"],
            }
        ]
        status, every = await api.call("GET", "/webhooks/eventtypes")
        assert {t["category"] for t in every["items"]} == {"ITEM", "ACCOUNT", "REWARD", "ORDER", "PLATFORM"}


async def _one_test(emu: Emulator, api: object, webhook_id: str, recorder: Recorder) -> dict[str, str]:
    status, event = await api.call("POST", f"/webhooks/{webhook_id}/tests")  # type: ignore[attr-defined]
    assert (status, event["eventType"]) == (200, "ConnectivityTest")
    await emu.webhooks.idle()
    body, headers = recorder.deliveries[-1]
    assert json.loads(body)["eventId"] == event["eventId"]
    return headers


async def test_subscription_reprs_hide_secrets() -> None:
    secret = new_hmac_secret()
    async with Emulator() as emu, management(emu) as api:
        await api.subscribe(
            "http://127.0.0.1:9/",
            hmacSharedSecretKey=secret,
            headers=[{"name": "Authorization", "value": "Bearer very-secret"}],
        )
        (sub,) = emu.webhooks.subscriptions.values()
        for text in (repr(sub), repr(emu.webhooks)):
            assert secret not in text
            assert "very-secret" not in text


async def test_publish_from_another_thread(raas_emulator_factory: Any) -> None:
    recorder = Recorder()
    emu = raas_emulator_factory()  # serving from its own thread and loop
    async with serve(recorder) as url, management(emu) as api:
        await api.subscribe(url, categories=["ITEM"])
        data = {"utid": "U561593", "status": "UNAVAILABLE"}
        assert await asyncio.to_thread(emu.publish_webhook_event, "ItemAvailability", data) == 1
        assert await asyncio.to_thread(emu.publish_webhook_event, "LowBalance", {}) == 0  # not subscribed
        for _ in range(200):
            if recorder.deliveries:
                break
            await asyncio.sleep(0.01)
    ((body, _),) = recorder.deliveries
    assert json.loads(body)["eventData"] == data


async def test_account_status_changes_and_store_events_are_delivered() -> None:
    recorder = Recorder()
    async with Emulator() as emu, serve(recorder) as url, management(emu) as api:
        await api.subscribe(url, categories=["ACCOUNT", "ORDER"])
        emu.create_account("acme-hr", "acme-hr-q1", balance=100)
        emu.set_account_status("acme-hr-q1", "FROZEN")
        # What another emulator feature does to announce an event of its own.
        emu._ctx.store.emit(
            "webhook.event",
            {
                "eventType": "AsyncOrderStatus",
                "eventData": {"externalRefID": "bulk-1", "status": "COMPLETED"},
            },
        )
        await emu.webhooks.idle()
        status, account = await api.call("GET", "/accounts/acme-hr-q1")
    assert (status, account["status"]) == (200, "FROZEN")
    events = [json.loads(body) for body, _ in recorder.deliveries]
    assert [
        (e["eventType"], e["categories"], e["eventData"]) for e in sorted(events, key=lambda e: e["revision"])
    ] == [
        ("AccountStatus", ["ACCOUNT"], {"accountIdentifier": "acme-hr-q1", "status": "FROZEN"}),
        ("AsyncOrderStatus", ["ORDER"], {"externalRefID": "bulk-1", "status": "COMPLETED"}),
    ]
