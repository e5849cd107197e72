"""``python -m codegen diff UPSTREAM.json``: how spec/ differs from an OpenAPI 3 document such as Tango's.

What is compared:

- operations: every ``METHOD /path`` of the upstream ``paths`` against the top-level ``paths`` of the
  spec files of the version (path parameters match whatever their names); skipped, with a note, when
  spec/ has no ``paths`` yet;
- schemas: each of our ``$defs`` schemas named in the mapping file (``schemas``), and each one the
  operations pair up (the request bodies and first 2xx answers of operations both sides have, then the
  properties of those that refer to further schemas, array items and ``oneOf``/``anyOf`` alternatives
  too), against the upstream ``components/schemas`` entry, for properties missing on either side
  (or renamed: the same name but for case), types, ``required``, enum values, and, for request
  schemas, every constraint that is stricter on our side (``minLength``, ``maxLength``, ``pattern``,
  ``minimum``, ``maximum``, ``exclusiveMinimum``, ``exclusiveMaximum``, ``multipleOf``, ``minItems``,
  ``maxItems``, ``format``);
- the operations both sides have: the first 2xx status and whether it has a body, and the query
  parameters (missing on either side, enum values, and a parameter required here that upstream leaves
  optional), reported under the operation (``GET /lineItems``).

Upstream documents are read as OpenAPI 3.0 or 3.1 writes them: ``$ref`` with sibling keywords,
``allOf`` compositions (their properties and ``required`` merged), ``nullable: true``, ``type: [..., "null"]``
and ``anyOf``/``oneOf`` with a null alternative, path templates that differ only by parameter names or a
trailing slash. The explicit mapping wins over a pairing the operations suggest; a schema of ours that
is compared with nothing is named in a note.

Differences kept on purpose are listed in the allow-list file (``allow``), each with a reason. The exit
status is 1 when a difference is not allowed, 0 otherwise, and 2 when a file cannot be read. An
allow-list entry that matches nothing is reported as stale (it does not fail the run).
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

JsonObject = dict[str, Any]

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
CONSTRAINTS = (
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "format",
)
# Formats that only say how to read a value; they refuse nothing (our "decimal" is a JSON number).
_HARMLESS_FORMATS = {"decimal", "int32", "int64", "float", "double"}
_PARAM = re.compile(r"\{[^}]*\}")

KINDS = {
    "operation-missing-ours": "operation in the upstream document, not in spec/",
    "operation-missing-upstream": "operation in spec/, not in the upstream document",
    "answer": "an operation's first 2xx answer differs (status, or a body on one side only)",
    "parameter-missing-ours": "query parameter of an operation upstream, not in spec/",
    "parameter-missing-upstream": "query parameter of an operation in spec/, not upstream",
    "schema-missing-upstream": "mapped upstream schema does not exist",
    "field-missing-upstream": "field in spec/, not upstream",
    "field-missing-ours": "field upstream, not in spec/",
    "field-renamed": "field spelt differently",
    "type": "type differs",
    "required": "required differs",
    "enum": "enum values differ",
    "stricter": "constraint stricter on our side",
}


class DiffError(Exception):
    """A document or the allow-list cannot be read."""


@dataclass(frozen=True)
class Difference:
    kind: str
    schema: str  # our schema name, or "" for operations
    field: str  # the property, the operation ("GET /orders"), or ""
    detail: str  # e.g. the constraint keyword
    message: str

    def line(self) -> str:
        where = " ".join(part for part in (self.schema, self.field) if part)
        return f"{self.kind:<27} {where}: {self.message}"


@dataclass(frozen=True)
class Allowance:
    kind: str
    schema: str
    field: str
    detail: str
    reason: str

    def matches(self, diff: Difference) -> bool:
        return (
            self.kind == diff.kind
            and fnmatch.fnmatchcase(diff.schema, self.schema)
            and fnmatch.fnmatchcase(diff.field, self.field)
            and fnmatch.fnmatchcase(diff.detail, self.detail)
        )

    def describe(self) -> str:
        return " ".join(p for p in (self.kind, self.schema, self.field, self.detail) if p and p != "*")


# -- reading --------------------------------------------------------------------------------------


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DiffError(f"{path}: {exc}") from None


@dataclass
class Ours:
    schemas: dict[str, JsonObject]
    paths: dict[str, JsonObject]


def load_ours(version_dir: Path) -> Ours:
    """Our schemas (every file's ``$defs``) and operations (any file's top-level ``paths``)."""
    files = sorted(version_dir.glob("*.json"))
    if not files:
        raise DiffError(f"{version_dir}: no *.json spec files")
    schemas: dict[str, JsonObject] = {}
    paths: dict[str, JsonObject] = {}
    for path in files:
        document = _read_json(path)
        if not isinstance(document, dict):
            raise DiffError(f"{path}: not a JSON object")
        schemas.update(document.get("$defs") or {})
        paths.update(document.get("paths") or {})
    return Ours(schemas, paths)


def load_allow_list(path: Path) -> tuple[dict[str, str], list[Allowance]]:
    """The schema mapping (ours -> upstream) and the allowed differences."""
    document = _read_json(path)
    if not isinstance(document, dict):
        raise DiffError(f"{path}: not a JSON object")
    mapping = document.get("schemas", {})
    if not isinstance(mapping, dict) or not all(isinstance(v, str) for v in mapping.values()):
        raise DiffError(f"{path}: 'schemas' must map our schema names to upstream schema names")
    allowed = []
    for n, entry in enumerate(document.get("allow", [])):
        if not isinstance(entry, dict) or entry.get("kind") not in KINDS:
            raise DiffError(f"{path}: allow[{n}]: 'kind' must be one of {', '.join(KINDS)}")
        reason = entry.get("reason")
        if not isinstance(reason, str) or not reason.strip():
            raise DiffError(f"{path}: allow[{n}]: every allowed difference needs a 'reason'")
        allowed.append(
            Allowance(
                entry["kind"],
                str(entry.get("schema", "*")),
                str(entry.get("field", entry.get("operation", "*"))),
                str(entry.get("detail", "*")),
                reason,
            )
        )
    return mapping, allowed


# -- comparing ------------------------------------------------------------------------------------


def _normal_path(template: str) -> str:
    """``/orders/{referenceOrderID}/`` -> ``/orders/{}``: parameter names, trailing slashes ignored."""
    path = _PARAM.sub("{}", template)
    return path.rstrip("/") or "/"


def _operations(paths: JsonObject) -> dict[str, str]:
    """``"GET /orders/{}"`` -> ``"GET /orders/{referenceOrderID}"`` for every operation."""
    found = {}
    for template, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            if method in item:
                shown = f"{method.upper()} {template}"
                found[f"{method.upper()} {_normal_path(template)}"] = shown
    return found


def compare_operations(ours: JsonObject, upstream: JsonObject) -> Iterator[Difference]:
    mine, theirs = _operations(ours), _operations(upstream)
    for key in sorted(theirs.keys() - mine.keys()):
        yield Difference("operation-missing-ours", "", theirs[key], "", "not in spec/")
    for key in sorted(mine.keys() - theirs.keys()):
        yield Difference("operation-missing-upstream", "", mine[key], "", "not in the upstream document")


def compare_parameters(
    ours: JsonObject, upstream: JsonObject, my_resolver: _Resolver, their_resolver: _Resolver
) -> Iterator[Difference]:
    """The query parameters of the operations both sides have: missing on either side, enum values,
    and a parameter required here that upstream leaves optional. Reported under the operation as
    spec/ spells it (``GET /lineItems``), the parameter as the field."""
    shown = _operations(ours)
    mine, theirs = _operation_items(ours), _operation_items(upstream)
    for key in sorted(mine.keys() & theirs.keys()):
        where = shown[key]
        yield from _compare_answers(where, mine[key], theirs[key])
        my_params, their_params = _query_parameters(mine[key]), _query_parameters(theirs[key])
        for name in sorted(their_params.keys() - my_params.keys()):
            yield Difference("parameter-missing-ours", where, name, "", "query parameter not in spec/")
        for name in sorted(my_params.keys() - their_params.keys()):
            yield Difference("parameter-missing-upstream", where, name, "", "query parameter not upstream")
        for name in sorted(my_params.keys() & their_params.keys()):
            mine_p, theirs_p = my_params[name], their_params[name]
            if mine_p.get("required") and not theirs_p.get("required"):
                yield Difference("required", where, name, "ours", "required here, optional upstream")
            my_enum = _enum(mine_p.get("schema") or {}, my_resolver)
            their_enum = _enum(theirs_p.get("schema") or {}, their_resolver)
            if my_enum is not None and their_enum is not None and my_enum != their_enum:
                extra, missing = sorted(my_enum - their_enum), sorted(their_enum - my_enum)
                parts = ([f"only here: {', '.join(extra)}"] if extra else []) + (
                    [f"only upstream: {', '.join(missing)}"] if missing else []
                )
                yield Difference("enum", where, name, "", "; ".join(parts))


def _compare_answers(where: str, mine: JsonObject, theirs: JsonObject) -> Iterator[Difference]:
    my_status, their_status = _first_success(mine), _first_success(theirs)
    if my_status is None or their_status is None:
        return
    if my_status != their_status:
        yield Difference("answer", where, "", "status", f"answers {my_status} here, {their_status} upstream")
    my_body, their_body = _answer(mine), _answer(theirs)
    if (my_body is None) != (their_body is None):
        said = "a body here, none upstream" if my_body is not None else "no body here, a body upstream"
        yield Difference("answer", where, "", "content", said)


def _first_success(operation: JsonObject) -> str | None:
    codes = sorted(str(code) for code in (operation.get("responses") or {}) if str(code).startswith("2"))
    return codes[0] if codes else None


def _query_parameters(operation: JsonObject) -> dict[str, JsonObject]:
    return {
        str(p["name"]): p
        for p in operation.get("parameters") or []
        if isinstance(p, dict) and p.get("in") == "query" and "name" in p
    }


def _json_schema(holder: Any) -> JsonObject | None:
    """The JSON schema of a request body or an answer (``content`` -> ``application/json`` -> ``schema``)."""
    if not isinstance(holder, dict):
        return None
    content = holder.get("content") or {}
    for media, entry in content.items():
        if "json" in media and isinstance(entry, dict) and isinstance(entry.get("schema"), dict):
            schema: JsonObject = entry["schema"]
            return schema
    return None


def _answer(operation: JsonObject) -> JsonObject | None:
    """The schema of the first 2xx answer with content."""
    responses = operation.get("responses") or {}
    for status in sorted(str(code) for code in responses):
        if status.startswith("2") and (schema := _json_schema(responses[status])) is not None:
            return schema
    return None


def infer_pairs(
    ours: JsonObject, upstream: JsonObject, my_resolver: _Resolver, their_resolver: _Resolver
) -> list[tuple[str, str, str]]:
    """``(our schema, upstream schema, where)`` for the schemas the operations both sides have pair up.

    Request bodies with request bodies, first 2xx answers with first 2xx answers; then, for each pair,
    the properties both have that refer to schemas on both sides (array items and ``oneOf``/``anyOf``
    alternatives followed). Every pairing is listed, in a fixed order, the first one for each of our
    schemas first.
    """
    mine, theirs = _operation_items(ours), _operation_items(upstream)
    pairs: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str]] = set()

    def pair(
        my_schema: JsonObject | None, their_schema: JsonObject | None, where: str, depth: int = 0
    ) -> None:
        if my_schema is None or their_schema is None or depth > 12:
            return
        for their_option in _best_alternatives(my_schema, their_schema, my_resolver, their_resolver):
            my_target, their_target = my_resolver.resolve(my_schema), their_resolver.resolve(their_option)
            if my_target.get("type") == "array" or their_target.get("type") == "array":
                my_items, their_items = my_target.get("items"), their_target.get("items")
                if isinstance(my_items, dict) and isinstance(their_items, dict):
                    pair(my_items, their_items, where, depth + 1)
                continue
            my_name, their_name = my_resolver.name(my_schema), their_resolver.name(their_option)
            if my_name is None or their_name is None or my_name not in my_resolver.schemas:
                continue
            if their_name not in their_resolver.schemas or (my_name, their_name) in seen:
                continue
            seen.add((my_name, their_name))
            pairs.append((my_name, their_name, where))
            my_props = my_target.get("properties") or {}
            their_props = their_target.get("properties") or {}
            for field in sorted(set(my_props) & set(their_props)):
                pair(my_props[field], their_props[field], f"{where} {my_name}.{field}", depth + 1)

    for key in sorted(mine.keys() & theirs.keys()):
        my_op, their_op = mine[key], theirs[key]
        pair(_json_schema(my_op.get("requestBody")), _json_schema(their_op.get("requestBody")), key)
        pair(_answer(my_op), _answer(their_op), key)
    return pairs


def _operation_items(paths: JsonObject) -> dict[str, JsonObject]:
    found = {}
    for template, item in paths.items():
        if isinstance(item, dict):
            for method in METHODS:
                if isinstance(item.get(method), dict):
                    found[f"{method.upper()} {_normal_path(template)}"] = item[method]
    return found


def _best_alternatives(
    mine: JsonObject, theirs: JsonObject, my_resolver: _Resolver, their_resolver: _Resolver
) -> list[JsonObject]:
    """Which of upstream's alternatives (``oneOf``/``anyOf``) our schema stands for: the same kind
    (array or object), and of the objects the one sharing the most property names."""
    options = their_resolver.alternatives(theirs)
    if len(options) == 1:
        return options
    my_target = my_resolver.resolve(mine)
    if my_target.get("type") == "array":
        return [o for o in options if their_resolver.resolve(o).get("type") == "array"][:1]
    my_props = set(my_target.get("properties") or {})
    objects = [o for o in options if their_resolver.resolve(o).get("type") != "array"]
    if not objects:
        return []
    return [
        max(objects, key=lambda o: len(my_props & set(their_resolver.resolve(o).get("properties") or {})))
    ]


class _Resolver:
    """Follows ``$ref`` in a document: ``#/$defs/X``, ``file.json#/$defs/X``, ``#/components/schemas/X``."""

    def __init__(self, schemas: dict[str, JsonObject]) -> None:
        self.schemas = schemas

    @staticmethod
    def name(schema: JsonObject) -> str | None:
        ref = schema.get("$ref")
        return ref.rsplit("/", 1)[1] if isinstance(ref, str) else None

    def resolve(self, schema: JsonObject) -> JsonObject:
        """The schema a ``$ref`` points to (siblings of the ``$ref`` are descriptions), ``allOf`` merged."""
        seen = 0
        while (name := self.name(schema)) is not None and name in self.schemas and seen < 20:
            schema = self.schemas[name]
            seen += 1
        if isinstance(schema.get("allOf"), list):
            schema = self._merge(schema)
        return schema

    def _merge(self, schema: JsonObject, depth: int = 0) -> JsonObject:
        """An ``allOf`` composition as one schema: properties and ``required`` of every part together."""
        merged: JsonObject = {k: v for k, v in schema.items() if k != "allOf"}
        properties: JsonObject = {}
        required: list[str] = []
        for part in schema.get("allOf", []):
            if not isinstance(part, dict):
                continue
            target = self.resolve(part) if depth < 20 else part
            for key, value in target.items():
                if key not in ("properties", "required", "allOf", "description", "title"):
                    merged.setdefault(key, value)
            properties.update(target.get("properties") or {})
            required += [r for r in target.get("required") or [] if r not in required]
        properties.update(schema.get("properties") or {})
        required += [r for r in schema.get("required") or [] if r not in required]
        if properties:
            merged["properties"] = properties
        if required:
            merged["required"] = required
        return merged

    def alternatives(self, schema: JsonObject) -> list[JsonObject]:
        """The non-null ``oneOf``/``anyOf`` alternatives of a schema, or the schema itself."""
        target = self.resolve(schema)
        options = target.get("oneOf") or target.get("anyOf")
        if not isinstance(options, list):
            return [schema]
        return [o for o in options if isinstance(o, dict) and not _is_null(o)]


