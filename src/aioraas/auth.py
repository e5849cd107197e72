"""Authentication: HTTP Basic, and OAuth 2.0 bearer tokens with their lifecycle and stores.

The transport asks its :class:`Auth` for the ``Authorization`` header on every attempt, and tells
it when an answer to a request made with a token was 401. :class:`BasicAuth` answers with one
constant (so it costs nothing per request); :class:`OAuth2` fetches a token on first use, reuses
it until it enters its refresh window, refreshes it once however many calls are waiting
(single-flight), and shares it with other clients and processes through a :class:`TokenStore`.

Token stores (the contract a shared store must keep, e.g. one backed by a database):

- ``get(key)`` returns the stored :class:`Token` for ``key`` or None; ``put(key, token)`` replaces
  it. A token carries its own expiry (``expires_at``, Unix seconds), so a store needs no TTL logic.
- ``lock(key)`` is an async context manager that excludes every other holder of the same key, in
  this process and in others that share the store. The client holds it while it looks in the
  store again and, only if the token there is still missing or stale, asks the token endpoint and
  puts the new token. So however many processes find their token stale at once, one of them asks.

Two stores ship here: :class:`MemoryTokenStore` (the default: one process) and
:class:`FileTokenStore` (processes on one machine: one JSON file, written atomically, mode 0600).

The access token, the client secret and the password never appear in logs, reprs or error text.
"""

from __future__ import annotations

import abc
import asyncio
import base64
import contextlib
import copy
import ipaddress
import json
import logging
import math
import os
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any, Final, Protocol, runtime_checkable
from urllib.parse import urlsplit

import aiohttp
import attrs

from aioraas import errors
from aioraas._retry import backoff

__all__ = [
    "DEFAULT_AUDIENCE",
    "DEFAULT_SCOPE",
    "TOKEN_URLS",
    "Auth",
    "BasicAuth",
    "FileTokenStore",
    "MemoryTokenStore",
    "OAuth2",
    "Token",
    "TokenStore",
]

logger = logging.getLogger("aioraas")

TOKEN_URLS: Final = {
    "sandbox": "https://sandbox-auth.tangocard.com/oauth/token",
    "production": "https://auth.tangocard.com/oauth/token",
}
DEFAULT_SCOPE: Final = "raas.all"
DEFAULT_AUDIENCE: Final = "https://api.tangocard.com/"
#: Tango advises renewing a 24-hour token inside a 4-hour window before it expires.
MAX_REFRESH_WINDOW: Final = 4 * 3600.0
#: Without an explicit window, refresh when this share of a token's lifetime is left (4 h of 24 h).
REFRESH_SHARE: Final = 1 / 6
#: After the token endpoint refused, ask again no sooner than this (seconds): no retry storm.
ERROR_COOLDOWN: Final = 30.0
#: A 401 replaces the token at most once in this many seconds: if the API keeps refusing new
#: tokens, something other than expiry is wrong, and asking for more would only spend the quota.
FORCED_REFRESH_INTERVAL: Final = 30.0
TOKEN_ATTEMPTS: Final = 3
LOCK_POLL: Final = 0.01


