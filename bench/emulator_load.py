"""Measure 8: what the emulator costs per stored order: resident memory, and orders per CPU-second.

One emulator process (its own CPU) receives N orders from the raw client (``bench/raw.py``, a
semaphore fan-out at concurrency 64). Its resident memory (VmRSS) is read before and after, once the
orders are stored; the growth over N is the memory per stored order. Its CPU time over the run gives
how many orders one emulator process serves per second of CPU (what it does when the client is fast
enough to keep it busy: on two shared cores the client is not always). ``python -m bench.emulator_load
N`` runs it alone, e.g. the 1,000,000-order load test.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

from bench import raw
from bench.common import Row, Server, emulator_process

CONCURRENCY = 64
TARGET_BYTES = 1024
TARGET_RATE = 8_000


def resident_bytes(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


async def _load(server: Server, count: int) -> float:
    async with raw.RawClient(server.url) as client:
        await raw.fan_out(client, 200, CONCURRENCY, lambda i: f"warm-{i:07d}")
        start = time.perf_counter()
        _, failed = await raw.fan_out(client, count, CONCURRENCY, lambda i: f"load-{i:08d}")
        if failed:
            raise RuntimeError(f"{failed} of {count} orders failed")
        return time.perf_counter() - start


def measure(count: int) -> dict[str, float]:
    with emulator_process() as server:
        asyncio.run(_load(server, 1))  # imports, first connections, first order
        before, cpu = resident_bytes(server.pid), server.cpu_seconds()
        wall = asyncio.run(_load(server, count))
        cpu = server.cpu_seconds() - cpu
        after = resident_bytes(server.pid)
    return {
        "orders": count,
        "rss_before_mib": before / 2**20,
        "rss_after_mib": after / 2**20,
        "bytes_per_order": (after - before) / count,
        "orders_per_cpu_s": count / cpu,
        "orders_per_s": count / wall,
        "server_busy": cpu / wall,
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
            f" server {result['server_busy']:.0%} busy)",
            "-",
            None,
            f">= {TARGET_RATE:,}",
            rate >= TARGET_RATE,
            result,
        ),
    ]


def main(argv: list[str]) -> int:
    count = int(argv[0]) if argv else 1_000_000
    result = measure(count)
    for key, value in result.items():
        print(f"{key}: {value:,.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
