"""The v1 / v1.1 API: cents, ``success`` flags, v1 error shapes and headers."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from tests.integration.emulator_support import Api, running

V1 = "/raas/v1.1"
CUSTOMER, ACCOUNT = "CompanyA", "acct_123+main"


def _order(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "customer": CUSTOMER,
        "account_identifier": ACCOUNT,
        "recipient": {"name": "John Doe", "email": "john@example.com"},
        "sku": "TNGO-E-V-STD",
        "amount": 1000,
        "reward_message": "Thanks for the survey.",
        "reward_subject": "A thank-you",
        "reward_from": "Survey Team",
    }
    body.update(overrides)
    return body


def _card(number: str = "4111111111111111") -> dict[str, Any]:
    return {
        "customer": CUSTOMER,
        "account_identifier": ACCOUNT,
        "client_ip": "55.44.33.22",
        "credit_card": {
            "number": number,
            "security_code": "123",
            "expiration": "2030-11",
            "billing_address": {
                "f_name": "John",
                "l_name": "Doe",
                "address": "1234 Fake St",
                "city": "Springfield",
                "state": "WA",
                "zip": "99196",
                "country": "USA",
                "email": "test@example.com",
            },
        },
    }


def _fund(token: str, amount: int = 100_000) -> dict[str, Any]:
    return {
        "customer": CUSTOMER,
        "account_identifier": ACCOUNT,
        "amount": amount,
        "client_ip": "55.44.33.22",
        "security_code": "123",
        "cc_token": token,
    }


def assert_v1_validation(reply: Any, *fields: str) -> None:
    assert reply.status == 403, reply.raw
    assert reply.headers["X-Status-Reason"] == "Validation failed"
    assert reply.body["success"] is False
    assert reply.body["error_message"]
    assert [i["field"] for i in reply.body["invalid_inputs"]] == list(fields)
    assert all(i["error"] for i in reply.body["invalid_inputs"])


async def _account(api: Api) -> None:
    reply = await api.post(
        f"{V1}/accounts", {"identifier": ACCOUNT, "email": "demo@example.com", "customer": CUSTOMER}
    )
    assert reply.status == 201, reply.raw


async def test_create_and_get_account() -> None:
    async with running() as (emu, api):
        created = await api.post(
            f"{V1}/accounts", {"identifier": ACCOUNT, "email": "demo@example.com", "customer": CUSTOMER}
        )
        fetched = await api.get(f"{V1}/accounts/{CUSTOMER}/{ACCOUNT}")
        v10 = await api.get(f"/raas/v1/accounts/{CUSTOMER}/{ACCOUNT}")
        dup = await api.post(
            f"{V1}/accounts", {"identifier": ACCOUNT, "email": "demo@example.com", "customer": CUSTOMER}
        )
        missing = await api.get(f"{V1}/accounts/{CUSTOMER}/nobody")
        url = emu.url
    assert created.status == 201
    assert created.headers["Location"] == f"{url}{V1}/accounts/{CUSTOMER}/{ACCOUNT}"
    expected = {
        "identifier": ACCOUNT,
        "email": "demo@example.com",
        "customer": CUSTOMER,
        "available_balance": 0,
    }
    assert created.body == {"success": True, "account": expected}
    assert fetched.body == created.body
    assert v10.body == created.body
    assert dup.status == 409
    assert dup.body["success"] is False
    assert dup.body["error_message"]
    assert missing.status == 404
    assert missing.body["success"] is False


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({"identifier": "abc", "email": "a@b.c", "customer": "CompanyA"}, ["identifier"]),
        ({"identifier": "has space", "email": "a@b.c", "customer": "CompanyA"}, ["identifier"]),
        ({"identifier": "abcdef", "email": "nope", "customer": "Co"}, ["email", "customer"]),
        ({}, ["identifier", "email", "customer"]),
    ],
)
async def test_account_validation_lists_invalid_inputs(body: dict[str, str], fields: list[str]) -> None:
    async with running() as (_, api):
        reply = await api.post(f"{V1}/accounts", body)
    assert_v1_validation(reply, *fields)


async def test_card_register_fund_and_unregister_in_cents() -> None:
    async with running() as (emu, api):
        await _account(api)
        registered = await api.post(f"{V1}/cc_register", _card())
        token = registered.body["cc_token"]
        funded = await api.post(f"{V1}/cc_fund", _fund(token, 100_000))
        account = await api.get(f"{V1}/accounts/{CUSTOMER}/{ACCOUNT}")
        removed = await api.post(
            f"{V1}/cc_unregister", {"customer": CUSTOMER, "account_identifier": ACCOUNT, "cc_token": token}
        )
        after = await api.post(f"{V1}/cc_fund", _fund(token))
    assert registered.status == 200
    assert registered.body["success"] is True
    assert isinstance(registered.body["active_date"], int)
    assert funded.body["success"] is True
    assert funded.body["amount"] == 100_000
    assert funded.body["fund_id"]
    assert account.body["account"]["available_balance"] == 100_000
    assert emu.state.balance(ACCOUNT) == Decimal("1000.00")
    assert removed.body == {"success": True, "message": "This card is no longer present in the system."}
    assert after.status == 404


async def test_card_activation_follows_the_clock() -> None:
    async with running(card_activation_seconds=300) as (emu, api):
        await _account(api)
        registered = await api.post(f"{V1}/cc_register", _card())
        early = await api.post(f"{V1}/cc_fund", _fund(registered.body["cc_token"]))
        emu.advance_clock(300)
        later = await api.post(f"{V1}/cc_fund", _fund(registered.body["cc_token"]))
    assert_v1_validation(early, "cc_token")
    assert later.status == 200


async def test_fund_minimum_is_100_cents() -> None:
    async with running() as (_, api):
        await _account(api)
        token = (await api.post(f"{V1}/cc_register", _card())).body["cc_token"]
        reply = await api.post(f"{V1}/cc_fund", _fund(token, 99))
    assert_v1_validation(reply, "amount")


@pytest.mark.parametrize(
    ("number", "code"), [("4000000000000002", "CC_DECLINED"), ("4000000000000119", "CC_ERROR")]
)
async def test_declining_cards(number: str, code: str) -> None:
    async with running() as (emu, api):
        await _account(api)
        token = (await api.post(f"{V1}/cc_register", _card(number))).body["cc_token"]
        reply = await api.post(f"{V1}/cc_fund", _fund(token))
    assert reply.status == 400
    assert reply.headers["X-Status-Reason"] == "Credit card authorization failure."
    assert reply.body["success"] is False
    assert reply.body["denial_code"] == code
    assert reply.body["denial_message"]
    assert emu.state.balance(ACCOUNT) == Decimal("0.00")


async def test_only_test_cards_register() -> None:
    async with running() as (_, api):
        await _account(api)
        reply = await api.post(f"{V1}/cc_register", _card("5500000000000004"))
        invalid = await api.post(
            f"{V1}/cc_register", {**_card(), "credit_card": {"number": "4111111111111111"}}
        )
    assert reply.status == 400
    assert reply.headers["X-Status-Reason"] == "Credit card authorization failure."
    assert reply.body["denial_code"] in ("CC_DECLINED", "CC_ERROR", "CC_REVIEW", "CC_UNKNOWN")
    assert_v1_validation(
        invalid, "credit_card.expiration", "credit_card.security_code", "credit_card.billing_address"
    )


async def test_rewards_list_in_cents_with_v1_0_unit_price() -> None:
    async with running() as (_, api):
        reply = await api.get(f"{V1}/rewards")
    assert reply.body["success"] is True
    rewards = {r["sku"]: r for b in reply.body["brands"] for r in b["rewards"]}
    tango = rewards["TNGO-E-V-STD"]
    assert (tango["is_variable"], tango["min_price"], tango["max_price"], tango["unit_price"]) == (
        True,
        100,
        100_000,
        -1,
    )
    apple = rewards["APPL-E-2500-STD"]
    assert (apple["is_variable"], apple["denomination"], apple["unit_price"], apple["currency_code"]) == (
        False,
        2500,
        2500,
        "USD",
    )
    assert apple["locale"] == "en_US"
    euro = rewards["ZLND-E-2000-EUR"]
    assert euro["currency_code"] == "EUR"
    assert euro["denomination"] == 2000
    assert euro["unit_price"] > 2000  # USD cost of a EUR 20 card
    assert rewards["APPL-E-10000-STD"]["available"] is False
    assert rewards["ARC-D-V-STD"]["type"] == "npo"
    assert reply.body["xrates"]["rates"]
    assert all(b["image_url"] and b["description"] for b in reply.body["brands"])


async def test_place_get_and_list_orders() -> None:
    async with running() as (emu, api):
        await _account(api)
        emu.set_balance(ACCOUNT, Decimal("100"))
        placed = await api.post(f"{V1}/orders", _order(campaign="spring"))
        order = placed.body["order"]
        fetched = await api.get(f"{V1}/orders/{order['order_id']}")
        missing = await api.get(f"{V1}/orders/000-0000-00")
    assert placed.status == 201
    assert placed.headers["Location"].endswith(f"{V1}/orders/{order['order_id']}")
    assert placed.body["success"] is True
    assert order["amount"] == 1000
    assert order["sku"] == "TNGO-E-V-STD"
    assert order["denomination"] == {"value": 1000, "currency_code": "USD"}
    assert order["amount_charged"] == {"value": 1000, "currency_code": "USD"}
    assert order["recipient"] == {"name": "John Doe", "email": "john@example.com"}
    assert order["campaign"] == "spring"
    assert order["delivered_at"].endswith("+00:00")
    assert "reward" not in order
    assert fetched.body == placed.body
    assert missing.status == 404
    assert emu.state.balance(ACCOUNT) == Decimal("90.00")


async def test_send_reward_false_returns_credentials() -> None:
    async with running() as (emu, api):
        await _account(api)
        emu.set_balance(ACCOUNT, Decimal("100"))
        placed = await api.post(f"{V1}/orders", _order(sku="APPL-E-2500-STD", amount=None, send_reward=False))
    reward = placed.body["order"]["reward"]
    assert reward["token"]
    assert reward["number"]


@pytest.mark.parametrize(
    ("overrides", "fields"),
    [
        ({"sku": "APPL-E-2500-STD"}, ["amount"]),  # fixed sku takes no amount
        ({"amount": None}, ["amount"]),  # variable sku needs one
        ({"amount": 100_001}, ["amount"]),
        ({"amount": 50}, ["amount"]),  # under the sku's minimum of 100
        ({"sku": "TRGT-E-V-STD", "amount": 1050}, ["amount"]),  # whole dollars only
        ({"sku": "NOPE-E-V-STD"}, ["sku"]),
        ({"sku": "APPL-E-10000-STD", "amount": None}, ["sku"]),
        ({"recipient": {"name": "J", "email": "nope"}}, ["recipient.name", "recipient.email"]),
        ({"reward_subject": ""}, ["reward_subject"]),
        ({"amount": 10.5}, ["amount"]),
    ],
)
async def test_order_validation(overrides: dict[str, Any], fields: list[str]) -> None:
    async with running() as (emu, api):
        await _account(api)
        emu.set_balance(ACCOUNT, Decimal("10000"))
        reply = await api.post(
            f"{V1}/orders", {k: v for k, v in _order(**overrides).items() if v is not None}
        )
    assert_v1_validation(reply, *fields)
    assert emu.state.orders() == ()


async def test_order_insufficient_funds_reports_available_balance_in_cents() -> None:
    async with running() as (emu, api):
        await _account(api)
        emu.set_balance(ACCOUNT, Decimal("9.99"))
        reply = await api.post(f"{V1}/orders", _order())
    assert reply.status == 400
    assert reply.headers["X-Status-Reason"] == "Funding Failed"
    assert reply.body["success"] is False
    assert reply.body["available_balance"] == 999
    assert reply.body["error_message"]


async def test_order_list_offset_limit_and_filters() -> None:
    async with running() as (emu, api):
        await _account(api)
        emu.set_balance(ACCOUNT, Decimal("1000"))
        emu.create_account("CompanyB", "other_acct", balance=Decimal("1000"))
        ids = [(await api.post(f"{V1}/orders", _order())).body["order"]["order_id"] for _ in range(5)]
        await api.post(f"{V1}/orders", _order(customer="CompanyB", account_identifier="other_acct"))
        collected: list[str] = []
        offset = 0
        while True:
            reply = await api.get(
                f"{V1}/orders", params={"account_identifier": ACCOUNT, "offset": str(offset), "limit": "2"}
            )
            body = reply.body
            assert body["success"] is True
            assert (body["offset"], body["limit"], body["total_count"]) == (offset, 2, 5)
            assert body["result_count"] == len(body["orders"])
            collected += [o["order_id"] for o in body["orders"]]
            offset += body["result_count"]
            if offset >= body["total_count"]:
                break
        default = await api.get(f"{V1}/orders")
        by_customer = await api.get(f"{V1}/orders", params={"customer": "CompanyB"})
        future = await api.get(f"{V1}/orders", params={"start_date": "2999-01-01T00:00:00+00:00"})
        too_many = await api.get(f"{V1}/orders", params={"limit": "101"})
    assert collected == ids
    assert default.body["limit"] == 100
    assert default.body["total_count"] == 6
    assert by_customer.body["total_count"] == 1
    assert future.body["orders"] == []
    assert_v1_validation(too_many, "limit")


async def test_resend_rules() -> None:
    async with running() as (emu, api):
        await _account(api)
        emu.set_balance(ACCOUNT, Decimal("100"))
        sent = (await api.post(f"{V1}/orders", _order())).body["order"]["order_id"]
        kept = (await api.post(f"{V1}/orders", _order(send_reward=False))).body["order"]["order_id"]
        first = await api.post(f"{V1}/orders/{sent}/resend")
        second = await api.post(f"{V1}/orders/{sent}/resend")
        emu.advance_clock(24 * 3600)
        next_day = await api.post(f"{V1}/orders/{sent}/resend")
        not_sent = await api.post(f"{V1}/orders/{kept}/resend")
    assert first.body == {"success": True}
    assert second.status == 403
    assert "last resent" in second.body["error_message"]
    assert next_day.body == {"success": True}
    assert not_sent.status == 403
    assert not_sent.body["success"] is False
