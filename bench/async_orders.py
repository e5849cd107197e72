"""Measure 9: rewards per second through async orders vs single orders, same server TPS limit.

The emulator runs with ``--tps 5``. Single orders: ``RaasClient(rate_limit=5)`` and ``fan_out``.
Async orders: ``fan_out(raas, ..., via="async_orders")`` with batches of 100 line items, through
the same client with ``rate_limit=5`` (POSTs and the polling GETs both count).
Rewards/s is rewards placed over the time to the last result. The
emulator completes line items as fast as it can: Tango's own processing time is not published, so
this measures what the request budget allows, not Tango's back end.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

from bench.common import PLATFORM_KEY, PLATFORM_NAME, Row, emulator, order_create

TPS = 5
BATCH = 100


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
    from aioraas import RaasClient, fan_out

    async with RaasClient(
        platform_name=PLATFORM_NAME, platform_key=PLATFORM_KEY, base_url=url, rate_limit=TPS
    ) as raas:
        with tempfile.TemporaryDirectory() as folder:
            start = time.perf_counter()
            ok = 0
            source = [order_create() for _ in range(count)]
            async for result in fan_out(
                raas,
                source,
                via="async_orders",
                journal=Path(folder) / "j.sqlite",
                run_id="async",
                batch_size=BATCH,
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
