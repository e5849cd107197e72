"""v2 orders: creation, idempotency, validation, money, listing and resends."""

from __future__ import annotations

import asyncio
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pytest

from tests.integration.emulator_support import ACCOUNT, CUSTOMER, assert_error_info, running, v2_order

FUNDED = Decimal("1000.00")


async def test_create_order_debits_and_returns_the_full_summary() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=FUNDED)
        emu.create_digital_template("Q1 thanks", etid="E000123")
        reply = await api.post(
            "/raas/v2/orders",
            v2_order(
                externalRefID="q1-0001",
                sender={"firstName": "HR", "lastName": "Team", "email": "hr@acme.test"},
                emailSubject="Thanks!",
                message="Well done",
                notes="batch 7",
                campaign="q1",
                etid="E000123",
            ),
        )
    assert reply.status == 201, reply.raw
    order = reply.body
    for name in (
        "referenceOrderID",
        "referenceLineItemID",
        "accountNumber",
        "createdAt",
        "rewardName",
        "sender",
        "recipient",
    ):
        assert order[name], name
    assert order["externalRefID"] == "q1-0001"
    assert order["customerIdentifier"] == CUSTOMER
    assert order["accountIdentifier"] == ACCOUNT
    assert order["utid"] == "U561593"
    assert order["status"] == "COMPLETE"
    assert order["deliveryMethod"] == "EMAIL"
    assert (order["emailSubject"], order["message"], order["notes"], order["campaign"], order["etid"]) == (
        "Thanks!",
        "Well done",
        "batch 7",
        "q1",
        "E000123",
    )
    assert order["amountCharged"] == {
        "value": Decimal("25.00"),
        "currencyCode": "USD",
        "exchangeRate": 1,
        "fee": Decimal("0.00"),
        "total": Decimal("25.00"),
    }
    assert order["denomination"] == {"value": Decimal("25.00"), "currencyCode": "USD"}
    reward = order["reward"]
    assert set(reward["credentials"]) == {c["label"] for c in reward["credentialList"]}
    assert {c["type"] for c in reward["credentialList"]} == {"url", "text"}
    assert all(reward["credentials"][c["label"]] == c["value"] for c in reward["credentialList"])
    assert reward["redemptionInstructions"].startswith("<p>")
    assert emu.state.balance(ACCOUNT) == FUNDED - 25
    assert emu.state.order_by_external_ref(ACCOUNT, "q1-0001").reference_id == order["referenceOrderID"]


async def test_repeat_external_ref_returns_the_original_order_with_200() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=FUNDED)
        first = await api.post("/raas/v2/orders", v2_order(externalRefID="dup-1"))
        different = await api.post(
            "/raas/v2/orders", v2_order(externalRefID="dup-1", utid="U157189", amount=99)
        )
    assert first.status == 201
    assert different.status == 200
    assert different.body == first.body
    assert different.body["utid"] == "U561593"
    assert len(emu.state.orders(ACCOUNT)) == 1
    assert emu.state.balance(ACCOUNT) == FUNDED - 25


async def test_idempotency_is_scoped_per_account() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=FUNDED)
        emu.create_account(CUSTOMER, "acme-hr-q2", balance=FUNDED)
        one = await api.post("/raas/v2/orders", v2_order(externalRefID="shared-ref"))
        two = await api.post(
            "/raas/v2/orders", v2_order(externalRefID="shared-ref", accountIdentifier="acme-hr-q2")
        )
    assert one.status == two.status == 201
    assert one.body["referenceOrderID"] != two.body["referenceOrderID"]


async def test_concurrent_repeat_while_processing_is_409_002() -> None:
    async with running(processing_delay=1.0) as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=FUNDED)
        first = asyncio.create_task(api.post("/raas/v2/orders", v2_order(externalRefID="slow-1")))
        for _ in range(200):  # bounded wait until the first request holds the id
            if emu.state.in_progress(ACCOUNT, "slow-1"):
                break
            await asyncio.sleep(0.005)
        assert emu.state.in_progress(ACCOUNT, "slow-1")
        busy = await api.post("/raas/v2/orders", v2_order(externalRefID="slow-1"))
        created = await first
        after = await api.post("/raas/v2/orders", v2_order(externalRefID="slow-1"))
    assert_error_info(busy, 409, "409.002")
    assert "minimum of 2 seconds" in busy.body["message"]
    assert created.status == 201
    assert after.status == 200
    assert after.body["referenceOrderID"] == created.body["referenceOrderID"]
    assert len(emu.state.orders(ACCOUNT)) == 1


