"""Stored orders are compact, and reading one gives back exactly the answer that was sent.

A v1 order keeps its answer deflated; a v2 order keeps its fields and renders its answer on read.
"""

from __future__ import annotations

import tracemalloc
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from aioraas.emulator.catalog import build_catalog
from aioraas.emulator.clock import Clock
from aioraas.emulator.jsonio import dumps
from aioraas.emulator.state import Order, Store, pack, shared_decimal, unpack

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
    assert order.packed is not None
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


# -- v2 orders: kept as their fields, their answer rendered on read ---------------------------------

_ITEM = build_catalog().by_utid["U561593"]
_CREATED = datetime(2026, 12, 1, 21, 52, 16, 179_000, tzinfo=UTC)


def _v2(**changes: Any) -> Order:
    fields: dict[str, Any] = {
        "reference_id": "RA261201-00001-37",
        "customer": "bench-co",
        "account": "bench-acct",
        "account_number": "A10000001",
        "external_ref_id": "x-0000001",
        "item": _ITEM,
        "amount": Decimal("25.00"),
        "charge_value": Decimal("25.00"),
        "charge_rate": Decimal("1.0"),
        "charge_fee": Decimal("0.50"),
        "charge_currency": "USD",
        "delivery_method": "EMAIL",
        "created_at": _CREATED,
        "sender": {"firstName": "", "lastName": "", "email": ""},
        "recipient": {"firstName": "Ann", "lastName": "", "email": "ann@example.test"},
    }
    fields.update(changes)
    return Order.create_v2(**fields)


def test_a_v2_order_renders_its_answer_field_for_field_in_order() -> None:
    order = _v2(notes="ünïcode ✓", ptid="P000001")
    body = order.body
    assert list(body) == [
        "referenceOrderID", "referenceLineItemID", "externalRefID", "customerIdentifier",
        "accountIdentifier", "accountNumber", "amountCharged", "denomination", "utid", "rewardName",
        "sender", "recipient", "emailSubject", "message", "notes", "campaign", "etid",
        "purchaseOrderNumber", "deliveryMethod", "status", "createdAt", "reward", "ptid",
    ]  # fmt: skip
    assert body["referenceLineItemID"] == "RA261201-00001-37-01"
    assert body["amountCharged"] == {
        "value": Decimal("25.00"),
        "currencyCode": "USD",
        "exchangeRate": Decimal("1.0"),
        "fee": Decimal("0.50"),
        "total": Decimal("25.50"),
    }
    digits = [str(body["amountCharged"][k]) for k in ("exchangeRate", "fee", "total")]
    assert digits == ["1.0", "0.50", "25.50"]
    assert body["denomination"] == {"value": Decimal("25.00"), "currencyCode": _ITEM.currency}
    assert body["rewardName"] == _ITEM.reward_name
    assert body["recipient"] == {"firstName": "Ann", "lastName": "", "email": "ann@example.test"}
    assert (body["notes"], body["ptid"], body["emailSubject"]) == ("ünïcode ✓", "P000001", None)
    assert body["createdAt"] == "2026-12-01T21:52:16.179Z"
    assert body["reward"]["credentialList"], "the reward's credentials are derived from the order"
    assert order.body_json == dumps(body)
    assert (order.charged, order.currency, order.utid, order.sku) == (
        Decimal("25.50"),
        _ITEM.currency,
        _ITEM.utid,
        _ITEM.sku,
    )


def test_a_v2_order_reads_back_the_same_bytes_every_time_and_equal_orders_render_equal() -> None:
    first = _v2()
    assert first.body_json == first.body_json == _v2().body_json
    assert b'"ptid"' not in first.body_json  # only an order that named a ptid has one
    assert _v2(external_ref_id="other").body_json != first.body_json


def test_equal_amounts_written_differently_keep_their_own_digits_in_the_answer_bytes() -> None:
    # Amounts are shared and their JSON numbers kept: 25.0 and 25.00 are equal but two numbers.
    for value in ("25.00", "25.0", "25", "0.00", "-0.00", "1E+1"):
        order = _v2(amount=Decimal(value), charge_value=Decimal(value), charge_fee=Decimal("0.00"))
        assert order.body_json == dumps(order.body)
        assert f'"denomination":{{"value":{Decimal(value):f},'.encode() in order.body_json
        assert f'"value":{Decimal(value):f},"currencyCode":"USD","exchangeRate":1.0,'.encode() in (
            order.body_json
        )


def test_a_recipient_with_more_than_names_and_email_is_kept_whole_and_reads_are_copies() -> None:
    recipient = {
        "firstName": "Bo",
        "lastName": "Li",
        "email": "",
        "mobileNumber": "+14155550100",
        "address": {"streetLine1": "1 Main St", "city": "Springfield", "postalCode": "1234", "country": "US"},
    }
    order = _v2(recipient=recipient, delivery_method="ADDRESS")
    read = order.body
    assert read["recipient"] == recipient
    read["recipient"]["address"]["city"] = "Elsewhere"
    recipient["mobileNumber"] = "+10000000000"
    assert order.body["recipient"]["address"]["city"] == "Springfield"
    assert order.body["recipient"]["mobileNumber"] == "+14155550100"


def test_no_recipient_reads_as_empty_names_and_people_are_shared_between_orders() -> None:
    assert _v2(recipient=None).body["recipient"] == {"firstName": "", "lastName": "", "email": ""}
    first, second = _v2(), _v2()
    assert first.recipient is second.recipient
    assert first.charge_fee is second.charge_fee


def test_v2_orders_and_their_line_items_take_well_under_a_kilobyte_each() -> None:
    store = Store(Clock())
    store.add_customer("bench-co", "Bench")
    account = store.add_account("bench-co", "bench-acct", display_name="B", contact_email="b@example.test")
    account.balance = Decimal("1e9")
    count = 5_000

    def place(i: int) -> None:
        order = _v2(reference_id=f"RA261201-{i:05d}-{i * 37 % 100:02d}", external_ref_id=f"load-{i:08d}")
        store.record_order(account, order)
        store.line_items.add_order(order)

    place(0)  # first-use allocations (the account's dicts and lists)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for i in range(1, count + 1):
            place(i)
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert grown / count < 700, f"{grown / count:.0f} bytes per stored order"
    assert len(store.line_items) == count + 1
    assert store.order_by_external_ref("bench-acct", "load-00000042") is store.orders["RA261201-00042-54"]


def test_shared_amounts_keep_their_digits_and_sign_whatever_came_before() -> None:
    values = ["25.00", "25.0", "25", "-0.00", "0.00", "0.0", "25.00", "1.0", "1", "0.00"]
    seen = [shared_decimal(Decimal(text)) for text in values]
    assert [str(value) for value in seen] == values
    assert seen[0] is seen[6]
    assert seen[4] is seen[9]
    assert seen[3] is not seen[4]
