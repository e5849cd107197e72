"""v1 accounts: create and get. v1 accounts hold USD; the customer is created on first use."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from aioraas.emulator.context import context
from aioraas.emulator.errors import V1Error
from aioraas.emulator.incoming import read_object
from aioraas.emulator.money import cents
from aioraas.emulator.state import Account
from aioraas.emulator.v1.common import base_url, ok, require_account
from aioraas.emulator.v1.validate import ACCOUNT_IDENTIFIER, EMAIL, V1Checker

__all__ = ["create_account", "get_account"]


def account_view(account: Account) -> dict[str, Any]:
    """The v1 account object; the balance is in cents."""
    return {
        "identifier": account.identifier,
        "email": account.contact_email,
        "customer": account.customer,
        "available_balance": cents(account.balance),
    }


async def create_account(request: web.Request) -> web.StreamResponse:
    """POST /accounts -> 201 with a Location header; 409 when the identifier is taken."""
    check = V1Checker(await read_object(request))
    identifier = check.text("identifier", pattern=ACCOUNT_IDENTIFIER)
    email = check.text("email", pattern=EMAIL)
    customer = check.text("customer", min_len=3, max_len=96)
    check.raise_if_any()
    assert identifier is not None
    assert email is not None
    assert customer is not None
    store = context(request).store
    if identifier in store.accounts:
        raise V1Error(409, f"Account '{identifier}' already exists.")
    if customer not in store.customers:
        store.add_customer(customer, customer)
    account = store.add_account(customer, identifier, display_name=identifier, contact_email=email)
    location = f"{base_url(request)}/accounts/{customer}/{identifier}"
    return ok({"account": account_view(account)}, 201, {"Location": location})


async def get_account(request: web.Request) -> web.StreamResponse:
    """GET /accounts/{customer}/{account_identifier}."""
    info = request.match_info
    return ok(
        {"account": account_view(require_account(request, info["customer"], info["account_identifier"]))}
    )
