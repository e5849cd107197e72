"""v2 orders: create (always idempotent), get, list, resend."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any, overload

import attrs

from aioraas._modelkit import UNSET, Unset
from aioraas._pagination import Paginator, page_number_paginator
from aioraas._params import date_param, json_param, path_param, request_param
from aioraas.errors import IdempotencyMismatch
from aioraas.models import v2
from aioraas.resources._base import Resource
from aioraas.resources._ids import with_external_ref_id


@attrs.frozen
class OrderResult:
    """What :meth:`Orders.create` returns."""

    order: v2.Order
    created: bool
    """True when the API answered 201 (a new order). False when it answered 200: an order with this
    externalRefID already existed, perhaps placed by an earlier attempt of this same call (see
    ``attempts``) or by an earlier run."""
    external_ref_id: str
    """The externalRefID sent (the caller's, or the one generated before the first attempt)."""
    request_id: str | None
    """The API's X-REQUEST-ID of the answer, for Tango Card support."""
    attempts: int
    """How many HTTP attempts the call took."""


def idempotency_differences(request: v2.OrderCreate, order: v2.Order) -> dict[str, tuple[Any, Any]]:
    """Where an existing order differs from the request that reused its externalRefID."""
    differences: dict[str, tuple[Any, Any]] = {}
    if order.utid is not None and order.utid.upper() != request.utid.upper():
        differences["utid"] = (request.utid, order.utid)
    face_value = order.denomination.value if order.denomination is not None else None
    if face_value is not None and face_value != request.amount:
        differences["amount"] = (request.amount, face_value)
    return differences


class Orders(Resource):
    api = "v2"

    @overload
    async def create(
        self, request: v2.OrderCreate, /, *, timeout: float | None = None, max_retries: int | None = None
    ) -> OrderResult: ...

    @overload
    async def create(
        self,
        request: None = None,
        /,
        *,
        customer_identifier: str,
        account_identifier: str,
        utid: str,
        amount: Decimal | int | float | str,
        delivery_method: v2.DeliveryMethod | str = ...,
        recipient: v2.Recipient | Unset = ...,
        sender: v2.Sender | Unset = ...,
        external_ref_id: str | Unset = ...,
        email_subject: str | Unset = ...,
        message: str | Unset = ...,
        etid: str | Unset = ...,
        ptid: str | Unset = ...,
        campaign: str | Unset = ...,
        purchase_order_number: str | Unset = ...,
        notes: str | Unset = ...,
        expiration_date: datetime | Unset = ...,
        custom_fields: Any | Unset = ...,
        send_email: bool | Unset = ...,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> OrderResult: ...

    async def create(
        self,
        request: v2.OrderCreate | None = None,
        /,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        **fields: Any,
    ) -> OrderResult:
        """Send one reward, safely: retries can never place it twice.

        Pass the order's fields as keywords, or a prebuilt :class:`~aioraas.models.v2.OrderCreate`.
        ``send_email=False`` (deprecated) is sent as ``deliveryMethod`` NONE unless another method
        than the default EMAIL is given.
        The externalRefID (yours, or one generated now) is sent on every attempt, so a retry after a
        timeout or a 5xx returns the order the first attempt placed instead of placing another.

        Raises:
            IdempotencyMismatch: the externalRefID belongs to an existing order for another item or
                amount (the API returns that order; it does not place this one).
            OutcomeUnknown: no definite answer after all attempts; resend with the same externalRefID.
            InsufficientFunds, Unprocessable, ...: the API refused the order.
        """
        if request is None:
            request = v2.OrderCreate(**fields)
        elif fields:
            raise TypeError("pass either an OrderCreate or keyword fields, not both")
        request = request_param("request", request, v2.OrderCreate)
        json_param("custom_fields", request.custom_fields)
        if request.send_email is False and request.delivery_method == v2.DeliveryMethod.EMAIL:
            # The deprecated sendEmail=false means "Tango sends nothing". deliveryMethod (required on
            # the wire, EMAIL by default) supersedes it, so sending both would still email the reward.
            request = attrs.evolve(request, delivery_method=v2.DeliveryMethod.NONE)
        request, external_ref_id = with_external_ref_id(request, "aioraas")
        response = await self._send(
            "POST",
            "/orders",
            body=request,
            idempotency_key=external_ref_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        order = self._decode(response, v2.Order)
        created = response.status == 201
        if not created:
            differences = idempotency_differences(request, order)
            if differences:
                shown = ", ".join(f"{k}: asked {a}, existing {b}" for k, (a, b) in differences.items())
                raise IdempotencyMismatch(
                    f"externalRefID {external_ref_id} already belongs to order "
                    f"{order.reference_order_id}, which differs from this request ({shown}); "
                    "the API returned the existing order and placed nothing",
                    external_ref_id=external_ref_id,
                    order=order,
                    differences=differences,
                )
        return OrderResult(
            order=order,
            created=created,
            external_ref_id=external_ref_id,
            request_id=response.request_id,
            attempts=response.attempts,
        )

    async def get(
        self, reference_order_id: str, *, timeout: float | None = None, max_retries: int | None = None
    ) -> v2.Order:
        """One order, with its reward credentials."""
        path = f"/orders/{path_param('reference_order_id', reference_order_id)}"
        response = await self._send("GET", path, timeout=timeout, max_retries=max_retries)
        return self._decode(response, v2.Order)

    def list(
        self,
        *,
        account_identifier: str | None = None,
        customer_identifier: str | None = None,
        external_ref_id: str | None = None,
        start_date: datetime | None = None,
        end_date: datetime | None = None,
        utid: str | None = None,
        reward_name: str | None = None,
        min_amount: Decimal | int | None = None,
        max_amount: Decimal | int | None = None,
        currency_code: str | None = None,
        delivery_method: v2.DeliveryMethod | str | None = None,
        order_status: str | None = None,
        campaign: str | None = None,
        recipient_email: str | None = None,
        purchase_order_number: str | None = None,
        elements_per_block: int = 100,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> Paginator[v2.Order]:
        """Orders matching the filters, fetched lazily page by page (pages from 0, at most 100 each).

        The API limits one query to a date range of 100 days.
        """
        filters = {
            "accountIdentifier": account_identifier,
            "customerIdentifier": customer_identifier,
            "externalRefID": external_ref_id,
            "startDate": date_param("start_date", start_date),
            "endDate": date_param("end_date", end_date),
            "utid": utid,
            "rewardName": reward_name,
            "minAmount": min_amount,
            "maxAmount": max_amount,
            "currencyCode": currency_code,
            "deliveryMethod": delivery_method,
            "orderStatus": order_status,
            "campaign": campaign,
            "recipientEmail": recipient_email,
            "purchaseOrderNumber": purchase_order_number,
        }
        fetch = self._fetch_json("/orders", filters, timeout, max_retries)
        return page_number_paginator(
            fetch,
            v2.OrderList,
            lambda page: page.orders,
            lambda page: page.page.total_count if page.page is not None else None,
            elements_per_block=elements_per_block,
        )

    async def resend(
        self,
        reference_order_id: str,
        *,
        new_email: str | Unset = UNSET,
        new_mobile: str | Unset = UNSET,
        new_etid: str | Unset = UNSET,
        new_delivery_method: v2.ResendDeliveryMethod | str | Unset = UNSET,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> v2.Resend:
        """Send an order's reward again (at most once per 24 hours), optionally to a new address."""
        body = v2.OrderResend(
            new_email=new_email,
            new_mobile=new_mobile,
            new_etid=new_etid,
            new_delivery_method=new_delivery_method,
        )
        path = f"/orders/{path_param('reference_order_id', reference_order_id)}/resends"
        response = await self._send("POST", path, body=body, timeout=timeout, max_retries=max_retries)
        return self._decode(response, v2.Resend)
