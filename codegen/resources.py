"""Generate the resource classes of one API version from ``spec/<version>/openapi.json``.

Each operation (``paths`` -> method -> operation) becomes one typed async method of the resource
class its ``x-aioraas-resource`` names, called ``x-aioraas-method``. Two operations may share one
method when they differ only by path parameters (``GET /accounts`` and
``GET /customers/{customerIdentifier}/accounts``): the extra parameters become optional.

What a method does is derived from the operation: its path and query parameters (wire names from
the spec), its request body (the request model; callers pass the model or its fields as keywords,
and the overloads come from the model's fields), its answer (decoded into the response model), its
pagination (``x-aioraas-pagination``), its retry class (``x-aioraas-retry``), its idempotency key
(``x-aioraas-idempotency-key``). What is not derivable is hand-written in
``aioraas.resources.<version>`` and named by the operation (``x-aioraas-before``,
``x-aioraas-after``), or inherited by the resource class from a hand-written helper class that the
document's ``x-aioraas-resources`` names (``{"async_orders": {"helpers": "async_orders.Helpers"}}``:
methods that are not one operation, like a wait loop); the generator never writes there.
"""

from __future__ import annotations

import json
import keyword
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs

from codegen.bundle import JsonObject, SpecError

OPENAPI = "openapi.json"
HTTP_METHODS = ("get", "post", "put", "patch", "delete")
RETRY_CLASSES = ("safe", "idempotency-key", "once")
PAGINATION_STYLES = ("v2-cursor", "v2-page-number", "v2-keyset", "v1-offset")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

HEADER = (
    "# GENERATED from spec/{version}/openapi.json by `make codegen` (python -m codegen): "
    "do not edit by hand.\n"
    "# Change spec/ or codegen/ and regenerate; `make check-generated` fails when this file is stale.\n"
)


def snake(name: str) -> str:
    """``referenceOrderID`` -> ``reference_order_id``; ``account_identifier`` stays as it is."""
    text = re.sub(r"ID\b|ID(?=[A-Z])", "Id", name)
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text).lower()
    return text + "_" if keyword.iskeyword(text) else text


def class_name(resource: str) -> str:
    return "".join(part.capitalize() for part in resource.split("_"))


@dataclass
class Param:
    wire: str
    name: str
    where: str  # "path" or "query"
    hint: str
    description: str
    paging: bool
    schema: JsonObject


@dataclass
class Operation:
    method: str
    path: str
    operation_id: str
    resource: str
    name: str
    summary: str
    description: str
    params: list[Param]
    body: str | None  # request model name
    answer: JsonObject | None  # schema of the success answer
    extensions: JsonObject = field(default_factory=dict)

    @property
    def path_params(self) -> list[Param]:
        return [p for p in self.params if p.where == "path"]

    @property
    def filters(self) -> list[Param]:
        return [p for p in self.params if p.where == "query" and not p.paging]


def _schema_name(ref: str, where: str) -> str:
    _, _, pointer = ref.partition("#")
    if not pointer.startswith("/$defs/"):
        raise SpecError(f"{where}: $ref {ref!r} must point at a named schema: file.json#/$defs/Name")
    return pointer.rsplit("/", 1)[1]


def _query_hint(schema: JsonObject, models: str, where: str) -> str:
    if "$ref" in schema:
        return f"{models}.{_schema_name(schema['$ref'], where)} | str"
    kind = schema.get("type")
    if kind == "array":
        return f"list[{_query_hint(schema.get('items', {'type': 'string'}), models, where)}]"
    if schema.get("format") == "date-time":
        return "datetime"
    if schema.get("format") == "decimal":
        return "Decimal | int"
    hints = {"string": "str", "boolean": "bool", "integer": "int"}
    if kind not in hints:
        raise SpecError(f"{where}: a parameter's schema must be a string, boolean, integer, array or $ref")
    return hints[kind]


