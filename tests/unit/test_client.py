"""RaasClient configuration, lifecycle, validation before sending, and idempotency checks."""

from __future__ import annotations

import logging
from decimal import Decimal

import aiohttp
import pytest

from aioraas import RaasClient, errors
from aioraas.models import v2
from tests.unit.conftest import V1, V2, Harness

ORDER = {"referenceOrderID": "RA1", "utid": "U561593", "denomination": {"value": 25, "currencyCode": "USD"}}


def test_credentials_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAAS_PLATFORM_NAME", "env-platform")
    monkeypatch.setenv("RAAS_PLATFORM_KEY", "env-key")
    monkeypatch.setenv("RAAS_BASE_URL", "http://127.0.0.1:8080")
    client = RaasClient()
    assert client.platform_name == "env-platform"
    assert client.roots == {"v1": "http://127.0.0.1:8080/raas/v1.1", "v2": "http://127.0.0.1:8080/raas/v2"}


def test_environment_selects_tangos_hosts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RAAS_BASE_URL", raising=False)
    monkeypatch.setenv("RAAS_ENVIRONMENT", "production")
    client = RaasClient("p", "k")
    assert client.roots == {
        "v1": "https://api.tangocard.com/raas/v1.1",
        "v2": "https://api.tangocard.com/raas/v2",
    }
    sandbox = RaasClient("p", "k", environment="sandbox")
    assert sandbox.roots["v2"] == "https://integration-api.tangocard.com/raas/v2"
    assert sandbox.roots["v1"] == "https://sandbox.tangocard.com/raas/v1.1"


