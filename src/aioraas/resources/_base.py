"""What every resource group shares: send through the transport, decode into a model."""

from __future__ import annotations

import logging
from collections.abc import Coroutine
from typing import Any, ClassVar, TypeVar

import cattrs

from aioraas import _convert
from aioraas._params import check_call_options
from aioraas._transport import Api, Params, Response, Transport
from aioraas.errors import DecodeError

T = TypeVar("T")
logger = logging.getLogger("aioraas")


class Resource:
    """A group of API methods. Methods stay thin: build the request, send it, decode the answer."""

    api: ClassVar[Api]

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def _send(
        self,
        method: str,
        path: str,
        *,
        params: Params | None = None,
        body: Any = None,
        idempotency_key: str | None = None,
        idempotent: bool = False,
        timeout: float | None,
        max_retries: int | None,
    ) -> Coroutine[Any, Any, Response]:
        # Returns the transport's coroutine itself (one coroutine less per call); callers await it.
        return self._transport.send(
            method,
            self.api,
            path,
            params=params,
            body=None if body is None else _convert.dumps(body),
            idempotency_key=idempotency_key,
            idempotent=idempotent,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _json(self, response: Response) -> Any:
        try:
            data = _convert.parse_json(response.body)
        except ValueError as exc:  # orjson.JSONDecodeError and json.JSONDecodeError both are
            raise DecodeError(
                f"the API answered {response.status} with a body that is not JSON: {exc}",
                body=response.body,
                status=response.status,
            ) from exc
        if self.api == "v1" and isinstance(data, dict) and data.get("system_message"):
            logger.warning("Tango Card system message: %s", data["system_message"])
        return data

    def _decode(self, response: Response, cls: type[T], data: Any = None) -> T:
        """Decode ``data`` (default: the response's JSON) into ``cls``; never loses the raw body."""
        if data is None:
            data = self._json(response)
        try:
            return _convert.structure(data, cls)
        except (cattrs.BaseValidationError, TypeError, ValueError, KeyError) as exc:
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

    def _fetch_json(self, path: str, filters: Params, timeout: float | None, max_retries: int | None) -> Any:
        """A page fetcher for the paginators: GET ``path`` with the filters plus the page parameters."""
        check_call_options(timeout, max_retries)  # now, not when the first page is fetched

        async def fetch(page_params: dict[str, Any]) -> Any:
            response = await self._send(
                "GET", path, params={**filters, **page_params}, timeout=timeout, max_retries=max_retries
            )
            return self._json(response)

        return fetch
