"""Shared fixtures for unit tests of the client: aioresponses, with an injected sleep and jitter."""

from __future__ import annotations

import re
import types
from collections.abc import AsyncIterator
from typing import Any

import aioresponses.core as aioresponses_core
import attrs
import orjson
import pytest
from aiohttp import ClientResponse
from aioresponses import aioresponses
from yarl import URL

from aioraas import RaasClient, Timing

BASE = "https://api.test"
V1 = f"{BASE}/raas/v1.1"
V2 = f"{BASE}/raas/v2"
PLATFORM_NAME = "acme-platform"
PLATFORM_KEY = "pk_live_SUPERSECRET_7f3a9c"


def _normalised(url: URL) -> tuple[str, list[tuple[str, str]]]:
    return str(url.with_query(None)), sorted(url.query.items())


@attrs.define
class Harness:
    client: RaasClient
    mock: aioresponses
    sleeps: list[float]
    timing: Timing
    wall_time: float = 1_700_000_000.0
    jitter: float = 0.0

    def calls(self, method: str, url_pattern: str) -> list[Any]:
        """Recorded calls whose URL matches, in order."""
        found = []
        for (call_method, url), calls in self.mock.requests.items():
            if call_method == method and re.fullmatch(url_pattern, str(url)):
                found.extend(calls)
        return found

    def calls_to(self, method: str, url: str) -> list[Any]:
        """Recorded calls to exactly this URL (same path, same query pairs in any order)."""
        wanted = _normalised(URL(url))
        return [
            call
            for (call_method, called), calls in self.mock.requests.items()
            if call_method == method and _normalised(URL(str(called))) == wanted
            for call in calls
        ]

    def bodies(self, method: str, url_pattern: str) -> list[Any]:
        return [orjson.loads(call.kwargs["data"]) for call in self.calls(method, url_pattern)]

    def request_count(self) -> int:
        return sum(len(calls) for calls in self.mock.requests.values())


class _CompatResponse(ClientResponse):
    """aioresponses 0.7.9 builds responses without the ``stream_writer`` aiohttp 3.14 requires
    (aioresponses issue #289, unfixed in any release); a finished upload has output size 0."""

    def __init__(self, method: str, url: Any, **kwargs: Any) -> None:
        kwargs.setdefault("stream_writer", types.SimpleNamespace(output_size=0))
        super().__init__(method, url, **kwargs)


@pytest.fixture(autouse=True)
def _aioresponses_compat(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aioresponses_core, "ClientResponse", _CompatResponse)


@pytest.fixture
async def harness() -> AsyncIterator[Harness]:
    sleeps: list[float] = []
    clock: dict[str, Any] = {}

    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    # The client's documented test seam: waits are recorded, not slept, and exact (no jitter
    # unless a test asks for it); the wall clock is the harness's.
    timing = Timing(sleep=fake_sleep, random=lambda: clock["h"].jitter, wall=lambda: clock["h"].wall_time)
    client = RaasClient(PLATFORM_NAME, PLATFORM_KEY, base_url=BASE, timing=timing)
    with aioresponses() as mock:
        h = clock["h"] = Harness(client, mock, sleeps, timing)
        yield h
    await client.close()
