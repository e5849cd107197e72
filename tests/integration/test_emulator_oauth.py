"""The emulator's OAuth 2.0 token endpoint and Bearer checks, with a raw aiohttp client."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from typing import Any

import aiohttp
import pytest

from aioraas.emulator import Emulator
from aioraas.emulator.oauth import TokenLimit

from .emulator_support import assert_error_info, running

CLIENTS = {"cid": "csecret"}
FORM = {
    "grant_type": "client_credentials",
    "client_id": "cid",
    "client_secret": "csecret",
    "scope": "raas.all",
    "audience": "https://api.tangocard.com/",
}


async def _token(session: aiohttp.ClientSession, **changes: str) -> tuple[int, str, Any]:
    form = {k: v for k, v in {**FORM, **changes}.items() if v != ""}
    async with session.post("/oauth/token", data=form) as response:
        text = await response.text()
        body = await response.json() if response.content_type == "application/json" else None
        return response.status, text, body


async def test_issues_a_token_that_v2_accepts_as_bearer() -> None:
    async with running(oauth_clients=CLIENTS, token_ttl=120) as (emu, api):
        emu.create_account("acme-hr", "acme-hr-q1", balance=10)
        async with api.session.post("/oauth/token", data=FORM) as response:
            assert response.status == 200
            assert response.headers["Cache-Control"] == "no-store"
            body = await response.json()
        assert set(body) == {"access_token", "scope", "expires_in", "token_type"}
        assert (body["scope"], body["expires_in"], body["token_type"]) == ("raas.all", 120, "Bearer")
        bearer = {"Authorization": f"Bearer {body['access_token']}"}
        reply = await api.get("/raas/v2/accounts/acme-hr-q1", auth=False, headers=bearer)
        assert reply.status == 200, reply.raw
        # v1 stays Basic: a bearer token there is a failed authentication.
        v1 = await api.get("/raas/v1.1/rewards", auth=False, headers=bearer)
        assert v1.status == 403
        assert v1.body["success"] is False
        assert (await api.get("/raas/v1.1/rewards")).status == 200
        stats = emu.stats
        assert (stats.token_requests, stats.tokens_issued, stats.bearer_rejected) == (1, 1, 0)


@pytest.mark.parametrize("token", ["not-a-token", ""])
async def test_unknown_or_expired_bearer_gets_tangos_401(token: str) -> None:
    async with running(oauth_clients=CLIENTS, token_ttl=60) as (emu, api):
        if not token:
            _, _, body = await _token(api.session)
            token = body["access_token"]
            emu.advance_clock(60)
        reply = await api.get("/raas/v2/catalogs", auth=False, headers={"Authorization": f"Bearer {token}"})
        assert_error_info(reply, 401, "401.502")
        assert reply.headers["WWW-Authenticate"].startswith("Bearer")
        assert emu.stats.bearer_rejected == 1


async def test_expire_tokens_revokes_every_issued_token() -> None:
    async with running(oauth_clients=CLIENTS) as (emu, api):
        _, _, body = await _token(api.session)
        bearer = {"Authorization": f"Bearer {body['access_token']}"}
        assert (await api.get("/raas/v2/catalogs", auth=False, headers=bearer)).status == 200
        emu.expire_tokens()
        assert (await api.get("/raas/v2/catalogs", auth=False, headers=bearer)).status == 401


@pytest.mark.parametrize(
    ("changes", "status", "text"),
    [
        ({"client_secret": "wrong"}, 401, "Unauthorized"),
        ({"client_id": "nobody"}, 401, "Unauthorized"),
        ({"grant_type": "implicit"}, 400, "Unsupported grant_type"),
        ({"scope": "raas.read"}, 400, "Invalid scope"),
        ({"audience": "https://elsewhere.test/"}, 400, "Invalid audience"),
        ({"audience": ""}, 400, "Missing required parameter: audience"),
        ({"grant_type": "password"}, 400, "Missing required parameter: username, password"),
        (
            {"grant_type": "password", "username": "svc", "password": "nope"},
            401,
            "wrong username or password",
        ),
    ],
)
async def test_token_endpoint_errors_are_plain_text(changes: dict[str, str], status: int, text: str) -> None:
    async with running(oauth_clients=CLIENTS, oauth_users={"svc": "pw"}) as (emu, api):
        got_status, got_text, body = await _token(api.session, **changes)
        assert (got_status, body) == (status, None)
        assert text in got_text
        assert "csecret" not in got_text
        assert emu.stats.tokens_issued == 0


async def test_password_grant_and_the_five_minute_audience() -> None:
    async with running(oauth_clients=CLIENTS, oauth_users={"svc": "pw"}) as (_, api):
        status, _, body = await _token(
            api.session,
            grant_type="password",
            username="svc",
            password="pw",
            audience="tango-api.bhn.com/fiveminute",
        )
        assert status == 200
        assert body["expires_in"] == 300


async def test_wrong_method_and_content_type() -> None:
    async with running(oauth_clients=CLIENTS) as (_, api):
        async with api.session.get("/oauth/token") as response:
            assert response.status == 405
            assert response.headers["Allow"] == "POST"
        async with api.session.post("/oauth/token", json=FORM) as response:
            assert response.status == 400
            assert "x-www-form-urlencoded" in await response.text()


async def test_issuance_limit_per_client_and_window() -> None:
    async with running(oauth_clients={**CLIENTS, "other": "osecret"}, token_limit=TokenLimit(2, 3600)) as (
        emu,
        api,
    ):
        assert [(await _token(api.session))[0] for _ in range(3)] == [200, 200, 400]
        status, text, _ = await _token(api.session)
        assert (status, text) == (400, f"Client {emu.platform_name} cid has exceeded the daily rate limit")
        assert (await _token(api.session, client_id="other", client_secret="osecret"))[0] == 200
        emu.advance_clock(3600)
        assert (await _token(api.session))[0] == 200
        stats = emu.stats
        assert (stats.token_requests, stats.tokens_issued, stats.tokens_refused) == (6, 4, 2)
        emu.reset_stats()
        assert emu.stats.token_requests == 0


async def test_token_endpoint_is_outside_the_tps_limit_and_faults() -> None:
    async with running(oauth_clients=CLIENTS, tps=1, faults="error_503=1") as (emu, api):
        statuses = [(await _token(api.session))[0] for _ in range(5)]
        assert statuses == [200] * 5
        assert emu.stats.faults == {}


def test_bad_oauth_options_are_refused() -> None:
    with pytest.raises(ValueError, match="token_ttl"):
        Emulator(oauth_clients=CLIENTS, token_ttl=0)
    with pytest.raises(ValueError, match="N/SECONDS"):
        Emulator(token_limit="often")
    with pytest.raises(ValueError, match="non-empty"):
        Emulator(oauth_clients={"cid": ""})


async def test_cli_serves_tokens_for_its_oauth_clients() -> None:
    command = [sys.executable, "-c", "import sys; from aioraas.cli import main; sys.exit(main())"]
    process = await asyncio.create_subprocess_exec(
        *command,
        *["emulator", "--port", "0", "--oauth-client", "cid:csecret", "--token-ttl", "7"],
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        lines = [(await asyncio.wait_for(process.stdout.readline(), 30)).decode() for _ in range(4)]
        url = lines[0].removeprefix("aioraas emulator listening on ").strip()
        assert lines[3].startswith("oauth client: cid (token endpoint ")
        assert "csecret" not in "".join(lines)
        async with aiohttp.ClientSession(base_url=url) as session:
            status, _, body = await _token(session)
        assert status == 200
        assert body["expires_in"] == 7
    finally:
        process.kill()
        await asyncio.wait_for(process.wait(), 10)


def test_cli_rejects_malformed_oauth_options() -> None:
    command = [sys.executable, "-c", "import sys; from aioraas.cli import main; sys.exit(main())"]
    for args in (["--oauth-client", "no-secret"], ["--token-limit", "1-per-day"], ["--token-ttl", "0"]):
        done = subprocess.run([*command, "emulator", *args], capture_output=True, text=True, timeout=30)
        assert done.returncode == 2, done.stderr
        assert "error" in done.stderr
