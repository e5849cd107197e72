"""Compiled fast paths of the converter: one generated function per model class.

cattrs' generated functions call one hook per field, and each hook is a Python call; on the
client's hottest paths (decoding answers, encoding orders) that overhead dominated. The functions
generated here do the same conversions inline where they are trivial and call the converter's own
hooks for everything else:

- :func:`response_structure` only ever takes the happy path: on any exception it hands the object
  to the cattrs function it shortcuts, which then produces exactly the result or the detailed error
  it always did.
- :func:`request_unstructure` gives the same dict as the cattrs function it replaces.

Tests compare both with the cattrs functions (``fast.checked``) on generated inputs.
"""

from __future__ import annotations

import linecache
import typing
from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any, Final

import attrs
import cattrs
import cattrs.fns

from aioraas._modelkit import UNSET, RequestModel, ResponseModel

_MISSING: Final = object()
_FACTORY: Final[type[Any]] = type(attrs.Factory(list))  # attrs.Factory is typed as a function


def _inline(
    converter: cattrs.Converter,
    common_cases: Mapping[Any, str],
    tp: Any,
    var: str,
    names: dict[str, Any],
    depth: int = 0,
) -> str:
    """A Python expression equal to ``converter.structure(<var>, tp)`` whenever that succeeds."""
    hook = converter.get_structure_hook(tp)
    if hook is cattrs.BaseConverter._structure_call and tp in (str, int, float):
        return f"({var} if {var}.__class__ is {tp.__name__} else {tp.__name__}({var}))"
    inner = getattr(hook, "optional_of", _MISSING)
    if inner is not _MISSING:
        return f"(None if {var} is None else {_inline(converter, common_cases, inner, var, names, depth)})"
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
        element = _inline(converter, common_cases, args[0], item, names, depth + 1)
        return f"([{element} for {item} in {var}] if {var}.__class__ is list else {call})"
    template = common_cases.get(hook)
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


def response_structure(
    converter: cattrs.Converter,
    cls: type[ResponseModel],
    checked: Callable[[Any, Any], Any],
    known: frozenset[str],
    common_cases: Mapping[Any, str],
) -> Callable[[Any, Any], Any]:
    """A structure function for ``cls`` that equals ``checked`` (the cattrs one) on every input.

    ``common_cases`` maps converter hooks to the expression of their common case (``{v}`` is the
    value, ``{call}`` the hook's call for everything else).
    """
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
        expression = _inline(converter, common_cases, a.type, var, names)
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


def request_unstructure(
    converter: cattrs.Converter, cls: type[RequestModel], checked: Callable[[Any], Any]
) -> Callable[[Any], Any]:
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
