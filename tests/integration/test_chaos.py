"""Money-moving calls under failure: the client's retry policy against the emulator's faults.

The main test sends 1,000 v2 orders, each with its own externalRefID, while the emulator drops
connections after committing, answers 500/503 and 429, and adds latency on POST /raas/v2/orders.
Whatever happens, every input must end with exactly one order, nothing may be charged twice, and
the money must add up to the cent on both sides. The client really sleeps its backoff (0.5 s,
1 s, ...; >= 1 s after a 429; >= 2 s after 409.002): nothing about its policy is shortened here.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from aioraas import RaasClient, errors
from aioraas.models import v1, v2
from aioraas.resources.v2.orders import OrderResult
from tests.integration.client_support import (
    ACCOUNT,
    AMAZON,
    CUSTOMER,
    TANGO_CARD,
    VISA_WITH_FEE,
    connected,
    money,
    recipient,
    register_v2_card,
)

ORDERS = "POST /raas/v2/orders"
INPUTS = 1000
CONCURRENCY = 48
SEED = 20240601
FAULT_RATE = 0.075  # per kind: 30 % of order attempts fail one way or another
MAX_RETRIES = 2  # 3 attempts: about 2.7 % of inputs exhaust them, so the resend path always runs
RESEND_ROUNDS = 3
START_BALANCE = Decimal("100000.00")
FAULTS = ",".join(
    [
        *(
            f"{kind}={FAULT_RATE}@POST:/raas/v2/orders"
            for kind in ("drop_after_commit", "error_500", "error_503", "rate_limit_429")
        ),
        "latency=0.002-0.02@POST:/raas/v2/orders",
    ]
)
FEE_PERCENT = {TANGO_CARD: Decimal(0), AMAZON: Decimal(0), VISA_WITH_FEE: Decimal("2.5")}

Outcome = OrderResult | errors.OutcomeUnknown | errors.RateLimited


def chaos_request(n: int) -> v2.OrderCreate:
    """Input ``n``: its own externalRefID, one of three items, an amount with cents."""
    utid = (TANGO_CARD, VISA_WITH_FEE, AMAZON)[n % 3]
    return v2.OrderCreate(
        customer_identifier=CUSTOMER,
        account_identifier=ACCOUNT,
        utid=utid,
        amount=Decimal(5 + n % 45) + Decimal(n % 100) / 100,
        delivery_method=v2.DeliveryMethod.EMAIL,
        recipient=recipient(n),
        external_ref_id=f"chaos-{n:04d}",
    )


def expected_charge(request: v2.OrderCreate) -> Decimal:
    """What the order costs a USD account: the face value plus the item's fee, each to the cent."""
    return money(request.amount) + money(request.amount * FEE_PERCENT[request.utid] / 100)


async def send_all(
    raas: RaasClient, requests: list[v2.OrderCreate], gate: asyncio.Semaphore, **overrides: int
) -> dict[str, Outcome]:
    """Send every request (at most ``gate`` at once); the outcome of each, by externalRefID."""

    async def send(request: v2.OrderCreate) -> Outcome:
        async with gate:
            try:
                return await raas.v2.orders.create(request, **overrides)
            except (errors.OutcomeUnknown, errors.RateLimited) as exc:
                return exc  # the two ways an order may end unresolved; anything else fails the test

    outcomes = await asyncio.gather(*(send(request) for request in requests))
    return {
        str(request.external_ref_id): outcome for request, outcome in zip(requests, outcomes, strict=True)
    }


def attempts_of(outcome: Outcome, max_retries: int = MAX_RETRIES) -> int:
    if isinstance(outcome, (OrderResult, errors.OutcomeUnknown)):
        return outcome.attempts
    return max_retries + 1  # RateLimited is raised only once every attempt was answered 429


