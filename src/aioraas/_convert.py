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
- Money is :class:`~decimal.Decimal`, read exactly by :func:`money_from_json` with at least two
  decimal places (``25.00`` stays ``Decimal("25.00")``, ``12345678901234567.89`` keeps every
  digit), and written back as a JSON number.
"""

from __future__ import annotations

import enum
import gc
import json
import math
import types
import typing
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Final, TypeVar

import attrs
import cattrs
import orjson
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from aioraas._modelkit import UNSET, RequestModel, ResponseModel
from aioraas._scalars import (
    bool_from_json,
    date_from_json,
    datetime_from_json,
    decimal_to_json,
)

__all__ = ["converter", "dumps", "loads", "money_from_json", "parse_json", "structure", "unstructure"]

T = TypeVar("T")


def _with_cents(value: Decimal) -> Decimal:
    """``value`` with at least two decimal places (25 -> 25.00), exactly: digits are only added."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int) or exponent <= -2:  # NaN/Infinity, or two places or more already
        return value
    return Decimal((sign, (*digits, *(0,) * (exponent + 2)), -2))


# The Decimal of each money number seen (Decimals are immutable, so one object can serve every
# answer): answers repeat a few amounts over and over (a catalog of 2,020 items holds 11 distinct
# ones), and a lookup costs a twentieth of building the Decimal from the number's repr. Bounded.
# Only numbers whose equal keys give equal results are kept: not zero (0 and -0.0 give "0.00" and
# "-0.00": zeros have two constants of their own), and nothing of 1e15 or more (an int equal to a
# float, 99999999999999991611392 and 1e23, is read digit for digit, the float as its repr).
_MONEY_SEEN: dict[float | int, Decimal] = {}
_MONEY_SEEN_MAX = 4096
money_seen: Final = _MONEY_SEEN.get
"""The Decimal :func:`money_from_json` gave a float before, or None: the generated decoders look a
float up here before they call it. Only for floats (``True == 1`` as a key)."""
_ZERO: Final = Decimal("0.00")
_NEGATIVE_ZERO: Final = Decimal("-0.00")


def money_from_json(value: Any, _: Any = None) -> Decimal:
    """The one place a JSON value becomes a money :class:`~decimal.Decimal`.

    Exact, never through a float's lossy value, and with at least two decimal places (the minor
    units of every currency an account can hold), so ``25.00`` and ``25`` both give
    ``Decimal('25.00')`` and ``1.255`` stays ``Decimal('1.255')``. A float here came from orjson
    and carries at most 15 significant digits (:func:`parse_json` parses longer numbers as
    Decimal), so its shortest repr is the JSON literal's value.
    """
    kind = value.__class__
    if kind is float or kind is int:
        found = _MONEY_SEEN.get(value)
        if found is not None:
            return found
        if not value:  # a zero fee, say: the sign stays ("-0.00" for -0.0)
            return _NEGATIVE_ZERO if math.copysign(1.0, value) < 0 else _ZERO
        money = _money_of_number(value)
        if -1e15 < value < 1e15 and len(_MONEY_SEEN) < _MONEY_SEEN_MAX:
            _MONEY_SEEN[value] = money  # 25 and 25.0 share a key: both give Decimal("25.00")
        return money
    if kind is Decimal:
        return _with_cents(value)
    if isinstance(value, bool):
        raise TypeError(f"expected a number, got {value!r}")
    if isinstance(value, float):  # a subclass of float or int
        return money_from_json(float(value))
    if isinstance(value, int):
        return money_from_json(int(value))
    if isinstance(value, str):
        try:
            return _with_cents(Decimal(value.strip()))
        except ArithmeticError:
            raise ValueError(f"expected a number, got {value!r}") from None
    raise TypeError(f"expected a number, got {type(value).__name__}")


