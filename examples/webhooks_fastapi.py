"""A FastAPI app that receives Tango's webhook events, verified and once each.

Run it (HMAC subscription; for X509 set RAAS_WEBHOOK_PRIVATE_KEY_FILE=key.pem instead):

    RAAS_WEBHOOK_HMAC_SECRET=<your hmacSharedSecretKey> uvicorn --app-dir examples webhooks_fastapi:app

and register ``https://<your host>/tango/webhooks/`` as the subscription's ``url`` (note the
trailing slash: it is a mounted ASGI app). Try it locally with the emulator, or with
``aioraas webhooks test http://127.0.0.1:8000/tango/webhooks/``.

Set RAAS_WEBHOOK_STORE=seen.sqlite to remember handled events across restarts (the default
remembers them in memory). ``GET /events`` shows what this demo received, in revision order.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI

from aioraas import webhooks
from aioraas.models import v2

received: dict[str, webhooks.Event] = {}


async def on_event(event: webhooks.Event) -> None:
    """Your business logic: called once per event id, after the 200 went back to Tango."""
    if isinstance(event, v2.LowBalanceEvent) and event.event_data is not None:
        print(f"low balance on {event.event_data.account_identifier}: {event.event_data.balance}", flush=True)
    elif isinstance(event, v2.LineItemDeliveryStatusEvent) and event.event_data is not None:
        print(f"line item {event.event_data.reference_line_item_id}: {event.event_data.status}", flush=True)
    received[str(event.event_id)] = event


def make_receiver() -> webhooks.WebhookReceiver:
    options: dict[str, Any] = {}
    if path := os.environ.get("RAAS_WEBHOOK_STORE"):
        options["store"] = webhooks.SQLiteEventStore(path)
    if key_file := os.environ.get("RAAS_WEBHOOK_PRIVATE_KEY_FILE"):
        with open(key_file, "rb") as key:
            return webhooks.WebhookReceiver(on_event, private_key=key.read(), **options)
    secret = os.environ.get("RAAS_WEBHOOK_HMAC_SECRET")
    if not secret:
        raise SystemExit("set RAAS_WEBHOOK_HMAC_SECRET or RAAS_WEBHOOK_PRIVATE_KEY_FILE")
    return webhooks.WebhookReceiver(on_event, hmac_secret=secret, **options)


receiver = make_receiver()


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    await receiver.drain()  # let the callbacks still running finish


app = FastAPI(title="Tango webhook receiver", lifespan=lifespan)
app.mount("/tango/webhooks", receiver.asgi_app)


@app.get("/events")
async def events() -> dict[str, Any]:
    ordered = sorted(received.values(), key=lambda e: e.revision or 0)
    stats = receiver.stats
    return {
        "events": [
            {"eventId": e.event_id, "revision": e.revision, "eventType": e.event_type} for e in ordered
        ],
        "stats": {
            "accepted": stats.accepted,
            "duplicates": stats.duplicates,
            "rejected": stats.rejected,
        },
    }
