"""PostgreSQL support: the optional driver, imported only when a ``postgresql://`` URL is used.

aioraas talks to PostgreSQL through asyncpg (``pip install 'aioraas[postgres]'``): an asyncio-native
driver, so the journal, the shared rate limit and the token store never block the event loop.
"""

from __future__ import annotations

from types import ModuleType

from aioraas import errors

SCHEMES = ("postgresql://", "postgres://")


def is_postgres_url(value: object) -> bool:
    """True for a ``postgresql://`` or ``postgres://`` URL (the forms libpq accepts)."""
    return isinstance(value, str) and value.startswith(SCHEMES)


def driver() -> ModuleType:
    """The asyncpg module, or a ConfigurationError saying how to install it."""
    try:
        import asyncpg
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise errors.ConfigurationError(
            "a postgresql:// URL needs the PostgreSQL driver: pip install 'aioraas[postgres]'"
        ) from exc
    return asyncpg


def redacted(url: str) -> str:
    """``url`` with its password replaced by ``***``, for messages and reprs (never log a DSN as is)."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    userinfo, at, host = rest.rpartition("@")
    if not at or ":" not in userinfo:
        return url
    user = userinfo.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}"
