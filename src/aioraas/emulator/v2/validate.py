"""Field checks for v2 request bodies, reported the way Tango reports them (ErrorInfo ``errors[]``)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping
from decimal import Decimal
from typing import Any

from aioraas.emulator.errors import V2Error, field_error
from aioraas.emulator.money import from_json_number, v2_amount_problem

__all__ = ["IDENTIFIER", "Checker", "display_name_problem"]

#: customerIdentifier / accountIdentifier: 5-100 of letters, digits and dashes.
IDENTIFIER = re.compile(r"[-a-zA-Z0-9]{5,100}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+")


def display_name_problem(value: str) -> str | None:
    """CreateCustomerCriteria.displayName: 5-100 letters, digits, punctuation or spaces."""
    if not 5 <= len(value) <= 100:
        return "size must be between 5 and 100"
    if any(unicodedata.category(ch)[0] not in "LNPZ" for ch in value):
        return "may contain only letters, digits, punctuation and spaces"
    return None


class Checker:
    """Collects the problems of one JSON object; :meth:`raise_if_any` reports them all at once.

    Each getter returns the value when it is valid and None otherwise (or when it is absent).
    """

    __slots__ = ("_body", "_prefix", "errors")

    def __init__(self, body: Mapping[str, Any], prefix: str = "", errors: list[dict[str, Any]] | None = None):
        self._body = body
        self._prefix = prefix
        self.errors: list[dict[str, Any]] = [] if errors is None else errors

    def problem(
        self,
        name: str,
        message: str,
        constraint: str,
        *,
        i18n_key: str = "400.009",
        value: Any = None,
        sentence: bool = False,
    ) -> None:
        """Record a problem with field ``name``.

        ``message`` completes the field's path ("amount must be ..."), unless ``sentence`` says it is
        a whole sentence of Tango's own, which is then kept word for word.
        """
        path = self._prefix + name
        text = message if sentence else f"{path} {message}"
        self.errors.append(
            field_error(path, text, i18n_key=i18n_key, constraint=constraint, invalid_value=value)
        )

    def present(self, name: str) -> bool:
        """Whether ``name`` is in the body with a non-null value."""
        return self._body.get(name) is not None

    def text(
        self,
        name: str,
        *,
        required: bool = False,
        pattern: re.Pattern[str] | None = None,
        min_len: int = 0,
        max_len: int | None = None,
        choices: Collection[str] | None = None,
        email: bool = False,
    ) -> str | None:
        """A string field."""
        value = self._body.get(name)
        if value is None:
            if required:
                self.problem(name, "must not be null", "NotNull")
            return None
        if not isinstance(value, str):
            self.problem(name, "must be a string", "Type", value=value)
            return None
        if len(value) < min_len or (max_len is not None and len(value) > max_len):
            bound = f"between {min_len} and {max_len}" if max_len is not None else f"at least {min_len}"
            self.problem(name, f"size must be {bound}", "Size", value=value)
            return None
        if pattern is not None and not pattern.fullmatch(value):
            self.problem(name, f'must match "{pattern.pattern}"', "Pattern", value=value)
            return None
        if email and not _EMAIL.fullmatch(value):
            self.problem(name, "must be a well-formed email address", "Email", value=value)
            return None
        if choices is not None and value not in choices:
            self.problem(name, f"must be one of {', '.join(sorted(choices))}", "OneOf", value=value)
            return None
        return value

    def amount(self, name: str, *, required: bool = False) -> Decimal | None:
        """A money amount: a JSON number, not negative, at most 2 decimals and 6 integer digits."""
        value = self._body.get(name)
        if value is None:
            if required:
                self.problem(name, "must not be null", "NotNull")
            return None
        amount = from_json_number(value)
        if amount is None:
            self.problem(name, "must be a number", "Type", value=value)
            return None
        if amount < 0:
            self.problem(name, "must be greater than or equal to 0", "Min", value=value)
            return None
        shape = v2_amount_problem(amount)
        if shape is not None:
            self.problem(name, shape, "Digits", i18n_key="422.140", value=value)
            return None
        return amount

    def boolean(self, name: str) -> bool | None:
        """A boolean field."""
        value = self._body.get(name)
        if value is None or isinstance(value, bool):
            return value
        self.problem(name, "must be true or false", "Type", value=value)
        return None

    def nested(self, name: str, *, required: bool = False) -> Checker | None:
        """A nested object, checked by a child that reports into the same list."""
        value = self._body.get(name)
        if value is None:
            if required:
                self.problem(name, "must not be null", "NotNull")
            return None
        if not isinstance(value, dict):
            self.problem(name, "must be an object", "Type")
            return None
        return Checker(value, f"{self._prefix}{name}.", self.errors)

    def nested_list(self, name: str) -> list[Checker] | None:
        """A list of objects (None when absent or null)."""
        value = self._body.get(name)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problem(name, "must be a list of objects", "Type")
            return None
        return [Checker(v, f"{self._prefix}{name}[{i}].", self.errors) for i, v in enumerate(value)]

    def raise_if_any(self) -> None:
        """Raise one error for every problem found: 400 for shape problems, else the 422 key."""
        if not self.errors:
            return
        keys = [e["i18nKey"] for e in self.errors]
        if any(k.startswith("400") for k in keys):
            raise V2Error(400, "400.009", "The request is invalid; see errors for details.", self.errors)
        raise V2Error(int(keys[0].split(".")[0]), keys[0], self.errors[0]["message"], self.errors)
