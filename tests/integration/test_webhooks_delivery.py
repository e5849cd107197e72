"""The whole loop on loopback: orders in the emulator -> signed deliveries -> a real receiver ->
the user's callback, exactly once per event, with duplicate and out-of-order delivery injected;
and forged, tampered and unsigned deliveries rejected and counted, none reaching the callback."""

from __future__ import annotations

import asyncio
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from aioraas import webhooks
from aioraas.emulator import Emulator
from aioraas.models import v2
from aioraas.webhooks import SQLiteEventStore, WebhookReceiver
from tests.integration.client_support import ACCOUNT, CUSTOMER, TANGO_CARD, client_for
from tests.integration.webhook_support import KeyPair, Recorder, management, new_hmac_secret, serve

ORDERS = 100


@pytest.fixture(scope="module")
def keys() -> KeyPair:
    return KeyPair.generate()


async def place_orders(emu: Emulator, count: int, *, faults: str | None = None) -> list[v2.Order]:
    """``count`` orders through the real client, 16 at a time; returns the orders placed."""
    emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal(count * 10))
    if faults:
        emu.set_faults(faults)
    limit = asyncio.Semaphore(16)
    async with client_for(emu, max_retries=6) as raas:

        async def one(n: int) -> v2.Order:
            async with limit:
                result = await raas.v2.orders.create(
                    customer_identifier=CUSTOMER,
                    account_identifier=ACCOUNT,
                    utid=TANGO_CARD,
                    amount=Decimal("5.00"),
                    delivery_method="NONE",
                    external_ref_id=f"wh{n:04d}",
                )
                return result.order

        orders = await asyncio.gather(*(one(n) for n in range(count)))
    emu.set_faults(None)
    return list(orders)


class Collector:
    """The user's callback: keeps every event it is given."""

    def __init__(self) -> None:
        self.events: list[webhooks.Event] = []

    async def __call__(self, event: webhooks.Event) -> None:
        await asyncio.sleep(0)  # a real callback awaits something
        self.events.append(event)


async def run_loop(
    receiver_options: dict[str, Any], subscription: dict[str, Any], *, api_faults: str | None = None
) -> tuple[Emulator, WebhookReceiver, Collector, list[v2.Order], list[int]]:
    collector = Collector()
    receiver = WebhookReceiver(collector, **receiver_options)
    arrivals: list[int] = []

    async def handler(request: web.Request) -> web.StreamResponse:
        response = await receiver.aiohttp_handler(request)
        if response.status == 200:
            body = json.loads(await request.read())
            arrivals.append(body["revision"])
        return response

    async with Emulator(seed=15) as emu, serve(handler) as url, management(emu) as api:
        await api.subscribe(url, eventTypes=["LineItemDeliveryStatus"], **subscription)
        emu.webhooks.set_faults(duplicate=0.4, out_of_order=0.5, max_delay=0.3)
        orders = await place_orders(emu, ORDERS, faults=api_faults)
        await emu.webhooks.idle(timeout=30)
        await receiver.drain()
        return emu, receiver, collector, orders, arrivals


def assert_exactly_once(collector: Collector, orders: list[v2.Order], receiver: WebhookReceiver) -> None:
    events = collector.events
    assert len(events) == ORDERS
    assert all(isinstance(e, v2.LineItemDeliveryStatusEvent) for e in events)
    ids = [e.event_id for e in events]
    assert len(set(ids)) == ORDERS, "an event reached the callback twice"
    line_items = sorted(e.event_data.reference_line_item_id for e in events)  # type: ignore[union-attr]
    assert line_items == sorted(o.reference_line_item_id for o in orders)
    assert sorted(e.revision for e in events) == list(range(1, ORDERS + 1))
    assert receiver.stats.accepted == ORDERS
    assert receiver.stats.rejected == 0


async def test_hundred_orders_hmac_each_event_once_despite_duplicates_and_reordering() -> None:
    secret = new_hmac_secret()
    emu, receiver, collector, orders, arrivals = await run_loop(
        {"hmac_secret": secret}, {"payloadVerificationMethod": "HMAC", "hmacSharedSecretKey": secret}
    )
    assert_exactly_once(collector, orders, receiver)
    stats = emu.webhooks.stats
    # Faults really happened: duplicates were sent and answered without reaching the callback,
    # and events arrived out of revision order.
    assert stats["duplicated"] > 0
    assert receiver.stats.duplicates == stats["duplicated"]
    assert stats["delivered"] == ORDERS + stats["duplicated"]
    assert arrivals != sorted(arrivals)
    assert await receiver.highest_revision() == ORDERS


