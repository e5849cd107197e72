"""v2 accounts: create and update under a customer, get, and list (all or one customer's)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from aioraas._modelkit import UNSET, Unset
from aioraas._pagination import Paginator, cursor_paginator
from aioraas._params import date_param, path_param
from aioraas.models import v2
from aioraas.resources._base import Resource


class Accounts(Resource):
    api = "v2"

    async def create(
        self,
        customer_identifier: str,
        *,
        account_identifier: str,
        display_name: str,
        contact_email: str,
        currency_code: v2.CurrencyCode | str | Unset = UNSET,
        funding_notification: list[v2.FundingNotification] | Unset = UNSET,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> v2.Account:
        """Create an account under a customer. Its currency (default USD) cannot change later."""
        body = v2.AccountCreate(
            account_identifier=account_identifier,
            display_name=display_name,
            contact_email=contact_email,
            currency_code=currency_code,
            funding_notification=funding_notification,
        )
        path = f"/customers/{path_param('customer_identifier', customer_identifier)}/accounts"
        response = await self._send("POST", path, body=body, timeout=timeout, max_retries=max_retries)
        return self._decode(response, v2.Account)

    async def update(
        self,
        customer_identifier: str,
        account_identifier: str,
        *,
        display_name: str | Unset = UNSET,
        contact_email: str | Unset = UNSET,
        funding_notification: list[v2.FundingNotification] | Unset | None = UNSET,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> v2.Account:
        """Change an account. Fields left out stay as they are.

        ``funding_notification``: a list replaces the current one, ``[]`` clears it, ``None`` (sent
        as null) or leaving it out keeps it.
        """
        body = v2.AccountUpdate(
            display_name=display_name, contact_email=contact_email, funding_notification=funding_notification
        )
        customer_segment = path_param("customer_identifier", customer_identifier)
        path = (
            f"/customers/{customer_segment}/accounts/{path_param('account_identifier', account_identifier)}"
        )
        response = await self._send(
            "PATCH", path, body=body, idempotent=True, timeout=timeout, max_retries=max_retries
        )
        return self._decode(response, v2.Account)

    async def get(
        self, account_identifier: str, *, timeout: float | None = None, max_retries: int | None = None
    ) -> v2.Account:
        """An account with its current balance."""
        path = f"/accounts/{path_param('account_identifier', account_identifier)}"
        response = await self._send("GET", path, timeout=timeout, max_retries=max_retries)
        return self._decode(response, v2.Account)

    def list(
        self,
        customer_identifier: str | None = None,
        *,
        account_number: str | None = None,
        display_name: str | None = None,
        status: v2.AccountStatus | str | None = None,
        contact_email: str | None = None,
        currency_code: list[str] | None = None,
        min_balance: Decimal | int | None = None,
        max_balance: Decimal | int | None = None,
        min_date_created_at: datetime | None = None,
        max_date_created_at: datetime | None = None,
        funding_notification_email: list[str] | None = None,
        max_results: int = 200,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> Paginator[v2.Account]:
        """Accounts of one customer (or of the whole platform), fetched lazily (cursor pagination)."""
        path = (
            "/accounts"
            if customer_identifier is None
            else f"/customers/{path_param('customer_identifier', customer_identifier)}/accounts"
        )
        filters = {
            "accountNumber": account_number,
            "displayName": display_name,
            "status": status,
            "contactEmail": contact_email,
            "currencyCode": currency_code,
            "minBalance": min_balance,
            "maxBalance": max_balance,
            "minDateCreatedAt": date_param("min_date_created_at", min_date_created_at),
            "maxDateCreatedAt": date_param("max_date_created_at", max_date_created_at),
            "fundingNotificationEmail": funding_notification_email,
        }
        fetch = self._fetch_json(path, filters, timeout, max_retries)
        return cursor_paginator(
            fetch, v2.AccountPage, v2.Account, lambda page: page.items, max_results=max_results
        )
