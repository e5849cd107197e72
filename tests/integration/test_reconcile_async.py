"""``reconcile`` of jobs sent through async orders: rows are matched with the API's async line items
by externalRefLineItemID (public calls only), with the same findings as single orders."""

from __future__ import annotations

import sqlite3
import subprocess
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from aioraas import fan_out
from aioraas.fanout import Status
from aioraas.models import v2
from aioraas.reconcile import Finding, reconcile
from tests.integration.cli_support import CLI, clean_env, emulator_server, good_rows, write_csv
from tests.integration.client_support import ACCOUNT, CUSTOMER, TANGO_CARD, connected


def order(n: int) -> v2.OrderCreate:
    return v2.OrderCreate(
        customer_identifier=CUSTOMER,
        account_identifier=ACCOUNT,
        utid=TANGO_CARD,
        amount=Decimal("5.00"),
        recipient=v2.Recipient(email=f"user{n}@acme.test"),
    )


def sql(journal: Path, statement: str, *args: object) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(journal)
    try:
        rows = connection.execute(statement, args).fetchall()
        connection.commit()
        return rows
    finally:
        connection.close()


async def test_async_rows_are_confirmed_and_changes_behind_the_journals_back_are_named(
    tmp_path: Path,
) -> None:
    journal = tmp_path / "job.sqlite"
    faults = "drop_after_commit=0.3@POST:/raas/v2/asyncOrders"
    async with connected({"max_retries": 1}, faults=faults, seed=9) as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("10000"))
        results = [
            r
            async for r in fan_out(
                raas, [order(n) for n in range(40)], via="async_orders", batch_size=10, journal=journal,
                run_id="recA",
            )
        ]  # fmt: skip
        assert {r.status for r in results} <= {Status.CREATED, Status.EXISTING}
        clean = await reconcile(raas, journal)
        assert clean.ok, clean.items
        assert clean.counts[Finding.CONFIRMED] == 40
        assert clean.line_items_read == 40
        assert clean.orders_read == 0  # no single orders: the rows are line items
        # Three 100-day windows: each async order is read in the window it was created in, once.
        now = datetime.now(UTC)
        wide = await reconcile(raas, journal, start=now - timedelta(days=250), end=now + timedelta(days=1))
        assert wide.line_items_read == 40
        assert wide.counts[Finding.CONFIRMED] == 40

        # Behind the journal's back: an async order whose line id has the job's run id, a deleted
        # journal row, a row left unknown although its line item completed, and a row whose line
        # item the API never had.
        emu.set_faults(None)
        direct = await raas.v2.async_orders.create(
            customer_identifier=CUSTOMER,
            account_identifier=ACCOUNT,
            line_items=[
                v2.AsyncLineItemCreate(
                    utid=TANGO_CARD, amount=Decimal(5), recipient=v2.Recipient(email="x@acme.test"),
                    external_ref_line_item_id="recAextra1",
                )
            ],
        )  # fmt: skip
        await raas.v2.async_orders.wait(CUSTOMER, ACCOUNT, direct.external_ref_id, poll=0.01)
        ids = [str(row[0]) for row in sql(journal, "SELECT external_ref_id FROM entries ORDER BY identity")]
        deleted, unknown, vanished = ids[0], ids[1], ids[2]
        sql(journal, "DELETE FROM entries WHERE external_ref_id = ?", deleted)
        sql(journal, "UPDATE entries SET state = 'unknown' WHERE external_ref_id = ?", unknown)
        sql(
            journal,
            "UPDATE entries SET state = 'sent', external_ref_id = 'recAnotthere' WHERE external_ref_id = ?",
            vanished,
        )
        report = await reconcile(raas, journal)
    assert not report.ok
    named = {(item.finding, item.external_ref_id) for item in report.items}
    assert (Finding.UNEXPECTED, "recAextra1") in named
    assert (Finding.UNEXPECTED, deleted) in named
    assert (Finding.SETTLED, unknown) in named
    assert (Finding.ABSENT, "recAnotthere") in named
    assert (Finding.UNEXPECTED, vanished) in named  # its line item now belongs to no row
    assert report.counts[Finding.CONFIRMED] == 37  # 40 less the three changed rows
    batches = {str(row[0]) for row in sql(journal, "SELECT batch_id FROM async_batches")}
    assert len(batches) == 4
    assert not batches & {item.external_ref_id for item in report.items}  # the job's own orders
    (state,) = sql(journal, "SELECT state FROM entries WHERE external_ref_id = ?", unknown)
    assert state == ("confirmed",)


def test_the_cli_reconciles_an_async_job_quietly_when_not_on_a_terminal(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "rewards.csv", good_rows(120))
    journal = tmp_path / "job.sqlite"
    key = ["--platform-name", "aioraas-emulator", "--platform-key", "emulator-key"]
    with emulator_server() as url:
        sent = subprocess.run(
            [*CLI, "fan-out", str(source), "--customer", CUSTOMER, "--account", ACCOUNT, "--base-url", url,
             *key, "--journal", str(journal), "--async-orders", "--batch-size", "50", "--progress", "none"],
            capture_output=True, text=True, timeout=120, env=clean_env(), check=False,
        )  # fmt: skip
        assert sent.returncode == 0, sent.stdout + sent.stderr
        for quiet in ([], ["--quiet"]):
            done = subprocess.run(
                [*CLI, "reconcile", "--journal", str(journal), "--base-url", url, *key, *quiet],
                capture_output=True, text=True, timeout=120, env=clean_env(), check=False,
            )  # fmt: skip
            assert done.returncode == 0, done.stdout + done.stderr
            assert "0 orders, 120 async line items read" in done.stdout
            assert "confirmed      120" in done.stdout
            assert "reconcile:" not in done.stderr  # the live line is for terminals only
