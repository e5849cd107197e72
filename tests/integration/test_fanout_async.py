"""Fan-out through async orders against the real emulator: batching, faults, 402, kills, exactly once.

Every count is taken through the emulator's HTTP API (async orders and their line items, the
account's balance), never from the journal.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import sys
from collections import Counter
from collections.abc import AsyncIterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest

from aioraas import RaasClient
from aioraas.emulator import Emulator
from aioraas.fanout import Row, Status, fan_out
from aioraas.fanout_async import async_orders_api, batch_id_for, fan_out_async
from aioraas.journal import JournalError
from aioraas.models import v2
from aioraas.reconcile import Finding, reconcile
from tests.helpers.postgres import JournalAt
from tests.integration.async_support import books, client_for, posts

CUSTOMER, ACCOUNT = "acme-hr", "acme-hr-q1"
FUNDS = Decimal("100000.00")
PRICE = Decimal("5.00")
ROOT = Path(__file__).resolve().parents[2]


def rows(count: int, bad: frozenset[int] = frozenset()) -> list[Row]:
    """``count`` $5 rewards to distinct recipients, as CSV rows (line n + 2); rows in ``bad`` name no item."""
    return [
        Row(
            v2.OrderCreate(
                customer_identifier=CUSTOMER,
                account_identifier=ACCOUNT,
                utid="U999999999" if n in bad else "U561593",
                amount=PRICE,
                recipient=v2.Recipient(email=f"user{n}@acme.test"),
            ),
            line=n + 2,
        )
        for n in range(count)
    ]


@pytest.fixture
async def emulator() -> AsyncIterator[Emulator]:
    async with Emulator(seed=5) as emu:
        emu.create_account(CUSTOMER, ACCOUNT, balance=FUNDS)
        yield emu


@pytest.fixture
async def session(emulator: Emulator) -> AsyncIterator[RaasClient]:
    """The client the fan-out sends through (a few retries: the fan-out's own resends are tested)."""
    async with client_for(emulator, max_retries=1) as raas:
        yield raas


def api_for(raas: RaasClient, _: Emulator) -> Any:
    return async_orders_api(raas)


async def shown(raas: RaasClient, emu: Emulator) -> dict[str, Any]:
    async with client_for(emu) as reader:
        return await books(reader, ACCOUNT)


def assert_exactly_once(seen: dict[str, Any], count: int, missing: frozenset[int] = frozenset()) -> None:
    done = [line for line in seen["lines"] if line["status"] == "COMPLETE"]
    per_recipient = Counter(line["recipientEmail"] for line in done)
    assert max(per_recipient.values(), default=0) == 1, per_recipient.most_common(3)
    expected = {f"user{n}@acme.test" for n in range(count) if n not in missing}
    assert set(per_recipient) == expected
    assert seen["balance"] == FUNDS - PRICE * len(expected)


async def test_rows_are_grouped_into_async_orders_with_ids_from_their_identities(
    emulator: Emulator, session: RaasClient
) -> None:
    api = api_for(session, emulator)
    results = [r async for r in fan_out_async(api, rows(250), run_id="runA", batch_size=100)]
    assert Counter(r.status for r in results) == {Status.CREATED: 250}
    assert sorted(r.position for r in results) == list(range(250))
    assert posts(emulator) == 3
    seen = await shown(session, emulator)
    assert_exactly_once(seen, 250)
    order_ids = sorted(o["externalRefID"] for o in seen["orders"])
    assert all(i.isalnum() for i in order_ids)
    line_ids = [line["externalRefLineItemID"] for line in seen["lines"]]
    assert all(i.isalnum() and i.startswith("runA") for i in line_ids)
    first = [r.external_ref_id for r in sorted(results, key=lambda r: r.position)][:100]
    assert batch_id_for("runA", [i for i in first if i]) in order_ids

    # The same rows in another order give the same line-item ids: a rerun creates nothing.
    shuffled = rows(250)
    random.Random(3).shuffle(shuffled)
    again = [r async for r in fan_out_async(api, shuffled, run_id="runA", batch_size=100)]
    assert {r.external_ref_id for r in again} == {r.external_ref_id for r in results}
    assert Counter(r.status for r in again)[Status.CREATED] == 0
    assert_exactly_once(await shown(session, emulator), 250)


async def test_a_refused_line_is_reported_with_its_line_and_never_blocks_its_batch(
    emulator: Emulator, session: RaasClient, journal_at: JournalAt
) -> None:
    api = api_for(session, emulator)
    journal = await journal_at("job")
    results = [
        r async for r in fan_out_async(api, rows(30, bad=frozenset({7})), journal=journal, batch_size=10)
    ]
    failed = [r for r in results if r.status is Status.FAILED]
    assert [(r.position, r.line) for r in failed] == [(7, 9)]
    assert failed[0].reason is not None
    assert "utid" in failed[0].reason
    assert Counter(r.status for r in results)[Status.CREATED] == 29
    assert_exactly_once(await shown(session, emulator), 30, missing=frozenset({7}))


async def test_insufficient_funds_stops_new_batches_and_says_how_much_was_missing(
    emulator: Emulator, session: RaasClient, journal_at: JournalAt
) -> None:
    emulator.set_balance(ACCOUNT, "120.00")
    api = api_for(session, emulator)
    journal = await journal_at("job")
    results = [r async for r in fan_out_async(api, rows(60), journal=journal, batch_size=20, concurrency=1)]
    by_status = Counter(r.status for r in results)
    assert by_status == {Status.CREATED: 20, Status.FAILED: 40}
    reasons = {r.reason for r in results if r.status is Status.FAILED}
    assert any(reason and "insufficient funds" in reason and "80.00 missing" in reason for reason in reasons)
    assert any(reason and reason.startswith("not sent") for reason in reasons)
    assert posts(emulator) == 2

    emulator.set_balance(ACCOUNT, FUNDS - 20 * PRICE)
    rerun = [r async for r in fan_out_async(api, rows(60), journal=journal, batch_size=20, concurrency=1)]
    assert Counter(r.status for r in rerun) == {Status.SKIPPED: 20, Status.CREATED: 40}
    assert_exactly_once(await shown(session, emulator), 60)


async def test_ten_thousand_rows_with_dropped_answers_503s_and_429s_arrive_exactly_once(
    emulator: Emulator, session: RaasClient, tmp_path: Path
) -> None:
    emulator.set_faults(
        "drop_after_commit=0.2@POST:/raas/v2/asyncOrders,error_503=0.1@POST:/raas/v2/asyncOrders,"
        "rate_limit_429=0.03@POST:/raas/v2/asyncOrders,error_503=0.02@GET:/raas/v2/asyncOrders/*"
    )
    api = api_for(session, emulator)
    count = 10_000
    results = [
        r async for r in fan_out_async(api, rows(count), journal=tmp_path / "j.sqlite", batch_size=100)
    ]
    statuses = Counter(r.status for r in results)
    assert statuses[Status.CREATED] + statuses[Status.EXISTING] == count, statuses
    assert statuses[Status.EXISTING] > 0  # some answers were lost after the order was placed
    emulator.set_faults(None)
    seen = await shown(session, emulator)
    assert len(seen["orders"]) == count // 100
    assert_exactly_once(seen, count)


async def test_a_killed_process_resumes_without_sending_a_reward_twice(
    emulator: Emulator, session: RaasClient, tmp_path: Path
) -> None:
    emulator.set_faults("drop_after_commit=0.1@POST:/raas/v2/asyncOrders,latency=0.002-0.01")
    journal = tmp_path / "job.sqlite"
    count = 2000
    argv = [
        sys.executable,
        "-m",
        "tests.integration.async_worker",
        emulator.url,
        emulator.platform_name,
        emulator.platform_key,
        str(journal),
        str(count),
        "100",
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    chance = random.Random(16)
    kills = 0
    for _ in range(5):
        worker = await asyncio.create_subprocess_exec(
            *argv, cwd=ROOT, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
        )
        assert worker.stdout is not None
        wanted = chance.randint(0, 300)
        got = 0
        finished = False
        while got < wanted:
            line = await asyncio.wait_for(worker.stdout.readline(), timeout=60)
            if not line:
                finished = True
                break
            got += 1
        if finished:
            assert await worker.wait() == 0, (await worker.stderr.read()).decode() if worker.stderr else ""
            break
        await asyncio.sleep(chance.uniform(0, 0.05))
        worker.send_signal(signal.SIGKILL)
        await worker.wait()
        kills += 1
    else:
        worker = await asyncio.create_subprocess_exec(
            *argv, cwd=ROOT, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
        )
        _, err = await asyncio.wait_for(worker.communicate(), timeout=120)
        assert worker.returncode == 0, err.decode()
    assert kills >= 2
    emulator.set_faults(None)
    assert_exactly_once(await shown(session, emulator), count)


async def test_fan_out_via_async_orders_takes_the_same_path(emulator: Emulator, session: RaasClient) -> None:
    results = [r async for r in fan_out(session, rows(120), via="async_orders", batch_size=50, run_id="v")]
    assert Counter(r.status for r in results) == {Status.CREATED: 120}
    assert posts(emulator) == 3
    with pytest.raises(ValueError, match="via"):
        [r async for r in fan_out(session, rows(1), via="bulk")]


async def test_a_row_breaking_a_line_item_rule_fails_alone_before_sending(
    emulator: Emulator, session: RaasClient, tmp_path: Path
) -> None:
    batch = rows(12)
    long_note = Row(attrs.evolve(batch[3].request, notes="n" * 151), line=batch[3].line)
    batch[3] = long_note  # fine for a single order (1024), too long for a line item (150)
    results = [r async for r in fan_out_async(api_for(session, emulator), batch, batch_size=5)]
    failed = [r for r in results if r.status is Status.FAILED]
    assert [(r.position, r.line) for r in failed] == [(3, 5)]
    assert failed[0].reason is not None
    assert "line_item_note" in failed[0].reason
    assert Counter(r.status for r in results)[Status.CREATED] == 11
    assert_exactly_once(await shown(session, emulator), 12, missing=frozenset({3}))


async def test_an_async_orders_job_on_postgresql_runs_one_worker_at_a_time(
    emulator: Emulator, session: RaasClient, postgres_url: str
) -> None:
    api = api_for(session, emulator)
    first = fan_out_async(api, rows(40), journal=postgres_url, run_id="asyncpg1", batch_size=10)
    try:
        head = await anext(first)  # the first worker holds the job
        with pytest.raises(JournalError, match="run by one worker at a time"):
            await anext(fan_out_async(api, rows(40), journal=postgres_url, run_id="asyncpg1", batch_size=10))
        with pytest.raises(JournalError, match="sending this job through async orders"):
            await anext(fan_out(session, rows(40), journal=postgres_url, run_id="asyncpg1"))
        rest = [r async for r in first]
    finally:
        await first.aclose()
    assert Counter(r.status for r in [head, *rest]) == {Status.CREATED: 40}
    assert_exactly_once(await shown(session, emulator), 40)
    again = [r async for r in fan_out_async(api, rows(40), journal=postgres_url, batch_size=10)]
    assert Counter(r.status for r in again) == {Status.SKIPPED: 40}
    assert posts(emulator) == 4
    report = await reconcile(session, postgres_url)  # the job's books, from the database
    assert report.ok, report.items
    assert report.counts[Finding.CONFIRMED] == 40
    assert report.line_items_read == 40
