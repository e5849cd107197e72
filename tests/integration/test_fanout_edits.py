"""What operators do between runs: delete, fix, insert, reorder and copy rows, kill -9, wrong settings.

Every run is a real ``aioraas fan-out`` subprocess against a real ``aioraas emulator`` process, and
every count is read from the emulator's own books through its HTTP API, never from the journal.
"""

from __future__ import annotations

import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.cli_support import (
    CLI,
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

KEY = ["--platform-name", "aioraas-emulator", "--platform-key", "emulator-key"]


@pytest.fixture
def emulator() -> Iterator[str]:
    with emulator_server() as url:
        yield url


def fan_out(source: Path, url: str, journal: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return run_cli(
        "fan-out", str(source), *WHERE, "--base-url", url, *KEY, "--journal", str(journal),
        "--progress", "none", *extra,
    )  # fmt: skip


def summary(done: subprocess.CompletedProcess[str]) -> dict[str, int]:
    counts = {}
    for line in done.stdout.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] in ("created", "existing", "skipped", "failed", "unknown"):
            counts[parts[0]] = int(parts[1])
    return counts


def assert_books_match(url: str, source: Path, journal: Path) -> None:
    """Every row of the file is held by the API exactly once, and nothing else is."""
    held = held_now(url)
    assert set(held.values()) == {1}, "an order was placed twice"
    assert held == expected_ids(source, journal_run_id(journal))


THREE = [["ann@example.com", "10.00", "U561593"], ["not-an-email", "10.00", "U561593"],
         ["bo@example.com", "10.00", "U561593"]]  # fmt: skip


def test_deleting_the_failed_row_and_rerunning_sends_nothing_twice(tmp_path: Path, emulator: str) -> None:
    source, journal = write_csv(tmp_path / "rewards.csv", THREE), tmp_path / "q.sqlite"
    first = fan_out(source, emulator, journal)
    assert first.returncode == 1, first.stderr
    assert summary(first)["created"] == 2
    assert "line 3: failed" in first.stderr

    write_csv(source, [THREE[0], THREE[2]])  # the natural fix: delete the bad row
    second = fan_out(source, emulator, journal)
    assert second.returncode == 0, second.stderr
    assert summary(second) == {"created": 0, "existing": 0, "skipped": 2, "failed": 0, "unknown": 0}
    assert_books_match(emulator, source, journal)
    assert sum(held_now(emulator).values()) == 2


def test_fixing_the_failed_row_in_place_sends_only_it(tmp_path: Path, emulator: str) -> None:
    source, journal = write_csv(tmp_path / "rewards.csv", THREE), tmp_path / "q.sqlite"
    assert fan_out(source, emulator, journal).returncode == 1
    write_csv(source, [THREE[0], ["cy@example.com", "10.00", "U561593"], THREE[2]])
    second = fan_out(source, emulator, journal)
    assert second.returncode == 0, second.stderr
    assert (summary(second)["created"], summary(second)["skipped"]) == (1, 2)
    assert_books_match(emulator, source, journal)
    assert sum(held_now(emulator).values()) == 3


def test_inserting_a_row_at_the_top_and_reordering_the_file(tmp_path: Path, emulator: str) -> None:
    rows = good_rows(30)
    source, journal = write_csv(tmp_path / "rewards.csv", rows), tmp_path / "q.sqlite"
    assert fan_out(source, emulator, journal).returncode == 0

    write_csv(source, [["new@example.com", "7.00", "U561593"], *rows])
    inserted = fan_out(source, emulator, journal)
    assert inserted.returncode == 0, inserted.stderr
    assert (summary(inserted)["created"], summary(inserted)["skipped"]) == (1, 30)

    write_csv(source, list(reversed([["new@example.com", "7.00", "U561593"], *rows])))
    reordered = fan_out(source, emulator, journal)
    assert reordered.returncode == 0, reordered.stderr
    assert (summary(reordered)["created"], summary(reordered)["skipped"]) == (0, 31)
    assert_books_match(emulator, source, journal)
    assert sum(held_now(emulator).values()) == 31


def test_a_copied_row_is_refused_with_nothing_sent_until_accepted(tmp_path: Path, emulator: str) -> None:
    rows = good_rows(5)
    source, journal = write_csv(tmp_path / "rewards.csv", rows), tmp_path / "q.sqlite"
    assert fan_out(source, emulator, journal).returncode == 0
    write_csv(source, [*rows, rows[2]])
    refused = fan_out(source, emulator, journal)
    assert refused.returncode == 2
    assert "refused" in refused.stderr
    assert "line 7: user2@acme.test 5.00 U561593" in refused.stderr
    assert "nothing was sent" in refused.stderr
    assert sum(held_now(emulator).values()) == 5

    accepted = fan_out(source, emulator, journal, "--accept-new-rows")
    assert accepted.returncode == 0, accepted.stderr
    assert summary(accepted)["created"] == 1
    assert_books_match(emulator, source, journal)  # two identical rows, two orders, each once


def test_editing_a_sent_row_is_refused_and_names_both_rows(tmp_path: Path, emulator: str) -> None:
    rows = good_rows(4)
    source, journal = write_csv(tmp_path / "rewards.csv", rows), tmp_path / "q.sqlite"
    assert fan_out(source, emulator, journal).returncode == 0
    edited = [*rows]
    edited[1] = ["user1@acme.test", "50.00", "U561593"]
    write_csv(source, edited)
    refused = fan_out(source, emulator, journal)
    assert refused.returncode == 2
    assert "line 3: user1@acme.test 5.00 U561593 from acme-hr-q1 (confirmed)" in refused.stderr
    assert "line 3: user1@acme.test 50.00 U561593 from acme-hr-q1" in refused.stderr
    assert "restore the original row" in refused.stderr
    assert sum(held_now(emulator).values()) == 4


def test_killed_then_reordered_and_trimmed_it_resumes_exactly_once(tmp_path: Path) -> None:
    rows = good_rows(200)
    source, journal = write_csv(tmp_path / "rewards.csv", rows), tmp_path / "q.sqlite"
    with emulator_server("--faults", "latency=0.02-0.04@POST:/raas/v2/orders") as url:
        command = [
            *CLI, "fan-out", str(source), *WHERE, "--base-url", url, *KEY, "--journal", str(journal),
            "--concurrency", "4", "--progress", "none",
        ]  # fmt: skip
        victim = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=clean_env()
        )
        deadline = time.monotonic() + 60
        while confirmed(journal) < 30 and victim.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        victim.send_signal(signal.SIGKILL)
        assert victim.wait(timeout=10) == -signal.SIGKILL
        assert 30 <= confirmed(journal) < 200

        # The operator reorders the file and drops rows that were never sent (the tail).
        sent_at_kill = confirmed(journal)
        kept = list(reversed(rows[: sent_at_kill + 50]))
        write_csv(source, kept)
        resumed = fan_out(source, url, journal)
        assert resumed.returncode == 0, resumed.stderr
        held = held_now(url)
        assert set(held.values()) == {1}
        assert expected_ids(source, journal_run_id(journal)).keys() <= held.keys()
        # Orders in flight at the kill may belong to dropped rows; none is held twice, none is lost.
        assert len(held) - len(kept) <= 4


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_wrong_port_stops_a_1000_row_run_quickly_with_one_message(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "rewards.csv", good_rows(1000))
    started = time.monotonic()
    done = fan_out(source, f"http://127.0.0.1:{free_port()}", tmp_path / "q.sqlite")
    elapsed = time.monotonic() - started
    assert done.returncode == 1
    assert elapsed < 15, elapsed
    assert "stopped before sending: the API could not be reached (GET " in done.stderr
    assert "(after 3 attempts)" in done.stderr
    assert done.stderr.count("stopped") == 1
    assert "line " not in done.stderr  # no per-row noise


