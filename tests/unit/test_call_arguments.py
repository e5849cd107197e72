"""Per-call options, path identifiers, date filters and prebuilt requests are checked before sending."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime
from typing import Any

import pytest

from aioraas import RaasClient, errors
from tests.unit.conftest import V2, Harness

ORDER = {"referenceOrderID": "RA1", "utid": "U561593", "denomination": {"value": 25, "currencyCode": "USD"}}
ORDER_FIELDS: dict[str, Any] = {
    "customer_identifier": "acme-hr",
    "account_identifier": "acme-hr-q1",
    "utid": "U561593",
    "amount": "25.00",
}

Call = Callable[[RaasClient, dict[str, Any]], Awaitable[Any]]


async def _first_page(paginator: Any) -> Any:
    async for item in paginator:
        return item
    return None


CALLS: dict[str, Call] = {
    "v2.orders.get": lambda raas, kw: raas.v2.orders.get("RA1", **kw),
    "v2.orders.create": lambda raas, kw: raas.v2.orders.create(**ORDER_FIELDS, **kw),
    "v2.customers.get": lambda raas, kw: raas.v2.customers.get("acme-hr", **kw),
    "v2.accounts.get": lambda raas, kw: raas.v2.accounts.get("acme-hr-q1", **kw),
    "v2.catalog.get": lambda raas, kw: raas.v2.catalog.get(**kw),
    "v2.orders.list": lambda raas, kw: _first_page(raas.v2.orders.list(**kw)),
    "v2.customers.list": lambda raas, kw: _first_page(raas.v2.customers.list(**kw)),
    "v1.orders.get": lambda raas, kw: raas.v1.orders.get("123-456", **kw),
    "v1.orders.list": lambda raas, kw: _first_page(raas.v1.orders.list(**kw)),
}

BAD_OPTIONS: list[tuple[dict[str, Any], type[Exception], str]] = [
    ({"timeout": -1}, errors.ValidationError, "timeout must be a positive"),
    ({"timeout": 0}, errors.ValidationError, "timeout must be a positive"),
    ({"timeout": float("inf")}, errors.ValidationError, "timeout must be a positive"),
    ({"timeout": "5"}, TypeError, "timeout must be a number"),
    ({"max_retries": -1}, errors.ValidationError, "max_retries must be 0 or more"),
    ({"max_retries": "3"}, TypeError, "max_retries must be an int"),
    ({"max_retries": 2.0}, TypeError, "max_retries must be an int"),
    ({"max_retries": True}, TypeError, "max_retries must be an int"),
]


@pytest.mark.parametrize("name", sorted(CALLS))
@pytest.mark.parametrize(("options", "error", "message"), BAD_OPTIONS)
async def test_bad_per_call_options_are_refused_before_sending(
    harness: Harness, name: str, options: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        await CALLS[name](harness.client, options)
    assert harness.request_count() == 0


def test_a_paginator_refuses_bad_options_when_it_is_made(harness: Harness) -> None:
    with pytest.raises(errors.ValidationError, match="max_retries"):
        harness.client.v2.orders.list(max_retries=-1)
    with pytest.raises(TypeError, match="timeout"):
        harness.client.v2.accounts.list(timeout="5")  # type: ignore[arg-type]


async def test_good_per_call_options_are_used(harness: Harness) -> None:
    harness.mock.get(f"{V2}/orders/RA1", status=200, payload=ORDER)
    order = await harness.client.v2.orders.get("RA1", timeout=2, max_retries=0)
    assert order.reference_order_id == "RA1"


IDENTIFIER_CALLS: dict[str, Callable[[RaasClient, Any], Awaitable[Any]]] = {
    "reference_order_id": lambda raas, v: raas.v2.orders.get(v),
    "customer_identifier": lambda raas, v: raas.v2.customers.get(v),
    "account_identifier": lambda raas, v: raas.v2.accounts.get(v),
    "token": lambda raas, v: raas.v2.credit_cards.get(v),
    "reference_deposit_id": lambda raas, v: raas.v2.deposits.get(v),
    "order_id": lambda raas, v: raas.v1.orders.get(v),
}


@pytest.mark.parametrize("argument", sorted(IDENTIFIER_CALLS))
@pytest.mark.parametrize(
    ("value", "error"),
    [("", errors.ValidationError), ("   ", errors.ValidationError), (None, TypeError), (["RA1"], TypeError)],
)
async def test_empty_or_missing_path_identifiers_are_refused(
    harness: Harness, argument: str, value: Any, error: type[Exception]
) -> None:
    with pytest.raises(error, match=re.escape(argument)):
        await IDENTIFIER_CALLS[argument](harness.client, value)
    assert harness.request_count() == 0


async def test_identifiers_are_percent_encoded(harness: Harness) -> None:
    harness.mock.get(f"{V2}/orders/RA%2F1%3Fx", status=200, payload=ORDER)
    await harness.client.v2.orders.get("RA/1?x")
    assert len(harness.calls("GET", f"{V2}/orders/RA%2F1%3Fx")) == 1


@pytest.mark.parametrize("argument", ["start_date", "end_date"])
@pytest.mark.parametrize(("value", "error"), [("yesterday", errors.ValidationError), (20240101, TypeError)])
def test_unreadable_date_filters_are_refused_when_the_list_is_made(
    harness: Harness, argument: str, value: Any, error: type[Exception]
) -> None:
    with pytest.raises(error, match=argument):
        harness.client.v2.orders.list(**{argument: value})
    with pytest.raises(error, match=argument):
        harness.client.v1.orders.list(**{argument: value})
    accounts_argument = {"start_date": "min_date_created_at", "end_date": "max_date_created_at"}[argument]
    with pytest.raises(error, match=accounts_argument):
        harness.client.v2.accounts.list(**{accounts_argument: value})
    assert harness.request_count() == 0


@pytest.mark.parametrize(
    "value",
    [
        "2016-01-01",
        "2016-01-01T00:00:00Z",
        "2016-01-01T00:00:00+02:00",
        date(2016, 1, 1),
        datetime(2016, 1, 1, tzinfo=UTC),
    ],
)
async def test_dates_the_api_takes_are_sent(harness: Harness, value: Any) -> None:
    harness.mock.get(
        re.compile(rf"^{re.escape(V2)}/orders\?.*"),
        status=200,
        payload={"orders": [], "page": {"totalCount": 0}},
    )
    assert await _first_page(harness.client.v2.orders.list(start_date=value)) is None
    (call,) = harness.calls("GET", rf"{re.escape(V2)}/orders\?.*")
    assert call is not None


@pytest.mark.parametrize("api", ["v1", "v2"])
async def test_a_dict_instead_of_a_request_model_is_a_type_error(harness: Harness, api: str) -> None:
    orders = harness.client.v2.orders if api == "v2" else harness.client.v1.orders
    with pytest.raises(
        TypeError, match=r"request must be a aioraas\.models\.v[12]\.OrderCreate, not dict \(to pass fields"
    ):
        await orders.create({"utid": "U561593", "amount": 25})  # type: ignore[call-overload]
    assert harness.request_count() == 0


@pytest.mark.parametrize(
    "value", [{"costCenter": "42"}, {"nested": {"a": [1, 2.5, None, True]}}, ["a", "b"], "text", 7]
)
async def test_custom_fields_take_any_json_value(harness: Harness, value: Any) -> None:
    harness.mock.post(f"{V2}/orders", status=201, payload=ORDER)
    await harness.client.v2.orders.create(**ORDER_FIELDS, custom_fields=value)
    (body,) = harness.bodies("POST", f"{V2}/orders")
    assert body["customFields"] == value


@pytest.mark.parametrize("value", [{1: "x"}, {"a": object()}, {"a": {1, 2}}, b"bytes"])
async def test_custom_fields_that_are_not_json_are_refused_before_sending(
    harness: Harness, value: Any
) -> None:
    with pytest.raises(errors.ValidationError, match="custom_fields must be a JSON value"):
        await harness.client.v2.orders.create(**ORDER_FIELDS, custom_fields=value)
    assert harness.request_count() == 0
