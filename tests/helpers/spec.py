"""Test helpers that read spec/ and the generated models side by side."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs

from aioraas.models import v1, v2
from codegen.bundle import JsonObject, is_enum, load_version, ref_name

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec"
MODULES: dict[str, ModuleType] = {"v1": v1, "v2": v2}

# One valid example per pattern used in spec/: a new pattern needs an example here.
PATTERN_EXAMPLES = {
    r"^[A-Za-z0-9_+-]{5,96}$": "acct_12+3",
    r"^\S+@\S+$": "ann@example.test",
    r"^[0-9]+$": "4111111111111111",
    r"^[0-9]{4}-(?:0[1-9]|1[0-2])$": "2030-11",
    r"^\d{3,4}$": "123",
    r"^[0-9]{3,4}$": "123",
    r"^[-a-zA-Z0-9]{5,100}$": "Acme-HR",
    r"^[-a-z0-9]{5,100}$": "acme-hr-q1",
    r"^[uU][0-9]+$": "U561593",
    r"^[A-Za-z0-9_-]+$": "q1-bonus_0001",
    r"^\+[1-9][0-9]{1,14}$": "+15551234567",
    r"^[eE][0-9]{6}$": "E000001",
    r"^[pP][0-9]+$": "P000001",
    r"^[a-zA-Z0-9 ]{0,100}$": "Spring 2026",
    r"^(#)([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})$": "#336699",
}


@cache
def spec_defs(version: str) -> JsonObject:
    defs: JsonObject = load_version(SPEC / version)["$defs"]
    return defs


def models(version: str, role: str) -> Iterator[tuple[str, type, JsonObject]]:
    """(name, class, schema) of every request or response model of a version."""
    for name, schema in spec_defs(version).items():
        if not is_enum(schema) and schema["x-aioraas-role"] == role:
            yield name, getattr(MODULES[version], name), schema


def attr_names(cls: type) -> dict[str, str]:
    """JSON name -> attribute name."""
    return {a.metadata["json"]: a.name for a in attrs.fields(cls) if "json" in a.metadata}


def resolve(version: str, schema: JsonObject) -> JsonObject:
    name = ref_name(schema)
    return spec_defs(version)[name] if name else schema


def types_of(schema: JsonObject) -> list[str]:
    declared = schema.get("type", [])
    return [declared] if isinstance(declared, str) else list(declared)


def valid_python_value(version: str, schema: JsonObject) -> Any:
    """A value a request model accepts for ``schema`` (Python objects, nested models built)."""
    name = ref_name(schema)
    if name is not None:
        target = spec_defs(version)[name]
        if is_enum(target):
            return target["enum"][0]
        return valid_request(version, name)
    fmt = schema.get("format")
    if fmt == "decimal":
        low = Decimal(str(schema.get("minimum", schema.get("exclusiveMinimum", 0))))
        return max(Decimal("25.00"), low + Decimal("1"))
    if fmt == "date-time":
        return datetime(2030, 1, 1, tzinfo=UTC)
    kind = next((t for t in types_of(schema) if t != "null"), "any")
    if kind == "any":  # no type: any JSON value
        return {"key": ["value", 1]}
    if kind == "string":
        return valid_string(schema)
    if kind == "integer":
        value = max(int(schema.get("minimum", 1)), 1000 if "minimum" in schema else 1)
        return min(value, int(schema.get("maximum", value)))
    if kind == "boolean":
        return True
    if kind == "array":
        return [valid_python_value(version, schema["items"])] * max(1, schema.get("minItems", 1))
    if kind == "object":
        return {"key": "value"}
    raise AssertionError(f"no valid value for {schema}")


def valid_string(schema: JsonObject) -> str:
    pattern = schema.get("pattern")
    if pattern is not None:
        assert pattern in PATTERN_EXAMPLES, f"add an example for pattern {pattern!r} to PATTERN_EXAMPLES"
        text = PATTERN_EXAMPLES[pattern]
    elif schema.get("x-aioraas-sensitive"):
        text = "4111111111111111"  # unlike any other sample value, so a leak in a repr shows
    else:
        text = "Sample Name"
    low, high = schema.get("minLength", 1), schema.get("maxLength", len(text))
    if not low <= len(text) <= high:
        text = ("Samplename" * 20)[: max(low, min(high, 8))]
    return text


def valid_request_kwargs(version: str, name: str) -> dict[str, Any]:
    """Constructor arguments for the request model ``name``: every property, valid."""
    cls = getattr(MODULES[version], name)
    schema = spec_defs(version)[name]
    names = attr_names(cls)
    kwargs = {names[prop]: valid_python_value(version, sub) for prop, sub in schema["properties"].items()}
    for prop, sub in schema["properties"].items():
        # A secret gets a value no other field shares, so a test can look for it in a repr.
        if sub.get("x-aioraas-sensitive") and kwargs[names[prop]] == "Sample Name":
            kwargs[names[prop]] = "Sensitive Sample 4729"
    return kwargs


def valid_request(version: str, name: str) -> Any:
    return getattr(MODULES[version], name)(**valid_request_kwargs(version, name))
