"""One fan-out job run by several ``aioraas fan-out`` worker processes sharing a PostgreSQL journal,
some of them SIGKILLed at seeded random moments and started again; the emulator's books read back
through its HTTP API. Used by tests/integration/test_fanout_workers.py and by bench measure 10."""

from __future__ import annotations

import asyncio
import contextlib
import random
import subprocess
import time
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

import attrs

from aioraas import RaasClient
from tests.integration.cli_support import (
    ACCOUNT,
    CLI,
    WHERE,
    clean_env,
    emulator_server,
    expected_ids,
    write_csv,
)

KEY = ["--platform-name", "aioraas-emulator", "--platform-key", "emulator-key"]
OPENING = Decimal(100000)
ORDERS = "POST:/raas/v2/orders"
FAULTS = f"drop_after_commit=0.03@{ORDERS},error_503=0.03@{ORDERS},latency=0.002-0.01@{ORDERS}"


def rewards(count: int) -> list[list[str]]:
    """``count`` distinct rewards with amounts from 1.00 to 9.99 (so the balance check means something)."""
    return [[f"user{n}@acme.test", f"{1 + n % 9}.{n % 100:02d}", "U561593"] for n in range(count)]


@attrs.define
class Worker:
    index: int
    process: subprocess.Popen[str]
    out: Path
    log: IO[str]
    started: float
    killed: bool = False


@attrs.define
class Job:
    """What happened: workers' exit statuses, kills, and the emulator's books."""

    rows: int
    elapsed: float
    exits: list[int]
    kills: list[tuple[int, float]]
    """(worker, seconds after the start) of each SIGKILL."""
    held: Counter[str]
    expected: Counter[str]
    balance: Decimal
    charged: Decimal
    outs: list[Path]
    logs: list[Path]
    refused: subprocess.CompletedProcess[str] | None = None
    midway: subprocess.CompletedProcess[str] | None = None
    """``aioraas fan-out status`` while the workers ran (with ``try_other_input``)."""

    @property
    def duplicates(self) -> int:
        return sum(count - 1 for count in self.held.values() if count > 1)

    @property
    def missing(self) -> int:
        return len(set(self.expected) - set(self.held))

    @property
    def unexpected(self) -> int:
        return len(set(self.held) - set(self.expected))

    @property
    def reconciles(self) -> bool:
        return OPENING - self.charged == self.balance


async def books(url: str) -> tuple[Counter[str], Decimal, Decimal]:
    """Orders held by externalRefID, what they charged, and the account's balance: through the API."""
    async with RaasClient("aioraas-emulator", "emulator-key", base_url=url) as raas:
        held: Counter[str] = Counter()
        charged = Decimal(0)
        async for order in raas.v2.orders.list(account_identifier=ACCOUNT):
            held[order.external_ref_id or ""] += 1
            if order.amount_charged is not None and order.amount_charged.total is not None:
                charged += order.amount_charged.total
        account = await raas.v2.accounts.get(ACCOUNT)
        return held, charged, account.current_balance or Decimal(0)


