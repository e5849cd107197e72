"""Tango's error shapes: v1 ``{success:false, error_message, ...}`` and v2 ErrorInfo.

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

__all__ = ["ApiFailure", "V1Error", "V2Error", "field_error", "render", "v1_validation", "v2_for_status"]


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


def field_error(
    path: str,
    message: str,
    *,
    i18n_key: str = "400.009",
    constraint: str | None = None,
    invalid_value: Any = None,
) -> dict[str, Any]:
    """One item of a v2 ``errors[]`` list."""
    item: dict[str, Any] = {
        "path": path,
        "code": int(i18n_key.replace(".", "")),
        "i18nKey": i18n_key,
        "message": message,
    }
    if constraint is not None:
        item["constraint"] = constraint
    if invalid_value is not None:
        item["invalidValue"] = invalid_value
    return item


class V2Error(ApiFailure):
    """A v2 ErrorInfo answer; ``i18n_key`` is Tango's message key, e.g. ``"422.024"``."""

    def __init__(
        self,
        status: int,
        i18n_key: str,
        message: str,
        errors: Sequence[Mapping[str, Any]] = (),
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(status, headers)
        self.i18n_key = i18n_key
        self.message = message
        self.errors = list(errors)

    @classmethod
    def single(cls, status: int, i18n_key: str, message: str, path: str | None = None) -> V2Error:
        """An error with one ``errors[]`` item carrying the same key (Tango's 422 style)."""
        errors = [field_error(path, message, i18n_key=i18n_key)] if path else []
        return cls(status, i18n_key, message, errors)

    def body(self, request_id: str, path: str, now: datetime) -> dict[str, Any]:
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


# Generic answers for statuses that have no more specific key (router misses, faults).
_V2_GENERIC: dict[int, tuple[str, str]] = {
    404: ("404.001", "The requested resource was not found."),
    405: ("405.001", "The request method is not supported for this resource."),
    500: ("500.005", "An unexpected error occurred while processing the request."),
    503: ("503.501", "Service timed out. We recommend implementing an incremental retry."),
}


def v2_for_status(status: int, message: str | None = None) -> V2Error:
    """A generic v2 error for ``status`` (router misses, injected 5xx)."""
    key, default = _V2_GENERIC.get(status, (f"{status}.000", _phrase(status)))
    return V2Error(status, key, message or default)


def render(failure: ApiFailure, request_id: str, path: str, now: datetime) -> web.Response:
    """The response for ``failure``."""
    return json_response(failure.body(request_id, path, now), failure.status, failure.headers)
