"""Every ``raas.v2`` method through the real client against the real emulator, over loopback.

Each test checks the model the client returns and what the emulator now holds, plus the error
paths a caller has to handle (each mapped to its :mod:`aioraas.errors` class end to end).
"""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest

from aioraas import errors
from aioraas.models import v2
from tests.integration.client_support import (
    ACCOUNT,
    AMAZON,
    APPLE_25,
    APPLE_100_INACTIVE,
    CUSTOMER,
    DECLINING_CARDS,
    MS_GBP_10,
    TANGO_CARD,
    VISA_QR,
    VISA_WITH_FEE,
    client_for,
    collect,
    connected,
    money,
    recipient,
    register_v2_card,
)

DEPOSIT_FEE = Decimal("3.5")  # percent, per the reference (1.25 -> 1.29)
ORDERS = "POST /raas/v2/orders"

# -- customers ----------------------------------------------------------------------------------


async def test_customers_create_get_list_and_errors() -> None:
    async with connected() as (emu, raas):
        created = await raas.v2.customers.create(customer_identifier=CUSTOMER, display_name="ACME HR")
        assert isinstance(created, v2.Customer)
        assert (created.customer_identifier, created.display_name, created.accounts) == (
            CUSTOMER,
            "ACME HR",
            [],
        )
        assert created.created_at is not None
        assert created.created_at.tzinfo is not None
        (stored,) = emu.state.customers()
        assert (stored.identifier, stored.display_name, stored.status) == (
            CUSTOMER,
            "ACME HR",
            created.status,
        )

        emu.create_account(CUSTOMER, ACCOUNT)
        fetched = await raas.v2.customers.get(CUSTOMER)
        assert [a.account_identifier for a in fetched.accounts] == [ACCOUNT]
        assert fetched.accounts[0].account_number == emu.state.account(ACCOUNT).number

        await raas.v2.customers.create(customer_identifier="globex", display_name="Globex Corporation")
        listed = await collect(raas.v2.customers.list())
        assert [c.customer_identifier for c in listed] == [c.identifier for c in emu.state.customers()]
        assert [c.customer_identifier for c in listed] == [CUSTOMER, "globex"]
        with_account = await collect(raas.v2.customers.list(account_identifier=ACCOUNT))
        assert [c.customer_identifier for c in with_account] == [CUSTOMER]

        with pytest.raises(errors.Conflict) as duplicate:
            await raas.v2.customers.create(customer_identifier=CUSTOMER, display_name="Someone else")
        # An ErrorDTO answer (no requestId in the body): the id comes from the header.
        assert (duplicate.value.status, duplicate.value.i18n_key) == (409, "409.010")
        assert duplicate.value.message == f"A customer with identifier {CUSTOMER} already exists"
        assert duplicate.value.request_id
        assert duplicate.value.request_id == duplicate.value.headers["X-REQUEST-ID"]
        assert emu.state.customers()[0].display_name == "ACME HR"  # the duplicate changed nothing

        with pytest.raises(errors.NotFound) as missing:
            await raas.v2.customers.get("nobody-here")
        assert missing.value.i18n_key == "404.002"


# -- accounts -----------------------------------------------------------------------------------


async def test_accounts_create_get_list_and_errors() -> None:
    async with connected() as (emu, raas):
        emu.create_customer(CUSTOMER)
        created = await raas.v2.accounts.create(
            CUSTOMER,
            account_identifier=ACCOUNT,
            display_name="Q1 bonuses",
            contact_email="ops@acme.test",
            funding_notification=[v2.FundingNotification(email_address="cfo@acme.test")],
        )
        assert isinstance(created, v2.Account)
        assert created.current_balance == 0
        assert (created.currency_code, created.status) == ("USD", v2.AccountStatus.ACTIVE)
        assert [f.email_address for f in created.funding_notification or []] == ["cfo@acme.test"]
        info = emu.state.account(ACCOUNT)
        assert (info.customer, info.number, info.display_name) == (
            CUSTOMER,
            created.account_number,
            "Q1 bonuses",
        )
        assert info.funding_notification == ("cfo@acme.test",)

        euro = await raas.v2.accounts.create(
            CUSTOMER,
            account_identifier="acme-hr-eu",
            display_name="EU bonuses",
            contact_email="eu@acme.test",
            currency_code=v2.CurrencyCode.EUR,
        )
        assert euro.currency_code == "EUR"
        assert emu.state.account("acme-hr-eu").currency == "EUR"

        emu.set_balance(ACCOUNT, Decimal("123.45"))
        fetched = await raas.v2.accounts.get(ACCOUNT)
        assert fetched.current_balance == Decimal("123.45")
        assert fetched.account_number == created.account_number

        emu.create_account("globex", "globex-main", balance=Decimal("5"))
        everything = await collect(raas.v2.accounts.list())
        assert [a.account_identifier for a in everything] == [a.identifier for a in emu.state.accounts()]
        ours = await collect(raas.v2.accounts.list(CUSTOMER))
        assert [a.account_identifier for a in ours] == [ACCOUNT, "acme-hr-eu"]
        assert [a.account_identifier async for a in raas.v2.accounts.list(min_balance=Decimal(100))] == [
            ACCOUNT
        ]
        assert [a.account_identifier async for a in raas.v2.accounts.list(currency_code=["EUR"])] == [
            "acme-hr-eu"
        ]
        notified = raas.v2.accounts.list(funding_notification_email=["cfo@acme.test"])
        assert [a.account_identifier async for a in notified] == [ACCOUNT]

        with pytest.raises(errors.Conflict):
            await raas.v2.accounts.create(
                CUSTOMER, account_identifier=ACCOUNT, display_name="again", contact_email="ops@acme.test"
            )
        with pytest.raises(errors.NotFound) as missing:
            await raas.v2.accounts.get("no-such-account")
        assert missing.value.i18n_key == "404.003"
        with pytest.raises(errors.NotFound):
            await raas.v2.accounts.create(
                "no-such-customer", account_identifier="orphan-1", display_name="x", contact_email="o@x.test"
            )
        assert len(emu.state.accounts()) == 3


