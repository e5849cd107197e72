"""Requests become JSON: UNSET fields are left out, None is sent as null, names are Tango's."""

from __future__ import annotations

import math
from decimal import Decimal

import orjson

from aioraas import _convert
from aioraas.models import UNSET, v1, v2


def test_patch_omitted_null_and_empty_list_differ() -> None:
    # Seed 000: a list replaces, [] clears, null or omitted leaves the list unchanged.
    assert _convert.unstructure(v2.AccountUpdate()) == {}
    assert _convert.unstructure(v2.AccountUpdate(funding_notification=None)) == {"fundingNotification": None}
    assert _convert.unstructure(v2.AccountUpdate(funding_notification=[])) == {"fundingNotification": []}
    replaced = v2.AccountUpdate(funding_notification=[v2.FundingNotification(email_address="f@acme.test")])
    assert _convert.unstructure(replaced) == {"fundingNotification": [{"emailAddress": "f@acme.test"}]}
    assert v2.AccountUpdate().funding_notification is UNSET


def test_order_create_uses_tangos_names_and_a_json_number() -> None:
    order = v2.OrderCreate(
        customer_identifier="acme-hr",
        account_identifier="acme-hr-q1",
        utid="U561593",
        amount=Decimal("25.10"),
        external_ref_id="q1-bonus-0001",
        recipient=v2.Recipient(email="a@b.test", first_name="Ann"),
    )
    body = orjson.loads(_convert.dumps(order))
    assert body == {
        "customerIdentifier": "acme-hr",
        "accountIdentifier": "acme-hr-q1",
        "utid": "U561593",
        "amount": 25.1,
        "deliveryMethod": "EMAIL",
        "externalRefID": "q1-bonus-0001",
        "recipient": {"email": "a@b.test", "firstName": "Ann"},
    }


def test_amount_accepts_int_str_and_float_without_binary_noise() -> None:
    base = {"customer_identifier": "acme-hr", "account_identifier": "acme-hr-q1", "utid": "U1"}
    assert v2.OrderCreate(**base, amount=25).amount == Decimal("25")
    assert v2.OrderCreate(**base, amount="25.10").amount == Decimal("25.10")
    assert v2.OrderCreate(**base, amount=0.1).amount == Decimal("0.1")


def test_v1_names_are_snake_case_on_the_wire() -> None:
    order = v1.OrderCreate(
        customer="CompanyA",
        account_identifier="123456",
        sku="TNGO-E-V-STD",
        amount=1000,
        recipient=v1.Recipient(name="John", email="j@x.test"),
        send_reward=False,
    )
    assert _convert.unstructure(order) == {
        "customer": "CompanyA",
        "account_identifier": "123456",
        "recipient": {"name": "John", "email": "j@x.test"},
        "sku": "TNGO-E-V-STD",
        "amount": 1000,
        "send_reward": False,
    }


def test_requests_read_back_from_json() -> None:
    order = v2.OrderCreate(
        customer_identifier="acme-hr", account_identifier="acme-hr-q1", utid="U1", amount="5.00"
    )
    assert _convert.structure(_convert.unstructure(order), v2.OrderCreate) == order


def test_amounts_sent_again_give_the_same_json_and_zeros_keep_their_sign() -> None:
    from aioraas._scalars import decimal_to_json

    for _ in range(2):  # the second time from what the first one kept
        assert decimal_to_json(Decimal("25.00")) == 25.0
        assert decimal_to_json(Decimal("25.0")) == 25.0
        assert decimal_to_json(Decimal("12345678901234567.89")) == "12345678901234567.89"
        assert decimal_to_json(Decimal("12345678901234567.890")) == "12345678901234567.890"
        assert repr(decimal_to_json(Decimal("-0.00"))) == "-0.0"
        assert repr(decimal_to_json(Decimal("0"))) == "0.0"
        assert decimal_to_json(Decimal("Infinity")) == math.inf
