"""JSON in and out: Decimal-exact money on the wire, and a fast response helper."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import orjson
from aiohttp import web

__all__ = ["JSON_CONTENT_TYPE", "dumps", "json_number", "json_response"]

JSON_CONTENT_TYPE = "application/json"


def json_number(value: Decimal) -> orjson.Fragment:
    """``value`` as the JSON number :func:`dumps` writes for it, digit for digit ("12.50").

    Putting these in what is serialised saves the encoder's fallback call for each Decimal.
    """
    return orjson.Fragment(format(value, "f"))


def _default(value: object) -> Any:
    # Decimals are written digit for digit ("12.50"), never through float.
    if isinstance(value, Decimal):
        return json_number(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


def _big_ints_as_fragments(data: Any) -> Any:
    # orjson refuses integers beyond 64 bits; JSON has no such limit, so write them digit for digit.
    if isinstance(data, dict):
        return {key: _big_ints_as_fragments(value) for key, value in data.items()}
    if isinstance(data, (list, tuple)):
        return [_big_ints_as_fragments(value) for value in data]
    if isinstance(data, int) and not isinstance(data, bool) and not -(2**63) <= data < 2**64:
        return orjson.Fragment(str(data))
    return data


def dumps(data: Any) -> bytes:
    """Serialise ``data`` to JSON bytes; Decimal values become exact JSON numbers."""
    try:
        return orjson.dumps(data, default=_default)
    except orjson.JSONEncodeError as exc:
        if "Integer exceeds" not in str(exc):
            raise
        return orjson.dumps(_big_ints_as_fragments(data), default=_default)


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """A JSON response with ``status`` and optional extra ``headers``."""
    return web.Response(body=dumps(data), status=status, headers=headers, content_type=JSON_CONTENT_TYPE)
