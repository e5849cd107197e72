"""v2 customers (groups): create, list, get. There is no delete: groups cannot be removed."""

from __future__ import annotations

from aiohttp import web

from aioraas.emulator.context import context
from aioraas.emulator.errors import V2Error
from aioraas.emulator.incoming import read_object
from aioraas.emulator.jsonio import json_response
from aioraas.emulator.pagination import optional_cursor
from aioraas.emulator.state import Customer
from aioraas.emulator.v2.query import date_param, multi
from aioraas.emulator.v2.render import customer_view
from aioraas.emulator.v2.validate import IDENTIFIER, NOT_VALID, Checker, display_name_problem

__all__ = ["create_customer", "get_customer", "list_customers", "require_customer"]


def require_customer(request: web.Request, identifier: str) -> Customer:
    """The customer, or a 404 (404.002, as the ErrorDTO the customer endpoints may send)."""
    customer = context(request).store.customers.get(identifier)
    if customer is None:
        raise V2Error(404, "404.002", dto=True)
    return customer


async def create_customer(request: web.Request) -> web.StreamResponse:
    """POST /customers -> 201 CustomerViewSummary; 409 when the identifier is taken."""
    check = Checker(await read_object(request))
    identifier = check.text(
        "customerIdentifier", required=True, min_len=5, max_len=100, pattern=IDENTIFIER, pattern_key="422.010"
    )
    name = check.text("displayName", required=True)
    if name is not None and (problem := display_name_problem(name)):
        if problem == NOT_VALID:
            check.invalid(
                "displayName", "may hold only letters, digits, punctuation and spaces", "Pattern", name
            )
        else:
            check.problem("displayName", problem, constraint="Size", value=name)
    check.raise_if_any()
    assert identifier is not None
    assert name is not None
    store = context(request).store
    if identifier in store.customers:
        raise V2Error(409, "409.010", identifier, dto=True)
    return json_response(customer_view(store.add_customer(identifier, name)), 201)


def _matches(customer: Customer, request: web.Request) -> bool:
    q = request.query
    if (name := q.get("displayName")) and name.lower() not in customer.display_name.lower():
        return False
    if (status := q.get("status")) and status.lower() != customer.status.lower():
        return False
    low, high = date_param(q, "customerMinDateCreatedAt"), date_param(q, "customerMaxDateCreatedAt")
    if (low and customer.created_at < low) or (high and customer.created_at > high):
        return False
    account_filters = ("accountStatus", "accountIdentifier", "accountNumber", "accountDisplayName")
    account_dates = ("accountMinDateCreatedAt", "accountMaxDateCreatedAt")
    if not any(q.get(name) for name in account_filters + account_dates):
        return True
    statuses = {s.lower() for s in multi(q, "accountStatus")}
    a_low, a_high = date_param(q, "accountMinDateCreatedAt"), date_param(q, "accountMaxDateCreatedAt")
    display = (q.get("accountDisplayName") or "").lower()
    return any(
        (not statuses or a.status.lower() in statuses)
        and (not q.get("accountIdentifier") or a.identifier == q["accountIdentifier"])
        and (not q.get("accountNumber") or a.number == q["accountNumber"])
        and (not display or display in a.display_name.lower())
        and not (a_low and a.created_at < a_low)
        and not (a_high and a.created_at > a_high)
        for a in customer.accounts
    )


async def list_customers(request: web.Request) -> web.StreamResponse:
    """GET /customers: a bare array, or a cursor page with ``paginate=true``."""
    customers = [c for c in context(request).store.customers.values() if _matches(c, request)]
    return json_response(optional_cursor(customers, request.query, customer_view))


async def get_customer(request: web.Request) -> web.StreamResponse:
    """GET /customers/{customerIdentifier}."""
    return json_response(customer_view(require_customer(request, request.match_info["customerIdentifier"])))
