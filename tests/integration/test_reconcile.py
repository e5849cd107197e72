"""``reconcile`` against the emulator's books: after faults, behind the journal's back, v1 unknowns."""

from __future__ import annotations

import sqlite3
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

from aioraas import fan_out
from aioraas.fanout import FanOutResult, Status
from aioraas.journal import State, open_journal
from aioraas.models import v1, v2
from aioraas.reconcile import Finding, reconcile
from tests.helpers.postgres import JournalAt
from tests.integration.cli_support import CLI, clean_env, emulator_server, good_rows, write_csv
from tests.integration.client_support import ACCOUNT, CUSTOMER, TANGO_CARD, connected

V1_CUSTOMER, V1_ACCOUNT = "CompanyA", "123456"


def order(n: int, **overrides: Any) -> v2.OrderCreate:
    fields: dict[str, Any] = {
        "customer_identifier": CUSTOMER,
        "account_identifier": ACCOUNT,
        "utid": TANGO_CARD,
        "amount": Decimal("5.00"),
        "recipient": v2.Recipient(email=f"user{n}@acme.test"),
    }
    fields.update(overrides)
    return v2.OrderCreate(**fields)


def v1_order(email: str) -> v1.OrderCreate:
    return v1.OrderCreate(
        customer=V1_CUSTOMER,
        account_identifier=V1_ACCOUNT,
        sku="TNGO-E-V-STD",
        amount=500,
        recipient=v1.Recipient(name="Ann Lee", email=email),
    )


async def states(journal: str | Path) -> dict[str, int]:
    opened = await open_journal(journal, run_id=None, new_run_id=lambda: "unused", must_exist=True)
    try:
        return {state.value: count for state, count in (await opened.counts()).items()}
    finally:
        await opened.close()


async def collect(stream: Any) -> list[FanOutResult]:
    return [result async for result in stream]


async def test_after_faults_everything_is_confirmed_and_unknowns_are_settled(journal_at: JournalAt) -> None:
    journal = await journal_at("job")
    async with connected(faults="drop_after_commit=0.3@POST:/raas/v2/orders", seed=5) as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("10000"))
        # No retries: every dropped answer leaves its row unknown, although the order was placed.
        results = await collect(
            fan_out(raas, [order(n) for n in range(60)], journal=journal, max_retries=0, run_id="drops5")
        )
        unknown = sum(1 for r in results if r.status is Status.UNKNOWN)
        assert unknown > 5
        emu.set_faults(None)
        report = await reconcile(raas, journal)
        assert report.counts[Finding.SETTLED] == unknown
        assert report.counts[Finding.CONFIRMED] == 60 - unknown
        assert report.ok
        assert (await states(journal)) == {"confirmed": 60}
        again = await reconcile(raas, journal)
        assert (again.counts[Finding.CONFIRMED], again.ok) == (60, True)
        assert again.orders_read == 60


async def test_rows_absent_at_the_api_are_marked_for_resending(journal_at: JournalAt) -> None:
    journal = await journal_at("job")
    async with connected(faults="error_503=0.4@POST:/raas/v2/orders", seed=2) as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("10000"))
        inputs = [order(n) for n in range(40)]
        results = await collect(fan_out(raas, inputs, journal=journal, max_retries=0, run_id="busy2"))
        unknown = sum(1 for r in results if r.status is Status.UNKNOWN)  # 503: never placed
        assert unknown > 5
        emu.set_faults(None)
        report = await reconcile(raas, journal)
        assert report.counts[Finding.ABSENT] == unknown
        assert not report.ok
        assert all("safe to resend" in item.detail for item in report.items if item.finding is Finding.ABSENT)
        assert (await states(journal))["pending"] == unknown

        rerun = await collect(fan_out(raas, inputs, journal=journal))
        assert sum(1 for r in rerun if r.status is Status.CREATED) == unknown
        final = await reconcile(raas, journal)
        assert (final.counts[Finding.CONFIRMED], final.ok) == (40, True)
        assert len(emu.state.orders(ACCOUNT)) == 40


