"""The baseline: a minimal client written straight on aiohttp and orjson.

It does what any hand-written client must do for the same requests and no more: Basic auth, the same
JSON body, read the answer, check the status and decode the JSON (into dicts, not models). No
validation, no retries, no rate limit, no error mapping.
"""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Callable
from typing import Any

import aiohttp
import orjson

from bench.common import PLATFORM_KEY, PLATFORM_NAME, order_json


class RawClient:
    def __init__(self, base_url: str, *, limit: int = 100) -> None:
        token = base64.b64encode(f"{PLATFORM_NAME}:{PLATFORM_KEY}".encode()).decode("ascii")
        self.root = base_url.rstrip("/") + "/raas/v2"
        self.headers = {"Authorization": f"Basic {token}", "Accept": "application/json"}
        self.post_headers = {**self.headers, "Content-Type": "application/json"}
        self.session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=limit))

    async def close(self) -> None:
        await self.session.close()

    async def __aenter__(self) -> RawClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def get_account(self, account: str) -> dict[str, Any]:
        async with self.session.get(f"{self.root}/accounts/{account}", headers=self.headers) as response:
            body = await response.read()
            if response.status != 200:
                raise RuntimeError(f"GET account: HTTP {response.status}: {body[:200]!r}")
        result: dict[str, Any] = orjson.loads(body)
        return result

    async def create_order(self, order: dict[str, Any]) -> dict[str, Any]:
        data = orjson.dumps(order)
        async with self.session.post(f"{self.root}/orders", data=data, headers=self.post_headers) as response:
            body = await response.read()
            if response.status not in (200, 201):
                raise RuntimeError(f"POST order: HTTP {response.status}: {body[:200]!r}")
        result: dict[str, Any] = orjson.loads(body)
        return result

    async def get(self, path: str) -> bytes:
        async with self.session.get(f"{self.root}{path}", headers=self.headers) as response:
            body = await response.read()
            if response.status != 200:
                raise RuntimeError(f"GET {path}: HTTP {response.status}: {body[:200]!r}")
        return body


async def fan_out(
    client: RawClient, count: int, concurrency: int, ref: Callable[[int], str]
) -> tuple[int, int]:
    """The hand-written bulk send: a semaphore keeps ``concurrency`` orders in flight, tasks are made
    only when a slot is free. Returns (succeeded, failed)."""
    slots = asyncio.Semaphore(concurrency)
    tasks: set[asyncio.Task[None]] = set()
    outcome = [0, 0]

    async def one(position: int) -> None:
        try:
            await client.create_order(order_json(ref(position)))
            outcome[0] += 1
        except (aiohttp.ClientError, RuntimeError, TimeoutError):
            outcome[1] += 1
        finally:
            slots.release()

    for position in range(count):
        await slots.acquire()
        task = asyncio.create_task(one(position))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
    if tasks:
        await asyncio.gather(*tasks)
    return outcome[0], outcome[1]
