"""What an order costs the account: currency conversion and the item's fee (v1 and v2 alike)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from aioraas.emulator.catalog import Item
from aioraas.emulator.context import EmulatorContext
from aioraas.emulator.money import to_money
from aioraas.emulator.state import Account

__all__ = ["Charge", "charge_for"]

_NO_FEE = Decimal("0.00")  # what to_money(value * 0 / 100) gives, for the many items without a fee


# Not frozen (a frozen dataclass stores each field through object.__setattr__): one is made per
# order, and nothing assigns to it.
@dataclass(slots=True)
class Charge:
    """What an order costs the account, in ``currency``: ``value`` converted at ``rate``, plus ``fee``."""

    value: Decimal
    rate: Decimal
    fee: Decimal
    currency: str

    @property
    def total(self) -> Decimal:
        """What leaves the account."""
        return self.value + self.fee


def charge_for(ctx: EmulatorContext, item: Item, amount: Decimal, account: Account) -> Charge:
    """Convert ``amount`` of ``item`` to the account's currency and add the item's fee."""
    value, rate = ctx.fx.convert(amount, source=item.currency, target=account.currency)
    fee = to_money(value * item.fee_percent / 100) if item.fee_percent else _NO_FEE
    return Charge(value, rate, fee, account.currency)