def test_a_wrong_key_stops_a_1000_row_run_after_a_few_401s(tmp_path: Path, emulator: str) -> None:
    source = write_csv(tmp_path / "rewards.csv", good_rows(1000))
    out = tmp_path / "results.csv"
    started = time.monotonic()
    done = run_cli(
        "fan-out", str(source), *WHERE, "--base-url", emulator, "--platform-name", "aioraas-emulator",
        "--platform-key", "wrong", "--journal", str(tmp_path / "q.sqlite"), "--out", str(out),
        "--progress", "none",
    )  # fmt: skip
    assert done.returncode == 1
    assert time.monotonic() - started < 15
    assert "stopped before sending: the API refused the credentials (401" in done.stderr
    assert done.stderr.count("stopped") == 1
    assert not out.exists()  # not one order was tried: no 1,000 401s against the account
    assert held_now(emulator) == {}


def test_a_wrong_account_stops_the_run_before_the_first_order(tmp_path: Path, emulator: str) -> None:
    source = write_csv(tmp_path / "rewards.csv", good_rows(50))
    done = run_cli(
        "fan-out", str(source), "--customer", "acme-hr", "--account", "acme-hr-q9", "--base-url", emulator,
        *KEY, "--progress", "none",
    )  # fmt: skip
    assert done.returncode == 1
    assert "account 'acme-hr-q9' (customer 'acme-hr') does not exist" in done.stderr
    assert held_now(emulator) == {}


def test_a_tps_limit_slows_the_run_down_instead_of_failing_rows(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "rewards.csv", good_rows(300))
    with emulator_server("--tps", "40") as url:
        done = fan_out(source, url, tmp_path / "q.sqlite", "--concurrency", "32", "--max-retries", "1")
        assert done.returncode == 0, done.stderr
        assert summary(done)["failed"] == 0
        assert summary(done)["created"] == 300
        assert sum(held_now(url).values()) == 300
