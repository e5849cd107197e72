"""PostgreSQL support: the optional driver, imported only when a ``postgresql://`` URL is used.

aioraas talks to PostgreSQL through asyncpg (``pip install 'aioraas[postgres]'``): an asyncio-native
driver, so the journal, the shared rate limit and the token store never block the event loop.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import ModuleType
from typing import TYPE_CHECKING, Any, Final

from aioraas import errors

if TYPE_CHECKING:
    import asyncpg

SCHEMES = ("postgresql://", "postgres://")
# Held while aioraas creates its tables: two processes starting at once would otherwise race inside
# CREATE TABLE IF NOT EXISTS (a unique violation in the catalogue). The bytes spell "aioraas".
SCHEMA_LOCK: Final = 0x61696F72616173


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


def _userinfo(url: str) -> tuple[str, str, str | None, str] | None:
    """(scheme, user, password, host and the rest) of a URL with userinfo, else None."""
    scheme, sep, rest = url.partition("://")
    userinfo, at, host = rest.rpartition("@")
    if not sep or not at:
        return None
    user, colon, password = userinfo.partition(":")
    return scheme, user, (password or None) if colon else None, host


def redacted(url: str) -> str:
    """``url`` with its password replaced by ``***``, for messages and reprs (never log a DSN as is)."""
    parts = _userinfo(url)
    if parts is None or parts[2] is None:
        return url
    scheme, user, _, host = parts
    return f"{scheme}://{user}:***@{host}"


def scrubbed(text: str, url: str) -> str:
    """``text`` without ``url``'s password (the driver's messages may quote parts of a DSN)."""
    text = text.replace(url, redacted(url))
    parts = _userinfo(url)
    password = parts[2] if parts is not None else None
    return text.replace(password, "***") if password else text


def _unreachable(url: str, exc: BaseException) -> errors.ConfigurationError:
    return errors.ConfigurationError(
        f"could not connect to {redacted(url)}: {type(exc).__name__}: {scrubbed(str(exc), url)}"
    )


async def connect(url: str, *, timeout: float) -> asyncpg.Connection[Any]:
    """A connection to ``url``; failures name the database without its password."""
    driver_module = driver()
    try:
        connection: asyncpg.Connection[Any] = await driver_module.connect(url, timeout=timeout)
    except (OSError, TimeoutError, driver_module.PostgresError, driver_module.InterfaceError) as exc:
        raise _unreachable(url, exc) from None
    return connection


async def create_tables(connection: asyncpg.Connection[Any], statements: Iterable[str]) -> None:
    """Run ``CREATE ... IF NOT EXISTS`` statements, one process at a time."""
    async with connection.transaction():
        await connection.execute("SELECT pg_advisory_xact_lock($1)", SCHEMA_LOCK)
        for statement in statements:
            await connection.execute(statement)


async def pool(url: str, *, size: int, timeout: float) -> asyncpg.Pool[Any]:
    """A pool of up to ``size`` connections to ``url`` (opened as needed); failures as :func:`connect`."""
    driver_module = driver()
    try:
        created: asyncpg.Pool[Any] = await driver_module.create_pool(
            url, min_size=0, max_size=size, timeout=timeout
        )
    except (OSError, TimeoutError, driver_module.PostgresError, driver_module.InterfaceError) as exc:
        raise _unreachable(url, exc) from None
    return created
