"""v2 orders, the hand-written part: what the spec cannot say about ``orders.create``.

The generated :class:`~aioraas.resources._generated.v2.Orders` calls :func:`before_create` on the
request before the externalRefID is fixed, and :func:`order_result` on the decoded answer.
"""

from __future__ import annotations

from typing import Any

import attrs

from aioraas._modelkit import UNSET
from aioraas._params import json_param
from aioraas._transport import Response
from aioraas.errors import IdempotencyMismatch
from aioraas.models import v2


@attrs.frozen
class OrderResult:
    """What ``raas.v2.orders.create`` returns."""

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


def before_create(request: v2.OrderCreate) -> v2.OrderCreate:
    """The deprecated ``sendEmail=false`` means "Tango sends nothing". ``deliveryMethod`` (required
    on the wire, EMAIL by default) supersedes it, so sending both would still email the reward:
    send NONE instead, unless the caller chose another method. ``customFields`` takes any JSON
    value: it must serialise, which is checked here, before anything is sent."""
    if request.custom_fields is not UNSET:  # most orders have none: no call for them
        json_param("custom_fields", request.custom_fields)
    if request.send_email is False and request.delivery_method == v2.DeliveryMethod.EMAIL:
        return attrs.evolve(request, delivery_method=v2.DeliveryMethod.NONE)
    return request


def order_result(
    request: v2.OrderCreate, external_ref_id: str, response: Response, order: v2.Order
) -> OrderResult:
    """The result of a create; raises :class:`~aioraas.errors.IdempotencyMismatch` when the API
    answered with an existing order (200) that differs from the request."""
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