def test_the_default_environment_is_the_sandbox(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("RAAS_BASE_URL", "RAAS_ENVIRONMENT"):
        monkeypatch.delenv(name, raising=False)
    assert RaasClient("p", "k").roots == RaasClient("p", "k", environment="sandbox").roots


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"base_url": "http://api.example.test"}, "plain http://"),
        ({"base_url": "http://10.0.0.5:8080"}, "plain http://"),
        ({"base_url": "ftp://x"}, "http"),
        ({"environment": "staging"}, "environment must be one of"),
        ({"environment": "staging", "base_url": "https://x.test"}, "environment must be one of"),
        ({"base_url": "https://x.test", "max_retries": -1}, "max_retries"),
        ({"base_url": "https://x.test", "timeout": 0}, "timeout"),
        ({"base_url": "https://x.test", "rate_limit": 0}, "rate_limit"),
    ],
)
def test_bad_configuration_is_refused(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(errors.ConfigurationError, match=message):
        RaasClient("p", "k", **kwargs)  # type: ignore[arg-type]


def test_base_url_wins_over_the_environment() -> None:
    client = RaasClient("p", "k", environment="sandbox", base_url="http://127.0.0.1:8080")
    assert client.roots == {"v1": "http://127.0.0.1:8080/raas/v1.1", "v2": "http://127.0.0.1:8080/raas/v2"}
    production = RaasClient("p", "k", environment="production", base_url="https://proxy.test/")
    assert production.roots["v2"] == "https://proxy.test/raas/v2"


@pytest.mark.parametrize(
    "url",
    [
        "http://name:SECRETKEY@127.0.0.1:9",
        "https://name:SECRETKEY@api.example.test",
        "http://SECRETKEY@localhost:8080",
        "ftp://name:SECRETKEY@example.test",
    ],
)
def test_credentials_in_base_url_are_refused_without_echoing_them(url: str) -> None:
    with pytest.raises(errors.ConfigurationError) as caught:
        RaasClient("p", "k", base_url=url)
    assert "credentials" in str(caught.value)
    for text in (
        str(caught.value),
        repr(caught.value),
        str(caught.value.__cause__),
        str(caught.value.__context__),
    ):
        assert "SECRETKEY" not in text


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"max_retries": "3"}, "max_retries must be an int"),
        ({"max_retries": None}, "need a value"),
        ({"max_retries": True}, "max_retries must be an int"),
        ({"timeout": "5"}, "timeout must be a number"),
        ({"timeout": -1}, "timeout must be a positive"),
        ({"timeout": float("nan")}, "timeout must be a positive"),
    ],
)
def test_bad_client_options_are_configuration_errors(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(errors.ConfigurationError, match=message):
        RaasClient("p", "k", base_url="https://x.test", **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:8080", "http://127.9.9.9"]
)
def test_plain_http_is_allowed_on_loopback(url: str) -> None:
    assert RaasClient("p", "k", base_url=url).roots["v2"] == url + "/raas/v2"


def test_missing_credentials_are_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RAAS_PLATFORM_NAME", raising=False)
    monkeypatch.delenv("RAAS_PLATFORM_KEY", raising=False)
    with pytest.raises(errors.ConfigurationError, match="RAAS_PLATFORM_NAME"):
        RaasClient()
    with pytest.raises(errors.ConfigurationError, match="RAAS_PLATFORM_KEY"):
        RaasClient("p")


async def test_a_callers_session_is_used_and_left_open(harness: Harness) -> None:
    async with aiohttp.ClientSession() as session:
        client = RaasClient("p", "k", base_url="https://api.test", session=session)
        harness.mock.get(f"{V2}/accounts/acme-hr-q1", payload={"accountIdentifier": "acme-hr-q1"})
        async with client:
            await client.v2.accounts.get("acme-hr-q1")
        assert not session.closed
        assert len(harness.mock.requests) == 1


async def test_a_closed_client_refuses_calls(harness: Harness) -> None:
    await harness.client.close()
    with pytest.raises(errors.RaasError, match="closed"):
        await harness.client.v2.accounts.get("acme-hr-q1")


async def test_basic_auth_and_headers_are_sent(harness: Harness) -> None:
    harness.mock.get(f"{V2}/accounts/acme-hr-q1", payload={"accountIdentifier": "acme-hr-q1"})
    await harness.client.v2.accounts.get("acme-hr-q1")
    (call,) = harness.calls("GET", rf"{V2}/accounts/acme-hr-q1")
    headers = call.kwargs["headers"]
    assert headers["Authorization"].startswith("Basic ")
    assert headers["Accept"] == "application/json"
    assert headers["User-Agent"].startswith("aioraas/")
    assert call.kwargs["allow_redirects"] is False


async def test_invalid_requests_raise_before_anything_is_sent(harness: Harness) -> None:
    with pytest.raises(errors.ValidationError) as caught:
        await harness.client.v2.orders.create(
            customer_identifier="acme-hr", account_identifier="acme-hr-q1", utid="NOT-A-UTID", amount=5
        )
    assert caught.value.field == "utid"
    with pytest.raises(errors.ValidationError, match="amount"):
        await harness.client.v2.orders.create(
            customer_identifier="acme-hr", account_identifier="acme-hr-q1", utid="U1", amount="1.005"
        )
    with pytest.raises(errors.ValidationError, match="account_identifier"):
        await harness.client.v2.accounts.create(
            "acme-hr", account_identifier="has space", display_name="Q1", contact_email="ops@acme.test"
        )
    with pytest.raises(TypeError, match="utid"):
        await harness.client.v2.orders.create(
            customer_identifier="acme-hr", account_identifier="acme-hr-q1", amount=5
        )  # type: ignore[call-overload]
    assert harness.request_count() == 0


async def _order(harness: Harness, **overrides: object) -> object:
    fields: dict[str, object] = {
        "customer_identifier": "acme-hr",
        "account_identifier": "acme-hr-q1",
        "utid": "U561593",
        "amount": Decimal("25.00"),
        "external_ref_id": "bonus-1",
    }
    fields.update(overrides)
    return await harness.client.v2.orders.create(**fields)  # type: ignore[call-overload]


async def test_created_is_true_for_201_and_false_for_200(harness: Harness) -> None:
    harness.mock.post(f"{V2}/orders", status=201, payload=ORDER, headers={"X-REQUEST-ID": "r-1"})
    harness.mock.post(f"{V2}/orders", status=200, payload=ORDER)
    first = await _order(harness)
    again = await _order(harness)
    assert (first.created, again.created) == (True, False)  # type: ignore[attr-defined]
    assert first.request_id == "r-1"  # type: ignore[attr-defined]
    assert first.external_ref_id == "bonus-1"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("overrides", "field"),
    [({"utid": "U999999"}, "utid"), ({"amount": Decimal("50.00")}, "amount")],
)
async def test_an_existing_order_that_differs_raises_idempotency_mismatch(
    harness: Harness, overrides: dict[str, object], field: str
) -> None:
    harness.mock.post(f"{V2}/orders", status=200, payload=ORDER)
    with pytest.raises(errors.IdempotencyMismatch) as caught:
        await _order(harness, **overrides)
    assert caught.value.external_ref_id == "bonus-1"
    assert list(caught.value.differences) == [field]
    assert isinstance(caught.value.order, v2.Order)
    assert caught.value.order.reference_order_id == "RA1"


