"""``aioraas fan-out --async-orders`` in real subprocesses: per-row results, line-item progress, and
a SIGKILL at a random point followed by a resume, counted through the emulator's HTTP API."""

from __future__ import annotations

import asyncio
import csv
import random
import signal
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from aioraas import RaasClient
from tests.integration.async_support import books
from tests.integration.cli_support import (
    ACCOUNT,
    CLI,
    WHERE,
    clean_env,
    confirmed,
    emulator_server,
    good_rows,
    run_cli,
    write_csv,
)

FUNDS = Decimal(100000)
LOGIN = ["--platform-name", "aioraas-emulator", "--platform-key", "emulator-key"]


@pytest.fixture
def emulator_process() -> Iterator[str]:
    """A separate emulator whose async orders are slow to answer and to process, and drop answers."""
    with emulator_server(
        "--faults",
        "latency=0.05-0.1@POST:/raas/v2/asyncOrders,drop_after_commit=0.2@POST:/raas/v2/asyncOrders",
        "--seed", "7", "--async-rate", "400",
    ) as url:  # fmt: skip
        yield url


def seen(url: str) -> dict[str, object]:
    async def read() -> dict[str, object]:
        async with RaasClient("aioraas-emulator", "emulator-key", base_url=url) as raas:
            return await books(raas, ACCOUNT)

    return asyncio.run(read())


def test_async_orders_report_per_row_results_and_line_item_progress(tmp_path: Path) -> None:
    rows = good_rows(30)
    rows[4][2] = "U999999999"  # line 6: no such item, refused by the API within its batch
    source = write_csv(tmp_path / "rewards.csv", rows)
    out = tmp_path / "results.csv"
    done = run_cli(
        "fan-out", str(source), *WHERE, "--async-orders", "--batch-size", "8", "--emulator",
        "--run-id", "clitest", "--out", str(out), "--progress", "lines",
    )  # fmt: skip
    assert done.returncode == 1, done.stderr  # one row failed
    assert "line 6: failed:" in done.stderr
    assert "utid" in done.stderr
    assert "progress: line items done 29 | failed 1 | pending 0" in done.stderr
    assert "29 line items in 4 async orders held for 29 rewards sent; 0 duplicates, 0 missing" in done.stdout
    with out.open() as handle:
        results = list(csv.DictReader(handle))
    assert len(results) == 30
    assert Counter(r["status"] for r in results) == {"created": 29, "failed": 1}
    usage = run_cli("fan-out", str(source), *WHERE, "--batch-size", "8", "--emulator")
    assert usage.returncode == 2
    assert "--batch-size applies to --async-orders only" in usage.stderr


def test_a_killed_async_run_resumes_without_losing_or_repeating_a_reward(
    tmp_path: Path, emulator_process: str
) -> None:
    count = 600
    source = write_csv(tmp_path / "rewards.csv", good_rows(count))
    journal = tmp_path / "run.sqlite"
    command = [
        *CLI, "fan-out", str(source), *WHERE, "--async-orders", "--batch-size", "50", "--concurrency", "2",
        "--journal", str(journal), "--base-url", emulator_process, *LOGIN, "--progress", "none",
    ]  # fmt: skip
    chance = random.Random(18)
    kills = 0
    finished = False
    for _ in range(3):
        victim = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=clean_env()
        )
        wanted = confirmed(journal) + chance.randint(0, 150)
        deadline = time.monotonic() + 60
        while confirmed(journal) < wanted and victim.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(chance.uniform(0, 0.15))
        if victim.poll() is not None:
            finished = True  # it got to the end before the kill: the resume below has nothing left
            break
        victim.send_signal(signal.SIGKILL)
        assert victim.wait(timeout=10) == -signal.SIGKILL
        kills += 1
    assert kills >= 2
    assert finished or confirmed(journal) < count
    resumed = subprocess.run(
        command, capture_output=True, text=True, timeout=120, env=clean_env(), check=False
    )
    assert resumed.returncode == 0, resumed.stderr
    assert "resuming journal" in resumed.stderr
    assert confirmed(journal) == count

    shown = seen(emulator_process)
    lines = shown["lines"]
    assert isinstance(lines, list)
    done = Counter(line["recipientEmail"] for line in lines if line["status"] == "COMPLETE")
    assert set(done.values()) == {1}  # nothing sent twice
    assert set(done) == {f"user{n}@acme.test" for n in range(count)}  # nothing lost
    assert shown["balance"] == FUNDS - Decimal("5.00") * count  # to the cent
