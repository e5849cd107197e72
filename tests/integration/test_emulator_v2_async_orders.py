"""v2 async orders in the emulator: per-line validation, idempotency, background charging, paging."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import aiohttp
import pytest

from tests.integration.emulator_support import ACCOUNT, CUSTOMER, Api, running

ORDERS = "/raas/v2/asyncOrders"
DETAIL = f"{ORDERS}/customers/{CUSTOMER}/accounts/{ACCOUNT}"


def line(ref: str, email: str | None = None, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "externalRefLineItemID": ref,
        "utid": "U561593",
        "amount": 25,
        "deliveryMethod": "EMAIL",
        "recipient": {"email": email or f"{ref}@example.com", "firstName": "Ann", "lastName": "Lee"},
    }
    body.update(overrides)
    return body


def order(ref: str, lines: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "externalRefID": ref,
        "customerIdentifier": CUSTOMER,
        "accountIdentifier": ACCOUNT,
        "lineItems": lines,
    }


async def balance(api: Api) -> Decimal:
    reply = await api.get(f"/raas/v2/accounts/{ACCOUNT}")
    assert reply.status == 200, reply.raw
    return Decimal(str(reply.body["currentBalance"]))


async def settled(api: Api, ref: str, rounds: int = 200) -> dict[str, Any]:
    for _ in range(rounds):
        reply = await api.get(f"{DETAIL}/{ref}")
        assert reply.status == 200, reply.raw
        if reply.body["orderStatus"] != "PENDING":
            return dict(reply.body)
        await asyncio.sleep(0.01)
    raise AssertionError(f"order {ref} still pending")


async def all_lines(api: Api, ref: str, **params: str) -> list[dict[str, Any]]:
    seen: list[dict[str, Any]] = []
    query = {"maxResults": "7", **params}
    for _ in range(100):
        reply = await api.get(f"{DETAIL}/{ref}/lineItems", params=query)
        assert reply.status == 200, reply.raw
        seen.extend(reply.body["lineItems"])
        cursor = reply.body["pagination"]["nextCursor"]
        if not cursor:
            return seen
        query = {**query, "nextCursor": cursor}
    raise AssertionError("paging did not end")


async def test_lines_are_validated_one_by_one_and_the_rest_charged_as_they_complete() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("100.00"))
        bad_utid = line("L2", utid="U999999999")
        no_email = line("L3")
        no_email["recipient"] = {"firstName": "No", "lastName": "Mail"}
        reply = await api.post(ORDERS, order("A1", [line("L1"), bad_utid, no_email, line("L4")]))
        assert reply.status == 202, reply.raw
        entity = reply.body
        assert entity["externalRefID"] == "A1"
        assert entity["totalLineItems"] == 4
        assert [f["externalRefLineItemID"] for f in entity["failedLineItems"]] == ["L2", "L3"]
        assert [f["lineItemId"] for f in entity["failedLineItems"]] == [2, 3]
        assert entity["failedLineItems"][0]["errors"][0]["field"] == "lineItems[1].utid"
        assert entity["duplicateLineItemRefIds"] == {}
        summary = await settled(api, "A1")
        assert summary["orderStatus"] == "PARTIALFAILED"
        assert "successfulLineItems" not in summary  # OAS26's AsyncOrderDetailView has no counts
        assert summary["totalLineItems"] == 4
        charged = {"currencyCode": "USD", "value": 50.0, "total": 50.0, "shippingFee": 0.0}
        assert summary["amountCharged"] == charged
        assert [item["lineItemStatus"] for item in summary["lineItems"]] == ["COMPLETE", "COMPLETE"]
        assert [item["referenceLineItemId"] for item in summary["lineItems"]] == [
            f"{entity['referenceOrderID']}-01",
            f"{entity['referenceOrderID']}-04",
        ]
        lines = await all_lines(api, "A1")
        assert [item["amountCharged"]["total"] for item in lines] == [25.0, 25.0]
        assert [item["referenceLineItemID"] for item in lines] == [
            item["referenceLineItemId"] for item in summary["lineItems"]
        ]
        assert await balance(api) == Decimal("50.00")


async def test_a_repeated_order_returns_the_original_and_duplicate_line_ids_are_counted() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("1000.00"))
        first = await api.post(ORDERS, order("A1", [line("L1"), line("L2"), line("L1")]))
        assert first.status == 202, first.raw
        assert first.body["duplicateLineItemRefIds"] == {"L1": 1}
        again = await api.post(ORDERS, order("A1", [line("X1")]))
        assert again.status == 200, again.raw
        assert again.body["totalLineItems"] == 3
        assert again.body["referenceOrderID"] == first.body["referenceOrderID"]
        other = await api.post(ORDERS, order("A2", [line("L2"), line("L3")]))
        assert other.status == 202
        assert other.body["duplicateLineItemRefIds"] == {"L2": 1}
        await settled(api, "A1")
        await settled(api, "A2")
        refs = [item["externalRefLineItemID"] for ref in ("A1", "A2") for item in await all_lines(api, ref)]
        assert sorted(refs) == ["L1", "L2", "L3"]
        assert await balance(api) == Decimal("925.00")


async def test_insufficient_funds_refuses_the_whole_order_counting_unfinished_ones() -> None:
    async with running(async_rate=1) as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("60.00"))
        assert (await api.post(ORDERS, order("A1", [line("L1"), line("L2")]))).status == 202
        refused = await api.post(ORDERS, order("A2", [line("L3")]))
        assert refused.status == 402, refused.raw
        assert refused.body["i18nKey"] == "402.001"
        missing = await api.get(f"{DETAIL}/A2")
        assert missing.status == 404


async def test_processing_follows_the_configured_rate() -> None:
    async with running(async_rate=100) as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("10000.00"))
        started = asyncio.get_running_loop().time()
        reply = await api.post(ORDERS, order("A1", [line(f"L{i}") for i in range(30)]))
        assert reply.status == 202
        early = await api.get(f"{DETAIL}/A1")
        assert any(item["lineItemStatus"] == "PENDING" for item in early.body["lineItems"])
        summary = await settled(api, "A1")
        elapsed = asyncio.get_running_loop().time() - started
        assert summary["orderStatus"] == "SUCCESSFUL"
        assert elapsed >= 0.2
        assert await balance(api) == Decimal("10000.00") - 30 * 25


async def test_delivery_date_schedules_a_line_until_that_moment() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("1000.00"))
        soon = (datetime.now(UTC) + timedelta(days=2)).isoformat()
        later = (datetime.now(UTC) + timedelta(days=8)).isoformat()
        reply = await api.post(
            ORDERS, order("A1", [line("L1"), line("L2", deliveryDate=later), line("L3", deliveryDate=soon)])
        )
        assert reply.status == 202
        assert [f["externalRefLineItemID"] for f in reply.body["failedLineItems"]] == ["L3"]
        await asyncio.sleep(0.05)
        summary = (await api.get(f"{DETAIL}/A1")).body
        assert summary["orderStatus"] == "PENDING"
        assert [item["lineItemStatus"] for item in summary["lineItems"]] == ["COMPLETE", "SCHEDULED"]
        assert summary["lineItems"][1]["scheduledDeliveryDate"]
        assert await balance(api) == Decimal("975.00")
        scheduled = [item for item in await all_lines(api, "A1") if item["lineItemStatus"] == "SCHEDULED"]
        patched = await api.patch(
            f"{ORDERS}/lineItems/{scheduled[0]['referenceLineItemID']}", {"lineItemNote": "later"}
        )
        assert patched.status == 201, patched.raw
        assert patched.body["note"] == "later"
        emu.advance_clock(9 * 86400)
        summary = await settled(api, "A1")
        assert summary["orderStatus"] == "PARTIALFAILED"
        assert await balance(api) == Decimal("950.00")


async def test_line_items_page_by_cursor_and_filter_failed_only() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("500.00"))
        assert (await api.post(ORDERS, order("A1", [line(f"L{i:02d}") for i in range(20)]))).status == 202
        await settled(api, "A1")
        lines = await all_lines(api, "A1")
        assert [item["externalRefLineItemID"] for item in lines] == [f"L{i:02d}" for i in range(20)]
        assert await all_lines(api, "A1", failedOnly="true") == []
        some = await api.get(f"{DETAIL}/A1/lineItems", params=[("externalRefLineItemIDs", "L03")])
        assert [item["externalRefLineItemID"] for item in some.body["lineItems"]] == ["L03"]
        listed = await api.get(ORDERS, params={"accountIdentifier": ACCOUNT})
        assert [o["externalRefID"] for o in listed.body["orders"]] == ["A1"]
        assert listed.body["orders"][0]["totalLineItemsRows"] == 20
        assert "asyncOrders" not in listed.body
        codes = await api.get(f"{ORDERS}/reasonCodes")
        assert codes.status == 200
        assert codes.body["reasonCodes"]
        updated = await api.patch(f"{DETAIL}/A1", {"notes": "q1 bonuses"})
        assert updated.status == 200
        assert updated.body["notes"] == "q1 bonuses"
        too_long = await api.patch(f"{DETAIL}/A1", {"notes": "x" * 151})
        assert too_long.status == 400


async def test_bad_orders_are_refused_whole() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("300.00"))
        missing_ref = order("A1", [line("L1")])
        del missing_ref["externalRefID"]
        reply = await api.post(ORDERS, missing_ref)
        assert reply.status == 400
        assert reply.body["errors"][0]["path"] == "externalRefID"
        empty = await api.post(ORDERS, order("A1", []))
        assert empty.status == 400
        unknown = await api.post(ORDERS, {**order("A1", [line("L1")]), "accountIdentifier": "nobody-here"})
        assert unknown.status == 404


async def test_a_dropped_answer_still_commits_and_a_resend_returns_it() -> None:
    async with running(faults="drop_after_commit=1@POST:/raas/v2/asyncOrders") as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("300.00"))
        with pytest.raises(aiohttp.ClientError):  # the connection is closed with no answer
            await api.post(ORDERS, order("A1", [line("L1"), line("L2")]))
        emu.set_faults(None)
        again = await api.post(ORDERS, order("A1", [line("L1"), line("L2")]))
        assert again.status == 200
        await settled(api, "A1")
        assert await balance(api) == Decimal("250.00")


async def test_the_order_list_filters_by_date_status_and_line_items() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("500.00"))
        first = await api.post(ORDERS, {**order("D1", [line("D1-a")]), "campaign": "spring"})
        assert first.status == 202, first.raw
        await settled(api, "D1")
        emu.advance_clock(2 * 86400)
        second = order("D2", [line("D2-a", amount=40, utid="U561593"), line("D2-b", utid="NOPE")])
        assert (await api.post(ORDERS, second)).status == 202
        await settled(api, "D2")
        created = {o["externalRefID"]: o["createdAt"] for o in (await api.get(ORDERS)).body["orders"]}
        split = datetime.fromisoformat(created["D1"]) + timedelta(days=1)

        async def refs(**params: str) -> list[str]:
            reply = await api.get(ORDERS, params={"accountIdentifier": ACCOUNT, **params})
            assert reply.status == 200, reply.raw
            return sorted(o["externalRefID"] for o in reply.body["orders"])

        assert await refs() == ["D1", "D2"]
        assert await refs(startDate=split.isoformat()) == ["D2"]
        assert await refs(endDate=split.isoformat()) == ["D1"]
        assert await refs(startDate=split.date().isoformat()) == ["D2"]
        assert await refs(campaign="spring") == ["D1"]
        assert await refs(orderStatus="PARTIALFAILED") == ["D2"]
        assert await refs(orderStatus="SUCCESSFUL") == ["D1"]
        assert await refs(minAmount="30") == ["D2"]
        assert await refs(maxAmount="30") == ["D1"]
        assert await refs(recipientEmail="D1-A@example.com") == ["D1"]
        assert await refs(utid="U561593", minAmount="30") == ["D2"]
        bad = await api.get(ORDERS, params={"startDate": "yesterday"})
        assert bad.status == 400
