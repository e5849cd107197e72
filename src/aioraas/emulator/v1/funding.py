"""v1 funding: register a card, fund an account from it (cents), and unregister it."""

from __future__ import annotations

import re
from decimal import Decimal

from aiohttp import web

from aioraas.emulator.cards import DENIAL_MESSAGES, deposit, is_supported, register_card
from aioraas.emulator.context import context
from aioraas.emulator.errors import V1Error, v1_validation
from aioraas.emulator.incoming import read_object
from aioraas.emulator.money import from_cents
from aioraas.emulator.state import Card
from aioraas.emulator.v1.common import ok, require_account
from aioraas.emulator.v1.validate import ACCOUNT_IDENTIFIER, EMAIL, V1Checker

__all__ = ["cc_fund", "cc_register", "cc_unregister"]

_EXPIRATION = re.compile(r"[0-9]{4}-(?:0[1-9]|1[0-2])")
_SECURITY_CODE = re.compile(r"[0-9]{3,4}")
_AUTH_FAILURE = "Credit card authorization failure."


def _declined(code: str) -> V1Error:
    return V1Error(400, reason=_AUTH_FAILURE, denial_code=code, denial_message=DENIAL_MESSAGES[code])


async def cc_register(request: web.Request) -> web.StreamResponse:
    """POST /cc_register -> ``{cc_token, active_date}`` (a unix timestamp)."""
    ctx = context(request)
    check = V1Checker(await read_object(request))
    customer = check.text("customer", min_len=1, max_len=96)
    identifier = check.text("account_identifier", pattern=ACCOUNT_IDENTIFIER)
    check.text("client_ip")
    number = expiration = None
    if card := check.nested("credit_card"):
        number = card.text("number", min_len=10, max_len=20)
        expiration = card.text("expiration", pattern=_EXPIRATION)
        card.text("security_code", pattern=_SECURITY_CODE)
        if address := card.nested("billing_address"):
            for name, limit in (("f_name", 50), ("l_name", 50), ("address", 60), ("city", 40), ("state", 40)):
                address.text(name, min_len=1, max_len=limit)
            address.text("zip", min_len=1, max_len=20)
            address.text("country", required=False, min_len=1, max_len=60)
            address.text("email", min_len=5, max_len=255, pattern=EMAIL)
    check.raise_if_any()
    assert customer is not None
    assert identifier is not None
    assert number is not None
    assert expiration is not None
    account = require_account(request, customer, identifier)
    if not is_supported(number):
        raise V1Error(
            400,
            reason=_AUTH_FAILURE,
            denial_code="CC_ERROR",
            denial_message="This card number is not supported here; use the test card 4111111111111111.",
        )
    registered = register_card(ctx, "v1", account, number, expiration=expiration)
    return ok({"cc_token": registered.token, "active_date": int(registered.active_at.timestamp())})


def _card_of(request: web.Request, token: str, account_identifier: str) -> Card:
    card = context(request).store.cards.get(token)
    if card is None or card.account != account_identifier or card.status != "ACTIVE":
        raise V1Error(404, f"Credit card '{token}' was not found for this account.")
    return card


async def cc_fund(request: web.Request) -> web.StreamResponse:
    """POST /cc_fund: ``amount`` in cents (at least 100) -> ``{fund_id, amount}``."""
    ctx = context(request)
    check = V1Checker(await read_object(request))
    customer = check.text("customer", min_len=1, max_len=96)
    identifier = check.text("account_identifier", pattern=ACCOUNT_IDENTIFIER)
    amount = check.cents("amount", required=True, minimum=100)
    check.text("client_ip")
    token = check.text("cc_token")
    check.text("security_code", pattern=_SECURITY_CODE)
    check.raise_if_any()
    assert customer is not None
    assert identifier is not None
    assert amount is not None
    assert token is not None
    account = require_account(request, customer, identifier)
    card = _card_of(request, token, account.identifier)
    if ctx.clock.now() < card.active_at:
        raise v1_validation(
            [("cc_token", f"the card cannot be used before {int(card.active_at.timestamp())}")]
        )
    if card.decline_code is not None:
        raise _declined(card.decline_code)
    record = deposit(ctx, "v1", account, card, from_cents(amount), fee_percent=Decimal(0))
    return ok({"fund_id": record.reference_id, "amount": amount})


async def cc_unregister(request: web.Request) -> web.StreamResponse:
    """POST /cc_unregister."""
    check = V1Checker(await read_object(request))
    customer = check.text("customer", min_len=1, max_len=96)
    identifier = check.text("account_identifier", pattern=ACCOUNT_IDENTIFIER)
    token = check.text("cc_token", min_len=1, max_len=96)
    check.raise_if_any()
    assert customer is not None
    assert identifier is not None
    assert token is not None
    account = require_account(request, customer, identifier)
    _card_of(request, token, account.identifier).status = "DELETED"
    return ok({"message": "This card is no longer present in the system."})
