"""Shared helpers for the emulator integration tests.

The tests talk to a real emulator over 127.0.0.1 with a plain aiohttp client written against
the documentation, never with aioraas's own client, so the emulator is checked independently.
JSON is parsed with Decimal floats, so money can be compared to the cent.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import aiohttp
from multidict import CIMultiDictProxy

from aioraas.emulator import Emulator

CUSTOMER = "acme-hr"
ACCOUNT = "acme-hr-q1"


@dataclass
class Reply:
    """One HTTP answer: status, headers, the parsed JSON body (None if not JSON) and raw bytes."""

    status: int
    headers: CIMultiDictProxy[str]
    body: Any
    raw: bytes

    @property
    def request_id(self) -> str | None:
        return self.headers.get("X-REQUEST-ID")


class Api:
    """A thin raw HTTP client bound to one emulator."""

    def __init__(self, session: aiohttp.ClientSession, emulator: Emulator) -> None:
        self.session = session
        self.emulator = emulator
        self.auth = aiohttp.encode_basic_auth(emulator.platform_name, emulator.platform_key)

    async def call(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        params: Mapping[str, str] | list[tuple[str, str]] | None = None,
        headers: Mapping[str, str] | None = None,
        data: bytes | str | None = None,
        auth: bool = True,
    ) -> Reply:
        sent = {"Authorization": self.auth} if auth else {}
        sent.update(headers or {})
        kwargs: dict[str, Any] = {"params": params, "headers": sent}
        if body is not None:
            kwargs["json"] = body
        elif data is not None:
            kwargs["data"] = data
        async with self.session.request(method, path, **kwargs) as response:
            raw = await response.read()
            parsed = None
            if response.content_type == "application/json" and raw:
                parsed = json.loads(raw, parse_float=Decimal)
            return Reply(response.status, response.headers, parsed, raw)

    async def get(self, path: str, **kwargs: Any) -> Reply:
        return await self.call("GET", path, **kwargs)

    async def post(self, path: str, body: Any = None, **kwargs: Any) -> Reply:
        return await self.call("POST", path, body, **kwargs)

    async def patch(self, path: str, body: Any = None, **kwargs: Any) -> Reply:
        return await self.call("PATCH", path, body, **kwargs)


@asynccontextmanager
async def running(**options: Any) -> AsyncIterator[tuple[Emulator, Api]]:
    """An emulator started with ``options`` and a raw client pointed at it."""
    async with Emulator(**options) as emulator, aiohttp.ClientSession(base_url=emulator.url) as session:
        yield emulator, Api(session, emulator)


def v2_order(**overrides: Any) -> dict[str, Any]:
    """A valid v2 order for ACCOUNT: a $25 Tango Card by email."""
    body: dict[str, Any] = {
        "customerIdentifier": CUSTOMER,
        "accountIdentifier": ACCOUNT,
        "utid": "U561593",
        "amount": 25,
        "deliveryMethod": "EMAIL",
        "recipient": {"email": "ann@example.com", "firstName": "Ann", "lastName": "Lee"},
    }
    body.update(overrides)
    return body


def assert_error_info(reply: Reply, status: int, i18n_key: str) -> None:
    """A v2 ErrorInfo answer with ``status`` and ``i18n_key`` whose requestId matches the header."""
    assert reply.status == status, reply.raw
    assert reply.body["httpCode"] == status
    assert reply.body["i18nKey"] == i18n_key, reply.body
    assert reply.body["requestId"] == reply.request_id
    assert reply.body["message"]
    assert reply.body["timestamp"].endswith("Z")


def assert_error_dto(reply: Reply, status: int, i18n_key: str) -> None:
    """A v2 ErrorDTO answer ``{message, i18nKey, i18nTokenReplacements}`` (customer and account endpoints)."""
    assert reply.status == status, reply.raw
    assert set(reply.body) == {"message", "i18nKey", "i18nTokenReplacements"}, reply.body
    assert reply.body["i18nKey"] == i18n_key, reply.body
    assert reply.body["message"]
    assert reply.request_id
