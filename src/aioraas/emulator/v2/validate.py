"""Field checks for v2 request bodies, reported the way Tango reports them (ErrorInfo ``errors[]``)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping
from decimal import Decimal
from typing import Any

from aioraas.emulator.errors import VALIDATION_CODE, V2Error, field_error
from aioraas.emulator.money import from_json_number, v2_amount_problem

__all__ = ["IDENTIFIER", "NOT_VALID", "Checker", "display_name_problem"]

#: customerIdentifier / accountIdentifier: 5-100 of letters, digits and dashes.
IDENTIFIER = re.compile(r"[-a-zA-Z0-9]{5,100}")

# Keys of the request-shape checks (docs/emulator.md, "Field errors"). Wrong JSON types are what
# Tango's JSON reader refuses, 400.009; bean-validation failures have their own catalogue keys.
NOT_NULL = "422.128"
NOT_EMPTY = "422.135"
WRONG_TYPE = "400.009"
NOT_VALID = "422.102"  # "{0} is not valid. Please fix the following errors: {1}"
#: Catalogue keys of exact length rules; other lengths are reported with NOT_VALID.
_SIZE_KEYS = {(5, 100): "422.126", (3, 4): "422.118"}


def display_name_problem(value: str) -> str | None:
    """CreateCustomerCriteria.displayName: 5-100 letters, digits, punctuation or spaces."""
    if not 5 <= len(value) <= 100:
        return "422.126"
    if any(unicodedata.category(ch)[0] not in "LNPZ" for ch in value):
        return NOT_VALID
    return None


# The Decimal of each valid float amount seen (Decimals are immutable): orders repeat a few amounts,
# and reading one again (repr, Decimal, the digits rule) cost more than the rest of the field's check.
# Floats only: 25 and 25.0 are one key but two Decimals (Decimal("25"), Decimal("25.0")). Bounded.
_VALID_AMOUNTS: dict[float, Decimal] = {}
_VALID_AMOUNTS_MAX = 4096


class Checker:
    """Collects the problems of one JSON object; :meth:`raise_if_any` reports them all at once.

    Each getter returns the value when it is valid and None otherwise (or when it is absent).
    ``sent`` holds the names the body has: a handler with many optional fields skips the getters
    of absent ones (``x = check.text("x") if "x" in check.sent else None``), a call each saved.
    """

    __slots__ = ("_body", "_prefix", "errors", "sent")

    def __init__(self, body: Mapping[str, Any], prefix: str = "", errors: list[dict[str, Any]] | None = None):
        self._body = body
        self.sent = body.keys()
        self._prefix = prefix
        self.errors: list[dict[str, Any]] = [] if errors is None else errors

    def path(self, name: str) -> str:
        return self._prefix + name

    def problem(
        self,
        name: str,
        i18n_key: str,
        *tokens: object,
        constraint: str,
        value: Any = None,
        validation: bool = True,
    ) -> None:
        """Record a problem with field ``name``: Tango's ``i18n_key``, its text filled with ``tokens``.

        ``validation`` problems are about the request's shape (HTTP 400); the others are business
        rules (HTTP 422).
        """
        self.errors.append(
            field_error(
                self.path(name),
                i18n_key,
                *tokens,
                validation=validation,
                constraint=constraint,
                invalid_value=value,
            )
        )

    def invalid(self, name: str, detail: str, constraint: str, value: Any = None) -> None:
        """A shape problem without a key of its own: 422.102 "<field> is not valid. ...: <detail>"."""
        self.problem(name, NOT_VALID, self.path(name), detail, constraint=constraint, value=value)

    def raw(self, name: str) -> Any:
        """The value of ``name`` as sent (None when absent), for fields checked by hand."""
        return self._body.get(name)

    def present(self, name: str) -> bool:
        """Whether ``name`` is in the body with a non-null value."""
        return self._body.get(name) is not None

    def text(
        self,
        name: str,
        *,
        required: bool = False,
        pattern: re.Pattern[str] | None = None,
        pattern_key: str | None = None,
        min_len: int = 0,
        max_len: int | None = None,
        size_key: str | None = None,
        choices: Collection[str] | None = None,
        secret: bool = False,
    ) -> str | None:
        """A string field. ``size_key`` / ``pattern_key`` name the catalogue key of its length or
        pattern rule when Tango has one. A ``secret`` (card number, security code) is never echoed
        back as ``invalidValue``."""
        value = self._body.get(name)
        if value is None:
            if required:
                self.problem(name, NOT_NULL, constraint="NotNull")
            return None
        shown = None if secret else value
        if not isinstance(value, str) or (choices is not None and value not in choices):
            self.problem(name, WRONG_TYPE, constraint="Type", value=shown)
            return None
        if len(value) < min_len or (max_len is not None and len(value) > max_len):
            key = size_key or _SIZE_KEYS.get((min_len, max_len or 0))
            if not value and min_len > 0:
                self.problem(name, NOT_EMPTY, constraint="NotEmpty", value=shown)
            elif key is not None:
                self.problem(name, key, constraint="Size", value=shown)
            else:
                self.invalid(name, f"length must be between {min_len} and {max_len}", "Size", shown)
            return None
        if pattern is not None and not pattern.fullmatch(value):
            if pattern_key is not None:
                self.problem(name, pattern_key, constraint="Pattern", value=shown)
            else:
                self.invalid(name, f'must match "{pattern.pattern}"', "Pattern", shown)
            return None
        return value

    def amount(self, name: str, *, required: bool = False) -> Decimal | None:
        """A money amount: a JSON number, not negative, at most 2 decimals and 6 integer digits."""
        value = self._body.get(name)
        if value is None:
            if required:
                self.problem(name, NOT_NULL, constraint="NotNull")
            return None
        if value.__class__ is float and (known := _VALID_AMOUNTS.get(value)) is not None:
            return known
        amount = from_json_number(value)
        if amount is None:
            self.problem(name, WRONG_TYPE, constraint="Type", value=value)
            return None
        if amount < 0:
            self.problem(name, "422.141", constraint="Min", value=value)
            return None
        if v2_amount_problem(amount) is not None:
            self.problem(name, "422.140", constraint="Digits", value=value)
            return None
        if value.__class__ is float and value and len(_VALID_AMOUNTS) < _VALID_AMOUNTS_MAX:
            _VALID_AMOUNTS[value] = amount  # not zeros: 0.0 and -0.0 are one key, two Decimals
        return amount

    def boolean(self, name: str) -> bool | None:
        """A boolean field."""
        value = self._body.get(name)
        if value is None or isinstance(value, bool):
            return value
        self.problem(name, WRONG_TYPE, constraint="Type", value=value)
        return None

    def strings(self, name: str) -> list[str] | None:
        """A list of strings (None when absent or null)."""
        value = self._body.get(name)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(name, WRONG_TYPE, constraint="Type")
            return None
        return list(value)

    def nested(self, name: str, *, required: bool = False) -> Checker | None:
        """A nested object, checked by a child that reports into the same list."""
        value = self._body.get(name)
        if value is None:
            if required:
                self.problem(name, NOT_NULL, constraint="NotNull")
            return None
        if not isinstance(value, dict):
            self.problem(name, WRONG_TYPE, constraint="Type")
            return None
        return Checker(value, f"{self._prefix}{name}.", self.errors)

    def nested_list(self, name: str) -> list[Checker] | None:
        """A list of objects (None when absent or null)."""
        value = self._body.get(name)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problem(name, WRONG_TYPE, constraint="Type")
            return None
        return [Checker(v, f"{self._prefix}{name}[{i}].", self.errors) for i, v in enumerate(value)]

    def raise_if_any(self) -> None:
        """Raise one error for every problem found: HTTP 400 when any is about the request's shape
        (items with code 400500, as Tango documents), else 422 with the first rule's key."""
        if not self.errors:
            return
        if any(e["code"] == VALIDATION_CODE for e in self.errors):
            raise V2Error.for_items(400, self.errors)
        raise V2Error.for_items(int(self.errors[0]["i18nKey"][:3]), self.errors)