async def test_a_prebuilt_request_is_accepted(harness: Harness) -> None:
    harness.mock.post(f"{V2}/orders", status=201, payload=ORDER)
    request = v2.OrderCreate(
        customer_identifier="acme-hr",
        account_identifier="acme-hr-q1",
        utid="U561593",
        amount=25,
        external_ref_id="x-1",
    )
    result = await harness.client.v2.orders.create(request)
    assert result.external_ref_id == "x-1"
    with pytest.raises(TypeError, match="not both"):
        await harness.client.v2.orders.create(request, utid="U2")  # type: ignore[call-overload]


@pytest.mark.parametrize(
    ("overrides", "sent"),
    [
        ({"send_email": False}, {"deliveryMethod": "NONE", "sendEmail": False}),
        ({"send_email": False, "delivery_method": "PHONE"}, {"deliveryMethod": "PHONE", "sendEmail": False}),
        ({"send_email": True}, {"deliveryMethod": "EMAIL", "sendEmail": True}),
        ({}, {"deliveryMethod": "EMAIL"}),
    ],
)
async def test_send_email_false_is_not_overridden_by_the_default_delivery_method(
    harness: Harness, overrides: dict[str, object], sent: dict[str, object]
) -> None:
    harness.mock.post(f"{V2}/orders", status=201, payload=ORDER)
    await _order(harness, **overrides)
    (body,) = harness.bodies("POST", f"{V2}/orders")
    assert {k: body[k] for k in ("deliveryMethod", "sendEmail") if k in body} == sent


async def test_v1_flat_and_wrapped_account_answers(harness: Harness) -> None:
    account = {
        "identifier": "123456",
        "email": "demo@example.com",
        "customer": "CompanyA",
        "available_balance": 0,
    }
    harness.mock.get(f"{V1}/accounts/CompanyA/123456", payload={"success": True, "account": account})
    harness.mock.get(f"{V1}/accounts/CompanyA/123456", payload=account)
    wrapped = await harness.client.v1.accounts.get("CompanyA", "123456")
    flat = await harness.client.v1.accounts.get("CompanyA", "123456")
    assert wrapped == flat
    assert flat.identifier == "123456"


async def test_v1_system_messages_are_logged(harness: Harness, caplog: pytest.LogCaptureFixture) -> None:
    harness.mock.get(
        f"{V1}/rewards", payload={"success": True, "brands": [], "system_message": "Outage Sunday"}
    )
    with caplog.at_level(logging.WARNING, logger="aioraas"):
        await harness.client.v1.rewards.list()
    assert "Outage Sunday" in caplog.text


async def test_a_body_that_does_not_decode_keeps_the_raw_bytes(harness: Harness) -> None:
    harness.mock.get(f"{V2}/accounts/acme-hr-q1", payload={"no": "identifier"})
    with pytest.raises(errors.DecodeError) as caught:
        await harness.client.v2.accounts.get("acme-hr-q1")
    assert caught.value.body == b'{"no": "identifier"}'
    assert "Account" in str(caught.value)


async def test_query_parameters_are_spelled_for_the_api(harness: Harness) -> None:
    import re
    from datetime import UTC, datetime

    harness.mock.get(re.compile(r".*/orders\?.*"), payload={"page": {"totalCount": 0}, "orders": []})
    start = datetime(2024, 1, 1, tzinfo=UTC)
    await anext(
        aiter(harness.client.v2.orders.list(start_date=start, delivery_method=v2.DeliveryMethod.EMAIL)), None
    )
    ((_, url),) = harness.mock.requests
    assert url.query["startDate"] == "2024-01-01T00:00:00+00:00"
    assert url.query["deliveryMethod"] == "EMAIL"
    assert "endDate" not in url.query
