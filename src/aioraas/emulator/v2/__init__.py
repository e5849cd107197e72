"""The v2 API (``/raas/v2``): one module per resource group, wired up by :func:`add_routes`."""

from __future__ import annotations

from aiohttp import web

from aioraas.emulator.v2 import (
    accounts,
    alerts,
    async_orders,
    catalog,
    countries,
    customers,
    funding,
    line_items,
    orders,
    prepaid,
    templates,
)

__all__ = ["add_routes"]

_ALERTS = "/customers/{customerIdentifier}/accounts/{accountIdentifier}/lowbalance"
_ALERT = _ALERTS + "/{balanceAlertID}"
_PREPAID = "/prepaidCardService"
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
        ("GET", "/pulse", countries.pulse),
        ("GET", _ALERTS, alerts.list_alerts),
        ("POST", _ALERTS, alerts.create_alert),
        ("GET", _ALERT, alerts.get_alert),
        ("PATCH", _ALERT, alerts.update_alert),
        ("DELETE", _ALERT, alerts.delete_alert),
        ("GET", "/lineItems", line_items.list_line_items),
        ("GET", "/lineItems/reasonCodes", line_items.reason_codes),
        ("GET", "/lineItems/{referenceLineItemID}", line_items.get_line_item),
        ("PATCH", "/lineItems/{referenceLineItemID}", line_items.update_line_item),
        ("POST", "/lineItems/{referenceLineItemID}/cancel", line_items.cancel),
        ("POST", "/lineItems/{referenceLineItemID}/freeze", line_items.freeze),
        ("POST", "/lineItems/{referenceLineItemID}/unfreeze", line_items.unfreeze),
        ("POST", "/lineItems/{referenceLineItemID}/reissue", line_items.reissue),
        ("POST", "/lineItems/{referenceLineItemId}/resends", line_items.resend),
        ("GET", "/lineItems/{referenceLineItemID}/embeddedUrl", line_items.embedded_url),
        ("POST", "/digitalTemplates", templates.create_template),
        ("GET", "/digitalTemplates", templates.list_templates),
        ("GET", "/digitalTemplates/{etid}", templates.get_template),
        ("PATCH", "/digitalTemplates/{etid}", templates.update_template),
        ("DELETE", "/digitalTemplates/{etid}", templates.delete_template),
        ("GET", "/choiceProducts", catalog.list_choice_products),
        ("GET", "/choiceProducts/{utid}", catalog.get_choice_product),
        ("GET", "/choiceProducts/{choiceProductUtid}/catalog", catalog.choice_product_catalog),
        ("GET", "/rewardCountries", countries.reward_countries),
        ("GET", "/mobileCountries", countries.mobile_countries),
        ("POST", _PREPAID + "/addCommentEscalation/{referenceLineItemID}", prepaid.add_comment_escalation),
        ("GET", _PREPAID + "/getCardInfo/{referenceLineItemID}", prepaid.card_info),
        ("GET", _PREPAID + "/getCardTransactions/{referenceLineItemID}", prepaid.card_transactions),
        ("GET", _PREPAID + "/replacementReasons", prepaid.replacement_reasons),
        ("POST", _PREPAID + "/reissueCard/{referenceLineItemID}", prepaid.reissue_card),
        ("POST", _PREPAID + "/updateAccount/{referenceLineItemID}", prepaid.update_account),
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
