"""The in-memory store: customers, accounts, cards, deposits, transfers and orders.

Only the event loop that serves requests touches it (the :class:`~aioraas.emulator.Emulator`
helpers hop onto that loop when called from another thread), so no locks are needed: a check and
the change that depends on it never have an ``await`` between them.

Orders are indexed by id, by ``(account, externalRefID)`` and in per-account lists, so creating or
finding one never scans all orders.

An order is kept compactly, because load tests store a million of them: its answer as the JSON bytes
the API sent, deflated against a preset dictionary of what every order answer repeats (keys, null
fields, credential labels), so a stored order takes a few hundred bytes instead of ~4 KB of nested
dicts. ``Order.body`` inflates and parses it again on read, money as ``Decimal`` digit for digit, so
a read gives back what was written.
"""

from __future__ import annotations

import json
import sys
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any, Literal

from aioraas.emulator.clock import Clock
from aioraas.emulator.jsonio import dumps

__all__ = ["Account", "Card", "Customer", "Deposit", "Order", "Store", "Transfer"]

Api = Literal["v1", "v2"]


@dataclass(slots=True)
class Customer:
    """A customer (a "group"): a named set of accounts. Customers cannot be deleted."""

    identifier: str
    display_name: str
    created_at: datetime
    status: str = "active"
    accounts: list[Account] = field(default_factory=list)


# What order answers (v1 and v2) have in common, as the deflate dictionary: the more of an answer
# it holds, the fewer bytes the answer takes. Only the size depends on it, never what is read back.
_PRESET = dumps(
    {
        "order_id": "",
        "account_identifier": "",
        "customer": "",
        "sku": "",
        "amount": 0,
        "reward_message": None,
        "reward_subject": None,
        "reward_from": None,
        "delivered_at": "",
        "recipient": {"name": "", "email": ""},
        "reward": {"token": "", "number": "", "pin": None, "redemption_url": ""},
    }
) + dumps(
    {
        "referenceOrderID": "RA000000-00000-00",
        "referenceLineItemID": "RA000000-00000-00-01",
        "externalRefID": None,
        "customerIdentifier": "",
        "accountIdentifier": "",
        "accountNumber": "A10000001",
        "amountCharged": {"value": 0, "currencyCode": "USD", "exchangeRate": 1, "fee": 0, "total": 0},
        "denomination": {"value": 0, "currencyCode": "USD"},
        "utid": "U",
        "rewardName": "",
        "sender": {"firstName": "", "lastName": "", "email": ""},
        "recipient": {"firstName": "", "lastName": "", "email": "@example.test"},
        "emailSubject": None,
        "message": None,
        "notes": None,
        "campaign": None,
        "etid": None,
        "purchaseOrderNumber": None,
        "deliveryMethod": "EMAIL",
        "status": "COMPLETE",
        "createdAt": "2026-01-01T00:00:00.000Z",
        "reward": {
            "credentials": {"Redemption Link": "https://rewards.example.com/redeem/", "Security Code": ""},
            "credentialList": [
                {
                    "label": "Redemption Link",
                    "value": "https://rewards.example.com/redeem/",
                    "type": "url",
                    "credentialType": "redemptionUrl",
                },
                {"label": "Security Code", "value": "", "type": "text", "credentialType": "securityCode"},
            ],
            "redemptionInstructions": "<p>Open the link and choose a brand.</p>",
        },
    }
)
_WBITS = -12  # raw deflate, a 4 KiB window: an answer and the dictionary fit in it
_MEM_LEVEL = 2  # small compressor state: set up per order, it is most of the cost
# Amounts repeat across orders (a load test sends the same one a million times): keep one object.
_DECIMALS: dict[Decimal, Decimal] = {}
_DECIMALS_MAX = 4096


def pack(body: Mapping[str, Any] | bytes) -> bytes:
    """The compact form of an order answer, given as an object or as its JSON bytes."""
    deflate = zlib.compressobj(1, zlib.DEFLATED, _WBITS, _MEM_LEVEL, zlib.Z_DEFAULT_STRATEGY, _PRESET)
    return deflate.compress(body if isinstance(body, bytes) else dumps(body)) + deflate.flush()


def unpack(packed: bytes) -> bytes:
    """The JSON bytes of an answer kept by :func:`pack`."""
    return zlib.decompressobj(_WBITS, _PRESET).decompress(packed)


def shared_decimal(value: Decimal) -> Decimal:
    """One object per (common) amount, so a million equal amounts take one Decimal, not a million."""
    found = _DECIMALS.get(value)
    if found is not None and str(found) == str(value):
        return found
    if len(_DECIMALS) < _DECIMALS_MAX and found is None:
        _DECIMALS[value] = value
    return value


@dataclass(frozen=True, slots=True)
class Order:
    """A placed order. ``body`` is the order object the API returned when it was created, kept as
    ``packed`` (see the module docstring); build one with :meth:`create`.

    ``amount`` is the face value in ``currency``; ``charged`` is what left the account, in the
    account's currency, fees included.
    """

    api: Api
    reference_id: str
    customer: str
    account: str
    external_ref_id: str | None
    utid: str
    sku: str
    amount: Decimal
    currency: str
    charged: Decimal
    delivery_method: str
    created_at: datetime
    packed: bytes

    @classmethod
    def create(
        cls,
        *,
        api: Api,
        reference_id: str,
        customer: str,
        account: str,
        external_ref_id: str | None,
        utid: str,
        sku: str,
        amount: Decimal,
        currency: str,
        charged: Decimal,
        delivery_method: str,
        created_at: datetime,
        body: Mapping[str, Any] | bytes,
    ) -> Order:
        """An order whose answer was ``body`` (an object or its JSON bytes), stored compactly."""
        return cls(
            api,
            reference_id,
            customer,
            account,
            external_ref_id,
            utid,
            sku,
            shared_decimal(amount),
            currency,
            shared_decimal(charged),
            sys.intern(delivery_method),
            created_at,
            pack(body),
        )

    @property
    def body_json(self) -> bytes:
        """The answer as the JSON bytes the API sent."""
        return unpack(self.packed)

    @property
    def body(self) -> dict[str, Any]:
        """The answer as a new dict (money as ``Decimal``, as written); changing it changes nothing."""
        parsed: dict[str, Any] = json.loads(self.body_json, parse_float=Decimal)
        return parsed

    @property
    def delivered_by_tango(self) -> bool:
        """Whether Tango sent the reward itself (only such orders can be resent)."""
        return self.delivery_method in ("EMAIL", "PHONE", "ADDRESS", "WHATSAPP")


