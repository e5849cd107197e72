"""One HTTP call to the RaaS API: auth, headers, the attempt loop, rate limit, error mapping, logging.

Every resource method goes through :meth:`Transport.send`. The request body (and with it any
externalRefID) is fixed before the first attempt and sent unchanged on every retry. The
``Authorization`` header comes from an :class:`~aioraas.auth.Auth`: a constant for Basic; for OAuth
it is asked on each attempt, and a 401 to a request made with a token gets one refresh and one
retry of the same body. What is retried, and when, is decided by :mod:`aioraas._retry`; what an
error answer means, by :mod:`aioraas._errormap`.

Never logged, at any level: headers (so never the Authorization header or the platform key), request
or response bodies (card numbers, security codes, reward credentials).
"""

from __future__ import annotations

import asyncio
import enum
import functools
import logging
import random as _random
import time
from collections.abc import Awaitable, Callable, Mapping
from datetime import date, datetime
from typing import Final, Literal

import aiohttp
import attrs
import yarl
from multidict import CIMultiDict, CIMultiDictProxy

from aioraas import errors
from aioraas._errormap import api_error, parse_json_object
from aioraas._params import check_call_options
from aioraas._ratelimit import RateLimit
from aioraas._retry import Action, Outcome, classify_status, parse_retry_after, plan
from aioraas._slots import Slots
from aioraas.auth import Auth

logger = logging.getLogger("aioraas")

Api = Literal["v1", "v2"]
Params = Mapping[str, object]
CONNECT_TIMEOUT: Final = 10.0


@attrs.frozen
class Timing:
    """Where a client reads the time, waits and draws its jitter: the seam for tests.

    ``RaasClient(..., timing=Timing(sleep=fake_sleep, random=lambda: 0.0))`` makes retries wait
    nothing and back off by exact amounts; ``wall`` is what an HTTP-date Retry-After is read against.
    """

    monotonic: Callable[[], float] = time.monotonic
    wall: Callable[[], float] = time.time
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    random: Callable[[], float] = _random.random


class Pool:
    """The connections of one client, shared by its ``with_options`` copies."""

    def __init__(self, max_connections: int, session: aiohttp.ClientSession | None) -> None:
        self.max_connections = max_connections
        self._session = session
        self._owns_session = session is None
        # Calls wait for a slot here, before their timeout starts: time spent queueing for a pooled
        # connection must never count as "the request was sent".
        self.slots = Slots(max_connections)
        self._closed = False

    def session(self) -> aiohttp.ClientSession:
        if self._closed:
            raise errors.RaasError("this RaasClient is closed")
        if self._session is None:
            connector = aiohttp.TCPConnector(
                limit=self.max_connections, limit_per_host=self.max_connections, ttl_dns_cache=300
            )
            self._session = aiohttp.ClientSession(connector=connector, raise_for_status=False)
        return self._session

    async def close(self) -> None:
        """Close the session if this pool made it; a caller's session is left open."""
        self._closed = True
        if self._owns_session and self._session is not None:
            await self._session.close()
        self._session = None


@attrs.define  # one per call: a frozen class's __init__ costs twice as much; nothing mutates it
class Response:
    """A successful (2xx) answer."""

    status: int
    headers: Mapping[str, str]
    body: bytes
    request_id: str | None
    attempts: int


@attrs.define  # made on every attempt (frozen would cost more); nothing mutates it
class _Attempt:
    outcome: Outcome
    response: aiohttp.ClientResponse | None = None
    body: bytes = b""
    error: type[errors.TransportError] | None = None
    """For an attempt without an answer: the error to raise if it is the last, with ``message``."""
    message: str = ""


def _query_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value)


def _query(params: Params | None) -> list[tuple[str, str]] | None:
    """aiohttp query pairs: None dropped, lists as repeated keys, datetimes in ISO 8601."""
    if not params:
        return None
    pairs: list[tuple[str, str]] = []
    for key, value in params.items():
        if value is None:
            continue
        for item in value if isinstance(value, (list, tuple)) else [value]:
            pairs.append((key, _query_value(item)))
    return pairs