async def test_a_thousand_orders_through_faults_end_with_exactly_one_order_each(
    record_property: Callable[[str, object], None],
) -> None:
    requests = [chaos_request(n) for n in range(INPUTS)]
    by_ref = {str(r.external_ref_id): r for r in requests}
    gate = asyncio.Semaphore(CONCURRENCY)
    started = time.monotonic()
    async with connected(client_options={"max_retries": MAX_RETRIES}, faults=FAULTS, seed=SEED) as (
        emu,
        raas,
    ):
        emu.create_account(CUSTOMER, ACCOUNT, balance=START_BALANCE)

        # -- the first pass: every input sent once, through the faults ----------------------------
        outcomes = await send_all(raas, requests, gate)
        first_pass_seconds = time.monotonic() - started
        confirmed = {ref: o for ref, o in outcomes.items() if isinstance(o, OrderResult)}
        unknown = {ref: o for ref, o in outcomes.items() if isinstance(o, errors.OutcomeUnknown)}
        limited = {ref: o for ref, o in outcomes.items() if isinstance(o, errors.RateLimited)}

        # Every input is accounted for, exactly once.
        assert len(confirmed) + len(unknown) + len(limited) == INPUTS == len(outcomes)
        assert unknown, "with these rates some inputs must exhaust their retries (P(none) < 1e-11)"
        for ref, error in unknown.items():
            assert error.external_ref_id == ref
            assert error.attempts == MAX_RETRIES + 1
            assert isinstance(
                error.last_error, (errors.ServerError, errors.TransportError, errors.RateLimited)
            )

        # The emulator holds at most one order per externalRefID: no duplicate, ever.
        stored = emu.state.orders(ACCOUNT)
        per_ref = Counter(order.external_ref_id for order in stored)
        duplicates = {ref: n for ref, n in per_ref.items() if n > 1}
        assert duplicates == {}
        assert set(per_ref) <= set(by_ref)
        # Every confirmed input has its order, and it is the one the client returned.
        for ref, result in confirmed.items():
            order = emu.state.order_by_external_ref(ACCOUNT, ref)
            assert order is not None, ref
            assert (order.reference_id, result.order.external_ref_id) == (
                result.order.reference_order_id,
                ref,
            )
        # Orders the client could not confirm were committed only behind an ambiguous answer (a drop
        # or a 5xx); a 429 is answered before anything is committed.
        assert set(per_ref) - set(confirmed) <= set(unknown)
        assert not set(per_ref) & set(limited)
        committed_unconfirmed = {ref for ref in per_ref if ref is not None} - set(confirmed)
        # An answer of 200 (created=False) means an earlier attempt had committed and was dropped.
        assert sum(not r.created for r in confirmed.values()) <= emu.stats.faults["drop_after_commit"]

        # The client sent exactly the attempts the server saw, and the retries that made them.
        first_pass_attempts = sum(attempts_of(o) for o in outcomes.values())
        assert emu.stats.count(ORDERS) == first_pass_attempts
        faults_first_pass = dict(emu.stats.faults)
        assert emu.stats.count(ORDERS, 429) == faults_first_pass.get("rate_limit_429", 0)
        assert emu.stats.count(ORDERS, 500) == faults_first_pass.get("error_500", 0)
        assert emu.stats.count(ORDERS, 503) == faults_first_pass.get("error_503", 0)
        assert emu.stats.max_in_flight <= CONCURRENCY

        # Money, so far: start - what the orders charged == the balance, on both sides.
        charged = sum((order.charged for order in stored), Decimal(0))
        assert START_BALANCE - charged == emu.state.balance(ACCOUNT)
        assert (await raas.v2.accounts.get(ACCOUNT)).current_balance == emu.state.balance(ACCOUNT)

        # -- resend what was left unresolved, with the same externalRefIDs ---------------------------
        pending = [by_ref[ref] for ref in sorted({*unknown, *limited})]
        resent: dict[str, OrderResult] = {}
        resend_attempts = 0
        for _ in range(RESEND_ROUNDS):
            if not pending:
                break
            again = await send_all(raas, pending, gate, max_retries=4)
            resend_attempts += sum(attempts_of(o, max_retries=4) for o in again.values())
            resent.update({ref: o for ref, o in again.items() if isinstance(o, OrderResult)})
            pending = [by_ref[ref] for ref, o in again.items() if not isinstance(o, OrderResult)]
        assert pending == [], f"still unresolved after {RESEND_ROUNDS} rounds: {pending}"
        assert set(resent) == set(unknown) | set(limited)
        for ref in committed_unconfirmed:
            # It was placed during the first pass: the API returns that order, it does not place another.
            assert not resent[ref].created
            placed = emu.state.order_by_external_ref(ACCOUNT, ref)
            assert placed is not None
            assert resent[ref].order.reference_order_id == placed.reference_id

        # -- the end state ------------------------------------------------------------------------------
        final = {**confirmed, **resent}
        assert set(final) == set(by_ref)
        stored = emu.state.orders(ACCOUNT)
        per_ref = Counter(order.external_ref_id for order in stored)
        assert per_ref == Counter(list(by_ref))  # every input has exactly one order, no more
        assert len(stored) == INPUTS
        for order in stored:
            request = by_ref[str(order.external_ref_id)]
            assert (order.utid, order.amount) == (request.utid, request.amount)
            assert order.charged == expected_charge(request)
            assert final[str(order.external_ref_id)].order.reference_order_id == order.reference_id

        charged = sum((order.charged for order in stored), Decimal(0))
        client_seen = sum(
            (
                r.order.amount_charged.total
                for r in final.values()
                if r.order.amount_charged and r.order.amount_charged.total
            ),
            Decimal(0),
        )
        ending = emu.state.balance(ACCOUNT)
        assert START_BALANCE - charged == ending
        assert client_seen == charged == sum((expected_charge(r) for r in requests), Decimal(0))
        assert (await raas.v2.accounts.get(ACCOUNT)).current_balance == ending

        # Every attempt the client made reached the server, and nothing else did.
        stats = emu.stats
        assert stats.count(ORDERS) == first_pass_attempts + resend_attempts
        total_seconds = time.monotonic() - started
        summary = {
            "orders": len(stored),
            "attempts": stats.count(ORDERS),
            "retries_first_pass": first_pass_attempts - INPUTS,
            "resends": len(resent),
            "resend_attempts": resend_attempts,
            "faults": dict(stats.faults),
            "outcome_unknown": len(unknown),
            "rate_limited_final": len(limited),
            "committed_but_unconfirmed": len(committed_unconfirmed),
            "created_false": sum(not r.created for r in final.values()),
            "duplicates": len(duplicates),
            "start_balance": str(START_BALANCE),
            "charged": str(charged),
            "ending_balance": str(ending),
            "first_pass_seconds": round(first_pass_seconds, 2),
            "total_seconds": round(total_seconds, 2),
        }
        for name, value in summary.items():
            record_property(name, value)
        print(f"\nchaos summary: {summary}")


