"""Money rules shared by v1 (integer cents) and v2 (Decimal major units)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

__all__ = ["CENT", "cents", "from_cents", "from_json_number", "to_money", "v2_amount_problem"]

CENT = Decimal("0.01")
_MAX_V2_AMOUNT = Decimal(1_000_000)  # 6 integer digits at most (i18n 422.140)


def from_json_number(value: object) -> Decimal | None:
    """The Decimal a JSON number stands for, or None when ``value`` is not a JSON number.

    orjson gives floats; ``repr`` is the shortest text that round-trips, which is what the client
    wrote for any amount with a handful of decimals.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    return None


def v2_amount_problem(amount: Decimal) -> str | None:
    """Why ``amount`` breaks v2's shape rule (422.140), or None when it is fine."""
    if not amount.is_finite():
        return "must be a finite number"
    exponent = amount.normalize().as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        return "can have at most 2 decimal places"
    if abs(amount) >= _MAX_V2_AMOUNT:
        return "can have at most 6 integer digits"
    return None


def to_money(amount: Decimal) -> Decimal:
    """Round half up to the cent."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def cents(amount: Decimal) -> int:
    """Major units to integer cents (v1's unit), rounding half up."""
    return int(to_money(amount) * 100)


def from_cents(value: int) -> Decimal:
    """Integer cents to major units with two decimals."""
    return (Decimal(value) / 100).quantize(CENT)
