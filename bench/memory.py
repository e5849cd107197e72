"""Measure 4: peak memory of a fan-out does not grow with the number of orders.

Each fan-out runs in a fresh Python process of its own (``python -m bench.memory --worker ...``),
against a fresh emulator process, with a journal (a SQLite file in a temporary directory). Inputs
come from a generator, results are counted and dropped, as a bulk job does. The worker reports its
peak resident set size (``resource.getrusage(RUSAGE_SELF).ru_maxrss``), and the large run's peak is
divided by the small run's.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import PLATFORM_KEY, PLATFORM_NAME, ROOT, Row, emulator, order_create

CONCURRENCY = 64
TARGET = 1.2


async def _fan_out(url: str, count: int, journal: Path) -> int:
    from aioraas import RaasClient, fan_out

    ok = 0
    async with RaasClient(platform_name=PLATFORM_NAME, platform_key=PLATFORM_KEY, base_url=url) as raas:
        requests = (order_create() for _ in range(count))
        async for result in fan_out(raas, requests, concurrency=CONCURRENCY, journal=journal):
            ok += result.ok
    return ok


def worker(url: str, count: int, journal: Path) -> None:
    start = time.perf_counter()
    ok = asyncio.run(_fan_out(url, count, journal))
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(
        json.dumps(
            {"ok": ok, "peak_kib": peak_kib, "end_kib": _rss_kib(), "elapsed_s": time.perf_counter() - start}
        )
    )


def _rss_kib() -> int | None:
    """The resident set size now (VmRSS), where /proc tells it."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def _run(count: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="aioraas-bench-") as tmp, emulator() as url:
        command = [
            sys.executable,
            "-m",
            "bench.memory",
            "--worker",
            url,
            str(count),
            str(Path(tmp) / "j.sqlite"),
        ]
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"memory worker ({count} orders) failed: {done.stderr.strip()[-2000:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    if result["ok"] != count:
        raise RuntimeError(f"memory worker: {count - result['ok']} of {count} orders failed")
    return result


def run(quick: bool) -> list[Row]:
    small, large = (2_000, 20_000) if quick else (10_000, 100_000)
    low, high = _run(small), _run(large)
    ratio = high["peak_kib"] / low["peak_kib"]
    return [
        Row(
            "4",
            f"peak RSS of a fan-out, {large:,} vs {small:,} orders (journal on)",
            f"{high['peak_kib'] / 1024:.1f} MiB ({large:,})",
            f"{low['peak_kib'] / 1024:.1f} MiB ({small:,})",
            ratio,
            f"<= {TARGET}x",
            ratio <= TARGET,
            {
                "small": {"orders": small, **low},
                "large": {"orders": large, **high},
                "growth_mib": round((high["peak_kib"] - low["peak_kib"]) / 1024, 2),
                "large_orders_per_s": round(large / high["elapsed_s"]),
            },
        )
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--worker", nargs=3, metavar=("URL", "COUNT", "JOURNAL"), required=True)
    args = parser.parse_args()
    url, count, journal = args.worker
    worker(url, int(count), Path(journal))


if __name__ == "__main__":
    main()
