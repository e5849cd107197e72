"""Many ``aioraas fan-out`` workers on one job through a PostgreSQL journal, two of them SIGKILLed.

Real processes all the way: an ``aioraas emulator`` with a TPS limit and seeded faults, worker
subprocesses started with the same command, the suite's PostgreSQL. Every count comes from the
emulator's books through its HTTP API. The first test checks everything around the job (a refused
second input, the status command midway and at the end) on a smaller, faster job (600 rows at 60
TPS); the second runs the job at its real size: 3,000 rows, 4 workers, a 20 TPS limit (about 165 s).
"""

from __future__ import annotations

import asyncio
import csv
import re
from pathlib import Path
from typing import Any

from tests.helpers.postgres import new_database
from tests.integration.cli_support import WHERE, run_cli
from tests.integration.workers_support import describe, merged_results, run_job

ROWS = 600
SEED = 1717


def counts(stdout: str) -> dict[str, int]:
    """The state counts of ``aioraas fan-out status``: indented ``state count`` lines."""
    found = {}
    for line in stdout.splitlines():
        parts = line.split()
        if line.startswith("  ") and len(parts) == 2 and parts[1].isdigit():
            found[parts[0]] = int(parts[1])
    return found


def test_four_workers_two_killed_send_every_row_exactly_once(tmp_path: Path, postgres_server: Any) -> None:
    journal = asyncio.run(new_database(postgres_server))
    job = run_job(
        tmp_path, journal, rows=ROWS, workers=4, tps=60, seed=SEED, kills=2, kill_window=(2.5, 6.0),
        lease=2.0, try_other_input=True,
    )  # fmt: skip
    shown = describe(job)
    assert len(job.kills) == 2, shown  # both kills hit a running worker
    assert job.duplicates == 0, shown
    assert job.missing == 0, shown
    assert job.unexpected == 0, shown
    assert sum(job.held.values()) == ROWS, shown
    assert job.reconciles, shown
    assert job.exits == [0] * len(job.exits), (shown, [p.read_text()[-2000:] for p in job.logs])
    assert len(job.exits) == 4  # the two started again finished the job with the others

    # A worker given another file while the job runs is refused before sending anything.
    assert job.refused is not None
    assert job.refused.returncode == 2, job.refused.stderr
    assert "Workers are running this job with another input" in job.refused.stderr
    # ...and the status command shows the job at work, from outside it.
    assert job.midway is not None
    assert job.midway.returncode == 0, job.midway.stderr
    progress = re.search(
        r"(\d+) rows, (\d+) done, (\d+) open \((\d+) claimed\), (\d+) workers running", job.midway.stdout
    )
    assert progress is not None, job.midway.stdout
    rows_, done, open_, claimed, running = map(int, progress.groups())
    assert (rows_, done + open_) == (ROWS, ROWS)
    assert open_ > 0
    assert claimed > 0
    assert running >= 1

    # Every row is in some worker's results; the killed ones may have written a row they finished
    # just before dying, whose re-claimed copy a second worker reported again (as "existing").
    lines = merged_results(job.outs)
    assert set(lines) == set(range(2, ROWS + 2))

    # The status command, from anywhere: the job's counts and every row's result, in input order.
    results = tmp_path / "all.csv"
    status = run_cli("fan-out", "status", "--journal", journal, "--results", str(results))
    assert status.returncode == 0, status.stderr
    assert f"{ROWS} rows, {ROWS} done, 0 open (0 claimed), 0 workers running" in status.stdout
    assert counts(status.stdout) == {"confirmed": ROWS}
    rows = list(csv.DictReader(results.read_text().splitlines()))
    assert [int(r["line"]) for r in rows] == list(range(2, ROWS + 2))
    assert {r["status"] for r in rows} <= {"created", "existing"}
    assert len({r["external_ref_id"] for r in rows}) == ROWS


def test_the_full_size_job_3000_rows_at_20_tps_with_two_kills_is_exactly_once(
    tmp_path: Path, postgres_server: Any
) -> None:
    rows, tps = 3_000, 20.0
    journal = asyncio.run(new_database(postgres_server))
    job = run_job(
        tmp_path, journal, rows=rows, workers=4, tps=tps, seed=SEED, kills=2,
        kill_window=(5.0, rows / tps * 0.6), lease=5.0, timeout=rows / tps * 4 + 60,
    )  # fmt: skip
    shown = describe(job)
    assert len(job.kills) == 2, shown
    assert (job.duplicates, job.missing, job.unexpected) == (0, 0, 0), shown
    assert sum(job.held.values()) == rows, shown
    assert job.reconciles, shown
    assert job.exits == [0] * len(job.exits), (shown, [p.read_text()[-2000:] for p in job.logs])
    assert set(merged_results(job.outs)) == set(range(2, rows + 2))


def test_status_needs_a_journal_and_a_lease_needs_postgresql(tmp_path: Path) -> None:
    missing = run_cli("fan-out", "status")
    assert missing.returncode == 2
    assert "status needs --journal" in missing.stderr
    source = tmp_path / "r.csv"
    source.write_text("recipient_email,amount,utid\na@b.test,5.00,U561593\n")
    lease = run_cli(
        "fan-out", str(source), *WHERE, "--emulator", "--lease", "5",
        "--journal", str(tmp_path / "j.sqlite"),
    )  # fmt: skip
    assert lease.returncode == 2
    assert "--lease applies to a postgresql:// --journal only" in lease.stderr


def test_status_of_a_sqlite_journal_shows_its_counts(tmp_path: Path) -> None:
    source = tmp_path / "r.csv"
    source.write_text("recipient_email,amount,utid\na@b.test,5.00,U561593\nb@b.test,5.00,U561593\n")
    journal = tmp_path / "j.sqlite"
    sent = run_cli(
        "fan-out", str(source), *WHERE, "--emulator", "--journal", str(journal), "--progress", "none",
    )  # fmt: skip
    assert sent.returncode == 0, sent.stderr
    status = run_cli("fan-out", "status", "--journal", str(journal))
    assert status.returncode == 0, status.stderr
    assert "2 rewards" in status.stdout
    assert counts(status.stdout) == {"confirmed": 2}
    refused = run_cli("fan-out", "status", "--journal", str(journal), "--results", str(tmp_path / "x.csv"))
    assert refused.returncode == 2
    assert "--results needs a postgresql:// journal" in refused.stderr
