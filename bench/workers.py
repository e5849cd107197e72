"""Measure 10: one fan-out job on many workers through a PostgreSQL journal, and the journal's cost.

(a) The issue's job at full size: 3,000 rows, 4 ``aioraas fan-out`` worker processes sharing one
    PostgreSQL journal against one emulator with a 20 TPS limit and seeded faults (connections
    dropped after commit, 503s); two workers SIGKILLed at seeded random moments and started again.
    Reported: the aggregate rate over the limit, and the emulator's books read through its HTTP
    API (duplicates, missing, balance). Each worker runs ``--rate 4.5`` (90 % of the limit split in
    four): with no limiter shared between processes, that is how a user keeps under the limit.
(b) Per-row cost of the journal on one worker: ``fan_out`` of the same rows with a SQLite file and
    with a PostgreSQL database (the private server of the test suite, pgserver, on a Unix socket),
    against an instant stand-in client, so that only the engine and the journal are timed.
    Rounds alternate the two; the ratio is the median round's.

The PostgreSQL server is started by the bench itself (pgserver): no system install, no root.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.common import Row, order_create, ratio_spread


@contextlib.contextmanager
def _postgres() -> Iterator[Any]:
    import pgserver

    with tempfile.TemporaryDirectory(prefix="aioraas-bench-pg-") as data:
        server = pgserver.get_server(Path(data), cleanup_mode="stop")
        try:
            yield server
        finally:
            server.cleanup()


async def _database(server: Any) -> str:
    import asyncpg

    name = f"b_{secrets.token_hex(6)}"
    admin = await asyncpg.connect(server.get_uri())
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    url: str = server.get_uri(name)
    return url


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
                    url = asyncio.run(_database(server))
                    postgres.append(asyncio.run(_journal_run(url, count)))
    return sqlite, postgres


def run(quick: bool) -> list[Row]:
    from tests.integration.workers_support import describe, run_job

    rows, tps, count, rounds = (600, 60.0, 1_000, 2) if quick else (3_000, 20.0, 5_000, 4)
    with _postgres() as server:
        sqlite, postgres = _overhead(server, count, rounds)
        with tempfile.TemporaryDirectory() as folder:
            journal = asyncio.run(_database(server))
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
    return [
        Row(
            "10a",
            f"{rows:,} rows, 4 workers on one PostgreSQL journal, {tps:g} TPS limit, faults, 2 workers "
            "SIGKILLed and restarted: aggregate rate / limit; books exact?",
            f"{rate:,.1f} rows/s; {job.duplicates} duplicates, {job.missing} missing, "
            f"balance {'reconciles' if job.reconciles else 'DOES NOT reconcile'}",
            f"limit {tps:g}/s",
            rate / tps,
            "exactly once; ~0.9x (--rate 90 % / 4 each)",
            exact,
            shown,
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
    ]
