"""OAuth 2.0 end to end: aioraas's client against the emulator's token endpoint and Bearer checks.

The emulator counts token requests (``stats.token_requests``), so these tests prove how many
tokens a client asked for, not just that calls succeeded.
"""

from __future__ import annotations

import asyncio
import logging
import os
import stat
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest

from aioraas import Emulator, RaasClient, errors
from aioraas.auth import FileTokenStore, OAuth2
from aioraas.models import v2

CLIENT_ID = "acme-backend"
CLIENT_SECRET = "cs_SUPERSECRET_4b1d"
USERNAME = "svc-rewards"
PASSWORD = "pw_SUPERSECRET_93ae"
CUSTOMER = "acme-hr"
ACCOUNT = "acme-hr-q1"


def _emulator(**options: object) -> Emulator:
    return Emulator(oauth_clients={CLIENT_ID: CLIENT_SECRET}, **options)  # type: ignore[arg-type]


def _client(emu: Emulator, **options: object) -> RaasClient:
    return RaasClient(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, base_url=emu.url, **options)  # type: ignore[arg-type]


async def test_500_concurrent_calls_on_a_cold_client_make_exactly_one_token_request() -> None:
    async with _emulator() as emu, _client(emu) as raas:
        emu.create_account(CUSTOMER, ACCOUNT, balance=100)
        accounts = await asyncio.gather(*(raas.v2.accounts.get(ACCOUNT) for _ in range(500)))
        assert {a.account_identifier for a in accounts} == {ACCOUNT}
        stats = emu.stats
        assert stats.token_requests == 1
        assert stats.tokens_issued == 1
        assert stats.bearer_rejected == 0
        assert stats.count("GET /raas/v2/accounts/{accountIdentifier}", 200) == 500


async def test_steady_calls_across_token_expiries_never_see_a_401_and_ask_once_per_lifetime() -> None:
    # Shortened from "2 s tokens, 20 s" to "1 s tokens, 8 s": the same ratio of run to lifetime.
    ttl, duration = 1, 8.0
    async with _emulator(token_ttl=ttl) as emu, _client(emu) as raas:
        emu.create_account(CUSTOMER, ACCOUNT, balance=100)
        calls = 0
        deadline = time.monotonic() + duration

        async def steady() -> None:
            nonlocal calls
            while time.monotonic() < deadline:
                await raas.v2.accounts.get(ACCOUNT)  # an Unauthorized here fails the test
                calls += 1
                await asyncio.sleep(0.01)

        await asyncio.gather(*(steady() for _ in range(4)))
        stats = emu.stats
        # Each token is renewed when 1/6 of its life is left: one request per 5/6 s here, so
        # about 10 in 8 s (at least one per lifetime; never one per call).
        assert duration / ttl <= stats.token_requests <= duration / (ttl * 5 / 6) + 2, stats.token_requests
        # Renewed ahead of expiry, so the API all but never sees an expired token (one, on a loaded
        # machine, when a call waits longer than the margin between taking the header and arriving);
        # none ever reaches the caller: steady() would have raised.
        assert stats.bearer_rejected <= 1
        assert calls > 20 * stats.token_requests


_WORKER = """
import asyncio, sys
from aioraas import RaasClient
from aioraas.auth import FileTokenStore

async def main(url, store, start_at):
    import time
    await asyncio.sleep(max(0.0, start_at - time.time()))  # both processes start together
    async with RaasClient(client_id=sys.argv[4], client_secret=sys.argv[5], base_url=url,
                          token_store=FileTokenStore(store)) as raas:
        account = await raas.v2.accounts.get("acme-hr-q1")
        print(account.account_identifier, flush=True)

asyncio.run(main(sys.argv[1], sys.argv[2], float(sys.argv[3])))
"""


async def test_two_processes_sharing_a_file_store_make_one_token_request(tmp_path: Path) -> None:
    store = tmp_path / "tokens.json"
    async with _emulator() as emu:
        emu.create_account(CUSTOMER, ACCOUNT, balance=100)
        start_at = f"{time.time() + 1.5:.3f}"
        workers = [
            await asyncio.create_subprocess_exec(
                sys.executable,
                "-c",
                _WORKER,
                emu.url,
                str(store),
                start_at,
                CLIENT_ID,
                CLIENT_SECRET,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
            )
            for _ in range(2)
        ]
        results = [await asyncio.wait_for(w.communicate(), 60) for w in workers]
        for worker, (out, err) in zip(workers, results, strict=True):
            assert worker.returncode == 0, err.decode()
            assert out.decode().strip() == ACCOUNT
        assert emu.stats.token_requests == 1
        assert emu.stats.count("GET /raas/v2/accounts/{accountIdentifier}", 200) == 2
    assert stat.S_IMODE(os.stat(store).st_mode) == 0o600
    assert CLIENT_SECRET not in store.read_text()


async def test_issuance_limit_raises_a_typed_error_without_a_retry_storm() -> None:
    async with _emulator(token_limit="1/3600") as emu:
        emu.create_account(CUSTOMER, ACCOUNT, balance=100)
        async with _client(emu) as first:
            await first.v2.accounts.get(ACCOUNT)
        # A second process (its own memory store) asks again within the window.
        async with _client(emu) as second:
            outcomes = await asyncio.gather(
                *(second.v2.accounts.get(ACCOUNT) for _ in range(50)), return_exceptions=True
            )
            assert all(isinstance(o, errors.TokenLimitExceeded) for o in outcomes), outcomes[:3]
            error = outcomes[0]
            assert isinstance(error, errors.TokenLimitExceeded)
            assert error.status == 400
            assert f"Client {emu.platform_name} {CLIENT_ID} has exceeded the daily rate limit" in error.text
            assert "token store" in str(error)
            with pytest.raises(errors.TokenLimitExceeded):
                await second.v2.accounts.get(ACCOUNT)  # within the cooldown: not asked again
        stats = emu.stats
        assert stats.token_requests == 2
        assert stats.tokens_issued == 1
        assert stats.tokens_refused == 1
        assert stats.count("GET /raas/v2/accounts/{accountIdentifier}") == 1


