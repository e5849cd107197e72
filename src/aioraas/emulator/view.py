"""A read-only view of the emulator's state, for tests.

Everything returned is a snapshot (frozen dataclasses and tuples): holding on to one never sees
later changes, and nothing returned can change the emulator. When the emulator runs in another
thread, each call runs on the emulator's own loop, so a snapshot is always consistent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Literal, Protocol, TypeVar

from aioraas.emulator.line_items import LineItem
from aioraas.emulator.state import Account, Card, Customer, Deposit, LowBalanceAlert, Order, Store, Transfer
from aioraas.emulator.stats import Stats, StatsSnapshot

__all__ = ["AccountInfo", "AlertInfo", "Caller", "CardInfo", "CustomerInfo", "LineItemInfo", "StateView"]

T = TypeVar("T")


class Caller(Protocol):
    """Runs a function where the state lives (the emulator's loop) and returns its result."""

    def __call__(self, fn: Callable[[], T], /) -> T: ...


@dataclass(frozen=True, slots=True)
class AlertInfo:
    """A low-balance alert: ``triggered_count`` counts the times the balance fell below ``threshold``."""

    alert_id: str
    account: str
    threshold: Decimal
    status: str
    triggered_count: int
    last_triggered_at: datetime | None

    @classmethod
    def of(cls, alert: LowBalanceAlert) -> AlertInfo:
        """Snapshot ``alert``."""
        return cls(
            alert.alert_id,
            alert.account,
            alert.threshold,
            alert.status,
            alert.triggered_count,
            alert.last_triggered_at,
        )


@dataclass(frozen=True, slots=True)
class LineItemInfo:
    """A line item: its ids, amounts (``charged`` in the account's currency) and status."""

    reference_line_item_id: str
    reference_order_id: str
    account: str
    amount: Decimal
    charged: Decimal
    status: str
    reissued_from: str | None
    reissued_to: str | None
    external_ref: str | None = None
    """externalRefLineItemID, for a line item of an async order."""

    @classmethod
    def of(cls, item: LineItem) -> LineItemInfo:
        """Snapshot ``item``."""
        return cls(
            item.reference_line_item_id,
            item.reference_order_id,
            item.account,
            item.amount,
            item.charged,
            item.status,
            item.reissued_from,
            item.reissued_to,
            item.external_ref,
        )


@dataclass(frozen=True, slots=True)
class AccountInfo:
    """An account as it is at the moment of the snapshot; ``balance`` is in ``currency`` units."""

    customer: str
    identifier: str
    number: str
    display_name: str
    contact_email: str
    currency: str
    balance: Decimal
    status: str
    created_at: datetime
    funding_notification: tuple[str, ...]

    @classmethod
    def of(cls, account: Account) -> AccountInfo:
        """Snapshot ``account``."""
        return cls(
            account.customer,
            account.identifier,
            account.number,
            account.display_name,
            account.contact_email,
            account.currency,
            account.balance,
            account.status,
            account.created_at,
            tuple(account.funding_notification),
        )


@dataclass(frozen=True, slots=True)
class CustomerInfo:
    """A customer and the identifiers of its accounts."""

    identifier: str
    display_name: str
    status: str
    created_at: datetime
    accounts: tuple[str, ...]

    @classmethod
    def of(cls, customer: Customer) -> CustomerInfo:
        """Snapshot ``customer``."""
        return cls(
            customer.identifier,
            customer.display_name,
            customer.status,
            customer.created_at,
            tuple(a.identifier for a in customer.accounts),
        )


@dataclass(frozen=True, slots=True)
class CardInfo:
    """A registered card (only its last four digits are kept)."""

    token: str
    api: str
    customer: str
    account: str
    label: str
    last_four: str
    status: str
    created_at: datetime
    active_at: datetime

    @classmethod
    def of(cls, card: Card) -> CardInfo:
        """Snapshot ``card``."""
        return cls(
            card.token,
            card.api,
            card.customer,
            card.account,
            card.label,
            card.last_four,
            card.status,
            card.created_at,
            card.active_at,
        )


class StateView:
    """Read-only questions about the emulated platform.

    Orders, deposits and transfers are immutable records and are returned as they are; each
    order's ``body`` is the JSON object the API answered with when it was created.
    """

    __slots__ = ("_run", "_stats", "_store")

    def __init__(self, store: Store, stats: Stats, call: Caller) -> None:
        self._store = store
        self._stats = stats
        self._run = call

    def customers(self) -> tuple[CustomerInfo, ...]:
        """Every customer, in creation order."""
        return self._run(lambda: tuple(CustomerInfo.of(c) for c in self._store.customers.values()))

    def accounts(self, customer: str | None = None) -> tuple[AccountInfo, ...]:
        """Every account (of ``customer`` when given), in creation order."""
        return self._run(
            lambda: tuple(
                AccountInfo.of(a)
                for a in self._store.accounts.values()
                if customer is None or a.customer == customer
            )
        )

    def account(self, identifier: str) -> AccountInfo:
        """One account; KeyError if there is none."""
        return self._run(lambda: AccountInfo.of(self._store.accounts[identifier]))

    def balance(self, identifier: str) -> Decimal:
        """An account's balance, in its currency; KeyError if there is no such account."""
        return self._run(lambda: self._store.accounts[identifier].balance)

    def orders(self, account: str | None = None, api: Literal["v1", "v2"] | None = None) -> tuple[Order, ...]:
        """Orders in creation order, optionally of one account and/or one API version."""

        def collect() -> tuple[Order, ...]:
            if account is not None:
                found = self._store.accounts.get(account)
                if found is None:
                    return ()
                lists = [found.orders[api]] if api else [found.orders["v1"], found.orders["v2"]]
                merged = [o for orders in lists for o in orders]
                return tuple(sorted(merged, key=lambda o: o.created_at) if api is None else merged)
            if api is not None:
                return tuple(self._store.orders_by_api[api])
            return tuple(self._store.orders.values())

        return self._run(collect)

    def order(self, reference_id: str) -> Order | None:
        """An order by its id (v2 ``referenceOrderID`` or v1 ``order_id``)."""
        return self._run(lambda: self._store.orders.get(reference_id))

    def order_by_external_ref(self, account: str, external_ref_id: str) -> Order | None:
        """The v2 order placed on ``account`` with ``external_ref_id``, if any."""
        return self._run(lambda: self._store.order_by_external_ref(account, external_ref_id))

    def in_progress(self, account: str, external_ref_id: str) -> bool:
        """Whether an order with ``external_ref_id`` is being processed right now (409.002 window)."""
        return self._run(lambda: (account, external_ref_id) in self._store.in_progress)

    def cards(self, account: str | None = None) -> tuple[CardInfo, ...]:
        """Registered cards (of ``account`` when given), including deleted ones."""
        return self._run(
            lambda: tuple(
                CardInfo.of(c) for c in self._store.cards.values() if account is None or c.account == account
            )
        )

    def deposits(self, account: str | None = None) -> tuple[Deposit, ...]:
        """Card deposits (v1 cc_fund and v2 creditCardDeposits), in creation order."""
        return self._run(
            lambda: tuple(d for d in self._store.deposits.values() if account is None or d.account == account)
        )

    def transfers(self) -> tuple[Transfer, ...]:
        """Transfers between accounts, in creation order."""
        return self._run(lambda: tuple(self._store.transfers))

    def alerts(self, account: str | None = None) -> tuple[AlertInfo, ...]:
        """Low-balance alerts (of ``account`` when given), deleted ones included."""
        return self._run(
            lambda: tuple(
                AlertInfo.of(a)
                for a in self._store.alerts.values()
                if account is None or a.account == account
            )
        )

    def line_items(self, order: str | None = None) -> tuple[LineItemInfo, ...]:
        """Line items (of the order ``order`` when given), in creation order."""

        def collect() -> tuple[LineItemInfo, ...]:
            items = self._store.line_items
            chosen = items.of_order(order) if order is not None else items
            return tuple(LineItemInfo.of(i) for i in chosen)

        return self._run(collect)

    def events(self) -> dict[str, int]:
        """How many events of each type (``LowBalance``, ``RewardStatus``) were published."""
        return self._run(lambda: dict(self._store.event_counts))

    def stats(self) -> StatsSnapshot:
        """The request, fault and concurrency counters."""
        return self._run(self._stats.snapshot)
