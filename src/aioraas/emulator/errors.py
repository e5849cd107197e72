"""Tango's error shapes: v1 ``{success:false, error_message, ...}``, v2 ErrorInfo and ErrorDTO.

v2 keys and texts come from Tango's catalogue (:mod:`aioraas.emulator.messages`); docs/emulator.md says
which key, status and shape each situation gets, and why.

Handlers raise :class:`V1Error` or :class:`V2Error`; the app turns them into responses with
:func:`render`, which fills in what only the request knows (request id, path, time).
"""

from __future__ import annotations

import abc
from collections.abc import Mapping, Sequence
from datetime import datetime
from http import HTTPStatus
from typing import Any

from aiohttp import web

from aioraas.emulator.clock import iso_millis
from aioraas.emulator.jsonio import json_response
from aioraas.emulator.messages import message

__all__ = [
    "VALIDATION_CODE",
    "ApiFailure",
    "V1Error",
    "V2Error",
    "field_error",
    "render",
    "v1_validation",
    "v2_for_status",
]


class ApiFailure(Exception, abc.ABC):
    """An error answer from the emulated API."""

    def __init__(self, status: int, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(status)
        self.status = status
        self.headers = dict(headers or {})

    @abc.abstractmethod
    def body(self, request_id: str, path: str, now: datetime) -> dict[str, Any]:
        """The JSON body of the answer."""


class V1Error(ApiFailure):
    """A v1 error: ``success: false`` plus ``fields`` (``error_message``, ``invalid_inputs``, ...)."""

    def __init__(
        self, status: int, message: str | None = None, *, reason: str | None = None, **fields: Any
    ) -> None:
        super().__init__(status, {"X-Status-Reason": reason} if reason else None)
        self.fields: dict[str, Any] = {"success": False}
        if message is not None:
            self.fields["error_message"] = message
        self.fields.update(fields)

    def body(self, request_id: str, path: str, now: datetime) -> dict[str, Any]:
        return self.fields


def v1_validation(problems: Sequence[tuple[str, str]]) -> V1Error:
    """v1 "Input Validation Failed": 403 with ``invalid_inputs: [{field, error}]``."""
    return V1Error(
        403,
        "Validation failed",
        reason="Validation failed",
        invalid_inputs=[{"field": name, "error": error} for name, error in problems],
    )


#: ``code`` of the items of Tango's validation answers (HTTP 400), whatever their i18nKey.
VALIDATION_CODE = 400500


def field_error(
    path: str,
    i18n_key: str,
    *tokens: object,
    validation: bool = True,
    constraint: str | None = None,
    invalid_value: Any = None,
) -> dict[str, Any]:
    """One item of a v2 ``errors[]`` list: the catalogue text of ``i18n_key`` with ``tokens`` filled in.

    ``validation`` items (request shape, HTTP 400) carry ``code`` 400500 as Tango documents; the
    others (business rules, HTTP 422) carry the key's digits.
    """
    item: dict[str, Any] = {
        "path": path,
        "code": VALIDATION_CODE if validation else int(i18n_key.replace(".", "")),
        "i18nKey": i18n_key,
        "message": message(i18n_key, *tokens),
    }
    if tokens:
        item["i18nTokenReplacements"] = [str(t) for t in tokens]
    if constraint is not None:
        item["constraint"] = constraint
    if invalid_value is not None:
        item["invalidValue"] = invalid_value
    return item


class V2Error(ApiFailure):
    """A v2 error answer: ``i18n_key`` is Tango's message key (e.g. ``"404.003"``) and the message is
    the catalogue's text for it with ``tokens`` filled in.

    The body is ErrorInfo, or with ``dto`` the ErrorDTO ``{message, i18nKey, i18nTokenReplacements}``
    that some customer and account endpoints send instead.
    """

    def __init__(
        self,
        status: int,
        i18n_key: str,
        *tokens: object,
        errors: Sequence[Mapping[str, Any]] = (),
        headers: Mapping[str, str] | None = None,
        dto: bool = False,
    ) -> None:
        super().__init__(status, headers)
        self.i18n_key = i18n_key
        self.tokens = [str(t) for t in tokens]
        self.message = message(i18n_key, *tokens)
        self.errors = list(errors)
        self.dto = dto

    @classmethod
    def single(
        cls, status: int, i18n_key: str, *tokens: object, path: str, validation: bool = False
    ) -> V2Error:
        """An error whose one ``errors[]`` item, for field ``path``, carries the same key."""
        item = field_error(path, i18n_key, *tokens, validation=validation)
        return cls(status, i18n_key, *tokens, errors=[item])

    @classmethod
    def for_items(cls, status: int, items: Sequence[Mapping[str, Any]]) -> V2Error:
        """An error listing ``items``; its own key and message are the first item's."""
        first = items[0]
        return cls(status, first["i18nKey"], *first.get("i18nTokenReplacements", ()), errors=items)

    def body(self, request_id: str, path: str, now: datetime) -> dict[str, Any]:
        if self.dto:
            return {"message": self.message, "i18nKey": self.i18n_key, "i18nTokenReplacements": self.tokens}
        body: dict[str, Any] = {
            "timestamp": iso_millis(now),
            "requestId": request_id,
            "path": path,
            "httpCode": self.status,
            "httpPhrase": _phrase(self.status),
            "i18nKey": self.i18n_key,
            "message": self.message,
        }
        if self.errors:
            body["errors"] = self.errors
        return body


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


# Generic answers for statuses that have no more specific key (router misses, faults, crashes);
# any other status gets its class's generic key.
_V2_GENERIC: dict[int, str] = {400: "400.001", 404: "404.001", 500: "500.001", 503: "503.502"}


def v2_for_status(status: int, method: str | None = None) -> V2Error:
    """A generic v2 error for ``status`` (router misses, oversized bodies, injected 5xx, crashes)."""
    if status == 405:
        return V2Error(405, "405.002", method or "")
    key = _V2_GENERIC.get(status) or _V2_GENERIC[500 if status >= 500 else 400]
    return V2Error(status, key)


def render(failure: ApiFailure, request_id: str, path: str, now: datetime) -> web.Response:
    """The response for ``failure``."""
    return json_response(failure.body(request_id, path, now), failure.status, failure.headers)
