"""A private PostgreSQL server for the test run, started by the suite itself.

`pgserver` (a PyPI package) bundles PostgreSQL 16's binaries and runs a server from a temporary data
directory as the current user, root included, so `make test` needs no system install and no root.
One server serves the whole session; every test gets a database of its own (created from an empty
template in milliseconds), so tests never see each other's tables.
"""

from __future__ import annotations

import contextlib
import secrets
import tempfile
import urllib.parse
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import asyncpg
import pgserver
import pytest


@contextlib.contextmanager
def private_server(prefix: str = "aioraas-pg-") -> Iterator[Any]:
    """A PostgreSQL server of its own in a temporary directory; stopped and removed on exit."""
    with tempfile.TemporaryDirectory(prefix=prefix) as data:
        server = pgserver.get_server(Path(data), cleanup_mode="stop")
        try:
            yield server
        finally:
            server.cleanup()


async def _admin(server: Any, statement: str) -> None:
    admin = await asyncpg.connect(server.get_uri())
    try:
        await admin.execute(statement)
    finally:
        await admin.close()


async def new_database(server: Any, prefix: str = "t") -> str:
    """A fresh empty database on ``server``; its URL (left for the server's cleanup to remove)."""
    name = f"{prefix}_{secrets.token_hex(6)}"
    await _admin(server, f'CREATE DATABASE "{name}"')
    url: str = server.get_uri(name)
    return url


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Any]:
    """The session's server; stopped and its data directory removed at the end."""
    with private_server() as server:
        yield server


@pytest.fixture
async def postgres_url(postgres_server: Any) -> AsyncIterator[str]:
    """The URL of a fresh, empty database on the session's server, dropped after the test."""
    url = await new_database(postgres_server)
    yield url
    name = urllib.parse.urlsplit(url).path.lstrip("/")
    await _admin(postgres_server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


JournalAt = Callable[[str], Awaitable[str]]


@pytest.fixture(params=["sqlite", "postgres"])
def journal_at(request: pytest.FixtureRequest, tmp_path: Path) -> JournalAt:
    """``await journal_at(name)``: where the journal called ``name`` lives, once per backend: a SQLite
    file in the test's directory, or a database of its own on the session's PostgreSQL."""
    known: dict[str, str] = {}
    server = request.getfixturevalue("postgres_server") if request.param == "postgres" else None

    async def where(name: str) -> str:
        if name not in known:
            if request.param == "sqlite":
                known[name] = str(tmp_path / f"{name}.sqlite")
            else:
                known[name] = await new_database(server)
        return known[name]

    return where
