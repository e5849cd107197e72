"""Measure 10: one fan-out job on many workers through a PostgreSQL journal, and the journal's cost.

(a) Shared rate: 4 ``aioraas fan-out`` worker processes on one PostgreSQL journal, each started with
    ``--rate 20``, against an emulator with a 20 TPS limit (no faults). With a PostgreSQL journal
    ``--rate`` is the limit of all workers together (``PostgresRateLimiter`` in the job's database).
    Reported: orders placed per second in the steady part of the run (from 10 % to 90 % of the
    rows, sampled from the emulator's own counters) over the limit, and the share of answers that
    were 429. Target: >= 0.97, < 1 % 429s.
(b) Per-row cost of the journal on one worker: ``fan_out`` of the same rows with a SQLite file and
    with a PostgreSQL database on a Unix socket, against an instant stand-in client, so that only
    the engine and the journal are timed. Rounds alternate the two; the ratio is the median's.
(c) The issue's job at full size: 3,000 rows, 4 workers, 20 TPS limit, seeded faults (connections
    dropped after commit, 503s), two workers SIGKILLed at seeded random moments and started again.
    Reported: the emulator's books read through its HTTP API (duplicates, missing, balance) and the
    rate over the whole job (start-up, the dead workers' lease and the tail included).

The PostgreSQL server is started by the bench itself (pgserver): no system install, no root.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.helpers.postgres import new_database, private_server

from bench.common import Row, order_create, ratio_spread


class _Orders:
    async def create(self, request: Any, **options: Any) -> Any:
        from aioraas import OrderResult
        from aioraas.models import v2

        order = v2.Order(reference_order_id="RA-1", external_ref_id=request.external_ref_id)
        return OrderResult(
            order=order, created=True, external_ref_id=request.external_ref_id, request_id=None, attempts=1
        )


class _Client:
    max_connections = 64

    def __init__(self) -> None:
        self.v2 = type("V2", (), {})()
        self.v2.orders = _Orders()
        self.v1 = None


async def _journal_run(journal: str | Path, count: int) -> float:
    """Seconds per row of one fan-out of ``count`` distinct rows through ``journal``."""
    from aioraas import fan_out

    rows = [order_create() for _ in range(count)]  # identical orders: told apart by occurrence
    start = time.perf_counter()
    done = 0
    async for result in fan_out(_Client(), rows, journal=journal, run_id="bench10", concurrency=32):
        done += result.ok
    elapsed = time.perf_counter() - start
    if done != count:
        raise RuntimeError(f"{count - done} of {count} rows failed")
    return elapsed / count


def _overhead(server: Any, count: int, rounds: int) -> tuple[list[float], list[float]]:
    sqlite: list[float] = []
    postgres: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        for n in range(rounds):
            order = ("sqlite", "postgres") if n % 2 == 0 else ("postgres", "sqlite")
            for kind in order:
                if kind == "sqlite":
                    sqlite.append(asyncio.run(_journal_run(Path(folder) / f"j{n}.sqlite", count)))
                else:
                    url = asyncio.run(new_database(server, "b"))
                    postgres.append(asyncio.run(_journal_run(url, count)))
    return sqlite, postgres


def _shared_rate(server: Any, folder: Path, rows: int, tps: float) -> dict[str, Any]:
    """Run (a): the steady placing rate and the 429 share, from the emulator's counters."""
    import threading

    from tests.integration.cli_support import ACCOUNT, CUSTOMER
    from tests.integration.workers_support import OPENING, run_job

    from aioraas.emulator import Emulator

    journal = asyncio.run(new_database(server, "b"))
    samples: list[tuple[float, int]] = []
    stop = threading.Event()
    with Emulator(tps=tps) as emu:
        emu.create_account(CUSTOMER, ACCOUNT, balance=OPENING)

        def placed() -> int:
            requests = emu.stats.requests
            return sum(
                n
                for (route, status), n in requests.items()
                if route == "POST /raas/v2/orders" and status < 300
            )

        def sample() -> None:
            while not stop.wait(0.25):
                samples.append((time.monotonic(), placed()))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        try:
            job = run_job(
                folder, journal, rows=rows, workers=4, tps=tps, seed=1, kills=0, kill_window=(0.0, 0.0),
                url=emu.url, rate=tps, timeout=rows / tps * 4 + 60,
            )  # fmt: skip
        finally:
            stop.set()
            sampler.join()
        stats = emu.stats
    answers = sum(stats.requests.values())
    limited = stats.rate_limited + sum(n for (_, status), n in stats.requests.items() if status == 429)
    low = next(s for s in samples if s[1] >= rows * 0.1)
    high = next(s for s in samples if s[1] >= rows * 0.9)
    rate = (high[1] - low[1]) / (high[0] - low[0])
    return {
        "rate": rate,
        "share_429": limited / answers if answers else 0.0,
        "answers": answers,
        "limited": limited,
        "exact": job.duplicates == job.missing == job.unexpected == 0 and job.reconciles,
        "elapsed_s": round(job.elapsed, 1),
    }