@dataclass(slots=True)
class Account:
    """An account holding a balance in one currency, with its orders."""

    customer: str
    identifier: str
    number: str
    display_name: str
    contact_email: str
    currency: str
    created_at: datetime
    balance: Decimal = Decimal("0.00")
    status: str = "ACTIVE"
    funding_notification: list[str] = field(default_factory=list)
    orders: dict[Api, list[Order]] = field(default_factory=lambda: {"v1": [], "v2": []})


@dataclass(slots=True)
class Card:
    """A registered credit card. The full number and security code are never kept."""

    api: Api
    token: str
    customer: str
    account: str
    label: str
    last_four: str
    expiration: str
    created_at: datetime
    active_at: datetime
    decline_code: str | None = None
    status: str = "ACTIVE"
    contact_information: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Deposit:
    """Money added to an account from a card; ``amount`` is credited, ``amount_charged`` billed."""

    api: Api
    reference_id: str
    customer: str
    account: str
    card_token: str
    amount: Decimal
    amount_charged: Decimal
    fee_percent: Decimal
    external_ref_id: str | None
    created_at: datetime
    status: str = "Success"


@dataclass(frozen=True, slots=True)
class Transfer:
    """Money moved between two accounts of the same currency."""

    external_ref_id: str | None
    source: str
    target: str
    amount: Decimal
    notes: str | None
    created_at: datetime


class DuplicateError(ValueError):
    """Something with the same identifier exists already."""


class Store:
    """Everything the emulated platform holds."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.customers: dict[str, Customer] = {}
        self.accounts: dict[str, Account] = {}
        self.orders: dict[str, Order] = {}
        self.orders_by_api: dict[Api, list[Order]] = {"v1": [], "v2": []}
        self.by_external_ref: dict[tuple[str, str], Order] = {}
        # (account, externalRefID) of orders being processed right now (answered with 409.002).
        self.in_progress: set[tuple[str, str]] = set()
        self.resends: dict[str, list[datetime]] = {}
        self.cards: dict[str, Card] = {}
        self.deposits: dict[str, Deposit] = {}
        self.deposit_refs: dict[str, Deposit] = {}
        self.transfers: list[Transfer] = []
        self.transfer_refs: set[str] = set()
        self._sequences: dict[str, int] = {}
        #: Called with ``(kind, subject)`` after a change others react to (webhook deliveries):
        #: ``("order.created", Order)`` today; async orders and balance alerts add their own kinds.
        self.listeners: list[Callable[[str, object], None]] = []

    def emit(self, kind: str, subject: object) -> None:
        """Tell every listener that ``kind`` happened to ``subject``."""
        for listener in self.listeners:
            listener(kind, subject)

    def next_number(self, sequence: str) -> int:
        """The next value (from 1) of a named counter; ids come from counters, so runs repeat."""
        value = self._sequences.get(sequence, 0) + 1
        self._sequences[sequence] = value
        return value

    def add_customer(self, identifier: str, display_name: str) -> Customer:
        """Create a customer; raises :class:`DuplicateError` if the identifier is taken."""
        if identifier in self.customers:
            raise DuplicateError(f"customer {identifier!r} exists already")
        customer = Customer(identifier, display_name, self.clock.now())
        self.customers[identifier] = customer
        return customer

    def add_account(
        self,
        customer: str,
        identifier: str,
        *,
        display_name: str,
        contact_email: str,
        currency: str = "USD",
        balance: Decimal = Decimal("0.00"),
        funding_notification: list[str] | None = None,
    ) -> Account:
        """Create an account under an existing customer; identifiers are unique per platform."""
        owner = self.customers.get(customer)
        if owner is None:
            raise KeyError(f"customer {customer!r} does not exist")
        if identifier in self.accounts:
            raise DuplicateError(f"account {identifier!r} exists already")
        account = Account(
            customer=customer,
            identifier=identifier,
            number=f"A{10_000_000 + self.next_number('account'):08d}",
            display_name=display_name,
            contact_email=contact_email,
            currency=currency,
            created_at=self.clock.now(),
            balance=balance,
            funding_notification=list(funding_notification or []),
        )
        self.accounts[identifier] = account
        owner.accounts.append(account)
        return account

    def account_of(self, customer: str, identifier: str) -> Account | None:
        """The account ``identifier`` if it belongs to ``customer``."""
        account = self.accounts.get(identifier)
        return account if account is not None and account.customer == customer else None

    def record_order(self, account: Account, order: Order) -> None:
        """Debit the account and index the order. The caller has checked the balance."""
        account.balance -= order.charged
        self.orders[order.reference_id] = order
        self.orders_by_api[order.api].append(order)
        account.orders[order.api].append(order)
        if order.external_ref_id is not None:
            self.by_external_ref[(account.identifier, order.external_ref_id)] = order
        self.emit("order.created", order)
