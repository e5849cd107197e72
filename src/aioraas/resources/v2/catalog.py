"""v2 catalog reads: the catalog, brand categories, credential types, exchange rates."""

from __future__ import annotations

from aioraas._pagination import Paginator, cursor_paginator
from aioraas.models import v2
from aioraas.resources._base import Resource


class Catalog(Resource):
    api = "v2"

    async def get(
        self,
        *,
        verbose: bool | None = None,
        brand_key: str | None = None,
        brand_name: str | None = None,
        utid: str | None = None,
        reward_name: str | None = None,
        status: str | None = None,
        reward_type: list[str] | None = None,
        currency_code: str | None = None,
        country: str | None = None,
        item_attribute: list[str] | None = None,
        category_ids: list[str] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> v2.Catalog:
        """The platform's catalog: brands and their items, filtered as asked."""
        params = {
            "verbose": verbose,
            "brandKey": brand_key,
            "brandName": brand_name,
            "utid": utid,
            "rewardName": reward_name,
            "status": status,
            "rewardType": reward_type,
            "currencyCode": currency_code,
            "country": country,
            "itemAttribute": item_attribute,
            "categoryIds": category_ids,
        }
        response = await self._send(
            "GET", "/catalogs", params=params, timeout=timeout, max_retries=max_retries
        )
        return self._decode(response, v2.Catalog)

    async def brand_categories(
        self, *, timeout: float | None = None, max_retries: int | None = None
    ) -> list[v2.BrandCategory]:
        """The categories brands are filed under (for the catalog's ``category_ids`` filter)."""
        response = await self._send("GET", "/brandCategories", timeout=timeout, max_retries=max_retries)
        return self._decode(response, v2.BrandCategories).brand_categories


class CredentialTypes(Resource):
    api = "v2"

    async def list(
        self, *, timeout: float | None = None, max_retries: int | None = None
    ) -> list[v2.CredentialTypeInfo]:
        """The credential types rewards may carry. New ones appear over time: show unknown ones as text."""
        response = await self._send("GET", "/credentialtypes", timeout=timeout, max_retries=max_retries)
        return self._decode(response, list[v2.CredentialTypeInfo])


class ExchangeRates(Resource):
    api = "v2"

    def list(
        self,
        *,
        base_currency: list[str] | None = None,
        reward_currency: list[str] | None = None,
        max_results: int = 200,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> Paginator[v2.ExchangeRate]:
        """Exchange rates, fetched lazily; each page's ``envelope.disclaimer`` carries Tango's disclaimer."""
        filters = {"baseCurrency": base_currency, "rewardCurrency": reward_currency}
        fetch = self._fetch_json("/exchangerates", filters, timeout, max_retries)
        return cursor_paginator(
            fetch,
            v2.ExchangeRatePage,
            v2.ExchangeRate,
            lambda page: page.exchange_rates,
            max_results=max_results,
        )