def _is_null(schema: JsonObject) -> bool:
    kind = schema.get("type")
    return kind == "null" or kind == ["null"] or schema.get("enum") == [None]


def _types(schema: JsonObject, resolver: _Resolver, *, exact: bool = False) -> set[str]:
    """The JSON types a property schema admits (``integer`` counts as a ``number`` unless ``exact``)."""
    target = resolver.resolve(schema)
    raw = target.get("type")
    options = target.get("oneOf") or target.get("anyOf")
    if raw is None and isinstance(options, list):
        union: set[str] = set()
        for option in resolver.alternatives(target):
            kinds = _types(option, resolver, exact=exact)
            if not kinds:
                return set()  # one alternative admits any value
            union |= kinds
        return union
    if raw is None:
        if "enum" in target:
            return {"string"}
        if "properties" in target or resolver.name(schema) is not None:
            return {"object"}
        return set()  # any value
    kinds = {raw} if isinstance(raw, str) else set(raw)
    kinds.discard("null")
    return kinds if exact else {"number" if k == "integer" else k for k in kinds}


def _enum(schema: JsonObject, resolver: _Resolver) -> set[str] | None:
    target = resolver.resolve(schema)
    if "enum" in target:
        return {str(v) for v in target["enum"] if v is not None}
    options = target.get("oneOf") or target.get("anyOf")
    if isinstance(options, list):
        found = [e for o in resolver.alternatives(target) if (e := _enum(o, resolver)) is not None]
        return set().union(*found) if found else None
    items = target.get("items")
    if isinstance(items, dict):
        return _enum(items, resolver)
    return None


