"""fan_out with a stand-in client: bounds, laziness, ids, journal resume, no double sends."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest

from aioraas import OrderResult, errors
from aioraas.fanout import (
    FanOutAborted,
    FanOutResult,
    Rejected,
    Row,
    Status,
    Tally,
    derive_external_ref_id,
    fan_out,
    fingerprint,
    keyed_external_ref_id,
)
from aioraas.journal import InputChanged, State, open_journal
from aioraas.models import v1, v2
from tests.helpers.postgres import JournalAt


def order_request(n: int, **overrides: Any) -> v2.OrderCreate:
    fields: dict[str, Any] = {
        "customer_identifier": "acme-hr",
        "account_identifier": "acme-hr-q1",
        "utid": "U561593",
        "amount": Decimal("5.00"),
        "recipient": v2.Recipient(email=f"user{n}@acme.test"),
    }
    fields.update(overrides)
    return v2.OrderCreate(**fields)


class FakeV2Orders:
    """Places orders by externalRefID like the API: a repeat returns the existing order."""

    def __init__(self) -> None:
        self.in_flight = 0
        self.max_in_flight = 0
        self.placed: dict[str, v2.Order] = {}
        self.calls = 0
        self.fail_with: dict[str, errors.RaasError] = {}

    async def create(self, request: v2.OrderCreate, **options: Any) -> OrderResult:
        self.calls += 1
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            await asyncio.sleep(0.001 * (self.calls % 3))
            ref_id = request.external_ref_id
            assert isinstance(ref_id, str)
            if ref_id in self.fail_with:
                raise self.fail_with.pop(ref_id)
            existing = self.placed.get(ref_id)
            if existing is not None:
                return OrderResult(
                    order=existing, created=False, external_ref_id=ref_id, request_id=None, attempts=1
                )
            order = v2.Order(reference_order_id=f"RA-{len(self.placed):05d}", external_ref_id=ref_id)
            self.placed[ref_id] = order
            return OrderResult(order=order, created=True, external_ref_id=ref_id, request_id=None, attempts=1)
        finally:
            self.in_flight -= 1


class FakeV1Orders:
    def __init__(self) -> None:
        self.calls = 0

    async def create(self, request: v1.OrderCreate, **options: Any) -> v1.Order:
        self.calls += 1
        return v1.Order(order_id=f"115-{self.calls:04d}")


@attrs.define
class FakeClient:
    max_connections: int = 100
    v2: Any = attrs.field(factory=lambda: attrs.make_class("V2", {})())
    v1: Any = attrs.field(factory=lambda: attrs.make_class("V1", {})())

    def __attrs_post_init__(self) -> None:
        self.v2.orders = FakeV2Orders()
        self.v1.orders = FakeV1Orders()


async def collect(iterator: AsyncIterator[FanOutResult]) -> list[FanOutResult]:
    return [result async for result in iterator]


async def test_at_most_concurrency_in_flight_and_one_result_per_input() -> None:
    client = FakeClient()
    results = await collect(fan_out(client, [order_request(n) for n in range(200)], concurrency=8))
    assert client.v2.orders.max_in_flight == 8
    assert sorted(r.position for r in results) == list(range(200))
    assert all(r.status is Status.CREATED for r in results)


async def test_concurrency_never_exceeds_the_connection_pool() -> None:
    client = FakeClient(max_connections=5)
    await collect(fan_out(client, (order_request(n) for n in range(50)), concurrency=64))
    assert client.v2.orders.max_in_flight == 5


async def test_inputs_are_pulled_lazily() -> None:
    pulled = 0

    def source() -> Iterator[v2.OrderCreate]:
        nonlocal pulled
        for n in range(10_000):
            pulled += 1
            yield order_request(n)

    stream = fan_out(FakeClient(), source(), concurrency=4)
    first = await anext(stream)
    assert first.status is Status.CREATED
    assert pulled <= 5  # what is in flight, plus the one that finished
    await stream.aclose()


async def test_async_sources_are_accepted() -> None:
    async def source() -> AsyncIterator[v2.OrderCreate]:
        for n in range(20):
            yield order_request(n)

    assert len(await collect(fan_out(FakeClient(), source()))) == 20


def ref(run_id: str, request: v2.OrderCreate, occurrence: int = 0) -> str:
    """The externalRefID fan_out derives for ``request`` (its ``occurrence``-th identical copy)."""
    return derive_external_ref_id(run_id, fingerprint(request), occurrence)


async def test_external_ref_ids_are_derived_from_run_and_content_or_kept() -> None:
    client = FakeClient()
    inputs = [order_request(0), order_request(1, external_ref_id="callers-own-id")]
    results = await collect(fan_out(client, inputs, run_id="bonus2024"))
    by_position = {r.position: r.external_ref_id for r in results}
    assert by_position == {0: ref("bonus2024", order_request(0)), 1: "callers-own-id"}
    assert by_position[0] is not None
    assert by_position[0].startswith("bonus2024")
    assert by_position[0].isalnum()


async def test_identical_rows_get_distinct_ids_by_occurrence() -> None:
    client = FakeClient()
    same = order_request(7)
    results = await collect(fan_out(client, [same, order_request(1), same, same], run_id="r"))
    ids = sorted(r.external_ref_id or "" for r in results)
    assert ids == sorted(
        [ref("r", same, 0), ref("r", same, 1), ref("r", same, 2), ref("r", order_request(1))]
    )
    assert len(client.v2.orders.placed) == 4


async def test_an_id_does_not_depend_on_the_position() -> None:
    client = FakeClient()
    first = await collect(fan_out(client, [order_request(n) for n in range(5)], run_id="r"))
    shuffled = [order_request(n) for n in (4, 2, 0, 3, 1)]
    again = await collect(fan_out(client, [order_request(99), *shuffled], run_id="r"))
    assert {r.external_ref_id for r in first} < {r.external_ref_id for r in again}
    assert len(client.v2.orders.placed) == 6  # only the inserted row is new


def test_keys_make_ids_and_unsafe_keys_are_hashed() -> None:
    assert keyed_external_ref_id("r", "emp42") == "remp42"
    hashed = keyed_external_ref_id("r", "ann@acme.test")
    assert hashed.startswith("rk")
    assert len(hashed) == len("rk") + 32
    assert hashed.isalnum()


async def test_rerunning_the_same_input_with_the_same_run_id_sends_nothing_twice() -> None:
    client = FakeClient()
    inputs = [order_request(n) for n in range(30)]
    first = await collect(fan_out(client, inputs, run_id="r1"))
    again = await collect(fan_out(client, inputs, run_id="r1"))
    assert {r.status for r in first} == {Status.CREATED}
    assert {r.status for r in again} == {Status.EXISTING}
    assert len(client.v2.orders.placed) == 30


async def test_journal_resume_skips_confirmed_and_resends_the_rest(journal_at: JournalAt) -> None:
    client = FakeClient()
    journal = await journal_at("run")
    inputs = [order_request(n) for n in range(40)]
    stream = fan_out(client, inputs, journal=journal, concurrency=4)
    early = [await anext(stream) for _ in range(10)]
    await stream.aclose()  # the job stops half way; in-flight orders are cancelled
    assert len(early) == 10

    resumed = await collect(fan_out(client, inputs, journal=journal, concurrency=4))
    statuses = {r.position: r.status for r in resumed}
    assert len(statuses) == 40
    assert all(statuses[r.position] is Status.SKIPPED for r in early)
    assert all(r.ok for r in resumed)
    assert len(client.v2.orders.placed) == 40  # every input placed exactly once
    opened = await open_journal(journal, run_id=None, new_run_id=lambda: "unused", must_exist=True)
    assert await opened.counts() == {State.CONFIRMED: 40}
    await opened.close()


async def test_a_changed_input_under_a_sent_id_is_refused_and_nothing_sent(journal_at: JournalAt) -> None:
    client = FakeClient()
    journal = await journal_at("run")
    # The first run got no definite answer: an order may exist for the input as it was then.
    client.v2.orders.fail_with["pinned-0"] = errors.OutcomeUnknown("lost", external_ref_id="pinned-0")
    first = [order_request(0, external_ref_id="pinned-0"), order_request(1)]
    results = await collect(fan_out(client, first, journal=journal))
    assert {r.status for r in results} == {Status.UNKNOWN, Status.CREATED}
    calls = client.v2.orders.calls
    changed = [order_request(0, external_ref_id="pinned-0", amount=Decimal("50.00")), order_request(2)]
    with pytest.raises(InputChanged, match="external_id whose order was already sent") as refused:
        await collect(fan_out(client, changed, journal=journal, accept_new_rows=True))
    assert "user0@acme.test 50.00 U561593" in str(refused.value)
    assert client.v2.orders.calls == calls  # nothing at all was sent


async def test_deleting_a_failed_row_never_resends_the_rows_after_it(journal_at: JournalAt) -> None:
    client = FakeClient()
    journal = await journal_at("run")
    rows: list[Any] = [Row(order_request(0), 2), Rejected("email: bad", line=3), Row(order_request(2), 4)]
    await collect(fan_out(client, rows, journal=journal))
    fixed = await collect(
        fan_out(client, [Row(order_request(0), 2), Row(order_request(2), 3)], journal=journal)
    )
    assert {r.status for r in fixed} == {Status.SKIPPED}
    assert {r.line for r in fixed} == {2, 3}
    assert len(client.v2.orders.placed) == 2
    assert client.v2.orders.calls == 2


async def test_reordered_inserted_and_duplicated_rows_send_only_what_is_new(journal_at: JournalAt) -> None:
    client = FakeClient()
    journal = await journal_at("run")
    await collect(fan_out(client, [order_request(n) for n in range(5)], journal=journal))
    reordered = [order_request(n) for n in (3, 1, 4, 0, 2)]
    assert {r.status for r in await collect(fan_out(client, reordered, journal=journal))} == {Status.SKIPPED}
    inserted = [order_request(50), *reordered]
    results = {r.position: r.status for r in await collect(fan_out(client, inserted, journal=journal))}
    assert results[0] is Status.CREATED
    assert {results[position] for position in range(1, 6)} == {Status.SKIPPED}
    assert len(client.v2.orders.placed) == 6

    duplicated = [*inserted, order_request(3)]  # a copy of a row that was already sent
    with pytest.raises(InputChanged, match="copies of a row an earlier run already sent"):
        await collect(fan_out(client, duplicated, journal=journal))
    assert len(client.v2.orders.placed) == 6
    accepted = await collect(fan_out(client, duplicated, journal=journal, accept_new_rows=True))
    assert [r.status for r in accepted].count(Status.CREATED) == 1
    assert len(client.v2.orders.placed) == 7


async def test_an_edited_sent_row_is_refused_until_confirmed_as_new(journal_at: JournalAt) -> None:
    client = FakeClient()
    journal = await journal_at("run")
    await collect(fan_out(client, [Row(order_request(n), n + 2) for n in range(3)], journal=journal))
    edited = [
        Row(order_request(0), 2),
        Row(order_request(1, amount=Decimal("9.00")), 3),
        Row(order_request(2), 4),
    ]
    with pytest.raises(InputChanged) as refused:
        await collect(fan_out(client, edited, journal=journal))
    message = str(refused.value)
    assert "line 3: user1@acme.test 5.00 U561593" in message  # the sent row that disappeared
    assert "line 3: user1@acme.test 9.00 U561593" in message  # the row that took its place
    assert "--accept-new-rows" in message
    assert client.v2.orders.calls == 3
    await collect(fan_out(client, edited, journal=journal, accept_new_rows=True))
    assert len(client.v2.orders.placed) == 4


async def test_two_rows_with_one_external_id_are_refused(journal_at: JournalAt) -> None:
    client = FakeClient()
    rows = [order_request(0, external_ref_id="same1"), order_request(1, external_ref_id="same1")]
    with pytest.raises(InputChanged, match="reuse the externalRefID"):
        await collect(fan_out(client, rows, journal=await journal_at("j"), accept_new_rows=True))
    assert client.v2.orders.calls == 0


async def test_wrong_credentials_stop_the_run_after_a_few_answers() -> None:
    client = FakeClient()
    orders = client.v2.orders
    inputs = [order_request(n) for n in range(500)]
    for request in inputs:
        orders.fail_with[ref("r", request)] = errors.Unauthorized("Unauthorized", status=401)
    seen: list[FanOutResult] = []

    async def consume() -> None:
        async for result in fan_out(client, inputs, run_id="r", concurrency=4):
            seen.append(result)

    with pytest.raises(FanOutAborted, match="refused the credentials") as aborted:
        await consume()
    assert isinstance(aborted.value.cause, errors.Unauthorized)
    assert 3 <= orders.calls <= 3 + 4  # the streak, plus what was already in flight
    assert len(seen) == orders.calls


async def test_a_429_that_outlasts_the_retries_slows_the_run_and_is_sent_again() -> None:
    client = FakeClient()
    request = order_request(0)
    limited = errors.RateLimited("Too many requests", status=429, attempts=5)
    client.v2.orders.fail_with[ref("r", request)] = limited
    (result,) = await collect(fan_out(client, [request], run_id="r"))
    assert result.status is Status.CREATED
    assert result.attempts == 6  # five answered 429, then the one that placed it
    assert client.v2.orders.calls == 2


async def test_a_fixed_bad_row_is_sent_on_the_next_run(journal_at: JournalAt) -> None:
    client = FakeClient()
    journal = await journal_at("run")
    inputs = [order_request(0), Rejected("amount: bad", line=3)]
    first = await collect(fan_out(client, inputs, journal=journal))
    assert {r.position: r.status for r in first} == {0: Status.CREATED, 1: Status.FAILED}
    fixed = await collect(fan_out(client, [order_request(0), order_request(1)], journal=journal))
    assert {r.position: r.status for r in fixed} == {0: Status.SKIPPED, 1: Status.CREATED}
    assert len(client.v2.orders.placed) == 2


async def test_unknown_outcomes_are_resent_with_the_same_id(journal_at: JournalAt) -> None:
    client = FakeClient()
    journal = await journal_at("run")
    inputs = [order_request(n) for n in range(3)]
    first = await collect(fan_out(client, inputs, journal=journal, run_id="r9"))
    unknown_id = ref("r9", inputs[1])
    assert all(r.status is Status.CREATED for r in first)
    client.v2.orders.placed.pop(unknown_id)
    client.v2.orders.fail_with[unknown_id] = errors.OutcomeUnknown(
        "lost", external_ref_id=unknown_id, attempts=5
    )
    journal2 = await journal_at("run2")
    second = await collect(fan_out(client, inputs, journal=journal2, run_id="r9"))
    assert {r.position: r.status for r in second} == {
        0: Status.EXISTING,
        1: Status.UNKNOWN,
        2: Status.EXISTING,
    }
    third = await collect(fan_out(client, inputs, journal=journal2))
    assert {r.position: r.status for r in third} == {0: Status.SKIPPED, 1: Status.CREATED, 2: Status.SKIPPED}
    assert third[0].external_ref_id is not None


async def test_rejected_inputs_are_reported_in_place_and_never_sent(journal_at: JournalAt) -> None:
    client = FakeClient()
    inputs: list[Any] = [order_request(0), Rejected("amount: not a number", line=3), order_request(2)]
    results = {r.position: r for r in await collect(fan_out(client, inputs, journal=await journal_at("j")))}
    assert results[1].status is Status.FAILED
    assert (results[1].line, results[1].reason) == (3, "amount: not a number")
    assert client.v2.orders.calls == 2


async def test_api_refusals_are_failures_with_a_reason() -> None:
    client = FakeClient()
    client.v2.orders.fail_with[ref("r", order_request(0))] = errors.InsufficientFunds(
        "Insufficient funds", status=402
    )
    (result,) = await collect(fan_out(client, [order_request(0)], run_id="r"))
    assert result.status is Status.FAILED
    assert isinstance(result.error, errors.InsufficientFunds)
    assert result.reason is not None
    assert "Insufficient funds" in result.reason


async def test_v1_orders_left_unanswered_are_never_sent_again(journal_at: JournalAt) -> None:
    path = await journal_at("v1")
    request = v1.OrderCreate(
        customer="CompanyA",
        account_identifier="123456",
        sku="TNGO-E-V-STD",
        amount=500,
        recipient=v1.Recipient(name="Ann", email="a@b.test"),
    )
    client = FakeClient()
    answered = asyncio.Event()

    async def never_answers(request: v1.OrderCreate, **options: Any) -> v1.Order:
        answered.set()
        await asyncio.Event().wait()
        raise AssertionError("unreachable")

    client.v1.orders.create = never_answers
    stream = fan_out(client, [request], journal=path)
    pending = asyncio.ensure_future(anext(stream))
    await asyncio.wait_for(answered.wait(), 5)  # sent (and journalled as sent)...
    pending.cancel()  # ...and the process died before the answer
    with pytest.raises(asyncio.CancelledError):
        await pending

    client = FakeClient()
    (result,) = await collect(fan_out(client, [request], journal=path))
    assert result.status is Status.UNKNOWN
    assert client.v1.orders.calls == 0
    (fresh,) = await collect(fan_out(client, [request], journal=await journal_at("other")))
    assert fresh.status is Status.CREATED


async def test_a_journal_of_another_run_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    await collect(fan_out(FakeClient(), [order_request(0)], journal=path, run_id="first"))
    with pytest.raises(ValueError, match="belongs to run 'first'"):
        await collect(fan_out(FakeClient(), [order_request(0)], journal=path, run_id="second"))


async def test_journal_counts_and_states(journal_at: JournalAt) -> None:
    client = FakeClient()
    client.v2.orders.fail_with[ref("r", order_request(1))] = errors.Unprocessable("bad", status=422)
    path = await journal_at("j")
    await collect(fan_out(client, [order_request(n) for n in range(3)], journal=path, run_id="r"))
    journal = await open_journal(path, run_id=None, new_run_id=lambda: "ignored")
    assert journal.resumed
    assert journal.run_id == "r"
    assert await journal.counts() == {State.CONFIRMED: 2, State.FAILED: 1}
    await journal.close()


def test_tally_counts_and_rate() -> None:
    tally = Tally(started=100.0)
    tally.add(FanOutResult(0, Status.CREATED, None, "x", attempts=3))
    tally.add(FanOutResult(1, Status.FAILED, None, None))
    assert (tally.done, tally.succeeded, tally.failed, tally.retries) == (2, 1, 1, 2)
    assert tally.rate(now=102.0) == 1.0


async def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="concurrency"):
        await collect(fan_out(FakeClient(), [], concurrency=0))
    with pytest.raises(ValueError, match="run_id"):
        await collect(fan_out(FakeClient(), [], run_id="has space"))