async def test_concurrent_sends_of_one_external_ref_id_make_one_order() -> None:
    """While the first is processing, the others get 409.002, wait >= 2 s and get the original."""
    async with connected(processing_delay=1.0) as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("100.00"))
        request = chaos_request(7)
        results = await asyncio.gather(*(raas.v2.orders.create(request) for _ in range(5)))
        assert sorted(r.created for r in results) == [False, False, False, False, True]
        assert len({r.order.reference_order_id for r in results}) == 1
        assert all(r.attempts >= 2 for r in results if not r.created)
        assert emu.stats.count(ORDERS, 409) >= 4
        (order,) = emu.state.orders(ACCOUNT)
        assert (
            emu.state.balance(ACCOUNT)
            == Decimal("100.00") - order.charged
            == Decimal("100.00") - expected_charge(request)
        )


async def test_a_timeout_then_409_002_then_the_original_order() -> None:
    """The first attempt times out while the order is processing; the retry meets 409.002."""
    async with connected(client_options={"timeout": 0.2}, processing_delay=1.5) as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("100.00"))
        result = await raas.v2.orders.create(chaos_request(11))
        assert (result.created, result.attempts) == (False, 3)
        statuses = {status: n for (endpoint, status), n in emu.stats.requests.items() if endpoint == ORDERS}
        assert statuses == {201: 1, 409: 1, 200: 1}
        (order,) = emu.state.orders(ACCOUNT)
        assert order.reference_id == result.order.reference_order_id


