"""v2 funding: credit cards, card deposits, card removal and transfers between accounts."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from aiohttp import web

from aioraas.emulator.cards import deposit, is_supported, register_card
from aioraas.emulator.clock import iso_millis
from aioraas.emulator.context import context
from aioraas.emulator.errors import V2Error
from aioraas.emulator.incoming import read_object
from aioraas.emulator.jsonio import json_response
from aioraas.emulator.money import to_money
from aioraas.emulator.pagination import optional_cursor
from aioraas.emulator.state import Account, Card, Deposit, Transfer
from aioraas.emulator.v2.accounts import require_account
from aioraas.emulator.v2.query import multi
from aioraas.emulator.v2.validate import NOT_VALID, Checker

__all__ = [
    "create_deposit",
    "get_card",
    "get_deposit",
    "list_cards",
    "register",
    "transfer_funds",
    "unregister",
]

MAX_CARDS_PER_ACCOUNT = 10
DEPOSIT_FEE_PERCENT = Decimal("3.5")
#: The platform's allowable deposit range (Tango configures one per platform: 422.052 outside it).
MIN_DEPOSIT, MAX_DEPOSIT = Decimal("1.00"), Decimal("25000.00")
#: 422.121: the shape Tango's catalogue gives for a card expiration.
_EXPIRATION = re.compile(r"[0-9]{4}-[0-9]{2}")


def _card_view(card: Card, account: Account) -> dict[str, Any]:
    return {
        "customerIdentifier": card.customer,
        "accountIdentifier": card.account,
        "accountNumber": account.number,
        "token": card.token,
        "label": card.label,
        "lastFourDigits": card.last_four,
        "expirationDate": card.expiration,
        "status": card.status,
        "createdDate": iso_millis(card.created_at),
        "activationDate": iso_millis(card.active_at),
        "contactInformation": card.contact_information,
    }


def _owner_account(request: web.Request, check: Checker) -> Account:
    # No identifier pattern here: OAS26 has none on funding requests (v1 accounts can be funded).
    customer = check.text("customerIdentifier", required=True)
    account = check.text("accountIdentifier", required=True)
    check.raise_if_any()
    assert customer is not None
    assert account is not None
    return require_account(request, account, customer)


async def register(request: web.Request) -> web.StreamResponse:
    """POST /creditCards -> 201 CreditCardView (activation after the configured delay)."""
    ctx = context(request)
    check = Checker(await read_object(request))
    check.text("ipAddress", required=True)
    label = check.text("label", required=True)
    number = expiration = None
    if card_fields := check.nested("creditCard", required=True):
        number = card_fields.text("number", required=True, secret=True)
        expiration = card_fields.text("expiration", required=True, pattern=_EXPIRATION, pattern_key="422.121")
        card_fields.text("verificationNumber", required=True, min_len=3, max_len=4, secret=True)
    if address := check.nested("billingAddress", required=True):
        for name in ("firstName", "lastName", "addressLine1", "city", "state", "postalCode", "country"):
            address.text(name, required=True, min_len=1)
        address.text("addressLine2")
        address.text("emailAddress", required=True, min_len=1)
    contacts: list[dict[str, object]] = [
        {"fullName": c.text("fullName"), "emailAddress": c.text("emailAddress")}
        for c in check.nested_list("contactInformation") or []
    ]
    account = _owner_account(request, check)
    assert number is not None
    assert expiration is not None
    assert label is not None
    if not is_supported(number):  # a card this environment cannot authorize
        raise V2Error(402, "402.051")
    active = sum(
        1 for c in ctx.store.cards.values() if c.account == account.identifier and c.status == "ACTIVE"
    )
    if active >= MAX_CARDS_PER_ACCOUNT:
        raise V2Error.single(422, "422.050", path="creditCard")
    card = register_card(
        ctx, "v2", account, number, expiration=expiration, label=label, contact_information=contacts
    )
    return json_response(_card_view(card, account), 201)


def _require_card(request: web.Request, token: str) -> Card:
    card = context(request).store.cards.get(token)
    if card is None:
        raise V2Error(404, "404.022")
    return card


async def list_cards(request: web.Request) -> web.StreamResponse:
    """GET /creditCards: opt-in cursor (maxResults up to 200), ACTIVE cards unless ``showInactive``."""
    ctx = context(request)
    q = request.query
    show_inactive = (q.get("showInactive") or "false").lower() == "true"
    exact: dict[str, Callable[[Card], str]] = {
        "accountIdentifier": lambda c: c.account,
        "customerIdentifier": lambda c: c.customer,
        "token": lambda c: c.token,
        "label": lambda c: c.label,
        "lastFourDigits": lambda c: c.last_four,
        "expirationDate": lambda c: c.expiration,
        "accountNumber": lambda c: ctx.store.accounts[c.account].number,
    }
    wanted = {name: q[name] for name in exact if q.get(name)}
    statuses = {s.upper() for s in multi(q, "status")}
    cards = [
        c
        for c in ctx.store.cards.values()
        if (show_inactive or c.status == "ACTIVE")
        and (not statuses or c.status in statuses)
        and all(exact[name](c) == value for name, value in wanted.items())
        and (
            not q.get("emailAddress")
            or any(i.get("emailAddress") == q["emailAddress"] for i in c.contact_information)
        )
        and (not q.get("fullName") or any(i.get("fullName") == q["fullName"] for i in c.contact_information))
    ]
    body = optional_cursor(cards, q, lambda c: _card_view(c, ctx.store.accounts[c.account]))
    return json_response(body)


async def get_card(request: web.Request) -> web.StreamResponse:
    """GET /creditCards/{token}."""
    card = _require_card(request, request.match_info["token"])
    return json_response(_card_view(card, context(request).store.accounts[card.account]))


def _deposit_view(record: Deposit, account: Account) -> dict[str, Any]:
    return {
        "referenceDepositID": record.reference_id,
        "externalRefID": record.external_ref_id,
        "accountNumber": account.number,
        "amount": record.amount,
        "amountCharged": record.amount_charged,
        "feePercent": record.fee_percent,
        "createdDate": iso_millis(record.created_at),
        "status": record.status,
    }


async def create_deposit(request: web.Request) -> web.StreamResponse:
    """POST /creditCardDeposits -> 200; the card is billed the amount plus a 3.5 % fee."""
    ctx = context(request)
    check = Checker(await read_object(request))
    token = check.text("creditCardToken", required=True)
    amount = check.amount("amount", required=True)
    external_ref = check.text("externalRefID")
    account = _owner_account(request, check)
    assert token is not None
    assert amount is not None
    if external_ref is not None and external_ref in ctx.store.deposit_refs:
        raise V2Error(409, "409.001")
    card = ctx.store.cards.get(token)
    if card is None or card.account != account.identifier or card.status != "ACTIVE":
        raise V2Error.single(422, "422.036", path="creditCardToken")
    if ctx.clock.now() < card.active_at:
        raise V2Error(429, "429.003")
    if not MIN_DEPOSIT <= amount <= MAX_DEPOSIT:
        raise V2Error.single(422, "422.052", path="amount")
    if card.decline_code is not None:
        raise V2Error(402, "402.051")
    record = deposit(
        ctx, "v2", account, card, amount, fee_percent=DEPOSIT_FEE_PERCENT, external_ref_id=external_ref
    )
    return json_response(_deposit_view(record, account))


async def get_deposit(request: web.Request) -> web.StreamResponse:
    """GET /creditCardDeposits/{referenceDepositID}."""
    store = context(request).store
    reference = request.match_info["referenceDepositID"]
    record = store.deposits.get(reference)
    if record is None:
        raise V2Error(404, "404.011")
    return json_response(_deposit_view(record, store.accounts[record.account]))


async def unregister(request: web.Request) -> web.StreamResponse:
    """POST /creditCardUnregisters: the card is deleted and can no longer fund the account."""
    ctx = context(request)
    check = Checker(await read_object(request))
    token = check.text("creditCardToken", required=True)
    account = _owner_account(request, check)
    assert token is not None
    card = _require_card(request, token)
    if card.account != account.identifier:
        raise V2Error(404, "404.022")
    card.status = "DELETED"
    body = {
        "token": card.token,
        "message": "This card is no longer present in the system.",
        "createdDate": iso_millis(ctx.clock.now()),
    }
    return json_response(body)


def _transfer_side(account: Account, starting: Decimal) -> dict[str, Any]:
    return {
        "accountIdentifier": account.identifier,
        "accountNumber": account.number,
        "displayName": account.display_name,
        "currencyCode": account.currency,
        "startingBalance": starting,
        "endingBalance": account.balance,
        "status": account.status,
        "contactEmail": account.contact_email,
    }


async def transfer_funds(request: web.Request) -> web.StreamResponse:
    """POST /transferFunds: move money between two accounts of the same currency."""
    ctx = context(request)
    check = Checker(await read_object(request))
    external_ref = check.text("externalRefID")
    source_id = check.text("transferFrom", required=True, min_len=1)
    target_id = check.text("transferTo", required=True, min_len=1)
    amount = check.amount("amount", required=True)
    notes = check.text("transferNotes", max_len=150)
    check.raise_if_any()
    assert source_id is not None
    assert target_id is not None
    assert amount is not None
    if external_ref is not None and external_ref in ctx.store.transfer_refs:
        raise V2Error(409, "409.001")
    source, target = require_account(request, source_id), require_account(request, target_id)
    if source is target or source.currency != target.currency:
        detail = "must be another account of the same currency"
        raise V2Error.single(422, NOT_VALID, "transferTo", detail, path="transferTo")
    amount = to_money(amount)
    if source.balance < amount:
        raise V2Error(402, "402.001")
    before = (source.balance, target.balance)
    source.balance -= amount
    target.balance += amount
    ctx.store.check_alerts(source)
    ctx.store.check_alerts(target)
    now = ctx.clock.now()
    ctx.store.transfers.append(
        Transfer(external_ref, source.identifier, target.identifier, amount, notes, now)
    )
    if external_ref is not None:
        ctx.store.transfer_refs.add(external_ref)
    body = {
        "externalRefID": external_ref,
        "transferDate": iso_millis(now),
        "transferredAmount": amount,
        "transferNotes": notes,
        "transferFrom": _transfer_side(source, before[0]),
        "transferTo": _transfer_side(target, before[1]),
    }
    return json_response(body)
