"""Wire JSON -> model -> JSON keeps every value, for sample answers of every v1 and v2 response."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import attrs
import pytest

from aioraas import _convert
from aioraas._modelkit import ResponseModel
from tests.helpers.spec import MODULES, models

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "wire"


def samples(version: str) -> dict[str, list[Any]]:
    loaded: dict[str, list[Any]] = json.loads((FIXTURES / f"{version}.json").read_text())
    return loaded


def _cases() -> list[Any]:
    return [
        pytest.param(version, name, index, sample, id=f"{version}.{name}[{index}]")
        for version in ("v1", "v2")
        for name, items in samples(version).items()
        for index, sample in enumerate(items)
    ]


def _as_number(value: Any) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    try:
        return Decimal(repr(value) if isinstance(value, float) else str(value))
    except InvalidOperation:
        return None


def _as_instant(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def assert_same_values(expected: Any, actual: Any, path: str = "$") -> None:
    """Equal values, allowing only changes of spelling: 100 vs "100", 1.0 vs 1, Z vs +00:00,
    and a null that comes back absent."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), f"{path}: expected an object, got {actual!r}"
        for key, value in expected.items():
            if value is None and key not in actual:
                continue
            assert key in actual, f"{path}.{key}: lost"
            assert_same_values(value, actual[key], f"{path}.{key}")
        added = {k: v for k, v in actual.items() if k not in expected and v != []}
        assert not added, f"{path}: keys added: {added}"
    elif isinstance(expected, list):
        assert isinstance(actual, list), f"{path}: expected a list, got {actual!r}"
        assert len(actual) == len(expected), f"{path}: {actual!r}"
        for index, (e, a) in enumerate(zip(expected, actual, strict=True)):
            assert_same_values(e, a, f"{path}[{index}]")
    elif expected != actual or type(expected) is not type(actual):
        number_e, number_a = _as_number(expected), _as_number(actual)
        if number_e is not None and number_e == number_a:
            return
        instant_e, instant_a = _as_instant(expected), _as_instant(actual)
        if instant_e is not None and instant_e == instant_a:
            return
        raise AssertionError(f"{path}: {expected!r} came back as {actual!r}")


@pytest.mark.parametrize(("version", "name", "index", "sample"), _cases())
def test_round_trip_keeps_every_value(version: str, name: str, index: int, sample: Any) -> None:
    cls = getattr(MODULES[version], name)
    model = _convert.structure(sample, cls)
    out = _convert.unstructure(model)
    assert_same_values(sample, out)
    # The output is a fixed point: decoding and encoding it again changes nothing.
    assert _convert.unstructure(_convert.structure(out, cls)) == out
    json.dumps(out)  # plain JSON types only


def _classes_in(obj: Any, found: set[type]) -> None:
    if isinstance(obj, list):
        for item in obj:
            _classes_in(item, found)
    elif attrs.has(type(obj)):
        found.add(type(obj))
        for field in attrs.fields(type(obj)):
            _classes_in(getattr(obj, field.name), found)


@pytest.mark.parametrize("version", ["v1", "v2"])
def test_samples_reach_every_response_model(version: str) -> None:
    found: set[type] = set()
    for name, items in samples(version).items():
        for sample in items:
            _classes_in(_convert.structure(sample, getattr(MODULES[version], name)), found)
    missing = {name for name, cls, _ in models(version, "response")} - {c.__name__ for c in found}
    assert not missing, f"add wire samples reaching: {sorted(missing)}"


def test_money_is_decimal_and_exact() -> None:
    from aioraas.models import v2

    deposit = _convert.structure(samples("v2")["Deposit"][0], v2.Deposit)
    assert (deposit.amount, deposit.amount_charged, deposit.fee_percent) == (
        Decimal("1.25"),
        Decimal("1.29"),
        Decimal("3.5"),
    )
    rates = _convert.structure(samples("v2")["ExchangeRatePage"][0], v2.ExchangeRatePage)
    assert [r.base_fx for r in rates.exchange_rates] == [Decimal("0.7313"), Decimal("0.8123456789012345678")]
    assert rates.exchange_rates[0].last_modified_date.tzinfo is None  # no zone sent, none invented
    # Written back: a JSON number where a float is exact, a string where it is not.
    assert _convert.unstructure(rates)["exchangeRates"][1]["baseFx"] == "0.8123456789012345678"
    assert _convert.unstructure(deposit)["amountCharged"] == 1.29


def test_v1_cents_sent_as_strings_are_integers() -> None:
    from aioraas.models import v1

    catalog = _convert.structure(samples("v1")["RewardsCatalog"][0], v1.RewardsCatalog)
    item = catalog.brands[0].rewards[0]
    assert (item.min_price, item.max_price) == (100, 100000)
    registered = _convert.structure({"cc_token": "t", "active_date": "1405444573"}, v1.CardRegistered)
    assert registered.active_date == 1405444573


def test_extra_fields_hold_unknown_keys_at_every_level() -> None:
    from aioraas.models import v2

    data = {
        "referenceOrderID": "RA1",
        "brandNewTopLevel": {"nested": [1, 2]},
        "amountCharged": {"value": 1, "currencyCode": "USD", "newMoneyKey": "x"},
    }
    order = _convert.structure(data, v2.Order)
    assert isinstance(order, ResponseModel)
    assert order.extra_fields == {"brandNewTopLevel": {"nested": [1, 2]}}
    assert order.amount_charged is not None
    assert order.amount_charged.extra_fields == {"newMoneyKey": "x"}
    assert _convert.unstructure(order) == data
