"""The rest of v2 through aioraas's own client against the emulator: every operation of spec/v2 is
reachable, and the lifecycles of alerts, line items and templates run end to end."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from aioraas import RaasClient, errors
from aioraas.models import v2
from tests.integration.client_support import (
    ACCOUNT,
    CUSTOMER,
    TANGO_CARD,
    VISA_WITH_FEE,
    connected,
    v2_billing,
    v2_card,
)

SPEC = Path(__file__).resolve().parents[2] / "spec" / "v2" / "openapi.json"
RECIPIENT = v2.Recipient(email="ann@example.com", first_name="Ann", last_name="Lee")


def _operations() -> list[tuple[str, str, dict[str, Any]]]:
    document = json.loads(SPEC.read_text(encoding="utf-8"))
    return [
        (method.upper(), route, op)
        for route, item in document["paths"].items()
        for method, op in item.items()
    ]


# What OAS26 requires of a new digital template besides its name.
TEMPLATE = {
    "from_name": "Rewards team",
    "subject": "Thank you",
    "header_image": "aGVhZGVy",
    "header_image_alt_text": "Our logo",
    "accent_color": "#336699",
    "message_body": "Thanks for your help this quarter.",
    "closing": "The rewards team",
}


def _snake(name: str) -> str:
    name = name.replace("ID", "Id")
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


async def _order(raas: RaasClient, **fields: Any) -> v2.Order:
    settings: dict[str, Any] = {
        "customer_identifier": CUSTOMER,
        "account_identifier": ACCOUNT,
        "utid": TANGO_CARD,
        "amount": Decimal("25.00"),
        "delivery_method": "EMAIL",
        "recipient": RECIPIENT,
    }
    settings.update(fields)
    return (await raas.v2.orders.create(**settings)).order


async def test_every_operation_of_the_spec_is_reachable_through_the_client() -> None:
    operations = _operations()
    # 23 before; 32 added: status, alerts, line items, templates, choice, countries, prepaid; 11 webhooks;
    # 7 async orders.
    assert len(operations) == 73
    async with connected() as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("500.00"))
        line_item = (await _order(raas)).reference_line_item_id
        prepaid = (await _order(raas, utid=VISA_WITH_FEE, amount=Decimal("40.00"))).reference_line_item_id
        alert = await raas.v2.low_balance_alerts.create(CUSTOMER, ACCOUNT, balance_alert_threshold=Decimal(1))
        template = await raas.v2.digital_templates.create(name="Route check", **TEMPLATE)
        placed = await raas.v2.async_orders.create(
            customer_identifier=CUSTOMER,
            account_identifier=ACCOUNT,
            line_items=[v2.AsyncLineItemCreate(utid=TANGO_CARD, amount=Decimal(5), recipient=RECIPIENT)],
        )
        webhook = await raas.v2.webhooks.create(
            url="http://127.0.0.1:9/route-check", event_types=["LowBalance"]
        )
        values = {
            "webhook_id": webhook.webhook_id,
            "test_name": "LowBalance",
            "customer_identifier": CUSTOMER,
            "account_identifier": ACCOUNT,
            "reference_line_item_id": line_item,
            "balance_alert_id": alert.balance_alert_id,
            "etid": template.etid,
            "utid": TANGO_CARD,
            "choice_product_utid": TANGO_CARD,
            "reference_order_id": "RA000000-00000-00",
            "reference_deposit_id": "RAD-000000-0000",
            "token": "no-such-card",
            "external_ref_id": placed.external_ref_id,
        }
        # Bodies for the operations whose request has required fields (by operationId).
        bodies: dict[str, dict[str, Any]] = {
            "createCustomer": {"customer_identifier": "route-check", "display_name": "Route check"},
            "createAccount": {
                "account_identifier": "route-check-b",
                "display_name": "Route check",
                "contact_email": "ops@example.com",
            },
            "createOrder": {
                "customer_identifier": CUSTOMER,
                "account_identifier": ACCOUNT,
                "utid": TANGO_CARD,
                "amount": Decimal(5),
                "delivery_method": "EMAIL",
                "recipient": RECIPIENT,
            },
            "registerCreditCard": {
                "customer_identifier": CUSTOMER,
                "account_identifier": ACCOUNT,
                "ip_address": "203.0.113.7",
                "label": "Main",
                "credit_card": v2_card(),
                "billing_address": v2_billing(),
            },
            "unregisterCreditCard": {
                "customer_identifier": CUSTOMER,
                "account_identifier": ACCOUNT,
                "credit_card_token": "no-such-card",
            },
            "createDeposit": {
                "customer_identifier": CUSTOMER,
                "account_identifier": ACCOUNT,
                "credit_card_token": "no-such-card",
                "amount": Decimal(10),
            },
            "createTransfer": {
                "transfer_from": ACCOUNT,
                "transfer_to": "route-check-b",
                "amount": Decimal(1),
            },
            "createAsyncOrder": {
                "customer_identifier": CUSTOMER,
                "account_identifier": ACCOUNT,
                "line_items": [
                    v2.AsyncLineItemCreate(utid=TANGO_CARD, amount=Decimal(5), recipient=RECIPIENT)
                ],
            },
            "createWebhook": {"url": "http://127.0.0.1:9/route-check-2"},
            "createDigitalTemplate": {"name": "Route check 2", **TEMPLATE},
            "cancelLineItem": {"reason_code": "DUPLICATE"},
            "freezeLineItem": {"reason_code": "FRAUD"},
            "unfreezeLineItem": {"reason_code": "FRAUD"},
            "reissueLineItem": {"reason_code": "RECIPIENT"},
            "addCommentEscalation": {"comment_text": "hello", "issue_description": "check"},
            "reissueCard": {"reason": "LOST", "updated_by": "ops"},
            "updateCardAccount": {"registration": {"firstName": "Ann"}},
        }
        reached, missing = 0, []
        # Deletes last, so that every other operation still finds what it names.
        for method, route, op in sorted(operations, key=lambda operation: operation[0] == "DELETE"):
            resource = getattr(raas.v2, op["x-aioraas-resource"])
            call = getattr(resource, op["x-aioraas-method"])
            path_names = [_snake(p["name"]) for p in op.get("parameters", []) if p["in"] == "path"]
            args = [values[n] for n in path_names]
            if route.startswith("/prepaidCardService/") and "{" in route:
                args = [prepaid]
            try:
                result = call(*args, **bodies.get(op["operationId"], {}))
                if hasattr(result, "__aiter__"):
                    async for _ in result:
                        break
                else:
                    await result
            except errors.ApiError as exc:
                # A handler's own refusal is fine; the router's 404.001 or a 405 means no route.
                if exc.status == 405 or (exc.status == 404 and exc.i18n_key in (None, "404.001")):
                    missing.append(f"{method} {route}: {exc}")
            reached += 1
        assert missing == []
        assert reached == len(operations)


async def test_status_get() -> None:
    async with connected() as (_, raas):
        status = await raas.v2.status.get()
        assert status.status == "UP"


async def test_alert_is_marked_when_the_balance_falls_under_it() -> None:
    async with connected() as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("100.00"))
        alert = await raas.v2.low_balance_alerts.create(
            CUSTOMER, ACCOUNT, balance_alert_display_name="Top up", balance_alert_threshold=Decimal("50.00")
        )
        assert alert.balance_alert_threshold == Decimal("50.00")
        await _order(raas, amount=Decimal("25.00"))
        assert emu.state.alerts(ACCOUNT)[0].triggered_count == 0
        await _order(raas, amount=Decimal("30.00"))
        assert emu.state.alerts(ACCOUNT)[0].triggered_count == 1
        listed = [a.balance_alert_id async for a in raas.v2.low_balance_alerts.list(CUSTOMER, ACCOUNT)]
        assert listed == [alert.balance_alert_id]
        changed = await raas.v2.low_balance_alerts.update(
            CUSTOMER, ACCOUNT, alert.balance_alert_id, balance_alert_threshold=Decimal("10")
        )
        assert changed.balance_alert_threshold == Decimal("10.00")
        deleted = await raas.v2.low_balance_alerts.delete(CUSTOMER, ACCOUNT, alert.balance_alert_id)
        assert deleted.status == "DELETED"


async def test_line_item_freeze_resend_refused_unfreeze_cancel_refunds_to_the_cent() -> None:
    async with connected() as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("100.00"))
        order = await _order(raas, utid=VISA_WITH_FEE, amount=Decimal("12.34"))
        line_item = order.reference_line_item_id
        assert emu.state.balance(ACCOUNT) < Decimal("87.66")  # the fee was charged too
        listed = raas.v2.line_items.list(reference_order_id=order.reference_order_id)
        assert [li.reference_line_item_id async for li in listed] == [line_item]
        codes = await raas.v2.line_items.reason_codes()
        assert codes.freeze is not None
        assert "FRAUD" in codes.freeze
        await raas.v2.line_items.freeze(line_item, reason_code="FRAUD")
        assert (await raas.v2.line_items.get(line_item)).status == "FROZEN"
        with pytest.raises(errors.ApiError) as refused:
            await raas.v2.line_items.resend(line_item, reason_code="NOT_RECEIVED")
        assert (refused.value.status, refused.value.i18n_key) == (422, "422.152")
        await raas.v2.line_items.unfreeze(line_item, reason_code="FRAUD")
        await raas.v2.line_items.cancel(line_item, reason_code="DUPLICATE")
        assert emu.state.balance(ACCOUNT) == Decimal("100.00")
        assert (await raas.v2.line_items.get(line_item)).status == "CANCELLED"


async def test_line_items_keyset_pages() -> None:
    async with connected() as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("500.00"))
        made = [(await _order(raas, amount=Decimal(5 + n))).reference_line_item_id for n in range(3)]
        pages = [page async for page in raas.v2.line_items.list(elements_per_block=2).pages()]
        assert [len(page.items) for page in pages] == [2, 1]
        seen = [li.reference_line_item_id for page in pages for li in page.items]
        assert seen == list(reversed(made))
        ascending = raas.v2.line_items.list(column_sort_ascending=True, elements_per_block=100)
        assert [li.reference_line_item_id async for li in ascending] == made


async def test_template_used_then_deleted_then_refused() -> None:
    async with connected() as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("100.00"))
        template = await raas.v2.digital_templates.create(name="Q1 thanks", **TEMPLATE)
        assert template.etid is not None
        assert (await _order(raas, etid=template.etid)).etid == template.etid
        assert [t.etid async for t in raas.v2.digital_templates.list()] == [template.etid]
        await raas.v2.digital_templates.delete(template.etid)
        with pytest.raises(errors.ApiError) as refused:
            await _order(raas, etid=template.etid)
        assert (refused.value.status, refused.value.i18n_key) == (422, "422.031")


async def test_choice_products_countries_and_prepaid() -> None:
    async with connected() as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("100.00"))
        products = await raas.v2.choice_products.list()
        assert [p.utid for p in products] == [TANGO_CARD]
        catalog = await raas.v2.choice_products.catalog(TANGO_CARD)
        assert catalog.brands
        countries = [c.two_letter_code async for c in raas.v2.countries.rewards(max_results=3)]
        assert len(countries) == len(set(countries)) >= 10
        assert any(c.iso_code == "US" for c in await raas.v2.countries.mobile())
        prepaid = (await _order(raas, utid=VISA_WITH_FEE, amount=Decimal("40.00"))).reference_line_item_id
        info = await raas.v2.prepaid_cards.get(prepaid)
        assert info.balance is not None
        outcome = await raas.v2.prepaid_cards.reissue(prepaid, reason="LOST", updated_by="ops")
        assert outcome.status == "ACCEPTED"