async def test_hundred_orders_x509_with_sqlite_store_and_api_faults(keys: KeyPair, tmp_path: Path) -> None:
    store = SQLiteEventStore(tmp_path / "seen.sqlite")
    try:
        emu, receiver, collector, orders, arrivals = await run_loop(
            {"private_key": keys.private_pem, "store": store},
            {"payloadVerificationMethod": "X509", "signingCertificate": keys.certificate_b64},
            # The API drops connections after committing and answers 503: the client retries with
            # the same externalRefID, so each order (and its event) still exists once.
            api_faults="drop_after_commit=0.1@POST:/raas/v2/orders,error_503=0.1@POST:/raas/v2/orders",
        )
        assert_exactly_once(collector, orders, receiver)
        assert emu.webhooks.stats["duplicated"] > 0
        assert receiver.stats.duplicates == emu.webhooks.stats["duplicated"]
        assert arrivals != sorted(arrivals)
        assert await store.count() == ORDERS
        assert await store.highest_revision() == ORDERS
    finally:
        store.close()


async def test_forged_and_damaged_deliveries_are_rejected_and_counted(keys: KeyPair) -> None:
    secret = new_hmac_secret()
    other_keys = KeyPair.generate()
    hmac_recorder, x509_recorder, foreign_recorder = Recorder(), Recorder(), Recorder()
    async with (
        Emulator() as emu,
        serve(hmac_recorder) as hmac_url,
        serve(x509_recorder) as x509_url,
        serve(foreign_recorder) as foreign_url,
        management(emu) as api,
    ):
        await api.subscribe(hmac_url, payloadVerificationMethod="HMAC", hmacSharedSecretKey=secret)
        await api.subscribe(
            x509_url, payloadVerificationMethod="X509", signingCertificate=keys.certificate_b64
        )
        # Someone else's subscription: right format, wrong secret / key.
        await api.subscribe(
            foreign_url, payloadVerificationMethod="HMAC", hmacSharedSecretKey=new_hmac_secret()
        )
        await place_orders(emu, 5)
        await emu.webhooks.idle()
    assert len(hmac_recorder.deliveries) == len(x509_recorder.deliveries) == 5

    hmac_collector, x509_collector = Collector(), Collector()
    hmac_receiver = WebhookReceiver(hmac_collector, hmac_secret=secret)
    x509_receiver = WebhookReceiver(x509_collector, private_key=keys.private_pem)
    wrong_key_receiver = WebhookReceiver(Collector(), private_key=other_keys.private_pem)

    def tampered(body: bytes) -> bytes:
        at = body.index(b'"status"') + 11
        return body[:at] + bytes([body[at] ^ 0x01]) + body[at + 1 :]

    def reserialised(body: bytes) -> bytes:
        return json.dumps(json.loads(body), indent=1).encode()

    forged: list[tuple[WebhookReceiver, bytes, dict[str, str]]] = []
    for (body, headers), (x_body, x_headers), (f_body, f_headers) in zip(
        hmac_recorder.deliveries, x509_recorder.deliveries, foreign_recorder.deliveries, strict=True
    ):
        unsigned = {k: v for k, v in headers.items() if k.lower() != "x-signed-payload"}
        forged += [
            (hmac_receiver, tampered(body), headers),
            (hmac_receiver, body[:-1], headers),
            (hmac_receiver, reserialised(body), headers),
            (hmac_receiver, body, unsigned),
            (hmac_receiver, f_body, f_headers),  # signed with another subscription's secret
            (hmac_receiver, body, x_headers),  # an X509 signature where HMAC is expected
            (x509_receiver, tampered(x_body), x_headers),
            (x509_receiver, x_body[:-1], x_headers),
            (x509_receiver, x_body, {"Content-Type": "application/json"}),
            (x509_receiver, x_body, headers),  # an HMAC signature where X509 is expected
            (wrong_key_receiver, x_body, x_headers),  # the wrong private key
        ]

    statuses: list[int] = []
    async with (
        aiohttp.ClientSession() as session,
        serve(hmac_receiver.aiohttp_handler) as hmac_at,
        serve(x509_receiver.aiohttp_handler) as x509_at,
        serve(wrong_key_receiver.aiohttp_handler) as wrong_at,
    ):
        urls = {id(hmac_receiver): hmac_at, id(x509_receiver): x509_at, id(wrong_key_receiver): wrong_at}
        for receiver, body, headers in forged:
            async with session.post(urls[id(receiver)], data=body, headers=headers) as response:
                statuses.append(response.status)
        for receiver in (hmac_receiver, x509_receiver, wrong_key_receiver):
            await receiver.drain()

    assert statuses == [401] * len(forged)
    assert hmac_collector.events == []
    assert x509_collector.events == []
    rejected = hmac_receiver.stats.rejected + x509_receiver.stats.rejected + wrong_key_receiver.stats.rejected
    assert rejected == len(forged) == 55
    assert hmac_receiver.stats.rejected_by_reason == {"mismatch": 25, "missing_header": 5}
    assert x509_receiver.stats.rejected_by_reason == {"mismatch": 15, "missing_header": 5}
    assert wrong_key_receiver.stats.rejected_by_reason == {"mismatch": 5}
    assert hmac_receiver.stats.accepted == x509_receiver.stats.accepted == 0

    # The genuine deliveries still pass, once each.
    for (body, headers), (x_body, x_headers) in zip(
        hmac_recorder.deliveries, x509_recorder.deliveries, strict=True
    ):
        assert await hmac_receiver.handle(body, headers) == (200, b'{"status":"accepted"}')
        assert (await x509_receiver.handle(x_body, x_headers))[0] == 200
    await hmac_receiver.drain()
    await x509_receiver.drain()
    assert len(hmac_collector.events) == len(x509_collector.events) == 5


