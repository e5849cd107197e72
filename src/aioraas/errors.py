"""The exception hierarchy of aioraas.

Everything aioraas raises on purpose is a :class:`RaasError`:

- :class:`ValidationError`: a request was rejected on the client, before anything was sent.
- :class:`ApiError` and one subclass per HTTP status family: the API answered with an error.
- :class:`TransportError` / :class:`Timeout`: the API could not be reached or did not answer.
- :class:`AuthenticationError`: the OAuth 2.0 token endpoint refused to issue a token
  (:class:`TokenLimitExceeded` when the per-client issuance limit was reached).
- :class:`OutcomeUnknown`: a money-moving call may or may not have taken effect; it carries the
  ``external_ref_id`` to look the order up (or to resubmit it safely).
- :class:`AlreadyApplied`: a money-moving call did take effect, but its answer was lost (a retry
  with the same ``external_ref_id`` was refused as a duplicate).
- :class:`IdempotencyMismatch`: the API returned an existing order that does not match the request.
- :class:`WebhookSignatureError`: a webhook delivery's signature does not match its body.

Secrets never appear in the text of these errors: request bodies are not included, only the
server's answer, and fields marked sensitive in the spec are never echoed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import attrs
from multidict import CIMultiDict, CIMultiDictProxy

__all__ = [
    "AlreadyApplied",
    "ApiError",
    "AuthenticationError",
    "BadRequest",
    "CardDeclined",
    "CardNotActive",
    "ConfigurationError",
    "Conflict",
    "DecodeError",
    "FieldError",
    "Forbidden",
    "IdempotencyMismatch",
    "InsufficientFunds",
    "NotFound",
    "OutcomeUnknown",
    "RaasError",
    "RateLimited",
    "ServerError",
    "Timeout",
    "TokenLimitExceeded",
    "TransportError",
    "Unauthorized",
    "Unprocessable",
    "ValidationError",
    "WebhookSignatureError",
]


class RaasError(Exception):
    """Base class of every error aioraas raises on purpose."""


class ConfigurationError(RaasError, ValueError):
    """The client was set up wrongly (missing credentials, an unknown environment, plain http, ...)."""


@attrs.frozen
class FieldError:
    """One problem with one field, as reported by the client or by the API."""

    field: str
    message: str
    i18n_key: str | None = attrs.field(default=None, kw_only=True)
    code: str | None = attrs.field(default=None, kw_only=True)


class ValidationError(RaasError, ValueError):
    """A value broke a rule of the API's schema; raised before any request is sent.

    ``field`` is the attribute name (``external_ref_id``), ``wire_name`` the JSON name
    (``externalRefID``), ``rule`` a short name of the broken rule (``max_length``).
    """

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        wire_name: str | None = None,
        rule: str | None = None,
        model: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.wire_name = wire_name
        self.rule = rule
        self.model = model

    @property
    def errors(self) -> list[FieldError]:
        """The problem as a list of field errors, the same shape the API's errors use."""
        return [FieldError(self.wire_name or self.field or "", self.message)]


class DecodeError(RaasError):
    """A response body could not be turned into the expected model.

    The raw body is kept so that nothing the API said is lost.
    """

    def __init__(self, message: str, *, body: bytes | None = None, status: int | None = None) -> None:
        super().__init__(message)
        self.body = body
        self.status = status


