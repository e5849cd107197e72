"""The pytest plugin's fixtures, used from synchronous and asynchronous tests."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import aiohttp
import pytest

from aioraas.emulator import Emulator


def _sync_get(emu: Emulator, path: str) -> tuple[int, Any]:
    request = urllib.request.Request(
        emu.url + path,
        headers={"Authorization": aiohttp.encode_basic_auth(emu.platform_name, emu.platform_key)},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, json.loads(response.read(), parse_float=Decimal)


def test_fixture_in_a_sync_test(raas_emulator: Emulator) -> None:
    raas_emulator.create_account("acme-hr", "acme-hr-q1", balance=Decimal("42.50"))
    status, body = _sync_get(raas_emulator, "/raas/v2/accounts/acme-hr-q1")
    assert status == 200
    assert body["currentBalance"] == Decimal("42.50")
    assert raas_emulator.state.balance("acme-hr-q1") == Decimal("42.50")
    assert raas_emulator.stats.requests[("GET /raas/v2/accounts/{accountIdentifier}", 200)] == 1


async def test_fixture_in_an_async_test(raas_emulator: Emulator) -> None:
    raas_emulator.create_account("acme-hr", "acme-hr-q1", balance=Decimal("10"))
    headers = {
        "Authorization": aiohttp.encode_basic_auth(raas_emulator.platform_name, raas_emulator.platform_key)
    }
    order = {
        "customerIdentifier": "acme-hr",
        "accountIdentifier": "acme-hr-q1",
        "utid": "U561593",
        "amount": 4,
        "deliveryMethod": "NONE",
    }
    async with (
        aiohttp.ClientSession(raas_emulator.url, headers=headers) as session,
        session.post("/raas/v2/orders", json=order) as response,
    ):
        assert response.status == 201
    # The server runs on its own loop in another thread; the state view hops over to it.
    assert raas_emulator.state.balance("acme-hr-q1") == Decimal("6.00")
    assert len(raas_emulator.state.orders("acme-hr-q1")) == 1


@pytest.mark.raas_emulator(tps=1, platform_name="acme", platform_key="k")
def test_marker_passes_options(raas_emulator: Emulator) -> None:
    assert raas_emulator.platform_name == "acme"
    assert _sync_get(raas_emulator, "/raas/v2/credentialtypes")[0] == 200
    with pytest.raises(urllib.error.HTTPError) as limited:
        _sync_get(raas_emulator, "/raas/v2/credentialtypes")
    assert limited.value.code == 429
    limited.value.close()


def test_factory_starts_several(raas_emulator_factory: Callable[..., Emulator]) -> None:
    one = raas_emulator_factory(faults="error_503=1")
    two = raas_emulator_factory()
    assert one.url != two.url
    with pytest.raises(urllib.error.HTTPError) as failed:
        _sync_get(one, "/raas/v2/credentialtypes")
    assert failed.value.code == 503
    failed.value.close()
    assert _sync_get(two, "/raas/v2/credentialtypes")[0] == 200


def test_sync_context_manager_stops_its_thread() -> None:
    before = threading.active_count()
    with Emulator() as emu:
        assert _sync_get(emu, "/raas/v2/credentialtypes")[0] == 200
        assert threading.active_count() == before + 1
    assert threading.active_count() == before
    with pytest.raises(RuntimeError):
        _ = emu.url


def test_thread_start_reports_bind_failures() -> None:
    with Emulator() as running_one:
        clash = Emulator(port=running_one.port)
        with pytest.raises(OSError, match=r"(?i)address already in use"):
            clash.start_in_thread()


async def test_threaded_emulator_from_another_event_loop() -> None:
    emu = Emulator().start_in_thread()
    try:
        emu.create_account("acme-hr", "acme-hr-q1")
        emu.advance_clock(60)
        headers = {"Authorization": aiohttp.encode_basic_auth(emu.platform_name, emu.platform_key)}
        async with aiohttp.ClientSession(emu.url, headers=headers) as session:
            replies = await asyncio.gather(*(session.get("/raas/v2/accounts") for _ in range(5)))
            for reply in replies:
                assert reply.status == 200
                reply.release()
        assert emu.stats.count("GET /raas/v2/accounts", 200) == 5
    finally:
        emu.stop_thread()


def test_loading_the_plugin_imports_neither_the_emulator_nor_the_client() -> None:
    # Every pytest run of every user with aioraas installed loads the plugin (pytest11 entry point).
    code = (
        "import sys, aioraas.emulator.pytest_plugin\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('aioraas', 'aiohttp')))\n"
        "print(' '.join(loaded))\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert found.stdout.split() == [
        "aioraas",
        "aioraas._version",
        "aioraas.emulator",
        "aioraas.emulator.pytest_plugin",
    ]
