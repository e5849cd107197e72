"""v1 platform accounts: create and look up."""

from __future__ import annotations

from aioraas._params import path_param
from aioraas.models import v1
from aioraas.resources._base import Resource


class Accounts(Resource):
    api = "v1"

    async def create(
        self,
        *,
        customer: str,
        identifier: str,
        email: str,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> v1.Account:
        """Create a platform account under a customer."""
        body = v1.AccountCreate(identifier=identifier, email=email, customer=customer)
        response = await self._send("POST", "/accounts", body=body, timeout=timeout, max_retries=max_retries)
        return self._decode_wrapped(response, v1.Account, "account")

    async def get(
        self,
        customer: str,
        account_identifier: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> v1.Account:
        """One account with its available balance (in cents)."""
        customer_segment = path_param("customer", customer)
        path = f"/accounts/{customer_segment}/{path_param('account_identifier', account_identifier)}"
        response = await self._send("GET", path, timeout=timeout, max_retries=max_retries)
        return self._decode_wrapped(response, v1.Account, "account")
