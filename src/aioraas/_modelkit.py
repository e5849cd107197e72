"""Runtime pieces the generated models in ``aioraas.models`` are built from.

The generated classes stay declarative: each request field carries one :func:`check` validator
that holds every rule the spec states for it (type, length, pattern, range, enum, ...), so the
rules and their error messages live here, in one hand-written place.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Callable
from datetime import date, datetime
from decimal import Context, Decimal, InvalidOperation
from typing import Any, Final, Literal, TypeAlias, TypeVar

import attrs

from aioraas.errors import ValidationError

__all__ = [
    "UNSET",
    "RequestModel",
    "ResponseModel",
    "Unset",
    "check",
    "init_parts",
    "masked",
    "to_decimal",
    "to_optional_decimal",
]


class _UnsetType(enum.Enum):
    """The type of :data:`UNSET`: a value that was never given, as opposed to an explicit ``None``."""

    UNSET = "UNSET"

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> Literal[False]:
        return False


UNSET: Final = _UnsetType.UNSET
"""Default of optional request fields: the field is left out of the JSON body.

``None`` is different: it is sent as ``null`` (for a PATCH, "set to null"), where the schema allows it.
"""

Unset: TypeAlias = Literal[_UnsetType.UNSET]

Validator: TypeAlias = Callable[[Any, Any, Any], None]
"""An attrs validator: ``(instance, attribute, value) -> None``, raising when the value is wrong."""


@attrs.define(kw_only=True)
class RequestModel:
    """Base of generated request models: strict, validated at construction, UNSET fields omitted."""


_R = TypeVar("_R", bound=RequestModel)


def init_parts(cls: type) -> tuple[tuple[Any, ...], tuple[Any, ...], tuple[Any, ...]]:
    """What the generated ``__init__`` of a request class uses (codegen/inits.py), in field order:
    each slot's own setter (which stores without the class's validating ``__setattr__``), each
    field's :class:`Check`, and each field's attrs ``Attribute`` (for the error's names)."""
    fields = attrs.fields(cls)
    setters = tuple(getattr(cls, field.name).__set__ for field in fields)
    return setters, tuple(field.validator.rules for field in fields), tuple(fields)


def replace(instance: _R, name: str, value: Any) -> _R:
    """``attrs.evolve(instance, **{name: value})`` for one field of a request, checking only that field.

    ``evolve`` calls ``__init__`` again, so every field's validator runs again (23 for an order,
    twice the cost of the rest of building it). The other fields need no second check: request
    models validate on ``setattr`` as well as in ``__init__`` (``attrs.define``), so the values
    they hold were checked when they were set. The generated ``__copy__`` (codegen/inits.py) takes
    them as they are, and the new value goes through the field's converter and validator by a
    plain ``setattr``. A class without one is evolved.
    """
    cls = type(instance)
    copier = cls.__dict__.get("__copy__")
    if copier is None or cls.__setattr__ is object.__setattr__:
        return attrs.evolve(instance, **{name: value})
    copy: _R = copier(instance)
    setattr(copy, name, value)  # on_setattr: the field's converter, then its validator
    return copy


@attrs.define(kw_only=True)
class ResponseModel:
    """Base of generated response models: lenient, and nothing the API sent is lost."""

    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False, metadata={"extra": True})
    """Keys of the API's answer that this version of the spec does not describe, kept as received."""


REDACTED: Final = "'<redacted>'"


def masked(value: object) -> str:
    """repr() of a sensitive field: says whether a value is there, never what it is."""
    if value is None or value is UNSET:
        return repr(value)
    return REDACTED


def to_decimal(value: Decimal | int | float | str) -> Decimal:
    """Converter for money fields: accepts Decimal, int, str and float without rounding surprises.

    A float is read through its shortest repr (``25.1`` becomes ``Decimal("25.1")``, not the binary
    expansion). A value that is not a number is passed through unchanged, so that the field's
    validator can reject it with an error that names the field.
    """
    if isinstance(value, (Decimal, bool)):
        return value  # type: ignore[return-value]  # a bool is rejected by the validator
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, str):
        try:
            return Decimal(value.strip())
        except InvalidOperation:
            return value  # type: ignore[return-value]  # rejected by the validator
    return value  # untyped callers: the validator rejects it


def to_optional_decimal(value: Decimal | int | float | str | Unset | None) -> Decimal | Unset | None:
    """Converter for optional or nullable money fields: like :func:`to_decimal`, keeping None and UNSET."""
    if value is None or value is UNSET:
        return value
    return to_decimal(value)


