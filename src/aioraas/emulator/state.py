"""The in-memory store: customers, accounts, cards, deposits, transfers and orders.

Only the event loop that serves requests touches it (the :class:`~aioraas.emulator.Emulator`
helpers hop onto that loop when called from another thread), so no locks are needed: a check and
the change that depends on it never have an ``await`` between them.

Orders are indexed by id, by account then ``externalRefID`` and in per-account lists, so creating or
finding one never scans all orders.

An order is kept compactly, because load tests store a million of them. A v2 order keeps the
fields its answer is made of (amounts, the catalog item, sender and recipient, the optional texts),
with equal amounts and people shared between orders, and renders its answer from them on every
read: the answer POST /orders sent was rendered by the same function, so a read gives back those
bytes, and storing an order compresses nothing. A v1 order keeps its answer as the JSON bytes the
API sent, deflated against a preset dictionary of what every order answer repeats; ``Order.body``
inflates and parses it again on read, money as ``Decimal`` digit for digit.
"""

from __future__ import annotations

import json
import sys
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any, Literal, NamedTuple, TypeVar

from orjson import Fragment

from aioraas.emulator import events
from aioraas.emulator.catalog import Item
from aioraas.emulator.clock import Clock, iso_millis
from aioraas.emulator.credentials import reward_for
from aioraas.emulator.jsonio import dumps, json_number
from aioraas.emulator.line_items import LineItems

__all__ = [
    "Account",
    "Card",
    "Customer",
    "Deposit",
    "DigitalTemplate",
    "LowBalanceAlert",
    "Order",
    "Store",
    "Transfer",
]

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
# Keyed by the text, which tells the digits, the exponent and the sign apart ("25.00" is not "25.0",
# "-0.00" is not "0.00"), and costs less than hashing a Decimal (a modular power).
_DECIMALS: dict[str, Decimal] = {}
_DECIMALS_MAX = 4096
# The JSON number of each shared Decimal (``json_number``), by the Decimal's id: nothing leaves
# _DECIMALS, so a shared one lives as long as the process and its id stands for it alone. Writing
# a Decimal's digits cost more than the rest of rendering an amount, five times per order answer.
_WIRE_NUMBERS: dict[int, Fragment] = {}


def pack(body: Mapping[str, Any] | bytes) -> bytes:
    """The compact form of an order answer, given as an object or as its JSON bytes."""
    deflate = zlib.compressobj(1, zlib.DEFLATED, _WBITS, _MEM_LEVEL, zlib.Z_DEFAULT_STRATEGY, _PRESET)
    return deflate.compress(body if isinstance(body, bytes) else dumps(body)) + deflate.flush()


def unpack(packed: bytes) -> bytes:
    """The JSON bytes of an answer kept by :func:`pack`."""
    return zlib.decompressobj(_WBITS, _PRESET).decompress(packed)


def shared_decimal(value: Decimal) -> Decimal:
    """One object per (common) amount, so a million equal amounts take one Decimal, not a million."""
    text = str(value)
    found = _DECIMALS.get(text)
    if found is not None:
        return found
    if len(_DECIMALS) < _DECIMALS_MAX:
        _DECIMALS[text] = value
        _WIRE_NUMBERS[id(value)] = json_number(value)
    return value


def _wire_number(value: Decimal) -> Fragment:
    # ``json_number(value)``, looked up for a shared Decimal.
    known = _WIRE_NUMBERS.get(id(value))
    return json_number(value) if known is None else known


_SHARED: dict[Any, Any] = {}
_SHARED_MAX = 4096
_T = TypeVar("_T", bound=tuple[Any, ...])


def shared_tuple(value: _T) -> _T:
    """One object per (common) tuple of strings, e.g. a recipient a load test sends every time."""
    found: _T | None = _SHARED.get(value)
    if found is not None:
        return found
    if len(_SHARED) < _SHARED_MAX:
        _SHARED[value] = value
    return value


_NO_PERSON = ("", "", "")
#: ``(emailSubject, message, notes, campaign, etid, purchaseOrderNumber, ptid)`` when all are absent.
_NO_EXTRAS: tuple[str | None, ...] = (None,) * 7


