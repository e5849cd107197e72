"""A fan-out through async orders as a separate process, for the SIGKILL tests.

    python -m tests.integration.async_worker URL NAME KEY JOURNAL ROWS BATCH

Prints one line per result (``<position> <status>``) as it arrives, flushing each.
"""

from __future__ import annotations

import asyncio
import sys

import aiohttp

from aioraas.fanout_async import fan_out_async
from tests.integration.async_support import RawAsyncOrders
from tests.integration.test_fanout_async import rows


async def main(url: str, name: str, key: str, journal: str, count: int, batch: int) -> None:
    async with aiohttp.ClientSession() as session:
        api = RawAsyncOrders(session, url, name, key)
        async for result in fan_out_async(api, rows(count), journal=journal, batch_size=batch, concurrency=3):
            sys.stdout.write(f"{result.position} {result.status.value}\n")
            sys.stdout.flush()


if __name__ == "__main__":
    url, name, key, journal, count, batch = sys.argv[1:7]
    asyncio.run(main(url, name, key, journal, int(count), int(batch)))
