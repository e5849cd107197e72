"""The one cattrs converter between the API's JSON and the generated attrs models.

- Names: each field's JSON name comes from ``metadata["json"]``, written by the generator from
  the spec; names are never derived by camelizing (Tango spells ``externalRefID``,
  ``referenceOrderID``, ``error_code`` ... in ways no rule predicts).
- Responses (:class:`ResponseModel`) are lenient: keys the spec does not know are kept in
  ``extra_fields``; enum values the spec does not know stay plain strings; numbers and strings
  are both accepted where Tango sends either; datetimes may have a zone or not. Turned back into
  JSON they give what was received, unknown keys included (fields that were absent stay absent).
- Requests (:class:`RequestModel`) are strict (their validators run at construction); ``UNSET``
  fields are left out of the JSON while an explicit ``None`` is sent as ``null``.
- Money is :class:`~decimal.Decimal`. It is read from JSON numbers through their shortest repr,
  so ``1.29`` becomes ``Decimal("1.29")`` exactly, and written back as a JSON number.
"""

from __future__ import annotations

import enum
import linecache
import types
import typing
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, Final, TypeVar

import attrs
import cattrs
import cattrs.fns
import orjson
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from aioraas._modelkit import UNSET, RequestModel, ResponseModel

__all__ = ["converter", "dumps", "loads", "structure", "unstructure"]

T = TypeVar("T")


def _decimal_from_json(value: Any, _: Any) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        raise TypeError(f"expected a number, got {value!r}")
    if isinstance(value, float):
        # repr() is the shortest string that reads back as the same float: the JSON literal.
        return Decimal(repr(value))
    if isinstance(value, (int, str)):
        return Decimal(value)
    raise TypeError(f"expected a number, got {type(value).__name__}")


def _decimal_to_json(value: Decimal) -> float | str:
    """A JSON number when a float carries the value exactly (always, for money), else a string."""
    as_float = float(value)
    return as_float if Decimal(repr(as_float)) == value else str(value)


def _datetime_from_json(value: Any, _: Any) -> datetime:
    if isinstance(value, datetime):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, tz=UTC)  # unix timestamps (v1 active_date)
    if isinstance(value, str):
        return datetime.fromisoformat(value.strip())
    raise TypeError(f"expected an ISO 8601 datetime, got {type(value).__name__}")


def _date_from_json(value: Any, _: Any) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str):
        return date.fromisoformat(value.strip()[:10])
    raise TypeError(f"expected an ISO 8601 date, got {type(value).__name__}")


_TRUE_WORDS = frozenset({"true", "1", "yes"})
_FALSE_WORDS = frozenset({"false", "0", "no"})


