"""v1 orders: place, look up, list (offset pages), resend."""

from __future__ import annotations

from datetime import datetime
from typing import Any, overload

from aioraas._modelkit import Unset
from aioraas._pagination import Paginator, offset_paginator
from aioraas._params import date_param, path_param, request_param
from aioraas.models import v1
from aioraas.resources._base import Resource


class Orders(Resource):
    api = "v1"

    @overload
    async def create(
        self, request: v1.OrderCreate, /, *, timeout: float | None = None, max_retries: int | None = None
    ) -> v1.Order: ...

    @overload
    async def create(
        self,
        request: None = None,
        /,
        *,
        customer: str,
        account_identifier: str,
        sku: str,
        recipient: v1.Recipient,
        amount: int | Unset = ...,
        reward_subject: str | Unset = ...,
        reward_message: str | Unset = ...,
        reward_from: str | Unset = ...,
        send_reward: bool | Unset = ...,
        campaign: str | Unset = ...,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> v1.Order: ...

    async def create(
        self,
        request: v1.OrderCreate | None = None,
        /,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        **fields: Any,
    ) -> v1.Order:
        """Place an order. ``amount`` is in cents, for variable-price SKUs only.

        v1 has no idempotency key: a timeout or 5xx raises :class:`~aioraas.errors.OutcomeUnknown`
        (look the order up in :meth:`list` before placing it again) instead of retrying.
        """
        if request is None:
            request = v1.OrderCreate(**fields)
        elif fields:
            raise TypeError("pass either an OrderCreate or keyword fields, not both")
        request = request_param("request", request, v1.OrderCreate)
        response = await self._send("POST", "/orders", body=request, timeout=timeout, max_retries=max_retries)
        return self._decode_wrapped(response, v1.Order, "order")

    async def get(
        self, order_id: str, *, timeout: float | None = None, max_retries: int | None = None
    ) -> v1.Order:
        """One order."""
        response = await self._send(
            "GET", f"/orders/{path_param('order_id', order_id)}", timeout=timeout, max_retries=max_retries
        )
        return self._decode_wrapped(response, v1.Order, "order")

    def list(
        self,
        *,
        customer: str | None = None,
        account_identifier: str | None = None,
        start_date: datetime | None = None,
        end_date: datetime | None = None,
        limit: int = 100,
        offset: int = 0,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> Paginator[v1.Order]:
        """Order history, fetched lazily ``limit`` (at most 100) at a time until ``total_count``."""
        filters = {
            "customer": customer,
            "account_identifier": account_identifier,
            "start_date": date_param("start_date", start_date),
            "end_date": date_param("end_date", end_date),
        }
        fetch = self._fetch_json("/orders", filters, timeout, max_retries)
        return offset_paginator(
            fetch,
            v1.OrderList,
            lambda page: page.orders,
            lambda page: page.total_count,
            limit=limit,
            start=offset,
        )

    async def resend(
        self, order_id: str, *, timeout: float | None = None, max_retries: int | None = None
    ) -> None:
        """Email an order's reward again (at most once per 24 hours; only if send_reward was true)."""
        path = f"/orders/{path_param('order_id', order_id)}/resend"
        await self._send("POST", path, timeout=timeout, max_retries=max_retries)
