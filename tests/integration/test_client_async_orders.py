"""raas.v2.async_orders through aioraas's own client against the emulator: the 7 operations, ids
fixed before sending, retries after a lost answer, the mismatch check, and ``wait``."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aioraas import RaasClient, errors
from aioraas.models import v2
from aioraas.resources.v2.async_orders import line_item_id
from tests.integration.client_support import ACCOUNT, CUSTOMER, TANGO_CARD, collect, connected

FUNDS = Decimal("1000.00")


def lines(count: int, *, amount: str = "5.00", utid: str = TANGO_CARD) -> list[v2.AsyncLineItemCreate]:
    return [
        v2.AsyncLineItemCreate(
            utid=utid, amount=Decimal(amount), recipient=v2.Recipient(email=f"user{n}@acme.test")
        )
        for n in range(count)
    ]


async def place(raas: RaasClient, count: int, **fields: object) -> object:
    return await raas.v2.async_orders.create(
        customer_identifier=CUSTOMER, account_identifier=ACCOUNT, line_items=lines(count), **fields
    )


async def test_create_fixes_alphanumeric_ids_and_wait_reports_every_line_charged_once() -> None:
    async with connected() as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=FUNDS)
        result = await raas.v2.async_orders.create(
            customer_identifier=CUSTOMER,
            account_identifier=ACCOUNT,
            line_items=[*lines(3), *lines(1, utid="U999999999")],
        )
        assert result.created
        assert result.order.total_line_items == 4
        assert result.external_ref_id.isalnum()
        assert result.external_ref_id.startswith("aioraas")
        assert all(i.isalnum() and len(i) == 33 for i in result.line_item_ids)
        assert len(set(result.line_item_ids)) == 4
        expected = [
            line_item_id(result.external_ref_id, n, line)
            for n, line in enumerate([*lines(3), *lines(1, utid="U999999999")], start=1)
        ]
        assert list(result.line_item_ids) == expected
        (refused,) = result.failed
        assert refused.external_ref_line_item_id == result.line_item_ids[3]
        assert refused.errors
        assert str(refused.errors[0].field).endswith("utid")

        outcome = await raas.v2.async_orders.wait(
            CUSTOMER, ACCOUNT, result.external_ref_id, timeout=10, poll=0.01
        )
        assert sorted(outcome.lines) == sorted(result.line_item_ids[:3])
        assert [line.status for line in outcome.lines.values()] == ["COMPLETE"] * 3
        assert outcome.status == "PARTIALFAILED"
        assert outcome.completed
        assert not outcome.failed
        account = await raas.v2.accounts.get(ACCOUNT)
        assert account.current_balance == FUNDS - Decimal("15.00")

        summary = await raas.v2.async_orders.get(CUSTOMER, ACCOUNT, result.external_ref_id)
        assert summary.total_line_items == 4
        assert [item.line_item_status for item in summary.line_items or ()] == ["COMPLETE"] * 3
        assert summary.amount_charged is not None
        assert summary.amount_charged.total == Decimal("15.00")
        assert summary.amount_charged.currency_code == "USD"
        charged = [line.item.amount_charged for line in outcome.lines.values()]
        assert [c.total if c is not None else None for c in charged] == [Decimal("5.00")] * 3


async def test_a_repeat_returns_the_existing_order_and_other_line_items_raise_mismatch() -> None:
    async with connected() as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=FUNDS)
        first = await place(raas, 2, external_ref_id="bonus2026q1")
        again = await place(raas, 2, external_ref_id="bonus2026q1")
        assert first.created
        assert not again.created
        assert again.line_item_ids == first.line_item_ids
        with pytest.raises(errors.IdempotencyMismatch) as caught:
            await place(raas, 3, external_ref_id="bonus2026q1")
        assert caught.value.differences["totalLineItems"] == (3, 2)
        await raas.v2.async_orders.wait(CUSTOMER, ACCOUNT, "bonus2026q1", timeout=10, poll=0.01)
        account = await raas.v2.accounts.get(ACCOUNT)
        assert account.current_balance == FUNDS - Decimal("10.00")


async def test_lost_answers_are_retried_with_the_same_body_and_charge_once() -> None:
    faults = "drop_after_commit=1.0@POST:/raas/v2/asyncOrders"
    async with connected({"max_retries": 1}, faults=faults, seed=3) as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=FUNDS)
        with pytest.raises(errors.OutcomeUnknown) as caught:
            await place(raas, 4, external_ref_id="lostanswer1")
        assert caught.value.external_ref_id == "lostanswer1"
    async with connected(faults="drop_after_commit=0.5@POST:/raas/v2/asyncOrders", seed=11) as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=FUNDS)
        result = await place(raas, 4)
        assert result.attempts >= 1
        await raas.v2.async_orders.wait(CUSTOMER, ACCOUNT, result.external_ref_id, timeout=10, poll=0.01)
        orders = await collect(raas.v2.async_orders.list(account_identifier=ACCOUNT))
        assert [o.external_ref_id for o in orders] == [result.external_ref_id]
        account = await raas.v2.accounts.get(ACCOUNT)
        assert account.current_balance == FUNDS - Decimal("20.00")


async def test_line_items_page_by_cursor_filter_failed_and_update() -> None:
    async with connected(async_rate=20) as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=FUNDS)
        result = await raas.v2.async_orders.create(
            customer_identifier=CUSTOMER, account_identifier=ACCOUNT, line_items=lines(7), campaign="q1"
        )
        # The account is emptied behind the order's back: its lines fail as they are processed.
        emu.set_balance(ACCOUNT, Decimal("5.00"))
        outcome = await raas.v2.async_orders.wait(CUSTOMER, ACCOUNT, result.external_ref_id, poll=0.01)
        assert len(outcome.lines) == 7
        pages = [
            page
            async for page in raas.v2.async_orders.line_items(
                CUSTOMER, ACCOUNT, result.external_ref_id, max_results=3
            ).pages()
        ]
        assert [len(p.items) for p in pages] == [3, 3, 1]
        every = [i.external_ref_line_item_id for p in pages for i in p.items]
        assert sorted(every) == sorted(result.line_item_ids)
        assert len(outcome.completed) <= 1
        assert len(outcome.completed) + len(outcome.failed) == 7
        assert all(line.reason for line in outcome.failed)
        failed = await collect(
            raas.v2.async_orders.line_items(CUSTOMER, ACCOUNT, result.external_ref_id, failed_only=True)
        )
        assert {i.external_ref_line_item_id for i in failed} == {
            f.external_ref_line_item_id for f in outcome.failed
        }
        chosen = await collect(
            raas.v2.async_orders.line_items(
                CUSTOMER, ACCOUNT, result.external_ref_id, external_ref_line_item_ids=[every[0]]
            )
        )
        assert [i.external_ref_line_item_id for i in chosen] == [every[0]]

        updated = await raas.v2.async_orders.update(CUSTOMER, ACCOUNT, result.external_ref_id, notes="paid")
        assert updated.notes == "paid"
        assert updated.campaign == "q1"
        with pytest.raises(errors.ValidationError, match="notes"):
            await raas.v2.async_orders.update(CUSTOMER, ACCOUNT, result.external_ref_id, notes="x" * 151)
        line = await raas.v2.async_orders.update_line_item(
            str(chosen[0].reference_line_item_id), line_item_note="checked"
        )
        assert line.note == "checked"
        codes = await raas.v2.async_orders.reason_codes()
        assert codes.reason_codes
        assert "CANCEL" in codes.reason_codes


async def test_wait_times_out_while_lines_are_pending_and_unknown_orders_are_not_found() -> None:
    async with connected(async_rate=1) as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=FUNDS)
        result = await place(raas, 20)
        with pytest.raises(errors.Timeout, match="pending"):
            await raas.v2.async_orders.wait(CUSTOMER, ACCOUNT, result.external_ref_id, timeout=0.3, poll=0.05)
        with pytest.raises(errors.NotFound):
            await raas.v2.async_orders.wait(CUSTOMER, ACCOUNT, "nosuchorder", timeout=1, poll=0.05)


def test_bad_input_is_refused_before_sending_with_the_field_named() -> None:
    with pytest.raises(errors.ValidationError, match="utid"):
        v2.AsyncLineItemCreate(utid="X1", amount=Decimal(5), recipient=v2.Recipient(email="a@b.test"))
    with pytest.raises(errors.ValidationError, match="amount"):
        v2.AsyncLineItemCreate(utid="U1", amount=Decimal("5.001"), recipient=v2.Recipient(email="a@b.test"))
    with pytest.raises(errors.ValidationError, match="line_item_note"):
        v2.AsyncLineItemCreate(
            utid="U1", amount=Decimal(5), recipient=v2.Recipient(), line_item_note="n" * 151
        )
    with pytest.raises(errors.ValidationError, match="quantity"):
        v2.AsyncLineItemCreate(utid="U1", amount=Decimal(5), recipient=v2.Recipient(), quantity=0)
    with pytest.raises(errors.ValidationError, match="external_ref_id"):
        v2.AsyncOrderCreate(
            customer_identifier=CUSTOMER, account_identifier=ACCOUNT, line_items=[], external_ref_id="x" * 101
        )


async def test_completed_async_line_items_are_ordinary_line_items() -> None:
    async with connected() as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=FUNDS)
        result = await place(raas, 3)
        outcome = await raas.v2.async_orders.wait(CUSTOMER, ACCOUNT, result.external_ref_id, poll=0.01)
        reference = outcome.reference_order_id
        assert reference is not None
        listed = await collect(raas.v2.line_items.list(reference_order_id=reference))
        assert sorted(i.external_reference_line_item_id for i in listed) == sorted(result.line_item_ids)
        by_ref = {line.reference_line_item_id: line for line in outcome.lines.values()}
        assert {i.reference_line_item_id for i in listed} == set(by_ref)
        assert all(i.amount_charged is not None and i.amount_charged.value == Decimal("5.00") for i in listed)
        one = await raas.v2.line_items.get(str(listed[0].reference_line_item_id))
        assert one.account_identifier == ACCOUNT
        assert (
            one.external_reference_line_item_id
            == by_ref[one.reference_line_item_id].external_ref_line_item_id
        )
