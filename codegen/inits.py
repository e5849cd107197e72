"""Generate the ``__init__`` of every request model, as ordinary source in ``models/<version>.py``.

Request models validate on assignment (``attrs.define``'s default), so attrs' own ``__init__``
stores each field through ``object.__setattr__`` (the class's ``__setattr__`` would validate it a
second time) and then calls each field's validator, one Python call per field, unset ones included:
46k instructions to build an order. The generated ``__init__`` does the same work with less: each
value goes through the field's converter, is stored with the slot's own setter, and is checked by
the field's quick test inline (:func:`codegen.annotate.quick_test`, the test its validator runs);
only a value that fails the test reaches the field's :class:`~aioraas._modelkit.Check`, which
raises the same ``ValidationError`` attrs' ``__init__`` would. An order takes 30.5k.

attrs is asked for no ``__init__`` (``init=False``); it still writes its own as
``__attrs_init__``, which tests compare this one with. Like attrs' ``__init__``, the generated one
checks nothing while validators are disabled (``attrs.validators.disabled()``).
"""

from __future__ import annotations

import enum
import inspect
from collections.abc import Callable
from typing import Any

import attrs

from codegen.annotate import field_test
from codegen.bundle import JsonObject, SpecError

_CONVERTER_TYPES: dict[str, str] = {}


def _converter_type(converter: Callable[..., Any]) -> str:
    """The annotation of a converter's parameter: what callers may pass (a str for a Decimal)."""
    name = converter.__name__
    if name not in _CONVERTER_TYPES:
        parameter = next(iter(inspect.signature(converter).parameters.values()))
        annotation = parameter.annotation
        if not isinstance(annotation, str):  # every converter module uses postponed annotations
            raise SpecError(f"converter {name} needs a string annotation on its parameter")
        _CONVERTER_TYPES[name] = annotation
    return _CONVERTER_TYPES[name]


def _default_source(cls: type, field: attrs.Attribute[Any]) -> str | None:
    """The parameter's default as source, or None for a required field."""
    default = field.default
    if default is attrs.NOTHING:
        return None
    if isinstance(default, enum.Enum):
        # UNSET is the _modelkit enum's one member; an enum of the spec is named in the module.
        kind = type(default).__name__
        return "UNSET" if kind == "_UnsetType" else f"{kind}.{default.name}"
    if default is None or type(default) in (bool, int, str):
        return repr(default)
    raise SpecError(f"{cls.__name__}.{field.name}: no generated __init__ for a default of {default!r}")


def init_source(cls: type, schema: JsonObject, defs: JsonObject) -> tuple[list[str], str]:
    """The ``__init__`` method of request class ``cls`` (lines indented for the class body) and the
    module-level line that binds what it uses, placed after the class."""
    name = cls.__name__
    fields = attrs.fields(cls)
    setters, checks, attributes = f"_{name}_setters", f"_{name}_checks", f"_{name}_fields"
    required = set(schema.get("required", []))
    params = ["self", "*"]
    converts: list[str] = []
    stores: list[str] = []
    tests: list[str] = []
    for index, field in enumerate(fields):
        if field.alias != field.name:
            raise SpecError(f"{name}.{field.name}: a field whose parameter is {field.alias!r}")
        wire = field.metadata["json"]
        prop = schema["properties"][wire]
        converter = field.converter
        hint = _converter_type(converter) if converter is not None else field.type
        default = _default_source(cls, field)
        params.append(f"{field.name}: {hint}" + ("" if default is None else f" = {default}"))
        if converter is not None:
            converts.append(
                f"{field.name} = {field.name} if {field.name}.__class__ is Decimal "
                f"else {converter.__name__}({field.name})"
            )
        stores.append(f"_s[{index}](self, {field.name})")
        optional = wire not in required and "default" not in prop
        test = field_test(
            prop, defs, optional=optional, where=f"{name}.{wire}", value=field.name, rules=f"_c[{index}]"
        )
        report = f"_c[{index}](self, {attributes}[{index}], {field.name})"
        # Whether validators are disabled is asked only of a value that fails its test (two
        # Python calls, which every valid request would otherwise pay).
        enabled = "not attrs.validators.get_disabled()"
        failed = f"{_negated(test)} and {enabled}" if test is not None else enabled
        tests += [f"if {failed}:", f"    {report}"]
    body = [*converts, f"_s = {setters}", *stores, f"_c = {checks}", *tests]
    lines = [
        "",
        f"    def __init__({', '.join(params)}) -> None:",
        *(f"        {line}" for line in body),
        *copy_source(cls, setters),
    ]
    return lines, f"{setters}, {checks}, {attributes} = init_parts({name})"


def copy_source(cls: type, setters: str) -> list[str]:
    """The ``__copy__`` method of request class ``cls``: a shallow copy through the slots' setters.

    Its values were checked when they were set, so the copy stores them as they are (the class's
    validating ``__setattr__`` would check every one again); :func:`aioraas._modelkit.replace`
    then sets the one field that changes through that ``__setattr__``. ``copy.copy`` uses it too.
    A subclass, which may have fields of its own, is copied by ``attrs.evolve``.
    """
    name = cls.__name__
    stores = [f"_s[{index}](copy, self.{field.name})" for index, field in enumerate(attrs.fields(cls))]
    return [
        "",
        f"    def __copy__(self) -> {name}:",
        '        """A shallow copy, its fields stored as they are (they were checked when set)."""',
        f"        if self.__class__ is not {name}:",
        "            return attrs.evolve(self)",
        f"        copy = object.__new__({name})",
        f"        _s = {setters}",
        *(f"        {line}" for line in stores),
        "        return copy",
    ]


def _negated(test: str) -> str:
    """``not test``; a lone identity test reads ``a is not b``, as linters want it."""
    bare = test[1:-1] if test.startswith("(") and test.endswith(")") else test
    left, found, right = bare.partition(" is ")
    if found and "(" not in bare and " " not in left and " " not in right:
        return f"{left} is not {right}"
    return f"not {test}"


def _is_request(cls: Any, module_name: str) -> bool:
    from aioraas._modelkit import RequestModel

    return (
        isinstance(cls, type)
        and issubclass(cls, RequestModel)
        and cls is not RequestModel
        and cls.__module__ == module_name
    )


def add_inits(source: str, module: Any, bundle: JsonObject) -> str:
    """``source`` (a generated models module, whose classes ``module`` holds) with an ``__init__``
    in every request class and, after each, the line binding its setters and checks."""
    defs: JsonObject = bundle["$defs"]
    made: dict[str, tuple[list[str], str]] = {}
    for cls in vars(module).values():
        if _is_request(cls, module.__name__):
            if "__attrs_post_init__" in vars(cls) or "__attrs_pre_init__" in vars(cls):
                raise SpecError(f"{cls.__name__}: a generated __init__ would skip its pre/post init")
            made[cls.__name__] = init_source(cls, defs[cls.__name__], defs)
    lines = source.split("\n")
    out: list[str] = []
    current: str | None = None
    for line in lines:
        if current is not None and line and not line[0].isspace():
            _close(out, made.pop(current))
            current = None
        if line.startswith("class "):
            name = line[len("class ") :].split("(", 1)[0].split(":", 1)[0]
            current = name if name in made else None
        out.append(line)
    if current is not None:
        _close(out, made.pop(current))
    if made:
        raise SpecError(f"request classes not found in the generated source: {sorted(made)}")
    return "\n".join(out)


def _close(out: list[str], init: tuple[list[str], str]) -> None:
    """End the class block in ``out`` with the method, then add the binding line after it."""
    method, binding = init
    trailing = 0
    while out and not out[-1].strip():
        out.pop()
        trailing += 1
    out += [*method, "", "", binding, *([""] * trailing)]
