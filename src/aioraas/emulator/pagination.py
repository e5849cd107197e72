"""The list styles of the API: v1 offset/limit, v2 opt-in cursor, and v2 page number."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from aioraas.emulator.errors import V2Error, field_error, v1_validation

__all__ = [
    "MAX_QUERY_INT",
    "cursor_page",
    "decode_cursor",
    "encode_cursor",
    "offset_window",
    "optional_cursor",
    "page_window",
    "parse_bool",
]

T = TypeVar("T")


def encode_cursor(offset: int) -> str:
    """An opaque cursor for ``offset``; like Tango's (``"NjE="``), it is base64 text."""
    return base64.b64encode(str(offset).encode()).decode()


def decode_cursor(cursor: str) -> int:
    """The offset inside a cursor; raises ValueError for anything :func:`encode_cursor` did not make."""
    try:
        offset = int(base64.b64decode(cursor.encode(), validate=True).decode())
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise ValueError(f"not a cursor: {cursor!r}") from None
    if offset < 0:
        raise ValueError(f"not a cursor: {cursor!r}")
    return offset


def _bad(name: str, detail: str, value: Any = None) -> V2Error:
    # A query parameter Tango would refuse: 422.102 "<name> is not valid. ...: <detail>", HTTP 400.
    return V2Error.for_items(400, [field_error(name, "422.102", name, detail, invalid_value=value)])


def parse_bool(query: Mapping[str, str], name: str, default: bool) -> bool:
    """A ``true``/``false`` query parameter."""
    raw = query.get(name)
    if raw is None or raw == "":
        return default
    lowered = raw.lower()
    if lowered not in ("true", "false"):
        raise _bad(name, "must be true or false", raw)
    return lowered == "true"


# Tango's API runs on the JVM: an integer query parameter is a 32-bit int, and a value outside that
# range cannot be bound. Such values get a 400 naming the parameter (422.102, like every other bad
# query parameter), never a 500.
MAX_QUERY_INT = 2**31 - 1


def _out_of_range(name: str, raw: str) -> V2Error:
    detail = f"must be an integer between {-MAX_QUERY_INT - 1} and {MAX_QUERY_INT}"
    return V2Error.for_items(400, [field_error(name, "422.102", name, detail, invalid_value=raw)])


def _int_param(query: Mapping[str, str], name: str, default: int) -> int:
    raw = query.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise _bad(name, "must be an integer", raw) from None
    if not -MAX_QUERY_INT - 1 <= value <= MAX_QUERY_INT:
        raise _out_of_range(name, raw)
    return value


def cursor_page(
    items: Sequence[T], query: Mapping[str, str], *, default_max: int = 10, max_allowed: int = 200
) -> tuple[Sequence[T], dict[str, Any]]:
    """Slice ``items`` for a cursor request; returns the page and the envelope fields.

    The envelope fields are ``numberOfElements``, ``maxResults``, ``prevCursor``, ``nextCursor``,
    ``prevPageAvailable`` and ``nextPageAvailable``; the caller adds the list itself under its key.
    """
    limit = _int_param(query, "maxResults", default_max)
    if not 1 <= limit <= max_allowed:
        raise _bad("maxResults", f"must be between 1 and {max_allowed}", limit)
    start = 0
    for name in ("nextCursor", "prevCursor"):
        raw = query.get(name)
        if raw:
            try:
                start = decode_cursor(raw)
            except ValueError:
                raise _bad(name, "is not a cursor of this list", raw) from None
            break
    page = items[start : start + limit]
    has_next = start + limit < len(items)
    has_prev = start > 0
    meta = {
        "numberOfElements": len(page),
        "maxResults": limit,
        "prevCursor": encode_cursor(max(0, start - limit)) if has_prev else None,
        "nextCursor": encode_cursor(start + limit) if has_next else None,
        "prevPageAvailable": has_prev,
        "nextPageAvailable": has_next,
    }
    return page, meta


def optional_cursor(
    items: Sequence[T], query: Mapping[str, str], render: Callable[[T], Any], **limits: int
) -> list[Any] | dict[str, Any]:
    """Tango's opt-in cursor: a bare array unless ``paginate=true``, then ``{..., items: [...]}``.

    Only the returned page is passed through ``render``.
    """
    if not parse_bool(query, "paginate", False):
        return [render(item) for item in items]
    page, meta = cursor_page(items, query, **limits)
    return {**meta, "items": [render(item) for item in page]}


def page_window(query: Mapping[str, str], *, default_size: int = 10, max_size: int = 100) -> tuple[int, int]:
    """``(page, elementsPerBlock)`` of a page-number request (page 0 is the first)."""
    size = _int_param(query, "elementsPerBlock", default_size)
    if size > max_size:  # 422.042 says 100: the only page-number limit Tango documents
        raise V2Error.single(422, "422.042", path="elementsPerBlock")
    if size < 1:
        raise V2Error.for_items(400, [field_error("elementsPerBlock", "422.142", invalid_value=size)])
    page = _int_param(query, "page", 0)
    if page < 0:
        raise V2Error.for_items(400, [field_error("page", "422.141", invalid_value=page)])
    return page, size


def offset_window(query: Mapping[str, str]) -> tuple[int, int]:
    """v1's ``(offset, limit)``: offset from 0, limit 1..100 (default 100)."""
    problems = []
    values: dict[str, int] = {}
    for name, default in (("offset", 0), ("limit", 100)):
        raw = query.get(name) or ""
        try:
            values[name] = int(raw) if raw else default
        except ValueError:
            problems.append((name, "must be an integer"))
            continue
        if not -MAX_QUERY_INT - 1 <= values[name] <= MAX_QUERY_INT:
            problems.append((name, f"must be an integer of at most {MAX_QUERY_INT}"))
    if not problems:
        if values["offset"] < 0:
            problems.append(("offset", "must not be negative"))
        if not 1 <= values["limit"] <= 100:
            problems.append(("limit", "must be between 1 and 100"))
    if problems:
        raise v1_validation(problems)
    return values["offset"], values["limit"]
