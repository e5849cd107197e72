"""The suite's own PostgreSQL: started without root or a system install, one database per test."""

from __future__ import annotations

import asyncpg

from aioraas import _postgres


async def test_each_test_gets_an_empty_database_of_its_own(postgres_url: str) -> None:
    connection = await asyncpg.connect(postgres_url)
    try:
        version = await connection.fetchval("SHOW server_version")
        tables = await connection.fetchval(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        )
        await connection.execute("CREATE TABLE marker (n int)")
    finally:
        await connection.close()
    assert str(version).startswith("16")
    assert tables == 0


async def test_a_second_test_does_not_see_the_first_ones_tables(postgres_url: str) -> None:
    connection = await asyncpg.connect(postgres_url)
    try:
        exists = await connection.fetchval("SELECT to_regclass('public.marker') IS NOT NULL")
    finally:
        await connection.close()
    assert exists is False


def test_urls_are_recognised_and_passwords_redacted() -> None:
    assert _postgres.is_postgres_url("postgresql://u:p@h/db")
    assert _postgres.is_postgres_url("postgres://h/db")
    assert not _postgres.is_postgres_url("journal.sqlite")
    assert _postgres.redacted("postgresql://jobs:s3cret@db.internal:5432/raas") == (
        "postgresql://jobs:***@db.internal:5432/raas"
    )
    assert _postgres.redacted("postgresql://jobs@db/raas") == "postgresql://jobs@db/raas"
    assert _postgres.redacted("postgresql://a:b@c@h/d") == "postgresql://a:***@h/d"
