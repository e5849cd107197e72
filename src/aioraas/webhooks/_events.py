"""Turning a delivery's body into a typed event: one generated class per event family.

The classes come from ``spec/v2/webhooks.json`` (``make codegen``); this module only picks the
class from the event type. An event type this version does not know becomes a
:class:`~aioraas.models.v2.WebhookEvent` with its ``event_data`` as a plain dict, and unknown
fields of any event are kept in ``extra_fields``: a new event from Tango never breaks a receiver.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import orjson

from aioraas import _convert
from aioraas.errors import DecodeError
from aioraas.models import v2

__all__ = ["EVENT_CLASSES", "Event", "event_from_json", "event_type_of"]

Event: TypeAlias = (
    v2.AccountStatusEvent
    | v2.ItemAvailabilityEvent
    | v2.LineItemDeliveryStatusEvent
    | v2.RewardStatusEvent
    | v2.CredentialStatusEvent
    | v2.TransactionEvent
    | v2.LowBalanceEvent
    | v2.AsyncOrderStatusEvent
    | v2.ExchangeRatesStatusEvent
    | v2.WebhookEvent
)
"""Any event :func:`aioraas.webhooks.parse` returns."""

EVENT_CLASSES: Mapping[str, type[Event]] = {
    "AccountStatus": v2.AccountStatusEvent,
    "ItemAvailability": v2.ItemAvailabilityEvent,
    "LineItemDeliveryStatus": v2.LineItemDeliveryStatusEvent,
    "RewardStatus": v2.RewardStatusEvent,
    "APICredentials": v2.CredentialStatusEvent,
    "CredentialStatus": v2.CredentialStatusEvent,
    "Transaction": v2.TransactionEvent,
    "LowBalance": v2.LowBalanceEvent,
    "AsyncOrderStatus": v2.AsyncOrderStatusEvent,
    "ExchangeRatesStatus": v2.ExchangeRatesStatusEvent,
}
"""Event type (as Tango names it) -> class. Matched without regard to case."""

_BY_LOWER = {name.lower(): cls for name, cls in EVENT_CLASSES.items()}


def event_type_of(data: Mapping[str, Any]) -> str | None:
    """The event type of a decoded event: ``eventType``, else the first of ``eventTypes``."""
    value = data.get("eventType")
    if isinstance(value, str) and value:
        return value
    several = data.get("eventTypes")
    if isinstance(several, list) and several and isinstance(several[0], str):
        return several[0]
    return None


def event_from_json(body: bytes | Mapping[str, Any]) -> Event:
    """The typed event of a JSON body (or an already decoded object).

    Raises:
        aioraas.errors.DecodeError: the body is not a JSON object, or its fields cannot be read
            even as a generic event.
    """
    if isinstance(body, Mapping):
        data: Any = body
        raw = None
    else:
        raw = bytes(body)
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError:
            raise DecodeError("the webhook body is not JSON", body=raw) from None
    if not isinstance(data, Mapping):
        raise DecodeError("the webhook body is not a JSON object", body=raw)
    kind = event_type_of(data)
    cls = _BY_LOWER.get(kind.lower(), v2.WebhookEvent) if kind else v2.WebhookEvent
    try:
        return _convert.structure(dict(data), cls)
    except Exception:
        if cls is v2.WebhookEvent:
            raise DecodeError("the webhook body is not a readable event", body=raw) from None
    # A known family whose data does not fit its schema: keep everything as a generic event.
    try:
        return _convert.structure(dict(data), v2.WebhookEvent)
    except Exception:
        raise DecodeError("the webhook body is not a readable event", body=raw) from None