def _pattern(text: str) -> str:
    """A pattern with Java's ``\\d`` spelt ``[0-9]`` (Java's ``\\d`` is ASCII), for comparison."""
    return text.replace("[\\d]", "[0-9]").replace("\\d", "[0-9]")


def _stricter(keyword: str, mine: Any, theirs: Any) -> bool:
    """Whether our value of ``keyword`` refuses something upstream's (possibly absent) value allows."""
    if keyword == "format":
        return mine not in _HARMLESS_FORMATS and mine != theirs
    if theirs is None:
        return not (keyword in ("minLength", "minItems") and mine == 0)
    if keyword == "pattern":
        return bool(_pattern(str(mine)) != _pattern(str(theirs)))
    if keyword in ("minLength", "minimum", "exclusiveMinimum", "minItems"):
        return bool(mine > theirs)
    if keyword in ("maxLength", "maximum", "exclusiveMaximum", "maxItems"):
        return bool(mine < theirs)
    return bool(mine != theirs)  # multipleOf


def compare_schema(
    ours_name: str,
    mine: JsonObject,
    theirs: JsonObject,
    my_resolver: _Resolver,
    their_resolver: _Resolver,
) -> Iterator[Difference]:
    request = mine.get("x-aioraas-role") == "request"
    my_props: JsonObject = mine.get("properties", {})
    their_props: JsonObject = theirs.get("properties", {})
    only_mine = set(my_props) - set(their_props)
    only_theirs = set(their_props) - set(my_props)
    renamed = {m: t for m in only_mine for t in only_theirs if m.lower() == t.lower()}
    for field, upstream in sorted(renamed.items()):
        yield Difference("field-renamed", ours_name, field, upstream, f"upstream spells it {upstream!r}")
    for field in sorted(only_mine - set(renamed)):
        yield Difference("field-missing-upstream", ours_name, field, "", "not in the upstream schema")
    for field in sorted(only_theirs - set(renamed.values())):
        yield Difference("field-missing-ours", ours_name, field, "", "not in spec/")

    my_required, their_required = set(mine.get("required", [])), set(theirs.get("required", []))
    for field in sorted(my_required - their_required):
        if field in their_props:
            yield Difference("required", ours_name, field, "ours", "required here, optional upstream")
    if request:  # in a response, requiring less than upstream is the lenient choice
        for field in sorted(their_required - my_required):
            if field in my_props and "default" not in my_props[field]:
                yield Difference("required", ours_name, field, "upstream", "required upstream, optional here")

    for field in sorted(set(my_props) & set(their_props)):
        mine_p, theirs_p = my_props[field], their_props[field]
        my_types, their_types = _types(mine_p, my_resolver), _types(theirs_p, their_resolver)
        if my_types and their_types and not their_types <= my_types:
            yield Difference(
                "type",
                ours_name,
                field,
                "",
                f"upstream {'/'.join(sorted(_types(theirs_p, their_resolver, exact=True)))}, "
                f"here {'/'.join(sorted(_types(mine_p, my_resolver, exact=True)))}",
            )
        my_enum, their_enum = _enum(mine_p, my_resolver), _enum(theirs_p, their_resolver)
        if my_enum is not None and their_enum is not None and my_enum != their_enum:
            extra, missing = sorted(my_enum - their_enum), sorted(their_enum - my_enum)
            parts = ([f"only here: {', '.join(extra)}"] if extra else []) + (
                [f"only upstream: {', '.join(missing)}"] if missing else []
            )
            yield Difference("enum", ours_name, field, "", "; ".join(parts))
        if request:
            yield from _constraints(ours_name, field, mine_p, theirs_p, my_resolver, their_resolver)
        yield from _inline(ours_name, field, mine_p, theirs_p, request, my_resolver, their_resolver)


