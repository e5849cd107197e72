"""A platform's whole life, v2 and v1, through the real client against the real emulator.

v2: customer -> account -> card -> deposit -> orders -> order list -> order with credentials ->
resend. v1: account -> cc_register -> cc_fund -> orders (variable and fixed SKU) -> history ->
resend. Balances are followed to the cent at every step, from three places that must agree: the
arithmetic of the documented rules, the client's answers, and the emulator's state.
"""

from __future__ import annotations

import base64
import logging
from decimal import Decimal

import aiohttp
import pytest

from aioraas import RaasClient, errors
from aioraas.emulator.server import Emulator
from aioraas.models import v1, v2
from tests.integration.client_support import (
    GOOD_CARD,
    SECURITY_CODE,
    TANGO_CARD,
    VISA_QR,
    VISA_WITH_FEE,
    client_for,
    collect,
    connected,
    money,
    register_v2_card,
    v1_card,
)

DEPOSIT_FEE_RATE = Decimal("0.035")


@pytest.mark.raas_emulator(card_activation_seconds=300)
async def test_v2_lifecycle(raas_emulator: Emulator, caplog: pytest.LogCaptureFixture) -> None:
    """Runs against the pytest plugin's emulator (its own loop, in a thread), with a caller's session."""
    caplog.set_level(logging.DEBUG, logger="aioraas")
    emu = raas_emulator
    async with aiohttp.ClientSession() as session:
        async with client_for(emu, session=session) as raas:
            customer = await raas.v2.customers.create(customer_identifier="acme-hr", display_name="ACME HR")
            account = await raas.v2.accounts.create(
                customer.customer_identifier,
                account_identifier="acme-hr-q1",
                display_name="Q1 bonuses",
                contact_email="ops@acme.test",
            )
            assert account.current_balance == 0
            card = await register_v2_card(raas, customer="acme-hr", account="acme-hr-q1")
            assert card.activation_date is not None
            assert card.created_date is not None
            assert (card.activation_date - card.created_date).total_seconds() == 300

            # Sandbox cards activate after 5 minutes; the emulator's clock is moved instead of waiting.
            emu.advance_clock(300)
            deposit = await raas.v2.deposits.create(
                customer_identifier="acme-hr",
                account_identifier="acme-hr-q1",
                credit_card_token=card.token,
                amount=Decimal("250.00"),
                external_ref_id="q1-funding-1",
            )
            assert deposit.amount == Decimal("250.00")
            assert (
                deposit.amount_charged
                == money(Decimal("250.00") * (1 + DEPOSIT_FEE_RATE))
                == Decimal("258.75")
            )
            balance = Decimal("250.00")
            assert (await raas.v2.accounts.get("acme-hr-q1")).current_balance == balance
            assert emu.state.balance("acme-hr-q1") == balance

            placed: list[v2.Order] = []
            for utid, amount, ref in (
                (TANGO_CARD, Decimal("25.00"), "q1-bonus-0001"),
                (VISA_WITH_FEE, Decimal("40.40"), "q1-bonus-0002"),
                (VISA_QR, Decimal("50"), "q1-bonus-0003"),
            ):
                result = await raas.v2.orders.create(
                    customer_identifier="acme-hr",
                    account_identifier="acme-hr-q1",
                    utid=utid,
                    amount=amount,
                    delivery_method="EMAIL",
                    recipient=v2.Recipient(email=f"{ref}@example.com", first_name="Ann"),
                    external_ref_id=ref,
                )
                assert result.created
                charged = result.order.amount_charged
                assert charged is not None
                assert charged.total is not None
                balance -= charged.total
                assert emu.state.balance("acme-hr-q1") == balance
                placed.append(result.order)
            fee = placed[1].amount_charged
            assert fee is not None
            assert (fee.fee, fee.total) == (Decimal("1.01"), Decimal("41.41"))  # 2.5 % of 40.40, half up

            listed = await collect(raas.v2.orders.list(account_identifier="acme-hr-q1"))
            assert [o.reference_order_id for o in listed] == [o.reference_order_id for o in placed]
            spent = sum(
                (o.amount_charged.total for o in listed if o.amount_charged and o.amount_charged.total),
                Decimal(0),
            )
            assert (
                deposit.amount - spent
                == balance
                == (await raas.v2.accounts.get("acme-hr-q1")).current_balance
            )

            wallet = await raas.v2.orders.get(placed[2].reference_order_id)
            assert wallet.reward is not None
            credentials = {c.label: c for c in wallet.reward.credential_list or []}
            assert (
                credentials["Wallet Activation"].type == "qrCode"
            )  # unknown type: a plain string, shown as text
            assert credentials["Card Number"].type == v2.CredentialValueType.TEXT
            assert wallet.reward.credentials is not None
            assert set(wallet.reward.credentials) == set(credentials)
            secrets = [c.value for c in credentials.values() if c.value]
            assert len(secrets) == 2

            resent = await raas.v2.orders.resend(placed[0].reference_order_id, new_email="ann@acme.test")
            assert resent.email == "ann@acme.test"
            with pytest.raises(errors.Forbidden):
                await raas.v2.orders.resend(placed[0].reference_order_id)
        assert not session.closed  # the caller's session is the caller's to close

    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "/raas/v2/orders" in logged  # the DEBUG lines were captured...
    key_auth = base64.b64encode(f"{emu.platform_name}:{emu.platform_key}".encode()).decode()
    for secret in (emu.platform_key, key_auth, GOOD_CARD, *secrets):
        assert secret not in logged  # ...and none of them holds a secret


