"""``aioraas fan-out`` and ``aioraas send`` in real subprocesses, including resume after SIGKILL."""

from __future__ import annotations

import asyncio
import csv
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from aioraas import RaasClient

CLI = [sys.executable, "-m", "aioraas"]
CUSTOMER, ACCOUNT = "acme-hr", "acme-hr-q1"
WHERE = ["--customer", CUSTOMER, "--account", ACCOUNT]


def clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("RAAS_")}


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, *args], capture_output=True, text=True, timeout=timeout, env=clean_env(), check=False
    )


def write_csv(
    path: Path, rows: list[list[str]], header: tuple[str, ...] = ("recipient_email", "amount", "utid")
) -> Path:
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def good_rows(count: int) -> list[list[str]]:
    return [[f"user{n}@acme.test", "5.00", "U561593"] for n in range(count)]


def test_fan_out_reports_bad_rows_with_their_lines_and_sends_the_rest(tmp_path: Path) -> None:
    rows = good_rows(20)
    rows[2] = ["c@acme.test", "lots", "U561593"]  # line 4
    rows[5] = ["not-an-email", "5.00", "U561593"]  # line 7
    rows[9] = ["j@acme.test", "5.00", "X1"]  # line 11
    rows[14] = ["o@acme.test", "5.00", "U561593", "extra"]  # line 16
    source = write_csv(tmp_path / "rewards.csv", rows)
    out = tmp_path / "results.csv"
    faults = "drop_after_commit=0.1@POST:/raas/v2/orders,error_503=0.1@POST:/raas/v2/orders"
    done = run_cli(
        "fan-out", str(source), *WHERE, "--emulator", "--emulator-faults", faults, "--emulator-seed", "3",
        "--out", str(out), "--progress", "lines",
    )  # fmt: skip
    assert done.returncode == 1, done.stderr  # some rows failed
    results = list(csv.DictReader(out.read_text().splitlines()))
    assert len(results) == 20
    failed = {int(r["line"]): r["reason"] for r in results if r["status"] == "failed"}
    assert sorted(failed) == [4, 7, 11, 16]
    assert failed[4].startswith("amount:")
    assert "[422.028]" in failed[7]  # Tango's to refuse: "... Failed field: email. ..."
    assert "Failed field: email" in failed[7]
    assert failed[11].startswith("utid:")
    assert failed[16] == "4 cells for 3 columns"
    sent = [r for r in results if r["status"] in ("created", "existing")]
    assert len(sent) == 16
    assert all(r["reference_order_id"] and r["external_ref_id"] for r in sent)
    assert "line 4: failed: amount:" in done.stderr
    assert "16 orders held for 16 rewards sent; 0 duplicates, 0 missing, 0 unexpected" in done.stdout
    assert "every reward was sent exactly once" in done.stdout
    assert "progress: 20/20" in done.stderr


def test_dry_run_checks_every_row_and_sends_nothing(tmp_path: Path) -> None:
    rows = good_rows(5)
    rows[3] = ["x@acme.test", "-1", "U561593"]
    bad = run_cli("fan-out", str(write_csv(tmp_path / "bad.csv", rows)), *WHERE, "--dry-run")
    assert bad.returncode == 1
    assert "line 5: amount: must be >= 0" in bad.stdout
    assert "5 rows, 4 valid, 1 invalid" in bad.stdout
    good = run_cli("fan-out", str(write_csv(tmp_path / "good.csv", good_rows(5))), *WHERE, "--dry-run")
    assert good.returncode == 0
    assert "5 rows, 5 valid, 0 invalid" in good.stdout


def test_usage_problems_exit_2_with_a_clear_message(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "rewards.csv", good_rows(2))
    no_credentials = run_cli("fan-out", str(source), *WHERE)
    assert no_credentials.returncode == 2
    assert "RAAS_PLATFORM_NAME" in no_credentials.stderr
    no_account = run_cli("fan-out", str(source), "--customer", CUSTOMER, "--emulator")
    assert no_account.returncode == 2
    assert "missing column(s) account" in no_account.stderr
    assert "Traceback" not in no_account.stderr + no_credentials.stderr


def test_send_one_reward_and_again_with_the_same_id() -> None:
    args = ["send", *WHERE, "--utid", "U561593", "--amount", "25", "--email", "ann@acme.test", "--emulator"]
    first = run_cli(*args, "--external-id", "pinned-1")
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("placed order: ")
    assert "externalRefID pinned-1" in first.stdout
    invalid = run_cli(*args[:-5], "--amount", "2.555", "--emulator")
    assert invalid.returncode == 2
    assert "amount" in invalid.stderr
    assert "multiple of 0.01" in invalid.stderr


@pytest.fixture
def emulator_process() -> Iterator[str]:
    """A separate emulator process with latency on orders, so a fan-out against it takes a while."""
    process = subprocess.Popen(
        [*CLI, "emulator", "--port", "0", "--preload-account", f"{CUSTOMER}/{ACCOUNT}=100000",
         "--faults", "latency=0.02-0.04@POST:/raas/v2/orders"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=clean_env(),
    )  # fmt: skip
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("aioraas emulator listening on "), first
        yield first.rsplit(" ", 1)[1].strip()
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


def confirmed(journal: Path) -> int:
    if not journal.exists():
        return 0
    connection = sqlite3.connect(f"file:{journal}?mode=ro", uri=True, timeout=5)
    try:
        return int(connection.execute("SELECT COUNT(*) FROM entries WHERE state = 'confirmed'").fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # the tables are not created yet
    finally:
        connection.close()


async def orders_held(url: str) -> Counter[str]:
    async with RaasClient("aioraas-emulator", "emulator-key", base_url=url) as raas:
        return Counter(
            [o.external_ref_id or "" async for o in raas.v2.orders.list(account_identifier=ACCOUNT)]
        )


def test_a_run_killed_with_sigkill_resumes_without_losing_or_repeating_anything(
    tmp_path: Path, emulator_process: str
) -> None:
    source = write_csv(tmp_path / "rewards.csv", good_rows(300))
    journal = tmp_path / "run.sqlite"
    command = [
        *CLI, "fan-out", str(source), *WHERE, "--journal", str(journal), "--concurrency", "4",
        "--base-url", emulator_process, "--platform-name", "aioraas-emulator",
        "--platform-key", "emulator-key", "--progress", "none",
    ]  # fmt: skip
    victim = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=clean_env())
    deadline = time.monotonic() + 60
    while confirmed(journal) < 40 and victim.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    victim.send_signal(signal.SIGKILL)
    assert victim.wait(timeout=10) == -signal.SIGKILL
    before = confirmed(journal)
    assert 40 <= before < 300  # killed mid-run

    resumed = subprocess.run(
        command, capture_output=True, text=True, timeout=120, env=clean_env(), check=False
    )
    assert resumed.returncode == 0, resumed.stderr
    assert "resuming journal" in resumed.stderr
    skipped = next(
        int(line.split()[1]) for line in resumed.stdout.splitlines() if line.strip().startswith("skipped")
    )
    assert skipped >= before

    connection = sqlite3.connect(journal)
    run_id = connection.execute("SELECT value FROM meta WHERE key = 'run_id'").fetchone()[0]
    connection.close()
    held = asyncio.run(orders_held(emulator_process))
    assert set(held.values()) == {1}  # nothing sent twice
    assert set(held) == {f"{run_id}-{n:07d}" for n in range(300)}  # nothing lost
    assert confirmed(journal) == 300