def _with_headers(base: Mapping[str, str], more: Mapping[str, str]) -> CIMultiDictProxy[str]:
    """``base`` with ``more`` added (a name in both takes the value of ``more``)."""
    merged = CIMultiDict(base)
    merged.update(more)
    return CIMultiDictProxy(merged)


@functools.lru_cache(maxsize=1024)
def _parsed_url(url: str) -> yarl.URL:
    """``url`` parsed as aiohttp would parse it; cached, since most calls repeat a few URLs."""
    return yarl.URL(url)


@functools.lru_cache(maxsize=32)
def _client_timeout(seconds: float) -> aiohttp.ClientTimeout:
    """The timeouts of one attempt (immutable, so one object per value is shared by every call)."""
    return aiohttp.ClientTimeout(total=seconds, sock_connect=min(seconds, CONNECT_TIMEOUT))


class Transport:
    """Sends requests for one :class:`~aioraas.RaasClient`; owns its session unless given one."""

    def __init__(
        self,
        *,
        roots: Mapping[Api, str],
        auth: Auth,
        user_agent: str,
        timeout: float,
        max_retries: int,
        pool: Pool,
        rate_limiter: RateLimit | None = None,
        timing: Timing = Timing(),  # immutable
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self._roots = dict(roots)
        self.auth = auth
        self._user_agent = user_agent
        self._extra_headers = dict(headers or {})
        self._authorization: str | None = None
        self._headers: CIMultiDictProxy[str]
        self._body_headers: CIMultiDictProxy[str]
        self._headers_for(auth.static_authorization or "", False)
        self.timeout = timeout
        self.max_retries = max_retries
        self.pool = pool
        self.rate_limiter = rate_limiter
        self.timing = timing
        self._slots = pool.slots
        self._clock = timing.monotonic

    @property
    def max_connections(self) -> int:
        return self.pool.max_connections

    def derive(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Transport:
        """A transport with other defaults and more headers, sharing this one's pool and rate limit."""
        copy = Transport.__new__(Transport)
        copy.__dict__.update(self.__dict__)
        copy.timeout = self.timeout if timeout is None else timeout
        copy.max_retries = self.max_retries if max_retries is None else max_retries
        if headers:
            copy._extra_headers = {**self._extra_headers, **headers}
            copy._authorization = None  # rebuilt with the extra headers (and per token, for OAuth)
            copy._headers_for(self._authorization or "", False)
        return copy

    async def close(self) -> None:
        await self.pool.close()

    def _headers_for(self, authorization: str, has_body: bool) -> CIMultiDictProxy[str]:
        # Built as the multidicts aiohttp works with, once per Authorization value (once for Basic,
        # once per token for OAuth), so that no request has to convert them.
        if authorization != self._authorization:
            base = CIMultiDict({"User-Agent": self._user_agent, "Accept": "application/json"})
            if authorization:
                base["Authorization"] = authorization
            base.update(self._extra_headers)
            self._headers = CIMultiDictProxy(base)
            with_body = CIMultiDict(base)
            with_body["Content-Type"] = "application/json"
            self._body_headers = CIMultiDictProxy(with_body)
            self._authorization = authorization
        return self._body_headers if has_body else self._headers

    def url(self, api: Api, path: str) -> str:
        return self._roots[api] + path

    async def send(
        self,
        method: str,
        api: Api,
        path: str,
        *,
        params: Params | None = None,
        body: bytes | None = None,
        idempotency_key: str | None = None,
        idempotent: bool = False,
        timeout: float | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        """Send one logical request, retrying per the policy; return a 2xx answer or raise.

        ``idempotency_key`` is the externalRefID inside ``body`` (it makes a POST retry-safe);
        ``idempotent`` marks a non-GET request that is safe to repeat by nature (a PATCH).
        ``headers`` are added to this call's (replacing the client's of the same name).
        """
        if timeout is not None or max_retries is not None:  # None: the client's own, checked already
            check_call_options(timeout, max_retries)
        url = self._roots[api] + path
        query = _query(params) if params else None
        retry_safe = method == "GET" or idempotent or idempotency_key is not None
        retry_limit = self.max_retries if max_retries is None else max_retries
        attempt_timeout = _client_timeout(self.timeout if timeout is None else timeout)
        auth = self.auth
        token_auth = auth.static_authorization is None
        if token_auth and api == "v1":
            raise errors.ConfigurationError(
                "the v1 API accepts HTTP Basic only: use a client made with platform_name= and platform_key="
            )
        sent_headers: Mapping[str, str] = self._body_headers if body is not None else self._headers
        if headers:
            sent_headers = _with_headers(sent_headers, headers)
        authorization = ""
        refreshed = False  # at most one token refresh per call
        free = 0  # the retry after a refresh does not count against max_retries
        ambiguous = False
        attempt_number = 0
        while True:
            attempt_number += 1
            if token_auth:
                authorization = await auth.authorization(self.pool.session())
                sent_headers = self._headers_for(authorization, body is not None)
                if headers:
                    sent_headers = _with_headers(sent_headers, headers)
            attempt = await self._attempt(
                method, url, query, body, sent_headers, attempt_timeout, attempt_number
            )
            if isinstance(attempt, Response):
                # Success (a 2xx), decided without the policy (plan() says DONE for any answer).
                if self.rate_limiter is not None:
                    self.rate_limiter.record_success()
                return attempt
            response = attempt.response
            if token_auth and not refreshed and response is not None and response.status == 401:
                # The token was refused (expired early, revoked): a 401 acted on nothing, so the
                # same body goes again once, with a new token, without counting as a retry.
                refreshed = True
                if await auth.rejected(authorization, self.pool.session()):
                    free = 1
                    continue
            ambiguous = ambiguous or attempt.outcome.ambiguous
            retry_after = None
            if attempt.outcome is Outcome.RATE_LIMITED and attempt.response is not None:
                retry_after = parse_retry_after(
                    attempt.response.headers.get("Retry-After"), self.timing.wall()
                )
            decision = plan(
                attempt.outcome,
                retry_safe=retry_safe,
                has_idempotency_key=idempotency_key is not None,
                retries_done=attempt_number - 1 - free,
                max_retries=retry_limit,
                retry_after=retry_after,
                random=self.timing.random,
            )
            if decision.action is Action.RETRY:
                if attempt.outcome is Outcome.RATE_LIMITED and self.rate_limiter is not None:
                    self.rate_limiter.slow_down(decision.delay)
                self._log_retry(
                    method, url, attempt, decision.delay, attempt_number, retry_limit, idempotency_key
                )
                await self.timing.sleep(decision.delay)
                continue
            raise self._failure(
                api,
                method,
                url,
                attempt,
                decision.action,
                attempt_number,
                ambiguous,
                idempotency_key,
                retry_after,
            )

    async def _attempt(
        self,
        method: str,
        url: str,
        query: list[tuple[str, str]] | None,
        body: bytes | None,
        headers: Mapping[str, str],
        timeout: aiohttp.ClientTimeout,
        number: int,
    ) -> Response | _Attempt:
        """One HTTP attempt: the :class:`Response` of a 2xx answer, else what happened (an answer
        of 300 or more, or none) for the policy to decide on."""
        session = self.pool.session()
        slots = self._slots
        if not slots.try_take():
            await slots.take()
        try:
            if self.rate_limiter is not None:
                await self.rate_limiter.acquire()
            started = self._clock()
            try:
                async with session.request(
                    method,
                    _parsed_url(url),
                    params=query,
                    data=body,
                    headers=headers,
                    timeout=timeout,
                    allow_redirects=False,
                ) as response:
                    payload = await response.read()
            except aiohttp.ClientSSLError as exc:
                # A certificate problem does not go away by retrying; never fall back to plain text.
                raise errors.TransportError(
                    f"TLS error talking to the API: {exc}", method=method, url=url
                ) from exc
            except (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError) as exc:
                return self._lost(Outcome.NOT_SENT, method, url, started, exc, f"could not connect: {exc}")
            except TimeoutError as exc:
                return self._lost(Outcome.LOST, method, url, started, exc, "timed out waiting for the answer")
            except aiohttp.ClientError as exc:
                return self._lost(Outcome.LOST, method, url, started, exc, f"connection failed: {exc!r}")
        finally:
            slots.give()
        status = response.status
        if status < 300:
            if logger.isEnabledFor(logging.DEBUG):
                self._log_answer(method, url, response, started)
            # Positional: one per call, and keywords cost more to pass.
            return Response(status, response.headers, payload, response.headers.get("X-REQUEST-ID"), number)
        if status < 400:  # what classify_status says of any answer below 400, without the call
            outcome = Outcome.ANSWERED
        else:
            i18n_key = None
            if status in (409, 429):  # the key tells 409.002 and 429.003 from other 409s and 429s
                i18n_key = str((parse_json_object(payload) or {}).get("i18nKey") or "") or None
            outcome = classify_status(status, i18n_key)
        if logger.isEnabledFor(logging.DEBUG):
            self._log_answer(method, url, response, started)
        return _Attempt(outcome, response, payload)

    def _log_answer(self, method: str, url: str, response: aiohttp.ClientResponse, started: float) -> None:
        logger.debug(
            "%s %s -> %d in %.1f ms (request_id=%s)",
            method,
            url,
            response.status,
            (self._clock() - started) * 1000,
            response.headers.get("X-REQUEST-ID"),
        )

    def _lost(
        self, outcome: Outcome, method: str, url: str, started: float, exc: BaseException, message: str
    ) -> _Attempt:
        error_cls = errors.Timeout if isinstance(exc, TimeoutError) else errors.TransportError
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("%s %s -> %s after %.1f ms", method, url, message, (self._clock() - started) * 1000)
        return _Attempt(outcome, error=error_cls, message=f"{method} {url}: {message}")

    def _log_retry(
        self,
        method: str,
        url: str,
        attempt: _Attempt,
        delay: float,
        attempt_number: int,
        retry_limit: int,
        idempotency_key: str | None,
    ) -> None:
        if not logger.isEnabledFor(logging.INFO):
            return
        status = f"HTTP {attempt.response.status}" if attempt.response is not None else attempt.outcome.value
        key = f" externalRefID={idempotency_key}" if idempotency_key else ""
        logger.info(
            "retrying %s %s%s in %.2f s after %s (attempt %d of %d)",
            method,
            url,
            key,
            delay,
            status,
            attempt_number + 1,
            retry_limit + 1,
        )

    def _failure(
        self,
        api: Api,
        method: str,
        url: str,
        attempt: _Attempt,
        action: Action,
        attempts: int,
        ambiguous: bool,
        idempotency_key: str | None,
        retry_after: float | None,
    ) -> errors.RaasError:
        last: errors.RaasError
        if attempt.response is not None:
            last = api_error(
                api,
                status=attempt.response.status,
                headers=attempt.response.headers,
                body=attempt.body,
                reason=attempt.response.reason,
                method=method,
                url=url,
                retry_after=retry_after,
                attempts=attempts,
            )
        else:
            assert attempt.error is not None
            tries = f" (after {attempts} attempts)" if attempts > 1 else ""
            last = attempt.error(f"{attempt.message}{tries}", method=method, url=url, attempts=attempts)
        if action is Action.UNKNOWN:
            return errors.OutcomeUnknown(
                f"{method} {url} may or may not have taken effect ({attempt.outcome.value}: {last}). "
                "It has no externalRefID, so it was not retried: check before sending it again.",
                attempts=attempts,
                last_error=last,
                method=method,
                url=url,
            )
        if idempotency_key is not None and ambiguous:
            if isinstance(last, errors.Conflict):
                # Deposits and transfers answer a reused externalRefID with 409, not with the original.
                advice = (
                    "The API now reports this externalRefID as already used, so an earlier attempt most "
                    "likely went through; sending it again cannot act twice (it is refused with 409)."
                )
            else:
                advice = (
                    "Sending it again with the same externalRefID is safe: the API does not act twice "
                    "(an order answers with the existing order)."
                )
            return errors.OutcomeUnknown(
                f"{method} {url} with externalRefID={idempotency_key} may or may not have taken effect after "
                f"{attempts} attempts (last: {last}). {advice}",
                external_ref_id=idempotency_key,
                attempts=attempts,
                last_error=last,
                method=method,
                url=url,
            )
        return last
