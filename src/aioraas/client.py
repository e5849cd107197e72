"""RaasClient: configuration, session lifecycle, and the ``v1`` / ``v2`` namespaces."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Final
from urllib.parse import urlsplit

import aiohttp

from aioraas import _convert
from aioraas._params import max_retries_option, timeout_option
from aioraas._ratelimit import RateLimit, RateLimiter
from aioraas._transport import Api, Pool, Timing, Transport
from aioraas._version import __version__
from aioraas.auth import TOKEN_URLS, BasicAuth, OAuth2, TokenStore, is_loopback, resolve
from aioraas.errors import ConfigurationError
from aioraas.resources._base import RawResponse, json_body
from aioraas.resources._generated.v1 import V1
from aioraas.resources._generated.v2 import V2

ENVIRONMENTS: Final[dict[str, dict[Api, str]]] = {
    "sandbox": {
        "v1": "https://sandbox.tangocard.com/raas/v1.1",
        "v2": "https://integration-api.tangocard.com/raas/v2",
    },
    "production": {
        "v1": "https://api.tangocard.com/raas/v1.1",
        "v2": "https://api.tangocard.com/raas/v2",
    },
}
DEFAULT_TIMEOUT: Final = 30.0
DEFAULT_MAX_RETRIES: Final = 4
DEFAULT_MAX_CONNECTIONS: Final = 100


def _api_roots(base_url: str, v1_path: str) -> dict[Api, str]:
    if not isinstance(base_url, str):
        raise ConfigurationError(
            f"base_url must be a string such as http://127.0.0.1:8080, not {type(base_url).__name__}"
        )
    parts = urlsplit(base_url)
    if "@" in parts.netloc:
        # Never echo it: the part before "@" is usually the platform name and key.
        raise ConfigurationError(
            "base_url must not contain credentials (user:password@): pass platform_name= and "
            "platform_key= (or set RAAS_PLATFORM_NAME and RAAS_PLATFORM_KEY) instead"
        )
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ConfigurationError(
            f"base_url must be an http(s) URL such as https://api.example.test, not {base_url!r}"
        )
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ConfigurationError(
            f"base_url {base_url!r} uses plain http:// to a host that is not loopback; credentials and "
            "card data must travel over TLS (https://). Plain http is only allowed for 127.0.0.1, ::1 "
            "and localhost."
        )
    root = base_url.rstrip("/")
    return {"v1": root + v1_path, "v2": root + "/raas/v2"}


class RaasClient:
    """An asyncio client of the Tango Card RaaS API.

    Use one per process (or per set of credentials) and close it when done, best with ``async with``::

        async with RaasClient(platform_name="...", platform_key="...", environment="sandbox") as raas:
            catalog = await raas.v2.catalog.get()

    Args:
        platform_name: the platform name (HTTP Basic user); default ``$RAAS_PLATFORM_NAME``.
        platform_key: the platform key (HTTP Basic password); default ``$RAAS_PLATFORM_KEY``.
        environment: ``"sandbox"`` or ``"production"``; default ``$RAAS_ENVIRONMENT``, else sandbox.
        base_url: an API root, e.g. ``http://127.0.0.1:8080`` for the emulator (default
            ``$RAAS_BASE_URL``); the client appends ``/raas/v1.1`` and ``/raas/v2``. When given, it
            wins over ``environment``. It must not carry credentials (``user:key@``).
        max_retries: retries after the first attempt (default 4: five attempts, Tango's guidance).
        timeout: seconds per attempt (default 30).
        rate_limit: at most this many requests per second across every call of this client; or a
            shared pace such as :class:`aioraas.postgres.PostgresRateLimiter`, for a limit that many
            clients or processes share (it stays yours to close).
        session: an ``aiohttp.ClientSession`` to use; it stays yours and is never closed by the client.
        max_connections: calls in flight at once (the connection pool size; default 100).
        v1_path: the v1 prefix under ``base_url`` (default ``/raas/v1.1``).
        client_id: OAuth 2.0 client id, instead of a platform name and key (v2 only); default
            ``$RAAS_CLIENT_ID``. Passing both kinds of credentials is a ``ConfigurationError``.
        client_secret: OAuth 2.0 client secret; default ``$RAAS_CLIENT_SECRET``.
        username, password: a service account: selects the ``password`` grant (default
            ``$RAAS_USERNAME``, ``$RAAS_PASSWORD``).
        token_url: the token endpoint (default ``$RAAS_TOKEN_URL``, else Tango's for the
            environment, or ``{base_url}/oauth/token`` with a ``base_url``).
        audience, scope: sent when asking for a token (defaults ``https://api.tangocard.com/`` and
            ``raas.all``; ``$RAAS_AUDIENCE``, ``$RAAS_SCOPE``).
        token_store: where tokens are kept; share an :class:`aioraas.auth.FileTokenStore` (or
            another :class:`aioraas.auth.TokenStore`) between processes so they ask for one token.
        token_refresh_window: renew a token this many seconds before it expires (default: 1/6 of
            its lifetime, at most 4 hours).
        timing: where the client reads the time, sleeps between retries and draws its jitter
            (:class:`aioraas.Timing`); for tests, e.g. ``Timing(sleep=fake_sleep, random=lambda: 0.0)``.
    """

    def __init__(
        self,
        platform_name: str | None = None,
        platform_key: str | None = None,
        *,
        environment: str | None = None,
        base_url: str | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: float = DEFAULT_TIMEOUT,
        rate_limit: float | RateLimit | None = None,
        session: aiohttp.ClientSession | None = None,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        v1_path: str = "/raas/v1.1",
        client_id: str | None = None,
        client_secret: str | None = None,
        username: str | None = None,
        password: str | None = None,
        token_url: str | None = None,
        audience: str | None = None,
        scope: str | None = None,
        token_store: TokenStore | None = None,
        token_refresh_window: float | None = None,
        timing: Timing | None = None,
    ) -> None:
        if environment is not None and environment not in ENVIRONMENTS:
            raise ConfigurationError(
                f"environment must be one of {sorted(ENVIRONMENTS)}, not {environment!r}"
            )
        if environment is None and base_url is None:
            base_url = os.environ.get("RAAS_BASE_URL") or None
            if base_url is None:
                environment = os.environ.get("RAAS_ENVIRONMENT") or "sandbox"
        if base_url is not None:
            # base_url wins over environment: the same code runs against the emulator (or a proxy)
            # by adding base_url=, and against Tango again by removing it.
            roots = _api_roots(base_url, v1_path)
        elif environment in ENVIRONMENTS:
            roots = ENVIRONMENTS[environment]
        else:
            raise ConfigurationError(
                f"environment must be one of {sorted(ENVIRONMENTS)}, not {environment!r}"
            )
        try:
            if max_retries_option(max_retries) is None or timeout_option(timeout) is None:
                raise ValueError("max_retries and timeout need a value here (None is only for a call)")
        except (TypeError, ValueError) as exc:
            raise ConfigurationError(str(exc)) from None
        if max_connections < 1:
            raise ConfigurationError(f"max_connections must be at least 1, not {max_connections!r}")
        if rate_limit is not None and not isinstance(rate_limit, RateLimit) and not rate_limit > 0:
            raise ConfigurationError(
                f"rate_limit must be a positive number of requests per second, not {rate_limit!r}"
            )

        timing = timing or Timing()
        auth = resolve(
            platform_name=platform_name,
            platform_key=platform_key,
            client_id=client_id,
            client_secret=client_secret,
            username=username,
            password=password,
            token_url=token_url,
            audience=audience,
            scope=scope,
            token_store=token_store,
            token_refresh_window=token_refresh_window,
            default_token_url=(
                base_url.rstrip("/") + "/oauth/token"
                if base_url is not None
                else TOKEN_URLS[environment or "sandbox"]
            ),
            timeout=timeout,
            max_retries=max_retries,
            clock=timing.wall,
            sleep=timing.sleep,
        )
        python = ".".join(map(str, sys.version_info[:3]))
        limiter: RateLimit | None = None
        if isinstance(rate_limit, RateLimit):
            limiter = rate_limit  # shared with other clients (or processes): theirs to close
        elif rate_limit is not None:
            limiter = RateLimiter(rate_limit, clock=timing.monotonic, sleep=timing.sleep)
        transport = Transport(
            roots=roots,
            auth=auth,
            user_agent=f"aioraas/{__version__} python/{python} aiohttp/{aiohttp.__version__}",
            timeout=timeout,
            max_retries=max_retries,
            pool=Pool(max_connections, session),
            rate_limiter=limiter,
            timing=timing,
        )
        self._setup(roots, transport, owner=True)

    def _setup(self, roots: Mapping[Api, str], transport: Transport, *, owner: bool) -> None:
        auth = transport.auth
        self.platform_name = auth.platform_name if isinstance(auth, BasicAuth) else None
        self.client_id = auth.client_id if isinstance(auth, OAuth2) else None
        self.roots = dict(roots)
        self._transport = transport
        self._owner = owner
        self.v1 = V1(transport)
        self.v2 = V2(transport)

    def with_options(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> RaasClient:
        """A copy of this client with other defaults, sharing its connection pool and rate limit.

        Cheap (no new session): ``await raas.with_options(timeout=5, max_retries=0).v2.orders.get(id)``.
        ``headers`` are added to every call of the copy. Closing the copy leaves the pool open; the
        client it came from owns it.
        """
        try:
            max_retries_option(max_retries)
            timeout_option(timeout)
        except (TypeError, ValueError) as exc:
            raise ConfigurationError(str(exc)) from None
        copy = object.__new__(RaasClient)
        transport = self._transport.derive(timeout=timeout, max_retries=max_retries, headers=headers)
        copy._setup(self.roots, transport, owner=False)
        return copy

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, object] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Any]:
        """Call an endpoint the spec does not describe yet, through the same auth, retries and errors.

        ``path`` starts with an API's prefix (``/raas/v2/...`` or ``/raas/v1.1/...``). ``json`` (a
        model or JSON-ready values) is the body. A POST is retried only with ``idempotency_key``
        (the externalRefID inside ``json``); GET, PUT, PATCH and DELETE are retried as safe. Returns
        the answer with its JSON decoded in ``parsed`` (None for an empty body); an error answer
        raises the same :mod:`aioraas.errors` as every other call.
        """
        api, rest = self._split(path)
        method = method.upper()
        body = None if json is None else _convert.dumps(json)
        response = await self._transport.send(
            method,
            api,
            rest,
            params=params,
            body=body,
            idempotency_key=idempotency_key,
            idempotent=method in ("GET", "HEAD", "PUT", "PATCH", "DELETE"),
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
        )
        return RawResponse.of(response, json_body(response, empty=None))

    def _split(self, path: str) -> tuple[Api, str]:
        """The API a path belongs to, and the rest of the path under that API's root."""
        for api, root in sorted(self.roots.items(), key=lambda item: -len(item[1])):
            prefix = urlsplit(root).path.rstrip("/")
            if path == prefix or path.startswith(prefix + "/"):
                return api, path[len(prefix) :]
        prefixes = ", ".join(urlsplit(root).path for root in self.roots.values())
        raise ValueError(f"path must start with an API prefix ({prefixes}), not {path!r}")

    @property
    def max_connections(self) -> int:
        """How many calls this client keeps in flight at once."""
        return self._transport.max_connections

    async def close(self) -> None:
        """Close the connection pool (a session passed in by the caller is left open).

        A copy made by :meth:`with_options` does not own the pool: closing it does nothing.
        """
        if self._owner:
            await self._transport.close()

    async def __aenter__(self) -> RaasClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        who = (
            f"platform_name={self.platform_name!r}"
            if self.client_id is None
            else f"client_id={self.client_id!r}"
        )
        return f"RaasClient({who}, v2={self.roots['v2']!r})"
