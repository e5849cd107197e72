"""v2 customers and accounts: creation, validation, filters, cursor pagination, PATCH tri-state."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.integration.emulator_support import (
    ACCOUNT,
    CUSTOMER,
    Api,
    assert_error_dto,
    assert_error_info,
    running,
)


async def _customer(api: Api, identifier: str = CUSTOMER, name: str = "ACME Human Resources") -> None:
    reply = await api.post("/raas/v2/customers", {"customerIdentifier": identifier, "displayName": name})
    assert reply.status == 201, reply.raw


def _account(identifier: str = ACCOUNT, **extra: object) -> dict[str, object]:
    return {
        "accountIdentifier": identifier,
        "displayName": "Q1 bonuses",
        "contactEmail": "ops@acme.test",
        **extra,
    }


async def test_create_and_get_customer() -> None:
    async with running() as (_, api):
        created = await api.post(
            "/raas/v2/customers", {"customerIdentifier": CUSTOMER, "displayName": "ACME HR"}
        )
        fetched = await api.get(f"/raas/v2/customers/{CUSTOMER}")
        listed = await api.get("/raas/v2/customers")
    assert created.status == 201
    assert created.body["customerIdentifier"] == CUSTOMER
    assert created.body["status"] == "active"
    assert created.body["accounts"] == []
    assert created.body["createdAt"].endswith("Z")
    assert fetched.body == created.body
    assert listed.body == [created.body]


async def test_duplicate_customer_is_409() -> None:
    async with running() as (_, api):
        await _customer(api)
        again = await api.post(
            "/raas/v2/customers", {"customerIdentifier": CUSTOMER, "displayName": "Again!"}
        )
    assert_error_dto(again, 409, "409.010")
    assert again.body["i18nTokenReplacements"] == [CUSTOMER]
    assert again.body["message"] == f"A customer with identifier {CUSTOMER} already exists"


@pytest.mark.parametrize(
    ("body", "field", "key"),
    [
        ({"displayName": "ACME HR"}, "customerIdentifier", "422.128"),
        ({"customerIdentifier": "ab", "displayName": "ACME HR"}, "customerIdentifier", "422.126"),
        ({"customerIdentifier": "has space", "displayName": "ACME HR"}, "customerIdentifier", "422.010"),
        ({"customerIdentifier": "acme-hr"}, "displayName", "422.128"),
        ({"customerIdentifier": "acme-hr", "displayName": "tab\there"}, "displayName", "422.102"),
        ({"customerIdentifier": 12345, "displayName": "ACME HR"}, "customerIdentifier", "400.009"),
    ],
)
async def test_customer_validation_names_the_field(body: dict[str, str], field: str, key: str) -> None:
    async with running() as (_, api):
        reply = await api.post("/raas/v2/customers", body)
    assert_error_info(reply, 400, key)
    assert [(e["path"], e["i18nKey"], e["code"]) for e in reply.body["errors"]] == [(field, key, 400500)]


async def test_unknown_customer_is_404() -> None:
    async with running() as (_, api):
        reply = await api.get("/raas/v2/customers/nobody-here")
        accounts = await api.post("/raas/v2/customers/nobody-here/accounts", _account())
    assert_error_dto(reply, 404, "404.002")
    assert_error_dto(accounts, 404, "404.002")
    assert reply.body["message"] == "This customer does not exist for this platform."


async def test_create_account_defaults_to_usd_and_zero_balance() -> None:
    async with running() as (emu, api):
        await _customer(api)
        reply = await api.post(f"/raas/v2/customers/{CUSTOMER}/accounts", _account())
        customer = await api.get(f"/raas/v2/customers/{CUSTOMER}")
    assert reply.status == 201
    body = reply.body
    assert body["accountIdentifier"] == ACCOUNT
    assert body["currencyCode"] == "USD"
    assert body["currentBalance"] == Decimal("0.00")
    assert body["status"] == "ACTIVE"
    assert body["accountNumber"].startswith("A")
    assert body["fundingNotification"] == []
    assert customer.body["accounts"][0]["accountIdentifier"] == ACCOUNT
    assert "currentBalance" not in customer.body["accounts"][0]
    assert emu.state.account(ACCOUNT).currency == "USD"


async def test_account_identifier_may_use_upper_case_as_oas26_allows() -> None:
    async with running() as (emu, api):
        await _customer(api)
        reply = await api.post(f"/raas/v2/customers/{CUSTOMER}/accounts", _account("Acme-HR-Q1"))
        bad = await api.post(f"/raas/v2/customers/{CUSTOMER}/accounts", _account("has space"))
    assert reply.status == 201, reply.raw
    assert emu.state.account("Acme-HR-Q1").identifier == "Acme-HR-Q1"
    assert_error_info(bad, 400, "422.102")
    assert bad.body["errors"][0]["path"] == "accountIdentifier"


async def test_account_currency_must_be_supported_and_duplicates_conflict() -> None:
    async with running() as (_, api):
        await _customer(api)
        bad = await api.post(f"/raas/v2/customers/{CUSTOMER}/accounts", _account(currencyCode="JPY"))
        good = await api.post(f"/raas/v2/customers/{CUSTOMER}/accounts", _account(currencyCode="EUR"))
        dup = await api.post(f"/raas/v2/customers/{CUSTOMER}/accounts", _account())
    assert_error_info(bad, 400, "400.009")
    assert bad.body["errors"][0]["path"] == "currencyCode"
    assert good.body["currencyCode"] == "EUR"
    assert_error_dto(dup, 409, "409.018")
    assert dup.body["message"] == f"The account identifier, {ACCOUNT}, already exists on this platform."


async def test_account_filters() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, "acme-usd", balance=Decimal("100"), display_name="Payroll USD")
        emu.create_account(
            CUSTOMER, "acme-eur", balance=Decimal("5"), currency="EUR", display_name="Payroll EUR"
        )
        emu.create_account("other-co", "other-gbp", balance=Decimal("50"), currency="GBP")
        base = f"/raas/v2/customers/{CUSTOMER}/accounts"

        async def ids(path: str, params: list[tuple[str, str]]) -> list[str]:
            reply = await api.get(path, params=params)
            assert reply.status == 200, reply.raw
            return [a["accountIdentifier"] for a in reply.body]

        assert await ids(base, []) == ["acme-usd", "acme-eur"]
        assert await ids(base, [("currencyCode", "EUR")]) == ["acme-eur"]
        assert await ids("/raas/v2/accounts", [("currencyCode", "EUR"), ("currencyCode", "GBP")]) == [
            "acme-eur",
            "other-gbp",
        ]
        assert await ids("/raas/v2/accounts", [("currencyCode", "USD,GBP")]) == ["acme-usd", "other-gbp"]
        assert await ids("/raas/v2/accounts", [("minBalance", "10"), ("maxBalance", "60")]) == ["other-gbp"]
        assert await ids(base, [("displayName", "payroll eur")]) == ["acme-eur"]
        assert await ids(base, [("status", "active")]) == ["acme-usd", "acme-eur"]
        assert await ids(base, [("status", "FROZEN")]) == []
        number = emu.state.account("acme-eur").number
        assert await ids("/raas/v2/accounts", [("accountNumber", number)]) == ["acme-eur"]
        assert await ids("/raas/v2/accounts", [("contactEmail", "OPS@example.com")]) == [
            "acme-usd",
            "acme-eur",
            "other-gbp",
        ]
        assert await ids("/raas/v2/accounts", [("minDateCreatedAt", "2000-01-01T00:00:00Z")]) != []
        assert await ids("/raas/v2/accounts", [("maxDateCreatedAt", "2000-01-01T00:00:00+00:00")]) == []
        bad = await api.get("/raas/v2/accounts", params={"minBalance": "lots"})
        assert_error_info(bad, 400, "422.102")
        assert bad.body["errors"][0]["path"] == "minBalance"


async def test_cursor_pagination_walks_every_account_once_and_stops() -> None:
    async with running() as (emu, api):
        for n in range(7):
            emu.create_account(CUSTOMER, f"acct-{n:03d}")
        seen: list[str] = []
        params = {"paginate": "true", "maxResults": "3"}
        pages = 0
        while True:
            reply = await api.get("/raas/v2/accounts", params=params)
            assert reply.status == 200
            page = reply.body
            pages += 1
            assert page["maxResults"] == 3
            assert page["numberOfElements"] == len(page["items"])
            seen += [a["accountIdentifier"] for a in page["items"]]
            if not page["nextPageAvailable"]:
                assert page["nextCursor"] is None
                break
            params = {"paginate": "true", "maxResults": "3", "nextCursor": page["nextCursor"]}
            assert pages < 10
        back = await api.get(
            "/raas/v2/accounts",
            params={"paginate": "true", "maxResults": "3", "prevCursor": page["prevCursor"]},
        )
    assert pages == 3
    assert seen == [f"acct-{n:03d}" for n in range(7)]
    assert [a["accountIdentifier"] for a in back.body["items"]] == ["acct-003", "acct-004", "acct-005"]
    assert back.body["prevPageAvailable"] is True


async def test_bare_array_without_paginate_and_bad_cursor_params() -> None:
    async with running() as (emu, api):
        for n in range(12):
            emu.create_account(CUSTOMER, f"acct-{n:03d}")
        bare = await api.get("/raas/v2/accounts")
        too_many = await api.get("/raas/v2/accounts", params={"paginate": "true", "maxResults": "201"})
        bad_cursor = await api.get("/raas/v2/accounts", params={"paginate": "true", "nextCursor": "%%%"})
        first = await api.get("/raas/v2/accounts", params={"paginate": "true"})
    assert isinstance(bare.body, list)
    assert len(bare.body) == 12
    assert_error_info(too_many, 400, "422.102")
    assert_error_info(bad_cursor, 400, "422.102")
    assert first.body["maxResults"] == 10
    assert first.body["prevCursor"] is None
    assert first.body["prevPageAvailable"] is False


async def test_patch_funding_notification_is_tri_state() -> None:
    async with running() as (_, api):
        await _customer(api)
        notify = [{"emailAddress": "a@acme.test"}, {"emailAddress": "b@acme.test"}]
        await api.post(f"/raas/v2/customers/{CUSTOMER}/accounts", _account(fundingNotification=notify))
        path = f"/raas/v2/customers/{CUSTOMER}/accounts/{ACCOUNT}"

        omitted = await api.patch(path, {"displayName": "Renamed"})
        assert omitted.status == 200
        assert omitted.body["fundingNotification"] == notify
        assert omitted.body["displayName"] == "Renamed"

        null = await api.patch(path, {"fundingNotification": None})
        assert null.body["fundingNotification"] == notify

        replaced = await api.patch(path, {"fundingNotification": [{"emailAddress": "c@acme.test"}]})
        assert replaced.body["fundingNotification"] == [{"emailAddress": "c@acme.test"}]

        cleared = await api.patch(path, {"fundingNotification": []})
        assert cleared.body["fundingNotification"] == []
        assert cleared.body["displayName"] == "Renamed"

        bad = await api.patch(path, {"contactEmail": "x" * 101})
        assert_error_info(bad, 400, "422.102")
        missing = await api.patch(f"/raas/v2/customers/{CUSTOMER}/accounts/nope-nope", {"displayName": "x"})
        assert_error_dto(missing, 404, "404.096")


async def test_get_account_shows_balance_with_two_decimals() -> None:
    async with running() as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("1234.5"), currency="GBP")
        reply = await api.get(f"/raas/v2/accounts/{ACCOUNT}")
    assert reply.body["currentBalance"] == Decimal("1234.50")
    assert b'"currentBalance":1234.50' in reply.raw
    assert reply.body["currencyCode"] == "GBP"


async def test_customer_list_filters_and_pagination() -> None:
    async with running() as (emu, api):
        emu.create_account("alpha-co", "alpha-main")
        emu.create_account("beta-co", "beta-main", currency="EUR")
        emu.create_customer("gamma-co", "Gamma Company")
        by_account = await api.get("/raas/v2/customers", params={"accountIdentifier": "beta-main"})
        by_name = await api.get("/raas/v2/customers", params={"displayName": "gamma"})
        paged = await api.get("/raas/v2/customers", params={"paginate": "true", "maxResults": "2"})
    assert [c["customerIdentifier"] for c in by_account.body] == ["beta-co"]
    assert [c["customerIdentifier"] for c in by_name.body] == ["gamma-co"]
    assert [c["customerIdentifier"] for c in paged.body["items"]] == ["alpha-co", "beta-co"]
    assert paged.body["nextPageAvailable"] is True
