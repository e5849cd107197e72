"""The request pipeline, in order: observe, authenticate, rate limit, faults, JSON only, errors.

Each step does one job; one aiohttp middleware, :func:`pipeline`, runs them in that order (one
middleware instead of six: every layer of aiohttp's middleware chain costs a coroutine and a
wrapper per request). Only handlers raise :class:`~aioraas.emulator.errors.ApiFailure`; the last
step renders those, and the earlier ones build their own answers with :func:`failure_response`, so
every answer (including faults and 429s) goes through one renderer.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hmac
import logging
import os
import random
from functools import partial

from aiohttp import hdrs, web
from aiohttp.typedefs import Handler

from aioraas.emulator.context import EmulatorContext, context
from aioraas.emulator.errors import ApiFailure, V1Error, V2Error, render, v2_for_status
from aioraas.emulator.faults import BEFORE_COMMIT
from aioraas.emulator.incoming import api_of
from aioraas.emulator.oauth import TOKEN_PATH

__all__ = ["MIDDLEWARES", "REQUEST_ID", "add_request_id", "failure_response", "new_request_id", "pipeline"]

log = logging.getLogger("aioraas.emulator")

REQUEST_ID = web.RequestKey("request_id", str)
_REQUEST_ID_HEADER = "X-REQUEST-ID"
REALM = 'Basic realm="aioraas-emulator"'
_JSON_TYPES = ("application/json",)
#: Answered without credentials: Tango's own SDK (raas 2.2.0) calls GET /pulse without them.
_OPEN_PATHS = frozenset({"/raas/v2/pulse"})

# A page like the one an nginx proxy in front of the API serves when the upstream fails.
_HTML_502 = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)


# Request ids only need to be unique, not secret: a generator of their own (not the fault RNG, so
# seeded fault runs do not depend on traffic), seeded from the OS, instead of a syscall per request.
_ids = random.Random(os.urandom(16))
_VARIANT = "89ab"


def new_request_id() -> str:
    """A random (version 4) UUID in its usual text form, as Tango's X-REQUEST-ID."""
    digits = f"{_ids.getrandbits(128):032x}"
    return (
        f"{digits[:8]}-{digits[8:12]}-4{digits[13:16]}-"
        f"{_VARIANT[int(digits[16], 16) & 3]}{digits[17:20]}-{digits[20:]}"
    )


def route_of(request: web.Request) -> str:
    """The route template that matched (``/raas/v2/orders/{referenceOrderID}``), else the path."""
    resource = request.match_info.route.resource
    return resource.canonical if resource is not None else request.path


def failure_response(request: web.Request, failure: ApiFailure) -> web.Response:
    """Render ``failure`` for ``request`` (request id, path and time filled in)."""
    return render(failure, request[REQUEST_ID], request.path, context(request).clock.now())


async def add_request_id(request: web.Request, response: web.StreamResponse) -> None:
    """``on_response_prepare`` hook: the response carries the request's X-REQUEST-ID.

    For an application of its own; the emulator's :func:`pipeline` puts the header on every
    answer itself (a hook costs a signal and a coroutine per response).
    """
    response.headers[_REQUEST_ID_HEADER] = request.get(REQUEST_ID) or new_request_id()


def _with_request_id(request: web.Request, response: web.StreamResponse) -> web.StreamResponse:
    if not response.prepared and _REQUEST_ID_HEADER not in response.headers:
        response.headers[_REQUEST_ID_HEADER] = request[REQUEST_ID]
    return response


_credentials_cache: dict[str, tuple[str, str] | None] = {}


def _credentials(header: str) -> tuple[str, str] | None:
    # Clients send the same header on every request: decode each distinct one once.
    if header in _credentials_cache:
        return _credentials_cache[header]
    given = _decode_basic(header)
    if len(_credentials_cache) < 256:
        _credentials_cache[header] = given
    return given


