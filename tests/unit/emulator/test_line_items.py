"""A synchronous order's line item follows from the order until something looks it up by id."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from aioraas.emulator.catalog import build_catalog
from aioraas.emulator.line_items import CANCELLED, COMPLETE, FROZEN, Action, LineItem, LineItems
from aioraas.emulator.state import Order

_ITEM = build_catalog().by_utid["U561593"]
_AT = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def _order(reference: str, **extras: str) -> Order:
    return Order.create_v2(
        reference_id=reference,
        customer="co",
        account="acct",
        account_number="A10000001",
        external_ref_id=None,
        item=_ITEM,
        amount=Decimal("10.00"),
        charge_value=Decimal("10.00"),
        charge_rate=Decimal("1"),
        charge_fee=Decimal("0.25"),
        charge_currency="USD",
        delivery_method="EMAIL",
        created_at=_AT,
        sender={"firstName": "", "lastName": "", "email": ""},
        recipient={"firstName": "A", "lastName": "", "email": "a@example.test"},
        **extras,
    )


def _v1_order(reference: str) -> Order:
    return Order.create(
        api="v1",
        reference_id=reference,
        customer="co",
        account="acct",
        external_ref_id=None,
        utid=_ITEM.utid,
        sku=_ITEM.sku,
        amount=Decimal("10.00"),
        currency="USD",
        charged=Decimal("10.00"),
        delivery_method="EMAIL",
        created_at=_AT,
        body={"order_id": reference},
    )


def _items_with(*orders: Order) -> LineItems:
    by_id = {order.reference_id: order for order in orders}
    items = LineItems(by_id)
    for order in orders:
        if order.api == "v2":
            items.add_order(order)
    return items


def _add(items: LineItems, order: str, amount: Decimal, reissued_from: str | None = None) -> LineItem:
    """A further line item of ``order`` (a reissue when ``reissued_from`` is given)."""
    return items.create_for_order(
        order,
        customer="co",
        account="acct",
        utid=_ITEM.utid,
        amount=amount,
        currency="USD",
        charged=amount,
        delivery_method="EMAIL",
        created_at=_AT,
        reissued_from=reissued_from,
    )


def test_an_orders_line_item_is_made_from_the_order_with_its_fields() -> None:
    order = _order("RA1-00001-37", etid="E000001", campaign="spring", notes="n", purchase_order_number="PO-1")
    items = _items_with(order)
    [listed] = list(items)
    found = items.get("RA1-00001-37-01")
    assert found is not None
    for item in (listed, found):
        assert (item.reference_line_item_id, item.reference_order_id, item.line_number) == (
            "RA1-00001-37-01",
            "RA1-00001-37",
            1,
        )
        assert (item.amount, item.charged, item.currency, item.utid) == (
            Decimal("10.00"),
            Decimal("10.25"),
            _ITEM.currency,
            _ITEM.utid,
        )
        assert (item.etid, item.campaign, item.order_notes, item.purchase_order_number) == (
            "E000001",
            "spring",
            "n",
            "PO-1",
        )
        assert (item.status, item.actions, item.resends, item.created_at) == (COMPLETE, (), (), _AT)
    assert items.first_of("RA1-00001-37") == found


def test_a_line_item_looked_up_keeps_its_changes_in_lists_and_lookups() -> None:
    items = _items_with(_order("RA1-00001-37"), _order("RA1-00002-74"))
    item = items.get("RA1-00002-74-01")
    assert item is not None
    item.status = FROZEN
    item.actions += (Action("FREEZE", "FRAUD", None, _AT),)
    assert items.get("RA1-00002-74-01") is item
    assert [i.status for i in items] == [COMPLETE, FROZEN]
    assert items.of_order("RA1-00002-74") == [item]
    # Untouched, the other order's line item is made afresh on every read: nothing kept.
    assert next(iter(items)) is not next(iter(items))


def test_a_reissue_becomes_the_orders_second_line_item_after_the_first() -> None:
    items = _items_with(_order("RA1-00001-37"))
    first = items.get("RA1-00001-37-01")
    assert first is not None
    first.status = CANCELLED
    second = _add(items, "RA1-00001-37", Decimal("10.00"), reissued_from=first.reference_line_item_id)
    assert second.reference_line_item_id == "RA1-00001-37-02"
    assert [i.reference_line_item_id for i in items.of_order("RA1-00001-37")] == [
        "RA1-00001-37-01",
        "RA1-00001-37-02",
    ]
    assert [(i.reference_line_item_id, i.status) for i in items] == [
        ("RA1-00001-37-01", CANCELLED),
        ("RA1-00001-37-02", COMPLETE),
    ]
    assert len(items) == 2


def test_a_line_item_added_for_an_order_not_looked_up_yet_counts_the_first() -> None:
    items = _items_with(_order("RA1-00001-37"))
    second = _add(items, "RA1-00001-37", Decimal("5.00"))
    assert second.line_number == 2
    assert [i.line_number for i in items.of_order("RA1-00001-37")] == [1, 2]


def test_ids_that_name_no_line_item_find_none() -> None:
    items = _items_with(_order("RA1-00001-37"), _v1_order("123-4567-89"))
    for missing in ("RA1-00001-37-02", "RA1-00001-37", "RA9-00009-33-01", "123-4567-89-01", "", "-01"):
        assert items.get(missing) is None, missing
    assert items.of_order("123-4567-89") == []
    assert items.first_of("RA9-00009-33") is None
    assert len(items) == 1
