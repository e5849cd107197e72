"""What the CLI tests share: running ``aioraas`` in a subprocess, rewards files, an emulator process,
and counting orders through the emulator's HTTP API (never through the journal)."""

from __future__ import annotations

import asyncio
import csv
import os
import sqlite3
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from aioraas import RaasClient
from aioraas.fanout import Rejected, derive_external_ref_id, fingerprint
from aioraas.rewards_csv import Defaults, read_rewards

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


@contextmanager
def emulator_server(*options: str) -> Iterator[str]:
    """A separate ``aioraas emulator`` process (with ``options``) and an account; yields its URL."""
    process = subprocess.Popen(
        [*CLI, "emulator", "--port", "0", "--preload-account", f"{CUSTOMER}/{ACCOUNT}=100000", *options],
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


def held_now(url: str) -> Counter[str]:
    """Orders the emulator holds for the account, by externalRefID, read through its HTTP API."""
    return asyncio.run(orders_held(url))


def journal_run_id(journal: Path) -> str:
    connection = sqlite3.connect(journal)
    try:
        return str(connection.execute("SELECT value FROM meta WHERE key = 'run_id'").fetchone()[0])
    finally:
        connection.close()


def expected_ids(source: Path, run_id: str) -> Counter[str]:
    """The externalRefIDs the rows of ``source`` stand for, derived from the file alone."""
    seen: Counter[str] = Counter()
    ids: Counter[str] = Counter()
    for _, order in read_rewards(source, Defaults(customer=CUSTOMER, account=ACCOUNT)):
        if isinstance(order, Rejected):
            continue  # a rejected row stands for no order
        digest = fingerprint(order)
        ids[derive_external_ref_id(run_id, digest, seen[digest])] += 1
        seen[digest] += 1
    return ids
