"""Measure 2: fan-out throughput, aioraas ``fan_out`` vs a hand-written aiohttp semaphore fan-out.

Each run sends the same number of orders at concurrency 64 to a fresh emulator process (no TPS
limit), so neither side inherits the other's orders; the runs alternate (A B, B A, ...) and the median
orders/s of each side are compared. aioraas builds an ``OrderCreate`` per order (validated), derives
its externalRefID, sends it through the transport (retry policy, error mapping) and decodes the
answer into a model; the baseline posts the same JSON and decodes it into dicts. No journal: measure 4
covers the journal.
"""

from __future__ import annotations

import asyncio
import itertools
import time

from bench import raw
from bench.common import PLATFORM_KEY, PLATFORM_NAME, Row, emulator, median, order_create

CONCURRENCY = 64
TARGET = 0.85
_runs = itertools.count()


async def _aioraas(url: str, count: int) -> tuple[float, int]:
    from aioraas import RaasClient, fan_out

    async with RaasClient(platform_name=PLATFORM_NAME, platform_key=PLATFORM_KEY, base_url=url) as raas:
        start = time.perf_counter()
        ok = 0
        requests = (order_create() for _ in range(count))
        async for result in fan_out(raas, requests, concurrency=CONCURRENCY, run_id=f"rate{next(_runs)}"):
            ok += result.ok
        return count / (time.perf_counter() - start), count - ok


async def _raw(url: str, count: int) -> tuple[float, int]:
    run = next(_runs)
    async with raw.RawClient(url) as client:
        start = time.perf_counter()
        _, failed = await raw.fan_out(client, count, CONCURRENCY, lambda i: f"raw-{run}-{i:07d}")
        return count / (time.perf_counter() - start), failed


def _run(side: str, count: int) -> float:
    with emulator() as url:
        rate, failed = asyncio.run((_aioraas if side == "aioraas" else _raw)(url, count))
    if failed:
        raise RuntimeError(f"{side} fan-out: {failed} of {count} orders failed")
    return rate


def run(quick: bool) -> list[Row]:
    count, rounds = (3_000, 1) if quick else (10_000, 5)
    values: dict[str, list[float]] = {"aioraas": [], "raw": []}
    order = ["aioraas", "raw"]
    for _ in range(rounds):
        for side in order:
            values[side].append(_run(side, count))
        order.reverse()
    ours, theirs = median(values["aioraas"]), median(values["raw"])
    ratio = ours / theirs
    return [
        Row(
            "2",
            f"fan-out of {count:,} orders at concurrency {CONCURRENCY}, no server limit",
            f"{ours:,.0f} orders/s",
            f"{theirs:,.0f} orders/s (raw aiohttp semaphore)",
            ratio,
            f">= {TARGET}x",
            ratio >= TARGET,
            {
                "orders": count,
                "rounds": rounds,
                "aioraas_per_s": [round(v) for v in values["aioraas"]],
                "raw_per_s": [round(v) for v in values["raw"]],
            },
        )
    ]
