"""Measure 1: client CPU time per request, aioraas vs raw aiohttp + orjson, against the same server.

One emulator process serves both clients. In this process, each client sends N requests one after
the other (GET an account; POST an order), and the process CPU time (time.process_time) they took is
divided by N. Waiting for the server costs no CPU, so what is left is the client's own work: building
and validating the request, aiohttp, reading and decoding the answer. Rounds alternate between the two
clients (A B, B A, ...) after a warm-up, and the medians are compared.
"""

from __future__ import annotations

import asyncio
import gc
import itertools
import time
from collections.abc import Awaitable, Callable

from bench.common import (
    ACCOUNT,
    AMOUNT,
    CUSTOMER,
    PLATFORM_KEY,
    PLATFORM_NAME,
    RECIPIENT_EMAIL,
    RECIPIENT_FIRST_NAME,
    UTID,
    Row,
    alternate,
    dict_work,
    emulator,
    median,
    order_create,
    order_json,
    per_call_cpu,
    ratio_spread,
)
from bench.fanout_rate import _record_answer
from bench.raw import RawClient

# With a margin over the 1.3x of issue 6 (issue 19: per-round ratios of 0.91-1.64 around 1.30x).
TARGET = 1.2


async def _cpu_per_request(send: Callable[[], Awaitable[object]], count: int) -> float:
    gc.collect()
    start = time.process_time()
    for _ in range(count):
        await send()
    return (time.process_time() - start) / count


async def _measure(url: str, requests: int, rounds: int, warmup: int) -> dict[str, dict[str, list[float]]]:
    from aioraas import RaasClient
    from aioraas.models import v2

    refs = itertools.count()
    samples: dict[str, dict[str, list[float]]] = {}
    async with (
        RaasClient(platform_name=PLATFORM_NAME, platform_key=PLATFORM_KEY, base_url=url) as raas,
        RawClient(url) as raw,
    ):

        async def aioraas_get() -> object:
            return await raas.v2.accounts.get(ACCOUNT)

        async def raw_get() -> object:
            return await raw.get_account(ACCOUNT)

        async def aioraas_post() -> object:
            return await raas.v2.orders.create(
                customer_identifier=CUSTOMER,
                account_identifier=ACCOUNT,
                utid=UTID,
                amount=AMOUNT,
                delivery_method="EMAIL",
                recipient=v2.Recipient(email=RECIPIENT_EMAIL, first_name=RECIPIENT_FIRST_NAME),
                external_ref_id=f"cpu-aioraas-{next(refs):07d}",
            )

        async def raw_post() -> object:
            return await raw.create_order(order_json(f"cpu-raw-{next(refs):07d}"))

        for kind, pair in (("GET account", (aioraas_get, raw_get)), ("POST order", (aioraas_post, raw_post))):
            for send in pair:
                await _cpu_per_request(send, warmup)
            values: dict[str, list[float]] = {"aioraas": [], "raw": []}
            order = ["aioraas", "raw"]
            for _ in range(rounds):
                for side in order:
                    send = pair[0] if side == "aioraas" else pair[1]
                    values[side].append(await _cpu_per_request(send, requests))
                order.reverse()
            samples[kind] = values
    return samples


def _model_work(answer: bytes) -> Callable[[int], object]:
    """aioraas's typed models per order, with no I/O: the order and its recipient built (validated),
    encoded, and ``answer`` decoded into an ``Order``."""
    from aioraas import _convert
    from aioraas.models import v2

    def work(position: int) -> object:
        _convert.dumps(order_create(f"w{position:07d}"))
        return _convert.loads(answer, v2.Order)

    return work


def run(quick: bool) -> list[Row]:
    requests, rounds, warmup = (300, 3, 50) if quick else (1000, 15, 200)
    with emulator() as url:
        samples = asyncio.run(_measure(url, requests, rounds, warmup))
        status, answer = asyncio.run(_record_answer(url))
    if status != 201:
        raise RuntimeError(f"recording the emulator's answer: HTTP {status}: {answer[:200]!r}")
    models, dicts = alternate(
        rounds, per_call_cpu(2_000, _model_work(answer)), per_call_cpu(2_000, dict_work(answer))
    )
    model_us = (median(models) - median(dicts)) * 1e6
    rows = []
    for number, (kind, values) in zip(("1a", "1b"), samples.items(), strict=True):
        ours, theirs = median(values["aioraas"]), median(values["raw"])
        ratio = ours / theirs
        rows.append(
            Row(
                number,
                f"client CPU per request, {kind}",
                f"{ours * 1e6:.0f} us",
                f"{theirs * 1e6:.0f} us (raw aiohttp+orjson)",
                ratio,
                f"<= {TARGET}x",
                ratio <= TARGET,
                {
                    "ratio_spread": ratio_spread(values["aioraas"], values["raw"]),
                    "requests_per_round": requests,
                    "rounds": rounds,
                    "aioraas_us": [round(v * 1e6, 1) for v in values["aioraas"]],
                    "raw_us": [round(v * 1e6, 1) for v in values["raw"]],
                    # POST only: the typed models' own CPU over the raw client's dicts (warm loop,
                    # so a lower bound) and the ratio it alone gives: (raw + model work) / raw.
                    **(
                        {
                            "model_work_us": round(model_us, 1),
                            "model_floor": round((theirs * 1e6 + model_us) / (theirs * 1e6), 3),
                        }
                        if kind == "POST order"
                        else {}
                    ),
                },
            )
        )
    return rows


def describe(row: Row) -> str:
    """For POST: what the typed models alone add, and the ratio that leaves to the rest of the client."""
    d = row.details
    if "model_work_us" not in d:
        return ""
    return (
        f"    typed models alone (build, encode, decode; warm loop, no I/O): +{d['model_work_us']:.1f} us"
        f" per order over dicts; with nothing else added, {d['model_floor']:.3f}x"
    )
