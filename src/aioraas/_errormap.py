"""Turn an error answer of the API into the matching :mod:`aioraas.errors` class.

Both versions' shapes map into one hierarchy:

- v2 ErrorInfo ``{requestId, httpCode, i18nKey, message, errors[]}`` and ErrorDTO
  ``{message, i18nKey, i18nTokenReplacements}``;
- v1 ``{success: false, error_message, invalid_inputs[], denial_code, denial_message,
  available_balance}`` with the ``X-Status-Reason`` header saying which failure it is;
- anything else (an HTML page from a proxy, a cut-off body) becomes a clean error with the status.

The body is read as plain JSON, not through the models: an error answer must never fail to map.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any, Literal

import orjson

from aioraas import errors
from aioraas._retry import CARD_NOT_ACTIVE_KEY

Api = Literal["v1", "v2"]

_V2_CLASSES: dict[int, type[errors.ApiError]] = {
    400: errors.BadRequest,
    401: errors.Unauthorized,
    402: errors.InsufficientFunds,
    403: errors.Forbidden,
    404: errors.NotFound,
    409: errors.Conflict,
    422: errors.Unprocessable,
    429: errors.RateLimited,
}
_V1_CLASSES: dict[int, type[errors.ApiError]] = {
    400: errors.BadRequest,
    401: errors.Unauthorized,
    403: errors.Forbidden,
    404: errors.NotFound,
    409: errors.Conflict,
    429: errors.RateLimited,
}
CARD_DECLINED_KEY = "402.051"

# Digit runs as long as card numbers: never repeated in the text of messages that echo input,
# whatever the API echoed. A run glued to letters or digits, directly or by a dash, is part of an
# identifier (a UUID such as 7ed49765-6307-4952-8580-16408735fce5, referenceOrderID
# "RA261122-00001-37", fund_id "RF11-00000001-11"), not a card number: those stay exactly as sent,
# they are what support asks for. Identifiers (requestId, i18nKey, codes) are never scrubbed.
_CARD_LIKE = re.compile(
    r"(?<![0-9A-Za-z])(?<![0-9A-Za-z]-)\d(?:[ -]?\d){11,18}(?![0-9A-Za-z])(?!-[0-9A-Za-z])"
)
_TAGS = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


def scrub(text: str) -> str:
    return _CARD_LIKE.sub("[redacted]", text)


def parse_json_object(body: bytes) -> dict[str, Any] | None:
    if not body:
        return None
    try:
        value = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    return value if isinstance(value, dict) else None


def _text(value: Any) -> str | None:
    """Text that may echo input (messages): card-like numbers scrubbed."""
    return None if value is None else scrub(str(value))


def _identifier(value: Any) -> str | None:
    """An identifier (requestId, i18nKey, code): exactly as the API sent it."""
    return None if value is None or value == "" else str(value)


def _non_json_message(status: int, reason: str | None, body: bytes) -> str:
    text = _SPACE.sub(" ", html.unescape(_TAGS.sub(" ", body.decode("utf-8", "replace")))).strip()
    head = f"HTTP {status}" + (f" {reason}" if reason else "")
    if not text:
        return f"{head} (empty body)"
    return f"{head}: {scrub(text[:200])}" + ("..." if len(text) > 200 else "")


def _v2_field_errors(items: Any) -> list[errors.FieldError]:
    found = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict):
            found.append(
                errors.FieldError(
                    str(item.get("path") or item.get("field") or ""),
                    _text(item.get("message")) or "",
                    i18n_key=_identifier(item.get("i18nKey")),
                    code=_identifier(item.get("code")),
                )
            )
    return found


def _v1_field_errors(items: Any) -> list[errors.FieldError]:
    return [
        errors.FieldError(str(item.get("field", "")), _text(item.get("error")) or "")
        for item in (items if isinstance(items, list) else [])
        if isinstance(item, dict)
    ]


def _int_or_none(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def api_error(
    api: Api,
    *,
    status: int,
    headers: Mapping[str, str],
    body: bytes,
    reason: str | None = None,
    method: str | None = None,
    url: str | None = None,
    retry_after: float | None = None,
    attempts: int = 1,
) -> errors.ApiError:
    """The error an answer with this status, headers and body stands for."""
    data = parse_json_object(body)
    header_request_id = headers.get("X-REQUEST-ID")
    common: dict[str, Any] = {
        "attempts": attempts,
        "status": status,
        "body": data,
        "raw_body": body,
        "headers": headers,
        "method": method,
        "url": url,
    }
    if status == 429:
        common["retry_after"] = retry_after  # RateLimited's (and only its) own attribute
    if data is None:
        cls = errors.ServerError if status >= 500 else _V2_CLASSES.get(status, errors.ApiError)
        return cls(_non_json_message(status, reason, body), request_id=header_request_id, **common)
    if api == "v2":
        return _v2_error(data, header_request_id, common)
    return _v1_error(data, headers, header_request_id, common)


def _v2_error(data: dict[str, Any], header_request_id: str | None, common: dict[str, Any]) -> errors.ApiError:
    status: int = common["status"]
    i18n_key = _identifier(data.get("i18nKey"))
    cls = errors.ServerError if status >= 500 else _V2_CLASSES.get(status, errors.ApiError)
    message = _text(data.get("message")) or _text(data.get("httpPhrase")) or f"HTTP {status}"
    details = dict(common)
    if i18n_key == CARD_DECLINED_KEY:
        cls = errors.CardDeclined
        details["denial_message"] = message
    elif i18n_key == CARD_NOT_ACTIVE_KEY:
        cls = errors.CardNotActive
    if not issubclass(cls, errors.RateLimited):
        details.pop("retry_after", None)
    return cls(
        message,
        request_id=_identifier(data.get("requestId")) or header_request_id,
        i18n_key=i18n_key,
        errors=_v2_field_errors(data.get("errors")),
        **details,
    )


def _v1_error(
    data: dict[str, Any], headers: Mapping[str, str], header_request_id: str | None, common: dict[str, Any]
) -> errors.ApiError:
    status: int = common["status"]
    reason = (headers.get("X-Status-Reason") or "").strip().lower()
    message = (
        _text(data.get("error_message")) or _text(data.get("denial_message")) or reason or f"HTTP {status}"
    )
    field_errors = _v1_field_errors(data.get("invalid_inputs"))
    cls: type[errors.ApiError]
    if status >= 500:
        cls = errors.ServerError
    elif status == 403 and reason.startswith("authentication"):
        cls = errors.Unauthorized  # v1 answers bad credentials with 403
    elif status == 403 and (reason.startswith("validation") or field_errors):
        cls = errors.Unprocessable
    elif "denial_code" in data or reason.startswith("credit card"):
        cls = errors.CardDeclined
    elif "available_balance" in data or reason.startswith("funding failed"):
        cls = errors.InsufficientFunds
    else:
        cls = _V1_CLASSES.get(status, errors.ApiError)
    details = dict(common)
    if cls is errors.CardDeclined:
        details["denial_code"] = _text(data.get("denial_code"))
        details["denial_message"] = _text(data.get("denial_message"))
    elif cls is errors.InsufficientFunds:
        details["available_balance"] = _int_or_none(data.get("available_balance"))
    if not issubclass(cls, errors.RateLimited):
        details.pop("retry_after", None)
    return cls(message, request_id=header_request_id, errors=field_errors, **details)
