"""What every method offers besides its fields: per-call options, copies with other defaults,
raw answers, and calls to endpoints the spec does not describe yet."""

from __future__ import annotations

from decimal import Decimal

import orjson
import pytest

from aioraas import RawResponse, errors
from tests.unit.conftest import V1, V2, Harness

ACCOUNT = {"accountIdentifier": "acme-hr-q1", "currentBalance": 10}
ORDER = {"referenceOrderID": "RA1", "utid": "U561593", "denomination": {"value": 25}}


def _order_fields() -> dict[str, object]:
    return {
        "customer_identifier": "acme-hr",
        "account_identifier": "acme-hr-q1",
        "utid": "U561593",
        "amount": Decimal("25.00"),
        "external_ref_id": "q1-0001",
    }


async def test_extra_headers_query_and_body_reach_the_wire(harness: Harness) -> None:
    harness.mock.post(f"{V2}/orders?trace=on", status=201, payload=ORDER)
    await harness.client.v2.orders.create(
        **_order_fields(),
        extra_headers={"X-Correlation-ID": "c-1"},
        extra_query={"trace": "on"},
        extra_body={"newField": {"a": 1}},
    )
    (call,) = harness.calls("POST", rf"{V2}/orders\?trace=on")
    body = orjson.loads(call.kwargs["data"])
    assert body["newField"] == {"a": 1}
    assert body["externalRefID"] == "q1-0001"  # the model's fields are all still there
    assert call.kwargs["headers"]["X-Correlation-ID"] == "c-1"
    assert call.kwargs["headers"]["Authorization"].startswith("Basic ")


async def test_per_call_options_apply_to_a_prebuilt_request_too(harness: Harness) -> None:
    from aioraas.models import v2

    harness.mock.post(f"{V2}/orders", status=503, payload={})
    with pytest.raises(errors.OutcomeUnknown) as caught:
        await harness.client.v2.orders.create(v2.OrderCreate(**_order_fields()), max_retries=0)
    assert caught.value.attempts == 1


async def test_with_options_is_a_copy_with_other_defaults_sharing_the_pool(harness: Harness) -> None:
    copy = harness.client.with_options(max_retries=0, headers={"X-Team": "hr"})
    assert copy._transport.pool is harness.client._transport.pool
    url = f"{V2}/accounts/acme-hr-q1"
    harness.mock.get(url, status=503, payload={})
    with pytest.raises(errors.ServerError):
        await copy.v2.accounts.get("acme-hr-q1")
    assert harness.sleeps == []  # no retry in the copy
    (call,) = harness.calls("GET", url)
    assert call.kwargs["headers"]["X-Team"] == "hr"
    await copy.close()  # the copy does not own the pool
    harness.mock.get(url, payload=ACCOUNT)
    account = await harness.client.v2.accounts.get("acme-hr-q1")  # the original retries as before
    assert account.account_identifier == "acme-hr-q1"
    assert harness.sleeps == []
    assert "X-Team" not in harness.calls("GET", url)[-1].kwargs["headers"]


def test_with_options_refuses_bad_values(harness: Harness) -> None:
    with pytest.raises(errors.ConfigurationError, match="max_retries"):
        harness.client.with_options(max_retries=-1)
    with pytest.raises(errors.ConfigurationError, match="timeout"):
        harness.client.with_options(timeout=0)


async def test_with_raw_response_gives_status_headers_request_id_attempts_and_the_model(
    harness: Harness,
) -> None:
    url = f"{V2}/accounts/acme-hr-q1"
    harness.mock.get(url, status=502, payload={})
    harness.mock.get(url, payload=ACCOUNT, headers={"X-REQUEST-ID": "req-7"})
    raw = await harness.client.v2.accounts.with_raw_response.get("acme-hr-q1")
    assert isinstance(raw, RawResponse)
    assert (raw.status, raw.request_id, raw.attempts) == (200, "req-7", 2)
    assert raw.headers["X-REQUEST-ID"] == "req-7"
    assert raw.parsed.account_identifier == "acme-hr-q1"
    assert orjson.loads(raw.body) == ACCOUNT


async def test_request_reaches_an_endpoint_the_spec_does_not_have(harness: Harness) -> None:
    harness.mock.get(f"{V2}/rewardMetadata?utid=U1", status=503, payload={})
    harness.mock.get(f"{V2}/rewardMetadata?utid=U1", payload={"utid": "U1", "tags": ["x"]})
    raw = await harness.client.request("GET", "/raas/v2/rewardMetadata", params={"utid": "U1"})
    assert raw.parsed == {"utid": "U1", "tags": ["x"]}
    assert raw.attempts == 2  # the same retry policy
    harness.mock.get(f"{V1}/legacyThing", status=404, payload={"success": False, "error_message": "nope"})
    with pytest.raises(errors.NotFound):  # the same error mapping
        await harness.client.request("GET", "/raas/v1.1/legacyThing")
    (call,) = harness.calls("GET", rf"{V1}/legacyThing")
    assert call.kwargs["headers"]["Authorization"].startswith("Basic ")  # the same auth


async def test_a_post_through_request_is_retried_only_with_an_idempotency_key(harness: Harness) -> None:
    harness.mock.post(f"{V2}/newThings", status=503, payload={})
    with pytest.raises(errors.OutcomeUnknown):
        await harness.client.request("POST", "/raas/v2/newThings", json={"a": 1})
    harness.mock.post(f"{V2}/newThings", status=503, payload={})
    harness.mock.post(f"{V2}/newThings", status=201, payload={"id": "n1"})
    raw = await harness.client.request(
        "POST", "/raas/v2/newThings", json={"externalRefID": "k1"}, idempotency_key="k1"
    )
    assert (raw.status, raw.parsed, raw.attempts) == (201, {"id": "n1"}, 2)


async def test_request_refuses_a_path_outside_the_apis(harness: Harness) -> None:
    with pytest.raises(ValueError, match="/raas/v2"):
        await harness.client.request("GET", "/elsewhere")


async def test_with_raw_response_of_a_create_keeps_the_hand_written_result(harness: Harness) -> None:
    harness.mock.post(f"{V2}/orders", status=201, payload=ORDER, headers={"X-REQUEST-ID": "req-9"})
    raw = await harness.client.v2.orders.with_raw_response.create(**_order_fields())
    assert (raw.status, raw.request_id, raw.attempts) == (201, "req-9", 1)
    assert raw.parsed.created is True  # the OrderResult the hand-written part builds
    assert raw.parsed.external_ref_id == "q1-0001"
    with pytest.raises(AttributeError):
        _ = harness.client.v2.exchange_rates.with_raw_response  # lists have no raw form


async def test_path_parameters_may_be_keywords_and_a_prebuilt_body_follows_them(harness: Harness) -> None:
    from aioraas.models import v2

    url = f"{V2}/customers/acme-hr/accounts/acme-hr-q1"
    harness.mock.patch(url, payload=ACCOUNT, repeat=True)
    await harness.client.v2.accounts.update(
        customer_identifier="acme-hr", account_identifier="acme-hr-q1", display_name="Q1 bonuses"
    )
    await harness.client.v2.accounts.update(
        "acme-hr", "acme-hr-q1", v2.AccountUpdate(funding_notification=[])
    )
    bodies = harness.bodies("PATCH", url)
    assert bodies == [{"displayName": "Q1 bonuses"}, {"fundingNotification": []}]
    with pytest.raises(TypeError, match="not both"):
        await harness.client.v2.accounts.update(
            "acme-hr", "acme-hr-q1", v2.AccountUpdate(display_name="Q1 bonuses"), contact_email="a@b.test"
        )
