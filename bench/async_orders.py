"""Measure 9: rewards per second through async orders vs single orders, same server TPS limit.

The emulator runs with ``--tps 5``. Single orders: ``RaasClient(rate_limit=5)`` and ``fan_out``.
Async orders: ``fan_out_async`` with batches of 100 line items, through a minimal aiohttp stand-in
for the client's async-order calls that keeps under the same 5 requests per second (POSTs and the
polling GETs both count). Rewards/s is rewards placed over the time to the last result. The
emulator completes line items as fast as it can: Tango's own processing time is not published, so
this measures what the request budget allows, not Tango's back end.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

import aiohttp
import orjson

from bench.common import PLATFORM_KEY, PLATFORM_NAME, Row, emulator, order_create

TPS = 5
BATCH = 100


class _Spaced:
    """At most ``rate`` requests per second, evenly spaced."""

    def __init__(self, rate: float) -> None:
        self.gap = 1.0 / rate
        self.next = 0.0

    async def wait(self) -> None:
        now = time.monotonic()
        start = max(now, self.next)
        self.next = start + self.gap
        if start > now:
            await asyncio.sleep(start - now)


class _AsyncOrders:
    def __init__(self, session: aiohttp.ClientSession, url: str) -> None:
        self.session = session
        self.root = url.rstrip("/") + "/raas/v2"
        self.headers = {"Authorization": aiohttp.encode_basic_auth(PLATFORM_NAME, PLATFORM_KEY)}
        self.spacing = _Spaced(TPS)

    async def _call(self, method: str, path: str, body: Any = None, params: Any = None) -> tuple[int, Any]:
        from aioraas import errors

        await self.spacing.wait()
        async with self.session.request(
            method, self.root + path, json=body, params=params, headers=self.headers
        ) as response:
            raw = await response.read()
            if response.status == 429:
                raise errors.RateLimited("rate limited", status=429)
            if response.status >= 400:
                raise errors.BadRequest(raw.decode(errors="replace")[:200], status=response.status)
            return response.status, orjson.loads(raw)

    async def create_async_order(self, body: Mapping[str, Any]) -> tuple[bool, Mapping[str, Any]]:
        status, data = await self._call("POST", "/asyncOrders", dict(body))
        return status == 202, data

    async def async_order_line_items(
        self, customer: str, account: str, external_ref_id: str, next_cursor: str | None
    ) -> Mapping[str, Any]:
        params = {"maxResults": "100", **({"nextCursor": next_cursor} if next_cursor else {})}
        path = f"/asyncOrders/customers/{customer}/accounts/{account}/{external_ref_id}/lineItems"
        _, data = await self._call("GET", path, params=params)
        return data  # type: ignore[no-any-return]

    async def account_balance(self, account: str) -> Decimal | None:
        _, data = await self._call("GET", f"/accounts/{account}")
        return Decimal(str(data["currentBalance"]))


async def _single(url: str, count: int) -> float:
    from aioraas import RaasClient, fan_out

    async with RaasClient(
        platform_name=PLATFORM_NAME, platform_key=PLATFORM_KEY, base_url=url, rate_limit=TPS
    ) as raas:
        start = time.perf_counter()
        ok = 0
        async for result in fan_out(raas, (order_create() for _ in range(count)), run_id="single"):
            ok += result.ok
        if ok != count:
            raise RuntimeError(f"single orders: {count - ok} of {count} failed")
        return count / (time.perf_counter() - start)


async def _async(url: str, count: int) -> float:
    from aioraas.fanout_async import fan_out_async

    async with aiohttp.ClientSession() as session:
        api = _AsyncOrders(session, url)
        with tempfile.TemporaryDirectory() as folder:
            start = time.perf_counter()
            ok = 0
            source = [order_create() for _ in range(count)]
            async for result in fan_out_async(
                api, source, journal=Path(folder) / "j.sqlite", run_id="async", batch_size=BATCH
            ):
                ok += result.ok
            if ok != count:
                raise RuntimeError(f"async orders: {count - ok} of {count} failed")
            return count / (time.perf_counter() - start)


def run(quick: bool) -> list[Row]:
    singles, rewards = (20, 1_000) if quick else (50, 3_000)
    with emulator(tps=TPS) as url:
        single = asyncio.run(_single(url, singles))
    with emulator(tps=TPS) as url:
        bulk = asyncio.run(_async(url, rewards))
    ratio = bulk / single
    return [
        Row(
            "9",
            f"rewards/s at a server limit of {TPS} TPS: async orders (batches of {BATCH}) vs single orders",
            f"{bulk:,.1f} rewards/s ({rewards:,})",
            f"{single:,.2f} rewards/s ({singles} single orders)",
            ratio,
            "> 1x",
            ratio > 1,
            {"async_per_s": round(bulk, 2), "single_per_s": round(single, 3), "batch": BATCH},
        )
    ]