def _bool_from_json(value: Any, _: Any) -> bool:
    """Booleans, plus the strings and 0/1 some endpoints send; bool("false") would be True."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _TRUE_WORDS | _FALSE_WORDS:
        return value.strip().lower() in _TRUE_WORDS
    raise TypeError(f"expected a boolean, got {value!r}")


def _open_enum_of(tp: Any) -> type[enum.Enum] | None:
    """The enum of an ``Enum | str`` (or ``Enum | str | None``) annotation, else None."""
    if not isinstance(tp, types.UnionType) and typing.get_origin(tp) is not typing.Union:
        return None
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    enums = [a for a in args if isinstance(a, type) and issubclass(a, enum.Enum)]
    if len(args) == 2 and len(enums) == 1 and str in args:
        return enums[0]
    return None


def _make_open_enum_hook(tp: Any) -> Callable[[Any, Any], Any]:
    enum_cls = _open_enum_of(tp)
    assert enum_cls is not None
    members = enum_cls._value2member_map_

    def structure_open_enum(value: Any, _: Any) -> Any:
        if value is None:
            return None
        member = members.get(value)
        return member if member is not None else str(value)

    structure_open_enum.members = members  # type: ignore[attr-defined]  # read by _inline
    return structure_open_enum


def _enum_to_json(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def _is_unset_union(tp: Any) -> bool:
    """``X | Unset``: the type of optional request fields."""
    if not isinstance(tp, types.UnionType) and typing.get_origin(tp) is not typing.Union:
        return False
    return any(typing.get_args(a) == (UNSET,) for a in typing.get_args(tp))


def _make_unset_union_hook(tp: Any) -> Callable[[Any, Any], Any]:
    # JSON never holds UNSET: a missing key takes the field's default. Structure what remains.
    rest = [a for a in typing.get_args(tp) if typing.get_args(a) != (UNSET,)]
    inner: Any = rest[0] if len(rest) == 1 else typing.Union[tuple(rest)]  # noqa: UP007
    hook = converter.get_structure_hook(inner)

    def structure_present(value: Any, _: Any) -> Any:
        return hook(value, inner)

    return structure_present


def _optional_inner(tp: Any) -> Any:
    """``X`` of an ``X | None`` annotation (exactly one other member), else None."""
    if not isinstance(tp, types.UnionType) and typing.get_origin(tp) is not typing.Union:
        return None
    args = typing.get_args(tp)
    if len(args) != 2 or type(None) not in args:
        return None
    return args[0] if args[1] is type(None) else args[1]


def _is_optional(tp: Any) -> bool:
    return _optional_inner(tp) is not None


def _make_optional_hook(tp: Any) -> Callable[[Any, Any], Any]:
    # cattrs' own Optional hook looks the inner type's hook up again on every value; resolve it once.
    inner = _optional_inner(tp)
    hook = converter.get_structure_hook(inner)
    if hook is cattrs.BaseConverter._structure_call:  # str, int, float, ...: cattrs calls the type
        construct = inner

        def structure_optional_call(value: Any, _: Any) -> Any:
            return None if value is None else construct(value)

        structure_optional_call.optional_of = inner  # type: ignore[attr-defined]  # read by _inline
        return structure_optional_call

    def structure_optional(value: Any, _: Any) -> Any:
        return None if value is None else hook(value, inner)

    structure_optional.optional_of = inner  # type: ignore[attr-defined]  # read by _inline
    return structure_optional


_SCALARS = (str, int, float, bool)


def _scalar_union_types(tp: Any) -> tuple[type, ...] | None:
    """The members of a union of plain scalars (``int | str``, ``int | str | None``), else None."""
    if not isinstance(tp, types.UnionType) and typing.get_origin(tp) is not typing.Union:
        return None
    members = tuple(a for a in typing.get_args(tp) if a is not type(None))
    return members if len(members) > 1 and all(a in _SCALARS for a in members) else None


def _is_scalar_union(tp: Any) -> bool:
    return _scalar_union_types(tp) is not None


def _make_scalar_union_hook(tp: Any) -> Callable[[Any, Any], Any]:
    members = _scalar_union_types(tp)
    assert members is not None

    def structure_scalar(value: Any, _: Any) -> Any:
        # The API sends either spelling (an id as 123 or "123"): keep the one it sent.
        if value is None or isinstance(value, members):
            return value
        raise TypeError(f"expected {' or '.join(m.__name__ for m in members)}, got {type(value).__name__}")

    return structure_scalar


def _renames(cls: type) -> dict[str, Any]:  # attribute name -> override
    return {
        a.name: override(rename=a.metadata["json"])
        for a in attrs.fields(cls)
        if a.metadata.get("json", a.name) != a.name
    }


def _wire_names(cls: type) -> frozenset[str]:
    return frozenset(a.metadata.get("json", a.name) for a in attrs.fields(cls) if not a.metadata.get("extra"))


def _make_response_structure(cls: type[ResponseModel]) -> Callable[[Any, Any], Any]:
    fields_fn = make_dict_structure_fn(cls, converter, extra_fields=override(omit=True), **_renames(cls))
    known = _wire_names(cls)

    def structure_response(data: Any, _: Any) -> Any:
        if not isinstance(data, dict):
            raise TypeError(f"{cls.__name__}: expected a JSON object, got {type(data).__name__}")
        obj = fields_fn(data, cls)
        if not known.issuperset(data):
            obj.extra_fields = {k: v for k, v in data.items() if k not in known}
        return obj

    return _fast_response_structure(cls, structure_response, known)


# Decoding responses is the client's hottest path (a catalog is thousands of objects). cattrs'
# generated functions call one hook per field, and each hook is a Python call; the fast path below
# is one generated function per response class that does the same conversions inline where they are
# trivial (str, int, float, None, nested models, lists) and calls the converter's own hook for
# everything else. It only ever takes the happy path: on any exception it hands the object to the
# cattrs function above, which then produces exactly the result or the detailed error it always did.

_MISSING: Final = object()
_FACTORY: Final[type[Any]] = type(attrs.Factory(list))  # attrs.Factory is typed as a function

# Hooks whose common case is one expression, as that hook computes it; any other value still goes
# through the hook ({call}), so every rule of the hook applies.
_COMMON_CASES: Final[dict[Any, str]] = {
    _datetime_from_json: "(_fromisoformat({v}.strip()) if {v}.__class__ is str else {call})",
    _decimal_from_json: (
        "(_Decimal(repr({v})) if {v}.__class__ is float"
        " else _Decimal({v}) if {v}.__class__ is int else {call})"
    ),
    _bool_from_json: "({v} if {v}.__class__ is bool else {call})",
}


def _inline(tp: Any, var: str, names: dict[str, Any], depth: int = 0) -> str:
    """A Python expression equal to ``converter.structure(<var>, tp)`` whenever that succeeds."""
    hook = converter.get_structure_hook(tp)
    if hook is cattrs.BaseConverter._structure_call and tp in (str, int, float):
        return f"({var} if {var}.__class__ is {tp.__name__} else {tp.__name__}({var}))"
    inner = getattr(hook, "optional_of", _MISSING)
    if inner is not _MISSING:
        return f"(None if {var} is None else {_inline(inner, var, names, depth)})"
    name = f"_h{len(names)}"
    names[name] = hook
    names[f"{name}_type"] = tp
    call = f"{name}({var}, {name}_type)"
    members = getattr(hook, "members", None)
    if members is not None:  # an open enum: a known value's member, else the plain string
        known = f"{name}_members"
        names[known] = members
        return f"({known}[{var}] if {var} in {known} else None if {var} is None else str({var}))"
    args = typing.get_args(tp)
    if (
        typing.get_origin(tp) is list
        and len(args) == 1
        and args[0] is not Any
        and getattr(hook, "__module__", None) == "cattrs.cols"
        and getattr(hook, "__name__", None) == "structure_list"
    ):
        # cattrs builds [element_hook(e) for e in value]; anything but a list goes through its hook.
        item = f"e{depth}"
        element = _inline(args[0], item, names, depth + 1)
        return f"([{element} for {item} in {var}] if {var}.__class__ is list else {call})"
    template = _COMMON_CASES.get(hook)
    return template.format(v=var, call=call) if template is not None else call


def _plain(cls: type) -> bool:
    """True when attrs' ``__init__`` of ``cls`` only stores its arguments (or their defaults).

    That holds for the generated response models: no validators, converters, setattr hooks or
    init hooks. Objects of such a class can be filled in directly, as that ``__init__`` would.
    """
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


def _fast_response_structure(
    cls: type[ResponseModel], checked: Callable[[Any, Any], Any], known: frozenset[str]
) -> Callable[[Any, Any], Any]:
    attrs.resolve_types(cls)
    plain = _plain(cls)
    names: dict[str, Any] = {
        "_cls": cls,
        "_new": object.__new__,
        "_checked": checked,
        "_known": known,
        "_MISSING": _MISSING,
        "_fromisoformat": datetime.fromisoformat,
        "_Decimal": Decimal,
    }
    body: list[str] = []
    values: list[tuple[str, str]] = []  # (attribute, expression)
    later: list[str] = []  # fields whose default attrs must compute itself (a factory taking self)
    for index, a in enumerate(attrs.fields(cls)):
        if a.metadata.get("extra"):
            continue
        wire = repr(a.metadata.get("json", a.name))
        var = f"v{index}"
        expression = _inline(a.type, var, names)
        default: Any = a.default
        if default is attrs.NOTHING:  # required: a missing key fails, and the checked path reports it
            body.append(f"{var} = o[{wire}]")
        elif default is None and hasattr(converter.get_structure_hook(a.type), "optional_of"):
            body.append(f"{var} = get({wire})")  # absent and null both give None, the default
        elif isinstance(default, _FACTORY) and default.takes_self:
            body.append(f"{var} = get({wire}, _MISSING)")
            later.append(f"if {var} is not _MISSING: kw[{a.name!r}] = {expression}")
            continue
        else:
            # Absent: exactly what attrs would use (the default, or a fresh value of its factory).
            body.append(f"{var} = get({wire}, _MISSING)")
            if isinstance(default, _FACTORY):
                names[f"_default{index}"] = default.factory
                fallback = f"_default{index}()"
            else:
                names[f"_default{index}"] = default
                fallback = f"_default{index}"
            expression = f"({fallback} if {var} is _MISSING else {expression})"
        values.append((a.name, expression))
    extras = "{} if _known.issuperset(o) else {k: v for k, v in o.items() if k not in _known}"
    if plain:
        # What attrs' __init__ does for this class, without parsing a keyword call.
        build = ["obj = _new(_cls)", *(f"obj.{name} = {value}" for name, value in values)]
        build.append(f"obj.extra_fields = {extras}")
    else:
        arguments = [f"{name}={value}" for name, value in values]
        if later:
            body += ["kw = {}", *later]
            arguments.append("**kw")
        build = [
            f"obj = _cls({', '.join(arguments)})",
            "if not _known.issuperset(o):",
            "    obj.extra_fields = {k: v for k, v in o.items() if k not in _known}",
        ]
    lines = [
        f"def structure_{cls.__name__}(o, _=None):",
        "    if o.__class__ is not dict:",
        "        return _checked(o, _)",
        "    get = o.get",
        "    try:",
        *(f"        {line}" for line in [*body, *build]),
        "    except Exception:",
        "        return _checked(o, _)",
        "    return obj",
    ]
    source = "\n".join(lines) + "\n"
    filename = f"<aioraas structure {cls.__module__}.{cls.__qualname__}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    exec(compile(source, filename, "exec"), names)  # generated from the model's own fields
    fast: Callable[[Any, Any], Any] = names[f"structure_{cls.__name__}"]
    fast.checked = checked  # type: ignore[attr-defined]  # the cattrs path, for tests and errors
    return fast


def _make_response_unstructure(cls: type[ResponseModel]) -> Callable[[Any], Any]:
    # Optional fields absent from the answer decode to None; leaving None out on the way back gives
    # the JSON that was received.
    omit_none: dict[str, Any] = {
        a.name: override(rename=a.metadata.get("json", a.name), omit_if_default=True)
        for a in attrs.fields(cls)
        if a.default is None
    }
    overrides: dict[str, Any] = {**_renames(cls), **omit_none, "extra_fields": override(omit=True)}
    fields_fn = make_dict_unstructure_fn(cls, converter, **overrides)

    def unstructure_response(obj: Any) -> dict[str, Any]:
        out: dict[str, Any] = fields_fn(obj)
        if obj.extra_fields:
            out.update(obj.extra_fields)
        return out

    return unstructure_response


def _make_request_unstructure(cls: type[RequestModel]) -> Callable[[Any], Any]:
    overrides: dict[str, Any] = {
        a.name: override(rename=a.metadata.get("json", a.name), omit_if_default=a.default is UNSET)
        for a in attrs.fields(cls)
    }
    return _fast_request_unstructure(cls, make_dict_unstructure_fn(cls, converter, **overrides))


def _fast_request_unstructure(cls: type[RequestModel], checked: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """The function cattrs generates for a request class (``checked``), without its per-value cost.

    cattrs sends every ``X | Unset`` field through its union hook, which looks the hook of the
    value's class up again on each call, and tests ``value != UNSET`` (a rich comparison that falls
    back twice for a string). Here a string, by far the most common value, is kept as it is (its
    hook is the identity), any other value goes through the same lookup (``converter.unstructure``),
    and UNSET is tested by identity. Every other field calls the same hook as cattrs does.
    """
    attrs.resolve_types(cls)
    names: dict[str, Any] = {"_UNSET": UNSET, "_unstructure": converter.unstructure}
    plain_str = converter.get_unstructure_hook(str) is cattrs.fns.identity
    union = converter._unstructure_union
    always: list[str] = []
    present: list[str] = []
    for index, a in enumerate(attrs.fields(cls)):
        var = f"v{index}"
        hook = converter.get_unstructure_hook(a.type)
        if hook is cattrs.fns.identity:
            value = var
        elif hook == union:
            value = (
                f"({var} if {var}.__class__ is str else _unstructure({var}))"
                if plain_str
                else f"_unstructure({var})"
            )
        else:
            names[f"_h{index}"] = hook
            value = f"_h{index}({var})"
        wire = repr(a.metadata.get("json", a.name))
        if a.default is UNSET:
            present += [
                f"{var} = instance.{a.name}",
                f"if {var} is not _UNSET:",
                f"    res[{wire}] = {value}",
            ]
        else:
            always.append(f"{var} = instance.{a.name}")
            always.append(f"res[{wire}] = {value}")
    lines = [f"def unstructure_{cls.__name__}(instance):", "    res = {}"]
    lines += [f"    {line}" for line in [*always, *present]]
    lines.append("    return res")
    source = "\n".join(lines) + "\n"
    filename = f"<aioraas unstructure {cls.__module__}.{cls.__qualname__}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    exec(compile(source, filename, "exec"), names)  # generated from the model's own fields
    fast: Callable[[Any], Any] = names[f"unstructure_{cls.__name__}"]
    fast.checked = checked  # type: ignore[attr-defined]  # the cattrs function, for tests
    return fast


def _make_request_structure(cls: type[RequestModel]) -> Callable[[Any, Any], Any]:
    return make_dict_structure_fn(cls, converter, **_renames(cls))


def _is_response(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, ResponseModel) and attrs.has(cls)


def _is_request(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, RequestModel) and attrs.has(cls)


def _build_converter() -> cattrs.Converter:
    conv = cattrs.Converter()
    conv.register_structure_hook(Decimal, _decimal_from_json)
    conv.register_unstructure_hook(Decimal, _decimal_to_json)
    conv.register_structure_hook(datetime, _datetime_from_json)
    conv.register_unstructure_hook(datetime, datetime.isoformat)
    conv.register_structure_hook(date, _date_from_json)
    conv.register_unstructure_hook(date, date.isoformat)
    conv.register_structure_hook(bool, _bool_from_json)
    # Registered first, so the more specific union factories below take precedence over it.
    conv.register_structure_hook_factory(_is_optional, _make_optional_hook)
    conv.register_structure_hook_factory(lambda t: _open_enum_of(t) is not None, _make_open_enum_hook)
    conv.register_unstructure_hook_factory(lambda t: _open_enum_of(t) is not None, lambda _: _enum_to_json)
    conv.register_unstructure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), lambda _: _enum_to_json
    )
    conv.register_structure_hook_factory(_is_unset_union, _make_unset_union_hook)
    conv.register_structure_hook_factory(_is_scalar_union, _make_scalar_union_hook)
    conv.register_structure_hook_factory(_is_response, _make_response_structure)
    conv.register_unstructure_hook_factory(_is_response, _make_response_unstructure)
    conv.register_structure_hook_factory(_is_request, _make_request_structure)
    conv.register_unstructure_hook_factory(_is_request, _make_request_unstructure)
    return conv


converter: cattrs.Converter = _build_converter()
"""The aioraas converter. Private to aioraas: the global cattrs converter is never touched."""

_hooks: dict[Any, Callable[[Any, Any], Any]] = {}
"""Structure hooks by target type, as converter.structure would look them up (without its layers)."""


def structure(data: Any, cls: type[T]) -> T:
    """Turn decoded JSON into a model (or a list of models, with ``list[Model]``)."""
    hook = _hooks.get(cls)
    if hook is None:
        hook = _hooks[cls] = converter.get_structure_hook(cls)
    result: T = hook(data, cls)
    return result


def unstructure(obj: Any) -> Any:
    """Turn a model (or a list of them) into JSON-ready Python values."""
    return converter.unstructure(obj)


def loads(body: bytes | str, cls: type[T]) -> T:
    """Parse a JSON body straight into a model."""
    return structure(orjson.loads(body), cls)


def dumps(obj: Any) -> bytes:
    """Serialize a model (or JSON-ready values) to JSON bytes."""
    return orjson.dumps(converter.unstructure(obj))
