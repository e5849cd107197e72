"""Every ``raas.v1`` method through the real client against the real emulator, over loopback.

v1 money is integer cents; the emulator keeps balances in major units, so every check converts.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from aioraas import errors
from aioraas.models import v1
from tests.integration.client_support import (
    DECLINING_CARDS,
    SECURITY_CODE,
    client_for,
    collect,
    connected,
    v1_card,
)

CUSTOMER = "CompanyA"
ACCOUNT = "123456"


def cents(amount: Decimal) -> int:
    return int(amount * 100)


def v1_recipient(n: int = 0) -> v1.Recipient:
    return v1.Recipient(name=f"John Doe {n}", email=f"john{n}@example.com")


async def test_accounts_create_get_and_errors() -> None:
    async with connected() as (emu, raas):
        created = await raas.v1.accounts.create(
            customer=CUSTOMER, identifier=ACCOUNT, email="demo@example.com"
        )
        assert isinstance(created, v1.Account)
        assert (created.identifier, created.customer, created.email, created.available_balance) == (
            ACCOUNT,
            CUSTOMER,
            "demo@example.com",
            0,
        )
        info = emu.state.account(ACCOUNT)
        assert (info.customer, info.contact_email, info.currency) == (CUSTOMER, "demo@example.com", "USD")

        emu.set_balance(ACCOUNT, Decimal("12.34"))
        fetched = await raas.v1.accounts.get(CUSTOMER, ACCOUNT)
        assert fetched.available_balance == 1234

        with pytest.raises(errors.Conflict) as duplicate:
            await raas.v1.accounts.create(customer=CUSTOMER, identifier=ACCOUNT, email="other@example.com")
        assert duplicate.value.status == 409
        assert duplicate.value.message
        with pytest.raises(errors.NotFound):
            await raas.v1.accounts.get(CUSTOMER, "no-such-account")
        with pytest.raises(errors.NotFound):
            await raas.v1.accounts.get("SomeoneElse", ACCOUNT)  # the account belongs to CompanyA
        assert emu.state.account(ACCOUNT).contact_email == "demo@example.com"


async def test_card_register_fund_and_unregister() -> None:
    async with connected(card_activation_seconds=300) as (emu, raas):
        await raas.v1.accounts.create(customer=CUSTOMER, identifier=ACCOUNT, email="demo@example.com")
        registered = await raas.v1.credit_cards.register(
            customer=CUSTOMER, account_identifier=ACCOUNT, client_ip="55.44.33.22", credit_card=v1_card()
        )
        assert isinstance(registered, v1.CardRegistered)
        (card,) = emu.state.cards(ACCOUNT)
        assert (registered.cc_token, card.last_four) == (card.token, "1111")
        assert registered.active_date == int(card.active_at.timestamp())
        fund: dict[str, Any] = {
            "customer": CUSTOMER,
            "account_identifier": ACCOUNT,
            "client_ip": "55.44.33.22",
            "cc_token": registered.cc_token,
            "security_code": SECURITY_CODE,
        }

        # Not usable before active_date: a v1 validation failure on cc_token.
        with pytest.raises(errors.Unprocessable) as early:
            await raas.v1.credit_cards.fund(**fund, amount=100_000)
        assert [e.field for e in early.value.errors] == ["cc_token"]
        assert emu.state.balance(ACCOUNT) == 0

        emu.advance_clock(301)
        funded = await raas.v1.credit_cards.fund(**fund, amount=100_000)
        assert isinstance(funded, v1.Funded)
        assert funded.amount == 100_000
        assert funded.fund_id
        (deposit,) = emu.state.deposits(ACCOUNT)
        assert (deposit.reference_id, deposit.amount) == (funded.fund_id, Decimal("1000.00"))
        assert (await raas.v1.accounts.get(CUSTOMER, ACCOUNT)).available_balance == 100_000

        removed = await raas.v1.credit_cards.unregister(
            customer=CUSTOMER, account_identifier=ACCOUNT, cc_token=registered.cc_token
        )
        assert removed.message == "This card is no longer present in the system."
        assert emu.state.cards(ACCOUNT)[0].status == "DELETED"
        with pytest.raises(errors.NotFound):
            await raas.v1.credit_cards.fund(**fund, amount=500)
        with pytest.raises(errors.ValidationError):  # v1 funds at least 100 cents: refused locally
            await raas.v1.credit_cards.fund(**fund, amount=99)
        assert emu.state.balance(ACCOUNT) == Decimal("1000.00")


@pytest.mark.parametrize(("number", "denial_code"), sorted(DECLINING_CARDS.items()))
async def test_declined_funding_is_card_declined_with_the_denial_code(number: str, denial_code: str) -> None:
    async with connected() as (emu, raas):
        await raas.v1.accounts.create(customer=CUSTOMER, identifier=ACCOUNT, email="demo@example.com")
        registered = await raas.v1.credit_cards.register(
            customer=CUSTOMER,
            account_identifier=ACCOUNT,
            client_ip="55.44.33.22",
            credit_card=v1_card(number),
        )
        with pytest.raises(errors.CardDeclined) as caught:
            await raas.v1.credit_cards.fund(
                customer=CUSTOMER,
                account_identifier=ACCOUNT,
                amount=5_000,
                client_ip="55.44.33.22",
                cc_token=registered.cc_token,
                security_code=SECURITY_CODE,
            )
        assert caught.value.status == 400
        assert caught.value.denial_code == denial_code
        assert caught.value.denial_message
        assert number not in str(caught.value)
        assert emu.state.balance(ACCOUNT) == 0
        assert emu.state.deposits() == ()


async def test_unsupported_card_number_is_refused_at_registration() -> None:
    async with connected() as (emu, raas):
        await raas.v1.accounts.create(customer=CUSTOMER, identifier=ACCOUNT, email="demo@example.com")
        with pytest.raises(errors.CardDeclined) as caught:
            await raas.v1.credit_cards.register(
                customer=CUSTOMER,
                account_identifier=ACCOUNT,
                client_ip="55.44.33.22",
                credit_card=v1_card("4242424242424242"),
            )
        assert caught.value.denial_code == "CC_ERROR"
        assert "4242424242424242" not in str(caught.value)
        assert emu.state.cards() == ()


async def test_rewards_catalog_in_cents() -> None:
    async with connected() as (_emu, raas):
        catalog = await raas.v1.rewards.list()
        assert isinstance(catalog, v1.RewardsCatalog)
        rewards = {reward.sku: reward for brand in catalog.brands for reward in brand.rewards}
        tango = rewards["TNGO-E-V-STD"]
        assert (tango.is_variable, tango.min_price, tango.max_price, tango.denomination) == (
            True,
            100,
            100_000,
            None,
        )
        assert tango.unit_price == -1  # v1.0: a negative unit price means variable
        apple = rewards["APPL-E-2500-STD"]
        assert (apple.is_variable, apple.denomination, apple.currency_code) == (False, 2500, "USD")
        assert rewards["APPL-E-10000-STD"].available is False

        # The same items, seen through v2 (major units), agree with v1 (cents).
        v2_catalog = await raas.v2.catalog.get()
        v2_items = {item.reward_name: item for brand in v2_catalog.brands for item in brand.items}
        v2_tango = v2_items["Tango Card"]
        assert v2_tango.min_value is not None
        assert v2_tango.max_value is not None
        assert (cents(v2_tango.min_value), cents(v2_tango.max_value)) == (tango.min_price, tango.max_price)
        assert catalog.xrates is not None
        assert catalog.xrates.disclaimer


async def test_orders_variable_fixed_and_with_credentials() -> None:
    async with connected() as (emu, raas):
        await raas.v1.accounts.create(customer=CUSTOMER, identifier=ACCOUNT, email="demo@example.com")
        emu.set_balance(ACCOUNT, Decimal("100.00"))

        variable = await raas.v1.orders.create(
            customer=CUSTOMER,
            account_identifier=ACCOUNT,
            sku="TNGO-E-V-STD",
            amount=1000,
            recipient=v1_recipient(1),
            reward_message="Thank you for participating in the XYZ survey.",
            reward_subject="XYZ Survey, thank you...",
            reward_from="Jon Survey Doe",
            campaign="survey-q1",
        )
        assert isinstance(variable, v1.Order)
        assert (variable.sku, variable.amount, variable.customer, variable.account_identifier) == (
            "TNGO-E-V-STD",
            1000,
            CUSTOMER,
            ACCOUNT,
        )
        assert variable.amount_charged is not None
        assert (variable.amount_charged.value, variable.amount_charged.currency_code) == (1000, "USD")
        assert variable.recipient is not None
        assert (variable.recipient.name, variable.recipient.email) == ("John Doe 1", "john1@example.com")
        assert variable.reward_subject == "XYZ Survey, thank you..."
        assert variable.delivered_at is not None
        assert variable.delivered_at.tzinfo is not None
        assert variable.reward is None  # emailed by Tango: no credentials in the answer
        # campaign is not in Tango's v1 schema (their issue #30): kept as an unknown field, not lost.
        assert variable.extra_fields == {"campaign": "survey-q1"}
        assert emu.state.balance(ACCOUNT) == Decimal("90.00")

        fixed = await raas.v1.orders.create(
            customer=CUSTOMER,
            account_identifier=ACCOUNT,
            sku="APPL-E-2500-STD",
            recipient=v1_recipient(2),
            send_reward=False,
        )
        assert (fixed.amount, fixed.denomination) == (2500, v1.MoneyView(value=2500, currency_code="USD"))
        assert fixed.reward is not None
        assert fixed.reward.token
        assert fixed.reward.number
        assert fixed.reward.number not in repr(fixed)
        stored = emu.state.order(fixed.order_id)
        assert stored is not None
        assert stored.body["reward"]["number"] == fixed.reward.number
        assert emu.state.balance(ACCOUNT) == Decimal("65.00")

        fetched = await raas.v1.orders.get(variable.order_id)
        assert (fetched.order_id, fetched.amount, fetched.sku) == (variable.order_id, 1000, "TNGO-E-V-STD")
        assert [o.reference_id for o in emu.state.orders(ACCOUNT, api="v1")] == [
            variable.order_id,
            fixed.order_id,
        ]


async def test_order_refusals() -> None:
    async with connected() as (emu, raas):
        await raas.v1.accounts.create(customer=CUSTOMER, identifier=ACCOUNT, email="demo@example.com")
        emu.set_balance(ACCOUNT, Decimal("9.99"))
        order: dict[str, Any] = {
            "customer": CUSTOMER,
            "account_identifier": ACCOUNT,
            "recipient": v1_recipient(),
        }

        with pytest.raises(errors.InsufficientFunds) as broke:
            await raas.v1.orders.create(**order, sku="TNGO-E-V-STD", amount=1000)
        assert broke.value.status == 400
        assert broke.value.available_balance == 999 == cents(emu.state.balance(ACCOUNT))

        with pytest.raises(errors.Unprocessable) as fixed_with_amount:
            await raas.v1.orders.create(**order, sku="APPL-E-2500-STD", amount=2500)
        assert [e.field for e in fixed_with_amount.value.errors] == ["amount"]
        with pytest.raises(errors.Unprocessable) as variable_without_amount:
            await raas.v1.orders.create(**order, sku="TNGO-E-V-STD")
        assert [e.field for e in variable_without_amount.value.errors] == ["amount"]
        with pytest.raises(errors.Unprocessable) as unknown_sku:
            await raas.v1.orders.create(**order, sku="NOPE-E-V-STD", amount=500)
        assert [e.field for e in unknown_sku.value.errors] == ["sku"]
        with pytest.raises(errors.NotFound):
            await raas.v1.orders.create(
                **{**order, "account_identifier": "654321"}, sku="TNGO-E-V-STD", amount=5
            )
        with pytest.raises(errors.NotFound):
            await raas.v1.orders.get("999-9999-99")

        assert emu.state.orders() == ()
        assert emu.state.balance(ACCOUNT) == Decimal("9.99")


async def test_order_list_offset_pages_and_filters() -> None:
    async with connected() as (emu, raas):
        await raas.v1.accounts.create(customer=CUSTOMER, identifier=ACCOUNT, email="demo@example.com")
        await raas.v1.accounts.create(customer="CompanyB", identifier="654321", email="b@example.com")
        emu.set_balance(ACCOUNT, Decimal("100.00"))
        emu.set_balance("654321", Decimal("100.00"))
        placed = [
            (
                await raas.v1.orders.create(
                    customer=CUSTOMER,
                    account_identifier=ACCOUNT,
                    sku="TNGO-E-V-STD",
                    amount=100 + n,
                    recipient=v1_recipient(n),
                )
            ).order_id
            for n in range(8)
        ]
        await raas.v1.orders.create(
            customer="CompanyB",
            account_identifier="654321",
            sku="TNGO-E-V-STD",
            amount=100,
            recipient=v1_recipient(),
        )

        pages = [page async for page in raas.v1.orders.list(account_identifier=ACCOUNT, limit=3).pages()]
        assert [len(p.items) for p in pages] == [3, 3, 2]
        assert {p.total_count for p in pages} == {8}
        assert [p.envelope.offset for p in pages] == [0, 3, 6]
        assert [o.order_id for p in pages for o in p.items] == placed
        assert [o.amount for p in pages for o in p.items] == [100 + n for n in range(8)]
        assert emu.stats.count("GET /raas/v1.1/orders", 200) == 3

        from_offset = await collect(raas.v1.orders.list(account_identifier=ACCOUNT, limit=3, offset=2))
        assert [o.order_id for o in from_offset] == placed[2:]
        by_customer = await collect(raas.v1.orders.list(customer="CompanyB"))
        assert [o.account_identifier for o in by_customer] == ["654321"]
        now = datetime.now(UTC)
        in_window = raas.v1.orders.list(
            customer=CUSTOMER, start_date=now - timedelta(hours=1), end_date=now + timedelta(hours=1), limit=5
        )
        assert [o.order_id async for o in in_window] == placed
        future = raas.v1.orders.list(start_date=now + timedelta(days=1))
        assert [o async for o in future] == []
        everything = await collect(raas.v1.orders.list())
        assert len(everything) == len(emu.state.orders(api="v1")) == 9


async def test_resend_once_per_24_hours_and_never_for_undelivered_orders() -> None:
    async with connected() as (emu, raas):
        await raas.v1.accounts.create(customer=CUSTOMER, identifier=ACCOUNT, email="demo@example.com")
        emu.set_balance(ACCOUNT, Decimal("100.00"))
        base: dict[str, Any] = {
            "customer": CUSTOMER,
            "account_identifier": ACCOUNT,
            "sku": "TNGO-E-V-STD",
            "amount": 500,
        }
        emailed = await raas.v1.orders.create(**base, recipient=v1_recipient())
        await raas.v1.orders.resend(emailed.order_id)
        assert emu.stats.count("POST /raas/v1.1/orders/{order_id}/resend", 200) == 1
        with pytest.raises(errors.Forbidden) as twice:
            await raas.v1.orders.resend(emailed.order_id)
        assert "24 hours" in twice.value.message
        emu.advance_clock(timedelta(hours=24, seconds=1).total_seconds())
        await raas.v1.orders.resend(emailed.order_id)
        assert emu.stats.count("POST /raas/v1.1/orders/{order_id}/resend", 200) == 2

        kept = await raas.v1.orders.create(**base, recipient=v1_recipient(), send_reward=False)
        with pytest.raises(errors.Forbidden) as undelivered:
            await raas.v1.orders.resend(kept.order_id)
        assert "send_reward" in undelivered.value.message
        with pytest.raises(errors.NotFound):
            await raas.v1.orders.resend("999-9999-99")


async def test_bad_credentials_are_unauthorized_in_v1_too() -> None:
    async with connected() as (emu, _raas), client_for(emu, platform_key="not-the-key") as intruder:
        with pytest.raises(errors.Unauthorized) as caught:
            await intruder.v1.rewards.list()
        # v1 answers bad credentials with 403 "Authentication failed"; the client maps it to Unauthorized.
        assert caught.value.status == 403
        with pytest.raises(errors.Unauthorized):
            await intruder.v1.accounts.create(customer=CUSTOMER, identifier=ACCOUNT, email="demo@example.com")
        assert emu.state.accounts() == ()
        assert emu.stats.count(status=403) == 2


async def test_the_v1_0_prefix_works_as_well() -> None:
    async with connected(client_options={"v1_path": "/raas/v1"}) as (emu, raas):
        account = await raas.v1.accounts.create(
            customer=CUSTOMER, identifier=ACCOUNT, email="demo@example.com"
        )
        assert account.identifier == ACCOUNT
        assert emu.stats.count("POST /raas/v1/accounts", 201) == 1
        assert emu.stats.count("POST /raas/v1.1/accounts") == 0