async def test_v1_orders_are_never_retried_after_an_ambiguous_answer() -> None:
    """v1 has no externalRefID: after a drop or a 5xx the client reports OutcomeUnknown, once."""
    # Seed 1: a seeded emulator draws from the request and how often it saw it; for this order's body,
    # the third request is answered 429 once and its retry goes through (checked by the counters below).
    async with connected(seed=1) as (emu, raas):
        emu.create_account("CompanyA", "123456", balance=Decimal("100.00"))
        order: dict[str, Any] = {
            "customer": "CompanyA",
            "account_identifier": "123456",
            "sku": "TNGO-E-V-STD",
            "amount": 500,
            "recipient": v1.Recipient(name="John Doe", email="john@example.com"),
        }
        emu.set_faults("drop_after_commit=1@POST:/raas/v1.1/orders")
        with pytest.raises(errors.OutcomeUnknown) as dropped:
            await raas.v1.orders.create(**order)
        assert (dropped.value.attempts, dropped.value.external_ref_id) == (1, None)
        assert len(emu.state.orders("123456")) == 1  # it did go through: look before sending again

        emu.set_faults("error_503=1@POST:/raas/v1.1/orders")
        with pytest.raises(errors.OutcomeUnknown) as failed:
            await raas.v1.orders.create(**order)
        assert isinstance(failed.value.last_error, errors.ServerError)
        assert len(emu.state.orders("123456")) == 1

        # A 429 means "not processed": that one is retried, and the order goes through once.
        emu.set_faults("rate_limit_429=0.5@POST:/raas/v1.1/orders")
        emu.reset_stats()
        placed = await raas.v1.orders.create(**order)
        assert emu.stats.count("POST /raas/v1.1/orders", 429) == 1
        assert emu.stats.count("POST /raas/v1.1/orders", 201) == 1
        assert emu.stats.count("POST /raas/v1.1/orders") == 2
        assert [o.reference_id for o in emu.state.orders("123456")][-1] == placed.order_id
        assert emu.state.balance("123456") == Decimal("90.00")


async def test_a_deposit_whose_answer_was_dropped_is_never_credited_twice() -> None:
    """Deposits are retried with their externalRefID; the API answers the retry with 409."""
    # Seed 8: the draw for this deposit's first attempt drops it after it committed, the draw for its
    # repeat lets the retry through; checked below through the fault counters.
    async with connected(seed=8) as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("5.00"))
        card = await register_v2_card(raas)
        emu.set_faults("drop_after_commit=0.5@POST:/raas/v2/creditCardDeposits")
        deposit: dict[str, Any] = {
            "customer_identifier": CUSTOMER,
            "account_identifier": ACCOUNT,
            "credit_card_token": card.token,
            "amount": Decimal("10.00"),
            "external_ref_id": "dep-0001",
        }
        with pytest.raises(errors.AlreadyApplied) as caught:
            await raas.v2.deposits.create(**deposit)
        assert emu.stats.faults == {"drop_after_commit": 1}
        assert (caught.value.external_ref_id, caught.value.attempts) == ("dep-0001", 2)
        assert isinstance(caught.value.last_error, errors.Conflict)
        assert caught.value.request.amount == Decimal("10.00")
        assert "went through" in str(caught.value)
        (record,) = emu.state.deposits(ACCOUNT)
        assert record.external_ref_id == "dep-0001"
        assert emu.state.balance(ACCOUNT) == Decimal("15.00")

        emu.set_faults(None)
        with pytest.raises(errors.Conflict):  # sending it again cannot credit it twice
            await raas.v2.deposits.create(**deposit)
        assert emu.state.balance(ACCOUNT) == Decimal("15.00")
        assert len(emu.state.deposits(ACCOUNT)) == 1