def _money_of_number(value: float | int) -> Decimal:
    """:func:`money_from_json` of a plain float or int."""
    if value.__class__ is float:
        text = repr(value)
        if text[-2] == ".":  # one decimal place: "25.0", "0.5"
            return Decimal(text + "0")
        return Decimal(text) if "e" not in text else _with_cents(Decimal(text))
    return Decimal(f"{value}.00")


# Finding numbers that may carry more significant digits than a float keeps (any literal with at
# most 15 is exact through one): bytes are mapped so that digits and "." become "0", what can come
# right before a JSON number (",:[" whitespace "-") becomes " ", and everything else "x"; then a
# number with 16 or more digits and dots is " " followed by sixteen "0". Digits inside strings
# follow a quote or a letter ("x"), so card numbers and ids do not count.
_NUMBER_MAP = bytes(
    ord("0") if chr(i) in "0123456789." else ord(" ") if chr(i) in ",:[ \t\r\n-" else ord("x")
    for i in range(256)
)
_LONG_RUN = b"0" * 16
_LONG_NUMBER = b" " + _LONG_RUN


def _exact_float(text: str) -> float | Decimal:
    return float(text) if len(text) < 16 else Decimal(text)


def _parse(raw: bytes) -> Any:
    mapped = raw.translate(_NUMBER_MAP)  # see above: no number that may lose digits, orjson
    if _LONG_NUMBER not in mapped and not mapped.startswith(_LONG_RUN):
        return orjson.loads(raw)
    return json.loads(raw, parse_float=_exact_float)


# Decoding a large answer allocates tens of thousands of small container objects (a catalog of
# 1,010 brands: about 45,000 dicts, lists and models) that all survive it. The cyclic garbage
# collector, triggered every 700 allocations, walks them again and again on the way (its younger
# generations, and a full collection once enough have survived) and can free none of them: 13 % of
# the instructions of the catalog's decode. So a large body is decoded with the collector paused;
# once it resumes, its next young collection takes the new objects as any other, in one walk.
# The pause is scoped to one decode, which runs no code but the converter's (no callbacks), and is
# safe with exceptions (try/finally) and re-entrancy: only a running collector is paused, and only
# by the decode that paused it is it resumed, so a nested or concurrent decode (another thread)
# finds it paused and leaves it so; a caller that disabled it keeps it disabled.
PAUSE_GC_BODY_BYTES: Final = 64 * 1024


def _collector_paused(work: Callable[..., T], *args: Any) -> T:
    """``work(*args)`` with a running collector paused (see above); a paused one is left as it is."""
    if not gc.isenabled():
        return work(*args)
    gc.disable()
    try:
        return work(*args)
    finally:
        gc.enable()


def parse_json(body: bytes | str) -> Any:
    """Parse a JSON body; numbers too long for a float's precision are read as exact Decimals."""
    raw = body.encode() if isinstance(body, str) else body
    if len(raw) < PAUSE_GC_BODY_BYTES:
        return _parse(raw)
    return _collector_paused(_parse, raw)


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

    def structure_optional(value: Any, _: Any) -> Any:
        return None if value is None else hook(value, inner)

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


def _make_checked_structure(cls: type[ResponseModel]) -> Callable[[Any, Any], Any]:
    fields_fn = make_dict_structure_fn(cls, converter, extra_fields=override(omit=True), **_renames(cls))
    known = _wire_names(cls)

    def structure_response(data: Any, _: Any) -> Any:
        if not isinstance(data, dict):
            raise TypeError(f"{cls.__name__}: expected a JSON object, got {type(data).__name__}")
        obj = fields_fn(data, cls)
        if not known.issuperset(data):
            obj.extra_fields = {k: v for k, v in data.items() if k not in known}
        return obj

    return structure_response


def _make_response_structure(cls: type[ResponseModel]) -> Callable[[Any, Any], Any]:
    fast = _fast_structure.get(cls)
    return fast if fast is not None else _checked_structure_fn(cls)


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
    checked = _checked_unstructure[cls] = make_dict_unstructure_fn(cls, converter, **overrides)
    return _fast_unstructure.get(cls, checked)


