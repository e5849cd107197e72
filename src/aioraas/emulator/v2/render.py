"""JSON views of customers and accounts (v2 shapes)."""

from __future__ import annotations

from typing import Any

from aioraas.emulator.clock import iso_millis
from aioraas.emulator.state import Account, Customer

__all__ = ["account_summary", "account_view", "customer_view"]


def account_summary(account: Account) -> dict[str, Any]:
    """AccountViewSummary: the account without balance or contact details."""
    return {
        "accountIdentifier": account.identifier,
        "accountNumber": account.number,
        "displayName": account.display_name,
        "createdAt": iso_millis(account.created_at),
        "status": account.status,
        "currencyCode": account.currency,
    }


def account_view(account: Account) -> dict[str, Any]:
    """AccountView: the summary plus balance, contact email and funding notifications."""
    view = account_summary(account)
    view["currentBalance"] = account.balance
    view["contactEmail"] = account.contact_email
    view["fundingNotification"] = [{"emailAddress": email} for email in account.funding_notification]
    return view


def customer_view(customer: Customer) -> dict[str, Any]:
    """CustomerViewSummary, with its accounts' summaries."""
    return {
        "customerIdentifier": customer.identifier,
        "displayName": customer.display_name,
        "status": customer.status,
        "createdAt": iso_millis(customer.created_at),
        "accounts": [account_summary(a) for a in customer.accounts],
    }