async def test_account_update_patch_tri_state_is_visible_in_the_emulator() -> None:
    async with connected() as (emu, raas):
        emu.create_customer(CUSTOMER)
        await raas.v2.accounts.create(
            CUSTOMER,
            account_identifier=ACCOUNT,
            display_name="Q1 bonuses",
            contact_email="ops@acme.test",
            funding_notification=[
                v2.FundingNotification(email_address="a@acme.test"),
                v2.FundingNotification(email_address="b@acme.test"),
            ],
        )
        both = ("a@acme.test", "b@acme.test")

        # Omitted: the list stays as it is (only displayName is sent).
        renamed = await raas.v2.accounts.update(CUSTOMER, ACCOUNT, display_name="Q1 bonuses (final)")
        assert emu.state.account(ACCOUNT).funding_notification == both
        assert emu.state.account(ACCOUNT).display_name == renamed.display_name == "Q1 bonuses (final)"

        # None: sent as null, which also leaves the list unchanged.
        nulled = await raas.v2.accounts.update(
            CUSTOMER, ACCOUNT, funding_notification=None, contact_email="finance@acme.test"
        )
        assert emu.state.account(ACCOUNT).funding_notification == both
        assert emu.state.account(ACCOUNT).contact_email == nulled.contact_email == "finance@acme.test"

        # A list replaces it.
        replaced = await raas.v2.accounts.update(
            CUSTOMER, ACCOUNT, funding_notification=[v2.FundingNotification(email_address="c@acme.test")]
        )
        assert emu.state.account(ACCOUNT).funding_notification == ("c@acme.test",)
        assert [f.email_address for f in replaced.funding_notification or []] == ["c@acme.test"]

        # [] clears it.
        cleared = await raas.v2.accounts.update(CUSTOMER, ACCOUNT, funding_notification=[])
        assert emu.state.account(ACCOUNT).funding_notification == ()
        assert cleared.funding_notification == []
        assert emu.state.account(ACCOUNT).display_name == "Q1 bonuses (final)"
        assert (
            emu.stats.count("PATCH /raas/v2/customers/{customerIdentifier}/accounts/{accountIdentifier}") == 4
        )

        with pytest.raises(errors.NotFound):
            await raas.v2.accounts.update("globex", ACCOUNT, display_name="not theirs")
        assert emu.state.account(ACCOUNT).display_name == "Q1 bonuses (final)"


# -- catalog and reference data -----------------------------------------------------------------


async def test_catalog_brand_categories_and_credential_types() -> None:
    async with connected() as (_emu, raas):
        catalog = await raas.v2.catalog.get()
        assert isinstance(catalog, v2.Catalog)
        items = {item.utid: item for brand in catalog.brands for item in brand.items}
        tango = items[TANGO_CARD]
        assert tango.value_type == v2.ValueType.VARIABLE_VALUE
        assert (tango.min_value, tango.max_value) == (Decimal("1.00"), Decimal("1000.00"))
        assert items[APPLE_25].value_type == v2.ValueType.FIXED_VALUE
        assert items[APPLE_25].face_value == Decimal(25)
        assert items[APPLE_100_INACTIVE].status == "inactive"
        assert items[MS_GBP_10].currency_code == "GBP"
        fee = items[VISA_WITH_FEE].fee
        assert fee is not None
        assert fee.value == Decimal("2.5")
        assert "walletActivationQrCode" in (items[VISA_QR].credential_types or [])

        apple = await raas.v2.catalog.get(brand_key="B145326")
        assert [b.brand_name for b in apple.brands] == ["Apple"]
        one = await raas.v2.catalog.get(utid=APPLE_25)
        assert [i.utid for b in one.brands for i in b.items] == [APPLE_25]

        categories = await raas.v2.catalog.brand_categories()
        assert categories
        assert len({c.identifier for c in categories}) == len(categories)
        retail = next(c for c in categories if c.description == "Retail")
        in_retail = await raas.v2.catalog.get(category_ids=[str(retail.identifier)])
        assert in_retail.brands
        assert len(in_retail.brands) < len(catalog.brands)
        assert "Amazon.com" in {b.brand_name for b in in_retail.brands}
        for brand in in_retail.brands:
            assert retail.identifier in {c.identifier for c in brand.categories or []}, brand.brand_name

        types = await raas.v2.credential_types.list()
        known = {t.credential_type for t in types}
        assert {"cardNumber", "pin", "redemptionUrl", "barcode", "expirationDate"} <= known
        assert all(t.description for t in types)
        # The catalog uses a credential type the list does not know; clients must cope.
        assert "walletActivationQrCode" not in known