# A named tuple, not a frozen dataclass: as immutable and compared field by field, but made in one
# step, where a frozen dataclass stores each of its 22 fields through object.__setattr__ (half of
# what making an order cost).
class Order(NamedTuple):
    """A placed order; build one with :meth:`create` (v1) or :meth:`create_v2`.

    ``amount`` is the face value in ``currency``; ``charged`` is what left the account, in the
    account's currency, fees included.

    A v1 order keeps its answer ``packed`` (see the module docstring). A v2 order keeps the fields
    its answer is made of (``item``, the charge, ``sender``, ``recipient``, ``extras``) and renders
    the answer from them on read: the same function rendered the answer POST /orders sent, so a
    read gives back those bytes, and nothing is compressed per order.
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
    packed: bytes | None = None
    account_number: str = ""
    item: Item | None = None
    charge_value: Decimal = Decimal(0)
    charge_rate: Decimal = Decimal(1)
    charge_fee: Decimal = Decimal(0)
    charge_currency: str = "USD"
    sender: tuple[str, str, str] = _NO_PERSON
    #: ``(firstName, lastName, email)``, or the recipient object when it has more (phone, address).
    recipient: tuple[str, str, str] | Mapping[str, Any] = _NO_PERSON
    extras: tuple[str | None, ...] = _NO_EXTRAS

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

    @classmethod
    def create_v2(
        cls,
        *,
        reference_id: str,
        customer: str,
        account: str,
        account_number: str,
        external_ref_id: str | None,
        item: Item,
        amount: Decimal,
        charge_value: Decimal,
        charge_rate: Decimal,
        charge_fee: Decimal,
        charge_currency: str,
        delivery_method: str,
        created_at: datetime,
        sender: Mapping[str, Any],
        recipient: Mapping[str, Any] | None,
        email_subject: str | None = None,
        message: str | None = None,
        notes: str | None = None,
        campaign: str | None = None,
        etid: str | None = None,
        purchase_order_number: str | None = None,
        ptid: str | None = None,
    ) -> Order:
        """A v2 order (OrderViewVerbose minus the list fields), kept as its fields.

        ``sender`` has ``firstName``, ``lastName`` and ``email``; so has ``recipient``, which may
        also have ``mobileNumber`` and ``address`` (None: no recipient, shown with empty names).
        """
        extras = (email_subject, message, notes, campaign, etid, purchase_order_number, ptid)
        kept_recipient: tuple[str, str, str] | Mapping[str, Any]
        if recipient is None:
            kept_recipient = _NO_PERSON
        elif recipient.keys() == {"firstName", "lastName", "email"}:
            kept_recipient = _person(recipient)
        else:
            kept_recipient = dict(recipient)
        charged = charge_value + charge_fee
        return cls(
            "v2",
            reference_id,
            customer,
            account,
            external_ref_id,
            item.utid,
            item.sku,
            shared_decimal(amount),
            item.currency,
            shared_decimal(charged),
            sys.intern(delivery_method),
            created_at,
            None,
            account_number,
            item,
            shared_decimal(charge_value),
            shared_decimal(charge_rate),
            shared_decimal(charge_fee),
            charge_currency,
            _person(sender),
            kept_recipient,
            _NO_EXTRAS if extras == _NO_EXTRAS else extras,
        )

    @property
    def body_json(self) -> bytes:
        """The answer as the JSON bytes the API sent."""
        if self.packed is not None:
            return unpack(self.packed)
        return dumps(self._render(wire=True))

    @property
    def body(self) -> dict[str, Any]:
        """The answer as a new dict (money as ``Decimal``, as written); changing it changes nothing."""
        if self.packed is None:
            return self._render()
        parsed: dict[str, Any] = json.loads(self.body_json, parse_float=Decimal)
        return parsed

    @property
    def email_subject(self) -> str | None:
        return self.extras[0]

    @property
    def message(self) -> str | None:
        return self.extras[1]

    @property
    def notes(self) -> str | None:
        return self.extras[2]

    @property
    def campaign(self) -> str | None:
        return self.extras[3]

    @property
    def etid(self) -> str | None:
        return self.extras[4]

    @property
    def purchase_order_number(self) -> str | None:
        return self.extras[5]

    @property
    def ptid(self) -> str | None:
        return self.extras[6]

    def _render(self, *, wire: bool = False) -> dict[str, Any]:
        # The v2 answer, key for key as POST /orders sends it; ``wire``: money already as the JSON
        # numbers ``dumps`` writes for Decimals (``json_number``), for the bytes of the answer.
        money: Callable[[Decimal], Any] = _wire_number if wire else _same
        item = self.item
        assert item is not None, "only a v2 order is rendered"
        reference = self.reference_id
        recipient = self.recipient
        extras = self.extras
        body: dict[str, Any] = {
            "referenceOrderID": reference,
            "referenceLineItemID": f"{reference}-01",
            "externalRefID": self.external_ref_id,
            "customerIdentifier": self.customer,
            "accountIdentifier": self.account,
            "accountNumber": self.account_number,
            "amountCharged": {
                "value": money(self.charge_value),
                "currencyCode": self.charge_currency,
                "exchangeRate": money(self.charge_rate),
                "fee": money(self.charge_fee),
                "total": money(self.charged),
            },
            "denomination": {"value": money(self.amount), "currencyCode": self.currency},
            "utid": item.utid,
            "rewardName": item.reward_name,
            "sender": _person_object(self.sender),
            "recipient": _person_object(recipient) if isinstance(recipient, tuple) else _copy(recipient),
            "emailSubject": extras[0],
            "message": extras[1],
            "notes": extras[2],
            "campaign": extras[3],
            "etid": extras[4],
            "purchaseOrderNumber": extras[5],
            "deliveryMethod": self.delivery_method,
            "status": "COMPLETE",
            "createdAt": iso_millis(self.created_at),
            "reward": reward_for(item, reference, self.created_at),
        }
        if extras[6] is not None:
            body["ptid"] = extras[6]
        return body

    @property
    def delivered_by_tango(self) -> bool:
        """Whether Tango sent the reward itself (only such orders can be resent)."""
        return self.delivery_method in ("EMAIL", "PHONE", "ADDRESS", "WHATSAPP")


def _same(value: Decimal) -> Decimal:
    return value


def _person(person: Mapping[str, Any]) -> tuple[str, str, str]:
    return shared_tuple((person["firstName"], person["lastName"], person["email"]))


def _person_object(person: tuple[str, str, str]) -> dict[str, Any]:
    return {"firstName": person[0], "lastName": person[1], "email": person[2]}


def _copy(value: Any) -> Any:
    # A new copy of nested objects, so that changing a read body changes nothing stored.
    if isinstance(value, Mapping):
        return {key: _copy(inner) for key, inner in value.items()}
    return value


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


@dataclass(slots=True)
class LowBalanceAlert:
    """A low-balance alert on one account.

    ``armed`` is true while the balance is at or above the threshold; the first time it falls below,
    the alert is marked (``triggered_count``, ``last_triggered_at``) and disarmed until the balance
    is back at or above the threshold.
    """

    alert_id: str
    customer: str
    account: str
    display_name: str | None
    threshold: Decimal
    notification: list[str]
    created_at: datetime
    status: str = "ACTIVE"
    armed: bool = True
    triggered_count: int = 0
    last_triggered_at: datetime | None = None


@dataclass(slots=True)
class DigitalTemplate:
    """A digital (formerly email) template, addressed by its ``etid``."""

    etid: str
    name: str
    fields: dict[str, Any]
    created_at: datetime
    updated_at: datetime
    deleted: bool = False
    used: int = 0


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
        # Orders by account, then externalRefID (one small dict per account, no key tuple per order).
        self.by_external_ref: dict[str, dict[str, Order]] = {}
        # (account, externalRefID) of orders being processed right now (answered with 409.002).
        self.in_progress: set[tuple[str, str]] = set()
        self.resends: dict[str, list[datetime]] = {}
        self.cards: dict[str, Card] = {}
        self.deposits: dict[str, Deposit] = {}
        self.deposit_refs: dict[str, Deposit] = {}
        self.transfers: list[Transfer] = []
        self.transfer_refs: set[str] = set()
        self.line_items = LineItems(self.orders)
        self.alerts: dict[str, LowBalanceAlert] = {}
        self.templates: dict[str, DigitalTemplate] = {}
        # Prepaid card service: comments and cardholder registrations by line item.
        self.prepaid_comments: dict[str, list[dict[str, Any]]] = {}
        self.prepaid_registrations: dict[str, dict[str, Any]] = {}
        self.event_counts: dict[str, int] = {}
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

    def order_by_external_ref(self, account: str, external_ref_id: str) -> Order | None:
        """The order placed on ``account`` with ``external_ref_id``, if any."""
        refs = self.by_external_ref.get(account)
        return refs.get(external_ref_id) if refs is not None else None

    def record_order(self, account: Account, order: Order) -> None:
        """Debit the account and index the order. The caller has checked the balance."""
        account.balance -= order.charged
        self.check_alerts(account)
        self.orders[order.reference_id] = order
        self.orders_by_api[order.api].append(order)
        account.orders[order.api].append(order)
        if order.external_ref_id is not None:
            refs = self.by_external_ref.get(account.identifier)
            if refs is None:
                refs = self.by_external_ref[account.identifier] = {}
            refs[order.external_ref_id] = order
        self.emit("order.created", order)

    def add_template(self, name: str, fields: dict[str, Any], etid: str | None = None) -> DigitalTemplate:
        """Create a digital template; its etid is the next ``E000001``-style id unless given."""
        if etid is None:
            etid = f"E{self.next_number('digital-template'):06d}"
            while etid in self.templates:
                etid = f"E{self.next_number('digital-template'):06d}"
        elif etid.upper() in self.templates:
            raise DuplicateError(f"template {etid!r} exists already")
        now = self.clock.now()
        template = DigitalTemplate(
            etid=etid.upper(), name=name, fields=fields, created_at=now, updated_at=now
        )
        self.templates[template.etid] = template
        return template

    def check_alerts(self, account: Account) -> None:
        """Mark the account's armed alerts whose threshold the balance fell below; re-arm the others.

        Call after every change of a balance. A marked alert publishes a ``LowBalance`` event.
        """
        for alert in self.alerts.values():
            if alert.account != account.identifier or alert.status != "ACTIVE":
                continue
            if account.balance < alert.threshold:
                if alert.armed:
                    alert.armed = False
                    alert.triggered_count += 1
                    alert.last_triggered_at = self.clock.now()
                    events.publish(
                        self,
                        "LowBalance",
                        {
                            "accountIdentifier": account.identifier,
                            "balance": account.balance,
                            "balanceThreshold": alert.threshold,
                            "balanceAlertIdentifier": alert.alert_id,
                        },
                    )
            else:
                alert.armed = True

    def refund(self, account: Account, amount: Decimal) -> None:
        """Give ``amount`` (account currency) back to ``account``, e.g. for a cancelled line item."""
        account.balance += amount
        self.check_alerts(account)
