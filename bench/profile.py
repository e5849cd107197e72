"""Profile the aioraas side of a measure: ``python -m bench.profile {get,post,fanout,decode} [--seconds S]``.

Runs the same work as the benchmark (against an emulator in its own process) for a few seconds
under pyinstrument and prints the call tree of the client process. For a sampling view of a
whole run (C frames included), use py-spy on the same script instead::

    py-spy record --native -r 2000 -o post.svg -- python -m bench.profile post --no-profiler
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import time
from collections.abc import Awaitable, Callable
from typing import Any

from bench.common import (
    ACCOUNT,
    AMOUNT,
    CUSTOMER,
    PLATFORM_KEY,
    PLATFORM_NAME,
    RECIPIENT_EMAIL,
    RECIPIENT_FIRST_NAME,
    UTID,
    emulator,
    order_create,
)


async def _loop(url: str, what: str, seconds: float) -> Callable[[], Awaitable[Any]]:
    from aioraas import RaasClient, fan_out
    from aioraas.models import v2

    refs = itertools.count()
    raas = RaasClient(platform_name=PLATFORM_NAME, platform_key=PLATFORM_KEY, base_url=url)

    async def one() -> None:
        if what == "get":
            await raas.v2.accounts.get(ACCOUNT)
        elif what == "post":
            await raas.v2.orders.create(
                customer_identifier=CUSTOMER,
                account_identifier=ACCOUNT,
                utid=UTID,
                amount=AMOUNT,
                delivery_method="EMAIL",
                recipient=v2.Recipient(email=RECIPIENT_EMAIL, first_name=RECIPIENT_FIRST_NAME),
                external_ref_id=f"profile-{next(refs):07d}",
            )
        else:
            requests = (order_create() for _ in range(1_000))
            async for _ in fan_out(raas, requests, concurrency=64, run_id=f"profile{next(refs)}"):
                pass

    async def run() -> None:
        try:
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                await one()
        finally:
            await raas.close()

    return run


def _decode_loop(url: str, seconds: float) -> Callable[[], None]:
    from aioraas._convert import loads
    from aioraas.models import v2
    from bench.decode import _payloads

    catalog, pages = asyncio.run(_payloads(url))

    def run() -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            loads(catalog, v2.Catalog)
            for page in pages[:10]:
                loads(page, v2.OrderList)

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=["get", "post", "fanout", "decode"])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--no-profiler", action="store_true", help="just run the loop (for py-spy)")
    args = parser.parse_args()
    with emulator(extra_brands=1_000 if args.what == "decode" else 0) as url:
        if args.what == "decode":
            work: Callable[[], Any] = _decode_loop(url, args.seconds)
        else:
            loop = asyncio.run(_loop(url, args.what, args.seconds))

            def work() -> None:
                asyncio.run(loop())

        if args.no_profiler:
            work()
            return
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0005)
        with profiler:
            work()
        print(profiler.output_text(unicode=True, color=False, show_all=False))


if __name__ == "__main__":
    main()
