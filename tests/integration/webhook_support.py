"""Helpers for the webhook tests: keys, a real receiver server on 127.0.0.1, and subscriptions.

Subscriptions are made over HTTP with a plain aiohttp client (the emulator's ``POST /webhooks``),
so the delivery path under test is the emulator's own: real signed POSTs over loopback.
"""

from __future__ import annotations

import base64
import datetime
import json
import os
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from aioraas.emulator import Emulator


@dataclass(frozen=True)
class KeyPair:
    """An RSA-2048 key and its self-signed certificate, as Tango's guide makes them."""

    private_pem: bytes
    certificate_b64: str  # single-line base64 DER: the signingCertificate value

    @classmethod
    def generate(cls) -> KeyPair:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "webhooks.acme.test")])
        now = datetime.datetime.now(datetime.UTC)
        cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=1))
            .not_valid_after(now + datetime.timedelta(days=365))
            .sign(key, hashes.SHA256())
        )
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        der = cert.public_bytes(serialization.Encoding.DER)
        return cls(private_pem=pem, certificate_b64=base64.b64encode(der).decode())


def new_hmac_secret() -> str:
    """A fresh base64 HMAC key, as Tango's guide makes one (``openssl rand -base64 32``)."""
    return base64.b64encode(os.urandom(32)).decode()


@asynccontextmanager
async def serve(handler: Callable[[web.Request], Awaitable[web.StreamResponse]]) -> AsyncIterator[str]:
    """Run ``handler`` for POST / on 127.0.0.1 (a free port); yields its URL."""

    async def route(request: web.Request) -> web.StreamResponse:
        return await handler(request)

    app = web.Application()
    app.router.add_post("/", route)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        await runner.cleanup()


@dataclass
class Recorder:
    """A handler that keeps every delivery (raw body, and the headers a receiver reads) and answers 200."""

    deliveries: list[tuple[bytes, dict[str, str]]] = field(default_factory=list)
    kept: tuple[str, ...] = ("Content-Type", "X-Signed-Payload", "Authorization")

    async def __call__(self, request: web.Request) -> web.Response:
        headers = {name: request.headers[name] for name in self.kept if name in request.headers}
        self.deliveries.append((await request.read(), headers))
        return web.json_response({"ok": True})


class Management:
    """The emulator's webhook endpoints through a plain aiohttp session."""

    def __init__(self, session: aiohttp.ClientSession, emu: Emulator) -> None:
        self.session = session
        self.base = f"{emu.url}/raas/v2"
        self.auth = {"Authorization": aiohttp.encode_basic_auth(emu.platform_name, emu.platform_key)}

    async def call(self, method: str, path: str, body: Any = None, **params: Any) -> tuple[int, Any]:
        async with self.session.request(
            method, self.base + path, json=body, params=params or None, headers=self.auth
        ) as response:
            raw = await response.read()  # DELETE answers without a body
            return response.status, json.loads(raw) if raw else None

    async def subscribe(self, url: str, **fields: Any) -> dict[str, Any]:
        body = {"url": url, "categories": ["ORDER"], **fields}
        status, answer = await self.call("POST", "/webhooks", body)
        assert status == 201, answer
        result: dict[str, Any] = answer
        return result


@asynccontextmanager
async def management(emu: Emulator) -> AsyncIterator[Management]:
    async with aiohttp.ClientSession() as session:
        yield Management(session, emu)