def run_job(
    folder: Path,
    journal: str,
    *,
    rows: int,
    workers: int,
    tps: float,
    seed: int,
    kills: int,
    kill_window: tuple[float, float],
    lease: float = 2.0,
    run_id: str = "w17",
    concurrency: int = 8,
    faults: str = FAULTS,
    timeout: float = 300.0,
    try_other_input: bool = False,
    rate: float | None = None,
    url: str | None = None,
) -> Job:
    """Run the job to completion: ``workers`` processes, ``kills`` of them SIGKILLed once each at
    seeded random moments within ``kill_window`` (seconds after the start) and started again.

    Every worker gets ``--rate rate`` (default: the emulator's ``tps``): with a PostgreSQL journal it
    is the limit of all of them together. ``url``: an emulator already running (with the account
    funded with :data:`OPENING`), instead of one started here with ``tps`` and ``faults``."""
    source = write_csv(folder / "rewards.csv", rewards(rows))
    rng = random.Random(seed)
    victims = rng.sample(range(workers), kills)
    schedule = sorted((rng.uniform(*kill_window), victim) for victim in victims)
    rate = tps if rate is None else rate
    emulator = (
        emulator_server("--tps", str(tps), "--faults", faults, "--seed", str(seed))
        if url is None
        else contextlib.nullcontext(url)
    )
    with emulator as url:
        command = [
            *CLI, "fan-out", str(source), *WHERE, "--base-url", url, *KEY, "--journal", journal,
            "--run-id", run_id, "--lease", str(lease), "--rate", f"{rate:g}",
            "--concurrency", str(concurrency), "--progress", "none",
        ]  # fmt: skip
        outs: list[Path] = []
        logs: list[Path] = []

        def start(index: int) -> Worker:
            out = folder / f"worker{index}-{len(outs)}.csv"
            log_path = folder / f"worker{index}-{len(outs)}.log"
            outs.append(out)
            logs.append(log_path)
            log = log_path.open("w")
            process = subprocess.Popen(
                [*command, "--out", str(out)],
                stdout=log,
                stderr=subprocess.STDOUT,
                text=True,
                env=clean_env(),
            )
            return Worker(index, process, out, log, time.monotonic())

        began = time.monotonic()
        running = {index: start(index) for index in range(workers)}
        finished: list[Worker] = []
        refused = midway = None
        if try_other_input:
            other = write_csv(folder / "other.csv", rewards(rows + 1))
            other_command = [*command[: len(CLI) + 1], str(other), *command[len(CLI) + 2 :]]
            time.sleep(kill_window[0] / 2)
            refused = subprocess.run(
                other_command, capture_output=True, text=True, timeout=120, env=clean_env(), check=False
            )
            midway = subprocess.run(
                [*CLI, "fan-out", "status", "--journal", journal, "--run-id", run_id],
                capture_output=True, text=True, timeout=120, env=clean_env(), check=False,
            )  # fmt: skip
        kills_done: list[tuple[int, float]] = []
        deadline = began + timeout
        while running and time.monotonic() < deadline:
            now = time.monotonic() - began
            while schedule and schedule[0][0] <= now:
                _, victim = schedule.pop(0)
                worker = running.get(victim)
                if worker is not None and worker.process.poll() is None:
                    worker.process.kill()
                    worker.process.wait(timeout=10)
                    worker.killed = True
                    worker.log.close()
                    finished.append(worker)
                    kills_done.append((victim, round(now, 2)))
                    running[victim] = start(victim)  # the operator starts it again
            for index, worker in list(running.items()):
                if worker.process.poll() is not None:
                    worker.log.close()
                    finished.append(running.pop(index))
            time.sleep(0.05)
        for worker in running.values():  # past the deadline: stop, and let the checks fail
            worker.process.kill()
            worker.process.wait(timeout=10)
            worker.log.close()
            finished.append(worker)
        elapsed = time.monotonic() - began
        held, charged, balance = asyncio.run(books(url))
    exits = [w.process.returncode for w in sorted(finished, key=lambda w: w.started) if not w.killed]
    return Job(
        rows, elapsed, exits, kills_done, held, expected_ids(source, run_id), balance, charged, outs, logs,
        refused, midway,
    )  # fmt: skip


def merged_results(paths: list[Path]) -> Counter[int]:
    """How many result rows the workers' files hold for each input line."""
    import csv

    lines: Counter[int] = Counter()
    for path in paths:
        if path.exists():
            for row in csv.DictReader(path.read_text().splitlines()):
                if row.get("line"):
                    lines[int(row["line"])] += 1
    return lines


def describe(job: Job) -> dict[str, Any]:
    return {
        "rows": job.rows,
        "elapsed_s": round(job.elapsed, 1),
        "kills": job.kills,
        "exits": job.exits,
        "held": sum(job.held.values()),
        "duplicates": job.duplicates,
        "missing": job.missing,
        "unexpected": job.unexpected,
        "reconciles": job.reconciles,
    }
