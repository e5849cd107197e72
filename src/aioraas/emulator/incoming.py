"""Reading requests: which API they address and their JSON bodies."""

from __future__ import annotations

from typing import Any, Literal

import orjson
from aiohttp import web

from aioraas.emulator.errors import V1Error, V2Error

__all__ = ["api_of", "read_object"]


def api_of(path: str) -> Literal["v1", "v2"]:
    """``"v1"`` for /raas/v1 and /raas/v1.1 paths, ``"v2"`` for everything else."""
    return "v1" if path.startswith("/raas/v1") else "v2"


async def read_object(request: web.Request, *, optional: bool = False) -> dict[str, Any]:
    """The request's JSON object body; an empty body is ``{}`` when ``optional``."""
    raw = await request.read()
    if not raw and optional:
        return {}
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError:
        body = None
    if isinstance(body, dict):
        return body
    if api_of(request.path) == "v1":
        raise V1Error(400, "Invalid Resource Entity: the body must be a JSON object.")
    raise V2Error(400, "400.501")