async def test_exchange_rates_across_pages_with_string_and_number_base_fx() -> None:
    async with connected() as (_emu, raas):
        pages = [page async for page in raas.v2.exchange_rates.list(max_results=5).pages()]
        assert len(pages) >= 3
        assert [page.number for page in pages] == list(range(len(pages)))
        assert all(len(page.items) == 5 for page in pages[:-1])
        paged = [rate for page in pages for rate in page.items]
        all_at_once = await collect(raas.v2.exchange_rates.list(max_results=200))
        assert [(r.base_currency, r.reward_currency, r.base_fx) for r in paged] == [
            (r.base_currency, r.reward_currency, r.base_fx) for r in all_at_once
        ]
        assert len({(r.base_currency, r.reward_currency) for r in paged}) == len(paged)
        assert pages[0].envelope.disclaimer
        assert all(isinstance(r.base_fx, Decimal) and r.base_fx > 0 for r in paged)
        # USD rows carry baseFx as a JSON number, the others as a string: both read as Decimal.
        assert {r.base_currency for r in paged} >= {"USD", "EUR", "GBP"}
        assert all(r.last_modified_date is not None and r.last_modified_date.tzinfo is None for r in paged)

        (usd_gbp,) = await collect(
            raas.v2.exchange_rates.list(base_currency=["USD"], reward_currency=["GBP"])
        )
        assert usd_gbp.base_fx == next(
            r.base_fx for r in paged if (r.base_currency, r.reward_currency) == ("USD", "GBP")
        )


# -- credit cards, deposits, transfers ----------------------------------------------------------


async def test_credit_cards_register_get_list_and_unregister() -> None:
    async with connected() as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT)
        card = await register_v2_card(raas)
        assert isinstance(card, v2.CreditCard)
        assert (card.last_four_digits, card.status, card.label) == ("1111", "ACTIVE", "Corporate card")
        assert card.account_number == emu.state.account(ACCOUNT).number
        assert card.created_date is not None
        assert card.activation_date is not None
        assert card.activation_date >= card.created_date
        assert [c.email_address for c in card.contact_information or []] == ["ann@acme.test"]
        (stored,) = emu.state.cards(ACCOUNT)
        assert (stored.token, stored.last_four, stored.status) == (card.token, "1111", "ACTIVE")

        fetched = await raas.v2.credit_cards.get(card.token)
        assert (fetched.token, fetched.label, fetched.account_identifier) == (card.token, card.label, ACCOUNT)

        backup = await register_v2_card(raas, label="Backup card")
        listed = await collect(raas.v2.credit_cards.list(account_identifier=ACCOUNT))
        assert [c.token for c in listed] == [card.token, backup.token]
        assert [c.token async for c in raas.v2.credit_cards.list(label="Backup card")] == [backup.token]

        removed = await raas.v2.credit_cards.unregister(
            customer_identifier=CUSTOMER, account_identifier=ACCOUNT, credit_card_token=card.token
        )
        assert removed.token == card.token
        assert removed.message is not None
        assert "no longer present" in removed.message
        assert {c.token: c.status for c in emu.state.cards(ACCOUNT)} == {
            card.token: "DELETED",
            backup.token: "ACTIVE",
        }
        assert [c.token async for c in raas.v2.credit_cards.list(account_identifier=ACCOUNT)] == [
            backup.token
        ]
        with_inactive = raas.v2.credit_cards.list(account_identifier=ACCOUNT, show_inactive=True)
        assert [c.token async for c in with_inactive] == [card.token, backup.token]

        with pytest.raises(errors.NotFound):
            await raas.v2.credit_cards.get("no-such-token")
        with pytest.raises(errors.CardDeclined) as unsupported:
            await register_v2_card(raas, "4242424242424242")
        assert unsupported.value.i18n_key == "402.051"
        assert "4242424242424242" not in str(unsupported.value)
        assert len(emu.state.cards(ACCOUNT)) == 2


