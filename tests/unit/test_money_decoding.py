"""Money is read exactly, never through a float's lossy value, and keeps two decimal places."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aioraas import _convert, errors
from aioraas.models import v2
from tests.unit.conftest import V2, Harness


def _deposit(amount_literal: str) -> bytes:
    return (
        f'{{"referenceDepositID": "RAD-1", "amount": {amount_literal}, "amountCharged": {amount_literal},'
        ' "feePercent": 3.5, "accountNumber": "4111111111111111"}'
    ).encode()


@pytest.mark.parametrize(
    ("literal", "expected"),
    [
        ("25.00", "25.00"),
        ("25", "25.00"),
        ("25.0", "25.00"),
        ("25.5", "25.50"),
        ("0.01", "0.01"),
        ("0.10", "0.10"),
        ("1.255", "1.255"),
        ("999999.99", "999999.99"),
        ("12345678901234567.89", "12345678901234567.89"),
        ("1234567890123456789012345678901234.56", "1234567890123456789012345678901234.56"),
        ("0.123456789012345678901", "0.123456789012345678901"),
        ("-0.01", "-0.01"),
        ("1E+2", "100.00"),
    ],
)
def test_json_numbers_decode_exactly_with_two_places(literal: str, expected: str) -> None:
    deposit = _convert.loads(_deposit(literal), v2.Deposit)
    assert str(deposit.amount) == expected
    assert str(deposit.amount_charged) == expected
    assert deposit.fee_percent == Decimal("3.50")
    assert deposit.account_number == "4111111111111111"


@settings(max_examples=300, deadline=None)
@given(
    st.decimals(min_value=Decimal("-1e20"), max_value=Decimal("1e20"), places=2, allow_nan=False),
    st.booleans(),
)
def test_any_two_place_amount_round_trips_to_the_cent(amount: Decimal, long_body: bool) -> None:
    # long_body: a card-number-like string elsewhere in the body takes the exact parser either way.
    body = _deposit(str(amount))
    if not long_body:
        body = body.replace(b"4111111111111111", b"A1")
    deposit = _convert.loads(body, v2.Deposit)
    assert deposit.amount == amount
    assert str(deposit.amount) == str(amount)


def test_money_from_json_is_the_hook_of_the_cattrs_and_the_fast_path() -> None:
    assert _convert.converter.get_structure_hook(Decimal) is _convert.money_from_json
    fast = _convert.converter.get_structure_hook(v2.Deposit)
    assert fast.__module__ == "aioraas.models._v2_codecs"  # the generated fast path
    data = {"referenceDepositID": "R", "amount": 25.0, "amountCharged": 7}
    checked = _convert.checked_structure(data, v2.Deposit)
    assert str(fast(data, v2.Deposit).amount) == str(checked.amount) == "25.00"
    assert str(fast(data, v2.Deposit).amount_charged) == "7.00"


@pytest.mark.parametrize("value", [True, "ten", [], {}])
def test_non_numbers_are_refused(value: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        _convert.money_from_json(value)


async def test_the_client_reports_an_existing_orders_amount_with_its_cents(harness: Harness) -> None:
    order = b'{"referenceOrderID": "RA1", "utid": "U561593",'
    order += b' "denomination": {"value": 25.00, "currencyCode": "USD"}}'
    harness.mock.post(f"{V2}/orders", status=200, body=order, content_type="application/json")
    with pytest.raises(errors.IdempotencyMismatch) as caught:
        await harness.client.v2.orders.create(
            customer_identifier="acme-hr",
            account_identifier="acme-hr-q1",
            utid="U561593",
            amount=Decimal("26.00"),
            external_ref_id="bonus-1",
        )
    assert "asked 26.00, existing 25.00" in str(caught.value)
    assert str(caught.value.order.denomination.value) == "25.00"


async def test_a_large_balance_is_exact_through_the_client(harness: Harness) -> None:
    account = (
        b'{"accountIdentifier": "acme-hr-q1", "accountNumber": "A1", "displayName": "Q1",'
        b' "currencyCode": "USD", "currentBalance": 12345678901234567.89,'
        b' "createdAt": "2024-01-01T00:00:00Z",'
        b' "status": "ACTIVE"}'
    )
    harness.mock.get(f"{V2}/accounts/acme-hr-q1", status=200, body=account, content_type="application/json")
    fetched = await harness.client.v2.accounts.get("acme-hr-q1")
    assert str(fetched.current_balance) == "12345678901234567.89"


@pytest.mark.parametrize(
    ("first", "then"),
    [
        (0, -0.0),  # equal keys, different signs
        (-0.0, 0),
        (99999999999999991611392, 1e23),  # an int equal to a float: digit for digit vs the repr
        (1e23, 99999999999999991611392),
        (25, 25.0),
        (12.5, 12.5),
    ],
)
def test_numbers_seen_before_read_the_same_as_the_first_time(first: Any, then: Any) -> None:
    expected = str(_convert._money_of_number(then))
    _convert.money_from_json(first)
    assert str(_convert.money_from_json(then)) == expected
    assert str(_convert.money_from_json(then)) == expected  # and again, once it may be remembered
