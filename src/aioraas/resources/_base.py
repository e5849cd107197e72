"""What every resource class shares: the calls the generated methods are made of.

The classes in :mod:`aioraas.resources._generated` are written by ``make codegen`` from
``spec/<version>/openapi.json``; each method builds its path, query and body, sends them through
:meth:`Resource._send` and decodes the answer through :meth:`Resource._decode` (list pages
included). What the spec cannot say lives in the hand-written modules next to this one.
"""

from __future__ import annotations

import logging
import operator
import uuid
from collections.abc import Callable, Coroutine, Mapping
from typing import Any, ClassVar, Generic, TypedDict, TypeVar, Unpack, cast, overload

import attrs
import cattrs
import orjson

from aioraas import _convert
from aioraas._modelkit import UNSET, RequestModel, replace
from aioraas._pagination import (
    Paginator,
    cursor_paginator,
    keyset_paginator,
    offset_paginator,
    page_number_paginator,
)
from aioraas._params import check_call_options, request_param
from aioraas._transport import Api, Params, Response, Transport
from aioraas.errors import DecodeError, OutcomeUnknown

T = TypeVar("T")
M = TypeVar("M", bound=RequestModel)
logger = logging.getLogger("aioraas")


class RequestOptions(TypedDict, total=False):
    """Per-call options every method accepts as keywords."""

    timeout: float | None
    """Seconds per attempt (default: the client's)."""
    max_retries: int | None
    """Retries after the first attempt (default: the client's)."""
    extra_headers: Mapping[str, str] | None
    """Headers added to this call (they replace the client's of the same name)."""
    extra_query: Mapping[str, object] | None
    """Query parameters added to this call, for ones the spec does not name yet."""
    extra_body: Mapping[str, object] | None
    """JSON fields merged into the request body, for ones the spec does not name yet."""


OPTION_NAMES: frozenset[str] = frozenset(RequestOptions.__annotations__)
_NO_OPTIONS: RequestOptions = {}  # shared by the calls that pass none: nothing writes to it


class _How(TypedDict, total=False):
    """How a generated method sends its operation (see :meth:`Resource._call`)."""

    query: Params
    """The query parameters by wire name (None values are left out)."""
    body: Any
    """The request model."""
    key: str
    """The idempotency key inside the body (it makes a POST retry-safe)."""
    idempotent: bool
    """A non-GET request that is safe to repeat by nature (a PATCH)."""
    unwrap: str
    """v1's envelope key: the answer is ``{"success": true, <key>: {...}}`` (or flat)."""
    on_unknown: Callable[[OutcomeUnknown, Any], None]
    """Called with the error and the body when the outcome is unknown; it may raise a better one."""


@attrs.frozen
class RawResponse(Generic[T]):
    """An answer with its HTTP details: what ``with_raw_response`` methods return."""

    status: int
    headers: Mapping[str, str]
    request_id: str | None
    """The API's X-REQUEST-ID, for Tango Card support."""
    attempts: int
    """How many HTTP attempts the call took."""
    parsed: T
    """What the method returns without ``with_raw_response``."""
    body: bytes = attrs.field(repr=False)

    @classmethod
    def of(cls, response: Response, parsed: T) -> RawResponse[T]:
        return cls(
            status=response.status,
            headers=response.headers,
            request_id=response.request_id,
            attempts=response.attempts,
            parsed=parsed,
            body=response.body,
        )


def new_external_ref_id(prefix: str = "aioraas") -> str:
    """A fresh externalRefID: the prefix (letters and digits) followed by 32 hex digits.

    Generated ids are letters and digits only (``^[a-zA-Z0-9]{1,100}$``): Tango describes
    externalRefID as "a maximum of 100 alphanumeric characters" and its catalogue (422.122) quotes
    that pattern, so an id made here is valid under either reading. Ids that callers pass are
    theirs and are sent as given.
    """
    if not prefix.isascii() or not prefix.isalnum():
        raise ValueError(f"id prefix must be ASCII letters and digits, got {prefix!r}")
    return f"{prefix}{uuid.uuid4().hex}"