@pytest.mark.parametrize("amount", ["1.25", "10.10", "999.99", "25000.00"])
async def test_deposit_credits_the_amount_and_charges_the_fee_to_the_cent(amount: str) -> None:
    async with connected() as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("5.00"))
        card = await register_v2_card(raas)
        deposit = await raas.v2.deposits.create(
            customer_identifier=CUSTOMER,
            account_identifier=ACCOUNT,
            credit_card_token=card.token,
            amount=Decimal(amount),
            external_ref_id="dep-0001",
        )
        assert isinstance(deposit, v2.Deposit)
        assert deposit.amount == Decimal(amount)
        assert deposit.fee_percent == DEPOSIT_FEE
        assert deposit.amount_charged == money(Decimal(amount) * (1 + DEPOSIT_FEE / 100))
        assert (deposit.status, deposit.external_ref_id) == (v2.DepositStatus.SUCCESS, "dep-0001")
        assert deposit.account_number == emu.state.account(ACCOUNT).number
        assert emu.state.balance(ACCOUNT) == Decimal("5.00") + Decimal(amount)
        (record,) = emu.state.deposits(ACCOUNT)
        assert (record.reference_id, record.amount_charged) == (
            deposit.reference_deposit_id,
            deposit.amount_charged,
        )

        fetched = await raas.v2.deposits.get(deposit.reference_deposit_id)
        assert (fetched.amount, fetched.amount_charged, fetched.external_ref_id) == (
            deposit.amount,
            deposit.amount_charged,
            "dep-0001",
        )


async def test_deposit_fee_matches_the_reference_example() -> None:
    async with connected() as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT)
        card = await register_v2_card(raas)
        deposit = await raas.v2.deposits.create(
            customer_identifier=CUSTOMER,
            account_identifier=ACCOUNT,
            credit_card_token=card.token,
            amount="1.25",
        )
        assert (deposit.amount, deposit.amount_charged) == (Decimal("1.25"), Decimal("1.29"))
        # No externalRefID given: the client generated one, and the API stored it.
        assert deposit.external_ref_id is not None
        assert re.fullmatch(r"deposit[0-9a-f]{32}", deposit.external_ref_id)
        assert emu.state.deposits(ACCOUNT)[0].external_ref_id == deposit.external_ref_id


@pytest.mark.parametrize("number", sorted(DECLINING_CARDS))
async def test_declined_deposit_is_card_declined_and_credits_nothing(number: str) -> None:
    async with connected() as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("7.00"))
        card = await register_v2_card(raas, number)
        with pytest.raises(errors.CardDeclined) as caught:
            await raas.v2.deposits.create(
                customer_identifier=CUSTOMER,
                account_identifier=ACCOUNT,
                credit_card_token=card.token,
                amount=Decimal("50.00"),
            )
        assert (caught.value.status, caught.value.i18n_key) == (402, "402.051")
        assert caught.value.denial_message
        assert emu.state.balance(ACCOUNT) == Decimal("7.00")
        assert emu.state.deposits() == ()


async def test_deposit_refusals() -> None:
    async with connected(card_activation_seconds=300) as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT)
        card = await register_v2_card(raas)
        deposit: dict[str, Any] = {
            "customer_identifier": CUSTOMER,
            "account_identifier": ACCOUNT,
            "credit_card_token": card.token,
        }

        # Registration is not complete for 5 minutes: 429.003, a final answer (no retries).
        with pytest.raises(errors.CardNotActive) as early:
            await raas.v2.deposits.create(**deposit, amount=Decimal("10.00"))
        assert early.value.i18n_key == "429.003"
        assert emu.stats.count("POST /raas/v2/creditCardDeposits", 429) == 1
        emu.advance_clock(301)

        await raas.v2.deposits.create(**deposit, amount=Decimal("10.00"), external_ref_id="dep-1")
        with pytest.raises(errors.Conflict) as duplicate:
            await raas.v2.deposits.create(**deposit, amount=Decimal("10.00"), external_ref_id="dep-1")
        assert duplicate.value.i18n_key == "409.001"
        with pytest.raises(errors.Unprocessable) as too_small:
            await raas.v2.deposits.create(**deposit, amount=Decimal("0.50"))
        assert too_small.value.i18n_key == "422.052"
        assert [e.field for e in too_small.value.errors] == ["amount"]
        with pytest.raises(errors.Unprocessable) as not_ours:
            await raas.v2.deposits.create(**{**deposit, "credit_card_token": "not-a-card"}, amount=Decimal(5))
        assert not_ours.value.i18n_key == "422.036"
        with pytest.raises(errors.NotFound):
            await raas.v2.deposits.get("RAD-000000-0000")
        assert emu.state.balance(ACCOUNT) == Decimal("10.00")
        assert len(emu.state.deposits()) == 1