def _make_request_structure(cls: type[RequestModel]) -> Callable[[Any, Any], Any]:
    return make_dict_structure_fn(cls, converter, **_renames(cls))


def _is_response(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, ResponseModel) and attrs.has(cls)


def _is_request(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, RequestModel) and attrs.has(cls)


def _build_converter() -> cattrs.Converter:
    conv = cattrs.Converter()
    conv.register_structure_hook(Decimal, money_from_json)
    conv.register_unstructure_hook(Decimal, decimal_to_json)
    conv.register_structure_hook(datetime, datetime_from_json)
    conv.register_unstructure_hook(datetime, datetime.isoformat)
    conv.register_structure_hook(date, date_from_json)
    conv.register_unstructure_hook(date, date.isoformat)
    conv.register_structure_hook(bool, bool_from_json)
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


_fast_structure: dict[type, Callable[[Any, Any], Any]] = {}
_fast_unstructure: dict[type, Callable[[Any], Any]] = {}
_checked_structures: dict[type, Callable[[Any, Any], Any]] = {}
_checked_unstructure: dict[type, Callable[[Any], Any]] = {}


def register_fast_paths(
    *,
    structure: Mapping[type, Callable[[Any, Any], Any]],
    unstructure: Mapping[type, Callable[[Any], Any]],
) -> None:
    """Use the generated functions (``aioraas.models._v*_codecs``) for these classes.

    Called by each generated codecs module when it is imported, before any answer is decoded.
    """
    _fast_structure.update(structure)
    _fast_unstructure.update(unstructure)


def _checked_structure_fn(cls: type[ResponseModel]) -> Callable[[Any, Any], Any]:
    fn = _checked_structures.get(cls)
    if fn is None:
        fn = _checked_structures[cls] = _make_checked_structure(cls)
    return fn


def checked_structure(data: Any, cls: type[T]) -> T:
    """Decode with the cattrs function alone: what a generated fast path falls back to on any
    input it does not take, so that the result (or the detailed error) is the cattrs one."""
    result: T = _checked_structure_fn(cls)(data, cls)  # type: ignore[arg-type]
    return result


def checked_unstructure(obj: Any) -> Any:
    """Encode a request model with the cattrs function alone (the reference of the fast path)."""
    converter.get_unstructure_hook(type(obj))
    return _checked_unstructure[type(obj)](obj)


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
    # A request model: its generated encoder at once, as dumps does; cattrs' dispatch to the same
    # hook cost more than the encoder itself (fan_out fingerprints every input through here).
    fast = _fast_unstructure.get(obj.__class__)
    return fast(obj) if fast is not None else converter.unstructure(obj)


def structure_answer(data: Any, cls: type[T], size: int) -> T:
    """:func:`structure` of an answer parsed from ``size`` bytes: a large one (the resource layer's
    catalogs, long pages) with the collector paused, as :func:`loads` does."""
    if size < PAUSE_GC_BODY_BYTES:
        hook = _hooks.get(cls)  # structure(data, cls) without its call: every answer comes here
        if hook is not None:
            result: T = hook(data, cls)
            return result
        return structure(data, cls)
    model: T = _collector_paused(structure, data, cls)  # generic through *args: typed here
    return model


def _parsed_into(body: bytes | str, cls: type[T]) -> T:
    return structure(parse_json(body), cls)


def loads(body: bytes | str, cls: type[T]) -> T:
    """Parse a JSON body straight into a model (a large one with the collector paused, see
    :data:`PAUSE_GC_BODY_BYTES`)."""
    if len(body) < PAUSE_GC_BODY_BYTES:
        return _parsed_into(body, cls)
    model: T = _collector_paused(_parsed_into, body, cls)
    return model


def dumps(obj: Any) -> bytes:
    """Serialize a model (or JSON-ready values) to JSON bytes."""
    fast = _fast_unstructure.get(obj.__class__)  # a request model: its generated encoder at once
    return orjson.dumps(fast(obj) if fast is not None else converter.unstructure(obj))