@attrs.frozen(repr=False)
class Token:
    """An access token and when it stops working.

    Attributes:
        access_token: the bearer token (never shown by ``repr``).
        expires_at: Unix time (seconds) at which it expires.
        obtained_at: Unix time at which it was requested (its lifetime is ``expires_at - obtained_at``).
        token_type: ``"Bearer"``.
        scope: the scope the server granted.
    """

    access_token: str
    expires_at: float
    obtained_at: float
    token_type: str = "Bearer"
    scope: str | None = None

    @property
    def lifetime(self) -> float:
        return max(self.expires_at - self.obtained_at, 0.0)

    def refresh_at(self, window: float | None) -> float:
        """When to renew it: ``window`` seconds before expiry (default 1/6 of its life, at most 4 h)."""
        if window is None:
            window = min(self.lifetime * REFRESH_SHARE, MAX_REFRESH_WINDOW)
        return self.expires_at - window

    @property
    def usable_until(self) -> float:
        """The last moment to send it: a small margin before expiry covers the trip there."""
        return self.expires_at - min(5.0, self.lifetime / 20)

    def usable(self, now: float) -> bool:
        """True while it can still be sent."""
        return now < self.usable_until

    def to_json(self) -> dict[str, Any]:
        return {
            "access_token": self.access_token,
            "expires_at": self.expires_at,
            "obtained_at": self.obtained_at,
            "token_type": self.token_type,
            "scope": self.scope,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Token | None:
        """A token from :meth:`to_json` output, or None when ``data`` is not one."""
        try:
            token = data["access_token"]
            expires_at = float(data["expires_at"])
            obtained_at = float(data.get("obtained_at", expires_at))
        except (KeyError, TypeError, ValueError):
            return None
        if not isinstance(token, str) or not token or not math.isfinite(expires_at):
            return None
        scope = data.get("scope")
        return cls(
            token,
            expires_at,
            obtained_at,
            str(data.get("token_type") or "Bearer"),
            scope if isinstance(scope, str) else None,
        )

    def __repr__(self) -> str:
        return f"Token(access_token='***', expires_at={self.expires_at!r}, scope={self.scope!r})"


@runtime_checkable
class TokenStore(Protocol):
    """Where tokens are kept between calls, clients and processes (see the module docstring)."""

    async def get(self, key: str) -> Token | None:
        """The token stored under ``key``, or None."""
        ...

    async def put(self, key: str, token: Token) -> None:
        """Store ``token`` under ``key``, replacing what was there."""
        ...

    def lock(self, key: str) -> contextlib.AbstractAsyncContextManager[None]:
        """Exclusive access to ``key`` among everyone who shares this store."""
        ...


class MemoryTokenStore:
    """Tokens in this process's memory (the default). Share one instance to share tokens between clients."""

    def __init__(self) -> None:
        self._tokens: dict[str, Token] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def get(self, key: str) -> Token | None:
        return self._tokens.get(key)

    async def put(self, key: str, token: Token) -> None:
        self._tokens[key] = token

    @contextlib.asynccontextmanager
    async def lock(self, key: str) -> AsyncIterator[None]:
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:
            yield

    def __repr__(self) -> str:
        return f"MemoryTokenStore({len(self._tokens)} tokens)"


class FileTokenStore:
    """Tokens in one JSON file, shared by the processes of one machine (POSIX file locks).

    The file is replaced atomically (written to a temporary file in the same directory, flushed to
    disk, then renamed) and readable by its owner only (mode 0600). ``lock()`` takes an exclusive
    ``flock`` on ``<path>.lock``; the operating system releases it if the holder dies.

    Args:
        path: the token file; its directory must exist.
        lock_timeout: seconds to wait for another process's lock before raising.
    """

    def __init__(self, path: str | os.PathLike[str], *, lock_timeout: float = 30.0) -> None:
        try:
            import fcntl  # noqa: F401
        except ImportError:  # pragma: no cover - Windows
            raise errors.ConfigurationError("FileTokenStore needs POSIX file locks (fcntl)") from None
        self.path = Path(path)
        self.lock_timeout = lock_timeout
        self._local = asyncio.Lock()

    async def get(self, key: str) -> Token | None:
        data = await asyncio.to_thread(self._read)
        entry = data.get(key)
        return Token.from_json(entry) if isinstance(entry, dict) else None

    async def put(self, key: str, token: Token) -> None:
        await asyncio.to_thread(self._write, key, token)

    @contextlib.asynccontextmanager
    async def lock(self, key: str) -> AsyncIterator[None]:
        import fcntl

        async with self._local:
            fd = os.open(f"{self.path}.lock", os.O_RDWR | os.O_CREAT, 0o600)
            try:
                deadline = time.monotonic() + self.lock_timeout
                while True:
                    try:
                        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                        break
                    except BlockingIOError:
                        if time.monotonic() >= deadline:
                            raise errors.RaasError(
                                f"could not lock the token store {self.path} within {self.lock_timeout:g} s"
                            ) from None
                        await asyncio.sleep(LOCK_POLL)
                try:
                    yield
                finally:
                    fcntl.flock(fd, fcntl.LOCK_UN)
            finally:
                os.close(fd)

    def _read(self) -> dict[str, Any]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        try:
            data = json.loads(raw)
        except ValueError:
            logger.warning("token store %s is not readable JSON; ignoring it", self.path)
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, key: str, token: Token) -> None:
        now = time.time()
        data = {
            k: v
            for k, v in self._read().items()
            if isinstance(v, dict) and isinstance(v.get("expires_at"), (int, float)) and v["expires_at"] > now
        }
        data[key] = token.to_json()
        directory = self.path.parent
        fd, temporary = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=directory)  # mode 0600
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(data, out)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(temporary, 0o600)
            os.replace(temporary, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise

    def __repr__(self) -> str:
        return f"FileTokenStore({str(self.path)!r})"


class Auth(abc.ABC):
    """What the transport asks for the ``Authorization`` header of each attempt."""

    #: The header value when it never changes (Basic), so the transport need not ask per attempt.
    static_authorization: str | None = None

    @abc.abstractmethod
    async def authorization(self, session: aiohttp.ClientSession) -> str:
        """The ``Authorization`` header value for the next attempt."""

    async def rejected(self, authorization: str, session: aiohttp.ClientSession) -> bool:
        """An answer to a request sent with ``authorization`` was 401. True: worth one retry."""
        return False


class BasicAuth(Auth):
    """HTTP Basic with the platform name and key (v1 and v2)."""

    def __init__(self, platform_name: str, platform_key: str) -> None:
        self.platform_name = platform_name
        encoded = base64.b64encode(f"{platform_name}:{platform_key}".encode()).decode("ascii")
        self.static_authorization = f"Basic {encoded}"

    async def authorization(self, session: aiohttp.ClientSession) -> str:
        assert self.static_authorization is not None
        return self.static_authorization

    def __repr__(self) -> str:
        return f"BasicAuth(platform_name={self.platform_name!r})"


def _scrub(text: str, secrets: tuple[str, ...]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text


class OAuth2(Auth):
    """OAuth 2.0 bearer tokens from Tango's token endpoint (v2 only).

    The ``client_credentials`` grant, or with ``username`` and ``password`` the ``password`` grant
    of service accounts. See the module docstring for the lifecycle and the stores.

    Args:
        token_url: the token endpoint.
        client_id, client_secret: the OAuth client.
        username, password: a service account (selects the ``password`` grant).
        audience, scope: sent with every token request.
        store: where tokens are kept (default: a new :class:`MemoryTokenStore`).
        refresh_window: renew this many seconds before expiry (default: 1/6 of the token's
            lifetime, at most 4 hours: 4 h for Tango's 24-hour tokens).
        timeout: seconds per token request.
        max_retries: retries of a token request that could not connect or met a 5xx or 429.
        error_cooldown: after the endpoint refused (a 4xx), raise the same error for this many
            seconds without asking again.
    """

    def __init__(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        username: str | None = None,
        password: str | None = None,
        audience: str = DEFAULT_AUDIENCE,
        scope: str = DEFAULT_SCOPE,
        store: TokenStore | None = None,
        refresh_window: float | None = None,
        timeout: float = 30.0,
        max_retries: int = TOKEN_ATTEMPTS - 1,
        error_cooldown: float = ERROR_COOLDOWN,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if (username is None) != (password is None):
            raise errors.ConfigurationError("username and password go together: pass both or neither")
        if refresh_window is not None and refresh_window < 0:
            raise errors.ConfigurationError(
                f"token_refresh_window must be a non-negative number of seconds, not {refresh_window!r}"
            )
        self.token_url = token_url
        self.client_id = client_id
        self.username = username
        self.audience = audience
        self.scope = scope
        self.store: TokenStore = store if store is not None else MemoryTokenStore()
        self.refresh_window = refresh_window
        self.error_cooldown = error_cooldown
        self._client_secret = client_secret
        self._password = password
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._max_retries = max_retries
        self._clock = clock
        self._sleep = sleep
        self._token: Token | None = None
        self._header = ""
        self._refresh_at = 0.0
        self._flight: asyncio.Future[Token] | None = None
        self._failure: errors.RaasError | None = None
        self._failure_until = 0.0
        self._forced_at = -math.inf
        # The store key names the client and grant, never a secret.
        self.key = "|".join((token_url, client_id, username or "", audience, scope))

    def __repr__(self) -> str:
        user = f", username={self.username!r}" if self.username else ""
        return f"OAuth2(client_id={self.client_id!r}{user}, token_url={self.token_url!r})"

    # -- what the transport calls --------------------------------------------------------------

    async def authorization(self, session: aiohttp.ClientSession) -> str:
        if self._token is not None and self._clock() < self._refresh_at:
            return self._header
        token = await self._single_flight(session, None)
        return f"Bearer {token.access_token}"

    async def rejected(self, authorization: str, session: aiohttp.ClientSession) -> bool:
        rejected = authorization.partition(" ")[2]
        current = self._token
        if current is not None and current.access_token != rejected:
            return True  # someone refreshed meanwhile: retry with the newer token
        now = self._clock()
        if now - self._forced_at < FORCED_REFRESH_INTERVAL:
            logger.warning("the API refused a new OAuth token too (401); not asking for another yet")
            return False
        self._forced_at = now
        self._token = None
        logger.info("the API refused the OAuth token (401); fetching a new one")
        token = await self._single_flight(session, rejected)
        return token.access_token != rejected

    # -- the lifecycle ---------------------------------------------------------------------------

    async def _single_flight(self, session: aiohttp.ClientSession, rejected: str | None) -> Token:
        # One refresh at a time, in a task of its own: a waiter that is cancelled (its call timed
        # out) neither cancels the refresh nor leaves the others without its result.
        task = self._flight
        if task is None:
            task = asyncio.get_running_loop().create_task(self._refresh(session, rejected))
            self._flight = task
            task.add_done_callback(self._landed)
        return await asyncio.shield(task)

    def _landed(self, task: asyncio.Task[Token]) -> None:
        if self._flight is task:
            self._flight = None
        if not task.cancelled():
            task.exception()  # retrieved here, so an error nobody awaited is not reported as lost

    def _adopt(self, token: Token) -> Token:
        self._token = token
        self._header = f"Bearer {token.access_token}"
        self._refresh_at = min(token.refresh_at(self.refresh_window), token.usable_until)
        return token

    def _fresh(self, token: Token | None, rejected: str | None, now: float) -> bool:
        return (
            token is not None
            and token.access_token != rejected
            and now < token.refresh_at(self.refresh_window)
            and token.usable(now)
        )

    async def _refresh(self, session: aiohttp.ClientSession, rejected: str | None) -> Token:
        current = self._token
        now = self._clock()
        if self._failure is not None and now < self._failure_until:
            if current is not None and current.access_token != rejected and current.usable(now):
                return current
            raise copy.copy(self._failure)  # a fresh instance: tracebacks do not pile up on one
        try:
            async with self.store.lock(self.key):
                stored = await self.store.get(self.key)
                if self._fresh(stored, rejected, self._clock()):
                    assert stored is not None
                    logger.debug(
                        "using the OAuth token in the store (expires in %.0f s)", stored.expires_at - now
                    )
                    return self._adopt(stored)
                token = await self._request_token(session)
                await self.store.put(self.key, token)
                self._failure = None
                return self._adopt(token)
        except errors.RaasError as exc:
            if isinstance(exc, errors.AuthenticationError) and exc.status is not None and exc.status < 500:
                self._failure = exc
                self._failure_until = self._clock() + self.error_cooldown
            if current is not None and current.access_token != rejected and current.usable(self._clock()):
                # Renewing early failed; the token in hand still works, so keep using it for now.
                logger.warning("could not renew the OAuth token early (%s); using the current one", exc)
                retry_at = self._clock() + min(self.error_cooldown, current.lifetime / 10)
                self._refresh_at = min(retry_at, current.usable_until)
                return current
            raise

    async def _request_token(self, session: aiohttp.ClientSession) -> Token:
        form = {
            "grant_type": "password" if self.username is not None else "client_credentials",
            "client_id": self.client_id,
            "client_secret": self._client_secret,
            "scope": self.scope,
            "audience": self.audience,
        }
        if self.username is not None and self._password is not None:
            form["username"] = self.username
            form["password"] = self._password
        secrets = (self._client_secret, self._password or "")
        attempt = 0
        while True:
            attempt += 1
            started = self._clock()
            logger.debug("requesting an OAuth token from %s (attempt %d)", self.token_url, attempt)
            retryable: errors.RaasError
            try:
                async with session.post(
                    self.token_url,
                    data=form,
                    headers={"Accept": "application/json"},
                    timeout=self._timeout,
                    allow_redirects=False,
                ) as response:
                    status = response.status
                    body = await response.read()
            except (aiohttp.ClientError, TimeoutError) as exc:
                retryable = errors.TransportError(
                    _scrub(f"could not get an OAuth token from {self.token_url}: {exc!r}", secrets),
                    method="POST",
                    url=self.token_url,
                )
            else:
                if status == 200:
                    return self._parse(body, started, secrets)
                text = _scrub(body.decode("utf-8", "replace").strip(), secrets)[:500]
                error = _token_error(status, text, self.token_url)
                if status < 500 and status != 429:
                    logger.warning("the token endpoint refused: %s", error)
                    raise error
                retryable = error
            if attempt > self._max_retries:
                raise retryable
            delay = backoff(attempt - 1, lambda: 0.5)
            logger.info("retrying the token request in %.2f s after: %s", delay, retryable)
            await self._sleep(delay)

    def _parse(self, body: bytes, started: float, secrets: tuple[str, ...]) -> Token:
        try:
            data = json.loads(body)
        except ValueError:
            data = None
        if not isinstance(data, dict):
            raise errors.AuthenticationError(
                f"the token endpoint {self.token_url} answered 200 without a JSON object",
                status=200,
                token_url=self.token_url,
            )
        access_token = data.get("access_token")
        expires_in = data.get("expires_in")
        try:
            lifetime = float(expires_in)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            lifetime = math.nan
        if not isinstance(access_token, str) or not access_token or not lifetime > 0:
            raise errors.AuthenticationError(
                f"the token endpoint {self.token_url} answered 200 without access_token and expires_in",
                status=200,
                token_url=self.token_url,
            )
        token_type = str(data.get("token_type") or "Bearer")
        scope = data.get("scope")
        logger.debug("got an OAuth token from %s, valid %.0f s", self.token_url, lifetime)
        return Token(
            access_token, started + lifetime, started, token_type, scope if isinstance(scope, str) else None
        )


def _token_error(status: int, text: str, token_url: str) -> errors.AuthenticationError:
    cls = errors.TokenLimitExceeded if status in (400, 429) and "rate limit" in text.lower() else None
    message = f"the token endpoint {token_url} answered {status}: {text or '(no text)'}"
    if cls is not None:
        return cls(
            message + ". Tokens are limited per client: cache them in a shared token store "
            "(token_store=) instead of asking in every process.",
            status=status,
            text=text,
            token_url=token_url,
        )
    return errors.AuthenticationError(message, status=status, text=text, token_url=token_url)


def is_loopback(host: str) -> bool:
    """Whether ``host`` is this machine (plain http is allowed only there)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_token_url(url: str) -> str:
    """``url`` if it is a usable token endpoint (https, or http to loopback; no credentials in it)."""
    parts = urlsplit(url)
    if "@" in parts.netloc:
        raise errors.ConfigurationError("token_url must not contain credentials (user:password@)")
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise errors.ConfigurationError(f"token_url must be an http(s) URL, not {url!r}")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise errors.ConfigurationError(
            f"token_url {url!r} uses plain http:// to a host that is not loopback; the client secret "
            "must travel over TLS (https://)"
        )
    return url


def resolve(
    *,
    platform_name: str | None,
    platform_key: str | None,
    client_id: str | None,
    client_secret: str | None,
    username: str | None,
    password: str | None,
    token_url: str | None,
    audience: str | None,
    scope: str | None,
    token_store: TokenStore | None,
    token_refresh_window: float | None,
    default_token_url: str,
    timeout: float,
    max_retries: int,
    environ: Mapping[str, str] = os.environ,
    clock: Callable[[], float] = time.time,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> Auth:
    """The :class:`Auth` that :class:`~aioraas.RaasClient`'s credential arguments (or ``RAAS_*``) select.

    Arguments win over the environment. Basic and OAuth credentials together are refused, whether
    both are passed or (with none passed) both are set in the environment.
    """
    basic_args = platform_name is not None or platform_key is not None
    oauth_args = any(v is not None for v in (client_id, client_secret, username, password))
    if basic_args and oauth_args:
        raise errors.ConfigurationError(
            "pass either platform_name= and platform_key= (HTTP Basic) or client_id= and client_secret= "
            "(OAuth 2.0), not both"
        )
    if basic_args:
        use_oauth = False
    elif oauth_args:
        use_oauth = True
    else:
        basic_env = bool(environ.get("RAAS_PLATFORM_NAME") or environ.get("RAAS_PLATFORM_KEY"))
        use_oauth = bool(environ.get("RAAS_CLIENT_ID") or environ.get("RAAS_CLIENT_SECRET"))
        if basic_env and use_oauth:
            raise errors.ConfigurationError(
                "both RAAS_PLATFORM_NAME/RAAS_PLATFORM_KEY (HTTP Basic) and "
                "RAAS_CLIENT_ID/RAAS_CLIENT_SECRET (OAuth 2.0) are set: unset one kind, or pass "
                "the credentials to use as arguments"
            )
    if not use_oauth:
        oauth_only = {
            "token_url": token_url,
            "audience": audience,
            "scope": scope,
            "token_store": token_store,
            "token_refresh_window": token_refresh_window,
        }
        given = [name for name, value in oauth_only.items() if value is not None]
        if given:
            raise errors.ConfigurationError(
                f"{', '.join(given)}: only for OAuth 2.0 (client_id= and client_secret=), not HTTP Basic"
            )
        name = platform_name or environ.get("RAAS_PLATFORM_NAME")
        key = platform_key or environ.get("RAAS_PLATFORM_KEY")
        if not name:
            raise errors.ConfigurationError(
                "platform_name is required: pass platform_name= or set RAAS_PLATFORM_NAME "
                "(or use OAuth 2.0 with client_id= and client_secret=)"
            )
        if not key:
            raise errors.ConfigurationError(
                "platform_key is required: pass platform_key= or set RAAS_PLATFORM_KEY"
            )
        return BasicAuth(name, key)

    cid = client_id or environ.get("RAAS_CLIENT_ID")
    secret = client_secret or environ.get("RAAS_CLIENT_SECRET")
    if not cid:
        raise errors.ConfigurationError("client_id is required: pass client_id= or set RAAS_CLIENT_ID")
    if not secret:
        raise errors.ConfigurationError(
            "client_secret is required: pass client_secret= or set RAAS_CLIENT_SECRET"
        )
    if username is None and password is None:
        username = environ.get("RAAS_USERNAME") or None
        password = environ.get("RAAS_PASSWORD") or None
    if (username is None) != (password is None) or username == "" or password == "":
        raise errors.ConfigurationError(
            "username and password (the service-account grant) go together: pass both or neither"
        )
    return OAuth2(
        token_url=check_token_url(token_url or environ.get("RAAS_TOKEN_URL") or default_token_url),
        client_id=cid,
        client_secret=secret,
        username=username,
        password=password,
        audience=audience or environ.get("RAAS_AUDIENCE") or DEFAULT_AUDIENCE,
        scope=scope or environ.get("RAAS_SCOPE") or DEFAULT_SCOPE,
        store=token_store,
        refresh_window=token_refresh_window,
        timeout=timeout,
        max_retries=min(max_retries, TOKEN_ATTEMPTS - 1),
        clock=clock,
        sleep=sleep,
    )
