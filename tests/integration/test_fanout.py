"""fan_out through the real client against the real emulator: bounds, faults, exactly once."""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator
from decimal import Decimal
from pathlib import Path

import pytest

from aioraas import RaasClient, fan_out
from aioraas.emulator import Emulator
from aioraas.fanout import Status
from aioraas.models import v2

CUSTOMER, ACCOUNT = "acme-hr", "acme-hr-q1"
ORDERS = "POST:/raas/v2/orders"


def requests(count: int, amount: str = "5.00") -> list[v2.OrderCreate]:
    return [
        v2.OrderCreate(
            customer_identifier=CUSTOMER,
            account_identifier=ACCOUNT,
            utid="U561593",
            amount=amount,
            recipient=v2.Recipient(email=f"user{n}@acme.test"),
        )
        for n in range(count)
    ]


@pytest.fixture
async def emulator() -> AsyncIterator[Emulator]:
    async with Emulator(seed=11) as emu:
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("100000"))
        yield emu


def client_for(emu: Emulator, **options: object) -> RaasClient:
    return RaasClient(emu.platform_name, emu.platform_key, base_url=emu.url, **options)  # type: ignore[arg-type]


async def test_the_emulator_never_sees_more_than_concurrency_requests(emulator: Emulator) -> None:
    emulator.set_faults(f"latency=0.01-0.02@{ORDERS}")
    async with client_for(emulator) as raas:
        results = [r async for r in fan_out(raas, requests(200), concurrency=8)]
    assert len(results) == 200
    assert all(r.status is Status.CREATED for r in results)
    assert emulator.stats.max_in_flight == 8


async def test_the_connection_pool_caps_concurrency(emulator: Emulator) -> None:
    emulator.set_faults(f"latency=0.01-0.02@{ORDERS}")
    async with client_for(emulator, max_connections=4) as raas:
        results = [r async for r in fan_out(raas, requests(60), concurrency=64)]
    assert len(results) == 60
    assert emulator.stats.max_in_flight == 4


async def test_faults_do_not_cause_duplicates_and_balances_reconcile(
    emulator: Emulator, tmp_path: Path
) -> None:
    emulator.set_faults(
        f"drop_after_commit=0.05@{ORDERS},error_503=0.05@{ORDERS},rate_limit_429=0.03@{ORDERS},"
        f"truncated=0.03@{ORDERS},latency=0.001-0.005@{ORDERS}"
    )
    async with client_for(emulator) as raas:
        results = [
            # A fixed run id fixes the externalRefIDs, so the seeded emulator's faults are the same every run.
            r
            async for r in fan_out(
                raas, requests(300), concurrency=32, journal=tmp_path / "j.sqlite", run_id="faults11"
            )
        ]
    assert sorted(r.position for r in results) == list(range(300))
    assert all(r.ok for r in results), [r.reason for r in results if not r.ok]
    faults = emulator.stats.faults
    assert faults["drop_after_commit"] > 0
    assert faults["error_503"] > 0
    held = Counter(order.external_ref_id for order in emulator.state.orders(ACCOUNT))
    assert len(held) == 300
    assert set(held.values()) == {1}
    assert set(held) == {r.external_ref_id for r in results}
    # An order whose committing answer was lost comes back as EXISTING on the retry.
    existing = sum(r.status is Status.EXISTING for r in results)
    assert 1 <= existing <= faults["drop_after_commit"] + faults.get("truncated", 0)
    charged = sum((o.charged for o in emulator.state.orders(ACCOUNT)), Decimal(0))
    assert charged == Decimal("1500.00")
    assert emulator.state.balance(ACCOUNT) == Decimal("100000") - charged


async def test_the_clients_rate_limit_holds_under_fan_out(emulator: Emulator) -> None:
    emulator.set_tps(20)
    async with client_for(emulator, rate_limit=20) as raas:
        results = [r async for r in fan_out(raas, requests(30), concurrency=16)]
    assert all(r.status is Status.CREATED for r in results)
    assert emulator.stats.rate_limited == 0