async def test_v1_lifecycle() -> None:
    async with connected(card_activation_seconds=300) as (emu, raas):
        account = await raas.v1.accounts.create(
            customer="CompanyA", identifier="123456", email="demo@example.com"
        )
        assert account.available_balance == 0
        card = await raas.v1.credit_cards.register(
            customer="CompanyA", account_identifier="123456", client_ip="55.44.33.22", credit_card=v1_card()
        )
        assert card.active_date is not None
        emu.advance_clock(300)
        funded = await raas.v1.credit_cards.fund(
            customer="CompanyA",
            account_identifier="123456",
            amount=100_000,
            client_ip="55.44.33.22",
            cc_token=card.cc_token,
            security_code=SECURITY_CODE,
        )
        assert funded.amount == 100_000
        cents = 100_000
        assert (await raas.v1.accounts.get("CompanyA", "123456")).available_balance == cents

        variable = await raas.v1.orders.create(
            customer="CompanyA",
            account_identifier="123456",
            sku="TNGO-E-V-STD",
            amount=1000,
            recipient=v1.Recipient(name="John Doe", email="john.doe@example.com"),
            reward_message="Thank you for participating in the XYZ survey.",
        )
        fixed = await raas.v1.orders.create(
            customer="CompanyA",
            account_identifier="123456",
            sku="APPL-E-2500-STD",
            recipient=v1.Recipient(name="Jane Roe", email="jane.roe@example.com"),
        )
        for order in (variable, fixed):
            assert order.amount_charged is not None
            assert order.amount_charged.value is not None
            cents -= order.amount_charged.value
        assert (variable.amount, fixed.amount) == (1000, 2500)
        assert cents == 100_000 - 1000 - 2500
        assert (await raas.v1.accounts.get("CompanyA", "123456")).available_balance == cents
        assert emu.state.balance("123456") == Decimal(cents) / 100

        history = await collect(raas.v1.orders.list(customer="CompanyA", account_identifier="123456"))
        assert [o.order_id for o in history] == [variable.order_id, fixed.order_id]
        assert [o.sku for o in history] == ["TNGO-E-V-STD", "APPL-E-2500-STD"]

        await raas.v1.orders.resend(fixed.order_id)
        with pytest.raises(errors.Forbidden):
            await raas.v1.orders.resend(fixed.order_id)
        assert emu.stats.count("POST /raas/v1.1/orders/{order_id}/resend") == 2


async def test_a_client_configured_from_the_environment_reaches_the_emulator(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async with connected() as (emu, _raas):
        monkeypatch.setenv("RAAS_PLATFORM_NAME", emu.platform_name)
        monkeypatch.setenv("RAAS_PLATFORM_KEY", emu.platform_key)
        monkeypatch.setenv("RAAS_BASE_URL", emu.url)
        emu.create_account("acme-hr", "acme-hr-q1", balance=Decimal("3.21"))
        async with RaasClient() as raas:
            assert (await raas.v2.accounts.get("acme-hr-q1")).current_balance == Decimal("3.21")
            assert (await raas.v1.accounts.get("acme-hr", "acme-hr-q1")).available_balance == 321
        with pytest.raises(errors.RaasError, match="closed"):
            await raas.v2.accounts.get("acme-hr-q1")
