"""The exchange-rate table behind GET /exchangerates and cross-currency orders."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from aioraas.emulator.money import to_money

__all__ = ["ACCOUNT_CURRENCIES", "REWARD_CURRENCIES", "ExchangeRate", "ExchangeRates"]

#: Currencies an account can hold (Tango's CreateAccountCriteria).
ACCOUNT_CURRENCIES = ("USD", "AUD", "CAD", "EUR", "GBP", "MXN", "SGD", "PLN")
#: Currencies catalog items are denominated in.
REWARD_CURRENCIES = ("USD", "CAD", "EUR", "GBP")

# US dollars per unit; roughly realistic and fixed, so every run converts the same way.
_USD_PER_UNIT = {
    "USD": Decimal("1"),
    "AUD": Decimal("0.66"),
    "CAD": Decimal("0.74"),
    "EUR": Decimal("1.08"),
    "GBP": Decimal("1.27"),
    "MXN": Decimal("0.058"),
    "SGD": Decimal("0.74"),
    "PLN": Decimal("0.25"),
}
_RATE_PLACES = Decimal("0.0001")
_ONE = Decimal(1)  # the rate between a currency and itself (Decimals are immutable: one object)
# Tango's sample shows a lastModifiedDate without a timezone; the emulator keeps that quirk.
_LAST_MODIFIED = "2024-01-15T13:00:14.291"


@dataclass(frozen=True, slots=True)
class ExchangeRate:
    """One row: one unit of ``base_currency`` buys ``base_fx`` units of ``reward_currency``."""

    base_currency: str
    reward_currency: str
    base_fx: Decimal


class ExchangeRates:
    """Published rates, and conversions that use exactly those published numbers."""

    __slots__ = ("_by_pair", "rows")

    def __init__(self) -> None:
        rows = []
        for base in ACCOUNT_CURRENCIES:
            for reward in REWARD_CURRENCIES:
                if reward != base:
                    fx = (_USD_PER_UNIT[base] / _USD_PER_UNIT[reward]).quantize(_RATE_PLACES, ROUND_HALF_UP)
                    rows.append(ExchangeRate(base, reward, fx))
        self.rows: Sequence[ExchangeRate] = tuple(rows)
        self._by_pair = {(row.base_currency, row.reward_currency): row.base_fx for row in rows}

    def rate(self, base: str, reward: str) -> Decimal:
        """Units of ``reward`` per unit of ``base`` (1 for the same currency); KeyError if unknown."""
        return _ONE if base == reward else self._by_pair[(base, reward)]

    def convert(self, amount: Decimal, *, source: str, target: str) -> tuple[Decimal, Decimal]:
        """``amount`` in ``source`` expressed in ``target``, rounded to the cent, and the rate used.

        The rate is the published ``baseFx`` with the target (account) currency as base, so a client
        can recompute every charge from GET /exchangerates.
        """
        fx = self.rate(target, source)
        return to_money(amount / fx), fx

    def row_json(self, row: ExchangeRate) -> dict[str, object]:
        """One row as the API shows it; baseFx is a string for non-USD bases, a number otherwise.

        The real API has sent both (a string in the current spec, a number in older SDKs), so a
        client must accept either.
        """
        fx: object = str(row.base_fx) if row.base_currency != "USD" else row.base_fx
        return {
            "lastModifiedDate": _LAST_MODIFIED,
            "rewardCurrency": row.reward_currency,
            "baseCurrency": row.base_currency,
            "baseFx": fx,
        }