async def test_reads_and_orders_survive_html_502_and_truncated_bodies() -> None:
    """A proxy's HTML 502 and a body cut short are retried; an order's retry finds the original.

    Every request draws from the seeded fault RNG in arrival order and every fault adds exactly
    one attempt, so the fault counts are the same on every run (which request meets which fault
    is not, but with 9 attempts per call none runs out: 0.2 ** 9 per call).
    """
    faults = "html_502=0.1,truncated=0.1,latency=0.001-0.005"
    async with connected(faults=faults, seed=SEED) as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("2000.00"))
        requests = [chaos_request(n) for n in range(40)]
        outcomes = await send_all(raas, requests, asyncio.Semaphore(8), max_retries=8)
        assert all(isinstance(o, OrderResult) for o in outcomes.values()), outcomes
        accounts = await asyncio.gather(*(raas.v2.accounts.get(ACCOUNT, max_retries=8) for _ in range(20)))
        catalogs = await asyncio.gather(*(raas.v2.catalog.get(max_retries=8) for _ in range(5)))

        faults_seen = emu.stats.faults
        assert faults_seen["html_502"] > 0
        assert faults_seen["truncated"] > 0
        assert emu.stats.total_requests == 40 + 20 + 5 + faults_seen["html_502"] + faults_seen["truncated"]
        assert Counter(o.external_ref_id for o in emu.state.orders(ACCOUNT)) == Counter(
            str(r.external_ref_id) for r in requests
        )
        ending = emu.state.balance(ACCOUNT)
        assert ending == Decimal("2000.00") - sum((expected_charge(r) for r in requests), Decimal(0))
        # Reads placed after the orders all see the final balance, and every catalog came whole.
        assert {a.current_balance for a in accounts} == {ending}
        assert len({len(c.brands) for c in catalogs}) == 1
        assert catalogs[0].brands


async def test_a_per_call_timeout_is_honoured_and_reported_as_timeout() -> None:
    async with connected(faults="latency=0.4@GET:/raas/v2/accounts/*") as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("12.00"))
        started = time.monotonic()
        with pytest.raises(errors.Timeout):
            await raas.v2.accounts.get(ACCOUNT, timeout=0.1, max_retries=1)
        assert time.monotonic() - started >= 0.2  # two attempts of 0.1 s and a backoff between them
        # The client's own timeout (30 s) leaves room for the latency.
        assert (await raas.v2.accounts.get(ACCOUNT)).current_balance == Decimal("12.00")


async def test_a_client_rate_limit_keeps_under_the_servers_tps() -> None:
    async with connected(client_options={"rate_limit": 15}, tps=15) as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("1.00"))
        started = time.monotonic()
        balances = await asyncio.gather(*(raas.v2.accounts.get(ACCOUNT) for _ in range(30)))
        assert time.monotonic() - started >= 29 / 15 - 0.05  # paced evenly, not in a burst
        assert {b.current_balance for b in balances} == {Decimal("1.00")}
        assert emu.stats.rate_limited == 0
        assert emu.stats.count("GET /raas/v2/accounts/{accountIdentifier}", 200) == 30


async def test_without_a_rate_limit_a_burst_meets_429s_and_still_succeeds() -> None:
    async with connected(tps=15) as (emu, raas):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("1.00"))
        balances = await asyncio.gather(*(raas.v2.accounts.get(ACCOUNT) for _ in range(30)))
        assert {b.current_balance for b in balances} == {Decimal("1.00")}
        assert emu.stats.rate_limited > 0  # the burst went over the limit...
        assert emu.stats.count("GET /raas/v2/accounts/{accountIdentifier}", 200) == 30  # ...and was retried
