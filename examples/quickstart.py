"""The README's Quickstart: a customer, an account, a card deposit, a reward, lists and errors.

Runs against the local emulator as it is:

    aioraas emulator &            # serves http://127.0.0.1:8080 (platform aioraas-emulator / emulator-key)
    python examples/quickstart.py

``RAAS_BASE_URL`` (or the first argument) points it at another emulator. Every run uses new
customer and account identifiers, so it can run again and again against the same server.
"""

import asyncio
import os
import sys
import uuid
from decimal import Decimal

from aioraas import RaasClient, errors
from aioraas.models import v2


async def main(base_url: str) -> None:
    run = uuid.uuid4().hex[:10]  # new identifiers on every run: customers cannot be deleted
    customer, account = f"acme-hr-{run}", f"acme-hr-q1-{run}"
    async with RaasClient(
        platform_name=os.environ.get("RAAS_PLATFORM_NAME", "aioraas-emulator"),
        platform_key=os.environ.get("RAAS_PLATFORM_KEY", "emulator-key"),
        environment="sandbox",
        base_url=base_url,  # the emulator; delete this line to use the sandbox
    ) as raas:
        await raas.v2.customers.create(customer_identifier=customer, display_name="ACME HR")
        await raas.v2.accounts.create(
            customer, account_identifier=account, display_name="Q1 bonuses", contact_email="ops@acme.test"
        )

        # Fund it from a registered card (a 3.5 % fee is charged on top of the deposit).
        card = await raas.v2.credit_cards.register(
            customer_identifier=customer,
            account_identifier=account,
            ip_address="203.0.113.7",
            label="Corporate card",
            credit_card=v2.CardDetails(
                number="4111111111111111", expiration="2030-11", verification_number="123"
            ),
            billing_address=v2.BillingAddress(
                first_name="Ann",
                last_name="Lee",
                address_line1="1 Main St",
                city="Springfield",
                state="WA",
                postal_code="99196",
                country="US",
                email_address="ann@acme.test",
            ),
        )
        try:
            deposit = await raas.v2.deposits.create(
                customer_identifier=customer,
                account_identifier=account,
                credit_card_token=card.token,
                amount=Decimal("500.00"),
            )
        except errors.CardNotActive:
            # Tango activates a new card some minutes after registering it; the emulator at once.
            print("the card can fund the account from", card.activation_date)
            return
        print("deposit", deposit.reference_deposit_id, deposit.amount, deposit.amount_charged)

        # One reward. The externalRefID makes it idempotent: retries, and re-runs with the same id,
        # return the existing order instead of placing another. Omit it and one is generated.
        result = await raas.v2.orders.create(
            customer_identifier=customer,
            account_identifier=account,
            utid="U561593",
            amount=Decimal("25.00"),
            delivery_method="EMAIL",
            recipient=v2.Recipient(email="ann@acme.test", first_name="Ann"),
            external_ref_id=f"q1-bonus-{run}",
        )
        print("order", result.order.reference_order_id, result.created)  # False for an existing order

        # Lists are lazy async iterators over every page; nothing is fetched until you iterate.
        async for order in raas.v2.orders.list(account_identifier=account):
            print(
                "listed",
                order.reference_order_id,
                order.amount_charged.total if order.amount_charged else None,
            )
        async for page in raas.v2.accounts.list(customer_identifier=customer).pages():
            print("accounts page", page.number, len(page.items))

        # PATCH has three states: a list replaces, [] clears, None (null) or leaving it out keeps.
        await raas.v2.accounts.update(customer, account, funding_notification=[])

        # Errors are typed and carry what support needs.
        try:
            await raas.v2.orders.create(
                customer_identifier=customer,
                account_identifier=account,
                utid="U561593",
                amount=900,
                recipient=v2.Recipient(email="bo@acme.test"),
            )
        except errors.InsufficientFunds as exc:
            print("refused", exc.status, exc.i18n_key, exc.message, exc.request_id)
        except errors.OutcomeUnknown as exc:
            # No definite answer after all retries: resending with the same id is safe.
            print("look up or resend", exc.external_ref_id)


if __name__ == "__main__":
    asyncio.run(
        main(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("RAAS_BASE_URL", "http://127.0.0.1:8080"))
    )
