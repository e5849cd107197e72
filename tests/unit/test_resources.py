"""Every resource method: the request it sends (method, path, query, body) and the type it returns."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

import attrs
import orjson
import pytest

from aioraas import OrderResult, RaasClient
from aioraas.models import v1, v2
from aioraas.resources.v2.async_orders import AsyncOrderOutcome, AsyncOrderResult
from tests.unit.conftest import V1, V2, Harness


@attrs.frozen
class Case:
    call: Callable[[RaasClient], Awaitable[Any]]
    method: str
    url: str
    answer: Any
    returns: type
    body: dict[str, Any] | None = None
    status: int = 200


CARD_V2 = v2.CardDetails(number="4111111111111111", expiration="2030-11", verification_number="123")
BILLING_V2 = v2.BillingAddress(
    first_name="Ann",
    last_name="Lee",
    address_line1="1 Main St",
    city="Springfield",
    state="WA",
    postal_code="99196",
    country="US",
    email_address="ann@acme.test",
)
CARD_V1 = v1.CreditCard(
    number="4111111111111111",
    expiration="2030-11",
    security_code="123",
    billing_address=v1.BillingAddress(
        f_name="Ann",
        l_name="Lee",
        address="1 Main",
        city="Springfield",
        state="WA",
        zip="99196",
        email="a@b.c",
    ),
)


async def first(paginator: Any) -> Any:
    async for item in paginator:
        return item
    return None


CASES: dict[str, Case] = {
    # ---- v2 customers
    "v2.customers.create": Case(
        lambda c: c.v2.customers.create(customer_identifier="acme-hr", display_name="ACME HR"),
        "POST",
        f"{V2}/customers",
        {"customerIdentifier": "acme-hr", "displayName": "ACME HR", "accounts": []},
        v2.Customer,
        body={"customerIdentifier": "acme-hr", "displayName": "ACME HR"},
        status=201,
    ),
    "v2.customers.get": Case(
        lambda c: c.v2.customers.get("acme-hr"),
        "GET",
        f"{V2}/customers/acme-hr",
        {"customerIdentifier": "acme-hr"},
        v2.Customer,
    ),
    "v2.customers.list": Case(
        lambda c: first(c.v2.customers.list(status="active")),
        "GET",
        f"{V2}/customers?maxResults=200&paginate=true&status=active",
        {"items": [{"customerIdentifier": "acme-hr"}], "nextPageAvailable": False},
        v2.Customer,
    ),
    # ---- v2 accounts
    "v2.accounts.create": Case(
        lambda c: c.v2.accounts.create(
            "acme-hr",
            account_identifier="acme-hr-q1",
            display_name="Q1 bonuses",
            contact_email="ops@acme.test",
        ),
        "POST",
        f"{V2}/customers/acme-hr/accounts",
        {"accountIdentifier": "acme-hr-q1", "currentBalance": 0},
        v2.Account,
        body={
            "accountIdentifier": "acme-hr-q1",
            "displayName": "Q1 bonuses",
            "contactEmail": "ops@acme.test",
        },
        status=201,
    ),
    "v2.accounts.update": Case(
        lambda c: c.v2.accounts.update("acme-hr", "acme-hr-q1", display_name="Q1", funding_notification=None),
        "PATCH",
        f"{V2}/customers/acme-hr/accounts/acme-hr-q1",
        {"accountIdentifier": "acme-hr-q1"},
        v2.Account,
        body={"displayName": "Q1", "fundingNotification": None},
    ),
    "v2.accounts.get": Case(
        lambda c: c.v2.accounts.get("acme-hr-q1"),
        "GET",
        f"{V2}/accounts/acme-hr-q1",
        {"accountIdentifier": "acme-hr-q1"},
        v2.Account,
    ),
    "v2.accounts.list": Case(
        lambda c: first(
            c.v2.accounts.list("acme-hr", currency_code=["USD", "EUR"], min_balance=Decimal("10.5"))
        ),
        "GET",
        f"{V2}/customers/acme-hr/accounts?currencyCode=USD&currencyCode=EUR&maxResults=200&minBalance=10.5&paginate=true",
        [{"accountIdentifier": "acme-hr-q1"}],
        v2.Account,
    ),
    # ---- v2 orders
    "v2.orders.create": Case(
        lambda c: c.v2.orders.create(
            customer_identifier="acme-hr",
            account_identifier="acme-hr-q1",
            utid="U561593",
            amount=Decimal("25.00"),
            delivery_method="EMAIL",
            recipient=v2.Recipient(email="a@b.test", first_name="Ann"),
            external_ref_id="q1-bonus-0001",
        ),
        "POST",
        f"{V2}/orders",
        {"referenceOrderID": "RA1", "utid": "U561593", "denomination": {"value": 25}},
        OrderResult,
        body={
            "customerIdentifier": "acme-hr",
            "accountIdentifier": "acme-hr-q1",
            "utid": "U561593",
            "amount": 25.0,
            "deliveryMethod": "EMAIL",
            "externalRefID": "q1-bonus-0001",
            "recipient": {"email": "a@b.test", "firstName": "Ann"},
        },
        status=201,
    ),
    "v2.orders.get": Case(
        lambda c: c.v2.orders.get("RA1"), "GET", f"{V2}/orders/RA1", {"referenceOrderID": "RA1"}, v2.Order
    ),
    "v2.orders.list": Case(
        lambda c: first(c.v2.orders.list(external_ref_id="q1-bonus-0001")),
        "GET",
        f"{V2}/orders?elementsPerBlock=100&externalRefID=q1-bonus-0001&page=0",
        {"page": {"totalCount": 1}, "orders": [{"referenceOrderID": "RA1"}]},
        v2.Order,
    ),
    "v2.orders.resend": Case(
        lambda c: c.v2.orders.resend("RA1", new_email="new@b.test"),
        "POST",
        f"{V2}/orders/RA1/resends",
        {"id": 1, "email": "new@b.test"},
        v2.Resend,
        body={"newEmail": "new@b.test"},
        status=201,
    ),
    # ---- v2 catalog reads
    "v2.catalog.get": Case(
        lambda c: c.v2.catalog.get(verbose=True, currency_code="USD", reward_type=["gift card"]),
        "GET",
        f"{V2}/catalogs?currencyCode=USD&rewardType=gift+card&verbose=true",
        {"catalogName": "c", "brands": [{"brandKey": "B1", "items": [{"utid": "U1"}]}]},
        v2.Catalog,
    ),
    "v2.catalog.brand_categories": Case(
        lambda c: c.v2.catalog.brand_categories(),
        "GET",
        f"{V2}/brandCategories",
        {"brandCategories": [{"identifier": "x", "description": "Food"}]},
        list,
    ),
    "v2.credential_types.list": Case(
        lambda c: c.v2.credential_types.list(),
        "GET",
        f"{V2}/credentialtypes",
        [{"credentialType": "pin", "description": "PIN"}],
        list,
    ),
    "v2.exchange_rates.list": Case(
        lambda c: first(c.v2.exchange_rates.list(base_currency=["USD"])),
        "GET",
        f"{V2}/exchangerates?baseCurrency=USD&maxResults=200&paginate=true",
        {
            "disclaimer": "d",
            "exchangeRates": [{"baseCurrency": "USD", "rewardCurrency": "EUR", "baseFx": "0.9"}],
        },
        v2.ExchangeRate,
    ),
    # ---- v2 funding
    "v2.credit_cards.register": Case(
        lambda c: c.v2.credit_cards.register(
            customer_identifier="acme-hr",
            account_identifier="acme-hr-q1",
            ip_address="203.0.113.7",
            label="Corporate",
            credit_card=CARD_V2,
            billing_address=BILLING_V2,
        ),
        "POST",
        f"{V2}/creditCards",
        {"token": "tok-1", "lastFourDigits": "1111"},
        v2.CreditCard,
        body={
            "customerIdentifier": "acme-hr",
            "accountIdentifier": "acme-hr-q1",
            "ipAddress": "203.0.113.7",
            "label": "Corporate",
            "creditCard": {
                "number": "4111111111111111",
                "expiration": "2030-11",
                "verificationNumber": "123",
            },
            "billingAddress": {
                "firstName": "Ann",
                "lastName": "Lee",
                "addressLine1": "1 Main St",
                "city": "Springfield",
                "state": "WA",
                "postalCode": "99196",
                "country": "US",
                "emailAddress": "ann@acme.test",
            },
        },
        status=201,
    ),
    "v2.credit_cards.get": Case(
        lambda c: c.v2.credit_cards.get("tok-1"),
        "GET",
        f"{V2}/creditCards/tok-1",
        {"token": "tok-1"},
        v2.CreditCard,
    ),
    "v2.credit_cards.list": Case(
        lambda c: first(c.v2.credit_cards.list(account_identifier="acme-hr-q1", show_inactive=True)),
        "GET",
        f"{V2}/creditCards?accountIdentifier=acme-hr-q1&maxResults=200&paginate=true&showInactive=true",
        {"items": [{"token": "tok-1"}]},
        v2.CreditCard,
    ),
    "v2.credit_cards.unregister": Case(
        lambda c: c.v2.credit_cards.unregister(
            customer_identifier="acme-hr", account_identifier="acme-hr-q1", credit_card_token="tok-1"
        ),
        "POST",
        f"{V2}/creditCardUnregisters",
        {"token": "tok-1", "message": "gone", "createdDate": "2024-01-01T00:00:00Z"},
        v2.CardUnregistered,
        body={"customerIdentifier": "acme-hr", "accountIdentifier": "acme-hr-q1", "creditCardToken": "tok-1"},
    ),
    "v2.deposits.create": Case(
        lambda c: c.v2.deposits.create(
            customer_identifier="acme-hr",
            account_identifier="acme-hr-q1",
            credit_card_token="tok-1",
            amount="100.00",
            external_ref_id="dep-1",
        ),
        "POST",
        f"{V2}/creditCardDeposits",
        {"referenceDepositID": "RAD-1", "amount": 100, "amountCharged": 103.5},
        v2.Deposit,
        body={
            "customerIdentifier": "acme-hr",
            "accountIdentifier": "acme-hr-q1",
            "creditCardToken": "tok-1",
            "amount": 100.0,
            "externalRefID": "dep-1",
        },
    ),
    "v2.deposits.get": Case(
        lambda c: c.v2.deposits.get("RAD-1"),
        "GET",
        f"{V2}/creditCardDeposits/RAD-1",
        {"referenceDepositID": "RAD-1"},
        v2.Deposit,
    ),
    "v2.transfers.create": Case(
        lambda c: c.v2.transfers.create(
            transfer_from="acme-a",
            transfer_to="acme-b",
            amount=50,
            transfer_notes="rebalance",
            external_ref_id="tr-1",
        ),
        "POST",
        f"{V2}/transferFunds",
        {"externalRefID": "tr-1", "transferredAmount": 50},
        v2.Transfer,
        body={
            "transferFrom": "acme-a",
            "transferTo": "acme-b",
            "amount": 50.0,
            "transferNotes": "rebalance",
            "externalRefID": "tr-1",
        },
    ),
    # ---- v1
    "v1.accounts.create": Case(
        lambda c: c.v1.accounts.create(customer="CompanyA", identifier="123456", email="demo@example.com"),
        "POST",
        f"{V1}/accounts",
        {"success": True, "account": {"identifier": "123456", "available_balance": 0}},
        v1.Account,
        body={"identifier": "123456", "email": "demo@example.com", "customer": "CompanyA"},
        status=201,
    ),
    "v1.accounts.get": Case(
        lambda c: c.v1.accounts.get("CompanyA", "123456"),
        "GET",
        f"{V1}/accounts/CompanyA/123456",
        {"success": True, "account": {"identifier": "123456"}},
        v1.Account,
    ),
    "v1.credit_cards.register": Case(
        lambda c: c.v1.credit_cards.register(
            customer="CompanyA", account_identifier="123456", client_ip="55.44.33.22", credit_card=CARD_V1
        ),
        "POST",
        f"{V1}/cc_register",
        {"success": True, "cc_token": "152686945", "active_date": 1405444573},
        v1.CardRegistered,
        body={
            "customer": "CompanyA",
            "account_identifier": "123456",
            "client_ip": "55.44.33.22",
            "credit_card": {
                "number": "4111111111111111",
                "expiration": "2030-11",
                "security_code": "123",
                "billing_address": {
                    "f_name": "Ann",
                    "l_name": "Lee",
                    "address": "1 Main",
                    "city": "Springfield",
                    "state": "WA",
                    "zip": "99196",
                    "email": "a@b.c",
                },
            },
        },
    ),
    "v1.credit_cards.fund": Case(
        lambda c: c.v1.credit_cards.fund(
            customer="CompanyA",
            account_identifier="123456",
            amount=100000,
            client_ip="55.44.33.22",
            cc_token="152686945",
            security_code="123",
        ),
        "POST",
        f"{V1}/cc_fund",
        {"success": True, "fund_id": "RF11-22222222-33", "amount": 100000},
        v1.Funded,
        body={
            "customer": "CompanyA",
            "account_identifier": "123456",
            "amount": 100000,
            "client_ip": "55.44.33.22",
            "cc_token": "152686945",
            "security_code": "123",
        },
    ),
    "v1.credit_cards.unregister": Case(
        lambda c: c.v1.credit_cards.unregister(
            customer="CompanyA", account_identifier="123456", cc_token="152686945"
        ),
        "POST",
        f"{V1}/cc_unregister",
        {"success": True, "message": "This card is no longer present in the system."},
        v1.CardUnregistered,
        body={"customer": "CompanyA", "account_identifier": "123456", "cc_token": "152686945"},
    ),
    "v1.rewards.list": Case(
        lambda c: c.v1.rewards.list(),
        "GET",
        f"{V1}/rewards",
        {"success": True, "brands": []},
        v1.RewardsCatalog,
    ),
    "v1.orders.create": Case(
        lambda c: c.v1.orders.create(
            customer="CompanyA",
            account_identifier="123456",
            sku="TNGO-E-V-STD",
            amount=1000,
            recipient=v1.Recipient(name="John", email="j@x.test"),
        ),
        "POST",
        f"{V1}/orders",
        {"success": True, "order": {"order_id": "123-12345678-12", "amount": 1000}},
        v1.Order,
        body={
            "customer": "CompanyA",
            "account_identifier": "123456",
            "recipient": {"name": "John", "email": "j@x.test"},
            "sku": "TNGO-E-V-STD",
            "amount": 1000,
        },
        status=201,
    ),
    "v1.orders.get": Case(
        lambda c: c.v1.orders.get("123-12345678-12"),
        "GET",
        f"{V1}/orders/123-12345678-12",
        {"success": True, "order": {"order_id": "123-12345678-12"}},
        v1.Order,
    ),
    "v1.orders.list": Case(
        lambda c: first(c.v1.orders.list(customer="CompanyA")),
        "GET",
        f"{V1}/orders?customer=CompanyA&limit=100&offset=0",
        {"success": True, "total_count": 1, "orders": [{"order_id": "1"}]},
        v1.Order,
    ),
    "v1.orders.resend": Case(
        lambda c: c.v1.orders.resend("123-12345678-12"),
        "POST",
        f"{V1}/orders/123-12345678-12/resend",
        {"success": True},
        type(None),
    ),
    # ---- v2 webhooks
    "v2.webhooks.create": Case(
        lambda c: c.v2.webhooks.create(url="https://hooks.acme.test/", categories=["ORDER"]),
        "POST",
        f"{V2}/webhooks",
        {"webhookId": "w1", "url": "https://hooks.acme.test/", "categories": ["ORDER"]},
        v2.Webhook,
        body={"url": "https://hooks.acme.test/", "categories": ["ORDER"]},
        status=201,
    ),
    "v2.webhooks.list": Case(
        lambda c: first(c.v2.webhooks.list(header_name="Authorization")),
        "GET",
        f"{V2}/webhooks?headerName=Authorization&maxResults=200&paginate=true",
        {"items": [{"webhookId": "w1"}], "nextPageAvailable": False},
        v2.Webhook,
    ),
    "v2.webhooks.event_types": Case(
        lambda c: first(c.v2.webhooks.event_types(category="ACCOUNT")),
        "GET",
        f"{V2}/webhooks/eventtypes?category=ACCOUNT&maxResults=200&paginate=true",
        {"items": [{"category": "ACCOUNT", "eventTypes": ["LowBalance"]}], "nextPageAvailable": False},
        v2.WebhookEventType,
    ),
    "v2.webhooks.get": Case(
        lambda c: c.v2.webhooks.get("w1"),
        "GET",
        f"{V2}/webhooks/w1",
        {"webhookId": "w1"},
        v2.Webhook,
    ),
    "v2.webhooks.update": Case(
        lambda c: c.v2.webhooks.update("w1", event_types=["LowBalance"]),
        "PATCH",
        f"{V2}/webhooks/w1",
        {"webhookId": "w1", "eventTypes": ["LowBalance"]},
        v2.Webhook,
        body={"eventTypes": ["LowBalance"]},
    ),
    "v2.webhooks.delete": Case(
        lambda c: c.v2.webhooks.delete("w1"),
        "DELETE",
        f"{V2}/webhooks/w1",
        None,
        type(None),
    ),
    "v2.webhooks.events": Case(
        lambda c: first(c.v2.webhooks.events("w1", from_revision=2)),
        "GET",
        f"{V2}/webhooks/w1/events?fromRevision=2&maxResults=200&paginate=true",
        {"items": [{"eventId": "e2", "revision": 2, "eventData": {}}], "nextPageAvailable": False},
        v2.WebhookEvent,
    ),
    "v2.webhooks.replay": Case(
        lambda c: c.v2.webhooks.replay("w1", from_revision=1, to_revision=3),
        "POST",
        f"{V2}/webhooks/w1/replay?fromRevision=1&toRevision=3",
        {"webhookId": "w1"},
        type(None),
    ),
    "v2.webhooks.renew": Case(
        lambda c: c.v2.webhooks.renew("w1"),
        "POST",
        f"{V2}/webhooks/w1/renew",
        {"webhookId": "w1", "expiresAt": "2026-07-01T00:00:00Z"},
        v2.WebhookRenewal,
    ),
    "v2.webhooks.test": Case(
        lambda c: c.v2.webhooks.test("w1", "LowBalance"),
        "POST",
        f"{V2}/webhooks/w1/tests/LowBalance",
        {"eventId": "e9"},
        type(None),
    ),
    "v2.status.get": Case(
        lambda c: c.v2.status.get(), "GET", f"{V2}/pulse", {"status": "UP"}, v2.SystemStatus
    ),
    "v2.low_balance_alerts.create": Case(
        lambda c: c.v2.low_balance_alerts.create(
            "acme-hr", "acme-hr-q1", balance_alert_threshold=Decimal("50")
        ),
        "POST",
        f"{V2}/customers/acme-hr/accounts/acme-hr-q1/lowbalance",
        {"balanceAlertID": "a1"},
        v2.LowBalanceAlert,
        body={"balanceAlertThreshold": 50},
    ),
    "v2.low_balance_alerts.list": Case(
        lambda c: first(c.v2.low_balance_alerts.list("acme-hr", "acme-hr-q1")),
        "GET",
        f"{V2}/customers/acme-hr/accounts/acme-hr-q1/lowbalance?elementsPerBlock=100&page=0",
        {"lowBalanceAlerts": [{"balanceAlertID": "a1"}], "page": {"totalElements": 1}},
        v2.LowBalanceAlert,
    ),
    "v2.low_balance_alerts.get": Case(
        lambda c: c.v2.low_balance_alerts.get("acme-hr", "acme-hr-q1", "a1"),
        "GET",
        f"{V2}/customers/acme-hr/accounts/acme-hr-q1/lowbalance/a1",
        {"balanceAlertID": "a1"},
        v2.LowBalanceAlert,
    ),
    "v2.low_balance_alerts.update": Case(
        lambda c: c.v2.low_balance_alerts.update(
            "acme-hr", "acme-hr-q1", "a1", balance_alert_display_name="Low"
        ),
        "PATCH",
        f"{V2}/customers/acme-hr/accounts/acme-hr-q1/lowbalance/a1",
        {"balanceAlertID": "a1"},
        v2.LowBalanceAlert,
        body={"balanceAlertDisplayName": "Low"},
    ),
    "v2.low_balance_alerts.delete": Case(
        lambda c: c.v2.low_balance_alerts.delete("acme-hr", "acme-hr-q1", "a1"),
        "DELETE",
        f"{V2}/customers/acme-hr/accounts/acme-hr-q1/lowbalance/a1",
        {"balanceAlertID": "a1", "status": "DELETED"},
        v2.LowBalanceAlertDeleted,
    ),
    "v2.line_items.list": Case(
        lambda c: first(c.v2.line_items.list(status="FROZEN")),
        "GET",
        f"{V2}/lineItems?elementsPerBlock=100&status=FROZEN",
        {"keysetPage": {"nextPageKeys": []}, "lineItems": [{"referenceLineItemID": "li"}]},
        v2.LineItem,
    ),
    "v2.line_items.reason_codes": Case(
        lambda c: c.v2.line_items.reason_codes(),
        "GET",
        f"{V2}/lineItems/reasonCodes",
        {"FREEZE": {"FRAUD": "Fraud"}},
        v2.ReasonCodes,
    ),
    "v2.line_items.get": Case(
        lambda c: c.v2.line_items.get("li"),
        "GET",
        f"{V2}/lineItems/li",
        {"referenceLineItemID": "li"},
        v2.LineItem,
    ),
    "v2.line_items.update": Case(
        lambda c: c.v2.line_items.update("li", campaign="spring"),
        "PATCH",
        f"{V2}/lineItems/li",
        "Accepted",
        type(None),
        body={"campaign": "spring"},
        status=202,
    ),
    "v2.line_items.cancel": Case(
        lambda c: c.v2.line_items.cancel("li", reason_code="DUPLICATE"),
        "POST",
        f"{V2}/lineItems/li/cancel",
        "Accepted",
        type(None),
        body={"reasonCode": "DUPLICATE"},
        status=202,
    ),
    "v2.line_items.freeze": Case(
        lambda c: c.v2.line_items.freeze("li", reason_code="FRAUD"),
        "POST",
        f"{V2}/lineItems/li/freeze",
        "Accepted",
        type(None),
        body={"reasonCode": "FRAUD"},
        status=202,
    ),
    "v2.line_items.unfreeze": Case(
        lambda c: c.v2.line_items.unfreeze("li", reason_code="OTHER", other_reason="checked"),
        "POST",
        f"{V2}/lineItems/li/unfreeze",
        "Accepted",
        type(None),
        body={"reasonCode": "OTHER", "otherReason": "checked"},
        status=202,
    ),
    "v2.line_items.reissue": Case(
        lambda c: c.v2.line_items.reissue("li", reason_code="RECIPIENT", notes="new address"),
        "POST",
        f"{V2}/lineItems/li/reissue",
        {"referenceOrderID": "RA1", "referenceLineItemID": "li2"},
        v2.Order,
        body={"reasonCode": "RECIPIENT", "notes": "new address"},
        status=201,
    ),
    "v2.line_items.resend": Case(
        lambda c: c.v2.line_items.resend("li", reason_code="NOT_RECEIVED"),
        "POST",
        f"{V2}/lineItems/li/resends",
        {"id": 1},
        v2.LineItemResent,
        body={"reasonCode": "NOT_RECEIVED"},
        status=201,
    ),
    "v2.line_items.embedded_url": Case(
        lambda c: c.v2.line_items.embedded_url("li"),
        "GET",
        f"{V2}/lineItems/li/embeddedUrl",
        {"url": "https://rewards.test/li"},
        v2.EmbeddedUrl,
    ),
    "v2.digital_templates.create": Case(
        lambda c: c.v2.digital_templates.create(
            name="Thanks",
            from_name="Team",
            subject="Hi",
            header_image="aGk=",
            header_image_alt_text="logo",
            accent_color="#000",
            message_body="Thanks",
            closing="Bye",
        ),
        "POST",
        f"{V2}/digitalTemplates",
        {"etid": "E000001"},
        v2.DigitalTemplate,
        body={
            "name": "Thanks",
            "fromName": "Team",
            "subject": "Hi",
            "headerImage": "aGk=",
            "headerImageAltText": "logo",
            "accentColor": "#000",
            "messageBody": "Thanks",
            "closing": "Bye",
        },
        status=201,
    ),
    "v2.digital_templates.list": Case(
        lambda c: first(c.v2.digital_templates.list()),
        "GET",
        f"{V2}/digitalTemplates?elementsPerBlock=100&page=0",
        {"page": {"totalCount": 1}, "emailTemplates": [{"etid": "E000001"}]},
        v2.DigitalTemplate,
    ),
    "v2.digital_templates.get": Case(
        lambda c: c.v2.digital_templates.get("E000001"),
        "GET",
        f"{V2}/digitalTemplates/E000001",
        {"etid": "E000001"},
        v2.DigitalTemplate,
    ),
    "v2.digital_templates.update": Case(
        lambda c: c.v2.digital_templates.update("E000001", subject="Hi"),
        "PATCH",
        f"{V2}/digitalTemplates/E000001",
        {"etid": "E000001"},
        v2.DigitalTemplate,
        body={"subject": "Hi"},
    ),
    "v2.digital_templates.delete": Case(
        lambda c: c.v2.digital_templates.delete("E000001"),
        "DELETE",
        f"{V2}/digitalTemplates/E000001",
        None,
        type(None),
        status=204,
    ),
    "v2.choice_products.list": Case(
        lambda c: c.v2.choice_products.list(currency_code="USD"),
        "GET",
        f"{V2}/choiceProducts?currencyCode=USD",
        {"choiceProducts": [{"utid": "U561593"}]},
        list,
    ),
    "v2.choice_products.get": Case(
        lambda c: c.v2.choice_products.get("U561593"),
        "GET",
        f"{V2}/choiceProducts/U561593",
        {"utid": "U561593"},
        v2.ChoiceProduct,
    ),
    "v2.choice_products.catalog": Case(
        lambda c: c.v2.choice_products.catalog("U561593"),
        "GET",
        f"{V2}/choiceProducts/U561593/catalog",
        {"catalogName": "c", "brands": []},
        v2.Catalog,
    ),
    "v2.countries.rewards": Case(
        lambda c: first(c.v2.countries.rewards()),
        "GET",
        f"{V2}/rewardCountries?maxResults=200&paginate=true",
        {"items": [{"twoLetterCode": "US"}], "nextPageAvailable": False},
        v2.RewardCountry,
    ),
    "v2.countries.mobile": Case(
        lambda c: c.v2.countries.mobile(), "GET", f"{V2}/mobileCountries", [{"isoCode": "US"}], list
    ),
    "v2.prepaid_cards.add_comment": Case(
        lambda c: c.v2.prepaid_cards.add_comment("li", comment_text="lost", issue_description="card lost"),
        "POST",
        f"{V2}/prepaidCardService/addCommentEscalation/li",
        {"status": "ACCEPTED"},
        v2.CommentEscalationResult,
        body={"commentText": "lost", "issueDescription": "card lost"},
    ),
    "v2.prepaid_cards.get": Case(
        lambda c: c.v2.prepaid_cards.get("li"),
        "GET",
        f"{V2}/prepaidCardService/getCardInfo/li",
        {"card": {}},
        v2.PrepaidCardInfo,
    ),
    "v2.prepaid_cards.transactions": Case(
        lambda c: c.v2.prepaid_cards.transactions("li", page=1),
        "GET",
        f"{V2}/prepaidCardService/getCardTransactions/li?page=1",
        {"journal": []},
        v2.PrepaidTransactions,
    ),
    "v2.prepaid_cards.replacement_reasons": Case(
        lambda c: c.v2.prepaid_cards.replacement_reasons(),
        "GET",
        f"{V2}/prepaidCardService/replacementReasons",
        {"replacementReasons": {"LOST": "Lost"}},
        v2.ReplacementReasons,
    ),
    "v2.async_orders.create": Case(
        lambda c: c.v2.async_orders.create(
            customer_identifier="acme-hr",
            account_identifier="acme-hr-q1",
            external_ref_id="ord1",
            line_items=[
                v2.AsyncLineItemCreate(
                    utid="U1",
                    amount=5,
                    recipient=v2.Recipient(email="a@b.test"),
                    external_ref_line_item_id="l1",
                )
            ],
        ),
        "POST",
        f"{V2}/asyncOrders",
        {"externalRefID": "ord1", "status": "PENDING", "totalLineItems": 1},
        AsyncOrderResult,
        body={
            "customerIdentifier": "acme-hr",
            "accountIdentifier": "acme-hr-q1",
            "externalRefID": "ord1",
            "lineItems": [
                {
                    "externalRefLineItemID": "l1",
                    "utid": "U1",
                    "amount": 5,
                    "deliveryMethod": "EMAIL",
                    "recipient": {"email": "a@b.test"},
                }
            ],
        },
        status=202,
    ),
    "v2.async_orders.list": Case(
        lambda c: first(c.v2.async_orders.list(account_identifier="acme-hr-q1")),
        "GET",
        f"{V2}/asyncOrders?accountIdentifier=acme-hr-q1&maxResults=100",
        {"orders": [{"externalRefID": "ord1"}], "nextCursor": None},
        v2.AsyncOrderSummary,
    ),
    "v2.async_orders.get": Case(
        lambda c: c.v2.async_orders.get("acme-hr", "acme-hr-q1", "ord1", failed_only=True),
        "GET",
        f"{V2}/asyncOrders/customers/acme-hr/accounts/acme-hr-q1/ord1?failedOnly=true",
        {"externalRefID": "ord1", "orderStatus": "PENDING", "lineItems": [], "pagination": {}},
        v2.AsyncOrderDetail,
    ),
    "v2.async_orders.update": Case(
        lambda c: c.v2.async_orders.update("acme-hr", "acme-hr-q1", "ord1", notes="paid"),
        "PATCH",
        f"{V2}/asyncOrders/customers/acme-hr/accounts/acme-hr-q1/ord1",
        {"externalRefID": "ord1", "notes": "paid"},
        v2.AsyncOrderDetail,
        body={"notes": "paid"},
    ),
    "v2.async_orders.line_items": Case(
        lambda c: first(
            c.v2.async_orders.line_items(
                "acme-hr", "acme-hr-q1", "ord1", external_ref_line_item_ids=["l1", "l2"]
            )
        ),
        "GET",
        f"{V2}/asyncOrders/customers/acme-hr/accounts/acme-hr-q1/ord1/lineItems"
        "?externalRefLineItemIDs=l1&externalRefLineItemIDs=l2&maxResults=100",
        {
            "lineItems": [{"externalRefLineItemID": "l1", "status": "COMPLETE"}],
            "pagination": {"nextCursor": None},
        },
        v2.AsyncOrderLineItem,
    ),
    "v2.async_orders.wait": Case(
        lambda c: c.v2.async_orders.wait("acme-hr", "acme-hr-q1", "ord1"),
        "GET",
        f"{V2}/asyncOrders/customers/acme-hr/accounts/acme-hr-q1/ord1/lineItems?maxResults=100",
        {"orderStatus": "SUCCESSFUL", "lineItems": [{"externalRefLineItemID": "l1", "status": "COMPLETE"}]},
        AsyncOrderOutcome,
    ),
    "v2.async_orders.update_line_item": Case(
        lambda c: c.v2.async_orders.update_line_item("li", line_item_note="checked"),
        "PATCH",
        f"{V2}/asyncOrders/lineItems/li",
        {"note": "checked"},
        v2.AsyncLineItemUpdated,
        body={"lineItemNote": "checked"},
        status=201,
    ),
    "v2.async_orders.reason_codes": Case(
        lambda c: c.v2.async_orders.reason_codes(),
        "GET",
        f"{V2}/asyncOrders/reasonCodes",
        {"reasonCodes": {"CANCEL": {"CANCEL_1": "Sent in error"}}},
        v2.AsyncReasonCodes,
    ),
    "v2.prepaid_cards.reissue": Case(
        lambda c: c.v2.prepaid_cards.reissue("li", reason="LOST", updated_by="ops"),
        "POST",
        f"{V2}/prepaidCardService/reissueCard/li",
        {"status": "ACCEPTED"},
        v2.PrepaidStatus,
        body={"reason": "LOST", "updatedBy": "ops"},
    ),
    "v2.prepaid_cards.update_account": Case(
        lambda c: c.v2.prepaid_cards.update_account("li", registration={"firstName": "Ann"}),
        "POST",
        f"{V2}/prepaidCardService/updateAccount/li",
        {"status": "ACCEPTED"},
        v2.PrepaidStatus,
        body={"registration": {"firstName": "Ann"}},
    ),
}


def test_every_public_resource_method_has_a_case() -> None:
    client = RaasClient("p", "k", base_url="https://api.test")
    methods = {
        f"{version}.{group}.{name}"
        for version in ("v1", "v2")
        for group, resource in vars(getattr(client, version)).items()
        for name in dir(resource)
        if not name.startswith("_") and callable(getattr(resource, name)) and name != "api"
    }
    assert methods == set(CASES)


@pytest.mark.parametrize("name", list(CASES))
async def test_resource_method(harness: Harness, name: str) -> None:
    case = CASES[name]
    getattr(harness.mock, case.method.lower())(case.url, status=case.status, payload=case.answer)
    result = await case.call(harness.client)
    assert isinstance(result, case.returns)
    (recorded,) = harness.calls_to(case.method, case.url)
    if case.body is not None:
        assert orjson.loads(recorded.kwargs["data"]) == case.body
    else:
        assert recorded.kwargs.get("data") is None


GENERATED_ID = r"[a-zA-Z0-9]{1,100}"


@pytest.mark.parametrize(
    ("url", "answer", "call"),
    [
        (
            f"{V2}/orders",
            {"referenceOrderID": "RA1", "utid": "U1", "amountCharged": {"value": 5}},
            lambda c: c.v2.orders.create(
                customer_identifier="acme-hr",
                account_identifier="acme-hr-q1",
                utid="U1",
                amount=5,
                recipient=v2.Recipient(email="a@b.test"),
            ),
        ),
        (
            f"{V2}/creditCardDeposits",
            {"referenceDepositID": "RAD-1", "amount": 100},
            lambda c: c.v2.deposits.create(
                customer_identifier="acme-hr",
                account_identifier="acme-hr-q1",
                credit_card_token="t",
                amount=100,
            ),
        ),
        (
            f"{V2}/transferFunds",
            {"transferredAmount": 5},
            lambda c: c.v2.transfers.create(transfer_from="acme-a", transfer_to="acme-b", amount=5),
        ),
    ],
    ids=["orders", "deposits", "transfers"],
)
async def test_generated_external_ref_ids_are_alphanumeric(
    harness: Harness, url: str, answer: dict[str, Any], call: Callable[[RaasClient], Awaitable[Any]]
) -> None:
    harness.mock.post(url, status=201, payload=answer)
    harness.mock.post(url, status=201, payload=answer)
    await call(harness.client)
    await call(harness.client)
    sent = [body["externalRefID"] for body in harness.bodies("POST", re.escape(url))]
    assert len(sent) == 2
    assert sent[0] != sent[1]
    assert all(re.fullmatch(GENERATED_ID, ref) for ref in sent), sent
