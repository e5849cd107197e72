"""Hypothesis strategies for wire JSON, derived from spec/ response schemas."""

from __future__ import annotations

from datetime import UTC, timedelta, timezone
from typing import Any

from hypothesis import strategies as st

from codegen.bundle import JsonObject, is_enum, ref_name
from tests.helpers.spec import spec_defs, types_of

JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)

_ZONES = st.sampled_from([None, UTC, timezone(timedelta(hours=-7)), timezone(timedelta(hours=5, minutes=30))])


def _datetime_text() -> st.SearchStrategy[str]:
    def spell(moment: Any) -> str:
        text: str = moment.isoformat()
        return text.replace("+00:00", "Z") if text.endswith("+00:00") else text

    return st.builds(lambda dt, zone: dt.replace(tzinfo=zone), st.datetimes(), _ZONES).map(spell)


def _decimal_json() -> st.SearchStrategy[Any]:
    amounts = st.decimals(
        min_value=-(10**6), max_value=10**6, places=2, allow_nan=False, allow_infinity=False
    )
    return st.integers(-(10**6), 10**6) | amounts.map(float) | amounts.map(str)


def wire_value(version: str, schema: JsonObject) -> st.SearchStrategy[Any]:
    """Valid JSON for a property of a response schema (unknown enum values included: they are valid)."""
    name = ref_name(schema)
    if name is not None:
        target = spec_defs(version)[name]
        if is_enum(target):
            return st.sampled_from(target["enum"]) | st.text(min_size=1, max_size=12)
        return wire_object(version, name)
    types = types_of(schema)
    nullable = st.none() if "null" in types else st.nothing()
    if schema.get("format") == "decimal":
        return nullable | _decimal_json()
    if schema.get("format") == "date-time":
        return nullable | _datetime_text()
    if schema.get("x-aioraas-type") == "int":
        return nullable | st.integers(-(10**9), 10**9) | st.integers(-(10**9), 10**9).map(str)
    options = []
    for kind in (t for t in types if t != "null"):
        if kind == "string":
            options.append(st.text(max_size=20))
        elif kind == "integer":
            options.append(st.integers())
        elif kind == "number":
            options.append(st.floats(allow_nan=False, allow_infinity=False))
        elif kind == "boolean":
            options.append(st.booleans())
        elif kind == "array":
            options.append(st.lists(wire_value(version, schema["items"]), max_size=3))
        elif kind == "object":
            options.append(st.dictionaries(st.text(max_size=8), st.text(max_size=8), max_size=3))
    if not options:
        return JSON_VALUES
    return nullable | st.one_of(options)


def wire_object(version: str, name: str, *, extra_keys: bool = True) -> st.SearchStrategy[dict[str, Any]]:
    """A JSON object for the response schema ``name``: required keys, some optional ones, and
    (when ``extra_keys``) keys the spec does not know."""
    schema = spec_defs(version)[name]
    props: JsonObject = schema["properties"]
    required = set(schema.get("required", []))
    values = {k: st.deferred(lambda s=s: wire_value(version, s)) for k, s in props.items()}
    fixed = st.fixed_dictionaries(
        {k: v for k, v in values.items() if k in required},
        optional={k: v for k, v in values.items() if k not in required},
    )
    if not extra_keys:
        return fixed
    unknown_key = st.text(min_size=1, max_size=10).filter(lambda k: k not in props)
    unknown = st.dictionaries(unknown_key, JSON_VALUES, max_size=3)
    return st.builds(lambda known, extra: {**extra, **known}, fixed, unknown)