def json_body(response: Response, *, empty: Any = ...) -> Any:
    """The answer's JSON; :class:`~aioraas.errors.DecodeError` (with the raw body) when it is not
    JSON. ``empty``: what an empty body stands for (by default, an empty body is not JSON)."""
    if empty is not ... and not response.body.strip():
        return empty
    try:
        return _convert.parse_json(response.body)
    except ValueError as exc:  # orjson.JSONDecodeError and json.JSONDecodeError both are
        raise DecodeError(
            f"the API answered {response.status} with a body that is not JSON: {exc}",
            body=response.body,
            status=response.status,
        ) from exc


def _getter(path: str) -> Callable[[Any], Any]:
    """``page.total_count`` of an object; None when a step on the way is None."""
    steps = [operator.attrgetter(name) for name in path.split(".")]

    def get(obj: Any) -> Any:
        for step in steps:
            if obj is None:
                return None
            obj = step(obj)
        return obj

    return get


class RawResource:
    """What ``with_raw_response`` gives: the resource's methods, each answering with a
    :class:`RawResponse`. Typed by the generated ``<Class>WithRawResponse`` protocols."""

    def __init__(self, resource: Resource) -> None:
        self._resource = type(resource)(resource._transport, raw=True)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._resource, name)


class Resource:
    """A group of API methods. Generated methods stay thin: build the request, send, decode."""

    api: ClassVar[Api]

    def __init__(self, transport: Transport, *, raw: bool = False) -> None:
        self._transport = transport
        self._raw = raw

    # -- requests ------------------------------------------------------------------------------------

    @staticmethod
    def _body(cls: type[M], request: M | None, fields: dict[str, Any]) -> tuple[M, RequestOptions]:
        """The request model (given, or built from keyword fields) and the per-call options."""
        options: Any = (
            _NO_OPTIONS  # most calls pass none: no set and no comprehension for them
            if OPTION_NAMES.isdisjoint(fields)
            else {name: fields.pop(name) for name in OPTION_NAMES.intersection(fields)}
        )
        if request is None:
            return cls(**fields), options
        if fields:
            raise TypeError(f"pass either a {cls.__name__} or keyword fields, not both")
        return request_param("request", request, cls), options

    @staticmethod
    def _keyed(request: M, attribute: str, prefix: str) -> tuple[M, str]:
        """The request with its idempotency key (the caller's, or a new one), and that key."""
        current = getattr(request, attribute)
        if current is UNSET:
            current = new_external_ref_id(prefix)
            request = replace(request, attribute, current)
        return request, str(current)

    def _send(
        self,
        method: str,
        path: str,
        options: RequestOptions,
        *,
        query: Params | None = None,
        body: Any = None,
        idempotency_key: str | None = None,
        idempotent: bool = False,
    ) -> Coroutine[Any, Any, Response]:
        # Returns the transport's coroutine itself (one coroutine less per call); callers await it.
        encoded = None if body is None else _convert.dumps(body)
        if options:
            extra_query = options.get("extra_query")
            if extra_query:
                query = {**(query or {}), **extra_query}
            extra_body = options.get("extra_body")
            if extra_body:
                base = {} if body is None else _convert.unstructure(body)
                encoded = orjson.dumps({**base, **extra_body})
        return self._transport.send(
            method,
            self.api,
            path,
            params=query,
            body=encoded,
            idempotency_key=idempotency_key,
            idempotent=idempotent,
            timeout=options.get("timeout"),
            max_retries=options.get("max_retries"),
            headers=options.get("extra_headers"),
        )

    @overload
    async def _call(
        self, method: str, path: str, options: RequestOptions, answer: None, **how: Unpack[_How]
    ) -> None: ...

    @overload
    async def _call(
        self, method: str, path: str, options: RequestOptions, answer: type[T], **how: Unpack[_How]
    ) -> T: ...

    async def _call(
        self, method: str, path: str, options: RequestOptions, answer: Any, **how: Unpack[_How]
    ) -> Any:
        """Send one operation and decode its answer into ``answer`` (None: no body to read).

        See :class:`_How` for the rest.
        """
        try:
            response = await self._send(
                method,
                path,
                options,
                query=how.get("query"),
                body=how.get("body"),
                idempotency_key=how.get("key"),
                idempotent=how.get("idempotent", False),
            )
        except OutcomeUnknown as exc:
            on_unknown = how.get("on_unknown")
            if on_unknown is not None:
                on_unknown(exc, how.get("body"))
            raise
        value: Any = None
        if answer is not None:
            unwrap = how.get("unwrap")
            value = (
                self._decode_wrapped(response, answer, unwrap) if unwrap else self._decode(response, answer)
            )
        return self._result(response, value)

    # -- answers -------------------------------------------------------------------------------------

    def _json(self, response: Response) -> Any:
        data = json_body(response)
        if self.api == "v2":
            return data
        if isinstance(data, dict) and data.get("system_message"):
            logger.warning("Tango Card system message: %s", data["system_message"])
        return data

    def _decode(self, response: Response, cls: type[T], data: Any = None) -> T:
        """Decode ``data`` (default: the response's JSON) into ``cls``; never loses the raw body.

        Every answer goes through here, list pages included.
        """
        if data is None:
            data = self._json(response)
        try:
            return _convert.structure_answer(data, cls, len(response.body))
        except (cattrs.BaseValidationError, TypeError, ValueError, KeyError, AttributeError) as exc:
            details = (
                "; ".join(cattrs.transform_error(exc)) if isinstance(exc, cattrs.BaseValidationError) else exc
            )
            raise DecodeError(
                f"could not read {getattr(cls, '__name__', cls)} from the API's answer: {details}",
                body=response.body,
                status=response.status,
            ) from exc

    def _decode_wrapped(self, response: Response, cls: type[T], key: str) -> T:
        """v1 wraps objects as ``{"success": true, key: {...}}``; some v1.1 answers are flat."""
        data = self._json(response)
        inner = data.get(key) if isinstance(data, dict) else None
        return self._decode(response, cls, inner if isinstance(inner, dict) else data)

    def _result(self, response: Response, value: T) -> T:
        if not self._raw:
            return value
        return cast(T, RawResponse.of(response, value))  # typed by the <Class>WithRawResponse protocols

    # -- lists ---------------------------------------------------------------------------------------

    def _pages(self, path: str, query: Params, options: RequestOptions) -> Any:
        """A page fetcher: GET ``path`` with the filters plus the page's parameters, then decode it."""

        async def fetch(page_params: dict[str, Any], cls: type[T], list_cls: Any = None) -> T:
            response = await self._send("GET", path, options, query={**query, **page_params})
            data = self._json(response)
            target: type[T] = list_cls if isinstance(data, list) and list_cls else cls
            return self._decode(response, target, data)

        return fetch

    def _paginate(
        self,
        style: str,
        path: str,
        query: Params,
        options: RequestOptions,
        envelope: type[Any],
        *,
        items: str,
        size: int,
        item: type[Any] | None = None,
        total: str | None = None,
        start: int = 0,
        next_keys: str | None = None,
        next_cursor: str | None = None,
    ) -> Paginator[Any]:
        """The paginator of a list operation, in the style its ``x-aioraas-pagination`` names."""
        check_call_options(options.get("timeout"), options.get("max_retries"))  # now, not at page 1
        fetch = self._pages(path, query, options)
        if style == "v2-cursor":
            assert item is not None
            following = _getter(next_cursor) if next_cursor is not None else None
            return cursor_paginator(
                fetch, envelope, item, _getter(items), max_results=size, next_of=following
            )
        if style == "v2-keyset":
            assert next_keys is not None
            return keyset_paginator(
                fetch, envelope, _getter(items), _getter(next_keys), elements_per_block=size
            )
        assert total is not None
        if style == "v2-page-number":
            return page_number_paginator(
                fetch, envelope, _getter(items), _getter(total), elements_per_block=size
            )
        return offset_paginator(fetch, envelope, _getter(items), _getter(total), limit=size, start=start)
