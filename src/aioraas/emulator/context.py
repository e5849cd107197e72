"""Everything a request handler needs, stored on the aiohttp application."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from aiohttp import web

from aioraas.emulator.catalog import Catalog
from aioraas.emulator.clock import Clock
from aioraas.emulator.faults import FaultInjector
from aioraas.emulator.fx import ExchangeRates
from aioraas.emulator.oauth import OAuthServer
from aioraas.emulator.ratelimit import TokenBucket
from aioraas.emulator.state import Store
from aioraas.emulator.stats import Stats

if TYPE_CHECKING:
    from aioraas.emulator.webhooks import WebhookHub

__all__ = ["CONTEXT", "EmulatorContext", "context"]


@dataclass(slots=True)
class EmulatorContext:
    """The emulated platform: its credentials, data, limits and fault settings.

    ``limiter``, the fault rules and the delays may be changed while serving (from the loop that
    serves requests); everything else is fixed when the app is built.
    """

    platform_name: str
    platform_key: str
    clock: Clock
    store: Store
    catalog: Catalog
    fx: ExchangeRates
    stats: Stats
    faults: FaultInjector
    #: OAuth 2.0 token endpoint and token table; None: Basic only (no /oauth/token).
    oauth: OAuthServer | None = None
    limiter: TokenBucket | None = None
    retry_after: bool = False
    card_activation_seconds: float = 0.0
    processing_delay: float = 0.0
    #: Async-order line items completed per second (0: as fast as the loop allows).
    async_rate: float = 0.0
    #: Webhook subscriptions and deliveries (None: the webhook endpoints answer 404).
    webhooks: WebhookHub | None = None
    #: Serialised answers that never change (the unfiltered catalog), built on first use.
    response_cache: dict[str, bytes] = field(default_factory=dict)


CONTEXT = web.AppKey("aioraas_emulator", EmulatorContext)


def context(request: web.Request) -> EmulatorContext:
    """The emulator context of ``request``'s application."""
    return request.app[CONTEXT]
