"""Measure 8: what the emulator costs per stored order: resident memory, and orders per CPU-second.

One emulator process (its own CPU) receives N orders from ``bench/loadgen.py``: 64 keep-alive
connections, one order in flight on each, bytes prebuilt, a client far cheaper per order than the
emulator, so that the emulator is kept busy. (The raw aiohttp client of the other measures costs
more per order than the emulator and left it 18-40 % busy, woken for one request at a time.) Its
resident memory (VmRSS) is read before and after, once the orders are stored; the growth over N is
the memory per stored order. Its CPU time over the run gives how many orders one emulator process
serves per second of CPU. ``python -m bench.emulator_load N`` runs it alone, e.g. the
1,000,000-order load test.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

from bench import loadgen
from bench.common import Row, Server, emulator_process, server_process
from bench.fanout_rate import _record_answer

CONCURRENCY = 64
TARGET_BYTES = 1024
TARGET_RATE = 8_000


def resident_bytes(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


async def _load(server: Server, count: int, tag: str) -> float:
    start = time.perf_counter()
    failed = await loadgen.post_orders(server.url, count, CONCURRENCY, lambda i: f"{tag}-{i:08d}")
    if failed:
        raise RuntimeError(f"{failed} of {count} orders failed")
    return time.perf_counter() - start


def _floor(status: int, answer: bytes, count: int) -> float:
    """Orders per CPU-second of a bare aiohttp.web handler answering ``answer`` (bench.aiohttp_floor)."""
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch, "order.json")
        path.write_bytes(answer)
        command = [sys.executable, "-m", "bench.aiohttp_floor", str(status), str(path)]
        with server_process(command, "floor listening on ") as server:
            asyncio.run(_load(server, 200, "warm"))
            cpu = server.cpu_seconds()
            asyncio.run(_load(server, count, "floor"))
            return count / (server.cpu_seconds() - cpu)


def measure(count: int, floor: bool = True) -> dict[str, float]:
    with emulator_process() as server:
        status, answer = asyncio.run(_record_answer(server.url))
        asyncio.run(_load(server, 200, "warm"))  # imports, first connections, first orders
        before, cpu = resident_bytes(server.pid), server.cpu_seconds()
        client_cpu = time.process_time()
        wall = asyncio.run(_load(server, count, "load"))
        cpu = server.cpu_seconds() - cpu
        client_cpu = time.process_time() - client_cpu
        after = resident_bytes(server.pid)
    # The same load on a server doing none of the emulator's work, right after: what aiohttp's
    # own share costs on this machine now (a floor no aiohttp server can go below).
    floor_rate = _floor(status, answer, min(count, 20_000)) if floor else 0.0
    return {
        "orders": count,
        "rss_before_mib": before / 2**20,
        "rss_after_mib": after / 2**20,
        "bytes_per_order": (after - before) / count,
        "orders_per_cpu_s": count / cpu,
        "orders_per_s": count / wall,
        "server_busy": cpu / wall,
        "client_busy": client_cpu / wall,
        "floor_orders_per_cpu_s": floor_rate,
    }


def run(quick: bool) -> list[Row]:
    result = measure(20_000 if quick else 200_000)
    count = int(result["orders"])
    per_order, rate = result["bytes_per_order"], result["orders_per_cpu_s"]
    return [
        Row(
            "8a",
            f"emulator resident memory per stored order ({count:,} orders)",
            f"{per_order:,.0f} B/order ({result['rss_before_mib']:.1f} -> {result['rss_after_mib']:.1f} MiB)",
            "4.2 KB/order (issue 19, before)",
            None,
            f"<= {TARGET_BYTES:,} B",
            per_order <= TARGET_BYTES,
            result,
        ),
        Row(
            "8b",
            "orders one emulator process serves per CPU-second (POST /orders)",
            f"{rate:,.0f} orders/CPU-s ({result['orders_per_s']:,.0f} orders/s wall,"
            f" server {result['server_busy']:.0%} busy, load generator {result['client_busy']:.0%})",
            f"{result['floor_orders_per_cpu_s']:,.0f} orders/CPU-s (bare aiohttp.web handler, same answer)",
            # The share of aiohttp's own floor the emulator reaches (1.0: its work would cost nothing).
            rate / result["floor_orders_per_cpu_s"] if result["floor_orders_per_cpu_s"] else None,
            f">= {TARGET_RATE:,}",
            rate >= TARGET_RATE,
            result,
        ),
    ]


def main(argv: list[str]) -> int:
    count = int(argv[0]) if argv else 1_000_000
    result = measure(count, floor=False)
    for key, value in result.items():
        print(f"{key}: {value:,.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
