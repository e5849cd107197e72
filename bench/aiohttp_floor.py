"""The least an aiohttp server can do per order: the reference for the emulator's orders per CPU-second.

``python -m bench.aiohttp_floor STATUS BODY_FILE`` serves ``POST /raas/v2/orders`` with an
``aiohttp.web`` handler that reads the request body and answers ``STATUS`` with the bytes of
``BODY_FILE`` (one real emulator answer): routing, HTTP parsing and writing as the emulator has
them, none of its work. Measure 8 drives it like the emulator, so the emulator's figure can be read
against what aiohttp itself costs on the same machine at the same moment. Prints ``floor listening
on http://127.0.0.1:PORT``; stops on SIGTERM.
"""

from __future__ import annotations

import asyncio
import signal
import sys
from pathlib import Path

from aiohttp import web


async def _serve(status: int, body: bytes) -> None:
    async def answer(request: web.Request) -> web.Response:
        await request.read()
        return web.Response(body=body, status=status, content_type="application/json")

    app = web.Application()
    app.router.add_post("/raas/v2/orders", answer)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    assert runner.addresses
    port = runner.addresses[0][1]
    print(f"floor listening on http://127.0.0.1:{port}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    try:
        await stop.wait()
    finally:
        await runner.cleanup()


def main(argv: list[str]) -> int:
    asyncio.run(_serve(int(argv[0]), Path(argv[1]).read_bytes()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
