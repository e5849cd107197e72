"""Field checks for v1 request bodies, reported as v1's ``invalid_inputs: [{field, error}]``."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from aioraas.emulator.errors import v1_validation

__all__ = ["ACCOUNT_IDENTIFIER", "EMAIL", "V1Checker"]

#: v1 account identifiers: 5-96 of letters, digits, underscore, dash or plus.
ACCOUNT_IDENTIFIER = re.compile(r"[+\w-]{5,96}", re.ASCII)
EMAIL = re.compile(r"\S+@\S+")


class V1Checker:
    """Collects problems with one v1 body; :meth:`raise_if_any` answers 403 "Validation failed"."""

    __slots__ = ("_body", "_prefix", "problems")

    def __init__(
        self, body: Mapping[str, Any], prefix: str = "", problems: list[tuple[str, str]] | None = None
    ):
        self._body = body
        self._prefix = prefix
        self.problems: list[tuple[str, str]] = [] if problems is None else problems

    def problem(self, name: str, error: str) -> None:
        """Record that field ``name`` is invalid."""
        self.problems.append((self._prefix + name, error))

    def text(
        self,
        name: str,
        *,
        required: bool = True,
        min_len: int = 0,
        max_len: int | None = None,
        pattern: re.Pattern[str] | None = None,
    ) -> str | None:
        """A string field (required unless told otherwise, as most v1 fields are)."""
        value = self._body.get(name)
        if value is None:
            if required:
                self.problem(name, "is required")
            return None
        if not isinstance(value, str):
            self.problem(name, "must be a string")
            return None
        if len(value) < min_len:
            self.problem(name, f"must be at least {min_len} characters long")
            return None
        if max_len is not None and len(value) > max_len:
            self.problem(name, f"must be at most {max_len} characters long")
            return None
        if pattern is not None and not pattern.fullmatch(value):
            self.problem(name, f"does not match the pattern {pattern.pattern}")
            return None
        return value

    def cents(self, name: str, *, required: bool, minimum: int, maximum: int | None = None) -> int | None:
        """A whole number of cents."""
        value = self._body.get(name)
        if value is None:
            if required:
                self.problem(name, "is required")
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
            self.problem(name, "must be a whole number of cents")
            return None
        cents = int(value)
        if cents < minimum or (maximum is not None and cents > maximum):
            bound = f"between {minimum} and {maximum}" if maximum is not None else f"at least {minimum}"
            self.problem(name, f"must be {bound}")
            return None
        return cents

    def boolean(self, name: str) -> bool | None:
        """An optional boolean field."""
        value = self._body.get(name)
        if value is None or isinstance(value, bool):
            return value
        self.problem(name, "must be true or false")
        return None

    def nested(self, name: str) -> V1Checker | None:
        """A required nested object, checked into the same problem list."""
        value = self._body.get(name)
        if not isinstance(value, dict):
            self.problem(name, "is required" if value is None else "must be an object")
            return None
        return V1Checker(value, f"{self._prefix}{name}.", self.problems)

    def raise_if_any(self) -> None:
        """Raise the v1 validation error if any problem was found."""
        if self.problems:
            raise v1_validation(self.problems)
