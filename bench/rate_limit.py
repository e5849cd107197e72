"""Measure 3: fan-out against a server that enforces a TPS limit.

The emulator runs with ``--tps 20`` (a token bucket holding one second of traffic); the client is a
``RaasClient(rate_limit=20)`` fanning out orders at concurrency 64. The achieved rate is orders over
the time from the start to the last answer, divided by the limit; every HTTP answer is counted
(aiohttp trace hooks on the client's session) to find the share that were 429s.
"""

from __future__ import annotations

import asyncio
import time
from types import SimpleNamespace
from typing import Any

import aiohttp

from bench.common import PLATFORM_KEY, PLATFORM_NAME, Row, emulator, order_create

TPS = 20
CONCURRENCY = 64
RATE_TARGET = 0.97
REJECTED_TARGET = 0.01


async def _measure(url: str, count: int) -> dict[str, Any]:
    from aioraas import RaasClient, fan_out

    statuses: dict[int, int] = {}

    async def on_request_end(session: Any, context: SimpleNamespace, params: Any) -> None:
        statuses[params.response.status] = statuses.get(params.response.status, 0) + 1

    trace = aiohttp.TraceConfig()
    trace.on_request_end.append(on_request_end)
    connector = aiohttp.TCPConnector(limit=100, limit_per_host=100)
    async with (
        aiohttp.ClientSession(connector=connector, trace_configs=[trace]) as session,
        RaasClient(
            platform_name=PLATFORM_NAME,
            platform_key=PLATFORM_KEY,
            base_url=url,
            rate_limit=TPS,
            session=session,
        ) as raas,
    ):
        ok = 0
        start = time.perf_counter()
        requests = (order_create() for _ in range(count))
        async for result in fan_out(raas, requests, concurrency=CONCURRENCY, run_id="tps"):
            ok += result.ok
        elapsed = time.perf_counter() - start
    return {"ok": ok, "elapsed": elapsed, "statuses": statuses}


def run(quick: bool) -> list[Row]:
    count = 200 if quick else 600
    with emulator(tps=TPS) as url:
        outcome = asyncio.run(_measure(url, count))
    if outcome["ok"] != count:
        raise RuntimeError(f"rate-limited fan-out: {count - outcome['ok']} of {count} orders failed")
    rate = count / outcome["elapsed"]
    answers = sum(outcome["statuses"].values())
    rejected = outcome["statuses"].get(429, 0)
    share = rejected / answers
    details = {
        "orders": count,
        "elapsed_s": round(outcome["elapsed"], 3),
        "statuses": {str(k): v for k, v in sorted(outcome["statuses"].items())},
    }
    return [
        Row(
            "3a",
            f"fan-out of {count} orders at concurrency {CONCURRENCY}, server limit {TPS} TPS: rate / limit",
            f"{rate:.2f} orders/s",
            f"{TPS} TPS (limit)",
            rate / TPS,
            f">= {RATE_TARGET}",
            rate / TPS >= RATE_TARGET,
            details,
        ),
        Row(
            "3b",
            "same run: share of answers that were 429",
            f"{share:.2%} ({rejected} of {answers})",
            "-",
            None,
            f"< {REJECTED_TARGET:.0%}",
            share < REJECTED_TARGET,
            details,
        ),
    ]
