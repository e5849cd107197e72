"""Annotate a merged schema with the hints the attrs template reads.

The template receives each property's keywords as ``field.extras``. This module adds:

- ``x-aioraas-check`` (request properties): the Python expression of the field's validator,
  ``check(str, max_length=100, pattern=...)``, holding every rule the schema states, including the
  rules of array items and the membership of referenced enums;
- ``x-aioraas-enum`` / ``x-aioraas-array``: the property holds an enum (or a list of one), which the
  template types as ``Enum | str`` so unknown values stay plain strings;
- ``x-aioraas-decimal``: a money field, given a Decimal converter in requests.

Schema keywords written by spec authors and passed through: ``x-aioraas-sensitive`` (masked repr,
value never quoted in errors), ``x-aioraas-type`` (the Python type when the wire type is looser, e.g.
v1 cents sent as strings), ``x-aioraas-unicode-categories`` (allowed Unicode categories, for Tango's
``\\p{L}\\p{N}\\p{P}\\p{Z}`` patterns, which Python's ``re`` cannot read).
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from codegen.bundle import JsonObject, SpecError, is_enum, ref_name

_RULE_KEYWORDS = {
    "minLength": "min_length",
    "maxLength": "max_length",
    "pattern": "pattern",
    "minimum": "ge",
    "exclusiveMinimum": "gt",
    "maximum": "le",
    "exclusiveMaximum": "lt",
    "multipleOf": "multiple_of",
    "minItems": "min_items",
    "maxItems": "max_items",
    "x-aioraas-unicode-categories": "categories",
}

_NUMBER_RULES = frozenset({"ge", "gt", "le", "lt", "multiple_of"})
_FORMAT_KINDS = {"date-time": "datetime", "date": "date", "decimal": "Decimal"}
_TYPE_KINDS = {"string": "str", "integer": "int", "boolean": "bool", "array": "list", "object": "dict"}


def annotate(bundle: JsonObject) -> JsonObject:
    """Return a copy of ``bundle`` with the template hints added to every property."""
    out = copy.deepcopy(bundle)
    defs: JsonObject = out["$defs"]
    for name, schema in defs.items():
        if is_enum(schema):
            continue
        required = set(schema.get("required", []))
        is_request = schema["x-aioraas-role"] == "request"
        for prop_name, prop in schema["properties"].items():
            where = f"{name}.{prop_name}"
            _mark_enum_and_decimal(prop, defs)
            if is_request:
                optional = prop_name not in required and "default" not in prop
                prop["x-aioraas-check"] = check_expression(prop, defs, optional=optional, where=where)
    return out


def _mark_enum_and_decimal(prop: JsonObject, defs: JsonObject) -> None:
    target = ref_name(prop)
    items = prop.get("items")
    item_target = ref_name(items) if isinstance(items, dict) else None
    if target is not None and is_enum(defs[target]):
        prop["x-aioraas-enum"] = target
    elif item_target is not None and is_enum(defs[item_target]):
        prop["x-aioraas-enum"] = item_target
        prop["x-aioraas-array"] = True
    if prop.get("format") == "decimal":
        prop["x-aioraas-decimal"] = True


def _types(schema: JsonObject) -> list[str]:
    declared = schema.get("type", [])
    return [declared] if isinstance(declared, str) else list(declared)


def _kind(schema: JsonObject, defs: JsonObject, where: str) -> tuple[str | None, str | None]:
    """The Python type a value must have, and the enum it must belong to (if any)."""
    target = ref_name(schema)
    if target is not None:
        return ("str", target) if is_enum(defs[target]) else (target, None)
    if "enum" in schema:
        raise SpecError(f"{where}: name inline enums under $defs so they become enum classes")
    if schema.get("x-aioraas-type"):
        return schema["x-aioraas-type"], None
    fmt = schema.get("format")
    if fmt in _FORMAT_KINDS:
        return _FORMAT_KINDS[fmt], None
    types = [t for t in _types(schema) if t != "null"]
    if not types:
        return None, None
    if len(types) > 1:
        raise SpecError(f"{where}: a request value needs one type (or x-aioraas-type), not {types}")
    if types[0] == "number":
        raise SpecError(f"{where}: use format decimal for money, or integer; plain floats are not used")
    return _TYPE_KINDS[types[0]], None


def _literal(value: Any, kind: str | None) -> str:
    if kind == "Decimal" or (isinstance(value, float) and not float(value).is_integer()):
        return f'Decimal("{Decimal(str(value))}")'
    if isinstance(value, float):
        return str(int(value))
    return repr(value)


def check_expression(schema: JsonObject, defs: JsonObject, *, optional: bool, where: str) -> str:
    """The ``check(...)`` call that validates a value of ``schema`` in a request."""
    kind, enum = _kind(schema, defs, where)
    args = [kind or "None"]
    if "null" in _types(schema):
        args.append("nullable=True")
    if optional:
        args.append("optional=True")
    if schema.get("x-aioraas-sensitive"):
        args.append("sensitive=True")
    if enum is not None:
        args.append(f"enum={enum}")
    for keyword, rule in _RULE_KEYWORDS.items():
        if keyword in schema:
            number_kind = kind if rule in _NUMBER_RULES else None
            args.append(f"{rule}={_literal(schema[keyword], number_kind)}")
    items = schema.get("items")
    if isinstance(items, dict):
        args.append("items=" + check_expression(items, defs, optional=False, where=f"{where}[]"))
    test = quick_test(schema, kind, enum, optional=optional, nullable="null" in _types(schema))
    if test is not None:
        # The same test twice: as the field's attrs validator (one call per value, the rules'
        # Check reports a failure) and as the Check's accepts (list items, tests). Each is made
        # once, given the Check (c), so that it holds it without an extra call per value.
        args.append(f"accepts=lambda c: lambda v: {test}")
        args.append(f"quick=lambda c: lambda i, a, v: None if {test} else c(i, a, v)")
    return f"check({', '.join(args)})"


def field_test(
    schema: JsonObject, defs: JsonObject, *, optional: bool, where: str, value: str, rules: str
) -> str | None:
    """:func:`quick_test` of a request property, as ``check_expression`` makes it, in terms of
    ``value`` and ``rules``: what a generated ``__init__`` tests inline (codegen/inits.py)."""
    kind, enum = _kind(schema, defs, where)
    nullable = "null" in _types(schema)
    return quick_test(schema, kind, enum, optional=optional, nullable=nullable, value=value, rules=rules)


_EXACT_KINDS = frozenset({"int", "bool", "list", "datetime", "date", "dict"})


def quick_test(
    schema: JsonObject,
    kind: str | None,
    enum: str | None,
    *,
    optional: bool,
    nullable: bool,
    value: str = "v",
    rules: str = "c",
) -> str | None:
    """A Python expression of ``value`` (and ``rules``, the field's Check) that is True only for
    values that break none of the field's rules; None when the rules need :meth:`Check.problem`.
    The names default to the ``v`` and ``c`` of the validator lambdas; generated ``__init__``
    methods (codegen/inits.py) pass their parameter and their Check instead.

    Request models are built on every call, with a validator per field; running each rule
    through ``Check.problem`` (several Python calls per field) was a large share of a request's
    CPU time. For anything unusual the expression is False and ``Check.problem`` decides.
    """
    if "x-aioraas-unicode-categories" in schema:
        return None  # a loop over the characters: leave it to problem()
    if kind is None:
        if enum is not None:
            return None
        tests = [f"{value}.__class__ is dict"]  # any JSON value; problem() has no rule for a dict of it
    elif kind == "str":
        tests = [f"isinstance({value}, str)"]  # members of a StrEnum too
    elif kind == "Decimal":
        tests = [f"{value}.__class__ is Decimal", f"{value}.is_finite()"]
    elif kind in _EXACT_KINDS or kind[:1].isupper():
        tests = [f"{value}.__class__ is {kind}"]  # a model class: problem() checks only its kind
    else:
        return None
    if enum is not None:
        tests.append(f"{value} in {enum}._value2member_map_")
    if kind == "str":
        if "minLength" in schema:
            tests.append(f"len({value}) >= {schema['minLength']}")
        if "maxLength" in schema:
            tests.append(f"len({value}) <= {schema['maxLength']}")
        if "pattern" in schema:
            tests.append(f"{rules}.pattern.search({value}) is not None")
    if kind in ("int", "Decimal"):
        for keyword, operator in (
            ("minimum", ">="),
            ("exclusiveMinimum", ">"),
            ("maximum", "<="),
            ("exclusiveMaximum", "<"),
        ):
            if keyword in schema:
                rule = _RULE_KEYWORDS[keyword]
                tests.append(f"{value} {operator} {rules}.{rule}")
        if "multipleOf" in schema:
            tests.append(f"is_multiple({value}, {rules}.multiple_of)")  # exact at any size
    if kind == "list":
        if "minItems" in schema:
            tests.append(f"len({value}) >= {schema['minItems']}")
        if "maxItems" in schema:
            tests.append(f"len({value}) <= {schema['maxItems']}")
        items = schema.get("items")
        if isinstance(items, dict):
            if "x-aioraas-unicode-categories" in items:
                return None
            tests.append(f"all(map({rules}.items.accepts, {value}))")
    test = "(" + " and ".join(tests) + ")"
    if optional:
        test = f"{value} is UNSET or {test}"
    if nullable:
        test = f"{value} is None or {test}"
    return f"({test})" if optional or nullable else test
