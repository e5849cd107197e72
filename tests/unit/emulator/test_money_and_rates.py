"""Money rules and currency conversion."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aioraas.emulator.fx import ACCOUNT_CURRENCIES, REWARD_CURRENCIES, ExchangeRates
from aioraas.emulator.jsonio import dumps
from aioraas.emulator.money import cents, from_cents, from_json_number, to_money, v2_amount_problem
from aioraas.emulator.state import shared_decimal
from aioraas.emulator.v2.validate import Checker


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (25, Decimal(25)),
        (25.1, Decimal("25.1")),
        (0.29, Decimal("0.29")),
        (True, None),
        ("1", None),
        (None, None),
    ],
)
def test_json_numbers_become_exact_decimals(value: object, expected: Decimal | None) -> None:
    assert from_json_number(value) == expected


@pytest.mark.parametrize(
    ("amount", "problem"),
    [
        ("25", None),
        ("25.10", None),
        ("999999.99", None),
        ("0.001", "2 decimal places"),
        ("1000000", "6 integer digits"),
        ("Infinity", "finite"),
    ],
)
def test_v2_amount_shape(amount: str, problem: str | None) -> None:
    found = v2_amount_problem(Decimal(amount))
    assert (found is None) if problem is None else (problem in (found or ""))


def test_cents_round_half_up() -> None:
    assert to_money(Decimal("1.29375")) == Decimal("1.29")
    assert to_money(Decimal("0.125")) == Decimal("0.13")
    assert cents(Decimal("10.005")) == 1001
    assert from_cents(999) == Decimal("9.99")


def test_decimals_serialise_digit_for_digit() -> None:
    assert dumps({"a": Decimal("12.50"), "b": Decimal("0.7313")}) == b'{"a":12.50,"b":0.7313}'


def test_every_account_currency_converts_every_reward_currency() -> None:
    rates = ExchangeRates()
    for base in ACCOUNT_CURRENCIES:
        for reward in REWARD_CURRENCIES:
            value, rate = rates.convert(Decimal("10"), source=reward, target=base)
            assert value > 0
            assert rate == rates.rate(base, reward)
    assert rates.convert(Decimal("10"), source="USD", target="USD") == (Decimal("10.00"), Decimal(1))


def test_conversion_uses_the_published_rate() -> None:
    rates = ExchangeRates()
    published = {(r.base_currency, r.reward_currency): r.base_fx for r in rates.rows}
    value, rate = rates.convert(Decimal("20"), source="EUR", target="USD")
    assert rate == published[("USD", "EUR")]
    assert value == to_money(Decimal("20") / rate)


def test_rate_rows_mix_string_and_number_base_fx() -> None:
    rates = ExchangeRates()
    shown = [rates.row_json(row) for row in rates.rows]
    assert {type(r["baseFx"]) for r in shown} == {str, Decimal}
    assert all("Z" not in str(r["lastModifiedDate"]) for r in shown)


def test_a_repeated_amount_is_read_the_same_and_a_bad_one_stays_refused() -> None:
    # Checker.amount keeps the Decimal of each valid float it read: a second read must give the same
    # value, a refused amount must be refused again, and zeros keep their own sign.
    for _ in range(2):
        assert str(Checker({"amount": 25.1}).amount("amount")) == "25.1"
        assert str(Checker({"amount": 25.0}).amount("amount")) == "25.0"
        refused = Checker({"amount": 25.123})
        assert refused.amount("amount") is None
        assert refused.errors[0]["i18nKey"] == "422.140"
        assert str(Checker({"amount": -0.0}).amount("amount")) == "-0.0"
        assert str(Checker({"amount": 0.0}).amount("amount")) == "0.0"
    assert str(Checker({"amount": 25}).amount("amount")) == "25"  # an int is not the float 25.0's key


def test_shared_amounts_keep_their_digits() -> None:
    first = shared_decimal(Decimal("25.00"))
    assert shared_decimal(Decimal("25.00")) is first
    assert str(shared_decimal(Decimal("25.0"))) == "25.0"
    assert str(shared_decimal(Decimal("-0.00"))) == "-0.00"
    assert str(shared_decimal(Decimal("0.00"))) == "0.00"
