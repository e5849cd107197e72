"""Stored orders are compact, and reading one gives back exactly the answer that was sent."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from aioraas.emulator.jsonio import dumps
from aioraas.emulator.state import Order, pack, unpack

_ANSWER: dict[str, Any] = {
    "referenceOrderID": "RA261201-00001-37",
    "referenceLineItemID": "RA261201-00001-37-01",
    "externalRefID": "x-0000001",
    "customerIdentifier": "bench-co",
    "accountIdentifier": "bench-acct",
    "accountNumber": "A10000001",
    "amountCharged": {
        "value": Decimal("25.00"),
        "currencyCode": "USD",
        "exchangeRate": Decimal("1.0"),
        "fee": Decimal("0.00"),
        "total": Decimal("25.00"),
    },
    "denomination": {"value": Decimal("25.00"), "currencyCode": "USD"},
    "utid": "U561593",
    "rewardName": "Tango Card",
    "sender": {"firstName": "", "lastName": "", "email": ""},
    "recipient": {"firstName": "Ann", "lastName": "", "email": "ann@example.test"},
    "emailSubject": None,
    "notes": "ünïcode ✓",
    "deliveryMethod": "EMAIL",
    "status": "COMPLETE",
    "createdAt": "2026-12-01T21:52:16.179Z",
    "reward": {
        "credentials": {"Redemption Link": "https://rewards.example.com/redeem/15598fbf4ac0be98"},
        "credentialList": [{"label": "Security Code", "value": "894", "type": "text"}],
    },
}


def _order(body: Any) -> Order:
    return Order.create(
        api="v2",
        reference_id="RA261201-00001-37",
        customer="bench-co",
        account="bench-acct",
        external_ref_id="x-0000001",
        utid="U561593",
        sku="TNGO-E-V-STD",
        amount=Decimal("25.00"),
        currency="USD",
        charged=Decimal("25.00"),
        delivery_method="EMAIL",
        created_at=datetime(2026, 12, 1, tzinfo=UTC),
        body=body,
    )


def test_an_order_reads_back_as_written_with_exact_money() -> None:
    order = _order(_ANSWER)
    assert order.body_json == dumps(_ANSWER)
    assert order.body == _ANSWER
    charged = order.body["amountCharged"]
    assert [str(charged[k]) for k in ("value", "exchangeRate", "fee")] == ["25.00", "1.0", "0.00"]
    assert _order(dumps(_ANSWER)).packed == order.packed


def test_a_stored_answer_is_a_fraction_of_its_json() -> None:
    order = _order(_ANSWER)
    assert len(order.packed) < len(order.body_json) / 2


def test_changing_a_read_body_changes_nothing_stored() -> None:
    order = _order(_ANSWER)
    order.body["recipient"]["email"] = "someone@else.test"
    assert order.body["recipient"]["email"] == "ann@example.test"


def test_equal_amounts_share_one_object_but_keep_their_digits() -> None:
    first, second = _order(_ANSWER), _order(_ANSWER)
    assert first.amount is second.amount
    other = Order.create(
        **{
            **{f: getattr(first, f) for f in ("api", "reference_id", "customer", "account")},
            "external_ref_id": None,
            "utid": "U1",
            "sku": "S",
            "amount": Decimal("25.0"),
            "currency": "USD",
            "charged": Decimal("25"),
            "delivery_method": "NONE",
            "created_at": first.created_at,
            "body": {},
        },
    )
    assert (str(other.amount), str(other.charged)) == ("25.0", "25")


_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.text(max_size=30)
    | st.decimals(allow_nan=False, allow_infinity=False, places=2),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)


@given(st.dictionaries(st.text(max_size=12), _JSON, max_size=6))
def test_pack_then_unpack_gives_the_same_bytes(body: dict[str, Any]) -> None:
    assert unpack(pack(body)) == dumps(body)
