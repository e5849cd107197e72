"""``aioraas fan-out`` and ``aioraas send`` in real subprocesses, including resume after SIGKILL."""

from __future__ import annotations

import csv
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.cli_support import (
    CLI,
    CUSTOMER,
    WHERE,
    clean_env,
    confirmed,
    emulator_server,
    expected_ids,
    good_rows,
    held_now,
    journal_run_id,
    run_cli,
    write_csv,
)


def test_fan_out_reports_bad_rows_with_their_lines_and_sends_the_rest(tmp_path: Path) -> None:
    rows = good_rows(20)
    rows[2] = ["c@acme.test", "lots", "U561593"]  # line 4
    rows[5] = ["f@acme.test", "5.001", "U561593"]  # line 7
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
    assert failed[7].startswith("amount:")  # more than 2 decimals, refused before sending
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
    assert "line 5: amount must be greater than 0, not -1" in bad.stdout
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
    with emulator_server("--faults", "latency=0.02-0.04@POST:/raas/v2/orders") as url:
        yield url


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

    held = held_now(emulator_process)
    assert set(held.values()) == {1}  # nothing sent twice
    assert held == expected_ids(source, journal_run_id(journal))  # nothing lost, nothing else
    assert len(held) == 300
    assert confirmed(journal) == 300
