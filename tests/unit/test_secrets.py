"""Secrets never reach logs (DEBUG included), reprs or error text."""

from __future__ import annotations

import base64
import logging

import pytest

from aioraas import errors
from aioraas.models import v1, v2
from tests.unit.conftest import PLATFORM_KEY, PLATFORM_NAME, V1, V2, Harness

CARD_NUMBER = "4111111111111111"
SECURITY_CODE = "987"
CLAIM_CODE = "AQ9X-SECRET-CLAIM"
PIN = "PIN-55123"


async def test_a_full_flow_logs_no_secret(harness: Harness, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="aioraas")
    harness.mock.post(
        f"{V1}/cc_register", payload={"success": True, "cc_token": "152686945", "active_date": 1}
    )
    harness.mock.post(f"{V2}/orders", status=503, payload={"i18nKey": "503.501"})
    harness.mock.post(
        f"{V2}/orders",
        status=201,
        payload={
            "referenceOrderID": "RA1",
            "utid": "U561593",
            "denomination": {"value": 25},
            "reward": {
                "credentials": {"Claim Code": CLAIM_CODE, "PIN": PIN},
                "credentialList": [
                    {
                        "label": "Claim Code",
                        "value": CLAIM_CODE,
                        "type": "text",
                        "credentialType": "claimCode",
                    },
                    {"label": "PIN", "value": PIN, "type": "text", "credentialType": "pin"},
                ],
            },
        },
    )
    harness.mock.post(
        f"{V1}/cc_fund",
        status=400,
        headers={"X-Status-Reason": "Credit card authorization failure."},
        payload={"success": False, "denial_code": "CC_DECLINED", "denial_message": "declined"},
    )

    card = v1.CreditCard(
        number=CARD_NUMBER,
        expiration="2030-11",
        security_code=SECURITY_CODE,
        billing_address=v1.BillingAddress(
            f_name="Ann",
            l_name="Lee",
            address="1 Main",
            city="Springfield",
            state="WA",
            zip="99196",
            email="a@b.c",
        ),
    )
    registered = await harness.client.v1.credit_cards.register(
        customer="CompanyA", account_identifier="123456", client_ip="55.44.33.22", credit_card=card
    )
    result = await harness.client.v2.orders.create(
        customer_identifier="acme-hr", account_identifier="acme-hr-q1", utid="U561593", amount=25,
        recipient=v2.Recipient(email="a@b.test"),
        # Given, not generated: the retry is logged with it, and 32 random hex digits hold the
        # security code "987" once in about 150 runs, which failed the check below by chance.
        external_ref_id="q1-bonus-0001",
    )  # fmt: skip
    with pytest.raises(errors.CardDeclined) as declined:
        await harness.client.v1.credit_cards.fund(
            customer="CompanyA", account_identifier="123456", amount=10000, client_ip="55.44.33.22",
            cc_token=registered.cc_token, security_code=SECURITY_CODE,
        )  # fmt: skip

    seen = "\n".join(
        [caplog.text, repr(harness.client), repr(card), repr(result), str(result), str(declined.value)]
    )
    assert "retrying POST" in caplog.text  # the flow did log, at DEBUG and INFO
    assert "-> 201" in caplog.text
    token = base64.b64encode(f"{PLATFORM_NAME}:{PLATFORM_KEY}".encode()).decode()
    for secret in (PLATFORM_KEY, token, "Authorization", CARD_NUMBER, SECURITY_CODE, CLAIM_CODE, PIN):
        assert secret not in seen, secret


def test_client_repr_names_the_platform_not_the_key(harness: Harness) -> None:
    assert (
        repr(harness.client) == f"RaasClient(platform_name={PLATFORM_NAME!r}, v2='https://api.test/raas/v2')"
    )
