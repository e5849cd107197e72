"""The PostgreSQL journal: workers sharing a job, plans loaded once, conflicts refused, secrets kept.

Each test runs against a real PostgreSQL (the suite's own, see tests/helpers/postgres.py) with a
database of its own; fan-outs here use the stand-in client of the unit tests, whose books say how
often each externalRefID was placed.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from decimal import Decimal
from typing import Any

import pytest

from aioraas import errors
from aioraas.fanout import FanOutResult, Status, fan_out
from aioraas.journal import InputChanged, JournalError, State, open_journal
from aioraas.postgres.journal import PlanConflict, PostgresJournal
from tests.unit.test_fanout import FakeClient, FakeV2Orders, collect, order_request


class CountingOrders(FakeV2Orders):
    """Also counts how many times each externalRefID was sent (placed or answered as existing)."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: Counter[str] = Counter()

    async def create(self, request: Any, **options: Any) -> Any:
        self.sent[request.external_ref_id] += 1
        return await super().create(request, **options)


def counting_client() -> FakeClient:
    client = FakeClient()
    client.v2.orders = CountingOrders()
    return client


async def test_two_workers_share_one_job_and_each_row_is_placed_once(postgres_url: str) -> None:
    client = counting_client()
    inputs = [order_request(n) for n in range(120)]

    async def worker() -> list[FanOutResult]:
        return await collect(fan_out(client, inputs, journal=postgres_url, run_id="share1", concurrency=4))

    first, second = await asyncio.gather(worker(), worker())
    positions = [r.position for r in first] + [r.position for r in second]
    assert sorted(positions) == list(range(120))  # every row reported once, by one worker
    assert first  # both took part
    assert second
    assert len(client.v2.orders.placed) == 120
    assert set(client.v2.orders.sent.values()) == {1}
    async with await PostgresJournal.open(postgres_url, run_id="share1", must_exist=True) as journal:
        status = await journal.status()
        assert (status.rows, status.done, status.claimed, status.workers) == (120, 120, 0, 0)
        assert status.states == {State.CONFIRMED: 120}
        results = await journal.results(-1, 500)
        assert [r.planned.position for r in results] == list(range(120))
        assert all(r.finished is not None and r.finished.status == "created" for r in results)


async def test_a_new_run_of_a_finished_job_reports_every_row_and_sends_only_what_is_not_confirmed(
    postgres_url: str,
) -> None:
    client = counting_client()
    inputs = [order_request(n) for n in range(10)]
    lost = errors.OutcomeUnknown("lost", external_ref_id="x", attempts=5)
    first_ids = [r.external_ref_id for r in await collect(fan_out(client, inputs[:1], run_id="j2"))]
    assert first_ids[0] is not None
    client.v2.orders.placed.clear()
    client.v2.orders.fail_with[first_ids[0]] = lost
    first = await collect(fan_out(client, inputs, journal=postgres_url, run_id="j2"))
    assert Counter(r.status for r in first) == {Status.CREATED: 9, Status.UNKNOWN: 1}
    again = await collect(fan_out(client, inputs, journal=postgres_url))  # the database's only job
    assert Counter(r.status for r in again) == {Status.SKIPPED: 9, Status.CREATED: 1}
    assert len(client.v2.orders.placed) == 10


async def test_another_input_is_refused_while_a_worker_runs_the_job(postgres_url: str) -> None:
    client = counting_client()
    gate = asyncio.Event()
    orders = client.v2.orders
    original = orders.create

    sending = asyncio.Event()

    async def slow(request: Any, **options: Any) -> Any:
        sending.set()
        await gate.wait()
        return await original(request, **options)

    orders.create = slow
    running = asyncio.ensure_future(
        collect(fan_out(client, [order_request(n) for n in range(5)], journal=postgres_url, run_id="j3"))
    )
    await asyncio.wait_for(sending.wait(), 10)  # the first worker is at work
    edited = [order_request(n) for n in range(6)]
    with pytest.raises(PlanConflict, match="Workers are running this job with another input") as refused:
        await collect(fan_out(client, edited, journal=postgres_url, run_id="j3"))
    assert isinstance(refused.value, InputChanged)  # the CLI's "refused", exit status 2
    assert "nothing was sent" in str(refused.value)
    gate.set()
    assert len(await running) == 5
    # Once no worker runs the job, the new input is compared with what the job sent, as usual.
    added = await collect(fan_out(client, edited, journal=postgres_url, run_id="j3"))
    assert Counter(r.status for r in added) == {Status.SKIPPED: 5, Status.CREATED: 1}
    assert set(orders.sent.values()) == {1}


