"""The v1 API (``/raas/v1`` and ``/raas/v1.1``): money in cents, ``success`` in every body."""

from __future__ import annotations

from aiohttp import web

from aioraas.emulator.v1 import accounts, funding, orders, rewards

__all__ = ["add_routes"]


def add_routes(router: web.UrlDispatcher, prefix: str) -> None:
    """Register every v1 endpoint under ``prefix``."""
    routes = [
        ("POST", "/accounts", accounts.create_account),
        ("GET", "/accounts/{customer}/{account_identifier}", accounts.get_account),
        ("POST", "/cc_register", funding.cc_register),
        ("POST", "/cc_fund", funding.cc_fund),
        ("POST", "/cc_unregister", funding.cc_unregister),
        ("GET", "/rewards", rewards.list_rewards),
        ("POST", "/orders", orders.create_order),
        ("GET", "/orders", orders.list_orders),
        ("GET", "/orders/{order_id}", orders.get_order),
        ("POST", "/orders/{order_id}/resend", orders.resend_order),
    ]
    for method, path, handler in routes:
        router.add_route(method, prefix + path, handler)
