"""The shared rate limit and token store, through a real PostgreSQL and real worker processes.

Every count that matters comes from the emulator (its 429s, its token requests), not from the
processes' own reports.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from pathlib import Path

import asyncpg
import pytest

from aioraas import Emulator, RaasClient, errors
from aioraas.auth import Token
from aioraas.postgres import PostgresRateLimiter, PostgresTokenStore

CLIENT_ID = "acme-backend"
CLIENT_SECRET = "cs_SUPERSECRET_77c2"
CUSTOMER, ACCOUNT = "acme-hr", "acme-hr-q1"
ROOT = Path(__file__).resolve().parents[2]
START_DELAY = 2.0  # seconds for every worker's interpreter to start before the first request

# One worker process: a client paced either by the shared limiter or by its own rate_limit=.
_RATE_WORKER = """
import asyncio, sys, time
from aioraas import RaasClient
from aioraas.postgres import PostgresRateLimiter

async def main(start_at, emulator, name, key, database, mode, count):
    await asyncio.sleep(max(0.0, start_at - time.time()))  # all workers start together
    if mode == "shared":
        async with PostgresRateLimiter(database, 20, key="acme-platform") as pace:
            await run(emulator, name, key, pace, count)
    else:
        await run(emulator, name, key, 20, count)

async def run(emulator, name, key, pace, count):
    async with RaasClient(name, key, base_url=emulator, rate_limit=pace, max_retries=8) as raas:
        await asyncio.gather(*(raas.v2.accounts.get("acme-hr-q1") for _ in range(count)))

asyncio.run(main(float(sys.argv[1]), *sys.argv[2:7], int(sys.argv[7])))
"""

_TOKEN_WORKER = """
import asyncio, sys, time
from aioraas import RaasClient
from aioraas.postgres import PostgresTokenStore

async def main(start_at, emulator, database, client_id, client_secret):
    await asyncio.sleep(max(0.0, start_at - time.time()))
    async with PostgresTokenStore(database) as store, RaasClient(
        client_id=client_id, client_secret=client_secret, base_url=emulator, token_store=store
    ) as raas:
        account = await raas.v2.accounts.get("acme-hr-q1")
        print(account.account_identifier, flush=True)

asyncio.run(main(float(sys.argv[1]), *sys.argv[2:]))
"""

_LOCK_HOLDER = """
import asyncio, sys
from aioraas.postgres import PostgresTokenStore

async def main(database):
    store = PostgresTokenStore(database)
    async with store.lock("acme"):
        print("locked", flush=True)
        await asyncio.sleep(60)

