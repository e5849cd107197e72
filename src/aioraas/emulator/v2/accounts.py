"""v2 accounts: create and list under a customer, update, and platform-wide list and get."""

from __future__ import annotations

from collections.abc import Iterable

from aiohttp import web

from aioraas.emulator.context import context
from aioraas.emulator.errors import V2Error
from aioraas.emulator.fx import ACCOUNT_CURRENCIES
from aioraas.emulator.incoming import read_object
from aioraas.emulator.jsonio import json_response
from aioraas.emulator.pagination import optional_cursor
from aioraas.emulator.state import Account
from aioraas.emulator.v2.customers import require_customer
from aioraas.emulator.v2.query import date_param, decimal_param, multi
from aioraas.emulator.v2.render import account_view
from aioraas.emulator.v2.validate import IDENTIFIER, Checker

__all__ = ["create_account", "get_account", "list_accounts", "list_customer_accounts", "update_account"]


def require_account(
    request: web.Request, identifier: str, customer: str | None = None, *, dto: bool = False
) -> Account:
    """The account (under ``customer`` when given), or a 404: 404.003 for an unknown account, 404.096
    when a customer was named too (the account is unknown or under another customer)."""
    account = context(request).store.accounts.get(identifier)
    if account is None and customer is None:
        raise V2Error(404, "404.003", dto=dto)
    if account is None or (customer is not None and account.customer != customer):
        raise V2Error(404, "404.096", dto=dto)
    return account


def _notification_emails(check: Checker) -> list[str] | None:
    entries = check.nested_list("fundingNotification")
    if entries is None:
        return None
    emails = [entry.text("emailAddress") for entry in entries]  # optional in OAS26, any text
    return [e for e in emails if e is not None]


async def create_account(request: web.Request) -> web.StreamResponse:
    """POST /customers/{c}/accounts -> 201 AccountView."""
    customer = require_customer(request, request.match_info["customerIdentifier"])
    check = Checker(await read_object(request))
    identifier = check.text("accountIdentifier", required=True, min_len=5, max_len=100, pattern=IDENTIFIER)
    name = check.text("displayName", required=True, max_len=100)
    email = check.text("contactEmail", required=True, max_len=100)
    currency = check.text("currencyCode", choices=ACCOUNT_CURRENCIES) or "USD"
    notify = _notification_emails(check)
    check.raise_if_any()
    assert identifier is not None
    assert name is not None
    assert email is not None
    store = context(request).store
    if identifier in store.accounts:
        raise V2Error(409, "409.018", identifier, dto=True)
    account = store.add_account(
        customer.identifier,
        identifier,
        display_name=name,
        contact_email=email,
        currency=currency,
        funding_notification=notify,
    )
    return json_response(account_view(account), 201)


def _filtered(accounts: Iterable[Account], request: web.Request) -> list[Account]:
    q = request.query
    number = q.get("accountNumber")
    name = (q.get("displayName") or "").lower()
    status = (q.get("status") or "").lower()
    email = (q.get("contactEmail") or "").lower()
    currencies = multi(q, "currencyCode")
    notify = {e.lower() for e in multi(q, "fundingNotificationEmail")}
    low, high = decimal_param(q, "minBalance"), decimal_param(q, "maxBalance")
    since, until = date_param(q, "minDateCreatedAt"), date_param(q, "maxDateCreatedAt")
    return [
        a
        for a in accounts
        if (not number or a.number == number)
        and (not name or name in a.display_name.lower())
        and (not status or a.status.lower() == status)
        and (not email or a.contact_email.lower() == email)
        and (not currencies or a.currency in currencies)
        and (not notify or any(e.lower() in notify for e in a.funding_notification))
        and (low is None or a.balance >= low)
        and (high is None or a.balance <= high)
        and (since is None or a.created_at >= since)
        and (until is None or a.created_at <= until)
    ]


async def list_customer_accounts(request: web.Request) -> web.StreamResponse:
    """GET /customers/{c}/accounts, with every filter of the docs."""
    customer = require_customer(request, request.match_info["customerIdentifier"])
    return json_response(optional_cursor(_filtered(customer.accounts, request), request.query, account_view))


async def list_accounts(request: web.Request) -> web.StreamResponse:
    """GET /accounts: every account of the platform, same filters."""
    accounts = _filtered(context(request).store.accounts.values(), request)
    return json_response(optional_cursor(accounts, request.query, account_view))


async def get_account(request: web.Request) -> web.StreamResponse:
    """GET /accounts/{accountIdentifier}."""
    account = require_account(request, request.match_info["accountIdentifier"], dto=True)
    return json_response(account_view(account))


async def update_account(request: web.Request) -> web.StreamResponse:
    """PATCH /customers/{c}/accounts/{a}.

    ``fundingNotification`` is tri-state: a list replaces the current one, ``[]`` clears it, and
    ``null`` or an absent key leaves it as it is.
    """
    customer = require_customer(request, request.match_info["customerIdentifier"])
    account = require_account(request, request.match_info["accountIdentifier"], customer.identifier, dto=True)
    check = Checker(await read_object(request))
    name = check.text("displayName")
    email = check.text("contactEmail", max_len=100)
    notify = _notification_emails(check)
    check.raise_if_any()
    if name is not None:
        account.display_name = name
    if email is not None:
        account.contact_email = email
    if notify is not None:
        account.funding_notification = notify
    return json_response(account_view(account))
