"""A stand-in for the client's async-order operations, over plain aiohttp, for fan-out tests.

It raises the client's error classes for the answers the fan-out reacts to, and does not retry:
the fan-out's own resends are what is under test.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import aiohttp

from aioraas import errors


class RawAsyncOrders:
    """:class:`aioraas.fanout_async.AsyncOrdersApi` against an emulator at ``url``."""

    def __init__(self, session: aiohttp.ClientSession, url: str, name: str, key: str) -> None:
        self.session = session
        self.url = url.rstrip("/") + "/raas/v2"
        self.headers = {"Authorization": aiohttp.encode_basic_auth(name, key)}
        self.posts = 0

    async def _call(self, method: str, path: str, body: Any = None, params: Any = None) -> tuple[int, Any]:
        try:
            async with self.session.request(
                method, self.url + path, json=body, params=params, headers=self.headers
            ) as response:
                raw = await response.read()
                status = response.status
        except (aiohttp.ClientError, TimeoutError) as exc:
            if method == "POST":
                raise errors.OutcomeUnknown(f"{method} {path}: {exc}") from exc
            raise errors.TransportError(f"{method} {path}: {exc}") from exc
        try:
            data = json.loads(raw, parse_float=Decimal) if raw else None
        except ValueError as exc:
            raise errors.DecodeError(f"{method} {path}: not JSON", body=raw, status=status) from exc
        if status == 429:
            raise errors.RateLimited("rate limited", status=429)
        if status == 402:
            raise errors.InsufficientFunds("insufficient funds", status=402, i18n_key="402.001")
        if status >= 500:
            raise errors.ServerError(f"server error {status}", status=status)
        if status >= 400:
            raise errors.BadRequest(f"{status}: {raw[:300]!r}", status=status)
        return status, data

    async def create_async_order(self, body: Mapping[str, Any]) -> tuple[bool, Mapping[str, Any]]:
        self.posts += 1
        status, data = await self._call("POST", "/asyncOrders", dict(body))
        return status == 202, data

    async def async_order_line_items(
        self, customer: str, account: str, external_ref_id: str, next_cursor: str | None
    ) -> Mapping[str, Any]:
        params = {"maxResults": "100"}
        if next_cursor:
            params["nextCursor"] = next_cursor
        path = f"/asyncOrders/customers/{customer}/accounts/{account}/{external_ref_id}/lineItems"
        _, data = await self._call("GET", path, params=params)
        return data  # type: ignore[no-any-return]

    async def account_balance(self, account: str) -> Decimal | None:
        _, data = await self._call("GET", f"/accounts/{account}")
        return Decimal(str(data["currentBalance"]))


async def books(
    session: aiohttp.ClientSession, url: str, name: str, key: str, account: str
) -> dict[str, Any]:
    """What the emulator's HTTP API shows of ``account``: every async line item and the balance."""
    raw = RawAsyncOrders(session, url, name, key)
    lines: list[Mapping[str, Any]] = []
    cursor: str | None = None
    orders: list[Mapping[str, Any]] = []
    for _ in range(100_000):
        params = {"accountIdentifier": account, "maxResults": "200"}
        if cursor:
            params["nextCursor"] = cursor
        _, page = await raw._call("GET", "/asyncOrders", params=params)
        orders.extend(page["asyncOrders"])
        cursor = page["nextCursor"]
        if not cursor:
            break
    for order in orders:
        cursor = None
        for _ in range(100_000):
            page = await raw.async_order_line_items(
                order["customerIdentifier"], account, order["externalRefID"], cursor
            )
            lines.extend(page["lineItems"])
            cursor = page["pagination"]["nextCursor"]
            if not cursor:
                break
    balance = await raw.account_balance(account)
    return {"orders": orders, "lines": lines, "balance": balance}