async def test_transfer_moves_money_between_accounts() -> None:
    async with connected() as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("100.00"))
        emu.create_account(CUSTOMER, "acme-hr-q2", balance=Decimal("5.00"))
        emu.create_account(CUSTOMER, "acme-hr-eu", balance=Decimal("50.00"), currency="EUR")
        transfer = await raas.v2.transfers.create(
            transfer_from=ACCOUNT,
            transfer_to="acme-hr-q2",
            amount=Decimal("30.25"),
            transfer_notes="rebalance",
            external_ref_id="tr-0001",
        )
        assert isinstance(transfer, v2.Transfer)
        assert (transfer.transferred_amount, transfer.transfer_notes) == (Decimal("30.25"), "rebalance")
        assert transfer.transfer_from is not None
        assert transfer.transfer_to is not None
        assert (transfer.transfer_from.starting_balance, transfer.transfer_from.ending_balance) == (
            Decimal("100.00"),
            Decimal("69.75"),
        )
        assert (transfer.transfer_to.starting_balance, transfer.transfer_to.ending_balance) == (
            Decimal("5.00"),
            Decimal("35.25"),
        )
        assert (emu.state.balance(ACCOUNT), emu.state.balance("acme-hr-q2")) == (
            transfer.transfer_from.ending_balance,
            transfer.transfer_to.ending_balance,
        )
        (record,) = emu.state.transfers()
        assert (record.external_ref_id, record.source, record.target) == ("tr-0001", ACCOUNT, "acme-hr-q2")

        with pytest.raises(errors.Conflict):
            await raas.v2.transfers.create(
                transfer_from=ACCOUNT, transfer_to="acme-hr-q2", amount=Decimal(1), external_ref_id="tr-0001"
            )
        with pytest.raises(errors.InsufficientFunds) as broke:
            await raas.v2.transfers.create(
                transfer_from=ACCOUNT, transfer_to="acme-hr-q2", amount=Decimal(500)
            )
        assert broke.value.i18n_key == "402.001"
        with pytest.raises(errors.Unprocessable) as currencies:
            await raas.v2.transfers.create(transfer_from=ACCOUNT, transfer_to="acme-hr-eu", amount=Decimal(1))
        assert currencies.value.i18n_key == "422.102"
        assert (emu.state.balance(ACCOUNT), emu.state.balance("acme-hr-q2")) == (
            Decimal("69.75"),
            Decimal("35.25"),
        )
        assert len(emu.state.transfers()) == 1


# -- orders -------------------------------------------------------------------------------------


async def test_order_create_repeat_get_and_list() -> None:
    async with connected() as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("100.00"))
        result = await raas.v2.orders.create(
            customer_identifier=CUSTOMER,
            account_identifier=ACCOUNT,
            utid=TANGO_CARD,
            amount=Decimal("25.00"),
            delivery_method="EMAIL",
            recipient=recipient(1),
            sender=v2.Sender(first_name="HR", last_name="Team", email="hr@acme.test"),
            external_ref_id="q1-bonus-0001",
            email_subject="Thank you",
            message="Great quarter",
            notes="batch 7",
            campaign="q1",
            purchase_order_number="PO-77",
            etid="E000123",
        )
        assert (result.created, result.attempts, result.external_ref_id) == (True, 1, "q1-bonus-0001")
        assert result.request_id
        order = result.order
        assert isinstance(order, v2.Order)
        assert order.external_ref_id == "q1-bonus-0001"
        assert (order.customer_identifier, order.account_identifier, order.utid) == (
            CUSTOMER,
            ACCOUNT,
            TANGO_CARD,
        )
        assert order.denomination is not None
        assert order.amount_charged is not None
        assert (order.denomination.value, order.denomination.currency_code) == (Decimal("25.00"), "USD")
        assert (order.amount_charged.total, order.amount_charged.fee) == (Decimal("25.00"), Decimal(0))
        assert (order.status, order.delivery_method) == ("COMPLETE", v2.DeliveryMethod.EMAIL)
        assert order.recipient is not None
        assert order.sender is not None
        assert (order.recipient.email, order.sender.email) == ("winner1@example.com", "hr@acme.test")
        assert (order.email_subject, order.message, order.notes, order.campaign) == (
            "Thank you",
            "Great quarter",
            "batch 7",
            "q1",
        )
        assert (order.purchase_order_number, order.etid) == ("PO-77", "E000123")

        stored = emu.state.order_by_external_ref(ACCOUNT, "q1-bonus-0001")
        assert stored is not None
        assert (stored.reference_id, stored.charged) == (order.reference_order_id, order.amount_charged.total)
        assert emu.state.balance(ACCOUNT) == Decimal("75.00")

        # The same externalRefID again: 200 with the original order, nothing charged twice.
        again = await raas.v2.orders.create(
            customer_identifier=CUSTOMER,
            account_identifier=ACCOUNT,
            utid=TANGO_CARD,
            amount=Decimal("25.00"),
            recipient=recipient(1),
            external_ref_id="q1-bonus-0001",
        )
        assert (again.created, again.order.reference_order_id) == (False, order.reference_order_id)
        assert len(emu.state.orders(ACCOUNT)) == 1
        assert emu.state.balance(ACCOUNT) == Decimal("75.00")

        fetched = await raas.v2.orders.get(order.reference_order_id)
        assert (fetched.reference_order_id, fetched.order_status, fetched.order_external_ref_id_dupe) == (
            order.reference_order_id,
            "COMPLETE",
            False,
        )
        assert fetched.reward is not None

        generated = await raas.v2.orders.create(
            customer_identifier=CUSTOMER,
            account_identifier=ACCOUNT,
            utid=AMAZON,
            amount=10,
            recipient=recipient(2),
        )
        assert re.fullmatch(r"aioraas[0-9a-f]{32}", generated.external_ref_id)
        assert generated.order.external_ref_id == generated.external_ref_id
        assert emu.state.order_by_external_ref(ACCOUNT, generated.external_ref_id) is not None

        listed = await collect(raas.v2.orders.list(account_identifier=ACCOUNT))
        assert [o.reference_order_id for o in listed] == [o.reference_id for o in emu.state.orders(ACCOUNT)]
        assert all(o.reward is None for o in listed)  # list items carry no credentials
        by_ref = await collect(raas.v2.orders.list(external_ref_id="q1-bonus-0001"))
        assert [o.reference_order_id for o in by_ref] == [order.reference_order_id]
        by_amount = await collect(raas.v2.orders.list(min_amount=Decimal(20)))
        assert [o.reference_order_id for o in by_amount] == [order.reference_order_id]
        assert emu.state.balance(ACCOUNT) == Decimal("65.00")


