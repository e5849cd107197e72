"""A load generator that costs next to nothing per order, so that a server can be measured at full load.

The raw aiohttp client (``bench/raw.py``) spends ~200-300 us of CPU per order at concurrency 64:
more than the emulator needs to serve one. Driving the emulator with it leaves the emulator waiting
for requests (18-40 % busy in the measure 8 runs of issue 19), and a server that is woken for every
request alone spends more CPU per request than one that is kept busy. This client is a bare
``asyncio.Protocol`` per connection (the mirror of ``bench/stub_server.py``): each connection sends
one ``POST /raas/v2/orders`` (the same JSON as ``bench.common.order_json``, a fresh externalRefID
each time, bytes prebuilt around it), reads the answer by its Content-Length, checks the status
and sends the next. Keep-alive, one request in flight per connection, ``connections`` at once.
"""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Callable
from urllib.parse import urlsplit

import orjson

from bench.common import PLATFORM_KEY, PLATFORM_NAME, order_json

_MARK = "@@REF@@"


class _Connection(asyncio.Protocol):
    def __init__(self, load: _Load) -> None:
        self.load = load
        self.buffer = bytearray()
        self.transport: asyncio.Transport | None = None
        self.finished = False  # closed by us: nothing left to send

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.load.send_next(self)

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(self.buffer[:end])
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            total = end + 4 + length
            if len(self.buffer) < total:
                return
            del self.buffer[:total]
            self.load.answered(self, int(head[9:12]))

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.finished:
            self.load.lost(exc)


class _Load:
    def __init__(self, host: str, port: int, count: int, ref: Callable[[int], str]) -> None:
        self.count = count
        self.ref = ref
        self.next = 0
        self.answers = 0
        self.failed = 0
        self.done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        token = base64.b64encode(f"{PLATFORM_NAME}:{PLATFORM_KEY}".encode()).decode("ascii")
        body = orjson.dumps(order_json(_MARK)).decode()
        self.before, self.after = body.split(_MARK)
        self.head = (
            f"POST /raas/v2/orders HTTP/1.1\r\nHost: {host}:{port}\r\nAuthorization: Basic {token}\r\n"
            "Accept: application/json\r\nContent-Type: application/json\r\nContent-Length: "
        )

    def send_next(self, connection: _Connection) -> None:
        if self.next >= self.count:
            assert connection.transport is not None
            connection.finished = True
            connection.transport.close()
            return
        body = f"{self.before}{self.ref(self.next)}{self.after}".encode()
        self.next += 1
        assert connection.transport is not None
        connection.transport.write(f"{self.head}{len(body)}\r\n\r\n".encode() + body)

    def answered(self, connection: _Connection, status: int) -> None:
        self.answers += 1
        self.failed += status not in (200, 201)
        if self.answers >= self.count and not self.done.done():
            self.done.set_result(None)
        self.send_next(connection)

    def lost(self, exc: Exception | None) -> None:
        if self.answers < self.count and not self.done.done():
            self.done.set_exception(ConnectionError(f"the server closed a connection: {exc!r}"))


async def post_orders(url: str, count: int, connections: int, ref: Callable[[int], str]) -> int:
    """Send ``count`` orders over ``connections`` keep-alive connections; returns how many failed."""
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    load = _Load(host, port, count, ref)
    loop = asyncio.get_running_loop()
    transports = []
    for _ in range(min(connections, count)):
        transport, _protocol = await loop.create_connection(lambda: _Connection(load), host, port)
        transports.append(transport)
    try:
        await load.done
    finally:
        for transport in transports:
            transport.close()  # those still open (connection_lost is then a no-op: done is set)
    return load.failed