class ApiError(RaasError):
    """The API answered with an error status.

    Attributes:
        status: the HTTP status code.
        request_id: the API's request id (body ``requestId`` or the ``X-REQUEST-ID`` header); quote it
            to Tango Card support.
        i18n_key: Tango's error key, e.g. ``"422.024"`` (v2), when present.
        message: the API's message (v2 ``message``, v1 ``error_message``).
        errors: per-field problems (v2 ``errors[]``, v1 ``invalid_inputs``).
        body: the parsed JSON body (a dict), or None when the body was not JSON.
        raw_body: the body bytes as received.
        headers: the response headers (names are case-insensitive: ``headers["x-request-id"]``).
    """

    def __init__(
        self,
        message: str,
        *,
        status: int,
        request_id: str | None = None,
        i18n_key: str | None = None,
        errors: Sequence[FieldError] = (),
        body: Mapping[str, Any] | None = None,
        raw_body: bytes = b"",
        headers: Mapping[str, str] | None = None,
        method: str | None = None,
        url: str | None = None,
        attempts: int = 1,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.attempts = attempts
        """How many HTTP attempts the call took (the last one got this answer)."""
        self.request_id = request_id
        self.i18n_key = i18n_key
        self.errors = list(errors)
        self.body = body
        self.raw_body = raw_body
        # Header names are case-insensitive (servers and HTTP/2 spell X-REQUEST-ID many ways).
        self.headers: Mapping[str, str] = CIMultiDictProxy(CIMultiDict(headers or {}))
        self.method = method
        self.url = url

    def __str__(self) -> str:
        parts = [f"{self.status}"]
        if self.i18n_key:
            parts.append(f"[{self.i18n_key}]")
        parts.append(self.message or "(no message)")
        text = " ".join(parts)
        if self.errors:
            text += "; " + "; ".join(f"{e.field}: {e.message}" for e in self.errors)
        if self.request_id:
            text += f" (request_id={self.request_id})"
        return text


class BadRequest(ApiError):
    """400: the request was malformed (or, for v1, a business failure without a finer class)."""


class Unauthorized(ApiError):
    """401: credentials missing or not accepted (v1 answers bad credentials with 403)."""


class InsufficientFunds(ApiError):
    """402 (v2), or v1's 400 "Funding Failed": the account balance does not cover the order.

    ``available_balance`` is set when the API reports it (v1, in cents).
    """

    def __init__(self, message: str, *, available_balance: int | None = None, **details: Any) -> None:
        super().__init__(message, **details)
        self.available_balance = available_balance


class Forbidden(ApiError):
    """403: the credentials are valid but the action is not allowed."""


class NotFound(ApiError):
    """404: the resource does not exist."""


class Conflict(ApiError):
    """409: the resource exists already, or the same externalRefID is being processed."""


class Unprocessable(ApiError):
    """422 (and v1's 403 "Validation failed"): the API rejected a field's value."""


class RateLimited(ApiError):
    """429: too many requests; ``retry_after`` is the server's hint in seconds, when given."""

    def __init__(self, message: str, *, retry_after: float | None = None, **details: Any) -> None:
        super().__init__(message, **details)
        self.retry_after = retry_after


class CardNotActive(ApiError):
    """429 with i18nKey 429.003: a card's registration is not complete yet; it can fund the account
    from its ``activation_date`` (minutes after registering). Not retried, and not a rate limit:
    ``except RateLimited`` (a back-off loop) does not catch it."""


class ServerError(ApiError):
    """5xx: the API failed; the request may or may not have taken effect."""


class CardDeclined(ApiError):
    """A credit card was declined while funding (v1 ``denial_code``, v2 402.051).

    ``denial_code`` is one of CC_DECLINED, CC_ERROR, CC_REVIEW, CC_UNKNOWN (v1);
    ``denial_message`` is safe to show to end users.
    """

    def __init__(
        self,
        message: str,
        *,
        denial_code: str | None = None,
        denial_message: str | None = None,
        **details: Any,
    ) -> None:
        super().__init__(message, **details)
        self.denial_code = denial_code
        self.denial_message = denial_message


class AuthenticationError(RaasError):
    """The OAuth 2.0 token endpoint did not issue a token.

    Attributes:
        status: the token endpoint's HTTP status (None when it gave no usable answer).
        text: the endpoint's own text (it answers errors as plain text), secrets removed.
        token_url: the endpoint asked.
    """

    def __init__(
        self, message: str, *, status: int | None = None, text: str = "", token_url: str | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.text = text
        self.token_url = token_url


class TokenLimitExceeded(AuthenticationError):
    """The token endpoint refused because this client asked for too many tokens (Tango's 400
    "... has exceeded the daily rate limit"). Not retried: share one token store between the
    processes of a client instead of asking in each."""


class TransportError(RaasError):
    """The API could not be reached, or the connection failed before a complete answer arrived."""

    def __init__(
        self, message: str, *, method: str | None = None, url: str | None = None, attempts: int = 1
    ) -> None:
        super().__init__(message)
        self.method = method
        self.url = url
        self.attempts = attempts
        """How many HTTP attempts were made before giving up."""


class Timeout(TransportError):
    """No complete answer arrived within the timeout."""


class OutcomeUnknown(RaasError):
    """A money-moving call may or may not have taken effect.

    Raised when a request was sent but no definite answer came back (timeout, dropped connection,
    5xx) and it could not be retried safely, or retries ran out. ``external_ref_id`` (when the call
    had one) identifies the order: look it up with ``raas.v2.orders.list(external_ref_id=...)`` or
    resubmit with the same id, which the API answers with the existing order.
    """

    def __init__(
        self,
        message: str,
        *,
        external_ref_id: str | None = None,
        attempts: int = 0,
        last_error: BaseException | None = None,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(message)
        self.external_ref_id = external_ref_id
        self.attempts = attempts
        self.last_error = last_error
        self.method = method
        self.url = url


class AlreadyApplied(RaasError):
    """A deposit or transfer went through, but the answer that described it was lost.

    An attempt was sent and its answer never arrived (timeout, dropped connection, 5xx); the retry,
    with the same externalRefID, was refused with 409 because the API already holds a deposit or
    transfer with that externalRefID. So the money moved, exactly once. Tango's API has no lookup
    of a deposit or transfer by externalRefID, so its details (a deposit's referenceDepositID and
    status) are not known here; check the account's balance (``raas.v2.accounts.get``) if needed.
    Do not send it again with a new externalRefID: that would move the money twice.

    ``external_ref_id`` is the id sent; ``request`` the request model that was sent;
    ``last_error`` the 409 answer.
    """

    def __init__(
        self,
        message: str,
        *,
        external_ref_id: str,
        attempts: int,
        last_error: BaseException | None = None,
        request: Any = None,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(message)
        self.external_ref_id = external_ref_id
        self.attempts = attempts
        self.last_error = last_error
        self.request = request
        self.method = method
        self.url = url


class IdempotencyMismatch(RaasError):
    """The API returned an existing order for this externalRefID, but it differs from the request.

    Tango returns the original order for a reused externalRefID even when the new request asked for
    a different item or amount. ``order`` is the existing order; ``differences`` maps a field name
    to ``(requested, existing)``.
    """

    def __init__(
        self,
        message: str,
        *,
        external_ref_id: str,
        order: Any,
        differences: Mapping[str, tuple[Any, Any]],
    ) -> None:
        super().__init__(message)
        self.external_ref_id = external_ref_id
        self.order = order
        self.differences = dict(differences)


class WebhookSignatureError(RaasError):
    """A webhook delivery failed verification: no signature header, a malformed one, or a mismatch.

    ``reason`` is a short machine-readable word (``missing_header``, ``malformed_header``,
    ``mismatch``). The text never contains the key, the signature or the body.
    """

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason
