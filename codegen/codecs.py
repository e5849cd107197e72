"""Generate the converter's fast paths of one models module: ``models/_<version>_codecs.py``.

For every response class a ``structure_<Class>`` function, and for every request class an
``unstructure_<Class>`` function, written as ordinary source from the classes' fields and types:

- ``structure_<Class>`` only takes the happy path, with the common conversions inline (a string
  that is a string, a float read as Decimal through its repr, an ISO datetime, a known enum
  value, a nested model through its own function). On any exception it hands the whole object to
  the cattrs function (``aioraas._convert.checked_structure``), which gives the result or the
  detailed error it always gives; tests compare both on generated inputs.
- ``unstructure_<Class>`` gives the same dict as the cattrs function, leaving UNSET fields out.

The module registers its functions with ``aioraas._convert`` when imported (by the models
package's ``__init__``).
"""

from __future__ import annotations

import enum
import types
import typing
from datetime import date, datetime
from decimal import Decimal
from types import ModuleType
from typing import Any

import attrs

from aioraas._modelkit import UNSET, RequestModel, ResponseModel

_FACTORY: Any = type(attrs.Factory(list))


def _args(tp: Any) -> tuple[Any, ...]:
    return typing.get_args(tp)


def _is_union(tp: Any) -> bool:
    return isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union


def _is_unset(tp: Any) -> bool:
    return _args(tp) == (UNSET,)


class _Source:
    def __init__(self, module: ModuleType) -> None:
        self.module = module
        self.constants: dict[str, str] = {}  # name -> source
        self.uses: set[str] = set()

    def local(self, cls: type) -> bool:
        return getattr(cls, "__module__", None) == self.module.__name__

    def type_source(self, tp: Any) -> str:
        if tp is type(None):
            return "None"
        if tp is Any:
            return "Any"
        if _is_union(tp):
            return " | ".join(self.type_source(a) for a in _args(tp))
        if _is_unset(tp):
            return "Unset"
        origin = typing.get_origin(tp)
        if origin is not None:
            return f"{origin.__name__}[{', '.join(self.type_source(a) for a in _args(tp))}]"
        if isinstance(tp, type):
            if self.local(tp):
                return tp.__name__
            if tp in (Decimal, datetime, date):
                return tp.__name__
            if tp.__module__ == "builtins":
                return tp.__name__
        raise TypeError(f"no source for the type {tp!r}")

    def constant(self, prefix: str, source: str) -> str:
        for name, existing in self.constants.items():
            if existing == source and name.startswith(prefix):
                return name
        name = f"{prefix}{len(self.constants)}"
        self.constants[name] = source
        return name

    # -- decoding ------------------------------------------------------------------------------------

    def structure(self, tp: Any, var: str, depth: int) -> str:
        """An expression equal to ``converter.structure(var, tp)`` whenever that succeeds."""
        if tp is Any:
            return var
        if _is_union(tp):
            members = [a for a in _args(tp) if a is not type(None)]
            if len(members) == 1 and len(_args(tp)) == 2:  # X | None
                return f"(None if {var} is None else {self.structure(members[0], var, depth)})"
            enums = [a for a in members if isinstance(a, type) and issubclass(a, enum.Enum)]
            if len(members) == 2 and len(enums) == 1 and str in members:  # an open enum
                known = self.constant("_members", f"{self.type_source(enums[0])}._value2member_map_")
                return f"({known}[{var}] if {var} in {known} else None if {var} is None else str({var}))"
            return self.general(tp, var)
        if tp in (str, int, float):
            return f"({var} if {var}.__class__ is {tp.__name__} else {tp.__name__}({var}))"
        if tp is bool:
            self.uses.add("bool")
            return f"({var} if {var}.__class__ is bool else _bool({var}, bool))"
        if tp is Decimal:
            # The one money reader (aioraas._convert.money_from_json); a float it has read before
            # is looked up here at once (a C call where money_from_json is a Python one).
            return f"((_money_seen({var}) or _money({var})) if {var}.__class__ is float else _money({var}))"
        if tp is datetime:
            self.uses.add("datetime")
            # No strip(): text with spaces around it fails here and the cattrs function, which
            # strips, reads the object instead.
            return f"(_fromisoformat({var}) if {var}.__class__ is str else _datetime({var}, datetime))"
        if isinstance(tp, type) and self.local(tp) and issubclass(tp, ResponseModel):
            return f"structure_{tp.__name__}({var})"
        if typing.get_origin(tp) is list and len(_args(tp)) == 1:
            item = f"e{depth}"
            element = self.structure(_args(tp)[0], item, depth + 1)
            listed = f"list({var})" if element == item else f"[{element} for {item} in {var}]"
            return f"({listed} if {var}.__class__ is list else _mismatch())"
        if typing.get_origin(tp) is dict and len(_args(tp)) == 2 and _args(tp)[0] is str:
            # As cattrs' mapping hook gives it (a dict of the converted keys and values), without
            # its call per value.
            key, value = f"k{depth}", f"e{depth}"
            element = self.structure(_args(tp)[1], value, depth + 1)
            pairs = f"{self.structure(str, key, depth + 1)}: {element} for {key}, {value} in {var}.items()"
            return f"({{{pairs}}} if {var}.__class__ is dict else _mismatch())"
        return self.general(tp, var)

    def general(self, tp: Any, var: str) -> str:
        """Anything else: the converter's own hook for the type."""
        name = self.constant("_type", self.type_source(tp))
        hook = self.constant("_hook", f"_convert.converter.get_structure_hook({name})")
        return f"{hook}({var}, {name})"

    def response(self, cls: type) -> list[str] | None:
        fields = [a for a in attrs.fields(cls) if not a.metadata.get("extra")]
        if not _plain(cls):
            return None
        wires = sorted(a.metadata.get("json", a.name) for a in fields)
        known = self.constant("_known", f"frozenset({tuple(wires)!r})")
        body: list[str] = []
        assign: list[str] = []
        for index, a in enumerate(fields):
            wire = repr(a.metadata.get("json", a.name))
            var = f"v{index}"
            expression = self.structure(a.type, var, 0)
            default = a.default
            if default is attrs.NOTHING:
                body.append(f"{var} = o[{wire}]")
            elif default is None and _is_optional(a.type):
                # o.get(...) each time, not a bound ``get = o.get``: CPython calls a method of an
                # exact dict directly, which took 3 % fewer instructions over a catalog's decode.
                body.append(f"{var} = o.get({wire})")
            else:
                body.append(f"{var} = o.get({wire}, _MISSING)")
                if isinstance(default, _FACTORY):
                    if default.factory not in (list, dict):
                        return None
                    fallback = "[]" if default.factory is list else "{}"
                elif isinstance(default, enum.Enum):
                    fallback = f"{self.type_source(type(default))}.{default.name}"
                elif default is None or type(default) in (bool, int, str):
                    fallback = repr(default)
                else:
                    return None
                expression = f"({fallback} if {var} is _MISSING else {expression})"
            assign.append(f"obj.{a.name} = {expression}")
        name = cls.__name__
        extras = f"{{}} if {known}.issuperset(o) else {{k: v for k, v in o.items() if k not in {known}}}"
        return [
            f"def structure_{name}(o: Any, _: Any = None) -> {name}:",
            "    if o.__class__ is not dict:",
            f"        return _checked(o, {name})",
            "    try:",
            *(f"        {line}" for line in body),
            f"        obj = _new({name})",
            *(f"        {line}" for line in assign),
            f"        obj.extra_fields = {extras}",
            "    except Exception:",
            f"        return _checked(o, {name})",
            "    return obj",
        ]

    # -- encoding ------------------------------------------------------------------------------------

    def unstructure(self, tp: Any, var: str, depth: int) -> str:
        """An expression equal to what the converter's hook for ``tp`` gives for ``var``."""
        if _is_union(tp):
            members = [a for a in _args(tp) if not _is_unset(a)]
            if type(None) in members and len(members) == 2:
                inner = next(a for a in members if a is not type(None))
                return f"(None if {var} is None else {self.unstructure(inner, var, depth)})"
            if len(members) == 1:
                return self.unstructure(members[0], var, depth)
            enums = [a for a in members if isinstance(a, type) and issubclass(a, enum.Enum)]
            if len(members) == 2 and len(enums) == 1 and str in members:
                kind = self.type_source(enums[0])
                return (
                    f"({var}.value if {var}.__class__ is {kind} else {var} if {var}.__class__ is str"
                    f" else _unstructure({var}))"
                )
            return f"_unstructure({var})"
        if tp is str:
            return f"({var} if {var}.__class__ is str else _unstructure({var}))"
        if tp is Decimal:
            self.uses.add("decimal_out")
            return f"_decimal_out({var})"
        if tp in (datetime, date):
            return f"({var}.isoformat() if {var}.__class__ is {tp.__name__} else _unstructure({var}))"
        if tp in (int, bool):
            return f"({var} if {var}.__class__ is {tp.__name__} else _unstructure({var}))"
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return f"({var}.value if {var}.__class__ is {self.type_source(tp)} else _unstructure({var}))"
        if isinstance(tp, type) and self.local(tp) and issubclass(tp, RequestModel):
            return f"unstructure_{tp.__name__}({var})"
        if typing.get_origin(tp) is list and len(_args(tp)) == 1:
            item = f"e{depth}"
            element = self.unstructure(_args(tp)[0], item, depth + 1)
            return f"[{element} for {item} in {var}]"
        return f"_unstructure({var})"

    def request(self, cls: type) -> list[str]:
        name = cls.__name__
        always: list[str] = []
        present: list[str] = []
        for index, a in enumerate(attrs.fields(cls)):
            var = f"v{index}"
            wire = repr(a.metadata.get("json", a.name))
            value = self.unstructure(a.type, var, 0)
            if a.default is UNSET:
                present += [
                    f"{var} = instance.{a.name}",
                    f"if {var} is not _UNSET:",
                    f"    res[{wire}] = {value}",
                ]
            else:
                always += [f"{var} = instance.{a.name}", f"res[{wire}] = {value}"]
        return [
            f"def unstructure_{name}(instance: {name}) -> dict[str, Any]:",
            "    res: dict[str, Any] = {}",
            *(f"    {line}" for line in [*always, *present]),
            "    return res",
        ]


def _is_optional(tp: Any) -> bool:
    return _is_union(tp) and type(None) in _args(tp) and len(_args(tp)) == 2


def _plain(cls: type) -> bool:
    """True when attrs' ``__init__`` of ``cls`` only stores its arguments (or their defaults), so that
    an object can be filled in directly, as that ``__init__`` would."""
    setattr_method: object = cls.__setattr__
    if setattr_method is not object.__setattr__:
        return False
    if hasattr(cls, "__attrs_pre_init__") or hasattr(cls, "__attrs_post_init__"):
        return False
    return all(
        a.init
        and a.validator is None
        and a.converter is None
        and a.on_setattr is None
        and (not isinstance(a.default, _FACTORY) or not a.default.takes_self)
        for a in attrs.fields(cls)
    )


HEADER = (
    "# GENERATED from spec/{version}/*.json by `make codegen` (python -m codegen): do not edit by hand.\n"
    "# Change spec/ or codegen/ and regenerate; `make check-generated` fails when this file is stale.\n"
)


def generate_codecs(version: str, module: ModuleType, models_package: str) -> str:
    """The source of ``_<version>_codecs.py`` for the (imported) generated models ``module``."""
    classes = [
        value
        for value in vars(module).values()
        if isinstance(value, type) and value.__module__ == module.__name__ and attrs.has(value)
    ]
    for cls in classes:
        attrs.resolve_types(cls, globalns=vars(module))
    source = _Source(module)
    functions: list[list[str]] = []
    decoders: list[str] = []
    encoders: list[str] = []
    for cls in classes:
        if issubclass(cls, ResponseModel):
            lines = source.response(cls)
            if lines is not None:
                functions.append(lines)
                decoders.append(cls.__name__)
        elif issubclass(cls, RequestModel):
            functions.append(source.request(cls))
            encoders.append(cls.__name__)
    names = sorted({c.__name__ for c in classes} | {e.__name__ for e in _enums(module)})
    scalars = {
        "bool": "bool_from_json as _bool",
        "datetime": "datetime_from_json as _datetime",
        "decimal_out": "decimal_to_json as _decimal_out",
    }
    imports = ", ".join(scalars[u] for u in sorted(source.uses))
    lines = [
        HEADER.format(version=version).rstrip("\n"),
        f'"""Fast paths of the converter for the {version} models (see codegen/codecs.py)."""',
        "",
        "from __future__ import annotations",
        "",
        "from datetime import date, datetime",
        "from decimal import Decimal",
        "from typing import Any, Final",
        "",
        "from aioraas import _convert",
        "from aioraas._modelkit import UNSET, Unset",
        f"from aioraas._scalars import {imports}" if imports else "",
        f"from {models_package}.{version} import {', '.join(names)}",
        "",
        "_new = object.__new__",
        "_fromisoformat = datetime.fromisoformat",
        "_checked = _convert.checked_structure",
        "_money = _convert.money_from_json",
        "_money_seen = _convert.money_seen",
        "_unstructure = _convert.converter.unstructure",
        "_UNSET: Final = UNSET",
        "_MISSING: Final = object()",
        *(f"{name}: Final[Any] = {value}" for name, value in source.constants.items()),
        "",
        "",
        "def _mismatch() -> Any:",
        '    raise TypeError("not a list")',
    ]
    for function in functions:
        lines += ["", "", *function]
    lines += [
        "",
        "",
        "_convert.register_fast_paths(",
        f"    structure={{{', '.join(f'{n}: structure_{n}' for n in decoders)}}},",
        f"    unstructure={{{', '.join(f'{n}: unstructure_{n}' for n in encoders)}}},",
        ")",
    ]
    return "\n".join(lines) + "\n"


def _enums(module: ModuleType) -> list[type]:
    return [
        value
        for value in vars(module).values()
        if isinstance(value, type) and value.__module__ == module.__name__ and issubclass(value, enum.Enum)
    ]
