"""v2 funding: credit cards, deposits (3.5 % fee), card removal and transfers."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from tests.integration.emulator_support import ACCOUNT, CUSTOMER, Api, assert_error_info, running


def _card(number: str = "4111111111111111", **extra: Any) -> dict[str, Any]:
    return {
        "customerIdentifier": CUSTOMER,
        "accountIdentifier": ACCOUNT,
        "ipAddress": "203.0.113.9",
        "label": "Corporate Visa",
        "creditCard": {"number": number, "expiration": "2031-08", "verificationNumber": "123"},
        "billingAddress": {
            "firstName": "Ann",
            "lastName": "Lee",
            "addressLine1": "1 Main St",
            "city": "Seattle",
            "state": "WA",
            "postalCode": "98101",
            "country": "US",
            "emailAddress": "ann@acme.test",
        },
        **extra,
    }


def _deposit(token: str, amount: Any, **extra: Any) -> dict[str, Any]:
    return {
        "customerIdentifier": CUSTOMER,
        "accountIdentifier": ACCOUNT,
        "creditCardToken": token,
        "amount": amount,
        **extra,
    }


async def _register(api: Api, number: str = "4111111111111111") -> str:
    reply = await api.post("/raas/v2/creditCards", _card(number))
    assert reply.status == 201, reply.raw
    token: str = reply.body["token"]
    return token


async def test_register_card_returns_token_and_is_listed() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT)
        reply = await api.post("/raas/v2/creditCards", _card())
        token = reply.body["token"]
        one = await api.get(f"/raas/v2/creditCards/{token}")
        listed = await api.get("/raas/v2/creditCards", params={"accountIdentifier": ACCOUNT})
        paged = await api.get("/raas/v2/creditCards", params={"paginate": "true", "maxResults": "1"})
        missing = await api.get("/raas/v2/creditCards/not-a-token")
    assert reply.status == 201
    assert reply.body["lastFourDigits"] == "1111"
    assert reply.body["status"] == "ACTIVE"
    assert reply.body["expirationDate"] == "2031-08"
    assert reply.body["activationDate"] == reply.body["createdDate"]  # immediate by default
    assert "4111111111111111" not in reply.raw.decode()
    assert one.body == reply.body
    assert [c["token"] for c in listed.body] == [token]
    assert paged.body["items"][0]["token"] == token
    assert_error_info(missing, 404, "404.022")


async def test_register_card_validation_and_unsupported_numbers() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT)
        no_address = await api.post(
            "/raas/v2/creditCards", {k: v for k, v in _card().items() if k != "billingAddress"}
        )
        bad_expiry = await api.post(
            "/raas/v2/creditCards",
            _card()
            | {
                "creditCard": {
                    "number": "4111111111111111",
                    "expiration": "2031-1",
                    "verificationNumber": "98765",
                }
            },
        )
        real_card = await api.post("/raas/v2/creditCards", _card("5500000000000004"))
    assert_error_info(no_address, 400, "422.128")
    assert [e["path"] for e in no_address.body["errors"]] == ["billingAddress"]
    assert {(e["path"], e["i18nKey"]) for e in bad_expiry.body["errors"]} == {
        ("creditCard.expiration", "422.121"),
        ("creditCard.verificationNumber", "422.118"),
    }
    assert b"98765" not in bad_expiry.raw  # a security code is never echoed back
    assert_error_info(real_card, 402, "402.051")


async def test_at_most_ten_cards_per_account() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT)
        for _ in range(10):
            await _register(api)
        eleventh = await api.post("/raas/v2/creditCards", _card())
    assert_error_info(eleventh, 422, "422.050")
    assert len(emu.state.cards(ACCOUNT)) == 10


@pytest.mark.parametrize(
    ("amount", "charged"),
    [
        (Decimal("1.25"), Decimal("1.29")),
        (Decimal("100"), Decimal("103.50")),
        (Decimal("19.99"), Decimal("20.69")),
    ],
)
async def test_deposit_fee_is_three_and_a_half_percent_to_the_cent(amount: Decimal, charged: Decimal) -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("10.00"))
        token = await _register(api)
        reply = await api.post(
            "/raas/v2/creditCardDeposits", _deposit(token, float(amount), externalRefID="dep-1")
        )
        fetched = await api.get(f"/raas/v2/creditCardDeposits/{reply.body['referenceDepositID']}")
    assert reply.status == 200, reply.raw
    assert reply.body["amount"] == amount
    assert reply.body["amountCharged"] == charged
    assert reply.body["feePercent"] == Decimal("3.5")
    assert reply.body["status"] == "Success"
    assert reply.body["externalRefID"] == "dep-1"
    assert reply.body["referenceDepositID"].startswith("RAD-")
    assert fetched.body == reply.body
    assert emu.state.balance(ACCOUNT) == Decimal("10.00") + amount


async def test_deposit_external_ref_must_be_unique() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT)
        token = await _register(api)
        first = await api.post("/raas/v2/creditCardDeposits", _deposit(token, 50, externalRefID="dep-7"))
        again = await api.post("/raas/v2/creditCardDeposits", _deposit(token, 50, externalRefID="dep-7"))
    assert first.status == 200
    assert_error_info(again, 409, "409.001")
    assert emu.state.balance(ACCOUNT) == Decimal("50.00")


async def test_card_is_unusable_until_activation_then_works_after_clock_advance() -> None:
    async with running(card_activation_seconds=300) as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT)
        token = await _register(api)
        early = await api.post("/raas/v2/creditCardDeposits", _deposit(token, 20))
        emu.advance_clock(299)
        still_early = await api.post("/raas/v2/creditCardDeposits", _deposit(token, 20))
        emu.advance_clock(2)
        ready = await api.post("/raas/v2/creditCardDeposits", _deposit(token, 20))
    assert_error_info(early, 429, "429.003")
    assert_error_info(still_early, 429, "429.003")
    assert ready.status == 200
    assert emu.state.balance(ACCOUNT) == Decimal("20.00")


async def test_declining_card_is_402_051_and_credits_nothing() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT)
        token = await _register(api, "4000000000000002")
        reply = await api.post("/raas/v2/creditCardDeposits", _deposit(token, 20))
    assert_error_info(reply, 402, "402.051")
    assert emu.state.balance(ACCOUNT) == Decimal("0.00")
    assert emu.state.deposits() == ()


async def test_deposit_amount_range_and_precision() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT)
        token = await _register(api)
        tiny = await api.post("/raas/v2/creditCardDeposits", _deposit(token, 0.5))
        precise = await api.post("/raas/v2/creditCardDeposits", _deposit(token, 10.001))
        text = await api.post("/raas/v2/creditCardDeposits", _deposit(token, "10.00"))
    assert_error_info(tiny, 422, "422.052")
    assert_error_info(precise, 400, "422.140")
    assert_error_info(text, 400, "400.009")


async def test_unregistered_card_cannot_fund() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT)
        token = await _register(api)
        removal = await api.post(
            "/raas/v2/creditCardUnregisters",
            {"customerIdentifier": CUSTOMER, "accountIdentifier": ACCOUNT, "creditCardToken": token},
        )
        deposit = await api.post("/raas/v2/creditCardDeposits", _deposit(token, 20))
        active = await api.get("/raas/v2/creditCards")
        everything = await api.get("/raas/v2/creditCards", params={"showInactive": "true"})
    assert removal.status == 200
    assert removal.body["token"] == token
    assert removal.body["message"]
    assert_error_info(deposit, 422, "422.036")
    assert active.body == []
    assert [c["status"] for c in everything.body] == ["DELETED"]


async def test_transfer_funds_moves_money_once_per_external_ref() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, "acme-from", balance=Decimal("100"))
        emu.create_account(CUSTOMER, "acme-to", balance=Decimal("5"))
        body = {"externalRefID": "tr-1", "transferFrom": "acme-from", "transferTo": "acme-to", "amount": 40.5}
        first = await api.post("/raas/v2/transferFunds", body)
        again = await api.post("/raas/v2/transferFunds", body)
    assert first.status == 200, first.raw
    assert first.body["transferredAmount"] == Decimal("40.50")
    assert first.body["transferFrom"]["startingBalance"] == Decimal("100.00")
    assert first.body["transferFrom"]["endingBalance"] == Decimal("59.50")
    assert first.body["transferTo"]["endingBalance"] == Decimal("45.50")
    assert_error_info(again, 409, "409.001")
    assert emu.state.balance("acme-from") == Decimal("59.50")
    assert emu.state.balance("acme-to") == Decimal("45.50")
    assert len(emu.state.transfers()) == 1


async def test_transfer_needs_funds_and_same_currency() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, "acme-usd", balance=Decimal("10"))
        emu.create_account(CUSTOMER, "acme-usd2")
        emu.create_account(CUSTOMER, "acme-eur", currency="EUR")
        broke = await api.post(
            "/raas/v2/transferFunds", {"transferFrom": "acme-usd", "transferTo": "acme-usd2", "amount": 11}
        )
        mixed = await api.post(
            "/raas/v2/transferFunds", {"transferFrom": "acme-usd", "transferTo": "acme-eur", "amount": 1}
        )
        unknown = await api.post(
            "/raas/v2/transferFunds", {"transferFrom": "acme-usd", "transferTo": "nobody-x", "amount": 1}
        )
    assert_error_info(broke, 402, "402.001")
    assert_error_info(mixed, 422, "422.102")
    assert_error_info(unknown, 404, "404.003")
    assert emu.state.balance("acme-usd") == Decimal("10.00")


async def test_funding_requests_for_a_v1_style_account_identifier_are_accepted() -> None:
    # OAS26 has no identifier pattern on funding requests; v1 accounts allow '_' and '+'.
    async with running() as (emu, api):
        created = await api.post(
            "/raas/v1.1/accounts", {"customer": "CompanyA", "identifier": "acct_12+3", "email": "a@b.test"}
        )
        assert created.status == 201, created.raw
        card = _card() | {"customerIdentifier": "CompanyA", "accountIdentifier": "acct_12+3"}
        registered = await api.post("/raas/v2/creditCards", card)
        assert registered.status == 201, registered.raw
        funded = await api.post(
            "/raas/v2/creditCardDeposits",
            {
                "customerIdentifier": "CompanyA",
                "accountIdentifier": "acct_12+3",
                "creditCardToken": registered.body["token"],
                "amount": 20,
            },
        )
    assert funded.status == 200, funded.raw
    assert emu.state.balance("acct_12+3") == Decimal("20.00")
