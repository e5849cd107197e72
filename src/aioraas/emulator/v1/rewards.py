"""v1 GET /rewards: the catalog by brand, in cents, with both v1.1 and v1.0 fields."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from aioraas.emulator.catalog import Item
from aioraas.emulator.context import EmulatorContext, context
from aioraas.emulator.jsonio import JSON_CONTENT_TYPE, dumps
from aioraas.emulator.money import cents

__all__ = ["list_rewards"]

_LOCALES = {"US": "en_US", "GB": "en_GB", "CA": "en_CA", "DE": "de_DE", "FR": "fr_FR"}
_DISCLAIMER = "Exchange rates are for estimation only; the rate at order time applies."
_RATES_TIMESTAMP = "2024-01-15 13:00:14 +0000"


def _reward(ctx: EmulatorContext, item: Item) -> dict[str, Any]:
    reward: dict[str, Any] = {
        "type": "npo" if item.reward_type == "donation" else "reward",
        "description": item.reward_name,
        "sku": item.sku,
        "is_variable": item.is_variable,
        "currency_code": item.currency,
        "available": item.active,
        "countries": list(item.countries),
        # v1.0: unit_price is the USD cost in cents, negative for variable items.
        "currency_type": "USD",
    }
    if item.face_value is not None:
        usd, _ = ctx.fx.convert(item.face_value, source=item.currency, target="USD")
        reward["denomination"] = cents(item.face_value)
        reward["unit_price"] = cents(usd)
        reward["locale"] = _LOCALES.get(item.countries[0], "en_US")
    else:
        assert item.min_value is not None
        assert item.max_value is not None
        reward["min_price"] = cents(item.min_value)
        reward["max_price"] = cents(item.max_value)
        reward["unit_price"] = -1
    return reward


def _rewards_bytes(ctx: EmulatorContext) -> bytes:
    cached = ctx.response_cache.get("v1-rewards")
    if cached is None:
        brands = [
            {
                "description": brand.name,
                "image_url": brand.image_urls["200w-326ppi"],
                "rewards": [_reward(ctx, item) for item in brand.items],
            }
            for brand in ctx.catalog.brands
        ]
        usd_rates = [{row.reward_currency: row.base_fx} for row in ctx.fx.rows if row.base_currency == "USD"]
        cached = dumps(
            {
                "success": True,
                "brands": brands,
                "xrates": {"disclaimer": _DISCLAIMER, "timestamp": _RATES_TIMESTAMP, "rates": usd_rates},
            }
        )
        ctx.response_cache["v1-rewards"] = cached
    return cached


async def list_rewards(request: web.Request) -> web.StreamResponse:
    """GET /rewards."""
    return web.Response(body=_rewards_bytes(context(request)), content_type=JSON_CONTENT_TYPE)