asyncio.run(main(sys.argv[1]))
"""


def _where(emu: Emulator) -> tuple[str, str, str]:
    return emu.url, emu.platform_name, emu.platform_key


async def _run_workers(script: str, count: int, *args: str) -> list[str]:
    """Run ``count`` copies of ``script`` with ``args``; they start their work together."""
    start_at = f"{time.time() + START_DELAY:.3f}"
    workers = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            script,
            start_at,
            *args,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            cwd=ROOT,
        )
        for _ in range(count)
    ]
    outputs = []
    for worker in workers:
        out, err = await asyncio.wait_for(worker.communicate(), 90)
        assert worker.returncode == 0, err.decode()
        outputs.append(out.decode())
    return outputs


async def test_three_processes_sharing_the_limiter_stay_under_the_apis_limit(postgres_url: str) -> None:
    async with Emulator(tps=20) as emu:
        emu.create_account(CUSTOMER, ACCOUNT, balance=100)
        started = time.monotonic()
        await _run_workers(_RATE_WORKER, 3, *_where(emu), postgres_url, "shared", "20")
        elapsed = time.monotonic() - started - START_DELAY
        stats = emu.stats
    assert stats.count("GET /raas/v2/accounts/{accountIdentifier}", 200) == 60
    assert stats.rate_limited == 0
    # 60 requests at 20 per second together: about 3 s (the first at once), not 1 s each.
    assert elapsed >= 2.5


async def test_three_processes_each_with_its_own_limit_are_refused(postgres_url: str) -> None:
    # The same job without the shared limiter: each process keeps to 20/s, together they send 60/s.
    async with Emulator(tps=20) as emu:
        emu.create_account(CUSTOMER, ACCOUNT, balance=100)
        await _run_workers(_RATE_WORKER, 3, *_where(emu), postgres_url, "own", "12")
        stats = emu.stats
    assert stats.count("GET /raas/v2/accounts/{accountIdentifier}", 200) == 36
    assert stats.rate_limited > 0


async def test_limiters_with_one_key_share_the_pace_and_other_keys_do_not(postgres_url: str) -> None:
    async with (
        PostgresRateLimiter(postgres_url, 40, key="platform-a") as first,
        PostgresRateLimiter(postgres_url, 40, key="platform-a") as second,
        PostgresRateLimiter(postgres_url, 40, key="platform-b") as other,
    ):
        taken: list[float] = []

        async def take(limiter: PostgresRateLimiter) -> None:
            await limiter.acquire()
            taken.append(time.monotonic())

        started = time.monotonic()
        await asyncio.gather(*(take(limiter) for limiter in (first, second) for _ in range(40)))
        shared = time.monotonic() - started
        taken.sort()
        started = time.monotonic()
        await asyncio.gather(*(take(other) for _ in range(40)))
        alone = time.monotonic() - started
    # 80 slots at 40/s: the last one about 2 s after the first; any 41 consecutive slots span >= 1 s.
    assert shared >= 1.9
    assert min(taken[i + 40] - taken[i] for i in range(len(taken) - 40)) >= 0.95
    assert alone < shared - 0.5


async def test_a_429_in_one_process_slows_the_others_and_answers_bring_the_pace_back(
    postgres_url: str,
) -> None:
    async with (
        PostgresRateLimiter(postgres_url, 30, key="acme") as refused,
        PostgresRateLimiter(postgres_url, 30, key="acme") as other,
    ):
        await other.acquire()
        refused.slow_down(pause=0.6)
        await asyncio.sleep(0.05)  # the report goes out in the background
        connection = await asyncpg.connect(postgres_url)
        try:
            slowed = await connection.fetchval(
                "SELECT current_rate FROM aioraas_rate_limits WHERE key = 'acme'"
            )
            started = time.monotonic()
            await other.acquire()
            held = time.monotonic() - started
            for _ in range(10):
                other.record_success()
            await other.acquire()
            recovered = await connection.fetchval(
                "SELECT current_rate FROM aioraas_rate_limits WHERE key = 'acme'"
            )
        finally:
            await connection.close()
    assert slowed == pytest.approx(20.0)  # a third off 30
    assert held >= 0.5  # the other process waited out the Retry-After pause
    assert recovered == pytest.approx(26.0)  # 10 answers x 2 % of 30


async def test_bad_settings_and_an_unreachable_database_are_clear_and_hide_the_password() -> None:
    with pytest.raises(errors.ConfigurationError, match="postgresql:// URL"):
        PostgresRateLimiter("journal.sqlite", 20)
    with pytest.raises(errors.ConfigurationError, match="positive"):
        PostgresRateLimiter("postgresql://db/raas", 0)
    with pytest.raises(errors.ConfigurationError, match="postgresql:// URL"):
        PostgresTokenStore("sqlite:///tokens")
    url = "postgresql://jobs:pw_HIDDEN_1234@127.0.0.1:1/raas"
    limiter = PostgresRateLimiter(url, 20)
    assert "pw_HIDDEN_1234" not in repr(limiter)
    assert "pw_HIDDEN_1234" not in repr(PostgresTokenStore(url))
    with pytest.raises(errors.ConfigurationError, match="could not connect") as caught:
        await limiter.acquire()
    assert "pw_HIDDEN_1234" not in str(caught.value)
    assert "jobs:***@127.0.0.1:1" in str(caught.value)


async def test_a_client_takes_a_shared_limiter_and_leaves_it_open(postgres_url: str) -> None:
    async with Emulator() as emu, PostgresRateLimiter(postgres_url, 50, key="acme") as pace:
        emu.create_account(CUSTOMER, ACCOUNT, balance=100)
        for _ in range(2):  # a second client reuses the same limiter after the first closed
            async with RaasClient(
                emu.platform_name, emu.platform_key, base_url=emu.url, rate_limit=pace
            ) as raas:
                account = await raas.v2.accounts.get(ACCOUNT)
                assert account.account_identifier == ACCOUNT
        connection = await asyncpg.connect(postgres_url)
        try:
            rate = await connection.fetchval("SELECT rate FROM aioraas_rate_limits WHERE key = 'acme'")
        finally:
            await connection.close()
    assert rate == 50.0


async def test_six_processes_sharing_the_token_store_ask_for_one_token(postgres_url: str) -> None:
    async with Emulator(oauth_clients={CLIENT_ID: CLIENT_SECRET}) as emu:
        emu.create_account(CUSTOMER, ACCOUNT, balance=100)
        outputs = await _run_workers(_TOKEN_WORKER, 6, emu.url, postgres_url, CLIENT_ID, CLIENT_SECRET)
        stats = emu.stats
    assert [out.strip() for out in outputs] == [ACCOUNT] * 6
    assert stats.token_requests == 1
    assert stats.count("GET /raas/v2/accounts/{accountIdentifier}", 200) == 6
    connection = await asyncpg.connect(postgres_url)
    try:
        stored = await connection.fetchval("SELECT token FROM aioraas_tokens")
    finally:
        await connection.close()
    assert CLIENT_SECRET not in stored


async def test_tokens_round_trip_and_expired_ones_are_dropped(postgres_url: str) -> None:
    async with PostgresTokenStore(postgres_url) as store:
        assert await store.get("acme") is None
        now = time.time()
        await store.put("old", Token("tok-old", expires_at=now - 10, obtained_at=now - 3610))
        await store.put("acme", Token("tok-1", expires_at=now + 3600, obtained_at=now, scope="raas"))
        await store.put("acme", Token("tok-2", expires_at=now + 7200, obtained_at=now, scope="raas"))
        token = await store.get("acme")
        assert await store.get("old") is None
    assert token is not None
    assert (token.access_token, token.scope) == ("tok-2", "raas")
    assert token.expires_at == pytest.approx(now + 7200)
    assert "tok-2" not in repr(token)


async def test_the_lock_excludes_other_processes_and_dies_with_its_holder(postgres_url: str) -> None:
    holder = await asyncio.create_subprocess_exec(
        sys.executable, "-c", _LOCK_HOLDER, postgres_url, stdout=asyncio.subprocess.PIPE, cwd=ROOT
    )
    try:
        assert holder.stdout is not None
        assert (await asyncio.wait_for(holder.stdout.readline(), 30)).strip() == b"locked"
        store = PostgresTokenStore(postgres_url, lock_timeout=0.3)
        try:
            with pytest.raises(errors.RaasError, match=r"could not lock the token store .* within 0.3 s"):
                async with store.lock("acme"):
                    pass
            async with store.lock("other"):  # another key is free
                pass
            os.kill(holder.pid, signal.SIGKILL)
            await holder.wait()
            waiting = PostgresTokenStore(postgres_url, lock_timeout=10)
            try:
                started = time.monotonic()
                async with waiting.lock("acme"):
                    acquired = time.monotonic() - started
            finally:
                await waiting.close()
        finally:
            await store.close()
    finally:
        if holder.returncode is None:
            holder.kill()
            await holder.wait()
    assert acquired < 5  # PostgreSQL ended the dead holder's session and its lock with it