def _inline(
    ours_name: str,
    field: str,
    mine: JsonObject,
    theirs: JsonObject,
    request: bool,
    my_resolver: _Resolver,
    their_resolver: _Resolver,
) -> Iterator[Difference]:
    """An object of ours written in place (no ``$ref``: no schema of its own to pair), directly or as
    array items, compared with upstream's as ``Schema.field`` (``Schema.field[]`` for items)."""
    if mine.get("type") == "array" and isinstance(mine.get("items"), dict):
        their_items = their_resolver.resolve(theirs).get("items")
        if isinstance(their_items, dict):
            yield from _inline(
                ours_name, f"{field}[]", mine["items"], their_items, request, my_resolver, their_resolver
            )
        return
    if my_resolver.name(mine) is not None or not isinstance(mine.get("properties"), dict):
        return
    target = their_resolver.resolve(theirs)
    if not isinstance(target.get("properties"), dict):
        return
    inline = dict(mine)
    inline.setdefault("x-aioraas-role", "request" if request else "response")
    yield from compare_schema(f"{ours_name}.{field}", inline, target, my_resolver, their_resolver)


def _constraints(
    ours_name: str,
    field: str,
    mine: JsonObject,
    theirs: JsonObject,
    my_resolver: _Resolver,
    their_resolver: _Resolver,
) -> Iterator[Difference]:
    mine, theirs = my_resolver.resolve(mine), their_resolver.resolve(theirs)
    for keyword in CONSTRAINTS:
        if keyword in mine and _stricter(keyword, mine[keyword], theirs.get(keyword)):
            upstream = theirs.get(keyword)
            said = "none" if upstream is None else json.dumps(upstream)
            yield Difference(
                "stricter",
                ours_name,
                field,
                keyword,
                f"{keyword} {json.dumps(mine[keyword])} here, upstream {said}",
            )
    my_items, their_items = mine.get("items"), theirs.get("items")
    if isinstance(my_items, dict) and isinstance(their_items, dict) and my_resolver.name(my_items) is None:
        yield from _constraints(ours_name, f"{field}[]", my_items, their_items, my_resolver, their_resolver)


