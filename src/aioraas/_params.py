"""Checks of a call's own arguments (not of a request body), run before anything is sent.

Request bodies are checked by the models' validators. What is left to check are the arguments that
never become a model: per-call options (``timeout``, ``max_retries``), identifiers that go into the
URL path, query filters with a format (dates) and the prebuilt request a method takes positionally.
Each check raises :class:`TypeError` for a value of the wrong type and
:class:`~aioraas.errors.ValidationError` for a value out of range, naming the argument.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from typing import Any, TypeVar
from urllib.parse import quote

import orjson

from aioraas._modelkit import UNSET
from aioraas.errors import ValidationError

__all__ = [
    "check_call_options",
    "date_param",
    "max_retries_option",
    "path_param",
    "request_param",
    "timeout_option",
]

T = TypeVar("T")

_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]*")


def _type_name(value: object) -> str:
    return type(value).__name__


def timeout_option(value: object, name: str = "timeout") -> float | None:
    """``value`` as a per-attempt timeout in seconds (a positive, finite number), or None."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(
            f"{name} must be a number of seconds (int or float), not {_type_name(value)} {value!r}"
        )
    if not math.isfinite(value) or value <= 0:
        raise ValidationError(
            f"{name} must be a positive, finite number of seconds, not {value!r}", field=name, rule="minimum"
        )
    return float(value)


def max_retries_option(value: object, name: str = "max_retries") -> int | None:
    """``value`` as a number of retries after the first attempt (an int >= 0), or None."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(
            f"{name} must be an int (retries after the first attempt), not {_type_name(value)} {value!r}"
        )
    if value < 0:
        raise ValidationError(f"{name} must be 0 or more, not {value!r}", field=name, rule="minimum")
    return value


def check_call_options(timeout: object, max_retries: object) -> None:
    """Check the per-call options every method takes (None means the client's default)."""
    timeout_option(timeout)
    max_retries_option(max_retries)


def path_param(name: str, value: object) -> str:
    """``value`` as one percent-encoded URL path segment: a non-empty identifier, never trusted."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise TypeError(f"{name} must be a str, not {_type_name(value)} {value!r}")
    text = str(value)
    if not text.strip():
        raise ValidationError(f"{name} must not be empty", field=name, rule="min_length")
    if _UNRESERVED.fullmatch(text):
        return text  # what quote() returns for these characters, without its work
    return quote(text, safe="")


def date_param(name: str, value: T) -> T:
    """A date filter: a ``datetime``, a ``date``, or a string in ISO 8601 / RFC 3339 ("2016-01-01",
    "2016-01-01T00:00:00Z"), as the API takes; None leaves the filter out. Returned unchanged."""
    if value is None or isinstance(value, (datetime, date)):
        return value
    if not isinstance(value, str):
        raise TypeError(
            f"{name} must be a datetime, a date or an ISO 8601 string, not {_type_name(value)} {value!r}"
        )
    text = value.strip()
    try:
        datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
    except ValueError:
        raise ValidationError(
            f"{name} must be a datetime, a date or an ISO 8601 date such as 2016-01-01 or "
            f"2016-01-01T00:00:00Z, not {value!r}",
            field=name,
            rule="format",
        ) from None
    return value


def json_param(name: str, value: T) -> T:
    """A value sent as it is in a JSON body (any JSON value; UNSET leaves it out): it must serialise."""
    if value is UNSET:
        return value
    try:
        orjson.dumps(value)
    except TypeError as exc:  # orjson.JSONEncodeError is a TypeError
        raise ValidationError(
            f"{name} must be a JSON value (dicts with str keys, lists, str, int, float, bool, None): {exc}",
            field=name,
            rule="json",
        ) from None
    return value


def request_param(name: str, value: Any, cls: type[T]) -> T:
    """A prebuilt request passed positionally: it must be an instance of ``cls``."""
    if not isinstance(value, cls):
        hint = " (to pass fields, use keyword arguments)" if isinstance(value, dict) else ""
        raise TypeError(
            f"{name} must be a {cls.__module__}.{cls.__qualname__}, not {_type_name(value)}{hint}"
        )
    return value
