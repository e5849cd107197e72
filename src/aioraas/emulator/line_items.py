"""Line items: every order has at least one, and each has a lifecycle of its own.

A line item is small state (ids, amounts, status strings); its JSON view is built when asked for.
:func:`LineItems.create_for_order` is the one way to add a line item for an order, for synchronous
and asynchronous orders alike.

Statuses: ``COMPLETE`` (issued, can be redeemed and resent), ``FROZEN`` (no redemption, no
resend, until unfrozen) and ``CANCELLED`` (refunded to the account; final). A reissue cancels the
line item and issues a new one in its place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

__all__ = ["CANCELLED", "COMPLETE", "FROZEN", "MAX_REISSUES", "Action", "LineItem", "LineItems"]

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
    actions: list[Action] = field(default_factory=list)
    resends: list[datetime] = field(default_factory=list)


class LineItems:
    """Every line item, by id, by order, and in creation order (for keyset paging)."""

    def __init__(self) -> None:
        self.by_id: dict[str, LineItem] = {}
        self.by_order: dict[str, list[LineItem]] = {}
        self.in_order: list[LineItem] = []

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
        siblings = self.by_order.setdefault(reference_order_id, [])
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
        siblings.append(item)
        self.by_id[item.reference_line_item_id] = item
        self.in_order.append(item)
        return item

    def first_of(self, reference_order_id: str) -> LineItem | None:
        """The order's first line item (the one a synchronous order's response names)."""
        items = self.by_order.get(reference_order_id)
        return items[0] if items else None
