"""v2 reference data: the catalog, credential types, exchange rates and brand categories."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from aiohttp import web

from aioraas.emulator.catalog import CREATED_DATE, UPDATED_DATE, Brand, Item
from aioraas.emulator.context import EmulatorContext, context
from aioraas.emulator.credentials import CREDENTIAL_TYPES
from aioraas.emulator.errors import V2Error
from aioraas.emulator.jsonio import JSON_CONTENT_TYPE, dumps, json_response
from aioraas.emulator.pagination import cursor_page, parse_bool
from aioraas.emulator.v2.query import multi

__all__ = [
    "brand_categories",
    "choice_product_catalog",
    "credential_types",
    "exchange_rates",
    "get_catalog",
    "get_choice_product",
    "item_view",
    "list_choice_products",
]

CATALOG_NAME = "aioraas emulator catalog"
DISCLAIMER = "Exchange rates are for estimation only; the rate at order time applies."


def item_view(item: Item) -> dict[str, Any]:
    """One catalog item as GET /catalogs shows it."""
    view: dict[str, Any] = {
        "utid": item.utid,
        "rewardName": item.reward_name,
        "currencyCode": item.currency,
        "status": item.status,
        "valueType": item.value_type,
        "rewardType": item.reward_type,
        "isWholeAmountValueRequired": item.whole_amount_required,
        "createdDate": CREATED_DATE,
        "lastUpdateDate": UPDATED_DATE,
        "countries": list(item.countries),
        "credentialTypes": list(dict.fromkeys(c.credential_type for c in item.credentials)),
        "redemptionInstructions": item.redemption_instructions,
    }
    if item.is_variable:
        view["minValue"] = item.min_value
        view["maxValue"] = item.max_value
    else:
        view["faceValue"] = item.face_value
    if item.fee_percent:
        view["fee"] = {"type": "PERCENTAGE", "value": item.fee_percent}
    return view


def _brand_view(brand: Brand, items: Sequence[Item], verbose: bool) -> dict[str, Any]:
    view: dict[str, Any] = {"brandKey": brand.key, "brandName": brand.name}
    if verbose:
        description = brand.description or f"<p>{brand.name} digital rewards, delivered instantly.</p>"
        view |= {
            "disclaimer": brand.disclaimer,
            "description": description,
            "shortDescription": f"{brand.name} rewards",
            "terms": brand.terms,
            "createdDate": CREATED_DATE,
            "lastUpdateDate": UPDATED_DATE,
            "brandRequirements": {
                "displayInstructions": "Show the brand name and logo next to the reward.",
                "termsAndConditionsInstructions": "Show the terms to the recipient.",
                "disclaimerInstructions": "Show the disclaimer when it is not empty.",
                "alwaysShowDisclaimer": False,
            },
            "categories": [
                {"identifier": c.identifier, "description": c.description} for c in brand.categories
            ],
        }
    view["imageUrls"] = brand.image_urls
    view["status"] = brand.status
    view["items"] = [item_view(item) for item in items]
    return view


def _item_filter(request: web.Request) -> Callable[[Item], bool]:
    q = request.query
    utid = (q.get("utid") or "").upper()
    reward_name = (q.get("rewardName") or "").lower()
    status = (q.get("status") or "").lower()
    currency = (q.get("currencyCode") or "").upper()
    country = (q.get("country") or "").upper()
    reward_types = {t.lower() for t in multi(q, "rewardType")}

    def keep(item: Item) -> bool:
        return (
            (not utid or item.utid.upper() == utid)
            and (not reward_name or reward_name in item.reward_name.lower())
            and (not status or item.status == status)
            and (not currency or item.currency == currency)
            and (not country or country in item.countries)
            and (not reward_types or item.reward_type.lower() in reward_types)
        )

    return keep


_FILTERS = ("brandKey", "brandName", "utid", "rewardName", "status", "currencyCode", "country", "rewardType")


def _catalog_bytes(ctx: EmulatorContext, request: web.Request, verbose: bool) -> bytes:
    q = request.query
    filtered = any(q.get(name) for name in (*_FILTERS, "categoryIds"))
    cache_key = f"catalog:{verbose}"
    if not filtered and cache_key in ctx.response_cache:
        return ctx.response_cache[cache_key]
    keep = _item_filter(request)
    brand_key = q.get("brandKey") or ""
    brand_name = (q.get("brandName") or "").lower()
    categories = multi(q, "categoryIds")
    brands = []
    for brand in ctx.catalog.brands:
        if brand_key and brand.key != brand_key:
            continue
        if brand_name and brand_name not in brand.name.lower():
            continue
        if categories and not categories & {c.identifier for c in brand.categories}:
            continue
        items = [item for item in brand.items if keep(item)]
        if items:
            brands.append(_brand_view(brand, items, verbose))
    body = dumps({"catalogName": CATALOG_NAME, "brands": brands})
    if not filtered:  # the full catalog never changes, so it is serialised once
        ctx.response_cache[cache_key] = body
    return body


async def get_catalog(request: web.Request) -> web.StreamResponse:
    """GET /catalogs with its filters; ``verbose=false`` leaves out descriptions and terms."""
    ctx = context(request)
    verbose = parse_bool(request.query, "verbose", True)
    return web.Response(body=_catalog_bytes(ctx, request, verbose), content_type=JSON_CONTENT_TYPE)


async def credential_types(request: web.Request) -> web.StreamResponse:
    """GET /credentialtypes: a bare array of ``{credentialType, description}``."""
    return json_response([{"credentialType": name, "description": text} for name, text in CREDENTIAL_TYPES])


async def exchange_rates(request: web.Request) -> web.StreamResponse:
    """GET /exchangerates: the cursor envelope, keeping ``exchangeRates[]`` and ``disclaimer``."""
    ctx = context(request)
    q = request.query
    bases = {c.upper() for c in multi(q, "baseCurrency")}
    rewards = {c.upper() for c in multi(q, "rewardCurrency")}
    rows = [
        row
        for row in ctx.fx.rows
        if (not bases or row.base_currency in bases) and (not rewards or row.reward_currency in rewards)
    ]
    if parse_bool(q, "paginate", False):
        page, meta = cursor_page(rows, q)
    else:
        page = rows
        meta = {
            "numberOfElements": len(rows),
            "maxResults": len(rows),
            "prevCursor": None,
            "nextCursor": None,
            "prevPageAvailable": False,
            "nextPageAvailable": False,
        }
    body = {**meta, "disclaimer": DISCLAIMER, "exchangeRates": [ctx.fx.row_json(row) for row in page]}
    return json_response(body)


async def brand_categories(request: web.Request) -> web.StreamResponse:
    """GET /brandCategories."""
    categories = context(request).catalog.categories
    return json_response(
        {"brandCategories": [{"identifier": c.identifier, "description": c.description} for c in categories]}
    )


def _choice_products(ctx: EmulatorContext) -> list[Item]:
    """Choice products: the reward-link items, whose recipient picks a brand."""
    return [item for item in ctx.catalog.by_utid.values() if item.reward_type == "reward link"]


def _choice_view(item: Item) -> dict[str, Any]:
    return {
        "utid": item.utid,
        "rewardName": item.reward_name,
        "currencyCode": item.currency,
        "countries": list(item.countries),
    }


def _require_choice(ctx: EmulatorContext, utid: str) -> Item:
    item = ctx.catalog.by_utid.get(utid.upper())
    if item is None or item.reward_type != "reward link":
        raise V2Error.single(422, "422.024", path="utid")
    return item


async def list_choice_products(request: web.Request) -> web.StreamResponse:
    """GET /choiceProducts: filters ``rewardName``, ``currencyCode`` and ``countries``."""
    q = request.query
    name = (q.get("rewardName") or "").lower()
    currency = (q.get("currencyCode") or "").upper()
    countries = {c.upper() for c in multi(q, "countries")}
    products = [
        _choice_view(item)
        for item in _choice_products(context(request))
        if (not name or name in item.reward_name.lower())
        and (not currency or item.currency == currency)
        and (not countries or countries & set(item.countries))
    ]
    return json_response({"choiceProducts": products})


async def get_choice_product(request: web.Request) -> web.StreamResponse:
    """GET /choiceProducts/{utid}: ChoiceProductDto."""
    ctx = context(request)
    return json_response(_choice_view(_require_choice(ctx, request.match_info["utid"])))


async def choice_product_catalog(request: web.Request) -> web.StreamResponse:
    """GET /choiceProducts/{choiceProductUtid}/catalog: the brands a recipient can choose, with the
    filters of /catalogs (the gift cards in the choice product's currency and countries)."""
    ctx = context(request)
    choice = _require_choice(ctx, request.match_info["choiceProductUtid"])
    verbose = parse_bool(request.query, "verbose", True)
    keep = _item_filter(request)
    brands = []
    for brand in ctx.catalog.brands:
        items = [
            item
            for item in brand.items
            if item.reward_type == "gift card"
            and item.currency == choice.currency
            and set(item.countries) & set(choice.countries)
            and keep(item)
        ]
        if items:
            brands.append(_brand_view(brand, items, verbose))
    return json_response({"catalogName": f"{choice.reward_name} choices", "brands": brands})
