"""Error answers of v1 and v2 map into one hierarchy with status, request id, key, message, fields."""

from __future__ import annotations

import pytest

from aioraas import errors
from aioraas.models import v1
from tests.unit.conftest import V1, V2, Harness

ACCOUNT_URL = f"{V2}/accounts/acme-hr-q1"


async def test_v2_error_info_fields(harness: Harness) -> None:
    harness.mock.get(
        ACCOUNT_URL,
        status=422,
        headers={"X-REQUEST-ID": "header-id"},
        payload={
            "timestamp": "2021-09-20T14:52:56.8Z",
            "requestId": "492fc1a0-ae5b-441b-a12a-ff6c028ceded",
            "path": "/raas/v2/orders",
            "httpCode": 422,
            "httpPhrase": "Unprocessable Entity",
            "i18nKey": "422.024",
            "message": "The Item identifier provided is not valid.",
            "errors": [{"path": "utid", "code": 400500, "i18nKey": "422.024", "message": "bad utid"}],
        },
    )
    with pytest.raises(errors.Unprocessable) as caught:
        await harness.client.v2.accounts.get("acme-hr-q1", max_retries=0)
    error = caught.value
    assert error.status == 422
    assert error.request_id == "492fc1a0-ae5b-441b-a12a-ff6c028ceded"  # the body's, over the header's
    assert error.i18n_key == "422.024"
    assert error.message == "The Item identifier provided is not valid."
    assert error.errors == [errors.FieldError("utid", "bad utid", i18n_key="422.024", code="400500")]
    assert error.body is not None
    assert error.body["httpCode"] == 422
    assert error.headers["X-REQUEST-ID"] == "header-id"
    text = str(error)
    assert "422" in text
    assert "422.024" in text
    assert "utid: bad utid" in text
    assert "request_id=492fc1a0" in text


async def test_v2_request_id_falls_back_to_the_header(harness: Harness) -> None:
    harness.mock.get(
        ACCOUNT_URL,
        status=404,
        headers={"X-REQUEST-ID": "rid-from-header"},
        payload={"message": "Account not found", "i18nKey": "404.001"},
    )
    with pytest.raises(errors.NotFound) as caught:
        await harness.client.v2.accounts.get("acme-hr-q1")
    assert caught.value.request_id == "rid-from-header"


async def test_v2_error_dto_shape(harness: Harness) -> None:
    harness.mock.post(
        f"{V2}/customers",
        status=409,
        payload={
            "message": "Customer already exists",
            "i18nKey": "409.001",
            "i18nTokenReplacements": ["acme-hr"],
        },
    )
    with pytest.raises(errors.Conflict) as caught:
        await harness.client.v2.customers.create(customer_identifier="acme-hr", display_name="ACME HR")
    assert (caught.value.i18n_key, caught.value.message) == ("409.001", "Customer already exists")


@pytest.mark.parametrize(
    ("status", "key", "error_cls"),
    [
        (400, "400.009", errors.BadRequest),
        (401, "401.001", errors.Unauthorized),
        (402, "402.001", errors.InsufficientFunds),
        (402, "402.051", errors.CardDeclined),
        (403, "403.016", errors.Forbidden),
        (404, "404.001", errors.NotFound),
        (409, "409.024", errors.Conflict),
        (410, "410.001", errors.ApiError),
        (422, "422.026", errors.Unprocessable),
        (429, "429.008", errors.RateLimited),
        (500, "500.005", errors.ServerError),
        (503, "503.035", errors.ServerError),
    ],
)
async def test_v2_status_classes(
    harness: Harness, status: int, key: str, error_cls: type[errors.ApiError]
) -> None:
    harness.mock.get(ACCOUNT_URL, status=status, payload={"i18nKey": key, "message": "m"})
    with pytest.raises(errors.ApiError) as caught:
        await harness.client.v2.accounts.get("acme-hr-q1", max_retries=0)
    assert type(caught.value) is error_cls
    assert caught.value.i18n_key == key


async def test_html_502_from_a_proxy_is_a_clean_server_error(harness: Harness) -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"
    harness.mock.get(
        ACCOUNT_URL, status=502, body=page, content_type="text/html", headers={"X-REQUEST-ID": "edge-1"}
    )
    with pytest.raises(errors.ServerError) as caught:
        await harness.client.v2.accounts.get("acme-hr-q1", max_retries=0)
    assert caught.value.message == "HTTP 502 Bad Gateway: 502 Bad Gateway 502 Bad Gateway"
    assert caught.value.body is None
    assert caught.value.raw_body == page.encode()
    assert caught.value.request_id == "edge-1"


async def test_error_headers_are_case_insensitive(harness: Harness) -> None:
    harness.mock.get(
        ACCOUNT_URL,
        status=404,
        payload={"message": "no"},
        headers={"x-request-id": "r-9", "Retry-After": "3"},
    )
    with pytest.raises(errors.NotFound) as caught:
        await harness.client.v2.accounts.get("acme-hr-q1")
    headers = caught.value.headers
    assert headers["X-REQUEST-ID"] == headers["x-request-id"] == headers["X-Request-Id"] == "r-9"
    assert headers.get("retry-after") == "3"
    assert caught.value.request_id == "r-9"


async def test_truncated_json_error_body_is_a_clean_error(harness: Harness) -> None:
    harness.mock.get(ACCOUNT_URL, status=400, body='{"i18nKey": "400.0', content_type="application/json")
    with pytest.raises(errors.BadRequest) as caught:
        await harness.client.v2.accounts.get("acme-hr-q1")
    assert caught.value.body is None
    assert '{"i18nKey": "400.0' in caught.value.message


