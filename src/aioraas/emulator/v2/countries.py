"""v2 status and reference lists: ``GET /pulse`` (no credentials), reward and mobile countries."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from aioraas.emulator.jsonio import json_response
from aioraas.emulator.pagination import cursor_page
from aioraas.emulator.v2.query import multi

__all__ = ["MOBILE_COUNTRIES", "REWARD_COUNTRIES", "mobile_countries", "pulse", "reward_countries"]

#: (two-letter, three-letter, name, preferred currency): the countries the seeded catalog serves.
REWARD_COUNTRIES = (
    ("AT", "AUT", "Austria", "EUR"),
    ("BE", "BEL", "Belgium", "EUR"),
    ("CA", "CAN", "Canada", "CAD"),
    ("DE", "DEU", "Germany", "EUR"),
    ("ES", "ESP", "Spain", "EUR"),
    ("FR", "FRA", "France", "EUR"),
    ("GB", "GBR", "United Kingdom", "GBP"),
    ("IT", "ITA", "Italy", "EUR"),
    ("NL", "NLD", "Netherlands", "EUR"),
    ("US", "USA", "United States", "USD"),
)
#: (ISO code, name, calling code, language): where rewards can be sent by text message.
MOBILE_COUNTRIES = (
    ("CA", "Canada", "1", "en"),
    ("DE", "Germany", "49", "de"),
    ("FR", "France", "33", "fr"),
    ("GB", "United Kingdom", "44", "en"),
    ("US", "United States", "1", "en"),
)


async def pulse(request: web.Request) -> web.StreamResponse:
    """GET /pulse: the system status; answered without credentials."""
    return json_response({"status": "UP"})


def _reward_country(row: tuple[str, str, str, str]) -> dict[str, Any]:
    return {
        "twoLetterCode": row[0],
        "threeLetterCode": row[1],
        "countryName": row[2],
        "preferredCurrency": row[3],
    }


async def reward_countries(request: web.Request) -> web.StreamResponse:
    """GET /rewardCountries: cursor paging; ``countries`` and ``preferredCurrencies`` take CSV lists."""
    q = request.query
    countries = {c.upper() for c in multi(q, "countries")}
    currencies = {c.upper() for c in multi(q, "preferredCurrencies")}
    rows = [
        row
        for row in REWARD_COUNTRIES
        if (not countries or row[0] in countries or row[1] in countries)
        and (not currencies or row[3] in currencies)
    ]
    page, meta = cursor_page(rows, q, default_max=10, max_allowed=200)
    return json_response({**meta, "items": [_reward_country(row) for row in page]})


async def mobile_countries(request: web.Request) -> web.StreamResponse:
    """GET /mobileCountries: every country a reward can be texted to."""
    return json_response(
        [
            {"isoCode": iso, "countryName": name, "countryCode": code, "languageCode": language}
            for iso, name, code, language in MOBILE_COUNTRIES
        ]
    )
