"""OAuth 2.0 in the emulator: the token endpoint (``POST /oauth/token``) and the token table.

Like Tango's auth server, the endpoint takes a form-encoded body (``grant_type``
``client_credentials``, or ``password`` with a service account's ``username`` and ``password``;
``client_id``, ``client_secret``, ``scope`` ``raas.all``, ``audience``), answers
``{access_token, scope, expires_in, token_type: "Bearer"}``, and answers errors as plain text.
Tokens expire ``token_ttl`` seconds after issue on the emulator's clock (so
:meth:`~aioraas.emulator.Emulator.advance_clock` expires them); the audience
``tango-api.bhn.com/fiveminute`` gives at most five minutes. An optional issuance limit (N tokens per
client per window of seconds) answers with Tango's 400 "Client ... has exceeded the daily rate
limit". The endpoint sits outside the API's TPS limit, fault injection and JSON-only rules (in
reality it is another host).
"""

from __future__ import annotations

import hmac
import secrets
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass

from aiohttp import hdrs, web

from aioraas.emulator.clock import Clock
from aioraas.emulator.stats import Stats

__all__ = ["FIVE_MINUTE_AUDIENCE", "TOKEN_PATH", "OAuthServer", "TokenLimit"]

TOKEN_PATH = "/oauth/token"
SCOPE = "raas.all"
AUDIENCE = "https://api.tangocard.com/"
FIVE_MINUTE_AUDIENCE = "tango-api.bhn.com/fiveminute"
GRANTS = ("client_credentials", "password")
_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


@dataclass(frozen=True, slots=True)
class TokenLimit:
    """At most ``count`` tokens per client in any ``seconds`` (Tango's page: one per 20 hours)."""

    count: int
    seconds: float

    def __post_init__(self) -> None:
        if self.count < 1 or not self.seconds > 0:
            raise ValueError("a token limit needs a count of at least 1 and a positive number of seconds")

    @classmethod
    def parse(cls, text: str) -> TokenLimit:
        """``"1/72000"``: one token per 20 hours."""
        count, slash, seconds = text.partition("/")
        try:
            return cls(int(count), float(seconds)) if slash else cls(int(count), 0)
        except ValueError:
            raise ValueError(f"{text!r}: expected N/SECONDS, e.g. 1/72000 (one token per 20 hours)") from None


def _text(status: int, message: str) -> web.Response:
    return web.Response(status=status, text=message, content_type="text/plain")


class OAuthServer:
    """Issues and checks bearer tokens for the emulated platform (one event loop uses it)."""

    def __init__(
        self,
        *,
        clients: Mapping[str, str],
        users: Mapping[str, str],
        ttl: int,
        limit: TokenLimit | None,
        clock: Clock,
        stats: Stats,
        name: str,
    ) -> None:
        if ttl < 1:
            raise ValueError(f"token_ttl must be at least 1 second, got {ttl!r}")
        for label, table in (("oauth_clients", clients), ("oauth_users", users)):
            for key, value in table.items():
                if not key or not value:
                    raise ValueError(f"{label}: ids and secrets must be non-empty")
        self.clients = dict(clients)
        self.users = dict(users)
        self.ttl = ttl
        self.limit = limit
        self._clock = clock
        self._stats = stats
        self._name = name
        self._tokens: dict[str, float] = {}  # access token -> expiry (emulated Unix time)
        self._issued: dict[str, deque[float]] = {}  # client id -> issue times inside the limit window

    def _now(self) -> float:
        return self._clock.now().timestamp()

    def accepts(self, token: str) -> bool:
        """True for a token this server issued that has not expired."""
        expires_at = self._tokens.get(token)
        if expires_at is None:
            return False
        if self._now() < expires_at:
            return True
        del self._tokens[token]
        return False

    def expire_all(self) -> None:
        """Forget every issued token (as if all were revoked)."""
        self._tokens.clear()

    async def handle(self, request: web.Request) -> web.Response:
        """``POST /oauth/token``."""
        self._stats.token_requests += 1
        if request.method != hdrs.METH_POST:
            response = _text(405, "Method Not Allowed")
            response.headers[hdrs.ALLOW] = hdrs.METH_POST
            return response
        if request.content_type not in _FORM_TYPES:
            return _text(400, "The body must be application/x-www-form-urlencoded.")
        form = await request.post()
        fields = {k: v for k, v in form.items() if isinstance(v, str)}
        grant = fields.get("grant_type", "")
        if grant not in GRANTS:
            return _text(400, f"Unsupported grant_type: expected one of {', '.join(GRANTS)}.")
        needed = ["client_id", "client_secret", "scope", "audience"]
        if grant == "password":
            needed += ["username", "password"]
        missing = [name for name in needed if not fields.get(name)]
        if missing:
            return _text(400, f"Missing required parameter: {', '.join(missing)}.")
        if fields["scope"] != SCOPE:
            return _text(400, f"Invalid scope: the only scope is {SCOPE}.")
        audience = fields["audience"]
        if audience not in (AUDIENCE, FIVE_MINUTE_AUDIENCE):
            return _text(400, f"Invalid audience: use {AUDIENCE} or {FIVE_MINUTE_AUDIENCE}.")
        client_id = fields["client_id"]
        expected = self.clients.get(client_id)
        if expected is None or not hmac.compare_digest(expected.encode(), fields["client_secret"].encode()):
            self._stats.tokens_refused += 1
            return _text(401, "Unauthorized: unknown client or wrong client secret.")
        if grant == "password":
            password = self.users.get(fields["username"])
            if password is None or not hmac.compare_digest(password.encode(), fields["password"].encode()):
                self._stats.tokens_refused += 1
                return _text(401, "Unauthorized: wrong username or password.")
        now = self._now()
        if self.limit is not None:
            issued = self._issued.setdefault(client_id, deque())
            while issued and issued[0] <= now - self.limit.seconds:
                issued.popleft()
            if len(issued) >= self.limit.count:
                self._stats.tokens_refused += 1
                return _text(400, f"Client {self._name} {client_id} has exceeded the daily rate limit")
            issued.append(now)
        ttl = min(self.ttl, 300) if audience == FIVE_MINUTE_AUDIENCE else self.ttl
        self._forget_expired(now)
        token = secrets.token_urlsafe(32)
        self._tokens[token] = now + ttl
        self._stats.tokens_issued += 1
        return web.json_response(
            {"access_token": token, "scope": SCOPE, "expires_in": ttl, "token_type": "Bearer"},
            headers={hdrs.CACHE_CONTROL: "no-store"},
        )

    def _forget_expired(self, now: float) -> None:
        if len(self._tokens) >= 64:
            for token in [t for t, expires_at in self._tokens.items() if expires_at <= now]:
                del self._tokens[token]
