"""How JSON scalars become Python values and back: datetimes, dates, booleans, money on the way out.

Money on the way in is :func:`aioraas._convert.money_from_json` (the one place it is read).

Shared by the converter (:mod:`aioraas._convert`) and the generated fast paths
(``aioraas.models._v*_codecs``), so that both read every value the same way.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

_TRUE_WORDS = frozenset({"true", "1", "yes"})
_FALSE_WORDS = frozenset({"false", "0", "no"})


# The float of each amount sent before: requests repeat a few amounts (a fan-out, thousands of
# $25.00 orders), and the exactness test below builds a Decimal from a string each time. Only
# floats are kept: equal Decimals (25.0, 25.00) give the same float, but not the same string.
_FLOATS_SENT: dict[Decimal, float] = {}
_FLOATS_SENT_MAX = 4096


def decimal_to_json(value: Decimal) -> float | str:
    """A JSON number when a float carries the value exactly (always, for money), else a string."""
    kept = value.is_finite() and value  # not zeros (0 and -0.00 are equal keys), NaNs, infinities
    if kept:
        known = _FLOATS_SENT.get(value)
        if known is not None:
            return known
    as_float = float(value)
    if Decimal(repr(as_float)) != value:
        return str(value)
    if kept and len(_FLOATS_SENT) < _FLOATS_SENT_MAX:
        _FLOATS_SENT[value] = as_float
    return as_float


def datetime_from_json(value: Any, _: Any = None) -> datetime:
    """ISO 8601 with or without a zone; unix timestamps (v1 ``active_date``) as UTC."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, tz=UTC)
    if isinstance(value, str):
        return datetime.fromisoformat(value.strip())
    raise TypeError(f"expected an ISO 8601 datetime, got {type(value).__name__}")


def date_from_json(value: Any, _: Any = None) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str):
        return date.fromisoformat(value.strip()[:10])
    raise TypeError(f"expected an ISO 8601 date, got {type(value).__name__}")


def bool_from_json(value: Any, _: Any = None) -> bool:
    """Booleans, plus the strings and 0/1 some endpoints send; bool("false") would be True."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _TRUE_WORDS | _FALSE_WORDS:
        return value.strip().lower() in _TRUE_WORDS
    raise TypeError(f"expected a boolean, got {value!r}")