_KIND_NAMES: dict[type, str] = {
    str: "a string",
    int: "an integer",
    bool: "a boolean",
    Decimal: "a decimal number",
    datetime: "a datetime",
    date: "a date",
    list: "a list",
    dict: "a mapping",
}


class Check:
    """An attrs validator holding every rule of one request field.

    Build it with :func:`check`. It reports the first broken rule as a
    :class:`~aioraas.errors.ValidationError` naming the model, the attribute, the JSON name and the
    rule. Values of sensitive fields are never quoted in the message.
    """

    __slots__ = (
        "accepts",
        "categories",
        "enum",
        "ge",
        "gt",
        "items",
        "kind",
        "le",
        "lt",
        "max_items",
        "max_length",
        "min_items",
        "min_length",
        "multiple_of",
        "nullable",
        "optional",
        "pattern",
        "sensitive",
        "validate",
    )

    def __init__(
        self,
        kind: type | None,
        *,
        nullable: bool = False,
        optional: bool = False,
        sensitive: bool = False,
        enum: type[enum.Enum] | None = None,
        min_length: int | None = None,
        max_length: int | None = None,
        pattern: str | None = None,
        categories: str | None = None,
        ge: Decimal | int | None = None,
        gt: Decimal | int | None = None,
        le: Decimal | int | None = None,
        lt: Decimal | int | None = None,
        multiple_of: Decimal | None = None,
        min_items: int | None = None,
        max_items: int | None = None,
        items: Check | Validator | None = None,
        accepts: Callable[[Check], Callable[[Any], bool]] | None = None,
        quick: Callable[[Check], Validator] | None = None,
    ) -> None:
        self.kind = kind
        self.nullable = nullable
        self.optional = optional
        self.sensitive = sensitive
        self.enum = enum
        self.min_length = min_length
        self.max_length = max_length
        self.pattern = re.compile(pattern) if pattern is not None else None
        self.categories = categories
        self.ge = ge
        self.gt = gt
        self.le = le
        self.lt = lt
        self.multiple_of = multiple_of
        self.min_items = min_items
        self.max_items = max_items
        inner: Any = items  # a check(...) result (its Check is .rules), or a Check
        self.items: Check | None = None if inner is None else inner.rules
        # accepts(value) is True for values that break no rule: a quick test of the rules written
        # by make codegen (codegen/annotate.py), so that valid values skip problem(); False only
        # means "ask problem()". validate is the attrs validator: the same test, calling this
        # Check (which reports the broken rule) when it fails; without a quick test, the Check.
        self.accepts: Callable[[Any], bool] = _never if accepts is None else accepts(self)
        self.validate: Validator = self
        if quick is not None:
            self.validate = quick(self)
            self.validate.rules = self  # type: ignore[attr-defined]  # check(...).rules, as for a Check

    @property
    def rules(self) -> Check:
        return self

    def __call__(self, instance: Any, attribute: Any, value: Any) -> None:
        found = self.problem(value)
        if found is None:
            return
        rule, message = found
        model = type(instance).__name__
        wire = attribute.metadata.get("json", attribute.name)
        shown = f"{attribute.name} ({wire})" if wire != attribute.name else attribute.name
        raise ValidationError(
            f"{model}.{shown}: {message}", field=attribute.name, wire_name=wire, rule=rule, model=model
        )

    def _got(self, value: object) -> str:
        return "" if self.sensitive else f" (got {value!r})"

    def problem(self, value: object) -> tuple[str, str] | None:
        """The first broken rule as ``(rule, message)``, or None when the value is fine."""
        if value is UNSET:
            return None if self.optional else ("required", "is required")
        if value is None:
            return None if self.nullable else ("not_null", "must not be None")
        kind = self.kind
        if kind is not None and not _is_kind(value, kind):
            wanted = _KIND_NAMES.get(kind) or f"a {kind.__name__}"
            return ("type", f"must be {wanted}, not {type(value).__name__}{self._got(value)}")
        if self.enum is not None and value not in self.enum._value2member_map_:
            allowed = ", ".join(str(m.value) for m in self.enum)
            return ("enum", f"must be one of {allowed}{self._got(value)}")
        if isinstance(value, str):
            return self._string_problem(value)
        if isinstance(value, (int, Decimal)):
            return self._number_problem(value)
        if isinstance(value, (list, tuple)):
            return self._list_problem(value)
        return None

    def _string_problem(self, value: str) -> tuple[str, str] | None:
        if self.min_length is not None and len(value) < self.min_length:
            return ("min_length", f"must be at least {self.min_length} characters long, got {len(value)}")
        if self.max_length is not None and len(value) > self.max_length:
            return ("max_length", f"must be at most {self.max_length} characters long, got {len(value)}")
        if self.pattern is not None and self.pattern.search(value) is None:
            return ("pattern", f"must match {self.pattern.pattern}{self._got(value)}")
        if self.categories is not None:
            for char in value:
                if unicodedata.category(char)[0] not in self.categories:
                    return (
                        "characters",
                        f"may hold only letters, digits, punctuation and spaces; {char!r} is not allowed",
                    )
        return None

    def _number_problem(self, value: int | Decimal) -> tuple[str, str] | None:
        if isinstance(value, Decimal) and not value.is_finite():
            return ("finite", f"must be a finite number{self._got(value)}")
        if self.ge is not None and value < self.ge:
            return ("minimum", f"must be >= {self.ge}{self._got(value)}")
        if self.gt is not None and value <= self.gt:
            return ("exclusive_minimum", f"must be > {self.gt}{self._got(value)}")
        if self.le is not None and value > self.le:
            return ("maximum", f"must be <= {self.le}{self._got(value)}")
        if self.lt is not None and value >= self.lt:
            return ("exclusive_maximum", f"must be < {self.lt}{self._got(value)}")
        if self.multiple_of is not None and not is_multiple(value, self.multiple_of):
            return ("multiple_of", f"must be a multiple of {self.multiple_of}{self._got(value)}")
        return None

    def _list_problem(self, value: list[Any] | tuple[Any, ...]) -> tuple[str, str] | None:
        if self.min_items is not None and len(value) < self.min_items:
            return ("min_items", f"must have at least {self.min_items} items, got {len(value)}")
        if self.max_items is not None and len(value) > self.max_items:
            return ("max_items", f"must have at most {self.max_items} items, got {len(value)}")
        if self.items is not None:
            for index, item in enumerate(value):
                found = self.items.problem(item)
                if found is not None:
                    return (found[0], f"item {index} {found[1]}")
        return None


