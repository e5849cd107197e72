"""aioraas.auth: credential selection, the token request, refresh rules and the token stores."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import os
import stat
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aioresponses import CallbackResult, aioresponses

from aioraas import RaasClient, errors
from aioraas.auth import (
    DEFAULT_AUDIENCE,
    TOKEN_URLS,
    BasicAuth,
    FileTokenStore,
    MemoryTokenStore,
    OAuth2,
    Token,
    TokenStore,
)

BASE = "https://api.test"
TOKEN_URL = f"{BASE}/oauth/token"
V2 = f"{BASE}/raas/v2"
SECRET = "cs_SUPERSECRET_c0ffee"
PASSWORD = "pw_SUPERSECRET_beef"
CATALOG = {"catalogName": "test", "brands": []}
_ENV = (
    "RAAS_PLATFORM_NAME",
    "RAAS_PLATFORM_KEY",
    "RAAS_CLIENT_ID",
    "RAAS_CLIENT_SECRET",
    "RAAS_USERNAME",
    "RAAS_PASSWORD",
    "RAAS_TOKEN_URL",
    "RAAS_AUDIENCE",
    "RAAS_SCOPE",
    "RAAS_BASE_URL",
    "RAAS_ENVIRONMENT",
)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _ENV:
        monkeypatch.delenv(name, raising=False)


def _token(access_token: str = "tok-1", expires_in: int = 86400) -> dict[str, Any]:
    return {
        "access_token": access_token,
        "scope": "raas.all",
        "expires_in": expires_in,
        "token_type": "Bearer",
    }


def _calls(mock: aioresponses, method: str, url: str) -> list[Any]:
    return [c for (m, u), calls in mock.requests.items() if m == method and str(u) == url for c in calls]


@pytest.fixture
async def oauth_client() -> AsyncIterator[RaasClient]:
    client = RaasClient(client_id="cid", client_secret=SECRET, base_url=BASE)
    auth = client._transport.auth
    assert isinstance(auth, OAuth2)

    async def no_sleep(seconds: float) -> None:
        pass

    auth._sleep = no_sleep
    yield client
    await client.close()


# -- choosing credentials ----------------------------------------------------------------------


def test_basic_stays_a_constant_header() -> None:
    client = RaasClient("acme", "key", base_url=BASE)
    auth = client._transport.auth
    assert isinstance(auth, BasicAuth)
    assert auth.static_authorization == "Basic " + base64.b64encode(b"acme:key").decode()
    assert client.client_id is None
    assert client.platform_name == "acme"


@pytest.mark.parametrize(
    "options",
    [
        {"platform_name": "acme", "client_id": "cid", "client_secret": SECRET},
        {"platform_key": "key", "client_secret": SECRET},
        {"platform_name": "acme", "platform_key": "key", "username": "svc", "password": PASSWORD},
    ],
)
def test_both_kinds_of_credentials_are_refused(options: dict[str, str]) -> None:
    with pytest.raises(errors.ConfigurationError, match="not both") as caught:
        RaasClient(base_url=BASE, **options)  # type: ignore[arg-type]
    assert SECRET not in str(caught.value)
    assert PASSWORD not in str(caught.value)


def test_both_kinds_in_the_environment_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAAS_PLATFORM_NAME", "acme")
    monkeypatch.setenv("RAAS_PLATFORM_KEY", "key")
    monkeypatch.setenv("RAAS_CLIENT_ID", "cid")
    monkeypatch.setenv("RAAS_CLIENT_SECRET", SECRET)
    with pytest.raises(errors.ConfigurationError, match="RAAS_CLIENT_ID"):
        RaasClient(base_url=BASE)
    # Arguments win over the environment.
    assert isinstance(RaasClient("acme", "key", base_url=BASE)._transport.auth, BasicAuth)
    assert isinstance(RaasClient(client_id="c", client_secret="s", base_url=BASE)._transport.auth, OAuth2)


def test_oauth_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAAS_CLIENT_ID", "cid")
    monkeypatch.setenv("RAAS_CLIENT_SECRET", SECRET)
    monkeypatch.setenv("RAAS_USERNAME", "svc")
    monkeypatch.setenv("RAAS_PASSWORD", PASSWORD)
    monkeypatch.setenv("RAAS_AUDIENCE", "tango-api.bhn.com/fiveminute")
    client = RaasClient(environment="production")
    auth = client._transport.auth
    assert isinstance(auth, OAuth2)
    assert (auth.client_id, auth.username, auth.audience) == ("cid", "svc", "tango-api.bhn.com/fiveminute")
    assert auth.token_url == TOKEN_URLS["production"] == "https://auth.tangocard.com/oauth/token"
    for text in (repr(client), repr(auth)):
        assert SECRET not in text
        assert PASSWORD not in text
    assert "cid" in repr(client)


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, "https://sandbox-auth.tangocard.com/oauth/token"),
        ({"environment": "sandbox"}, "https://sandbox-auth.tangocard.com/oauth/token"),
        ({"environment": "production"}, "https://auth.tangocard.com/oauth/token"),
        ({"base_url": "http://127.0.0.1:8080/"}, "http://127.0.0.1:8080/oauth/token"),
        ({"base_url": BASE, "token_url": "https://auth.example.test/t"}, "https://auth.example.test/t"),
    ],
)
def test_token_url_defaults(options: dict[str, str], expected: str) -> None:
    auth = RaasClient(client_id="cid", client_secret=SECRET, **options)._transport.auth  # type: ignore[arg-type]
    assert isinstance(auth, OAuth2)
    assert auth.token_url == expected
    assert (auth.audience, auth.scope) == (DEFAULT_AUDIENCE, "raas.all")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"client_id": "cid"}, "client_secret is required"),
        ({"client_secret": SECRET}, "client_id is required"),
        ({"client_id": "cid", "client_secret": SECRET, "username": "svc"}, "username and password"),
        ({"client_id": "cid", "client_secret": SECRET, "password": PASSWORD}, "username and password"),
        ({"client_id": "cid", "client_secret": SECRET, "token_url": "http://auth.example.test/t"}, "TLS"),
        (
            {"client_id": "cid", "client_secret": SECRET, "token_url": "https://u:p@auth.test/t"},
            "credentials",
        ),
        ({"client_id": "cid", "client_secret": SECRET, "token_refresh_window": -1}, "token_refresh_window"),
        ({"platform_name": "a", "platform_key": "k", "token_store": MemoryTokenStore()}, "token_store"),
        ({"platform_name": "a", "platform_key": "k", "scope": "raas.all"}, "only for OAuth"),
    ],
)
def test_bad_oauth_configuration_is_refused_before_anything_is_sent(
    options: dict[str, Any], message: str
) -> None:
    with pytest.raises(errors.ConfigurationError, match=message) as caught:
        RaasClient(base_url=BASE, **options)
    assert SECRET not in str(caught.value)
    assert PASSWORD not in str(caught.value)


# -- the token request and the header ----------------------------------------------------------


async def test_client_credentials_form_and_bearer_header(oauth_client: RaasClient) -> None:
    with aioresponses() as mock:
        mock.post(TOKEN_URL, payload=_token())
        mock.get(f"{V2}/catalogs", payload=CATALOG, repeat=True)
        await oauth_client.v2.catalog.get()
        await oauth_client.v2.catalog.get()
        (token_call,) = _calls(mock, "POST", TOKEN_URL)
        assert token_call.kwargs["data"] == {
            "grant_type": "client_credentials",
            "client_id": "cid",
            "client_secret": SECRET,
            "scope": "raas.all",
            "audience": "https://api.tangocard.com/",
        }
        api_calls = _calls(mock, "GET", f"{V2}/catalogs")
        assert [c.kwargs["headers"]["Authorization"] for c in api_calls] == ["Bearer tok-1"] * 2


async def test_password_grant_form() -> None:
    async with RaasClient(
        client_id="cid", client_secret=SECRET, username="svc", password=PASSWORD, base_url=BASE
    ) as client:
        with aioresponses() as mock:
            mock.post(TOKEN_URL, payload=_token())
            mock.get(f"{V2}/catalogs", payload=CATALOG)
            await client.v2.catalog.get()
            (call,) = _calls(mock, "POST", TOKEN_URL)
            assert call.kwargs["data"]["grant_type"] == "password"
            assert (call.kwargs["data"]["username"], call.kwargs["data"]["password"]) == ("svc", PASSWORD)


async def test_a_second_401_is_raised_after_exactly_one_refresh(oauth_client: RaasClient) -> None:
    unauthorized = {"httpCode": 401, "i18nKey": "401.502", "message": "Full authentication is required"}
    with aioresponses() as mock:
        mock.post(TOKEN_URL, payload=_token("tok-1"))
        mock.post(TOKEN_URL, payload=_token("tok-2"))
        mock.get(f"{V2}/catalogs", status=401, payload=unauthorized, repeat=True)
        with pytest.raises(errors.Unauthorized):
            await oauth_client.v2.catalog.get()
        assert len(_calls(mock, "POST", TOKEN_URL)) == 2
        api_calls = _calls(mock, "GET", f"{V2}/catalogs")
        assert [c.kwargs["headers"]["Authorization"] for c in api_calls] == ["Bearer tok-1", "Bearer tok-2"]


async def test_token_endpoint_5xx_is_retried_then_works(oauth_client: RaasClient) -> None:
    with aioresponses() as mock:
        mock.post(TOKEN_URL, status=503, body="upstream unavailable")
        mock.post(TOKEN_URL, payload=_token())
        mock.get(f"{V2}/catalogs", payload=CATALOG)
        await oauth_client.v2.catalog.get()
        assert len(_calls(mock, "POST", TOKEN_URL)) == 2


@pytest.mark.parametrize(
    ("status", "body", "error"),
    [
        (401, "Unauthorized", errors.AuthenticationError),
        (400, "Client acme cid has exceeded the daily rate limit", errors.TokenLimitExceeded),
        (200, "not json", errors.AuthenticationError),
        (200, json.dumps({"token_type": "Bearer"}), errors.AuthenticationError),
        (200, json.dumps({"access_token": "t", "expires_in": 0}), errors.AuthenticationError),
    ],
)
async def test_token_endpoint_failures_are_typed_and_not_retried(
    oauth_client: RaasClient, status: int, body: str, error: type[Exception]
) -> None:
    with aioresponses() as mock:
        mock.post(TOKEN_URL, status=status, body=body + f" (echo {SECRET})", repeat=True)
        with pytest.raises(error) as caught:
            await oauth_client.v2.catalog.get()
        assert len(_calls(mock, "POST", TOKEN_URL)) == 1
        assert not _calls(mock, "GET", f"{V2}/catalogs")
    assert SECRET not in str(caught.value)
    if status != 200:
        assert body in str(caught.value)


async def test_unreachable_token_endpoint_is_a_transport_error(oauth_client: RaasClient) -> None:
    with aioresponses() as mock:
        mock.post(TOKEN_URL, exception=aiohttp.ClientConnectionError("refused"), repeat=True)
        with pytest.raises(errors.TransportError):
            await oauth_client.v2.catalog.get()
        assert len(_calls(mock, "POST", TOKEN_URL)) == 3  # two retries, then give up


# -- the lifecycle, on a clock of the test's own ----------------------------------------------


class _Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


async def _no_sleep(seconds: float) -> None:
    pass


def _oauth(clock: _Clock, **options: Any) -> OAuth2:
    return OAuth2(
        token_url=TOKEN_URL, client_id="cid", client_secret=SECRET, clock=clock, sleep=_no_sleep, **options
    )


async def test_refreshed_inside_the_window_before_expiry() -> None:
    clock = _Clock()
    auth = _oauth(clock)
    async with aiohttp.ClientSession() as session:
        with aioresponses() as mock:
            mock.post(TOKEN_URL, payload=_token("tok-1", 86400))
            mock.post(TOKEN_URL, payload=_token("tok-2", 86400))
            assert await auth.authorization(session) == "Bearer tok-1"
            clock.now += 20 * 3600 - 1  # 4 h and a second left: still outside the window
            assert await auth.authorization(session) == "Bearer tok-1"
            clock.now += 2
            assert await auth.authorization(session) == "Bearer tok-2"
            assert len(_calls(mock, "POST", TOKEN_URL)) == 2


async def test_an_explicit_refresh_window() -> None:
    clock = _Clock()
    auth = _oauth(clock, refresh_window=60)
    async with aiohttp.ClientSession() as session:
        with aioresponses() as mock:
            mock.post(TOKEN_URL, payload=_token("tok-1", 3600))
            mock.post(TOKEN_URL, payload=_token("tok-2", 3600))
            await auth.authorization(session)
            clock.now += 3539
            assert await auth.authorization(session) == "Bearer tok-1"
            clock.now += 2
            assert await auth.authorization(session) == "Bearer tok-2"


async def test_a_failed_early_refresh_keeps_the_valid_token_and_backs_off(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = _Clock()
    auth = _oauth(clock)
    async with aiohttp.ClientSession() as session:
        with aioresponses() as mock:
            mock.post(TOKEN_URL, payload=_token("tok-1", 86400))
            mock.post(TOKEN_URL, status=400, body="Client acme cid has exceeded the daily rate limit")
            mock.post(TOKEN_URL, payload=_token("tok-2", 86400))
            await auth.authorization(session)
            clock.now += 21 * 3600  # inside the window
            with caplog.at_level(logging.WARNING, logger="aioraas"):
                assert await auth.authorization(session) == "Bearer tok-1"
            assert "could not renew" in caplog.text
            assert await auth.authorization(session) == "Bearer tok-1"  # not asked again at once
            assert len(_calls(mock, "POST", TOKEN_URL)) == 2
            clock.now += 60
            assert await auth.authorization(session) == "Bearer tok-2"


async def test_a_refusal_is_remembered_for_the_cooldown_then_asked_again() -> None:
    clock = _Clock()
    auth = _oauth(clock, error_cooldown=30)
    async with aiohttp.ClientSession() as session:
        with aioresponses() as mock:
            mock.post(TOKEN_URL, status=401, body="Unauthorized")
            mock.post(TOKEN_URL, payload=_token())
            for _ in range(3):
                with pytest.raises(errors.AuthenticationError) as caught:
                    await auth.authorization(session)
                assert caught.value.status == 401
                assert "Unauthorized" in str(caught.value)
                assert caught.value.text == "Unauthorized"
            assert len(_calls(mock, "POST", TOKEN_URL)) == 1
            clock.now += 31
            assert await auth.authorization(session) == "Bearer tok-1"


async def test_concurrent_callers_share_one_request_and_one_failure() -> None:
    auth = _oauth(_Clock())
    async with aiohttp.ClientSession() as session:
        with aioresponses() as mock:
            mock.post(TOKEN_URL, status=401, body="Unauthorized", repeat=True)
            outcomes = await asyncio.gather(
                *(auth.authorization(session) for _ in range(100)), return_exceptions=True
            )
            assert all(isinstance(o, errors.AuthenticationError) for o in outcomes)
            assert len(_calls(mock, "POST", TOKEN_URL)) == 1


async def test_a_fresh_token_in_the_store_is_used_without_asking() -> None:
    clock = _Clock()
    store = MemoryTokenStore()
    first, second = _oauth(clock, store=store), _oauth(clock, store=store)
    async with aiohttp.ClientSession() as session:
        with aioresponses() as mock:
            mock.post(TOKEN_URL, payload=_token("tok-1"))
            mock.post(TOKEN_URL, payload=_token("tok-2"))
            assert await first.authorization(session) == "Bearer tok-1"
            assert await second.authorization(session) == "Bearer tok-1"
            # The API refused tok-1: the store holds that same token, so a new one is asked for.
            assert await second.rejected("Bearer tok-1", session)
            assert await second.authorization(session) == "Bearer tok-2"
            # The first client then finds tok-2 in the store after its own 401.
            assert await first.rejected("Bearer tok-1", session)
            assert await first.authorization(session) == "Bearer tok-2"
            assert len(_calls(mock, "POST", TOKEN_URL)) == 2


# -- stores ------------------------------------------------------------------------------------


def test_stores_satisfy_the_protocol(tmp_path: Path) -> None:
    assert isinstance(MemoryTokenStore(), TokenStore)
    assert isinstance(FileTokenStore(tmp_path / "t.json"), TokenStore)


async def test_file_store_round_trip_mode_and_pruning(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    store = FileTokenStore(path)
    assert await store.get("k") is None
    past = Token("old-secret-token", expires_at=1.0, obtained_at=0.0)
    await store.put("expired", past)
    token = Token(
        "live-secret-token", expires_at=4_000_000_000.0, obtained_at=3_999_913_600.0, scope="raas.all"
    )
    await store.put("k", token)
    assert await store.get("k") == token
    assert await store.get("expired") is None  # dropped when the file was rewritten
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    names = await asyncio.to_thread(os.listdir, tmp_path)
    assert [name for name in names if name != "tokens.json.lock"] == ["tokens.json"]  # no temporary left
    assert "secret" not in repr(token)
    path.write_text("{not json")
    assert await store.get("k") is None


async def test_file_store_lock_excludes_another_store_on_the_same_file(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    holder, waiter = FileTokenStore(path), FileTokenStore(path, lock_timeout=0.2)
    async with holder.lock("k"):
        with pytest.raises(errors.RaasError, match="could not lock"):
            async with waiter.lock("k"):
                pass
    async with waiter.lock("k"):
        pass


async def test_persistent_401s_replace_the_token_at_most_once_per_interval(oauth_client: RaasClient) -> None:
    unauthorized = {"httpCode": 401, "i18nKey": "401.502", "message": "Full authentication is required"}
    with aioresponses() as mock:
        mock.post(TOKEN_URL, payload=_token("tok-1"))
        mock.post(TOKEN_URL, payload=_token("tok-2"))
        mock.get(f"{V2}/catalogs", status=401, payload=unauthorized, repeat=True)
        for _ in range(5):
            with pytest.raises(errors.Unauthorized):
                await oauth_client.v2.catalog.get()
        assert len(_calls(mock, "POST", TOKEN_URL)) == 2
        assert len(_calls(mock, "GET", f"{V2}/catalogs")) == 6  # one free retry, on the first call only


async def test_a_cancelled_waiter_does_not_cancel_the_refresh_for_the_others() -> None:
    auth = _oauth(_Clock())
    release = asyncio.Event()

    async def slow_token(url: Any, **kwargs: Any) -> CallbackResult:
        await release.wait()
        return CallbackResult(payload=_token("tok-slow"))

    async with aiohttp.ClientSession() as session:
        with aioresponses() as mock:
            mock.post(TOKEN_URL, callback=slow_token)
            first = asyncio.create_task(auth.authorization(session))
            second = asyncio.create_task(auth.authorization(session))
            await asyncio.sleep(0.01)
            first.cancel()
            release.set()
            assert await second == "Bearer tok-slow"
            assert first.cancelled()
            assert len(_calls(mock, "POST", TOKEN_URL)) == 1


async def test_with_options_copies_share_the_token_and_keep_their_headers(oauth_client: RaasClient) -> None:
    unauthorized = {"httpCode": 401, "i18nKey": "401.502", "message": "Full authentication is required"}
    quick = oauth_client.with_options(timeout=5, headers={"X-Team": "hr"})
    with aioresponses() as mock:
        mock.post(TOKEN_URL, payload=_token("tok-1"))
        mock.post(TOKEN_URL, payload=_token("tok-2"))
        mock.get(f"{V2}/catalogs", payload=CATALOG)
        mock.get(f"{V2}/catalogs", status=401, payload=unauthorized)
        mock.get(f"{V2}/catalogs", payload=CATALOG, repeat=True)
        await quick.v2.catalog.get()
        await quick.v2.catalog.get()  # 401: a new token, then the same call again
        await oauth_client.v2.catalog.get()
        assert len(_calls(mock, "POST", TOKEN_URL)) == 2
        sent = [c.kwargs["headers"] for c in _calls(mock, "GET", f"{V2}/catalogs")]
        assert [h["Authorization"] for h in sent] == [
            "Bearer tok-1",
            "Bearer tok-1",
            "Bearer tok-2",
            "Bearer tok-2",
        ]
        assert [h.get("X-Team") for h in sent] == ["hr", "hr", "hr", None]
