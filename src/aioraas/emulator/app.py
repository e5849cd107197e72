"""The aiohttp application: middlewares, routes and the emulator context."""

from __future__ import annotations

from aiohttp import web

from aioraas.emulator import v1, v2
from aioraas.emulator.context import CONTEXT, EmulatorContext
from aioraas.emulator.middlewares import MIDDLEWARES
from aioraas.emulator.v2 import async_orders
from aioraas.emulator.v2 import webhooks as v2_webhooks

__all__ = ["V1_PREFIXES", "V2_PREFIX", "create_app"]

#: v1.0 and v1.1 share handlers; only some response shapes changed between them.
V1_PREFIXES = ("/raas/v1", "/raas/v1.1")
V2_PREFIX = "/raas/v2"


def create_app(ctx: EmulatorContext) -> web.Application:
    """Build the application serving ``ctx``'s platform at /raas/v1, /raas/v1.1 and /raas/v2."""
    app = web.Application(middlewares=MIDDLEWARES)
    app[CONTEXT] = ctx
    for prefix in V1_PREFIXES:
        v1.add_routes(app.router, prefix)
    v2.add_routes(app.router, V2_PREFIX)
    async_orders.install(app, ctx)
    v2_webhooks.add_routes(app.router, V2_PREFIX)
    return app