async def test_orders_and_rows_behind_the_journals_back_are_named(tmp_path: Path) -> None:
    journal = tmp_path / "job.sqlite"
    async with connected() as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("10000"))
        results = await collect(fan_out(raas, [order(n) for n in range(10)], journal=journal, run_id="job7"))
        assert all(r.ok for r in results)
        # An order placed directly, with an id that looks like the job's...
        direct = await raas.v2.orders.create(order(99, external_ref_id="job7direct"))
        # ...and a row deleted from the journal, whose order the API still holds.
        removed = results[3]
        connection = sqlite3.connect(journal)
        with connection:
            connection.execute("DELETE FROM entries WHERE external_ref_id = ?", (removed.external_ref_id,))
        connection.close()

        report = await reconcile(raas, journal)
        unexpected = {item.external_ref_id for item in report.items if item.finding is Finding.UNEXPECTED}
        assert unexpected == {"job7direct", removed.external_ref_id}
        assert direct.order.reference_order_id in {
            ref for item in report.items for ref in item.reference_order_ids
        }
        assert report.counts[Finding.CONFIRMED] == 9
        assert not report.ok


async def test_a_confirmed_row_the_api_does_not_hold_is_missing(tmp_path: Path) -> None:
    journal = tmp_path / "job.sqlite"
    async with connected() as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("10000"))
        await collect(fan_out(raas, [order(n) for n in range(3)], journal=journal, run_id="job8"))
        connection = sqlite3.connect(journal)
        with connection:  # the journal claims an order the API never placed
            connection.execute(
                "UPDATE entries SET external_ref_id = 'job8neverplaced', identity = 'job8neverplaced' "
                "WHERE rowid = (SELECT MIN(rowid) FROM entries)"
            )
        connection.close()
        report = await reconcile(raas, journal, settle=False)
        (missing,) = [item for item in report.items if item.finding is Finding.MISSING]
        assert missing.external_ref_id == "job8neverplaced"
        assert report.counts[Finding.UNEXPECTED] == 1  # the real order of that row, now unknown to it


async def test_v1_unknowns_from_drops_are_settled_and_an_ambiguous_pair_is_listed(
    journal_at: JournalAt,
) -> None:
    journal = await journal_at("v1")
    async with connected(faults="drop_after_commit=1@POST:/raas/v1.1/orders") as (emu, raas):
        emu.create_account(V1_CUSTOMER, V1_ACCOUNT, balance=Decimal("1000"))
        inputs = [v1_order("ann@acme.test"), v1_order("bo@acme.test"), v1_order("cy@acme.test"),
                  v1_order("cy@acme.test")]  # fmt: skip
        results = await collect(fan_out(raas, inputs, journal=journal))
        assert {r.status for r in results} == {Status.UNKNOWN}  # v1 is never retried after a drop
        assert len(emu.state.orders(V1_ACCOUNT)) == 4
        emu.set_faults(None)

        report = await reconcile(raas, journal)
        assert report.counts[Finding.SETTLED] == 2  # ann and bo: one order fits each
        ambiguous = [item for item in report.items if item.finding is Finding.AMBIGUOUS]
        assert len(ambiguous) == 2  # the two identical cy rows: two orders fit both, never guessed
        assert all(len(item.reference_order_ids) == 2 for item in ambiguous)
        assert (await states(journal)) == {State.CONFIRMED.value: 2, State.UNKNOWN.value: 2}
        assert not report.ok


def test_the_cli_reports_and_exits_by_what_it_found(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "rewards.csv", good_rows(25))
    journal = tmp_path / "job.sqlite"
    key = ["--platform-name", "aioraas-emulator", "--platform-key", "emulator-key"]
    with emulator_server("--faults", "drop_after_commit=0.2@POST:/raas/v2/orders", "--seed", "4") as url:
        sent = subprocess.run(
            [*CLI, "fan-out", str(source), "--customer", CUSTOMER, "--account", ACCOUNT, "--base-url", url,
             *key, "--journal", str(journal), "--max-retries", "0", "--progress", "none", "--run-id", "cli4"],
            capture_output=True, text=True, timeout=120, env=clean_env(), check=False,
        )  # fmt: skip
        # With a fixed run id the seeded emulator drops the same answers every run: some rows end unknown.
        assert sent.returncode == 1, sent.stdout + sent.stderr
        out = tmp_path / "report.csv"
        done = subprocess.run(
            [*CLI, "reconcile", "--journal", str(journal), "--base-url", url, *key, "--out", str(out)],
            capture_output=True, text=True, timeout=120, env=clean_env(), check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stdout + done.stderr
        assert "everything is confirmed" in done.stdout
        assert "settled" in done.stdout
        assert out.read_text().splitlines()[0].startswith("finding,line,external_ref_id")
        missing = subprocess.run(
            [*CLI, "reconcile", "--journal", str(tmp_path / "nope.sqlite"), "--base-url", url, *key],
            capture_output=True, text=True, timeout=60, env=clean_env(), check=False,
        )  # fmt: skip
        assert missing.returncode == 2
        assert "no journal at" in missing.stderr
