"""Measure 2: fan-out throughput, aioraas ``fan_out`` vs a hand-written aiohttp semaphore fan-out, uncapped.

The server is a stub (``bench.stub_server``) on its own CPU that answers every request with the
bytes of one real emulator answer to ``POST /orders``: it does no work per order, so it is never the
limit (the emulator, which stores every order, was 98.7 % busy when the raw client was only 80.7 %,
issue 19). Both processes' CPU use is printed to show it: the server must stay well below 100 %.
The runs alternate (A B, B A, ...); the median orders/s of each side are compared, and the client's
CPU time per order is reported beside. aioraas builds an ``OrderCreate`` per order (validated),
derives its externalRefID, sends it through the transport (retry policy, error mapping) and decodes
the answer into a model; the baseline posts the same JSON and decodes it into dicts. No journal:
measure 4 covers the journal.
"""

from __future__ import annotations

import asyncio
import itertools
import sys
import tempfile
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import orjson

from bench import raw
from bench.common import (
    PLATFORM_KEY,
    PLATFORM_NAME,
    Row,
    Server,
    alternate,
    dict_work,
    emulator,
    median,
    order_create,
    order_json,
    per_call_cpu,
    ratio_spread,
    server_process,
)

CONCURRENCY = 64
TARGET = 0.90
# Above this share of one core the server may be what limits the rate, and the run says so.
SERVER_BUSY_LIMIT = 0.90
_runs = itertools.count()


async def _record_answer(url: str) -> tuple[int, bytes]:
    async with raw.RawClient(url) as client:
        body = orjson.dumps(order_json("stub-answer-0000001"))
        async with client.session.post(f"{client.root}/orders", data=body, headers=client.post_headers) as r:
            return r.status, await r.read()


async def _aioraas(url: str, count: int) -> int:
    from aioraas import RaasClient, fan_out

    async with RaasClient(platform_name=PLATFORM_NAME, platform_key=PLATFORM_KEY, base_url=url) as raas:
        ok = 0
        requests = (order_create() for _ in range(count))
        async for result in fan_out(raas, requests, concurrency=CONCURRENCY, run_id=f"rate{next(_runs)}"):
            ok += result.ok
        return count - ok


async def _raw(url: str, count: int) -> int:
    run = next(_runs)
    async with raw.RawClient(url) as client:
        _, failed = await raw.fan_out(client, count, CONCURRENCY, lambda i: f"raw-{run}-{i:07d}")
        return failed


def _run(
    server: Server, side: str, count: int, send: Callable[[str, int], Coroutine[Any, Any, int]]
) -> dict[str, float]:
    server_cpu = server.cpu_seconds()
    client_cpu = time.process_time()
    wall = time.perf_counter()
    failed = asyncio.run(send(server.url, count))
    wall = time.perf_counter() - wall
    client_cpu = time.process_time() - client_cpu
    server_cpu = server.cpu_seconds() - server_cpu
    if failed:
        raise RuntimeError(f"{side} fan-out: {failed} of {count} orders failed")
    return {
        "per_s": count / wall,
        "client_us": client_cpu / count * 1e6,
        "client_busy": client_cpu / wall,
        "server_busy": server_cpu / wall,
    }


def _model_work(answer: bytes) -> Callable[[int], object]:
    """aioraas's typed models per order, with no I/O: what fan_out does per order besides sending. The
    order and its recipient built (validated), fingerprinted, copied with its derived externalRefID,
    encoded, and ``answer`` decoded into an ``Order``."""
    from aioraas import _convert
    from aioraas._modelkit import replace
    from aioraas.fanout import derive_external_ref_id, fingerprint
    from aioraas.models import v2

    def work(position: int) -> object:
        request = order_create()
        request = replace(request, "external_ref_id", derive_external_ref_id("w", fingerprint(request)))
        _convert.dumps(request)
        return _convert.loads(answer, v2.Order)

    return work


