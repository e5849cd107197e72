"""v2 customers (groups): create, get, list. Customers cannot be deleted or disabled."""

from __future__ import annotations

from aioraas._pagination import Paginator, cursor_paginator
from aioraas._params import path_param
from aioraas.models import v2
from aioraas.resources._base import Resource


class Customers(Resource):
    api = "v2"

    async def create(
        self,
        *,
        customer_identifier: str,
        display_name: str,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> v2.Customer:
        """Create a customer. Raises :class:`~aioraas.errors.Conflict` when the identifier exists."""
        body = v2.CustomerCreate(customer_identifier=customer_identifier, display_name=display_name)
        response = await self._send("POST", "/customers", body=body, timeout=timeout, max_retries=max_retries)
        return self._decode(response, v2.Customer)

    async def get(
        self, customer_identifier: str, *, timeout: float | None = None, max_retries: int | None = None
    ) -> v2.Customer:
        """A customer with a summary of its accounts."""
        path = f"/customers/{path_param('customer_identifier', customer_identifier)}"
        response = await self._send("GET", path, timeout=timeout, max_retries=max_retries)
        return self._decode(response, v2.Customer)

    def list(
        self,
        *,
        display_name: str | None = None,
        status: str | None = None,
        account_identifier: str | None = None,
        account_number: str | None = None,
        account_status: str | None = None,
        max_results: int = 200,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> Paginator[v2.Customer]:
        """Every customer of the platform, fetched lazily page by page (cursor pagination)."""
        filters = {
            "displayName": display_name,
            "status": status,
            "accountIdentifier": account_identifier,
            "accountNumber": account_number,
            "accountStatus": account_status,
        }
        fetch = self._fetch_json("/customers", filters, timeout, max_retries)
        return cursor_paginator(
            fetch, v2.CustomerPage, v2.Customer, lambda page: page.items, max_results=max_results
        )
