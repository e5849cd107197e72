"""v2 reference data: catalog, credential types, exchange rates, brand categories."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from tests.integration.emulator_support import running


def _items(catalog: dict[str, Any]) -> list[dict[str, Any]]:
    return [item for brand in catalog["brands"] for item in brand["items"]]


async def test_catalog_covers_what_clients_must_handle() -> None:
    async with running() as (_, api):
        reply = await api.get("/raas/v2/catalogs")
    assert reply.status == 200
    brands = reply.body["brands"]
    items = _items(reply.body)
    names = {b["brandName"] for b in brands}
    assert {"Tango Card", "Amazon.com", "Apple", "Starbucks", "Target", "Visa Prepaid"} <= names
    assert {i["currencyCode"] for i in items} >= {"USD", "CAD", "GBP", "EUR"}
    assert {i["valueType"] for i in items} == {"FIXED_VALUE", "VARIABLE_VALUE"}
    assert any(i["rewardType"] == "donation" for i in items)
    assert any(i["isWholeAmountValueRequired"] for i in items)
    assert [i["utid"] for i in items if i["status"] != "active"] == ["U666428"]
    assert all(re.fullmatch(r"U\d+", i["utid"]) for i in items)
    for item in items:
        if item["valueType"] == "FIXED_VALUE":
            assert "faceValue" in item
            assert "minValue" not in item
        else:
            assert item["minValue"] < item["maxValue"]
    tango = next(i for i in items if i["utid"] == "U561593")
    assert tango["minValue"] == Decimal("1.00")
    assert brands[0]["imageUrls"]
    assert brands[0]["description"]


async def test_catalog_filters() -> None:
    async with running() as (_, api):

        async def utids(**params: str) -> list[str]:
            reply = await api.get("/raas/v2/catalogs", params=params)
            assert reply.status == 200
            return [i["utid"] for i in _items(reply.body)]

        assert await utids(utid="U157189") == ["U157189"]
        assert await utids(brandKey="B145326") == ["U666425", "U666426", "U666427", "U666428"]
        assert await utids(currencyCode="GBP") == ["U731005", "U731006", "U731007"]
        assert await utids(country="CA") == ["U842210"]
        assert await utids(status="inactive") == ["U666428"]
        assert await utids(rewardType="donation") == ["U220014"]
        assert await utids(rewardName="eGift") == ["U785321", "U842210"]
        assert await utids(brandName="zalando") == ["U950130", "U950131"]
        assert await utids(utid="U000000") == []
        categories = (await api.get("/raas/v2/brandCategories")).body["brandCategories"]
        charity = next(c["identifier"] for c in categories if c["description"] == "Charity")
        assert await utids(categoryIds=charity) == ["U220014"]


async def test_non_verbose_catalog_leaves_out_descriptions() -> None:
    async with running() as (_, api):
        verbose = await api.get("/raas/v2/catalogs")
        brief = await api.get("/raas/v2/catalogs", params={"verbose": "false"})
    assert "terms" in verbose.body["brands"][0]
    assert "terms" not in brief.body["brands"][0]
    assert "description" not in brief.body["brands"][0]
    assert _items(brief.body) == _items(verbose.body)


async def test_credential_types_cover_every_display_type_plus_an_unknown_one() -> None:
    async with running() as (_, api):
        types = await api.get("/raas/v2/credentialtypes")
        catalog = await api.get("/raas/v2/catalogs")
    known = {t["credentialType"] for t in types.body}
    assert {"cardNumber", "pin", "redemptionUrl", "barcode", "expirationDate"} <= known
    assert all(t["description"] for t in types.body)
    used = {ct for item in _items(catalog.body) for ct in item["credentialTypes"]}
    assert used - known == {"walletActivationQrCode"}


async def test_exchange_rates_envelope_and_quirks() -> None:
    async with running() as (_, api):
        everything = await api.get("/raas/v2/exchangerates")
        page = await api.get("/raas/v2/exchangerates", params={"paginate": "true", "maxResults": "5"})
        following = await api.get(
            "/raas/v2/exchangerates",
            params={"paginate": "true", "maxResults": "5", "nextCursor": page.body["nextCursor"]},
        )
        usd_only = await api.get("/raas/v2/exchangerates", params={"baseCurrency": "USD"})
    rates = everything.body["exchangeRates"]
    assert everything.body["disclaimer"]
    assert everything.body["nextCursor"] is None
    assert len(rates) > 10
    kinds = {type(r["baseFx"]) for r in rates}
    assert kinds == {str, Decimal}  # the real API has sent both
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}", r["lastModifiedDate"]) for r in rates)
    assert page.body["numberOfElements"] == 5
    assert page.body["nextPageAvailable"] is True
    assert following.body["exchangeRates"] == rates[5:10]
    assert {r["baseCurrency"] for r in usd_only.body["exchangeRates"]} == {"USD"}


async def test_brand_categories() -> None:
    async with running() as (_, api):
        reply = await api.get("/raas/v2/brandCategories")
    categories = reply.body["brandCategories"]
    assert len(categories) >= 5
    assert all(re.fullmatch(r"[0-9a-f-]{36}", c["identifier"]) for c in categories)


async def test_extra_brands_make_a_large_catalog() -> None:
    async with running(extra_brands=1200) as (_, api):
        full = await api.get("/raas/v2/catalogs")
        again = await api.get("/raas/v2/catalogs")
        one = await api.get("/raas/v2/catalogs", params={"utid": "U900012000"})
    assert len(full.body["brands"]) >= 1200
    assert again.raw == full.raw
    assert [i["utid"] for i in _items(one.body)] == ["U900012000"]
