"""Load one API version's schemas from spec/ and merge them into a single JSON Schema.

Each ``spec/<version>/*.json`` file holds named schemas under ``$defs`` and may point at another
file's schemas with ``"$ref": "other.json#/$defs/Name"``. The generator needs one document per
output module, so the files are merged: every ``$defs`` entry keeps its name (names are unique
across a version's files) and cross-file references become local ``#/$defs/Name`` references.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

JsonObject = dict[str, Any]

ROLES = ("request", "response")
OPENAPI = "openapi.json"
"""The version's operations (OpenAPI 3.1); every other file holds schemas."""


class SpecError(Exception):
    """spec/ breaks one of the conventions the generator relies on."""


def load_version(spec_dir: Path) -> JsonObject:
    """Merge every ``*.json`` file of one version directory into one schema with ``$defs``."""
    files = sorted(f for f in spec_dir.glob("*.json") if f.name != OPENAPI)
    if not files:
        raise SpecError(f"{spec_dir}: no *.json schema files")
    defs: JsonObject = {}
    origin: dict[str, str] = {}
    for path in files:
        document = json.loads(path.read_text(encoding="utf-8"))
        file_defs = document.get("$defs")
        if not isinstance(file_defs, dict) or not file_defs:
            raise SpecError(f"{path}: a spec file must define its schemas under a non-empty $defs")
        for name, schema in file_defs.items():
            if name in defs:
                raise SpecError(f"{path}: schema {name!r} is also defined in {origin[name]}")
            defs[name] = _localise_refs(schema, path, file_names={p.name for p in files})
            origin[name] = path.name
    bundle: JsonObject = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$defs": defs}
    check_conventions(bundle)
    return bundle


def _localise_refs(node: Any, path: Path, *, file_names: set[str]) -> Any:
    """Rewrite ``other.json#/$defs/X`` to ``#/$defs/X`` throughout one schema."""
    if isinstance(node, list):
        return [_localise_refs(item, path, file_names=file_names) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _localise_refs(value, path, file_names=file_names) for key, value in node.items()}
    ref = out.get("$ref")
    if isinstance(ref, str):
        target_file, _, pointer = ref.partition("#")
        if target_file and target_file not in file_names:
            raise SpecError(f"{path}: $ref {ref!r} points at a file outside this version")
        if not pointer.startswith("/$defs/") or pointer.count("/") != 2:
            raise SpecError(f"{path}: $ref {ref!r} must point at a named schema: file.json#/$defs/Name")
        out["$ref"] = "#" + pointer
    return out


def ref_name(schema: JsonObject) -> str | None:
    """The schema name a ``{"$ref": "#/$defs/Name"}`` points at, or None."""
    ref = schema.get("$ref")
    return ref.rsplit("/", 1)[1] if isinstance(ref, str) else None


def is_enum(schema: JsonObject) -> bool:
    return "enum" in schema and schema.get("type", "string") == "string"


def is_object(schema: JsonObject) -> bool:
    return schema.get("type") == "object" and "properties" in schema


def walk_refs(node: Any) -> Iterator[str]:
    """Every schema name referenced anywhere below ``node``."""
    if isinstance(node, list):
        for item in node:
            yield from walk_refs(item)
    elif isinstance(node, dict):
        name = ref_name(node)
        if name is not None:
            yield name
        for value in node.values():
            yield from walk_refs(value)


def check_conventions(bundle: JsonObject) -> None:
    """Refuse spec/ shapes that would generate wrong or surprising models.

    - every $ref resolves;
    - every named object schema says whether it is a request or a response (x-aioraas-role);
    - a request schema refers only to request schemas and enums (so it is strict all the way down),
      a response schema only to response schemas and enums (so it is lenient all the way down).
    """
    defs: JsonObject = bundle["$defs"]
    for name, schema in defs.items():
        for target in walk_refs(schema):
            if target not in defs:
                raise SpecError(f"schema {name!r}: $ref to unknown schema {target!r}")
        if is_enum(schema):
            continue
        if not is_object(schema):
            raise SpecError(f"schema {name!r}: named schemas must be objects with properties, or enums")
        role = schema.get("x-aioraas-role")
        if role not in ROLES:
            raise SpecError(f"schema {name!r}: x-aioraas-role must be one of {ROLES}, not {role!r}")
        for target in walk_refs(schema):
            target_schema = defs[target]
            if is_enum(target_schema):
                continue
            if target_schema.get("x-aioraas-role") != role:
                raise SpecError(
                    f"schema {name!r} ({role}) refers to {target!r}, which is not a {role}: "
                    "requests and responses do not share object schemas"
                )