async def test_order_get_returns_credentials_and_keeps_an_unknown_credential_type_as_text() -> None:
    async with connected() as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("100.00"))
        placed = await raas.v2.orders.create(
            customer_identifier=CUSTOMER,
            account_identifier=ACCOUNT,
            utid=VISA_QR,
            amount=Decimal(50),
            delivery_method=v2.DeliveryMethod.NONE,
        )
        order = await raas.v2.orders.get(placed.order.reference_order_id)
        assert order.reward is not None
        credentials = order.reward.credential_list or []
        assert [c.credential_type for c in credentials] == ["walletActivationQrCode", "cardNumber"]
        unknown, card_number = credentials
        # An unknown credential type stays a plain string (shown as text), never an error.
        assert unknown.type == "qrCode"
        assert not isinstance(unknown.type, v2.CredentialValueType)
        assert card_number.type == v2.CredentialValueType.TEXT

        stored = emu.state.order(order.reference_order_id)
        assert stored is not None
        sent = stored.body["reward"]
        assert [c.value for c in credentials] == [c["value"] for c in sent["credentialList"]]
        assert order.reward.credentials == sent["credentials"]
        assert order.reward.redemption_instructions == sent["redemptionInstructions"]
        for credential in credentials:  # reward credentials never show in reprs
            assert credential.value
            assert credential.value not in repr(order)


async def test_order_rejections_map_to_errors_and_change_nothing() -> None:
    async with connected() as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("20.00"))
        base: dict[str, Any] = {
            "customer_identifier": CUSTOMER,
            "account_identifier": ACCOUNT,
            "recipient": recipient(),
        }

        # Tango's documented example: HTTP 400, 422.024 inside errors[] with code 400500.
        with pytest.raises(errors.BadRequest) as unknown:
            await raas.v2.orders.create(**base, utid="U999999", amount=Decimal(5))
        assert (unknown.value.status, unknown.value.i18n_key) == (400, "422.024")
        assert [e.code for e in unknown.value.errors] == ["400500"]
        assert [(e.field, e.i18n_key) for e in unknown.value.errors] == [("utid", "422.024")]
        # Tango's own sentence (reference 2.4), not prefixed with the field's name.
        assert unknown.value.message.startswith("The Item identifier provided is not valid.")
        assert unknown.value.errors[0].message == unknown.value.message
        assert unknown.value.request_id == unknown.value.headers["X-REQUEST-ID"]

        rejected: dict[str, dict[str, Any]] = {
            "422.030": {"utid": APPLE_100_INACTIVE, "amount": Decimal(100)},
            "422.027": {"utid": APPLE_25, "amount": Decimal(10)},
            "422.025": {"utid": TANGO_CARD, "amount": Decimal("0.50")},
            "422.026": {"utid": "U430912", "amount": Decimal("10.50")},
        }
        for key, fields in rejected.items():
            with pytest.raises(errors.Unprocessable) as caught:
                await raas.v2.orders.create(**base, **fields)
            assert caught.value.i18n_key == key
        with pytest.raises(errors.Unprocessable) as no_mobile:
            await raas.v2.orders.create(**base, utid=TANGO_CARD, amount=Decimal(5), delivery_method="PHONE")
        assert no_mobile.value.errors[0].field == "recipient.mobileNumber"

        with pytest.raises(errors.InsufficientFunds) as broke:
            await raas.v2.orders.create(**base, utid=TANGO_CARD, amount=Decimal("20.01"))
        assert (broke.value.status, broke.value.i18n_key) == (402, "402.001")
        with pytest.raises(errors.NotFound) as no_account:
            await raas.v2.orders.create(
                **{**base, "account_identifier": "acme-hr-zz"}, utid=TANGO_CARD, amount=1
            )
        assert no_account.value.i18n_key == "404.096"
        with pytest.raises(errors.NotFound):
            await raas.v2.orders.get("RA000000-00000-00")

        # Broken locally: rejected before anything is sent.
        sent_before = emu.stats.count(ORDERS)
        with pytest.raises(errors.ValidationError):
            await raas.v2.orders.create(**base, utid=TANGO_CARD, amount=Decimal("10.001"))
        with pytest.raises(errors.ValidationError):
            await raas.v2.orders.create(**base, utid="X123", amount=Decimal(10))
        assert emu.stats.count(ORDERS) == sent_before

        assert emu.state.orders() == ()
        assert emu.state.balance(ACCOUNT) == Decimal("20.00")
        # 4xx answers are final: every refused order took exactly one request.
        assert emu.stats.count(ORDERS) == 8


