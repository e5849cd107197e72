"""A fan-out through async orders as a separate process, for the SIGKILL tests.

    python -m tests.integration.async_worker URL NAME KEY JOURNAL ROWS BATCH

Prints one line per result (``<position> <status>``) as it arrives, flushing each.
"""

from __future__ import annotations

import asyncio
import sys

from aioraas import RaasClient
from aioraas.fanout_async import async_orders_api, fan_out_async
from tests.integration.test_fanout_async import rows


async def main(url: str, name: str, key: str, journal: str, count: int, batch: int) -> None:
    async with RaasClient(name, key, base_url=url, max_retries=1) as raas:
        api = async_orders_api(raas)
        async for result in fan_out_async(api, rows(count), journal=journal, batch_size=batch, concurrency=3):
            sys.stdout.write(f"{result.position} {result.status.value}\n")
            sys.stdout.flush()


if __name__ == "__main__":
    url, name, key, journal, count, batch = sys.argv[1:7]
    asyncio.run(main(url, name, key, journal, int(count), int(batch)))
