"""The seeded catalog: brands, their items, and how each item's reward credentials look.

The data is fixed (the same on every run) and covers what a client has to cope with: fixed and
variable items in USD, CAD, GBP and EUR, an inactive item, an item that only takes whole amounts,
an item with a fee, a donation, every credential ``type`` (text, url, barcode, date) and one item
whose credential type is unknown to clients. ``extra_brands`` adds synthetic brands for benchmarks
that need a large catalog.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType

__all__ = ["Brand", "Catalog", "Category", "CredentialSpec", "Item", "build_catalog"]

_NAMESPACE = uuid.UUID("6f1b8f3e-2a57-4c1e-9a55-0d7f3c1e2b10")
_IMAGE_HOST = "https://images.example.com/brands"
CREATED_DATE = "2019-05-01T12:00:00.000Z"
UPDATED_DATE = "2024-02-01T08:30:00.000Z"


@dataclass(frozen=True, slots=True)
class Category:
    """A brand category (GET /brandCategories)."""

    identifier: str
    description: str


def _category(description: str) -> Category:
    return Category(str(uuid.uuid5(_NAMESPACE, description)), description)


CATEGORIES = tuple(
    _category(name)
    for name in ("Food & Beverage", "Retail", "Entertainment", "Charity", "Prepaid", "Multi-brand")
)


@dataclass(frozen=True, slots=True)
class CredentialSpec:
    """One credential an order for the item returns: its label, display type and credential type."""

    label: str
    type: str
    credential_type: str


@dataclass(frozen=True, slots=True)
class Item:
    """A catalog item (a UTID in v2, a SKU in v1). Amounts are in ``currency`` major units."""

    utid: str
    sku: str
    reward_name: str
    currency: str
    credentials: tuple[CredentialSpec, ...]
    face_value: Decimal | None = None
    min_value: Decimal | None = None
    max_value: Decimal | None = None
    status: str = "active"
    reward_type: str = "gift card"
    countries: tuple[str, ...] = ("US",)
    whole_amount_required: bool = False
    fee_percent: Decimal = Decimal(0)
    redemption_instructions: str = "<p>Follow the link or enter the code at checkout.</p>"

    @property
    def is_variable(self) -> bool:
        """Whether the buyer chooses the amount (VARIABLE_VALUE)."""
        return self.face_value is None

    @property
    def value_type(self) -> str:
        """``FIXED_VALUE`` or ``VARIABLE_VALUE``."""
        return "VARIABLE_VALUE" if self.is_variable else "FIXED_VALUE"

    @property
    def active(self) -> bool:
        """Whether the item can be ordered."""
        return self.status == "active"


@dataclass(frozen=True, slots=True)
class Brand:
    """A brand and its items."""

    key: str
    name: str
    categories: tuple[Category, ...]
    items: tuple[Item, ...]
    description: str = ""
    terms: str = "Gift card terms and conditions apply. See the brand's website for details."
    disclaimer: str = ""
    status: str = "active"

    @property
    def image_urls(self) -> dict[str, str]:
        """Image URLs keyed by size, as the v2 catalog shows them."""
        return {size: f"{_IMAGE_HOST}/{self.key}/{size}.png" for size in ("80w-326ppi", "200w-326ppi")}


@dataclass(frozen=True, slots=True)
class Catalog:
    """All brands, with items indexed by UTID and by v1 SKU."""

    brands: tuple[Brand, ...]
    by_utid: Mapping[str, Item]
    by_sku: Mapping[str, Item]
    categories: tuple[Category, ...] = CATEGORIES

    @classmethod
    def of(cls, brands: Sequence[Brand]) -> Catalog:
        """Index ``brands``; UTIDs and SKUs must be unique."""
        by_utid: dict[str, Item] = {}
        by_sku: dict[str, Item] = {}
        for brand in brands:
            for item in brand.items:
                if item.utid in by_utid or item.sku in by_sku:
                    raise ValueError(f"duplicate utid or sku: {item.utid} / {item.sku}")
                by_utid[item.utid] = item
                by_sku[item.sku] = item
        return cls(tuple(brands), MappingProxyType(by_utid), MappingProxyType(by_sku))


# Credential layouts reused by several brands.
_CARD_PIN = (
    CredentialSpec("Card Number", "text", "cardNumber"),
    CredentialSpec("PIN", "text", "pin"),
)
_CARD_PIN_BARCODE = (*_CARD_PIN, CredentialSpec("Barcode", "barcode", "barcode"))
_CLAIM_CODE = (CredentialSpec("Claim Code", "text", "claimCode"),)
_D = Decimal


def _seeded_brands() -> list[Brand]:
    cat = {c.description: c for c in CATEGORIES}
    zalando = (
        CredentialSpec("Gift Code", "text", "claimCode"),
        CredentialSpec("Redemption URL", "url", "redemptionUrl"),
    )
    eurozone = ("DE", "AT", "FR", "NL", "BE", "IT", "ES")
    return [
        Brand(
            "B916708",
            "Tango Card",
            (cat["Multi-brand"],),
            (
                Item(
                    "U561593",
                    "TNGO-E-V-STD",
                    "Tango Card",
                    "USD",
                    (
                        CredentialSpec("Redemption Link", "url", "redemptionUrl"),
                        CredentialSpec("Security Code", "text", "securityCode"),
                    ),
                    min_value=_D("1.00"),
                    max_value=_D("1000.00"),
                    reward_type="reward link",
                    redemption_instructions="<p>Open the link and choose a brand.</p>",
                ),
            ),
        ),
        Brand(
            "B554569",
            "Amazon.com",
            (cat["Retail"],),
            (
                Item(
                    "U157189",
                    "AMZN-E-V-STD",
                    "Amazon.com Gift Card",
                    "USD",
                    (
                        *_CLAIM_CODE,
                        CredentialSpec("Expiration Date", "date", "expirationDate"),
                    ),
                    min_value=_D("1.00"),
                    max_value=_D("1000.00"),
                    redemption_instructions="<p>Enter the claim code at amazon.com/redeem.</p>",
                ),
            ),
        ),
        Brand(
            "B145326",
            "Apple",
            (cat["Entertainment"],),
            (
                Item(
                    "U666425", "APPL-E-1500-STD", "Apple Gift Card $15", "USD", _CLAIM_CODE, face_value=_D(15)
                ),
                Item(
                    "U666426", "APPL-E-2500-STD", "Apple Gift Card $25", "USD", _CLAIM_CODE, face_value=_D(25)
                ),
                Item(
                    "U666427", "APPL-E-5000-STD", "Apple Gift Card $50", "USD", _CLAIM_CODE, face_value=_D(50)
                ),
                # A retired denomination: still listed, cannot be ordered.
                Item(
                    "U666428",
                    "APPL-E-10000-STD",
                    "Apple Gift Card $100",
                    "USD",
                    _CLAIM_CODE,
                    face_value=_D(100),
                    status="inactive",
                ),
            ),
        ),
        Brand(
            "B327341",
            "Starbucks",
            (cat["Food & Beverage"],),
            (
                Item(
                    "U785321",
                    "SBUX-E-V-STD",
                    "Starbucks eGift",
                    "USD",
                    _CARD_PIN_BARCODE,
                    min_value=_D("5.00"),
                    max_value=_D("500.00"),
                    redemption_instructions="<p>Scan the barcode in store.</p>",
                ),
            ),
        ),
        Brand(
            "B243517",
            "Target",
            (cat["Retail"],),
            (
                Item(
                    "U430912",
                    "TRGT-E-V-STD",
                    "Target GiftCard",
                    "USD",
                    (
                        CredentialSpec("Card Number", "text", "cardNumber"),
                        CredentialSpec("Access Number", "text", "pin"),
                        CredentialSpec("Event Number", "text", "eventNumber"),
                    ),
                    min_value=_D("5.00"),
                    max_value=_D("1000.00"),
                    whole_amount_required=True,
                ),
            ),
        ),
        Brand(
            "B771204",
            "Visa Prepaid",
            (cat["Prepaid"],),
            (
                Item(
                    "U903781",
                    "VISA-E-V-STD",
                    "Virtual Visa Prepaid Card",
                    "USD",
                    (
                        CredentialSpec("Card Number", "text", "cardNumber"),
                        CredentialSpec("Security Code", "text", "securityCode"),
                        CredentialSpec("Expiration Date", "date", "expirationDate"),
                    ),
                    min_value=_D("5.00"),
                    max_value=_D("1000.00"),
                    reward_type="prepaid card",
                    fee_percent=_D("2.5"),
                    redemption_instructions="<p>Use it wherever Visa is accepted online.</p>",
                ),
                # Its first credential has a type clients do not know; they must show it as text.
                Item(
                    "U903782",
                    "VISA-E-5000-STD",
                    "Visa Prepaid Card $50 (mobile wallet)",
                    "USD",
                    (
                        CredentialSpec("Wallet Activation", "qrCode", "walletActivationQrCode"),
                        CredentialSpec("Card Number", "text", "cardNumber"),
                    ),
                    face_value=_D(50),
                    reward_type="prepaid card",
                ),
            ),
        ),
        Brand(
            "B480023",
            "American Red Cross",
            (cat["Charity"],),
            (
                Item(
                    "U220014",
                    "ARC-D-V-STD",
                    "Donation to the American Red Cross",
                    "USD",
                    (CredentialSpec("Donation Receipt", "url", "redemptionUrl"),),
                    min_value=_D("1.00"),
                    max_value=_D("1000.00"),
                    reward_type="donation",
                    redemption_instructions="<p>Thank you for your donation.</p>",
                ),
            ),
        ),
        Brand(
            "B612450",
            "Marks & Spencer",
            (cat["Retail"],),
            (
                Item(
                    "U731005",
                    "MKSP-E-1000-GBP",
                    "M&S E-Gift Card £10",
                    "GBP",
                    _CARD_PIN,
                    face_value=_D(10),
                    countries=("GB",),
                ),
                Item(
                    "U731006",
                    "MKSP-E-2500-GBP",
                    "M&S E-Gift Card £25",
                    "GBP",
                    _CARD_PIN,
                    face_value=_D(25),
                    countries=("GB",),
                ),
                Item(
                    "U731007",
                    "MKSP-E-V-GBP",
                    "M&S E-Gift Card",
                    "GBP",
                    _CARD_PIN,
                    min_value=_D("5.00"),
                    max_value=_D("250.00"),
                    countries=("GB",),
                ),
            ),
        ),
        Brand(
            "B390815",
            "Tim Hortons",
            (cat["Food & Beverage"],),
            (
                Item(
                    "U842210",
                    "TIMH-E-V-CAD",
                    "Tim Hortons eGift Card",
                    "CAD",
                    _CARD_PIN_BARCODE,
                    min_value=_D("5.00"),
                    max_value=_D("100.00"),
                    countries=("CA",),
                    redemption_instructions="<p>Scan the barcode at any restaurant.</p>",
                ),
            ),
        ),
        Brand(
            "B508862",
            "Zalando",
            (cat["Retail"],),
            (
                Item(
                    "U950130",
                    "ZLND-E-2000-EUR",
                    "Zalando Gift Card €20",
                    "EUR",
                    zalando,
                    face_value=_D(20),
                    countries=eurozone,
                ),
                Item(
                    "U950131",
                    "ZLND-E-5000-EUR",
                    "Zalando Gift Card €50",
                    "EUR",
                    zalando,
                    face_value=_D(50),
                    countries=eurozone,
                ),
            ),
        ),
    ]


def _synthetic_brands(count: int) -> list[Brand]:
    currencies = ("USD", "CAD", "GBP", "EUR")
    countries = {"USD": ("US",), "CAD": ("CA",), "GBP": ("GB",), "EUR": ("DE", "FR")}
    categories = [c for c in CATEGORIES if c.description in ("Retail", "Food & Beverage", "Entertainment")]
    brands = []
    for n in range(1, count + 1):
        currency = currencies[n % len(currencies)]
        name = f"Synthetic Brand {n:05d}"
        items = (
            Item(
                f"U9{n:07d}0",
                f"SYN{n:05d}-E-V-{currency}",
                f"{name} eGift",
                currency,
                _CARD_PIN,
                min_value=_D(1),
                max_value=_D(500),
                countries=countries[currency],
            ),
            Item(
                f"U9{n:07d}1",
                f"SYN{n:05d}-E-2500-{currency}",
                f"{name} 25",
                currency,
                _CARD_PIN,
                face_value=_D(25),
                countries=countries[currency],
            ),
        )
        brands.append(Brand(f"B9{n:07d}", name, (categories[n % len(categories)],), items))
    return brands


def build_catalog(extra_brands: int = 0) -> Catalog:
    """The seeded catalog plus ``extra_brands`` synthetic brands (two items each)."""
    if extra_brands < 0:
        raise ValueError("extra_brands cannot be negative")
    return Catalog.of(_seeded_brands() + _synthetic_brands(extra_brands))