async def test_failed_deliveries_are_retried_with_backoff() -> None:
    secret = new_hmac_secret()
    collector = Collector()
    receiver = WebhookReceiver(collector, hmac_secret=secret)
    attempts: dict[str, int] = {}

    async def flaky(request: web.Request) -> web.StreamResponse:
        body = await request.read()
        event_id = json.loads(body)["eventId"]
        attempts[event_id] = attempts.get(event_id, 0) + 1
        if attempts[event_id] <= 2:
            return web.json_response({"error": "busy"}, status=503)
        return await receiver.aiohttp_handler(request)

    async with Emulator() as emu, serve(flaky) as url, management(emu) as api:
        emu.webhooks.backoff = 0.01
        await api.subscribe(url, payloadVerificationMethod="HMAC", hmacSharedSecretKey=secret)
        await place_orders(emu, 10)
        await emu.webhooks.idle()
        await receiver.drain()
        stats = emu.webhooks.stats
    assert len(collector.events) == 10
    assert set(attempts.values()) == {3}
    assert stats["retries"] == 20
    assert stats["delivered"] == 10
    assert stats["gave_up"] == 0


async def test_a_receiver_that_never_answers_is_given_up_on() -> None:
    async def down(request: web.Request) -> web.StreamResponse:
        return web.json_response({"error": "down"}, status=500)

    async with Emulator() as emu, serve(down) as url, management(emu) as api:
        emu.webhooks.backoff = 0.001
        emu.webhooks.max_attempts = 3
        await api.subscribe(url)
        await place_orders(emu, 2)
        await emu.webhooks.idle()
        assert emu.webhooks.stats["gave_up"] == 2
        assert emu.webhooks.stats["attempts"] == 6


async def test_callback_failure_releases_the_event_for_the_next_delivery() -> None:
    secret = new_hmac_secret()
    calls: list[str] = []

    async def fails_once(event: webhooks.Event) -> None:
        calls.append(str(event.event_id))
        if len(calls) == 1:
            raise RuntimeError("database is down")

    receiver = WebhookReceiver(fails_once, hmac_secret=secret, wait_for_callback=True)
    async with Emulator() as emu, serve(receiver.aiohttp_handler) as url, management(emu) as api:
        emu.webhooks.backoff = 0.01
        await api.subscribe(url, payloadVerificationMethod="HMAC", hmacSharedSecretKey=secret)
        await place_orders(emu, 1)
        await emu.webhooks.idle()
    # First delivery: the callback failed, 500, the emulator retried, the callback ran again.
    assert len(calls) == 2
    assert calls[0] == calls[1]
    assert receiver.stats.callback_errors == 1
    assert receiver.stats.handled == 1
    assert emu.webhooks.stats["retries"] == 1
