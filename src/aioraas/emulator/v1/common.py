"""Helpers shared by the v1 handlers."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from aioraas.emulator.context import context
from aioraas.emulator.errors import V1Error
from aioraas.emulator.jsonio import json_response
from aioraas.emulator.state import Account

__all__ = ["base_url", "ok", "require_account"]


def base_url(request: web.Request) -> str:
    """``http://host:port/raas/v1`` or ``.../raas/v1.1``: the prefix the request came in on."""
    version = "v1.1" if request.path.startswith("/raas/v1.1/") else "v1"
    return f"{request.url.origin()}/raas/{version}"


def ok(fields: dict[str, Any], status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """A v1 success body: ``{"success": true, ...fields}``."""
    return json_response({"success": True, **fields}, status, headers)


def require_account(request: web.Request, customer: str, identifier: str) -> Account:
    """The account of ``customer``, or v1's 404."""
    account = context(request).store.account_of(customer, identifier)
    if account is None:
        raise V1Error(404, f"Account '{identifier}' of customer '{customer}' was not found.")
    return account