async def test_change_detection_works_as_with_sqlite(postgres_url: str) -> None:
    client = counting_client()
    await collect(fan_out(client, [order_request(n) for n in range(3)], journal=postgres_url, run_id="j4"))
    edited = [order_request(0), order_request(1, amount=Decimal("9.00")), order_request(2)]
    with pytest.raises(InputChanged, match="--accept-new-rows") as refused:
        await collect(fan_out(client, edited, journal=postgres_url))
    assert "user1@acme.test 9.00 U561593" in str(refused.value)
    assert client.v2.orders.calls == 3


async def test_several_jobs_in_one_database_need_a_run_id(postgres_url: str) -> None:
    client = counting_client()
    await collect(fan_out(client, [order_request(0)], journal=postgres_url, run_id="jobA"))
    await collect(fan_out(client, [order_request(0)], journal=postgres_url, run_id="jobB"))
    with pytest.raises(JournalError, match=r"several jobs \(jobA, jobB\): say which with --run-id"):
        await collect(fan_out(client, [order_request(0)], journal=postgres_url))
    with pytest.raises(JournalError, match="no job 'jobC'"):
        await PostgresJournal.open(postgres_url, run_id="jobC", must_exist=True)


async def test_an_external_ref_id_is_unique_per_account_across_jobs(postgres_url: str) -> None:
    client = counting_client()
    own = [order_request(0, external_ref_id="mine1")]
    await collect(fan_out(client, own, journal=postgres_url, run_id="jobA"))
    with pytest.raises(JournalError, match="another job in this database already holds"):
        await collect(fan_out(client, own, journal=postgres_url, run_id="jobB"))
    assert client.v2.orders.sent == {"mine1": 1}


async def test_a_lease_is_at_least_half_a_second_and_applies_to_postgresql_only(
    postgres_url: str, tmp_path: Any
) -> None:
    with pytest.raises(ValueError, match=r"lease must be at least 0\.5 seconds"):
        await collect(fan_out(FakeClient(), [order_request(0)], journal=postgres_url, lease=0.1))
    with pytest.raises(ValueError, match="PostgreSQL journals only"):
        await collect(fan_out(FakeClient(), [order_request(0)], journal=tmp_path / "j.sqlite", lease=5))


async def test_rows_a_dead_worker_held_are_claimed_again_when_its_lease_expires(postgres_url: str) -> None:
    client = counting_client()
    inputs = [order_request(n) for n in range(6)]
    await collect(fan_out(client, inputs[:0], journal=postgres_url, run_id="j5"))  # creates the job
    # A worker that loaded the plan, claimed rows, marked one sent, and died (never closed).
    dead = await PostgresJournal.open(postgres_url, run_id="j5", lease=0.5, worker="dead")
    await _load(dead, client, inputs)
    claimed = await dead.claim(4)
    assert [p.position for p in claimed] == [0, 1, 2, 3]
    assert claimed[0].identity is not None
    await dead.mark_sent(claimed[0].identity)
    if dead._renewer is not None:  # the process is gone: nothing renews its leases any more
        dead._renewer.cancel()
    started = asyncio.get_running_loop().time()
    results = await collect(fan_out(client, inputs, journal=postgres_url, run_id="j5", lease=0.5))
    assert sorted(r.position for r in results) == list(range(6))
    assert asyncio.get_running_loop().time() - started >= 0.3  # it waited for the leases
    assert set(client.v2.orders.sent.values()) == {1}
    await dead._pool.close()


async def _load(journal: PostgresJournal, client: FakeClient, inputs: list[Any]) -> None:
    from aioraas.fanout import _plan, _Run, _source

    run = _Run(client, journal, journal.run_id, None, {}, 4)
    await _plan(run, journal, _source(inputs), False)


async def test_the_password_of_the_url_never_reaches_a_message(postgres_url: str) -> None:
    # The suite's server trusts local connections: any password gets in, which is what we need to
    # see it carried through a whole run without showing up anywhere.
    scheme, _, rest = postgres_url.partition("://")
    with_password = f"{scheme}://postgres:hunter2secret@{rest.partition('@')[2]}"
    client = counting_client()
    results = await collect(fan_out(client, [order_request(0)], journal=with_password, run_id="j7"))
    assert results[0].status is Status.CREATED
    journal = await open_journal(with_password, run_id="j7", new_run_id=lambda: "x")
    shown = repr(journal) + journal.location
    await journal.close()
    assert "hunter2secret" not in shown
    assert "postgres:***@" in shown
    missing = with_password.replace("/t_", "/missing_", 1)
    with pytest.raises(JournalError) as refused:
        await open_journal(missing, run_id="j7", new_run_id=lambda: "x")
    assert "missing_" in str(refused.value)
    assert "hunter2secret" not in str(refused.value)
    assert refused.value.__cause__ is None
    assert refused.value.__suppress_context__


def test_importing_aioraas_and_its_postgres_package_does_not_import_the_driver() -> None:
    import subprocess
    import sys

    code = (
        "import sys, aioraas, aioraas.journal, aioraas.fanout, aioraas.postgres, aioraas.postgres.journal; "
        "print('asyncpg' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "False"