def run(quick: bool) -> list[Row]:
    from tests.integration.workers_support import describe, run_job

    rows, tps, count, rounds = (600, 20.0, 1_000, 2) if quick else (3_000, 20.0, 5_000, 4)
    with private_server("aioraas-bench-pg-") as server:
        sqlite, postgres = _overhead(server, count, rounds)
        with tempfile.TemporaryDirectory() as folder:
            shared = _shared_rate(server, Path(folder), rows, tps)
        with tempfile.TemporaryDirectory() as folder:
            journal = asyncio.run(new_database(server, "b"))
            window = (5.0, rows / tps * 0.6)
            job = run_job(
                Path(folder), journal, rows=rows, workers=4, tps=tps, seed=1717, kills=2, kill_window=window,
                lease=5.0, timeout=rows / tps * 4 + 60,
            )  # fmt: skip
    shown = describe(job)
    rate = job.rows / job.elapsed
    exact = job.duplicates == job.missing == job.unexpected == 0 and job.reconciles and len(job.kills) == 2
    per_sqlite, per_pg = statistics.median(sqlite), statistics.median(postgres)
    overhead = per_pg / per_sqlite
    shared_ratio = shared["rate"] / tps
    return [
        Row(
            "10a",
            f"{rows:,} rows, 4 workers each with --rate {tps:g} on one PostgreSQL journal (shared limit), "
            f"{tps:g} TPS server limit: placing rate / limit; share of 429s",
            f"{shared['rate']:.2f} orders/s; {shared['share_429']:.2%} 429s",
            f"limit {tps:g}/s",
            shared_ratio,
            ">= 0.97x, < 1 % 429s",
            shared_ratio >= 0.97 and shared["share_429"] < 0.01 and shared["exact"],
            shared,
        ),
        Row(
            "10b",
            f"journal cost per row, one worker, instant stand-in API ({count:,} rows): PostgreSQL vs SQLite",
            f"{per_pg * 1e6:,.0f} us/row",
            f"{per_sqlite * 1e6:,.0f} us/row",
            overhead,
            "< 2 ms/row",
            per_pg < 2e-3,
            {
                "postgres_us": [round(x * 1e6) for x in postgres],
                "sqlite_us": [round(x * 1e6) for x in sqlite],
                "ratio_spread": ratio_spread(postgres, sqlite),
            },
        ),
        Row(
            "10c",
            f"{rows:,} rows, 4 workers, {tps:g} TPS limit, faults, 2 workers SIGKILLed and restarted: "
            "books exact? whole-job rate / limit",
            f"{job.duplicates} duplicates, {job.missing} missing, "
            f"balance {'reconciles' if job.reconciles else 'DOES NOT reconcile'}; {rate:,.1f} rows/s",
            f"limit {tps:g}/s",
            rate / tps,
            "exactly once",
            exact,
            shown,
        ),
    ]