def run(quick: bool) -> list[Row]:
    count, rounds = (3_000, 2) if quick else (10_000, 5)
    with emulator() as url:
        status, body = asyncio.run(_record_answer(url))
    if status != 201:
        raise RuntimeError(f"recording the emulator's answer: HTTP {status}: {body[:200]!r}")
    sides: dict[str, Callable[[str, int], Coroutine[Any, Any, int]]] = {"aioraas": _aioraas, "raw": _raw}
    values: dict[str, list[dict[str, float]]] = {"aioraas": [], "raw": []}
    with tempfile.TemporaryDirectory() as scratch:
        answer = Path(scratch, "order.json")
        answer.write_bytes(body)
        command = [sys.executable, "-m", "bench.stub_server", str(status), str(answer)]
        with server_process(command, "stub listening on ") as server:
            _run(server, "raw", 500, _raw)  # warm-up: connections, imports
            _run(server, "aioraas", 500, _aioraas)
            order = ["aioraas", "raw"]
            for _ in range(rounds):
                for side in order:
                    values[side].append(_run(server, side, count, sides[side]))
                order.reverse()

    models, dicts = alternate(
        rounds, per_call_cpu(2_000, _model_work(body)), per_call_cpu(2_000, dict_work(body))
    )
    model_us = (median(models) - median(dicts)) * 1e6

    def series(side: str, key: str) -> list[float]:
        return [v[key] for v in values[side]]

    ours, theirs = median(series("aioraas", "per_s")), median(series("raw", "per_s"))
    ratio = ours / theirs
    server_busy = max(series("aioraas", "server_busy") + series("raw", "server_busy"))
    uncapped = server_busy < SERVER_BUSY_LIMIT
    cpu_ours, cpu_theirs = median(series("aioraas", "client_us")), median(series("raw", "client_us"))
    return [
        Row(
            "2",
            f"fan-out of {count:,} orders at concurrency {CONCURRENCY}, stub server (uncapped)",
            f"{ours:,.0f} orders/s, {cpu_ours:.0f} us CPU/order",
            f"{theirs:,.0f} orders/s, {cpu_theirs:.0f} us CPU/order (raw aiohttp semaphore)",
            ratio,
            f">= {TARGET}x, server < {SERVER_BUSY_LIMIT:.0%} busy",
            ratio >= TARGET and uncapped,
            {
                "orders": count,
                "rounds": rounds,
                "ratio_spread": ratio_spread(series("aioraas", "per_s"), series("raw", "per_s")),
                "client_cpu_ratio": round(cpu_ours / cpu_theirs, 3),
                # The typed models' own CPU per order over the raw client's dicts (warm loop, so a
                # lower bound), and the ratio it alone allows: raw CPU / (raw CPU + model work).
                "model_work_us": round(model_us, 1),
                "model_ceiling": round(cpu_theirs / (cpu_theirs + model_us), 3),
                "server_busy_max": round(server_busy, 3),
                "aioraas_client_busy": [round(v, 3) for v in series("aioraas", "client_busy")],
                "raw_client_busy": [round(v, 3) for v in series("raw", "client_busy")],
                "aioraas_server_busy": [round(v, 3) for v in series("aioraas", "server_busy")],
                "raw_server_busy": [round(v, 3) for v in series("raw", "server_busy")],
                "aioraas_per_s": [round(v) for v in series("aioraas", "per_s")],
                "raw_per_s": [round(v) for v in series("raw", "per_s")],
                "aioraas_client_us": [round(v, 1) for v in series("aioraas", "client_us")],
                "raw_client_us": [round(v, 1) for v in series("raw", "client_us")],
            },
        )
    ]


def describe(row: Row) -> str:
    """One line on both processes' CPU use, printed by the runner under the measure."""
    d = row.details

    def busy(key: str) -> str:
        return f"{median(d[key]):.0%}"

    return (
        f"    client busy (share of a core): aioraas {busy('aioraas_client_busy')}, raw"
        f" {busy('raw_client_busy')}; server busy: aioraas runs {busy('aioraas_server_busy')}, raw runs"
        f" {busy('raw_server_busy')} (max {d['server_busy_max']:.0%}); client CPU per order"
        f" {d['client_cpu_ratio']:.3f}x\n"
        f"    typed models alone (build, fingerprint, copy, encode, decode; warm loop, no I/O):"
        f" +{d['model_work_us']:.1f} us per order over dicts; with nothing else added, at most"
        f" {d['model_ceiling']:.3f}x of raw"
    )