async def test_card_numbers_echoed_by_the_api_are_scrubbed(harness: Harness) -> None:
    harness.mock.get(ACCOUNT_URL, status=400, payload={"message": "card 4111 1111 1111 1111 is not valid"})
    with pytest.raises(errors.BadRequest) as caught:
        await harness.client.v2.accounts.get("acme-hr-q1")
    assert "4111" not in str(caught.value)
    assert "[redacted]" in str(caught.value)


@pytest.mark.parametrize(
    "message",
    [
        "Order 'RA261122-00001-37' was not found.",
        "Order RA190423-3165-4012 was not found.",
        "fund RF11-00000001-11 failed",
    ],
)
async def test_identifiers_with_long_digit_runs_are_not_scrubbed(harness: Harness, message: str) -> None:
    harness.mock.get(ACCOUNT_URL, status=404, payload={"message": message})
    with pytest.raises(errors.NotFound) as caught:
        await harness.client.v2.accounts.get("acme-hr-q1")
    assert caught.value.message == message


@pytest.mark.parametrize("text", ["card=4111111111111111;", "(4111-1111-1111-1111)", "'4111111111111111'"])
async def test_card_numbers_between_punctuation_are_scrubbed(harness: Harness, text: str) -> None:
    harness.mock.get(ACCOUNT_URL, status=400, payload={"message": f"bad {text}"})
    with pytest.raises(errors.BadRequest) as caught:
        await harness.client.v2.accounts.get("acme-hr-q1")
    assert "1111" not in str(caught.value)


# -- v1 ---------------------------------------------------------------------------------------------

V1_ACCOUNT_URL = f"{V1}/accounts/CompanyA/123456"


async def test_v1_401_authentication_needed(harness: Harness) -> None:
    harness.mock.get(
        V1_ACCOUNT_URL,
        status=401,
        headers={"WWW-Authenticate": 'Basic realm="integration-api.tangocard.com"', "X-REQUEST-ID": "v1-r"},
        payload={"success": False, "error_message": "Authentication required"},
    )
    with pytest.raises(errors.Unauthorized) as caught:
        await harness.client.v1.accounts.get("CompanyA", "123456")
    assert caught.value.message == "Authentication required"
    assert caught.value.request_id == "v1-r"


async def test_v1_bad_authentication_403_is_unauthorized(harness: Harness) -> None:
    harness.mock.get(
        V1_ACCOUNT_URL,
        status=403,
        headers={"X-Status-Reason": "Authentication failed"},
        payload={"success": False, "error_message": "Invalid credentials"},
    )
    with pytest.raises(errors.Unauthorized) as caught:
        await harness.client.v1.accounts.get("CompanyA", "123456")
    assert caught.value.status == 403


async def test_v1_validation_403_carries_its_fields(harness: Harness) -> None:
    harness.mock.post(
        f"{V1}/accounts",
        status=403,
        headers={"X-Status-Reason": "Validation failed"},
        payload={
            "success": False,
            "error_message": "Validation failed",
            "invalid_inputs": [{"field": "email", "error": "not an email"}],
        },
    )
    with pytest.raises(errors.Unprocessable) as caught:
        await harness.client.v1.accounts.create(customer="CompanyA", identifier="123456", email="a@b")
    assert caught.value.errors == [errors.FieldError("email", "not an email")]


async def test_v1_insufficient_funds_carries_the_balance(harness: Harness) -> None:
    harness.mock.post(
        f"{V1}/orders",
        status=400,
        headers={"X-Status-Reason": "Funding Failed"},
        payload={"success": False, "error_message": "Insufficient funds", "available_balance": 250},
    )
    with pytest.raises(errors.InsufficientFunds) as caught:
        await harness.client.v1.orders.create(
            customer="CompanyA",
            account_identifier="123456",
            sku="TNGO-E-V-STD",
            amount=1000,
            recipient=v1.Recipient(name="John", email="j@x.test"),
        )
    assert caught.value.available_balance == 250
    assert caught.value.status == 400


async def test_v1_card_denial(harness: Harness) -> None:
    harness.mock.post(
        f"{V1}/cc_fund",
        status=400,
        headers={"X-Status-Reason": "Credit card authorization failure."},
        payload={"success": False, "denial_code": "CC_DECLINED", "denial_message": "The card was declined."},
    )
    with pytest.raises(errors.CardDeclined) as caught:
        await harness.client.v1.credit_cards.fund(
            customer="CompanyA",
            account_identifier="123456",
            amount=10000,
            client_ip="55.44.33.22",
            cc_token="152686945",
            security_code="123",
        )
    assert (caught.value.denial_code, caught.value.denial_message) == (
        "CC_DECLINED",
        "The card was declined.",
    )


@pytest.mark.parametrize(
    ("status", "error_cls"),
    [(400, errors.BadRequest), (404, errors.NotFound), (409, errors.Conflict), (500, errors.ServerError)],
)
async def test_v1_generic_errors(harness: Harness, status: int, error_cls: type[errors.ApiError]) -> None:
    harness.mock.get(
        V1_ACCOUNT_URL, status=status, payload={"success": False, "error_message": "RAAS:OC:1003"}
    )
    with pytest.raises(error_cls) as caught:
        await harness.client.v1.accounts.get("CompanyA", "123456", max_retries=0)
    assert caught.value.message == "RAAS:OC:1003"
