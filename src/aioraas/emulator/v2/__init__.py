"""The v2 API (``/raas/v2``): one module per resource group, wired up by :func:`add_routes`."""

from __future__ import annotations

from aiohttp import web

from aioraas.emulator.v2 import accounts, async_orders, catalog, customers, funding, orders

__all__ = ["add_routes"]

_ASYNC_ORDER = "/asyncOrders/customers/{customerIdentifier}/accounts/{accountIdentifier}/{externalRefID}"


def add_routes(router: web.UrlDispatcher, prefix: str) -> None:
    """Register every v2 endpoint under ``prefix``."""
    routes = [
        ("POST", "/customers", customers.create_customer),
        ("GET", "/customers", customers.list_customers),
        ("GET", "/customers/{customerIdentifier}", customers.get_customer),
        ("POST", "/customers/{customerIdentifier}/accounts", accounts.create_account),
        ("GET", "/customers/{customerIdentifier}/accounts", accounts.list_customer_accounts),
        ("PATCH", "/customers/{customerIdentifier}/accounts/{accountIdentifier}", accounts.update_account),
        ("GET", "/accounts", accounts.list_accounts),
        ("GET", "/accounts/{accountIdentifier}", accounts.get_account),
        ("POST", "/creditCards", funding.register),
        ("GET", "/creditCards", funding.list_cards),
        ("GET", "/creditCards/{token}", funding.get_card),
        ("POST", "/creditCardDeposits", funding.create_deposit),
        ("GET", "/creditCardDeposits/{referenceDepositID}", funding.get_deposit),
        ("POST", "/creditCardUnregisters", funding.unregister),
        ("POST", "/transferFunds", funding.transfer_funds),
        ("GET", "/catalogs", catalog.get_catalog),
        ("GET", "/credentialtypes", catalog.credential_types),
        ("GET", "/exchangerates", catalog.exchange_rates),
        ("GET", "/brandCategories", catalog.brand_categories),
        ("POST", "/orders", orders.create_order),
        ("GET", "/orders", orders.list_orders),
        ("GET", "/orders/{referenceOrderID}", orders.get_order),
        ("POST", "/orders/{referenceOrderID}/resends", orders.resend_order),
        ("POST", "/asyncOrders", async_orders.create_async_order),
        ("GET", "/asyncOrders", async_orders.list_async_orders),
        ("GET", "/asyncOrders/reasonCodes", async_orders.reason_codes),
        ("PATCH", "/asyncOrders/lineItems/{referenceLineItemId}", async_orders.update_async_line_item),
        ("GET", _ASYNC_ORDER, async_orders.get_async_order),
        ("PATCH", _ASYNC_ORDER, async_orders.update_async_order),
        ("GET", _ASYNC_ORDER + "/lineItems", async_orders.list_async_line_items),
    ]
    for method, path, handler in routes:
        router.add_route(method, prefix + path, handler)
