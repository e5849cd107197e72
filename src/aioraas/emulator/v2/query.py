"""Query-string parameters of v2 list endpoints."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation

from multidict import MultiMapping

from aioraas.emulator.errors import V2Error, field_error

__all__ = ["bad_param", "date_param", "decimal_param", "multi"]


def bad_param(name: str, detail: str, value: object = None) -> V2Error:
    """A 400 for one bad query parameter: 422.102 "<name> is not valid. ...: <detail>"."""
    return V2Error.for_items(400, [field_error(name, "422.102", name, detail, invalid_value=value)])


def multi(query: MultiMapping[str], name: str) -> set[str]:
    """All values of a list parameter, given repeated (``a=1&a=2``) or comma-separated (``a=1,2``)."""
    return {part.strip() for raw in query.getall(name, ()) for part in raw.split(",") if part.strip()}


def decimal_param(query: MultiMapping[str], name: str) -> Decimal | None:
    """A decimal parameter such as ``minBalance``."""
    raw = query.get(name)
    if not raw:
        return None
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise bad_param(name, "must be a number", raw) from None
    if not value.is_finite():
        raise bad_param(name, "must be a number", raw)
    return value


def date_param(query: MultiMapping[str], name: str) -> datetime | None:
    """An ISO 8601 date or date-time; without a zone it is taken as UTC."""
    raw = query.get(name)
    if not raw:
        return None
    try:
        value = datetime.fromisoformat(raw.replace(" ", "+"))  # a bare '+' in a query decodes to ' '
    except ValueError:
        raise V2Error.for_items(400, [field_error(name, "422.044", invalid_value=raw)]) from None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