def _decode_basic(header: str) -> tuple[str, str] | None:
    scheme, _, encoded = header.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        name, colon, key = base64.b64decode(encoded.strip(), validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return (name, key) if colon else None


def authenticate(request: web.Request, ctx: EmulatorContext) -> web.Response | None:
    """HTTP Basic with the platform name and key; on v2 also OAuth 2.0 bearer tokens.

    The refusal to send, or None to go on. (The token endpoint is answered by :func:`pipeline`
    before this, outside the API's rate limit, faults and JSON rules.)
    """
    if request.method == "GET" and request.path in _OPEN_PATHS:
        return None  # GET /pulse: Tango's SDK sends no credentials
    oauth = ctx.oauth
    header = request.headers.get(hdrs.AUTHORIZATION)
    if header and header[:7].lower() == "bearer " and api_of(request.path) == "v2":
        if oauth is not None and oauth.accepts(header[7:].strip()):
            return None
        ctx.stats.bearer_rejected += 1
        bearer = V2Error(401, "401.502", headers={hdrs.WWW_AUTHENTICATE: 'Bearer error="invalid_token"'})
        return failure_response(request, bearer)
    if header:
        given = _credentials(header)
        if (
            given is not None
            and hmac.compare_digest(given[0].encode(), ctx.platform_name.encode())
            and hmac.compare_digest(given[1].encode(), ctx.platform_key.encode())
        ):
            return None
    v1 = api_of(request.path) == "v1"
    failure: ApiFailure
    if not header:
        failure = (
            V1Error(401, "Authentication credentials were not supplied.") if v1 else V2Error(401, "401.001")
        )
        failure.headers[hdrs.WWW_AUTHENTICATE] = REALM
    elif v1:
        failure = V1Error(403, "Authentication failed.", reason="Authentication failed")
    else:
        failure = V2Error(401, "401.002")
    return failure_response(request, failure)


def _too_many(request: web.Request, v2: V2Error, retry_after: int | None) -> web.Response:
    failure: ApiFailure = V1Error(429, v2.message) if api_of(request.path) == "v1" else v2
    if retry_after is not None:
        failure.headers[hdrs.RETRY_AFTER] = str(retry_after)
    return failure_response(request, failure)


def rate_limit(request: web.Request, ctx: EmulatorContext) -> web.Response | None:
    """The platform-wide TPS limit, answered with 429 (i18n 429.008); None: within it."""
    limiter = ctx.limiter
    if limiter is None or limiter.try_acquire():
        return None
    ctx.stats.rate_limited += 1
    retry_after = limiter.seconds_until_available() if ctx.retry_after else None
    return _too_many(request, V2Error(429, "429.008", ctx.platform_name, f"{limiter.rate:g}"), retry_after)


async def _truncate(request: web.Request, response: web.Response) -> web.StreamResponse:
    # Announce the full length, send half of it, then hang up: the client sees a short body.
    body = response.body if isinstance(response.body, bytes) else b""
    partial = web.StreamResponse(status=response.status, reason=response.reason)
    for name, value in response.headers.items():
        if name.lower() != "content-length":
            partial.headers.add(name, value)
    partial.content_length = max(len(body), 1)
    await partial.prepare(request)
    await partial.write(body[: len(body) // 2])
    _hang_up(request)
    return partial


def _hang_up(request: web.Request) -> None:
    # aiohttp then fails to write the rest, treats it as a client disconnect and moves on.
    if request.transport is not None:
        request.transport.close()


def _answer_instead(request: web.Request, kind: str) -> web.Response:
    # The answer of a fault that replaces the handler, so nothing gets committed.
    if kind == "html_502":
        return web.Response(status=502, text=_HTML_502, content_type="text/html")
    if kind == "rate_limit_429":
        return _too_many(request, V2Error(429, "429.001"), 1 if context(request).retry_after else None)
    status = 500 if kind == "error_500" else 503
    failure: ApiFailure = v2_for_status(status)
    if status == 500 and request.path.startswith("/raas/v2/orders"):
        failure = V2Error(500, "500.005")  # "Something went wrong with your order. ..."
    if api_of(request.path) == "v1":
        failure = V1Error(status, "RAAS:OC:1003" if status == 500 else "Service temporarily unavailable.")
    return failure_response(request, failure)


async def inject_faults(request: web.Request, ctx: EmulatorContext, handler: Handler) -> web.StreamResponse:
    """Add latency and inject the configured faults (5xx/429/502 before the handler, the rest after)."""
    injector = ctx.faults
    if not injector.active:
        return await handler(request)
    request_key = None
    if injector.keyed:
        request_key = await request.read() if request.body_exists else request.path_qs.encode()
    plan = injector.plan(request.method, route_of(request), request_key)
    if plan.delay > 0:
        await asyncio.sleep(plan.delay)
    kind = plan.kind
    if kind is None:
        return await handler(request)
    ctx.stats.faults[kind] += 1
    if kind in BEFORE_COMMIT:
        return _answer_instead(request, kind)
    response = await handler(request)
    if kind == "drop_after_commit" or not isinstance(response, web.Response):
        _hang_up(request)
        return response
    return await _truncate(request, response)


_accept_cache: dict[str, bool] = {}


def _accepts_json(accept: str) -> bool:
    known = _accept_cache.get(accept)
    if known is not None:
        return known
    ranges = {part.split(";", 1)[0].strip().lower() for part in accept.split(",")}
    verdict = bool(ranges & {"application/json", "*/*", "application/*", ""}) or any(
        r.endswith("+json") for r in ranges
    )
    if len(_accept_cache) < 256:  # clients send a handful of distinct values
        _accept_cache[accept] = verdict
    return verdict


def require_json(request: web.Request) -> web.Response | None:
    """JSON only: an Accept header must allow JSON, and a request body must be JSON (else the refusal)."""
    accept = request.headers.get(hdrs.ACCEPT)
    if accept and not _accepts_json(accept):
        v1 = api_of(request.path) == "v1"
        failure: ApiFailure
        if v1:
            failure = V1Error(
                400,
                "The Accept header allows no content type this API produces.",
                content_types=["application/json"],
            )
        else:
            failure = V2Error(406, "406.001")
        return failure_response(request, failure)
    if request.method in ("POST", "PATCH", "PUT") and request.body_exists:
        ctype = request.content_type
        if ctype not in _JSON_TYPES and not ctype.endswith("+json"):
            if api_of(request.path) == "v1":
                failure = V1Error(400, "Invalid Resource Entity: the body must be application/json.")
            else:
                failure = V2Error(415, "415.001")
            return failure_response(request, failure)
    return None


def _http_failure(request: web.Request, exc: web.HTTPException) -> ApiFailure:
    # Router misses (404, 405) and other aiohttp errors, in the API's own shape.
    failure: ApiFailure
    if api_of(request.path) == "v1":
        failure = V1Error(exc.status, exc.reason)
    else:
        failure = v2_for_status(exc.status, request.method)
    if hdrs.ALLOW in exc.headers:
        failure.headers[hdrs.ALLOW] = exc.headers[hdrs.ALLOW]
    return failure


async def render_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """JSON only, then the handler: its failures, router misses and crashes as Tango-shaped answers."""
    refused = require_json(request)
    if refused is not None:
        return refused
    try:
        # The header goes on here already, so that a fault that cuts the answer short keeps it.
        return _with_request_id(request, await handler(request))
    except ApiFailure as failure:
        return failure_response(request, failure)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        return failure_response(request, _http_failure(request, exc))
    except Exception:
        log.exception("emulator handler crashed on %s %s", request.method, request.path)
        crash = V1Error(500, "RAAS:OC:1003") if api_of(request.path) == "v1" else v2_for_status(500)
        return failure_response(request, crash)


@web.middleware
async def pipeline(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Every step, in order: give the request its id and count it while in flight and by endpoint
    and status; authenticate; the TPS limit; faults; JSON only; the handler, its errors rendered.

    Every answer carries the request id as X-REQUEST-ID, a crash outside the handler too.
    """
    request_id = request[REQUEST_ID] = new_request_id()
    ctx = context(request)
    stats = ctx.stats
    stats.enter()
    status = 500
    try:
        try:
            oauth = ctx.oauth
            if oauth is not None and request.path == TOKEN_PATH:
                # The token endpoint: outside the API's credentials, rate limit, faults and JSON rules.
                response: web.StreamResponse = await oauth.handle(request)
            else:
                refused = authenticate(request, ctx) or rate_limit(request, ctx)
                if refused is not None:
                    response = refused
                elif ctx.faults.active:
                    response = await inject_faults(request, ctx, partial(render_errors, handler=handler))
                else:
                    response = await render_errors(request, handler)
        except web.HTTPException as exc:  # a redirect, which render_errors lets through
            exc.headers[_REQUEST_ID_HEADER] = request_id
            raise
        except Exception:
            log.exception("emulator crashed on %s %s", request.method, request.path)
            crash = V1Error(500, "RAAS:OC:1003") if api_of(request.path) == "v1" else v2_for_status(500)
            response = failure_response(request, crash)
        status = response.status
        return _with_request_id(request, response)
    finally:
        stats.leave(f"{request.method} {route_of(request)}", status)


MIDDLEWARES = (pipeline,)
