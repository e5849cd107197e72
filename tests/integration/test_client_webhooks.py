"""The client's webhook management methods (generated from spec/v2/openapi.json) against the emulator,
and the subscription they make delivering to a real receiver."""

from __future__ import annotations

import asyncio

from aioraas import webhooks
from aioraas.emulator import Emulator
from aioraas.models import v2
from tests.integration.client_support import client_for, collect
from tests.integration.webhook_support import KeyPair, Recorder, new_hmac_secret, serve


async def test_manage_a_subscription_end_to_end() -> None:
    secret = new_hmac_secret()
    seen: list[webhooks.Event] = []

    async def on_event(event: webhooks.Event) -> None:
        seen.append(event)

    receiver = webhooks.WebhookReceiver(on_event, hmac_secret=secret)
    async with Emulator() as emu, serve(receiver.aiohttp_handler) as url, client_for(emu) as raas:
        created = await raas.v2.webhooks.create(
            url=url,
            categories=["ACCOUNT"],
            headers=[v2.WebhookHeader(name="Authorization", value="Bearer t0ken-value")],
            payload_verification_method=v2.PayloadVerificationMethod.HMAC,
            hmac_shared_secret_key=secret,
        )
        assert isinstance(created, v2.Webhook)
        assert created.webhook_id is not None
        webhook_id = created.webhook_id
        # Secrets stay out of reprs, on the way in and on the way out.
        assert secret not in repr(created)
        assert "t0ken-value" not in repr(created)
        request = v2.WebhookCreate(url=url, hmac_shared_secret_key=secret, categories=["ORDER"])
        assert secret not in repr(request)

        await raas.v2.webhooks.create(url="http://127.0.0.1:9/other", event_types=["LowBalance"])
        listed = await collect(raas.v2.webhooks.list(max_results=1))
        assert [w.url for w in listed] == [url, "http://127.0.0.1:9/other"]
        assert [w.url for w in await collect(raas.v2.webhooks.list(event_types=["LowBalance"]))] == [
            "http://127.0.0.1:9/other"
        ]

        got = await raas.v2.webhooks.get(webhook_id)
        assert got.categories == ["ACCOUNT"]
        updated = await raas.v2.webhooks.update(webhook_id, event_types=["ItemAvailability"])
        assert updated.event_types == ["ItemAvailability"]
        assert updated.categories == ["ACCOUNT"]

        (types,) = await collect(raas.v2.webhooks.event_types(category="ACCOUNT"))
        assert types.category == "ACCOUNT"
        assert types.event_types == ["AccountStatus", "Transaction", "LowBalance"]

        for n in range(3):
            emu.webhooks.publish("AccountStatus", {"accountIdentifier": f"acct-{n}", "status": "FROZEN"})
        await raas.v2.webhooks.test(webhook_id)  # ConnectivityTest
        await raas.v2.webhooks.test(webhook_id, "LowBalance")
        await emu.webhooks.idle()
        await receiver.drain()
        assert sorted(e.revision or 0 for e in seen) == [1, 2, 3, 4, 5]
        by_revision = {e.revision: type(e) for e in seen}
        assert by_revision == {
            1: v2.AccountStatusEvent,
            2: v2.AccountStatusEvent,
            3: v2.AccountStatusEvent,
            4: v2.WebhookEvent,  # ConnectivityTest: no family of its own
            5: v2.LowBalanceEvent,
        }

        events = await collect(raas.v2.webhooks.events(webhook_id, from_revision=2, max_results=2))
        assert [e.revision for e in events] == [2, 3, 4, 5]
        assert events[0].event_data == {"accountIdentifier": "acct-1", "status": "FROZEN"}

        await raas.v2.webhooks.replay(webhook_id, from_revision=1, to_revision=3)
        await emu.webhooks.idle()
        await receiver.drain()
        assert len(seen) == 5  # replayed events keep their ids: duplicates, not new events
        assert receiver.stats.duplicates == 3

        renewed = await raas.v2.webhooks.renew(webhook_id)
        assert renewed.expires_at is not None
        assert created.expires_at is not None
        assert renewed.expires_at >= created.expires_at

        await raas.v2.webhooks.delete(webhook_id)
        assert [w.url for w in await collect(raas.v2.webhooks.list())] == ["http://127.0.0.1:9/other"]


async def test_x509_subscription_made_by_the_client() -> None:
    keys = KeyPair.generate()
    recorder = Recorder()
    async with Emulator() as emu, serve(recorder) as url, client_for(emu) as raas:
        await raas.v2.webhooks.create(
            url=url,
            event_types=["LineItemDeliveryStatus"],
            payload_verification_method="X509",
            signing_certificate=keys.certificate_b64,
        )
        emu.webhooks.publish(
            "LineItemDeliveryStatus", {"referenceLineItemId": "RA1-01", "status": "DELIVERED"}
        )
        await asyncio.wait_for(emu.webhooks.idle(), 10)
    ((body, headers),) = recorder.deliveries
    event = webhooks.parse(body, headers, private_key=keys.private_pem)
    assert isinstance(event, v2.LineItemDeliveryStatusEvent)