def load_operations(spec_dir: Path, models: str) -> tuple[JsonObject, list[Operation]]:
    """The OpenAPI document of one version and its operations, in document order."""
    path = spec_dir / OPENAPI
    document = json.loads(path.read_text(encoding="utf-8"))
    if not str(document.get("openapi", "")).startswith("3.1") or not isinstance(document.get("paths"), dict):
        raise SpecError(f"{path}: must be an OpenAPI 3.1 document with a top-level paths object")
    operations: list[Operation] = []
    seen_ids: set[str] = set()
    for route, item in document["paths"].items():
        for method, raw in item.items():
            if method not in HTTP_METHODS:
                continue
            where = f"{path.name} {method.upper()} {route}"
            operation = _operation(method.upper(), route, raw, models, where)
            if operation.operation_id in seen_ids:
                raise SpecError(f"{where}: operationId {operation.operation_id!r} is used twice")
            seen_ids.add(operation.operation_id)
            operations.append(operation)
    return document, operations


def _operation(method: str, route: str, raw: JsonObject, models: str, where: str) -> Operation:
    for key in ("operationId", "x-aioraas-resource", "x-aioraas-method", "x-aioraas-retry", "responses"):
        if key not in raw:
            raise SpecError(f"{where}: {key} is required")
    if raw["x-aioraas-retry"] not in RETRY_CLASSES:
        raise SpecError(f"{where}: x-aioraas-retry must be one of {RETRY_CLASSES}")
    params: list[Param] = []
    for p in raw.get("parameters", []):
        schema = p.get("schema", {"type": "string"})
        params.append(
            Param(
                wire=p["name"],
                name=p.get("x-aioraas-name") or snake(p["name"]),
                where=p["in"],
                hint="str" if p["in"] == "path" else _query_hint(schema, models, where),
                description=p.get("description", ""),
                paging=bool(p.get("x-aioraas-paging")),
                schema=schema,
            )
        )
    declared = set(re.findall(r"{([^}]+)}", route))
    if declared != {p.wire for p in params if p.where == "path"}:
        raise SpecError(f"{where}: every {{name}} of the path needs a path parameter, and no other")
    body = None
    if "requestBody" in raw:
        ref = raw["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        body = _schema_name(ref, where)
    answer = None
    for status in sorted(raw["responses"]):
        if status.startswith("2") and "content" in raw["responses"][status]:
            answer = raw["responses"][status]["content"]["application/json"]["schema"]
            break
    return Operation(
        method=method,
        path=route,
        operation_id=raw["operationId"],
        resource=raw["x-aioraas-resource"],
        name=raw["x-aioraas-method"],
        summary=raw.get("summary", ""),
        description=raw.get("description", ""),
        params=params,
        body=body,
        answer=answer,
        extensions={k[len("x-aioraas-") :]: v for k, v in raw.items() if k.startswith("x-aioraas-")},
    )


class _Writer:
    """Source lines of one resources module."""

    def __init__(self, version: str, models_module: ModuleType, bundle: JsonObject, models: str) -> None:
        self.version = version
        self.module = models_module
        self.defs: JsonObject = bundle["$defs"]
        self.models = models  # the name the models module is imported as ("v2")
        self.hooks: set[str] = set()  # hand-written modules the methods call
        self.lines: list[str] = []
        self.raw: list[str] = []  # the methods of the current class, answering with a RawResponse

    # -- types ---------------------------------------------------------------------------------------

    def qualify(self, hint: str) -> str:
        """An annotation of the models module, with its class names prefixed by the module name."""

        def replace(match: re.Match[str]) -> str:
            word = match.group(0)
            value = vars(self.module).get(word)
            is_model = isinstance(value, type) and value.__module__ == self.module.__name__
            return f"{self.models}.{word}" if is_model else word

        return _IDENTIFIER.sub(replace, hint)

    def answer_type(self, schema: JsonObject | None, where: str) -> str:
        if schema is None:
            return "None"
        if schema.get("type") == "array":
            return f"list[{self.answer_type(schema['items'], where)}]"
        return f"{self.models}.{_schema_name(schema['$ref'], where)}"

    def property_schema(self, model: str, wire: str, where: str) -> JsonObject:
        properties = self.defs[model].get("properties", {})
        if wire not in properties:
            raise SpecError(f"{where}: {model} has no property {wire!r}")
        prop: JsonObject = properties[wire]
        return prop

    def attribute(self, model: str, wire: str, where: str) -> str:
        """The attribute name of the field whose JSON name is ``wire``."""
        cls = getattr(self.module, model)
        for a in attrs.fields(cls):
            if a.metadata.get("json", a.name) == wire:
                return str(a.name)
        raise SpecError(f"{where}: {model} has no field {wire!r}")

    def field_hint(self, a: Any) -> str:
        hint = str(a.type)
        if a.converter is not None and "Decimal" in hint:
            hint = hint.replace("Decimal", "Decimal | int | float | str")
        return self.qualify(hint)

    def description(self, model: str, wire: str) -> str:
        return str(self.defs[model].get("properties", {}).get(wire, {}).get("description", ""))

    # -- emission ------------------------------------------------------------------------------------

    def emit(self, *lines: str) -> None:
        self.lines.extend(lines)

    def docstring(
        self, summary: str, description: str, args: list[tuple[str, str]], indent: str
    ) -> list[str]:
        width = 106 - len(indent)
        text = [*textwrap.wrap(summary, width)] or [""]
        if description:
            for paragraph in description.split("\n\n"):
                text.append("")
                if paragraph.lstrip().startswith(("Raises:", "Returns:")):
                    for line in paragraph.splitlines():
                        lead = " " * (len(line) - len(line.lstrip()))
                        text += textwrap.wrap(
                            line.strip(), width, initial_indent=lead, subsequent_indent=lead + "    "
                        )
                else:
                    text.extend(textwrap.wrap(paragraph, width))
        documented = [(name, doc) for name, doc in args if doc]
        if documented:
            text += ["", "Args:"]
            for name, doc in documented:
                text += textwrap.wrap(
                    f"{name}: {doc}", width, initial_indent="    ", subsequent_indent=" " * 8
                )
        text = [line.replace("\\", "\\\\").replace('"""', "'''") for line in text]
        if len(text) == 1:
            return [f'{indent}"""{text[0]}"""']
        body = [f"{indent}{line}" if line else "" for line in text[1:]]
        return [f'{indent}"""{text[0]}', *body, f'{indent}"""']

    def method(self, variants: list[Operation]) -> None:
        variants = sorted(variants, key=lambda op: len(op.path_params))
        main = variants[-1]  # the one with every path parameter
        where = f"{main.resource}.{main.name}"
        for other in variants[:-1]:
            if not {p.wire for p in other.path_params} <= {p.wire for p in main.path_params}:
                raise SpecError(f"{where}: operations sharing a method may differ only by path parameters")
        optional_path = {p.wire for p in main.path_params} - {p.wire for p in variants[0].path_params}
        result = self.result_type(main, where)
        pagination = main.extensions.get("pagination")
        if pagination is not None and main.body is not None:
            raise SpecError(f"{where}: a paginated operation has no request body")
        path_args = [
            f"{p.name}: str | None = None" if p.wire in optional_path else f"{p.name}: str"
            for p in main.path_params
        ]
        size_args = self.size_args(main, pagination, where) if pagination else []
        filter_args = [f"{p.name}: {p.hint} | None = None" for p in main.filters]
        doc_args = [(p.name, p.description) for p in main.path_params]
        doc_args += [(p.name, p.description) for p in main.filters]
        doc_args += [(name, doc) for name, _, doc in size_args]
        self.emit("")
        if main.body is not None:
            self.body_overloads(main, path_args, result)
            self.raw += self.overloads(main, path_args, f"RawResponse[{result}]")
            fields = attrs.fields(getattr(self.module, main.body))
            doc_args += [
                (a.name, self.description(main.body, a.metadata.get("json", a.name))) for a in fields
            ]
            # Path parameters stay positional-or-keyword, as in the overload with the fields.
            signature = [*path_args, f"request: {self.models}.{main.body} | None = None", "**fields: Any"]
        else:
            keywords = [*filter_args, *(f"{name}: int = {default}" for name, default, _ in size_args)]
            star = ["*"] if keywords else []
            signature = [*path_args, *star, *keywords, "**options: Unpack[RequestOptions]"]
        returns = f"Paginator[{result}]" if pagination else result
        prefix = "def" if pagination else "async def"
        if pagination is None and main.body is None:
            self.raw.append(
                f"    async def {main.name}(self, {', '.join(signature)}) -> RawResponse[{result}]: ..."
            )
        self.emit(f"    {prefix} {main.name}(self, {', '.join(signature)}) -> {returns}:")
        self.emit(*self.docstring(main.summary, main.description, doc_args, " " * 8))
        self.emit(*self.body_lines(variants, main, pagination, size_args, where))

    def body_overloads(self, op: Operation, path_args: list[str], result: str) -> None:
        self.emit(*self.overloads(op, path_args, result))

    def overloads(self, op: Operation, path_args: list[str], result: str) -> list[str]:
        """The two signatures of a method with a body: the request model, or its fields."""
        model = f"{self.models}.{op.body}"
        fields = attrs.fields(getattr(self.module, op.body or ""))
        keywords = [
            f"{a.name}: {self.field_hint(a)}" + (" = ..." if a.default is not attrs.NOTHING else "")
            for a in fields
        ]
        options = "**options: Unpack[RequestOptions]"
        prebuilt = [*path_args, f"request: {model}", "/", options]
        given = [*path_args, "*", *keywords, options]
        return [
            "    @overload",
            f"    async def {op.name}(self, {', '.join(prebuilt)}) -> {result}: ...",
            "    @overload",
            f"    async def {op.name}(self, {', '.join(given)}) -> {result}: ...",
        ]

    def size_args(self, op: Operation, pagination: JsonObject, where: str) -> list[tuple[str, int, str]]:
        style = pagination.get("style")
        if style not in PAGINATION_STYLES:
            raise SpecError(f"{where}: x-aioraas-pagination style must be one of {sorted(PAGINATION_STYLES)}")
        paging = {p.wire: p for p in op.params if p.paging}
        size = paging.get(pagination["size"])
        if size is None or "maximum" not in size.schema:
            raise SpecError(
                f"{where}: the size parameter {pagination['size']!r} needs a paging parameter with a maximum"
            )
        args = [(size.name, int(size.schema["maximum"]), size.description)]
        if style == "v1-offset":
            args.append(("offset", 0, "the first item to fetch (0 for the first)"))
        return args

    def result_type(self, op: Operation, where: str) -> str:
        after = op.extensions.get("after")
        if after is not None:
            module, _, name = after["returns"].partition(".")
            self.hooks.add(module)
            return f"_{module}.{name}"
        pagination = op.extensions.get("pagination")
        schema = op.answer
        if pagination is not None:
            assert schema is not None
            envelope = _schema_name(schema["$ref"], where)
            schema = self.property_schema(envelope, pagination["items"], where)["items"]
        for key in ("envelope", "result"):
            wire = op.extensions.get(key)
            if wire is not None and schema is not None:
                schema = self.property_schema(_schema_name(schema["$ref"], where), wire, where)
        return self.answer_type(schema, where)

    def path_expression(self, op: Operation) -> str:
        if not op.path_params:
            return repr(op.path)
        names = {p.wire: p.name for p in op.path_params}

        def segment(match: re.Match[str]) -> str:
            # Identifiers are checked (non-empty text) and percent-encoded: never trusted in a URL.
            name = names[match.group(1)]
            return f"{{path_param({name!r}, {name})}}"

        return "f" + repr(re.sub(r"{([^}]+)}", segment, op.path))

    def query(self, op: Operation) -> str:
        """The query filters by wire name; a date filter is checked (datetime, date or ISO text)."""
        pairs = []
        for p in op.filters:
            value = p.name
            if p.schema.get("format") == "date-time":
                value = f"date_param({p.name!r}, {p.name})"
            pairs.append(f"{p.wire!r}: {value}")
        return "{" + ", ".join(pairs) + "}"

    def body_lines(
        self,
        variants: list[Operation],
        main: Operation,
        pagination: JsonObject | None,
        size_args: list[tuple[str, int, str]],
        where: str,
    ) -> list[str]:
        lines: list[str] = []
        indent = " " * 8
        if len(variants) == 1:
            path = self.path_expression(main)
        else:
            # The variant with fewer path parameters serves when the extra ones are None.
            path = self.path_expression(variants[-1])
            for op in reversed(variants[:-1]):
                extra = [p.name for p in main.path_params if p.wire not in {q.wire for q in op.path_params}]
                test = " or ".join(f"{name} is None" for name in extra)
                path = f"{self.path_expression(op)} if {test} else {path}"
        if pagination is not None:
            lines.append(f"{indent}path = {path}")
            if main.filters:
                lines.append(f"{indent}query = {self.query(main)}")
            return [*lines, *self.paginator_lines(main, pagination, size_args, where)]
        call: list[str] = [repr(main.method), path, "options"]
        if main.filters:
            call.append(f"query={self.query(main)}")
        if main.body is not None:
            lines.append(f"{indent}body, options = self._body({self.models}.{main.body}, request, fields)")
            before = main.extensions.get("before")
            if before is not None:
                module, _, name = before.partition(".")
                self.hooks.add(module)
                lines.append(f"{indent}body = _{module}.{name}(body)")
            call.append("body=body")
        key = main.extensions.get("idempotency-key")
        retry = main.extensions["retry"]
        if (key is None) != (retry != "idempotency-key"):
            raise SpecError(f"{where}: x-aioraas-retry idempotency-key goes with x-aioraas-idempotency-key")
        if key is not None:
            if main.body is None:
                raise SpecError(f"{where}: an idempotency key is a field of the request body")
            attribute = self.attribute(main.body, key["field"], where)
            lines.append(f"{indent}body, key = self._keyed(body, {attribute!r}, {key['prefix']!r})")
            call.append("key=key")
        if retry == "safe" and main.method != "GET":
            call.append("idempotent=True")
        on_unknown = main.extensions.get("on-outcome-unknown")
        if on_unknown is not None:
            module, _, name = on_unknown.partition(".")
            self.hooks.add(module)
            call.append(f"on_unknown=_{module}.{name}")
        after = main.extensions.get("after")
        if after is not None:
            if key is None:
                raise SpecError(f"{where}: x-aioraas-after is called with the idempotency key")
            send = [*call[:3], *(c.replace("key=key", "idempotency_key=key") for c in call[3:])]
            lines.append(f"{indent}response = await self._send({', '.join(send)})")
            lines.append(f"{indent}return self._result(response, {self.decode_expression(main, where)})")
            return lines
        call.insert(
            3,
            self.answer_type(main.answer, where)
            if "envelope" not in main.extensions
            else self.result_type_without_hooks(main, where),
        )
        if "envelope" in main.extensions:
            call.append(f"unwrap={main.extensions['envelope']!r}")
        if "result" in main.extensions:  # the method returns an attribute of the answer
            sent = [*call[:3], *call[4:]]
            lines.append(f"{indent}response = await self._send({', '.join(sent)})")
            lines.append(f"{indent}return self._result(response, {self.decode_expression(main, where)})")
            return lines
        lines.append(f"{indent}return await self._call({', '.join(call)})")
        return lines

    def decode_expression(self, op: Operation, where: str) -> str:
        after = op.extensions.get("after")
        if op.answer is None:
            value = "None"
        elif "envelope" in op.extensions:
            inner = self.result_type_without_hooks(op, where)
            value = f"self._decode_wrapped(response, {inner}, {op.extensions['envelope']!r})"
        else:
            value = f"self._decode(response, {self.answer_type(op.answer, where)})"
            wire = op.extensions.get("result")
            if wire is not None:
                value += "." + self.attribute(_schema_name(op.answer["$ref"], where), wire, where)
        if after is not None:
            module, _, name = after["call"].partition(".")
            self.hooks.add(module)
            value = f"_{module}.{name}(body, key, response, {value})"
        return value

    def result_type_without_hooks(self, op: Operation, where: str) -> str:
        schema = op.answer
        assert schema is not None
        prop = self.property_schema(_schema_name(schema["$ref"], where), op.extensions["envelope"], where)
        return self.answer_type(prop, where)

    def paginator_lines(
        self, op: Operation, pagination: JsonObject, size_args: list[tuple[str, int, str]], where: str
    ) -> list[str]:
        assert op.answer is not None
        envelope_name = _schema_name(op.answer["$ref"], where)
        envelope = f"{self.models}.{envelope_name}"
        items = repr(self.attribute(envelope_name, pagination["items"], where))
        query = "query" if op.filters else "{}"
        style = pagination["style"]
        args = [repr(style), "path", query, "options", envelope, f"items={items}"]
        if style == "v2-cursor":
            item_schema = self.property_schema(envelope_name, pagination["items"], where)["items"]
            args.append(f"item={self.answer_type(item_schema, where)}")
        if "total" in pagination:
            args.append(f"total={self.attribute_path(envelope_name, pagination['total'], where)!r}")
        if style == "v2-keyset" or (style == "v2-cursor" and "next" in pagination):
            name = "next_keys" if style == "v2-keyset" else "next_cursor"
            args.append(f"{name}={self.attribute_path(envelope_name, pagination['next'], where)!r}")
        args.append(f"size={size_args[0][0]}")
        if len(size_args) > 1:
            args.append(f"start={size_args[1][0]}")
        return [f"        return self._paginate({', '.join(args)})"]

    def attribute_path(self, model: str, wire_path: str, where: str) -> str:
        """``page.totalCount`` -> ``page.total_count`` (through the referenced models)."""
        names = []
        current = model
        for part in wire_path.split("."):
            names.append(self.attribute(current, part, where))
            target = self.property_schema(current, part, where).get("$ref")
            if target is not None:
                current = _schema_name(target, where)
        return ".".join(names)


def generate_resources(
    spec_dir: Path, version: str, bundle: JsonObject, models_module: ModuleType, models_package: str
) -> str:
    """The source of the generated resources module of one version."""
    document, operations = load_operations(spec_dir, version)
    resources = document.get("x-aioraas-resources", {})
    writer = _Writer(version, models_module, bundle, version)
    groups: dict[str, dict[str, list[Operation]]] = {}
    for op in operations:
        if op.body is not None and op.body not in bundle["$defs"]:
            raise SpecError(f"{op.operation_id}: request body {op.body!r} is not a schema of spec/{version}")
        groups.setdefault(op.resource, {}).setdefault(op.name, []).append(op)
    for resource, methods in groups.items():
        name = class_name(resource)
        writer.raw = []
        base = "Resource"
        helpers = resources.get(resource, {}).get("helpers")
        if helpers is not None:  # hand-written methods (e.g. a wait loop), inherited
            module, _, helper_class = helpers.partition(".")
            writer.hooks.add(module)
            base = f"_{module}.{helper_class}, Resource"
        writer.emit("", "", f"class {name}({base}):")
        writer.emit(f'    """The {resource.replace("_", " ")} operations of the {version} API."""', "")
        writer.emit(f"    api = {version!r}")
        # A method called ``list`` shadows the builtin in the class body: it comes last, after every
        # annotation that says ``list[...]``.
        for method in sorted(methods, key=lambda method: method == "list"):
            writer.method(methods[method])
        if writer.raw:
            writer.emit("", "    @property")
            writer.emit(f"    def with_raw_response(self) -> {name}WithRawResponse:")
            writer.emit('        """The same methods (lists aside), each answering with a RawResponse."""')
            writer.emit(f"        return cast({name}WithRawResponse, RawResource(self))")
            writer.emit("", "", f"class {name}WithRawResponse(Protocol):")
            writer.emit(
                f'    """``{resource}.with_raw_response``: status, headers, request_id, attempts, parsed."""'
            )
            writer.emit("", *writer.raw)
    namespace = document.get("info", {}).get("x-aioraas-namespace", f"The {version} API.")
    writer.emit("", "", f"class {version.upper()}:", f'    """{namespace}"""', "")
    writer.emit("    def __init__(self, transport: Transport) -> None:")
    for resource in groups:
        writer.emit(f"        self.{resource} = {class_name(resource)}(transport)")
    hooks = "".join(f"from aioraas.resources.{version} import {m} as _{m}\n" for m in sorted(writer.hooks))
    head = (
        HEADER.format(version=version) + f'"""The {version} resource classes: one method per operation of '
        f'spec/{version}/openapi.json."""\n\n'
        "from __future__ import annotations\n\n"
        "from datetime import datetime\n"
        "from decimal import Decimal\n"
        "from typing import Any, Protocol, Unpack, cast, overload\n\n"
        f"from {models_package} import {version}\n"
        "from aioraas._modelkit import Unset\n"
        "from aioraas._pagination import Paginator\n"
        "from aioraas._params import date_param, path_param\n"
        "from aioraas._transport import Transport\n"
        "from aioraas.resources._base import RawResource, RawResponse, RequestOptions, Resource\n"
        f"{hooks}"
    )
    return head + "\n".join(writer.lines) + "\n"
