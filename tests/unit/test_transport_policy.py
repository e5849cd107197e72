"""The transport policy table (README, "Retries and idempotency"), row by row and column by column.

Columns: a GET (accounts.get), a POST with an externalRefID (orders.create), a POST without one
(customers.create). Each test asserts the number of attempts, the waits (recorded by an injected
sleep, never slept), and for orders that every attempt carried the same externalRefID.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from decimal import Decimal
from email.utils import formatdate
from typing import Any
from unittest import mock

import aiohttp
import pytest

from aioraas import errors
from aioraas.models import v2
from tests.unit.conftest import V2, Harness

ACCOUNT = {"accountIdentifier": "acme-hr-q1", "currentBalance": 100, "status": "ACTIVE"}
ORDER = {
    "referenceOrderID": "RA240101-0001-01",
    "externalRefID": "q1-bonus-0001",
    "utid": "U561593",
    "denomination": {"value": 25, "currencyCode": "USD"},
    "amountCharged": {"value": 25, "currencyCode": "USD", "total": 25},
    "status": "COMPLETE",
}
CUSTOMER = {"customerIdentifier": "acme-hr", "displayName": "ACME HR", "status": "active", "accounts": []}

GET_URL = rf"{V2}/accounts/acme-hr-q1"
ORDER_URL = rf"{V2}/orders"
CUSTOMER_URL = rf"{V2}/customers"


def connect_error() -> aiohttp.ClientConnectorError:
    return aiohttp.ClientConnectorError(
        mock.Mock(host="api.test", port=443, ssl=True), OSError(111, "refused")
    )


async def get_account(h: Harness, **options: Any) -> Any:
    return await h.client.v2.accounts.get("acme-hr-q1", **options)


async def create_order(h: Harness, **options: Any) -> Any:
    return await h.client.v2.orders.create(
        customer_identifier="acme-hr",
        account_identifier="acme-hr-q1",
        utid="U561593",
        amount=Decimal("25.00"),
        recipient=v2.Recipient(email="a@b.test", first_name="Ann"),
        external_ref_id="q1-bonus-0001",
        **options,
    )


async def create_customer(h: Harness, **options: Any) -> Any:
    return await h.client.v2.customers.create(
        customer_identifier="acme-hr", display_name="ACME HR", **options
    )


Call = Callable[..., Awaitable[Any]]
COLUMNS: dict[str, tuple[str, str, dict[str, Any], Call]] = {
    "GET": ("get", GET_URL, ACCOUNT, get_account),
    "POST with externalRefID": ("post", ORDER_URL, ORDER, create_order),
    "POST without externalRefID": ("post", CUSTOMER_URL, CUSTOMER, create_customer),
}


def register(h: Harness, column: str, **response: Any) -> None:
    method, url, _, _ = COLUMNS[column]
    getattr(h.mock, method)(url.replace("\\", ""), **response)


def register_success(h: Harness, column: str) -> None:
    method, url, payload, _ = COLUMNS[column]
    status = 201 if column != "GET" else 200
    getattr(h.mock, method)(url.replace("\\", ""), status=status, payload=payload)


def attempts(h: Harness, column: str) -> int:
    method, url, _, _ = COLUMNS[column]
    return len(h.calls(method.upper(), url))


def assert_same_external_ref_id(h: Harness, count: int) -> None:
    ids = [body["externalRefID"] for body in h.bodies("POST", ORDER_URL)]
    assert ids == ["q1-bonus-0001"] * count


# -- could not connect (nothing sent): retry, whatever the call --------------------------------------


@pytest.mark.parametrize("column", list(COLUMNS))
async def test_could_not_connect_is_retried_in_every_column(harness: Harness, column: str) -> None:
    register(harness, column, exception=connect_error())
    register_success(harness, column)
    await COLUMNS[column][3](harness)
    assert attempts(harness, column) == 2
    assert harness.sleeps == [0.5]
    if column == "POST with externalRefID":
        assert_same_external_ref_id(harness, 2)


# -- timeout or reset after the request was sent ------------------------------------------------------

LOST = {
    "timeout": lambda: TimeoutError(),
    "reset": lambda: aiohttp.ServerDisconnectedError(),
    "truncated body": lambda: aiohttp.ClientPayloadError("Response payload is not completed"),
}


@pytest.mark.parametrize("kind", list(LOST))
async def test_lost_answer_on_get_is_retried(harness: Harness, kind: str) -> None:
    register(harness, "GET", exception=LOST[kind]())
    register_success(harness, "GET")
    account = await get_account(harness)
    assert account.account_identifier == "acme-hr-q1"
    assert attempts(harness, "GET") == 2
    assert harness.sleeps == [0.5]


@pytest.mark.parametrize("kind", list(LOST))
async def test_lost_answer_on_order_is_retried_with_the_same_external_ref_id(
    harness: Harness, kind: str
) -> None:
    register(harness, "POST with externalRefID", exception=LOST[kind]())
    # The first attempt went through: the retry finds the existing order (200).
    harness.mock.post(ORDER_URL, status=200, payload=ORDER)
    result = await create_order(harness)
    assert result.created is False
    assert result.attempts == 2
    assert result.order.reference_order_id == ORDER["referenceOrderID"]
    assert harness.sleeps == [0.5]
    assert_same_external_ref_id(harness, 2)


@pytest.mark.parametrize("kind", list(LOST))
async def test_lost_answer_on_post_without_key_is_outcome_unknown(harness: Harness, kind: str) -> None:
    register(harness, "POST without externalRefID", exception=LOST[kind]())
    with pytest.raises(errors.OutcomeUnknown) as caught:
        await create_customer(harness)
    assert attempts(harness, "POST without externalRefID") == 1
    assert harness.sleeps == []
    assert caught.value.external_ref_id is None
    assert isinstance(caught.value.last_error, errors.TransportError)


# -- 429: Retry-After, else backoff, never sooner than 1 s --------------------------------------------


@pytest.mark.parametrize("column", list(COLUMNS))
async def test_429_without_retry_after_waits_at_least_one_second(harness: Harness, column: str) -> None:
    register(harness, column, status=429, payload={"i18nKey": "429.008", "message": "rate limit 1 TPS"})
    register_success(harness, column)
    await COLUMNS[column][3](harness)
    assert attempts(harness, column) == 2
    assert harness.sleeps == [1.0]  # backoff would be 0.5 s
    if column == "POST with externalRefID":
        assert_same_external_ref_id(harness, 2)


@pytest.mark.parametrize("column", list(COLUMNS))
async def test_429_retry_after_seconds_is_honoured(harness: Harness, column: str) -> None:
    register(harness, column, status=429, headers={"Retry-After": "7"}, payload={"i18nKey": "429.001"})
    register_success(harness, column)
    await COLUMNS[column][3](harness)
    assert harness.sleeps == [7.0]


async def test_429_retry_after_http_date_is_honoured(harness: Harness) -> None:
    date = formatdate(harness.wall_time + 12, usegmt=True)
    register(harness, "GET", status=429, headers={"Retry-After": date})
    register_success(harness, "GET")
    await get_account(harness)
    assert harness.sleeps == [12.0]


async def test_429_retry_after_zero_still_waits_one_second(harness: Harness) -> None:
    register(harness, "GET", status=429, headers={"Retry-After": "0"})
    register_success(harness, "GET")
    await get_account(harness)
    assert harness.sleeps == [1.0]


async def test_429_retry_after_beyond_60_seconds_is_not_waited_for(harness: Harness) -> None:
    register(harness, "GET", status=429, headers={"Retry-After": "3600"}, payload={"i18nKey": "429.001"})
    with pytest.raises(errors.RateLimited) as caught:
        await get_account(harness)
    assert caught.value.retry_after == 3600.0
    assert attempts(harness, "GET") == 1
    assert harness.sleeps == []


async def test_429_003_card_not_active_is_final(harness: Harness) -> None:
    url = f"{V2}/creditCardDeposits"
    harness.mock.post(url, status=429, payload={"i18nKey": "429.003", "message": "registration not complete"})
    with pytest.raises(errors.CardNotActive) as caught:
        await harness.client.v2.deposits.create(
            customer_identifier="acme-hr",
            account_identifier="acme-hr-q1",
            credit_card_token="tok",
            amount=100,
        )
    assert caught.value.status == 429
    assert not isinstance(caught.value, errors.RateLimited)  # a back-off loop must not catch it
    assert len(harness.calls("POST", url)) == 1
    assert harness.sleeps == []


# -- 409 with i18nKey 409.002: the same externalRefID is in progress ----------------------------------

IN_PROGRESS = {
    "httpCode": 409,
    "i18nKey": "409.002",
    "message": "Another order with the same external reference ID is currently in process but not complete. "
    "Please ensure a minimum of 2 seconds for all retries.",
}


async def test_409_002_on_order_is_retried_after_at_least_two_seconds(harness: Harness) -> None:
    harness.mock.post(ORDER_URL, status=409, payload=IN_PROGRESS)
    harness.mock.post(ORDER_URL, status=409, payload=IN_PROGRESS)
    harness.mock.post(ORDER_URL, status=200, payload=ORDER)
    result = await create_order(harness)
    assert result.created is False
    assert harness.sleeps == [2.0, 2.0]  # backoff (0.5 s, 1 s) raised to the 2 s minimum
    assert_same_external_ref_id(harness, 3)


async def test_409_on_post_without_key_is_a_conflict(harness: Harness) -> None:
    register(harness, "POST without externalRefID", status=409, payload=IN_PROGRESS)
    with pytest.raises(errors.Conflict):
        await create_customer(harness)
    assert attempts(harness, "POST without externalRefID") == 1


# -- 500, 502, 503, 504 ------------------------------------------------------------------------------

SERVER_STATUSES = [500, 502, 503, 504]


@pytest.mark.parametrize("status", SERVER_STATUSES)
async def test_5xx_on_get_is_retried(harness: Harness, status: int) -> None:
    register(harness, "GET", status=status, payload={"i18nKey": "503.501", "message": "timed out"})
    register_success(harness, "GET")
    await get_account(harness)
    assert attempts(harness, "GET") == 2
    assert harness.sleeps == [0.5]


@pytest.mark.parametrize("status", SERVER_STATUSES)
async def test_5xx_on_order_is_retried_with_the_same_external_ref_id(harness: Harness, status: int) -> None:
    harness.mock.post(ORDER_URL, status=status, payload={"i18nKey": "500.005"})
    harness.mock.post(ORDER_URL, status=status, payload={"i18nKey": "500.005"})
    harness.mock.post(ORDER_URL, status=201, payload=ORDER)
    result = await create_order(harness)
    assert result.created is True
    assert result.attempts == 3
    assert harness.sleeps == [0.5, 1.0]
    assert_same_external_ref_id(harness, 3)


@pytest.mark.parametrize("status", SERVER_STATUSES)
async def test_5xx_on_post_without_key_is_outcome_unknown(harness: Harness, status: int) -> None:
    register(harness, "POST without externalRefID", status=status, payload={"message": "boom"})
    with pytest.raises(errors.OutcomeUnknown) as caught:
        await create_customer(harness)
    assert attempts(harness, "POST without externalRefID") == 1
    assert harness.sleeps == []
    assert isinstance(caught.value.last_error, errors.ServerError)
    assert caught.value.last_error.status == status


# -- other 4xx: raise at once --------------------------------------------------------------------------

CLIENT_ERRORS = {
    400: errors.BadRequest,
    401: errors.Unauthorized,
    402: errors.InsufficientFunds,
    403: errors.Forbidden,
    404: errors.NotFound,
    422: errors.Unprocessable,
}


@pytest.mark.parametrize("column", list(COLUMNS))
@pytest.mark.parametrize(("status", "error_cls"), list(CLIENT_ERRORS.items()))
async def test_other_4xx_raise_at_once(
    harness: Harness, column: str, status: int, error_cls: type[errors.ApiError]
) -> None:
    register(harness, column, status=status, payload={"i18nKey": f"{status}.001", "message": "no"})
    with pytest.raises(error_cls) as caught:
        await COLUMNS[column][3](harness)
    assert caught.value.status == status
    assert attempts(harness, column) == 1
    assert harness.sleeps == []


# -- retries run out --------------------------------------------------------------------------------


async def test_exhausted_order_raises_outcome_unknown_with_the_external_ref_id(harness: Harness) -> None:
    harness.mock.post(ORDER_URL, status=503, payload={"i18nKey": "503.501"}, repeat=True)
    with pytest.raises(errors.OutcomeUnknown) as caught:
        await create_order(harness)
    assert caught.value.external_ref_id == "q1-bonus-0001"
    assert caught.value.attempts == 5  # max_retries=4: Tango's five attempts
    assert isinstance(caught.value.last_error, errors.ServerError)
    assert harness.sleeps == [0.5, 1.0, 2.0, 4.0]
    assert_same_external_ref_id(harness, 5)


async def test_backoff_is_capped_at_eight_seconds(harness: Harness) -> None:
    harness.mock.post(ORDER_URL, status=503, payload={}, repeat=True)
    with pytest.raises(errors.OutcomeUnknown):
        await create_order(harness, max_retries=6)
    assert harness.sleeps == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


async def test_jitter_shortens_waits_by_at_most_a_quarter(harness: Harness) -> None:
    harness.jitter = 1.0
    harness.mock.get(GET_URL, status=503, payload={}, repeat=True)
    with pytest.raises(errors.ServerError):
        await get_account(harness, max_retries=3)
    assert harness.sleeps == [0.375, 0.75, 1.5]


async def test_exhausted_get_raises_the_last_error(harness: Harness) -> None:
    harness.mock.get(GET_URL, status=502, body="<html>Bad Gateway</html>", repeat=True)
    with pytest.raises(errors.ServerError) as caught:
        await get_account(harness)
    assert caught.value.status == 502
    assert attempts(harness, "GET") == 5


async def test_exhausted_timeouts_on_get_raise_timeout(harness: Harness) -> None:
    harness.mock.get(GET_URL, exception=TimeoutError(), repeat=True)
    with pytest.raises(errors.Timeout):
        await get_account(harness, max_retries=2)
    assert attempts(harness, "GET") == 3


async def test_an_order_refused_only_by_429s_is_rate_limited_not_unknown(harness: Harness) -> None:
    # Nothing ambiguous happened: every attempt was refused before processing.
    harness.mock.post(ORDER_URL, status=429, payload={"i18nKey": "429.008"}, repeat=True)
    with pytest.raises(errors.RateLimited):
        await create_order(harness, max_retries=2)
    assert harness.sleeps == [1.0, 1.0]


async def test_an_order_whose_retries_end_in_429_after_a_timeout_is_unknown(harness: Harness) -> None:
    harness.mock.post(ORDER_URL, exception=TimeoutError())
    harness.mock.post(ORDER_URL, status=429, payload={"i18nKey": "429.008"}, repeat=True)
    with pytest.raises(errors.OutcomeUnknown) as caught:
        await create_order(harness, max_retries=2)
    assert caught.value.external_ref_id == "q1-bonus-0001"


async def test_per_call_max_retries_zero_makes_one_attempt(harness: Harness) -> None:
    harness.mock.get(GET_URL, status=503, payload={}, repeat=True)
    with pytest.raises(errors.ServerError):
        await get_account(harness, max_retries=0)
    assert attempts(harness, "GET") == 1


async def test_idempotent_patch_is_retried_after_a_lost_answer(harness: Harness) -> None:
    url = f"{V2}/customers/acme-hr/accounts/acme-hr-q1"
    harness.mock.patch(url, exception=aiohttp.ServerDisconnectedError())
    harness.mock.patch(url, status=200, payload=ACCOUNT)
    await harness.client.v2.accounts.update("acme-hr", "acme-hr-q1", funding_notification=[])
    assert len(harness.calls("PATCH", url)) == 2


async def test_generated_external_ref_id_is_fixed_before_the_first_attempt(harness: Harness) -> None:
    harness.mock.post(ORDER_URL, status=503, payload={})
    harness.mock.post(ORDER_URL, exception=TimeoutError())
    harness.mock.post(ORDER_URL, status=201, payload=ORDER)
    result = await harness.client.v2.orders.create(
        customer_identifier="acme-hr", account_identifier="acme-hr-q1", utid="U561593", amount=25
    )
    ids = [body["externalRefID"] for body in harness.bodies("POST", ORDER_URL)]
    assert len(ids) == 3
    assert len(set(ids)) == 1
    assert ids[0] == result.external_ref_id
    assert re.fullmatch(r"aioraas[0-9a-f]{32}", ids[0])


async def test_deposits_carry_a_fixed_external_ref_id_across_retries(harness: Harness) -> None:
    url = f"{V2}/creditCardDeposits"
    harness.mock.post(url, exception=aiohttp.ServerDisconnectedError())
    harness.mock.post(url, status=200, payload={"referenceDepositID": "RAD-1", "amount": 100})
    deposit = await harness.client.v2.deposits.create(
        customer_identifier="acme-hr", account_identifier="acme-hr-q1", credit_card_token="tok", amount=100
    )
    assert deposit.reference_deposit_id == "RAD-1"
    ids = [body["externalRefID"] for body in harness.bodies("POST", url)]
    assert len(ids) == 2
    assert ids[0] == ids[1]