def _is_kind(value: object, kind: type) -> bool:
    if kind is int or kind is Decimal:
        # bool is an int subclass but never a valid number here; a Decimal field takes ints via
        # its converter, so only the converted Decimal reaches this point.
        return isinstance(value, kind) and not isinstance(value, bool)
    if kind is list:
        return isinstance(value, (list, tuple))
    if kind is date:
        return isinstance(value, date) and not isinstance(value, datetime)
    return isinstance(value, kind)


def _never(value: object) -> bool:
    return False


# Its own context, so that a caller's decimal context (fewer traps, other precision) changes nothing.
_REMAINDER: Final = Context(prec=28, traps=[InvalidOperation]).remainder


def is_multiple(value: int | Decimal, step: Decimal) -> bool:
    """Whether ``value`` is a whole multiple of ``step``, exactly, at any size.

    ``Decimal`` remainders fail (DivisionImpossible) once the quotient needs more digits than the
    context's precision, e.g. ``1E+26 % Decimal("0.01")``; integer arithmetic on the digits does not.
    The remainder is tried first (one C call, exact whenever it does not fail: every amount a
    request really holds); the digits decide the rest.
    """
    try:
        return not _REMAINDER(value, step)  # an exact remainder, or NaN (truthy) for a NaN value
    except InvalidOperation:  # DivisionImpossible, infinities, signalling NaNs
        pass
    _, digits, exponent = Decimal(value).as_tuple()
    _, step_digits, step_exponent = step.as_tuple()
    if not isinstance(exponent, int) or not isinstance(step_exponent, int):
        return False  # NaN or infinity
    number = int("".join(map(str, digits)) or "0")
    modulus = int("".join(map(str, step_digits)))
    if number == 0:
        return True
    if exponent >= step_exponent:
        return number * pow(10, exponent - step_exponent, modulus) % modulus == 0
    shift = step_exponent - exponent
    return shift <= len(digits) and number % (modulus * 10**shift) == 0


def check(kind: type | None, **rules: Any) -> Validator:
    """Build the validator of one request field; see :class:`Check` for the rules.

    It is a plain function (attrs calls it for every field of every request built) with the
    :class:`Check` holding its rules in ``.rules``.
    """
    return Check(kind, **rules).validate
