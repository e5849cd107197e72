"""Shared helpers for the tests that run aioraas's own client against the emulator.

Unlike ``emulator_support`` (a raw aiohttp client written against the docs), these tests use
:class:`aioraas.RaasClient` end to end over 127.0.0.1: resource method -> transport -> HTTP ->
emulator -> JSON -> converter -> model. What the client returns is checked against what the
emulator holds (``emu.state``), so neither side can agree with itself by mistake.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator
from contextlib import asynccontextmanager
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, TypeVar

from aioraas import RaasClient
from aioraas.emulator.server import Emulator
from aioraas.models import v1, v2

T = TypeVar("T")

CUSTOMER = "acme-hr"
ACCOUNT = "acme-hr-q1"
CENT = Decimal("0.01")

GOOD_CARD = "4111111111111111"
DECLINING_CARDS = {
    "4000000000000002": "CC_DECLINED",
    "4000000000000119": "CC_ERROR",
    "4000000000009235": "CC_REVIEW",
    "4000000000000010": "CC_UNKNOWN",
}
SECURITY_CODE = "123"

# Catalog items the tests rely on (seeded in the emulator's catalog).
TANGO_CARD = "U561593"  # variable 1.00-1000.00 USD, no fee, redemptionUrl + securityCode
AMAZON = "U157189"  # variable USD
APPLE_25 = "U666426"  # fixed 25 USD
APPLE_100_INACTIVE = "U666428"
VISA_WITH_FEE = "U903781"  # variable USD with a 2.5 % fee
VISA_QR = "U903782"  # fixed 50 USD; first credential has the unknown type "qrCode"
MS_GBP_10 = "U731005"  # fixed 10 GBP


def client_for(emu: Emulator, **options: Any) -> RaasClient:
    """A real client pointed at ``emu`` with its credentials (``options`` override the defaults)."""
    settings: dict[str, Any] = {
        "platform_name": emu.platform_name,
        "platform_key": emu.platform_key,
        "base_url": emu.url,
    }
    settings.update(options)
    return RaasClient(**settings)


@asynccontextmanager
async def connected(
    client_options: dict[str, Any] | None = None, **emulator_options: Any
) -> AsyncIterator[tuple[Emulator, RaasClient]]:
    """An emulator running in this event loop (with ``emulator_options``) and a client for it."""
    async with Emulator(**emulator_options) as emu, client_for(emu, **(client_options or {})) as raas:
        yield emu, raas


async def collect(items: AsyncIterable[T]) -> list[T]:
    """Every item of a paginator (or any async iterable), in order."""
    return [item async for item in items]


def money(value: Decimal | int | str) -> Decimal:
    """``value`` rounded half up to the cent, as the API rounds money."""
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def v2_card(number: str = GOOD_CARD) -> v2.CardDetails:
    return v2.CardDetails(number=number, expiration="2031-08", verification_number=SECURITY_CODE)


def v2_billing() -> v2.BillingAddress:
    return v2.BillingAddress(
        first_name="Ann",
        last_name="Lee",
        address_line1="1 Main Street",
        city="Springfield",
        state="WA",
        postal_code="99196",
        country="US",
        email_address="billing@acme.test",
    )


async def register_v2_card(
    raas: RaasClient,
    number: str = GOOD_CARD,
    *,
    customer: str = CUSTOMER,
    account: str = ACCOUNT,
    label: str = "Corporate card",
) -> v2.CreditCard:
    return await raas.v2.credit_cards.register(
        customer_identifier=customer,
        account_identifier=account,
        ip_address="127.0.0.1",
        label=label,
        credit_card=v2_card(number),
        billing_address=v2_billing(),
        contact_information=[v2.ContactInfo(full_name="Ann Lee", email_address="ann@acme.test")],
    )


def v1_card(number: str = GOOD_CARD) -> v1.CreditCard:
    return v1.CreditCard(
        number=number,
        security_code=SECURITY_CODE,
        expiration="2031-08",
        billing_address=v1.BillingAddress(
            f_name="John",
            l_name="Doe",
            address="1234 Fake St",
            city="Springfield",
            state="WA",
            zip="99196",
            country="USA",
            email="billing@example.com",
        ),
    )


def recipient(n: int = 0) -> v2.Recipient:
    return v2.Recipient(email=f"winner{n}@example.com", first_name="Ann", last_name=f"Lee{n}")
