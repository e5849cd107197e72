"""Deposits and transfers whose answers are dropped after they committed: every one is accounted for.

The emulator drops 40 % of the answers after committing. The client must end each call either
with the deposit (or transfer) or with AlreadyApplied; never OutcomeUnknown, since the API holds
every one of them. Counts are checked through the emulator's own state and fault counters. The
calls run concurrently, so the real backoff sleeps overlap.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from decimal import Decimal
from typing import Any

from aioraas import errors
from aioraas.models import v2
from tests.integration.client_support import ACCOUNT, CUSTOMER, connected, register_v2_card

CALLS = 30
OTHER = "acme-hr-q2"


async def _outcome(call: Awaitable[Any]) -> Any:
    try:
        return await call
    except errors.AlreadyApplied as exc:
        return exc


async def test_thirty_deposits_with_dropped_answers_are_all_resolved() -> None:
    async with connected({"max_retries": 8}, seed=3) as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("0"))
        card = await register_v2_card(raas)
        emu.set_faults("drop_after_commit=0.4@POST:/raas/v2/creditCardDeposits")
        calls = [
            raas.v2.deposits.create(
                customer_identifier=CUSTOMER,
                account_identifier=ACCOUNT,
                credit_card_token=card.token,
                amount=Decimal("10.00"),
                external_ref_id=f"dep-{number:04d}",
            )
            for number in range(CALLS)
        ]
        outcomes = await asyncio.gather(*map(_outcome, calls))
        stored = emu.state.deposits(ACCOUNT)
        applied = [o for o in outcomes if isinstance(o, errors.AlreadyApplied)]
        returned = [o for o in outcomes if isinstance(o, v2.Deposit)]
        assert len(stored) == CALLS
        assert len(applied) + len(returned) == CALLS
        wanted = {f"dep-{n:04d}" for n in range(CALLS)}
        assert {d.external_ref_id for d in stored} == wanted
        assert {o.external_ref_id for o in returned} | {e.external_ref_id for e in applied} == wanted
        assert all(e.request.amount == Decimal("10.00") for e in applied)
        assert len(applied) >= 4  # about 12 of 30 first attempts dropped: the case this test is about
        assert emu.stats.faults["drop_after_commit"] >= len(applied)
        assert emu.state.balance(ACCOUNT) == Decimal("10.00") * CALLS


async def test_thirty_transfers_with_dropped_answers_are_all_resolved() -> None:
    async with connected({"max_retries": 8}, seed=4) as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("1000.00"))
        emu.create_account(CUSTOMER, OTHER, balance=Decimal("0"))
        emu.set_faults("drop_after_commit=0.4@POST:/raas/v2/transferFunds")
        calls = [
            raas.v2.transfers.create(
                transfer_from=ACCOUNT,
                transfer_to=OTHER,
                amount=Decimal("5.00"),
                external_ref_id=f"move-{n:04d}",
            )
            for n in range(CALLS)
        ]
        outcomes = await asyncio.gather(*map(_outcome, calls))
        applied = [o for o in outcomes if isinstance(o, errors.AlreadyApplied)]
        returned = [o for o in outcomes if isinstance(o, v2.Transfer)]
        assert len(emu.state.transfers()) == CALLS
        assert len(applied) + len(returned) == CALLS
        wanted = {f"move-{n:04d}" for n in range(CALLS)}
        assert {o.external_ref_id for o in returned} | {e.external_ref_id for e in applied} == wanted
        assert len(applied) >= 4
        assert emu.stats.faults["drop_after_commit"] >= len(applied)
        assert emu.state.balance(OTHER) == Decimal("5.00") * CALLS
        assert emu.state.balance(ACCOUNT) == Decimal("1000.00") - Decimal("5.00") * CALLS