@pytest.mark.parametrize(
    ("changed", "field"), [({"utid": AMAZON}, "utid"), ({"amount": Decimal("30.00")}, "amount")]
)
async def test_reusing_an_external_ref_id_for_another_order_is_an_idempotency_mismatch(
    changed: dict[str, object], field: str
) -> None:
    async with connected() as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("100.00"))
        emu.create_account(CUSTOMER, "acme-hr-q2", balance=Decimal("100.00"))
        order: dict[str, Any] = {
            "customer_identifier": CUSTOMER,
            "account_identifier": ACCOUNT,
            "utid": TANGO_CARD,
            "amount": Decimal("25.00"),
            "recipient": recipient(),
            "external_ref_id": "bonus-7",
        }
        first = await raas.v2.orders.create(**order)
        with pytest.raises(errors.IdempotencyMismatch) as caught:
            await raas.v2.orders.create(**{**order, **changed})
        assert caught.value.external_ref_id == "bonus-7"
        assert list(caught.value.differences) == [field]
        assert caught.value.order.reference_order_id == first.order.reference_order_id
        assert len(emu.state.orders(ACCOUNT)) == 1
        assert emu.state.balance(ACCOUNT) == Decimal("75.00")

        # Idempotency is per account: the same id on another account is a new order.
        other = await raas.v2.orders.create(**{**order, **changed, "account_identifier": "acme-hr-q2"})
        assert other.created
        assert other.order.reference_order_id != first.order.reference_order_id
        assert len(emu.state.orders("acme-hr-q2")) == 1


async def test_resend_once_per_24_hours_and_never_for_undelivered_orders() -> None:
    async with connected() as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("100.00"))
        base: dict[str, Any] = {
            "customer_identifier": CUSTOMER,
            "account_identifier": ACCOUNT,
            "utid": TANGO_CARD,
            "amount": 5,
        }
        emailed = await raas.v2.orders.create(**base, recipient=recipient(3))
        reference = emailed.order.reference_order_id

        resent = await raas.v2.orders.resend(reference)
        assert isinstance(resent, v2.Resend)
        assert isinstance(resent.id, int)
        assert resent.email == "winner3@example.com"
        assert resent.created_at is not None

        with pytest.raises(errors.Forbidden) as twice:
            await raas.v2.orders.resend(reference, new_email="other@example.com")
        assert (twice.value.status, twice.value.i18n_key) == (403, "403.004")

        emu.advance_clock(timedelta(hours=24, seconds=1).total_seconds())
        redirected = await raas.v2.orders.resend(reference, new_email="other@example.com")
        assert redirected.email == "other@example.com"
        assert redirected.id != resent.id

        # Orders Tango did not deliver cannot be resent: deliveryMethod NONE, or the deprecated
        # sendEmail=false (which the client sends as deliveryMethod NONE).
        silent = await raas.v2.orders.create(**base, delivery_method="NONE")
        quiet = await raas.v2.orders.create(**base, recipient=recipient(4), send_email=False)
        stored = emu.state.order(quiet.order.reference_order_id)
        assert stored is not None
        assert stored.delivery_method == "NONE"
        for undelivered in (silent, quiet):
            with pytest.raises(errors.Forbidden) as caught:
                await raas.v2.orders.resend(undelivered.order.reference_order_id)
            assert caught.value.i18n_key == "403.003"
        with pytest.raises(errors.NotFound):
            await raas.v2.orders.resend("RA000000-00000-00")


async def test_item_fee_and_cross_currency_charges_follow_the_published_numbers() -> None:
    async with connected() as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("100.00"))
        emu.create_account(CUSTOMER, "acme-hr-eu", balance=Decimal("100.00"), currency="EUR")
        catalog = await raas.v2.catalog.get(utid=VISA_WITH_FEE)
        (visa,) = [item for brand in catalog.brands for item in brand.items]
        assert visa.fee is not None
        assert visa.fee.value is not None

        with_fee = await raas.v2.orders.create(
            customer_identifier=CUSTOMER,
            account_identifier=ACCOUNT,
            utid=VISA_WITH_FEE,
            amount=Decimal("10.10"),
            recipient=recipient(),
        )
        charged = with_fee.order.amount_charged
        assert charged is not None
        assert charged.fee == money(Decimal("10.10") * visa.fee.value / 100)
        assert charged.total == Decimal("10.10") + charged.fee
        assert emu.state.balance(ACCOUNT) == Decimal("100.00") - charged.total

        (rate,) = await collect(raas.v2.exchange_rates.list(base_currency=["EUR"], reward_currency=["GBP"]))
        assert rate.base_fx is not None
        pounds = await raas.v2.orders.create(
            customer_identifier=CUSTOMER,
            account_identifier="acme-hr-eu",
            utid=MS_GBP_10,
            amount=Decimal(10),
            recipient=recipient(),
        )
        assert pounds.order.denomination is not None
        assert (pounds.order.denomination.value, pounds.order.denomination.currency_code) == (
            Decimal(10),
            "GBP",
        )
        euros = pounds.order.amount_charged
        assert euros is not None
        assert (euros.currency_code, euros.exchange_rate) == ("EUR", rate.base_fx)
        assert euros.total == money(Decimal(10) / rate.base_fx)
        assert emu.state.balance("acme-hr-eu") == Decimal("100.00") - euros.total


