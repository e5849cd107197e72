"""Every query parameter of every emulator route, fuzzed with huge, negative, non-numeric and empty
values, gets a JSON answer below 500 (Tango's 400/422 shape for numbers it cannot take).

Routes come from the application's own router. Parameter names come from the emulator's source
(every name a handler or a pagination helper reads), plus the pagination names Tango documents.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import aiohttp
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import aioraas.emulator
from aioraas.emulator import Emulator
from aioraas.emulator.app import create_app
from aioraas.emulator.catalog import build_catalog
from aioraas.emulator.clock import Clock
from aioraas.emulator.context import EmulatorContext
from aioraas.emulator.faults import FaultConfig, FaultInjector
from aioraas.emulator.fx import ExchangeRates
from aioraas.emulator.state import Store
from aioraas.emulator.stats import Stats

CUSTOMER, ACCOUNT = "acme-hr", "acme-hr-q1"
PLACEHOLDER = re.compile(r"\{(\w+)\}")
FILLERS = {"customerIdentifier": CUSTOMER, "accountIdentifier": ACCOUNT}

BAD_NUMBERS = [
    "99999999999999999999",
    "99999999999999999999999",
    "-99999999999999999999",
    "9223372036854775808",
    "2147483648",
    "-1",
    "-2147483649",
    "0",
    "1.5",
    "1e999999999",
    "-1e999999999",
    "NaN",
    "Infinity",
    "abc",
    "",
    " ",
    "9" * 500,
]


def _routes() -> list[tuple[str, str]]:
    clock = Clock()
    ctx = EmulatorContext(
        platform_name="p",
        platform_key="k",
        clock=clock,
        store=Store(clock),
        catalog=build_catalog(0),
        fx=ExchangeRates(),
        stats=Stats(),
        faults=FaultInjector(FaultConfig(), seed=0),
    )
    found = set()
    for route in create_app(ctx).router.routes():
        info = route.get_info()
        template = info.get("formatter") or info.get("path")
        if template and route.method != "HEAD":
            found.add((route.method, PLACEHOLDER.sub(lambda m: FILLERS.get(m[1], "RA000-0001"), template)))
    return sorted(found)


def _query_names() -> list[str]:
    source = "\n".join(p.read_text() for p in Path(aioraas.emulator.__file__).parent.rglob("*.py"))
    names = set(re.findall(r"""(?:\bq|query)\.get(?:all)?\(\s*"(\w+)\"""", source))
    names |= set(re.findall(r"""\((?:q|query|request\.query), "(\w+)\"""", source))
    names |= set(re.findall(r"""\(\("(\w+)", \d+\)""", source))  # loops over (name, default) pairs
    names |= set(re.findall(r"""\("(\w+)", \d+\)\)""", source))
    names |= {
        "page",
        "elementsPerBlock",
        "maxResults",
        "paginate",
        "nextCursor",
        "prevCursor",
        "offset",
        "limit",
    }
    return sorted(names)


ROUTES = _routes()
NAMES = _query_names()


def test_the_router_and_the_source_give_enough_to_fuzz() -> None:
    assert len(ROUTES) >= 30
    assert {"GET /raas/v2/orders", "GET /raas/v2/customers", "GET /raas/v1.1/orders"} <= {
        f"{m} {p}" for m, p in ROUTES
    }
    assert {"minBalance", "startDate", "utid", "verbose", "showInactive"} <= set(NAMES)


async def _check(
    session: aiohttp.ClientSession, method: str, path: str, query: list[tuple[str, str]]
) -> None:
    async with session.request(method, path, params=query) as response:
        raw = await response.read()
        assert response.status < 500, (method, path, query, response.status, raw[:300])
        assert response.content_type == "application/json", (method, path, query, raw[:300])
        body = json.loads(raw, parse_float=Decimal)
        if response.status >= 400 and path.startswith("/raas/v2"):
            assert body["httpCode"] == response.status
            assert re.fullmatch(r"\d{3}\.\d{3}", body["i18nKey"])


@pytest.fixture
async def session() -> aiohttp.ClientSession:  # type: ignore[misc]
    async with Emulator() as emu:
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("100"))
        auth = aiohttp.encode_basic_auth(emu.platform_name, emu.platform_key)
        async with aiohttp.ClientSession(base_url=emu.url, headers={"Authorization": auth}) as client:
            yield client


async def test_every_parameter_of_every_route_with_every_bad_number(session: aiohttp.ClientSession) -> None:
    for method, path in ROUTES:
        for name in NAMES:
            for value in BAD_NUMBERS:
                await _check(session, method, path, [(name, value)])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
async def test_random_mixes_of_parameters(session: aiohttp.ClientSession, data: st.DataObject) -> None:
    method, path = data.draw(st.sampled_from(ROUTES))
    values = st.one_of(
        st.sampled_from(BAD_NUMBERS),
        st.integers().map(str),
        st.decimals(allow_nan=True, allow_infinity=True).map(str),
        st.text(max_size=30),
    )
    query = data.draw(st.lists(st.tuples(st.sampled_from(NAMES), values), max_size=6))
    await _check(session, method, path, query)
