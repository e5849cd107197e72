"""raas.v2.async_orders over aioresponses: the body is fixed before the first attempt and resent
unchanged, a 200 with other line items raises IdempotencyMismatch, ``wait`` backs off and ends."""

from __future__ import annotations

import asyncio
import re
from decimal import Decimal

import attrs
import pytest

from aioraas import errors
from aioraas.models import v2
from tests.unit.conftest import V2, Harness

LINES = [
    v2.AsyncLineItemCreate(utid="U561593", amount=Decimal("5.00"), recipient=v2.Recipient(email="a@b.test")),
    v2.AsyncLineItemCreate(utid="U561593", amount=Decimal("5.00"), recipient=v2.Recipient(email="a@b.test")),
    v2.AsyncLineItemCreate(
        utid="U561593",
        amount=Decimal("7.00"),
        recipient=v2.Recipient(email="c@b.test"),
        external_ref_line_item_id="mine-1",
    ),
]
ENTITY = {"externalRefID": "x", "status": "PENDING", "totalLineItems": 3, "failedLineItems": []}
LINES_URL = re.compile(rf"{V2}/asyncOrders/customers/acme-hr/accounts/acme-hr-q1/ord1/lineItems.*")


async def create(harness: Harness, **fields: object) -> object:
    return await harness.client.v2.async_orders.create(
        customer_identifier="acme-hr", account_identifier="acme-hr-q1", line_items=LINES, **fields
    )


async def test_the_body_is_fixed_before_the_first_attempt(harness: Harness) -> None:
    harness.mock.post(f"{V2}/asyncOrders", status=503, payload={})
    harness.mock.post(f"{V2}/asyncOrders", status=502, payload={})
    harness.mock.post(f"{V2}/asyncOrders", status=202, payload=ENTITY)
    result = await create(harness)
    first, second, third = harness.bodies("POST", f"{V2}/asyncOrders")
    assert first == second == third
    key = first["externalRefID"]
    assert re.fullmatch(r"aioraas[0-9a-f]{32}", key)
    assert result.external_ref_id == key
    ids = [line["externalRefLineItemID"] for line in first["lineItems"]]
    assert ids[2] == "mine-1"
    assert ids[0] != ids[1]
    assert all(re.fullmatch(r"L[0-9a-f]{32}", i) for i in ids[:2])
    assert result.line_item_ids == tuple(ids)
    assert result.created
    assert result.attempts == 3
    assert first["lineItems"][0]["deliveryMethod"] == "EMAIL"


async def test_generated_line_ids_depend_on_the_order_id_only_with_content_and_position(
    harness: Harness,
) -> None:
    for _ in range(2):
        harness.mock.post(f"{V2}/asyncOrders", status=202, payload=ENTITY)
    await create(harness, external_ref_id="ord1")
    await create(harness, external_ref_id="ord1")
    one, two = harness.bodies("POST", f"{V2}/asyncOrders")
    assert one == two


@pytest.mark.parametrize(
    ("answer", "field"),
    [
        ({**ENTITY, "totalLineItems": 5}, "totalLineItems"),
        (
            {**ENTITY, "failedLineItems": [{"lineItemId": 1, "externalRefLineItemID": "theirs"}]},
            "externalRefLineItemID",
        ),
        ({**ENTITY, "duplicateLineItemRefIds": {"other": 1}}, "externalRefLineItemID"),
    ],
)
async def test_an_existing_order_with_other_line_items_raises_mismatch(
    harness: Harness, answer: dict[str, object], field: str
) -> None:
    harness.mock.post(f"{V2}/asyncOrders", status=200, payload=answer)
    with pytest.raises(errors.IdempotencyMismatch) as caught:
        await create(harness, external_ref_id="ord1")
    assert field in caught.value.differences
    assert caught.value.external_ref_id == "ord1"


async def test_an_existing_order_with_the_same_line_items_is_returned(harness: Harness) -> None:
    harness.mock.post(f"{V2}/asyncOrders", status=200, payload={**ENTITY, "someNewField": 1})
    result = await create(harness, external_ref_id="ord1")
    assert not result.created
    assert result.order.total_line_items == 3


def _page(*statuses: str) -> dict[str, object]:
    items = [
        {
            "externalRefLineItemID": f"l{n}",
            "referenceLineItemID": f"R{n}",
            "lineItemStatus": s,
            "amountCharged": {"value": 5.0, "currencyCode": "USD", "total": 5.0},
            "newField": True,
        }
        for n, s in enumerate(statuses)
    ]
    return {"orderStatus": "PENDING", "lineItems": items, "pagination": {"nextCursor": None}}


