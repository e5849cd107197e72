"""The request pipeline's steps in order, each answer with a request id, and orders read back as sent."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from tests.integration.emulator_support import ACCOUNT, CUSTOMER, Reply, assert_error_info, running, v2_order

_UUID4 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


def _request_id(reply: Reply) -> str:
    request_id = reply.request_id
    assert request_id is not None, reply.headers
    assert _UUID4.fullmatch(request_id), request_id
    return request_id


async def test_every_kind_of_answer_carries_its_own_request_id() -> None:
    async with running(tps=1000, oauth_clients={"app": "secret"}) as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("100"))
        replies = {
            "order": await api.post("/raas/v2/orders", v2_order(externalRefID="rid-1")),
            "handler failure": await api.get("/raas/v2/orders/RA000000-00000-00"),
            "router miss": await api.get("/raas/v2/no-such-thing"),
            "no credentials": await api.get("/raas/v2/catalogs", auth=False),
            "not json": await api.get("/raas/v2/catalogs", headers={"Accept": "text/html"}),
            "token endpoint": await api.post("/oauth/token", data="grant_type=nope", auth=False),
            "open pulse": await api.get("/raas/v2/pulse", auth=False),
        }
        emu.set_faults("error_503=1@GET:/raas/v2/catalogs")
        replies["fault"] = await api.get("/raas/v2/catalogs")
        emu.set_faults(None)
        emu.set_tps(0.001)
        await api.get("/raas/v2/catalogs")  # takes the one token of the bucket
        replies["rate limit"] = await api.get("/raas/v2/catalogs")
    ids = {name: _request_id(reply) for name, reply in replies.items()}
    assert len(set(ids.values())) == len(ids), ids
    assert replies["order"].status == 201
    assert replies["open pulse"].status == 200
    assert replies["token endpoint"].status == 400
    assert_error_info(replies["handler failure"], 404, "404.017")
    assert_error_info(replies["no credentials"], 401, "401.001")
    assert_error_info(replies["fault"], 503, replies["fault"].body["i18nKey"])
    assert replies["not json"].status == 406
    assert replies["rate limit"].status == 429
    stats = emu.stats
    assert stats.count("POST /raas/v2/orders", 201) == 1
    assert stats.rate_limited == 1
    assert stats.faults["error_503"] == 1
    assert stats.in_flight == 0


async def test_a_crash_in_a_handler_is_a_tango_shaped_500_with_a_request_id(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from aioraas.emulator.v2 import orders

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(orders, "charge_for", broken)
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("100"))
        reply = await api.post("/raas/v2/orders", v2_order())
    assert_error_info(reply, 500, reply.body["i18nKey"])
    assert emu.stats.count("POST /raas/v2/orders", 500) == 1


async def test_an_order_reads_back_as_the_bytes_it_was_answered_with() -> None:
    order = v2_order(
        externalRefID="same-1",
        notes="ünïcode ✓",
        campaign="spring",
        purchaseOrderNumber="PO-7",
        message="Thanks",
        emailSubject="For you",
        sender={"firstName": "Sam", "lastName": "Ray", "email": "sam@example.com"},
        recipient={
            "firstName": "Ann",
            "lastName": "Lee",
            "email": "ann@example.com",
            "mobileNumber": "+14155550100",
        },
    )
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("100"))
        created = await api.post("/raas/v2/orders", order)
        repeated = await api.post("/raas/v2/orders", order)
        reference = created.body["referenceOrderID"]
        got = await api.get(f"/raas/v2/orders/{reference}")
        line_item = await api.get(f"/raas/v2/lineItems/{reference}-01")
    assert (created.status, repeated.status) == (201, 200)
    assert repeated.raw == created.raw
    assert emu.state.order(reference) is not None
    assert emu.state.order(reference).body_json == created.raw  # type: ignore[union-attr]
    body = created.body
    assert body["recipient"]["mobileNumber"] == "+14155550100"
    assert (body["notes"], body["campaign"], body["purchaseOrderNumber"]) == ("ünïcode ✓", "spring", "PO-7")
    assert {k: v for k, v in got.body.items() if k in body} == body
    assert line_item.status == 200
    assert line_item.body["reward"] == body["reward"]
    assert (line_item.body["orderNotes"], line_item.body["campaign"]) == ("ünïcode ✓", "spring")
    assert line_item.body["amountCharged"]["value"] == body["amountCharged"]["total"]