# -- authentication and pagination --------------------------------------------------------------


async def test_bad_credentials_are_unauthorized_and_never_retried() -> None:
    async with connected() as (emu, _raas), client_for(emu, platform_key="not-the-key") as intruder:
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("100.00"))
        with pytest.raises(errors.Unauthorized) as caught:
            await intruder.v2.customers.get(CUSTOMER)
        assert (caught.value.status, caught.value.i18n_key) == (401, "401.002")
        with pytest.raises(errors.Unauthorized):
            await intruder.v2.orders.create(
                customer_identifier=CUSTOMER, account_identifier=ACCOUNT, utid=TANGO_CARD, amount=5
            )
        assert emu.state.orders() == ()
        assert emu.stats.count(status=401) == 2
        assert "not-the-key" not in str(caught.value)


async def test_pagination_styles_walk_every_page_lazily() -> None:
    async with connected() as (emu, raas):
        for n in range(7):
            await raas.v2.customers.create(customer_identifier=f"customer-{n}", display_name=f"Customer {n}")
            emu.create_account(f"customer-{n}", f"account-{n}", balance=Decimal(100))
        for n in range(5):
            await register_v2_card(raas, customer="customer-0", account="account-0", label=f"card {n}")
        for n in range(10):
            await raas.v2.orders.create(
                customer_identifier="customer-0",
                account_identifier="account-0",
                utid=TANGO_CARD,
                amount=Decimal(n + 1),
                recipient=recipient(n),
                external_ref_id=f"page-{n}",
            )

        # Nothing is fetched until the paginator is iterated.
        requests_before = emu.stats.total_requests
        customers = raas.v2.customers.list(max_results=3)
        orders = raas.v2.orders.list(account_identifier="account-0", elements_per_block=4)
        assert emu.stats.total_requests == requests_before

        # Opt-in cursor (customers, accounts, cards): follow nextCursor until no next page.
        customer_pages = [page async for page in customers.pages()]
        assert [len(p.items) for p in customer_pages] == [3, 3, 1]
        assert [p.envelope.next_page_available for p in customer_pages] == [True, True, False]
        seen = [c.customer_identifier for p in customer_pages for c in p.items]
        assert seen == [c.identifier for c in emu.state.customers()]

        account_pages = [page async for page in raas.v2.accounts.list(max_results=2).pages()]
        assert [len(p.items) for p in account_pages] == [2, 2, 2, 1]
        assert [a.account_identifier for p in account_pages for a in p.items] == [
            a.identifier for a in emu.state.accounts()
        ]

        card_pages = [page async for page in raas.v2.credit_cards.list(max_results=2).pages()]
        assert [len(p.items) for p in card_pages] == [2, 2, 1]
        assert [c.token for p in card_pages for c in p.items] == [c.token for c in emu.state.cards()]

        # Page number (orders): page from 0 until totalCount.
        order_pages = [page async for page in orders.pages()]
        assert [len(p.items) for p in order_pages] == [4, 4, 2]
        assert {p.total_count for p in order_pages} == {10}
        assert [p.envelope.page.number for p in order_pages] == [0, 1, 2]
        assert [o.external_ref_id for p in order_pages for o in p.items] == [f"page-{n}" for n in range(10)]
        assert emu.stats.count("GET /raas/v2/orders", 200) == 3

        # Iterating again starts from the first page.
        assert len(await collect(orders)) == 10


async def test_requests_oas26_allows_pass_the_client_and_the_emulator() -> None:
    """Upper-case account ids, any customFields values, a 300-character subject, funding a v1 account."""
    async with connected() as (emu, raas):
        emu.create_customer(CUSTOMER)
        account = await raas.v2.accounts.create(
            CUSTOMER, account_identifier="ACME-HR-Q9", display_name="Q9", contact_email="ops@acme.test"
        )
        assert account.account_identifier == "ACME-HR-Q9"
        emu.set_balance("ACME-HR-Q9", "100")
        placed = await raas.v2.orders.create(
            customer_identifier=CUSTOMER,
            account_identifier="ACME-HR-Q9",
            utid=TANGO_CARD,
            amount=Decimal(5),
            recipient=recipient(),
            email_subject="s" * 300,
            custom_fields={"costCenter": 4711, "approved": True},
        )
        assert placed.created
        assert placed.order.email_subject == "s" * 300

        await raas.v1.accounts.create(customer="CompanyA", identifier="acct_12+3", email="a@b.test")
        card = await register_v2_card(raas, customer="CompanyA", account="acct_12+3")
        deposit = await raas.v2.deposits.create(
            customer_identifier="CompanyA",
            account_identifier="acct_12+3",
            credit_card_token=card.token,
            amount=Decimal("20.00"),
        )
        assert deposit.amount == Decimal("20.00")
        assert emu.state.balance("acct_12+3") == Decimal("20.00")
