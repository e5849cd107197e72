"""Measure 7: the same 1,000 orders through Tango's official SDK (``raas`` 2.2.0) and through aioraas.

Tango's SDK is synchronous: its users place orders one after another (``bench/peer_worker.py``, run
with the Python of ``build/bench/peer``, the venv where ``make bench`` installs ``raas==2.2.0``).
aioraas runs them through ``fan_out`` at concurrency 64, with the client's default retry policy.
Three emulators, each in its own process and shared by both clients (the peer first, then aioraas):
no faults; 50 ms of latency on every request; 10 % of ``POST /orders`` answered 503 before
anything is stored (seeded). Orders placed are counted through the emulator (the ``totalCount`` of
``GET /orders`` before and after each client), so "lost" is orders asked minus orders the server
has: an order a client gave up on, whatever it told its caller. Rate = orders asked / wall time.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import subprocess
import time
from pathlib import Path
from typing import Any

from bench import raw
from bench.common import (
    PLATFORM_KEY,
    PLATFORM_NAME,
    ROOT,
    Row,
    emulator_process,
    order_create,
)

PEER_PYTHON = ROOT / "build" / "bench" / "peer" / "bin" / "python"
PEER_VERSION = "2.2.0"
WORKER = Path(__file__).with_name("peer_worker.py")
CONCURRENCY = 64
TARGET_AT_LATENCY = 20.0
# (row, what, emulator fault spec)
SCENARIOS = [
    ("7a", "no latency", None),
    ("7b", "50 ms latency", "latency=0.05"),
    ("7c", "10 % 503s", "error_503=0.1@POST:/raas/v2/orders"),
]
_runs = itertools.count()


def _check_peer() -> None:
    if not PEER_PYTHON.exists():
        raise RuntimeError(
            f"{PEER_PYTHON} is missing: `make bench` creates it (python3 -m venv build/bench/peer"
            f" && build/bench/peer/bin/python -m pip install raas=={PEER_VERSION})"
        )
    version = subprocess.run(
        [str(PEER_PYTHON), "-c", "import importlib.metadata as m; print(m.version('raas'))"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    if version != PEER_VERSION:
        raise RuntimeError(f"{PEER_PYTHON} has raas {version or 'not installed'}, not {PEER_VERSION}")


async def _placed(url: str) -> int:
    async with raw.RawClient(url) as client:
        body = json.loads(await client.get("/orders?elementsPerBlock=1"))
        return int(body["page"]["totalCount"])


def _peer(url: str, count: int) -> dict[str, Any]:
    done = subprocess.run(
        [str(PEER_PYTHON), str(WORKER), url, str(count), f"peer{next(_runs)}"],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"the raas {PEER_VERSION} worker failed: {done.stderr.strip()[-500:]!r}")
    result: dict[str, Any] = json.loads(lines[-1])
    return result


async def _aioraas(url: str, count: int) -> dict[str, Any]:
    from aioraas import RaasClient, fan_out

    run = next(_runs)
    async with RaasClient(platform_name=PLATFORM_NAME, platform_key=PLATFORM_KEY, base_url=url) as raas:
        start = time.perf_counter()
        failed = 0
        requests = (order_create(f"aioraas{run}-{i:06d}") for i in range(count))
        async for result in fan_out(raas, requests, concurrency=CONCURRENCY, run_id=f"peer{run}"):
            failed += not result.ok
        return {"asked": count, "raised": failed, "seconds": time.perf_counter() - start}


def _scenario(faults: str | None, count: int) -> dict[str, dict[str, Any]]:
    with emulator_process(faults=faults, seed=19) as server:
        sides: dict[str, dict[str, Any]] = {}
        for side in ("peer", "aioraas"):
            before = asyncio.run(_placed(server.url))
            server_cpu, client_cpu = server.cpu_seconds(), time.process_time()
            result = _peer(server.url, count) if side == "peer" else asyncio.run(_aioraas(server.url, count))
            # Shares of a core while the side ran: a starved run (another job on the cores) shows
            # as a busy share well below 100 % for an aioraas side that is not waiting on latency.
            result["server_busy"] = (server.cpu_seconds() - server_cpu) / result["seconds"]
            if side == "aioraas":
                result["client_busy"] = (time.process_time() - client_cpu) / result["seconds"]
            result["placed"] = asyncio.run(_placed(server.url)) - before
            result["lost"] = count - result["placed"]
            result["per_s"] = count / result["seconds"]
            sides[side] = result
    return sides


def run(quick: bool) -> list[Row]:
    _check_peer()
    count = 200 if quick else 1_000
    rows = []
    for number, what, faults in SCENARIOS:
        sides = _scenario(faults, count)
        ours, theirs = sides["aioraas"], sides["peer"]
        ratio = ours["per_s"] / theirs["per_s"]
        if number == "7b":
            target, met = f">= {TARGET_AT_LATENCY:.0f}x, 0 lost", ratio >= TARGET_AT_LATENCY
        elif number == "7c":
            target, met = "0 lost (aioraas)", True
        else:
            target, met = "> 1x, 0 lost", ratio > 1
        met = met and ours["lost"] == 0 and ours["placed"] == count
        rows.append(
            Row(
                number,
                f"{count:,} orders vs Tango's raas {PEER_VERSION} (sync), {what}",
                f"{ours['per_s']:,.0f} orders/s, {ours['lost']} lost (c={CONCURRENCY})",
                f"{theirs['per_s']:,.1f} orders/s, {theirs['lost']} lost, raised for"
                f" {theirs['raised']} (raas {PEER_VERSION})",
                ratio,
                target,
                met,
                {"faults": faults, "aioraas": ours, "peer": theirs, "concurrency": CONCURRENCY},
            )
        )
    return rows


def describe(row: Row) -> str:
    """One line on the CPU use of the aioraas side, printed by the runner under the measure."""
    ours = row.details["aioraas"]
    at = row.details["concurrency"] / 0.05 if row.number == "7b" else None
    bound = f"; latency alone would allow {at:,.0f} orders/s" if at else ""
    return (
        f"    aioraas side: client {ours['client_busy']:.0%} of a core, emulator {ours['server_busy']:.0%}"
        f"{bound}"
    )
