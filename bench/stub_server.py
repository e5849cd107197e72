"""A server that costs next to nothing: it answers every request with the same recorded bytes.

``python -m bench.stub_server STATUS BODY_FILE`` listens on 127.0.0.1 (a free port), prints
``stub listening on http://127.0.0.1:PORT`` and answers each HTTP/1.1 request (keep-alive, any
method and path) with ``STATUS`` and the JSON in ``BODY_FILE``: in measure 2, one real answer of
the emulator to ``POST /orders``. It is a bare ``asyncio.Protocol`` (no routing, no validation, no
state), so one core of it serves far more requests than one client core can send: the fan-out
measure then compares the clients, not the server. It stops on SIGTERM.
"""

from __future__ import annotations

import asyncio
import signal
import sys
from pathlib import Path

_REASONS = {200: "OK", 201: "Created"}


class _Stub(asyncio.Protocol):
    def __init__(self, answer: bytes) -> None:
        self.answer = answer
        self.buffer = bytearray()
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            length = 0
            for line in bytes(self.buffer[:end]).split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            total = end + 4 + length
            if len(self.buffer) < total:
                return
            del self.buffer[:total]
            assert self.transport is not None
            self.transport.write(self.answer)


async def _serve(status: int, body: bytes) -> None:
    head = (
        f"HTTP/1.1 {status} {_REASONS.get(status, 'OK')}\r\n"
        f"Content-Type: application/json; charset=utf-8\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode("ascii")
    answer = head + body
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: _Stub(answer), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(f"stub listening on http://127.0.0.1:{port}", flush=True)
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    async with server:
        await stop.wait()


def main(argv: list[str]) -> int:
    status, body_file = int(argv[0]), Path(argv[1])
    asyncio.run(_serve(status, body_file.read_bytes()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
