"""OAuth 2.0 tokens shared through PostgreSQL, so that many processes refresh once.

A web backend of 30 processes with ``MemoryTokenStore`` asks Tango for 30 tokens and refreshes each
one; with ``FileTokenStore`` the processes of one machine share one. ``PostgresTokenStore`` is for
processes on many machines::

    store = PostgresTokenStore("postgresql://app@db/raas")
    async with RaasClient(client_id=..., client_secret=..., token_store=store) as raas:
        ...
    await store.close()

Tokens live in one table, ``aioraas_tokens`` (key, the token's JSON, expiry). ``lock(key)`` is a
transaction-scoped advisory lock: the process that holds it refreshes while the others wait, then
they read the new token instead of asking for their own. PostgreSQL releases the lock when its holder
dies or its connection drops, so a killed process never blocks the others. Anyone who can read the
table can read the tokens: give the database role the access you would give the client secret.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, Final

from aioraas import _postgres, errors
from aioraas.auth import Token

if TYPE_CHECKING:
    import asyncpg

__all__ = ["PostgresTokenStore"]

TABLE: Final = "aioraas_tokens"
_SCHEMA: Final = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    key text PRIMARY KEY,
    token text NOT NULL,
    expires_at double precision NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
)
"""
_GET: Final = f"SELECT token FROM {TABLE} WHERE key = $1"
_PUT: Final = f"""
INSERT INTO {TABLE} (key, token, expires_at) VALUES ($1, $2, $3)
ON CONFLICT (key) DO UPDATE SET token = EXCLUDED.token, expires_at = EXCLUDED.expires_at, updated_at = now()
"""
# Tokens of keys nobody uses any more would stay forever; expired ones are dropped on each write.
_PURGE: Final = f"DELETE FROM {TABLE} WHERE expires_at < extract(epoch FROM now()) AND key <> $1"
# Advisory locks are numbers: the key's 64-bit hash, in a namespace of its own.
_LOCK: Final = "SELECT pg_advisory_xact_lock(hashtextextended('aioraas-token:' || $1, 0))"
_CONNECT_TIMEOUT: Final = 10.0
_POOL_SIZE: Final = 4


class PostgresTokenStore:
    """A :class:`~aioraas.auth.TokenStore` in the PostgreSQL database at ``url``.

    Args:
        url: a ``postgresql://`` URL (the password never appears in reprs or errors).
        lock_timeout: seconds to wait for another process's refresh before raising.
    """

    def __init__(self, url: str, *, lock_timeout: float = 30.0) -> None:
        if not _postgres.is_postgres_url(url):
            raise errors.ConfigurationError(
                f"PostgresTokenStore needs a postgresql:// URL, not {_postgres.redacted(str(url))!r}"
            )
        if not lock_timeout > 0:
            raise errors.ConfigurationError(f"lock_timeout must be positive, not {lock_timeout!r}")
        self.lock_timeout = lock_timeout
        self._url = url
        self._pool: asyncpg.Pool[Any] | None = None
        self._opening = asyncio.Lock()
        # One waiter per key and process goes to the database; the others queue here.
        self._local: dict[str, asyncio.Lock] = {}

    def __repr__(self) -> str:
        return f"PostgresTokenStore({_postgres.redacted(self._url)!r})"

    async def __aenter__(self) -> PostgresTokenStore:
        await self._connected()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        if self._pool is not None:
            pool, self._pool = self._pool, None
            await pool.close()

    async def get(self, key: str) -> Token | None:
        pool = await self._connected()
        raw = await pool.fetchval(_GET, key)
        if raw is None:
            return None
        try:
            data = json.loads(raw)
        except ValueError:
            return None
        return Token.from_json(data) if isinstance(data, dict) else None

    async def put(self, key: str, token: Token) -> None:
        pool = await self._connected()
        async with pool.acquire() as connection, connection.transaction():
            await connection.execute(_PUT, key, json.dumps(token.to_json()), token.expires_at)
            await connection.execute(_PURGE, key)

    @contextlib.asynccontextmanager
    async def lock(self, key: str) -> AsyncIterator[None]:
        local = self._local.setdefault(key, asyncio.Lock())
        async with local:
            pool = await self._connected()
            driver = _postgres.driver()
            async with pool.acquire() as connection, connection.transaction():
                # lock_timeout bounds the wait for the advisory lock; SET LOCAL ends with the transaction.
                await connection.execute(f"SET LOCAL lock_timeout = '{int(self.lock_timeout * 1000)}ms'")
                try:
                    await connection.execute(_LOCK, key)
                except driver.LockNotAvailableError:
                    raise errors.RaasError(
                        f"could not lock the token store {_postgres.redacted(self._url)} "
                        f"within {self.lock_timeout:g} s"
                    ) from None
                yield

    async def _connected(self) -> asyncpg.Pool[Any]:
        async with self._opening:
            if self._pool is None:
                connection = await _postgres.connect(self._url, timeout=_CONNECT_TIMEOUT)
                try:
                    await _postgres.create_tables(connection, [_SCHEMA])
                finally:
                    await connection.close()
                self._pool = await _postgres.pool(self._url, size=_POOL_SIZE, timeout=_CONNECT_TIMEOUT)
            return self._pool