def compare(ours: Ours, upstream: JsonObject, mapping: dict[str, str]) -> tuple[list[Difference], list[str]]:
    """Every difference, and notes about what could not be compared.

    The schemas compared are those of ``mapping`` and those the operations pair up (``infer_pairs``);
    for a schema of ours in ``mapping``, the mapping decides.
    """
    notes: list[str] = []
    diffs: list[Difference] = []
    upstream_paths = upstream.get("paths") or {}
    if ours.paths:
        diffs.extend(compare_operations(ours.paths, upstream_paths))
    else:
        notes.append("spec/ has no 'paths' for this version: operations were not compared")
    their_schemas: dict[str, JsonObject] = (upstream.get("components") or {}).get("schemas") or {}
    my_resolver, their_resolver = _Resolver(ours.schemas), _Resolver(their_schemas)
    diffs.extend(compare_parameters(ours.paths, upstream_paths, my_resolver, their_resolver))
    chosen = dict(mapping)
    others: dict[str, list[str]] = {}
    for my_name, their_name, _where in infer_pairs(ours.paths, upstream_paths, my_resolver, their_resolver):
        if my_name not in chosen:
            chosen[my_name] = their_name
        elif chosen[my_name] != their_name and their_name not in others.setdefault(my_name, []):
            others[my_name].append(their_name)
    for ours_name, their_name in sorted(chosen.items()):
        mine = ours.schemas.get(ours_name)
        if mine is None:
            notes.append(f"mapping names {ours_name!r}, which spec/ does not define")
            continue
        theirs = their_schemas.get(their_name)
        if theirs is None:
            diffs.append(
                Difference(
                    "schema-missing-upstream", ours_name, "", their_name, f"no upstream schema {their_name!r}"
                )
            )
            continue
        diffs.extend(
            compare_schema(
                ours_name,
                my_resolver.resolve(mine),
                their_resolver.resolve(theirs),
                my_resolver,
                their_resolver,
            )
        )
    for ours_name, names in sorted(others.items()):
        if ours_name in ours.schemas:
            notes.append(
                f"{ours_name} was compared with {chosen[ours_name]}; "
                f"operations also pair it with {', '.join(names)}"
            )
    unpaired = sorted(
        name
        for name, schema in ours.schemas.items()
        if name not in chosen and (schema.get("type") == "object" or "properties" in schema)
    )
    if unpaired:
        notes.append(
            f"compared with no upstream schema (not mapped, no operation pairs them): {', '.join(unpaired)}"
        )
    return diffs, notes