async def test_a_refused_token_is_refreshed_once_and_the_order_retried_with_the_same_body() -> None:
    async with _emulator() as emu, _client(emu) as raas:
        emu.create_account(CUSTOMER, ACCOUNT, balance=100)
        await raas.v2.accounts.get(ACCOUNT)
        emu.expire_tokens()  # the API now refuses the token the client holds
        result = await raas.v2.orders.create(
            customer_identifier=CUSTOMER,
            account_identifier=ACCOUNT,
            utid="U561593",
            amount=Decimal("5.00"),
            delivery_method="EMAIL",
            recipient=v2.Recipient(email="ann@example.com", first_name="Ann"),
            external_ref_id="oauth0001",
        )
        assert result.created
        stats = emu.stats
        assert stats.bearer_rejected == 1
        assert stats.token_requests == 2
        assert stats.count("POST /raas/v2/orders", 401) == 1
        assert stats.count("POST /raas/v2/orders", 201) == 1
        orders = [o for o in emu.state.orders() if o.external_ref_id == "oauth0001"]
        assert len(orders) == 1


async def test_expired_on_the_emulators_clock_is_refreshed_transparently() -> None:
    async with _emulator(token_ttl=3600) as emu, _client(emu) as raas:
        emu.create_account(CUSTOMER, ACCOUNT, balance=100)
        await raas.v2.accounts.get(ACCOUNT)
        emu.advance_clock(3601)
        await raas.v2.accounts.get(ACCOUNT)
        assert emu.stats.token_requests == 2
        assert emu.stats.bearer_rejected == 1


async def test_wrong_client_secret_raises_authentication_error_with_the_endpoints_text() -> None:
    async with _emulator() as emu:
        async with RaasClient(client_id=CLIENT_ID, client_secret="wrong-secret", base_url=emu.url) as raas:
            with pytest.raises(errors.AuthenticationError) as caught:
                await raas.v2.catalog.get()
        assert caught.value.status == 401
        assert "Unauthorized" in caught.value.text
        assert not isinstance(caught.value, errors.TokenLimitExceeded)
        assert "wrong-secret" not in str(caught.value)
        assert emu.stats.token_requests == 1


async def test_service_account_password_grant_and_no_secret_in_logs_reprs_or_errors(
    caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    caplog.set_level(logging.DEBUG, logger="aioraas")
    store = FileTokenStore(tmp_path / "tokens.json")
    async with (
        Emulator(
            oauth_clients={CLIENT_ID: CLIENT_SECRET}, oauth_users={USERNAME: PASSWORD}, token_ttl=60
        ) as emu,
        RaasClient(
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            username=USERNAME,
            password=PASSWORD,
            base_url=emu.url,
            token_store=store,
        ) as raas,
    ):
        emu.create_account(CUSTOMER, ACCOUNT, balance=100)
        await raas.v2.accounts.get(ACCOUNT)
        emu.expire_tokens()
        await raas.v2.accounts.get(ACCOUNT)  # a 401, a refresh, a retry: all logged
        token = await store.get(raas._transport.auth.key)  # type: ignore[attr-defined]
        assert token is not None
        texts = [caplog.text, repr(raas), repr(raas._transport.auth), repr(token), repr(store)]
        async with RaasClient(
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            username=USERNAME,
            password="bad-" + PASSWORD,
            base_url=emu.url,
        ) as wrong:
            with pytest.raises(errors.AuthenticationError) as caught:
                await wrong.v2.accounts.get(ACCOUNT)
        texts += [str(caught.value), repr(caught.value), caught.value.text, caplog.text]
        assert emu.stats.tokens_issued == 2
    assert "OAuth token" in caplog.text  # the lifecycle was logged, without the secrets
    for text in texts:
        for secret in (CLIENT_SECRET, PASSWORD, token.access_token):
            assert secret not in text


async def test_oauth_and_basic_clients_share_one_emulator() -> None:
    async with _emulator() as emu:
        emu.create_account(CUSTOMER, ACCOUNT, balance=100)
        async with RaasClient(emu.platform_name, emu.platform_key, base_url=emu.url) as basic:
            await basic.v2.accounts.get(ACCOUNT)
            await basic.v1.rewards.list()
        async with _client(emu) as oauth:
            await oauth.v2.accounts.get(ACCOUNT)
            with pytest.raises(errors.ConfigurationError, match="v1 API accepts HTTP Basic only"):
                await oauth.v1.rewards.list()
        assert emu.stats.token_requests == 1


async def test_an_explicit_oauth2_auth_reuses_a_shared_memory_store_across_clients() -> None:
    from aioraas.auth import MemoryTokenStore

    store = MemoryTokenStore()
    async with _emulator() as emu:
        emu.create_account(CUSTOMER, ACCOUNT, balance=100)
        for _ in range(3):
            async with _client(emu, token_store=store) as raas:
                await raas.v2.accounts.get(ACCOUNT)
                assert isinstance(raas._transport.auth, OAuth2)
        assert emu.stats.token_requests == 1