async def test_external_ref_is_at_most_100_characters() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=FUNDED)
        longest = await api.post("/raas/v2/orders", v2_order(externalRefID="x" * 100))
        too_long = await api.post("/raas/v2/orders", v2_order(externalRefID="x" * 101))
    assert longest.status == 201
    assert_error_info(too_long, 400, "422.110")
    assert too_long.body["errors"][0]["path"] == "externalRefID"
    assert too_long.body["message"] == "External Reference ID must not exceed 100 characters in length"


async def test_what_oas26_allows_is_accepted() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, "Acme-HR-Q1", balance=FUNDED)
        reply = await api.post(
            "/raas/v2/orders",
            v2_order(
                accountIdentifier="Acme-HR-Q1",
                emailSubject="s" * 300,
                message="m" * 2000,
                purchaseOrderNumber="p" * 200,
                customFields={"costCenter": 4711, "approved": True, "tags": ["q1"]},
                externalRefID="q1.bonus/0001",
                sender={"firstName": "F" * 150, "email": "not checked by Tango's schema"},
            ),
        )
    assert reply.status == 201, reply.raw
    assert reply.body["emailSubject"] == "s" * 300


async def test_insufficient_funds_is_402_and_changes_nothing() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("24.99"))
        reply = await api.post("/raas/v2/orders", v2_order(externalRefID="poor-1"))
        retry = await api.post("/raas/v2/orders", v2_order(externalRefID="poor-1", amount=20))
    assert_error_info(reply, 402, "402.001")
    assert emu.state.balance(ACCOUNT) == Decimal("4.99")
    assert retry.status == 201  # a failed order does not reserve its externalRefID


@pytest.mark.parametrize(
    ("overrides", "status", "key", "path"),
    [
        ({"utid": "U000001"}, 400, "422.024", "utid"),
        ({"utid": "bogus"}, 400, "422.125", "utid"),
        ({"amount": 0.5}, 422, "422.025", "amount"),
        ({"amount": 1000.01}, 422, "422.025", "amount"),
        ({"utid": "U430912", "amount": 10.5}, 422, "422.026", "amount"),
        ({"utid": "U666426", "amount": 20}, 422, "422.027", "amount"),
        ({"recipient": None}, 422, "422.029", "recipient.email"),
        ({"recipient": {"firstName": "Ann"}}, 422, "422.029", "recipient.email"),
        ({"recipient": {"email": "not-an-email"}}, 422, "422.028", "recipient.email"),
        ({"deliveryMethod": "PHONE"}, 422, "422.028", "recipient.mobileNumber"),
        ({"deliveryMethod": "PHONE", "recipient": None}, 422, "422.028", "recipient"),
        ({"deliveryMethod": "ADDRESS"}, 422, "422.028", "recipient.address"),
        ({"utid": "U666428", "amount": 100}, 422, "422.030", "utid"),
        ({"amount": 25.123}, 400, "422.140", "amount"),
        ({"amount": 1234567}, 400, "422.140", "amount"),
        ({"amount": -1}, 400, "422.141", "amount"),
        ({"amount": None}, 400, "422.128", "amount"),
        ({"amount": "25"}, 400, "400.009", "amount"),
        ({"deliveryMethod": "CARRIER_PIGEON"}, 400, "400.009", "deliveryMethod"),
        ({"customerIdentifier": None}, 400, "422.128", "customerIdentifier"),
        ({"customerIdentifier": "abc"}, 400, "422.126", "customerIdentifier"),
        ({"etid": "X1"}, 400, "422.124", "etid"),
    ],
)
async def test_validation_errors_use_tango_keys(
    overrides: dict[str, Any], status: int, key: str, path: str | None
) -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=FUNDED)
        reply = await api.post("/raas/v2/orders", v2_order(**overrides))
    assert_error_info(reply, status, key)
    if path is not None:
        assert [e["path"] for e in reply.body["errors"]] == [path]
        assert reply.body["errors"][0]["i18nKey"] == key
    assert emu.state.orders() == ()
    assert emu.state.balance(ACCOUNT) == FUNDED


