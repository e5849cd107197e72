"""Line items: every order has at least one, and each has a lifecycle of its own.

A line item is small state (ids, amounts, status strings); its JSON view is built when asked for.
:meth:`LineItems.create_for_order` adds one (an async order's, a reissue). A synchronous order's
only line item, ``<order>-01``, follows from the order itself: :meth:`LineItems.add_order` keeps
just the order's place in the list, and the line item is made from the order the first time
something looks it up by id (to read it or act on it); a list shows it, made afresh, until then.
A load test's million orders thus keep no line-item records.

Statuses: ``COMPLETE`` (issued, can be redeemed and resent), ``FROZEN`` (no redemption, no
resend, until unfrozen) and ``CANCELLED`` (refunded to the account; final). A reissue cancels the
line item and issues a new one in its place.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Protocol

__all__ = [
    "CANCELLED",
    "COMPLETE",
    "FROZEN",
    "MAX_REISSUES",
    "Action",
    "LineItem",
    "LineItems",
    "PlacedOrder",
]

COMPLETE = "COMPLETE"
FROZEN = "FROZEN"
CANCELLED = "CANCELLED"
#: Tango refuses a sixth reissue of the same line item (i18n 403.022).
MAX_REISSUES = 5


@dataclass(frozen=True, slots=True)
class Action:
    """One entry of ``lineItemActionHistory``."""

    action: str
    reason_code: str
    other_reason: str | None
    at: datetime
    new_line_item: str | None = None


@dataclass(slots=True)
class LineItem:
    """One reward of an order. ``charged`` is what left the account for it (account currency)."""

    reference_line_item_id: str
    reference_order_id: str
    line_number: int
    customer: str
    account: str
    utid: str
    amount: Decimal
    currency: str
    charged: Decimal
    delivery_method: str
    created_at: datetime
    status: str = COMPLETE
    etid: str | None = None
    purchase_order_number: str | None = None
    campaign: str | None = None
    order_notes: str | None = None
    reissued_from: str | None = None
    reissued_to: str | None = None
    reissue_count: int = 0
    external_ref: str | None = None
    """externalRefLineItemID of an async order's line item (None for a synchronous order's)."""
    #: Both histories start as the shared empty tuple; the first entry makes each a tuple of its own.
    actions: tuple[Action, ...] = ()
    resends: tuple[datetime, ...] = ()


class PlacedOrder(Protocol):
    """What a synchronous order gives its line item (``aioraas.emulator.state.Order``)."""

    @property
    def api(self) -> str: ...
    @property
    def reference_id(self) -> str: ...
    @property
    def customer(self) -> str: ...
    @property
    def account(self) -> str: ...
    @property
    def utid(self) -> str: ...
    @property
    def amount(self) -> Decimal: ...
    @property
    def currency(self) -> str: ...
    @property
    def charged(self) -> Decimal: ...
    @property
    def delivery_method(self) -> str: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def etid(self) -> str | None: ...
    @property
    def purchase_order_number(self) -> str | None: ...
    @property
    def campaign(self) -> str | None: ...
    @property
    def notes(self) -> str | None: ...


class LineItems:
    """Every line item: by id, by order, and in creation order (for keyset paging).

    ``orders`` are the platform's orders by id: a v2 order there that was passed to
    :meth:`add_order` has the line item ``<order>-01`` without a record of its own until one is
    needed (see the module docstring).
    """

    def __init__(self, orders: Mapping[str, PlacedOrder] | None = None) -> None:
        self._orders: Mapping[str, PlacedOrder] = orders if orders is not None else {}
        # Line items that have a record, by id and by order.
        self._by_id: dict[str, LineItem] = {}
        self._by_order: dict[str, list[LineItem]] = {}
        # Creation order; an order stands for its first line item.
        self._entries: list[LineItem | PlacedOrder] = []

    def add_order(self, order: PlacedOrder) -> None:
        """Give a synchronous order its line item ``<order>-01``, made when first looked up."""
        self._entries.append(order)

    def _lazy_order(self, reference_order_id: str) -> PlacedOrder | None:
        # The order whose first line item follows from it, if that is what this id names.
        order = self._orders.get(reference_order_id)
        return order if order is not None and order.api == "v2" else None

    @staticmethod
    def _made_from(order: PlacedOrder) -> LineItem:
        reference = order.reference_id
        return LineItem(
            reference_line_item_id=f"{reference}-01",
            reference_order_id=reference,
            line_number=1,
            customer=order.customer,
            account=order.account,
            utid=order.utid,
            amount=order.amount,
            currency=order.currency,
            charged=order.charged,
            delivery_method=order.delivery_method,
            created_at=order.created_at,
            etid=order.etid,
            purchase_order_number=order.purchase_order_number,
            campaign=order.campaign,
            order_notes=order.notes,
        )

    def _record(self, item: LineItem) -> None:
        self._by_id[item.reference_line_item_id] = item
        self._by_order.setdefault(item.reference_order_id, []).append(item)

    def get(self, reference_line_item_id: str) -> LineItem | None:
        """The line item with this id (kept from now on, so changes to it last), or None."""
        item = self._by_id.get(reference_line_item_id)
        if item is not None:
            return item
        reference, dash, number = reference_line_item_id.rpartition("-")
        if not dash or number != "01" or reference in self._by_order:
            return None
        order = self._lazy_order(reference)
        if order is None:
            return None
        item = self._made_from(order)
        self._record(item)
        return item

    def of_order(self, reference_order_id: str) -> list[LineItem]:
        """The order's line items, first to last (a new list)."""
        items = self._by_order.get(reference_order_id)
        if items is not None:
            return list(items)
        order = self._lazy_order(reference_order_id)
        return [self._made_from(order)] if order is not None else []

    def first_of(self, reference_order_id: str) -> LineItem | None:
        """The order's first line item (the one a synchronous order's response names)."""
        items = self.of_order(reference_order_id)
        return items[0] if items else None

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[LineItem]:
        """Every line item in creation order (a line item's place in it never changes)."""
        by_id = self._by_id
        for entry in self._entries:
            if isinstance(entry, LineItem):
                yield entry
            else:
                kept = by_id.get(f"{entry.reference_id}-01")
                yield kept if kept is not None else self._made_from(entry)

    def create_for_order(
        self,
        reference_order_id: str,
        *,
        customer: str,
        account: str,
        utid: str,
        amount: Decimal,
        currency: str,
        charged: Decimal,
        delivery_method: str,
        created_at: datetime,
        etid: str | None = None,
        purchase_order_number: str | None = None,
        campaign: str | None = None,
        order_notes: str | None = None,
        reissued_from: str | None = None,
        line_number: int | None = None,
        external_ref: str | None = None,
    ) -> LineItem:
        """Add the next line item of order ``reference_order_id`` (``<order>-01``, ``-02``, ...).

        An async order's line items complete in any order: they pass their ``line_number`` (the
        position in the request) and ``external_ref`` (their externalRefLineItemID).
        """
        siblings = self.of_order(reference_order_id)
        if siblings and reference_order_id not in self._by_order:
            self._record(siblings[0])  # the order's own first line item gets its record first
        number = line_number if line_number is not None else len(siblings) + 1
        item = LineItem(
            reference_line_item_id=f"{reference_order_id}-{number:02d}",
            reference_order_id=reference_order_id,
            line_number=number,
            customer=customer,
            account=account,
            utid=utid,
            amount=amount,
            currency=currency,
            charged=charged,
            delivery_method=delivery_method,
            created_at=created_at,
            etid=etid,
            purchase_order_number=purchase_order_number,
            campaign=campaign,
            order_notes=order_notes,
            reissued_from=reissued_from,
            external_ref=external_ref,
        )
        self._record(item)
        self._entries.append(item)
        return item
