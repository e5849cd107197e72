"""Fault injection seen from a raw client: what breaks, and that state never does."""

from __future__ import annotations

import time
from decimal import Decimal

import aiohttp
import pytest

from aioraas.emulator import FaultConfig
from tests.integration.emulator_support import ACCOUNT, CUSTOMER, Api, assert_error_info, running, v2_order

ORDERS = "@POST:/raas/v2/orders"


async def test_drop_after_commit_closes_the_connection_but_keeps_the_order() -> None:
    async with running(faults=f"drop_after_commit=1{ORDERS}") as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("100"))
        with pytest.raises(aiohttp.ClientConnectionError):
            await api.post("/raas/v2/orders", v2_order(externalRefID="drop-1"))
        committed = emu.state.order_by_external_ref(ACCOUNT, "drop-1")
        unaffected = await api.get("/raas/v2/catalogs")
        emu.set_faults(None)
        retry = await api.post("/raas/v2/orders", v2_order(externalRefID="drop-1"))
        stats = emu.stats
    assert committed is not None
    assert unaffected.status == 200
    assert retry.status == 200
    assert retry.body["referenceOrderID"] == committed.reference_id
    assert emu.state.balance(ACCOUNT) == Decimal("75.00")
    assert stats.faults["drop_after_commit"] == 1
    assert stats.requests[("POST /raas/v2/orders", 201)] == 1


async def test_truncated_body_is_a_payload_error_after_commit() -> None:
    async with running(faults="truncated=1") as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("100"))
        with pytest.raises(aiohttp.ClientPayloadError):
            await api.post("/raas/v2/orders", v2_order(externalRefID="cut-1"))
        with pytest.raises(aiohttp.ClientPayloadError):
            await api.get("/raas/v1.1/rewards")
    assert emu.state.order_by_external_ref(ACCOUNT, "cut-1") is not None
    assert emu.stats.faults["truncated"] == 2


async def _read_all(response: aiohttp.ClientResponse, into: bytearray) -> None:
    async for chunk in response.content.iter_any():
        into += chunk


async def test_truncated_headers_promise_more_than_is_sent() -> None:
    received = bytearray()
    async with (
        running(faults="truncated=1@GET:/raas/v2/catalogs") as (_emu, api),
        api.session.get("/raas/v2/catalogs", headers={"Authorization": api.auth}) as response,
    ):
        assert response.status == 200
        assert response.headers["X-REQUEST-ID"]
        assert response.content_type == "application/json"
        promised = int(response.headers["Content-Length"])
        with pytest.raises(aiohttp.ClientPayloadError):
            await _read_all(response, received)
    assert 0 < len(received) < promised


async def test_html_502_looks_like_a_proxy_page_and_commits_nothing() -> None:
    async with running(faults=f"html_502=1{ORDERS}") as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("100"))
        reply = await api.post("/raas/v2/orders", v2_order(externalRefID="gw-1"))
    assert reply.status == 502
    assert reply.headers["Content-Type"].startswith("text/html")
    assert b"502 Bad Gateway" in reply.raw
    assert reply.request_id
    assert emu.state.orders() == ()
    assert emu.state.balance(ACCOUNT) == Decimal("100.00")


@pytest.mark.parametrize(
    ("kind", "status", "key"), [("error_500", 500, "500.005"), ("error_503", 503, "503.502")]
)
async def test_server_errors_come_before_commit(kind: str, status: int, key: str) -> None:
    async with running(faults=f"{kind}=1{ORDERS}") as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("100"))
        reply = await api.post("/raas/v2/orders", v2_order(externalRefID="err-1"))
        emu.set_faults(None)
        retry = await api.post("/raas/v2/orders", v2_order(externalRefID="err-1"))
    assert_error_info(reply, status, key)
    assert retry.status == 201  # nothing was committed by the failed attempt
    assert emu.state.balance(ACCOUNT) == Decimal("75.00")


async def test_v1_faults_use_v1_bodies() -> None:
    async with running(faults="error_500=1@*:/raas/v1.1/*") as (_, api):
        v1 = await api.get("/raas/v1.1/rewards")
        v2 = await api.get("/raas/v2/catalogs")
    assert v1.status == 500
    assert v1.body == {"success": False, "error_message": "RAAS:OC:1003"}
    assert v2.status == 200


async def test_injected_429_with_and_without_retry_after() -> None:
    async with running(faults="rate_limit_429=1") as (_, api):
        plain = await api.get("/raas/v2/catalogs")
    async with running(faults="rate_limit_429=1", retry_after=True) as (_, api):
        hinted = await api.get("/raas/v2/catalogs")
    assert_error_info(plain, 429, "429.001")
    assert "Retry-After" not in plain.headers
    assert_error_info(hinted, 429, "429.001")
    assert int(hinted.headers["Retry-After"]) >= 1


async def test_latency_delays_matching_requests() -> None:
    async with running(faults="latency=0.05@GET:/raas/v2/credentialtypes") as (emu, api):
        started = time.monotonic()
        reply = await api.get("/raas/v2/credentialtypes")
        elapsed = time.monotonic() - started
    assert reply.status == 200
    assert elapsed >= 0.045  # a lower bound only: sleeping never ends early by more than the clock tick
    assert emu.stats.faults == {}


async def _statuses(api: Api, count: int) -> list[int]:
    return [(await api.get("/raas/v2/credentialtypes")).status for _ in range(count)]


async def test_seeded_runs_repeat_the_same_fault_sequence() -> None:
    spec = "error_503=0.3,rate_limit_429=0.2"
    async with running(faults=spec, seed=42) as (_, api):
        first = await _statuses(api, 40)
    async with running(faults=spec, seed=42) as (_, api):
        second = await _statuses(api, 40)
    async with running(faults=spec, seed=7) as (_, api):
        other = await _statuses(api, 40)
    assert first == second
    assert set(first) == {200, 429, 503}
    assert other != first


async def test_faults_never_corrupt_state_under_retries() -> None:
    faults = FaultConfig.of(
        "POST:/raas/v2/orders",
        drop_after_commit=0.2,
        error_503=0.15,
        truncated=0.15,
        html_502=0.1,
        rate_limit_429=0.1,
    )
    async with running(faults=faults, seed=3) as (emu, api):
        emu.create_account(CUSTOMER, ACCOUNT, balance=Decimal("1000"))
        for n in range(40):
            for _attempt in range(30):  # retry with the same externalRefID until the order is confirmed
                try:
                    reply = await api.post("/raas/v2/orders", v2_order(externalRefID=f"safe-{n}", amount=5))
                except aiohttp.ClientError:
                    continue
                if reply.status in (200, 201):
                    break
            else:
                pytest.fail(f"order safe-{n} never confirmed")
        stats = emu.stats
    assert len(emu.state.orders(ACCOUNT)) == 40
    assert emu.state.balance(ACCOUNT) == Decimal("800.00")
    assert {"drop_after_commit", "error_503", "truncated", "html_502", "rate_limit_429"} <= set(stats.faults)
