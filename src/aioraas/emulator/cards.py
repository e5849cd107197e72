"""Credit cards and deposits, shared by v1 (cc_register/cc_fund) and v2 (creditCards/creditCardDeposits).

Like Tango's sandbox, only test numbers work: 4111111111111111 is accepted, and a few more
register fine but are declined when used, each with one v1 denial code.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal

from aioraas.emulator.context import EmulatorContext
from aioraas.emulator.money import to_money
from aioraas.emulator.state import Account, Api, Card, Deposit

__all__ = ["ACCEPTED_CARD", "DECLINING_CARDS", "DENIAL_MESSAGES", "deposit", "is_supported", "register_card"]

ACCEPTED_CARD = "4111111111111111"
#: Test numbers that register but are declined when funding, with the v1 denial code they produce.
DECLINING_CARDS = {
    "4000000000000002": "CC_DECLINED",
    "4000000000000119": "CC_ERROR",
    "4000000000009235": "CC_REVIEW",
    "4000000000000010": "CC_UNKNOWN",
}
#: v1 ``denial_message`` per code (safe to show to end users).
DENIAL_MESSAGES = {
    "CC_DECLINED": "The card was declined by its issuer.",
    "CC_ERROR": "The card could not be charged because of a processing error.",
    "CC_REVIEW": "The charge is under review; the funds are not available yet.",
    "CC_UNKNOWN": "The card could not be charged.",
}
_CARD_TOKENS = uuid.UUID("0b9f5a8e-9b7c-4d0e-8f4a-3c2d1e0f9a8b")


def is_supported(number: str) -> bool:
    """Whether ``number`` is one of the test cards the emulator knows."""
    return number == ACCEPTED_CARD or number in DECLINING_CARDS


def register_card(
    ctx: EmulatorContext,
    api: Api,
    account: Account,
    number: str,
    *,
    expiration: str,
    label: str = "",
    contact_information: list[dict[str, object]] | None = None,
) -> Card:
    """Register a supported test card; it becomes usable after the configured activation delay."""
    store = ctx.store
    n = store.next_number("card")
    token = str(1526869400 + n) if api == "v1" else str(uuid.uuid5(_CARD_TOKENS, str(n)))
    now = ctx.clock.now()
    card = Card(
        api=api,
        token=token,
        customer=account.customer,
        account=account.identifier,
        label=label,
        last_four=number[-4:],
        expiration=expiration,
        created_at=now,
        active_at=now + timedelta(seconds=ctx.card_activation_seconds),
        decline_code=DECLINING_CARDS.get(number),
        contact_information=list(contact_information or []),
    )
    store.cards[token] = card
    return card


def deposit(
    ctx: EmulatorContext,
    api: Api,
    account: Account,
    card: Card,
    amount: Decimal,
    *,
    fee_percent: Decimal,
    external_ref_id: str | None = None,
) -> Deposit:
    """Charge ``amount`` plus the fee to ``card`` and credit ``amount`` (in USD) to ``account``.

    The caller has checked that the card is active and not declining.
    """
    store = ctx.store
    now = ctx.clock.now()
    n = store.next_number("deposit")
    reference = f"RAD-{now:%y%m%d}-{n:04d}" if api == "v2" else f"RF11-{n:08d}-{n % 89 + 10:02d}"
    record = Deposit(
        api=api,
        reference_id=reference,
        customer=account.customer,
        account=account.identifier,
        card_token=card.token,
        amount=amount,
        amount_charged=to_money(amount * (1 + fee_percent / 100)),
        fee_percent=fee_percent,
        external_ref_id=external_ref_id,
        created_at=now,
    )
    credited, _ = ctx.fx.convert(amount, source="USD", target=account.currency)
    account.balance += credited
    store.check_alerts(account)
    store.deposits[reference] = record
    if external_ref_id is not None:
        store.deposit_refs[external_ref_id] = record
    return record