async def test_deliveries_that_need_no_email() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=FUNDED)
        none = await api.post("/raas/v2/orders", v2_order(deliveryMethod="NONE", recipient=None))
        legacy = await api.post(
            "/raas/v2/orders", {**v2_order(recipient=None, sendEmail=False), "deliveryMethod": None}
        )
        phone = await api.post(
            "/raas/v2/orders", v2_order(deliveryMethod="PHONE", recipient={"mobileNumber": "+14155550100"})
        )
    assert none.status == 201
    assert legacy.status == 201
    assert legacy.body["deliveryMethod"] == "NONE"
    assert phone.body["recipient"]["mobileNumber"] == "+14155550100"


async def test_unknown_account_or_wrong_customer_is_404() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=FUNDED)
        emu.create_customer("other-co")
        unknown = await api.post("/raas/v2/orders", v2_order(accountIdentifier="nobody-xyz"))
        foreign = await api.post("/raas/v2/orders", v2_order(customerIdentifier="other-co"))
    assert_error_info(unknown, 404, "404.096")
    assert_error_info(foreign, 404, "404.096")


async def test_cross_currency_order_uses_the_published_rate() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=FUNDED)
        rates = (await api.get("/raas/v2/exchangerates", params={"baseCurrency": "USD"})).body[
            "exchangeRates"
        ]
        reply = await api.post("/raas/v2/orders", v2_order(utid="U950130", amount=20))
    fx = Decimal(str(next(r["baseFx"] for r in rates if r["rewardCurrency"] == "EUR")))
    expected = (Decimal(20) / fx).quantize(Decimal("0.01"), ROUND_HALF_UP)
    charged = reply.body["amountCharged"]
    assert reply.body["denomination"] == {"value": Decimal("20.00"), "currencyCode": "EUR"}
    assert charged["currencyCode"] == "USD"
    assert charged["exchangeRate"] == fx
    assert charged["value"] == charged["total"] == expected
    assert emu.state.balance(ACCOUNT) == FUNDED - expected


async def test_account_currency_other_than_usd_is_charged_in_its_currency() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, "acme-uk", balance=Decimal("100"), currency="GBP")
        same = await api.post(
            "/raas/v2/orders", v2_order(accountIdentifier="acme-uk", utid="U731005", amount=10)
        )
        usd_item = await api.post("/raas/v2/orders", v2_order(accountIdentifier="acme-uk", amount=10))
    assert same.body["amountCharged"]["total"] == Decimal("10.00")
    assert same.body["amountCharged"]["currencyCode"] == "GBP"
    assert usd_item.body["amountCharged"]["currencyCode"] == "GBP"
    assert usd_item.body["amountCharged"]["total"] < Decimal("10.00")


async def test_item_fee_is_added_to_the_charge() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=FUNDED)
        reply = await api.post("/raas/v2/orders", v2_order(utid="U903781", amount=100))
    charged = reply.body["amountCharged"]
    assert (charged["value"], charged["fee"], charged["total"]) == (
        Decimal("100.00"),
        Decimal("2.50"),
        Decimal("102.50"),
    )
    assert emu.state.balance(ACCOUNT) == FUNDED - Decimal("102.50")


async def test_rewards_use_every_credential_type_including_an_unknown_one() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=FUNDED)
        types = set()
        for utid, amount in (("U561593", 5), ("U157189", 5), ("U785321", 5), ("U903782", 50)):
            reply = await api.post("/raas/v2/orders", v2_order(utid=utid, amount=amount))
            assert reply.status == 201, reply.raw
            types |= {c["type"] for c in reply.body["reward"]["credentialList"]}
    assert types == {"text", "url", "barcode", "date", "qrCode"}