async def test_wait_backs_off_until_no_line_is_pending(harness: Harness) -> None:
    harness.mock.get(LINES_URL, payload=_page("PENDING", "COMPLETE"))
    harness.mock.get(LINES_URL, status=429, payload={})
    harness.mock.get(LINES_URL, payload=_page("PENDING", "COMPLETE"))
    done = _page("FAILED", "COMPLETE")
    done["orderStatus"] = "PARTIALFAILED"
    done["lineItems"][0]["lineItemErrors"] = [{"errorCode": "402.001", "errorMessage": "Insufficient funds"}]  # type: ignore[index]
    harness.mock.get(LINES_URL, payload=done)
    outcome = await harness.client.with_options(max_retries=0).v2.async_orders.wait(
        "acme-hr", "acme-hr-q1", "ord1", poll=1.0, max_poll=2.0
    )
    assert outcome.status == "PARTIALFAILED"
    assert outcome.polls == 4
    assert outcome.lines["l0"].reason == "Insufficient funds"
    assert outcome.lines["l1"].succeeded
    assert harness.sleeps == [1.0, 1.5, 2.0]


async def test_wait_gives_up_at_its_timeout(harness: Harness) -> None:
    for _ in range(50):
        harness.mock.get(LINES_URL, payload=_page("PENDING"))
    clock = {"now": 0.0}

    async def sleep(seconds: float) -> None:
        clock["now"] += seconds

    transport = harness.client.v2.async_orders._transport
    transport.timing = attrs.evolve(transport.timing, monotonic=lambda: clock["now"], sleep=sleep)
    with pytest.raises(errors.Timeout, match="pending"):
        await harness.client.v2.async_orders.wait("acme-hr", "acme-hr-q1", "ord1", timeout=10, poll=1)
    assert clock["now"] == 10


async def test_wait_refuses_nonsense_timing(harness: Harness) -> None:
    with pytest.raises(ValueError, match="positive"):
        await harness.client.v2.async_orders.wait("acme-hr", "acme-hr-q1", "ord1", poll=0)


async def test_wait_polls_at_once_when_woken(harness: Harness) -> None:
    harness.mock.get(LINES_URL, payload=_page("PENDING"))
    done = _page("COMPLETE")
    done["orderStatus"] = "SUCCESSFUL"
    harness.mock.get(LINES_URL, payload=done)
    wake = asyncio.Event()

    async def never(seconds: float) -> None:  # a pause that only the event can end
        harness.sleeps.append(seconds)
        await asyncio.Event().wait()

    transport = harness.client.v2.async_orders._transport
    transport.timing = attrs.evolve(transport.timing, sleep=never)
    waiting = asyncio.ensure_future(
        harness.client.v2.async_orders.wait("acme-hr", "acme-hr-q1", "ord1", poll=30, wake=wake)
    )
    for _ in range(100):
        await asyncio.sleep(0)
        if harness.sleeps:
            break
    assert harness.sleeps == [30]
    wake.set()  # e.g. from the AsyncOrderStatus webhook
    outcome = await asyncio.wait_for(waiting, timeout=5)
    assert outcome.polls == 2
    assert outcome.status == "SUCCESSFUL"
    assert not wake.is_set()


async def test_wait_reads_oas26_line_items_and_polls_while_a_line_is_retrying(harness: Harness) -> None:
    retrying = _page("RETRYING", "SOME_NEW_STATUS")
    harness.mock.get(LINES_URL, payload=retrying)
    done = _page("COMPLETE", "SOME_NEW_STATUS")
    done["orderStatus"] = "SUCCESSFUL"
    first = done["lineItems"][0]  # type: ignore[index]
    first["amountCharged"] = {
        "value": "25.00",
        "currencyCode": "USD",
        "exchangeRate": 1,
        "fee": 0.5,
        "total": 25.5,
    }
    first["recipient"] = {"email": "ann@acme.test", "address": {"country": "US", "someNewField": 1}}
    first["deliveryStatus"] = "DELIVERED"
    harness.mock.get(LINES_URL, payload=done)
    outcome = await harness.client.with_options(max_retries=0).v2.async_orders.wait(
        "acme-hr", "acme-hr-q1", "ord1", poll=1.0
    )
    assert outcome.polls == 2
    line = outcome.lines["l0"]
    assert line.succeeded
    assert line.item.amount_charged is not None
    assert line.item.amount_charged.total == Decimal("25.5")
    assert line.item.recipient is not None
    assert line.item.recipient.email == "ann@acme.test"
    assert line.item.delivery_status == "DELIVERED"
    assert outcome.lines["l1"].status == "SOME_NEW_STATUS"  # kept as sent, not pending