# -- reporting ------------------------------------------------------------------------------------


def report(
    diffs: Sequence[Difference], allowed: Sequence[Allowance], notes: Iterable[str], upstream_label: str
) -> tuple[str, int]:
    """The readable report and the exit status."""
    used: set[int] = set()
    unexpected: list[Difference] = []
    kept: list[tuple[Difference, Allowance]] = []
    for diff in diffs:
        match = next((i for i, a in enumerate(allowed) if a.matches(diff)), None)
        if match is None:
            unexpected.append(diff)
        else:
            used.add(match)
            kept.append((diff, allowed[match]))
    lines = [f"spec/ compared with {upstream_label}"]
    lines += [f"note: {note}" for note in notes]
    if unexpected:
        lines.append(f"\n{len(unexpected)} difference(s) not in the allow-list:")
        lines += [f"  {d.line()}" for d in unexpected]
    if kept:
        lines.append(f"\n{len(kept)} allowed difference(s):")
        lines += [f"  {d.line()}\n      allowed: {a.reason}" for d, a in kept]
    stale = [a for i, a in enumerate(allowed) if i not in used]
    if stale:
        lines.append(f"\n{len(stale)} allow-list entr{'y' if len(stale) == 1 else 'ies'} matched nothing:")
        lines += [f"  {a.describe()}" for a in stale]
    verdict = "differences found" if unexpected else "no differences beyond the allow-list"
    lines.append(f"\n{verdict}: {len(unexpected)} unexpected, {len(kept)} allowed")
    return "\n".join(lines) + "\n", 1 if unexpected else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen diff", description=__doc__.split("\n\n")[0])
    parser.add_argument("upstream", type=Path, help="the upstream OpenAPI 3 document (JSON)")
    parser.add_argument("--spec", type=Path, default=Path("spec"), help="the spec/ directory (default: spec)")
    parser.add_argument("--version", default="v2", help="which spec/ version to compare (default: v2)")
    parser.add_argument(
        "--allow",
        type=Path,
        default=None,
        help="the mapping and allow-list file (default: <spec>/upstream-allow.json)",
    )
    args = parser.parse_args(argv)
    try:
        upstream = _read_json(args.upstream)
        if not isinstance(upstream, dict) or not str(upstream.get("openapi", "")).startswith("3"):
            raise DiffError(f"{args.upstream}: not an OpenAPI 3 document (no 'openapi: 3.x')")
        mapping, allowed = load_allow_list(args.allow or args.spec / "upstream-allow.json")
        ours = load_ours(args.spec / args.version)
        diffs, notes = compare(ours, upstream, mapping)
    except DiffError as exc:
        print(f"codegen diff: {exc}", file=sys.stderr)
        return 2
    title = (upstream.get("info") or {}).get("title", "")
    label = f"{args.upstream}" + (f" ({title}, OpenAPI {upstream['openapi']})" if title else "")
    text, status = report(diffs, allowed, notes, label)
    sys.stdout.write(text)
    return status