async def test_get_order_is_verbose_with_reward() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=FUNDED)
        created = await api.post("/raas/v2/orders", v2_order())
        reference = created.body["referenceOrderID"]
        fetched = await api.get(f"/raas/v2/orders/{reference}")
        missing = await api.get("/raas/v2/orders/RA000000-0000-00")
    assert fetched.status == 200
    assert fetched.body["reward"] == created.body["reward"]
    assert fetched.body["orderStatus"] == "COMPLETE"
    assert fetched.body["accountNumber"] == created.body["accountNumber"]
    assert_error_info(missing, 404, "404.017")


async def test_order_list_uses_page_numbers_and_stops() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=FUNDED)
        emu.create_account(CUSTOMER, "acme-other", balance=FUNDED)
        for n in range(5):
            await api.post("/raas/v2/orders", v2_order(externalRefID=f"ref-{n}"))
        await api.post("/raas/v2/orders", v2_order(accountIdentifier="acme-other"))
        seen: list[str] = []
        page = 0
        while True:
            reply = await api.get(
                "/raas/v2/orders",
                params={"accountIdentifier": ACCOUNT, "elementsPerBlock": "2", "page": str(page)},
            )
            assert reply.status == 200
            meta = reply.body["page"]
            assert meta["number"] == page
            assert meta["elementsPerBlock"] == 2
            assert meta["totalCount"] == 5
            assert meta["resultCount"] == len(reply.body["orders"])
            assert all("reward" not in o for o in reply.body["orders"])
            seen += [o["externalRefID"] for o in reply.body["orders"]]
            page += 1
            if page * 2 >= meta["totalCount"]:
                break
        beyond = await api.get(
            "/raas/v2/orders", params={"accountIdentifier": ACCOUNT, "elementsPerBlock": "2", "page": "9"}
        )
        everything = await api.get("/raas/v2/orders")
        one = await api.get("/raas/v2/orders", params={"externalRefID": "ref-3"})
    assert seen == [f"ref-{n}" for n in range(5)]
    assert page == 3
    assert beyond.body["orders"] == []
    assert beyond.body["page"]["resultCount"] == 0
    assert everything.body["page"]["totalCount"] == 6
    assert everything.body["page"]["number"] == 0
    assert [o["externalRefID"] for o in one.body["orders"]] == ["ref-3"]


async def test_order_list_limits() -> None:
    async with running() as (_, api):
        too_big = await api.get("/raas/v2/orders", params={"elementsPerBlock": "101"})
        wide = await api.get(
            "/raas/v2/orders", params={"startDate": "2024-01-01T00:00:00Z", "endDate": "2024-06-01T00:00:00Z"}
        )
        ok = await api.get("/raas/v2/orders", params={"elementsPerBlock": "100"})
    assert_error_info(too_big, 422, "422.042")
    assert_error_info(wide, 422, "422.043")
    assert ok.status == 200


async def test_resend_once_per_24_hours_by_the_clock() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=FUNDED)
        order = (await api.post("/raas/v2/orders", v2_order())).body["referenceOrderID"]
        path = f"/raas/v2/orders/{order}/resends"
        first = await api.post(path)
        second = await api.post(path, {"newEmail": "new@acme.test"})
        emu.advance_clock(23 * 3600)
        still_early = await api.post(path)
        emu.advance_clock(3600)
        next_day = await api.post(path, {"newEmail": "new@acme.test"})
    assert first.status == 201, first.raw
    assert isinstance(first.body["id"], int)
    assert first.body["email"] == "ann@example.com"
    assert_error_info(second, 403, "403.004")
    assert_error_info(still_early, 403, "403.004")
    assert next_day.status == 201
    assert next_day.body["email"] == "new@acme.test"


async def test_resend_is_refused_when_tango_did_not_deliver() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=FUNDED)
        silent = (await api.post("/raas/v2/orders", v2_order(deliveryMethod="NONE"))).body["referenceOrderID"]
        legacy = await api.post("/raas/v2/orders", {**v2_order(sendEmail=False), "deliveryMethod": None})
        none = await api.post(f"/raas/v2/orders/{silent}/resends")
        no_email = await api.post(f"/raas/v2/orders/{legacy.body['referenceOrderID']}/resends")
        missing = await api.post("/raas/v2/orders/RA000000-0000-00/resends")
    assert_error_info(none, 403, "403.003")
    assert_error_info(no_email, 403, "403.003")
    assert_error_info(missing, 404, "404.017")
