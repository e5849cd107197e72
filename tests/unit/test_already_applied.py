"""A deposit or transfer whose answer was lost and whose retry gets 409 went through: AlreadyApplied."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

import aiohttp
import pytest

from aioraas import RaasClient, errors
from tests.unit.conftest import V2, Harness

DUPLICATE = {
    "httpCode": 409,
    "i18nKey": "409.001",
    "message": "A deposit with externalRefID 'k-1' already exists.",
}
DEPOSIT_URL = f"{V2}/creditCardDeposits"
TRANSFER_URL = f"{V2}/transferFunds"


def _deposit(raas: RaasClient) -> Awaitable[Any]:
    return raas.v2.deposits.create(
        customer_identifier="acme-hr",
        account_identifier="acme-hr-q1",
        credit_card_token="tok",
        amount=Decimal("10.00"),
        external_ref_id="k-1",
    )


def _transfer(raas: RaasClient) -> Awaitable[Any]:
    return raas.v2.transfers.create(
        transfer_from="acme-hr-q1", transfer_to="acme-hr-q2", amount=Decimal("10.00"), external_ref_id="k-1"
    )


CALLS: dict[str, tuple[str, Callable[[RaasClient], Awaitable[Any]]]] = {
    "deposit": (DEPOSIT_URL, _deposit),
    "transfer": (TRANSFER_URL, _transfer),
}
LOST: dict[str, dict[str, Any]] = {
    "dropped": {"exception": aiohttp.ServerDisconnectedError()},
    "timeout": {"exception": TimeoutError()},
    "503": {"status": 503, "payload": {"httpCode": 503, "i18nKey": "503.501", "message": "timed out"}},
}


@pytest.mark.parametrize("kind", sorted(CALLS))
@pytest.mark.parametrize("lost", sorted(LOST))
async def test_a_409_after_a_lost_answer_is_already_applied(harness: Harness, kind: str, lost: str) -> None:
    url, call = CALLS[kind]
    harness.mock.post(url, **LOST[lost])
    harness.mock.post(url, status=409, payload=DUPLICATE)
    with pytest.raises(errors.AlreadyApplied) as caught:
        await call(harness.client)
    error = caught.value
    assert not isinstance(error, errors.OutcomeUnknown)
    assert (error.external_ref_id, error.attempts) == ("k-1", 2)
    assert isinstance(error.last_error, errors.Conflict)
    assert error.request.external_ref_id == "k-1"
    assert error.request.amount == Decimal("10.00")
    assert "went through" in str(error)
    assert len(harness.calls("POST", url)) == 2


@pytest.mark.parametrize("kind", sorted(CALLS))
async def test_a_409_on_the_first_attempt_is_a_conflict(harness: Harness, kind: str) -> None:
    url, call = CALLS[kind]
    harness.mock.post(url, status=409, payload=DUPLICATE)
    with pytest.raises(errors.Conflict):
        await call(harness.client)
    assert len(harness.calls("POST", url)) == 1


@pytest.mark.parametrize("kind", sorted(CALLS))
async def test_answers_lost_on_every_attempt_stay_unknown(harness: Harness, kind: str) -> None:
    url, call = CALLS[kind]
    for _ in range(5):
        harness.mock.post(url, exception=aiohttp.ServerDisconnectedError())
    with pytest.raises(errors.OutcomeUnknown) as caught:
        await call(harness.client)
    assert caught.value.external_ref_id == "k-1"
