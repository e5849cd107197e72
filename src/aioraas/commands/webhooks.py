"""``aioraas webhooks listen|test``: receive verified events locally, or send a signed sample event.

- ``listen`` serves a receiver on a local port and prints each verified event as one JSON line on
  stdout (rejections go to stderr), until Ctrl-C, SIGTERM or ``--count`` events.
- ``test URL`` POSTs a sample event, signed as Tango signs it, to your own handler and prints the
  answer; exit status 0 when it answered 2xx.

Secrets come from options or from the environment (``RAAS_WEBHOOK_HMAC_SECRET``), never from
output: neither command prints a key or a signature.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

__all__ = ["register"]

SECRET_ENV = "RAAS_WEBHOOK_HMAC_SECRET"


def register(subcommands: Any) -> None:
    """Add ``webhooks listen`` and ``webhooks test`` to ``aioraas``."""
    parser: argparse.ArgumentParser = subcommands.add_parser(
        "webhooks",
        help="receive or send test webhook events",
        description="Receive Tango webhook events locally (listen) or send a signed sample event (test).",
    )
    actions = parser.add_subparsers(dest="webhooks_command", metavar="ACTION", required=True)

    listen = actions.add_parser(
        "listen",
        help="print verified events as JSON lines",
        description=(
            "Serve a webhook receiver and print each verified event as one JSON line on stdout. "
            "Duplicates (same eventId) are printed once; rejected deliveries are reported on stderr."
        ),
        epilog=f"Without --hmac-secret, --private-key or --no-verify, ${SECRET_ENV} holds the HMAC secret.",
    )
    listen.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: %(default)s)")
    listen.add_argument(
        "--port", type=int, default=8000, help="port; 0 picks a free one (default: %(default)s)"
    )
    listen.add_argument("--path", default="/", help="URL path of the receiver (default: %(default)s)")
    keys = listen.add_mutually_exclusive_group()
    keys.add_argument("--hmac-secret", metavar="BASE64", help="the subscription's hmacSharedSecretKey")
    keys.add_argument(
        "--private-key", type=Path, metavar="FILE", help="PEM private key of an X509 subscription"
    )
    keys.add_argument("--no-verify", action="store_true", help="accept unsigned events (NONE subscriptions)")
    listen.add_argument("--count", type=int, metavar="N", help="exit after N events")
    listen.set_defaults(run=run_listen)

    test = actions.add_parser(
        "test",
        help="send a signed sample event to a URL",
        description="POST a sample event, signed as Tango signs it, to URL and print the answer.",
        epilog=f"Without --hmac-secret, --certificate or --no-sign, ${SECRET_ENV} holds the HMAC secret.",
    )
    test.add_argument("url", metavar="URL", help="your webhook handler")
    signing = test.add_mutually_exclusive_group()
    signing.add_argument("--hmac-secret", metavar="BASE64", help="the hmacSharedSecretKey to sign with")
    signing.add_argument(
        "--certificate", type=Path, metavar="FILE", help="the signing certificate (PEM or single-line base64)"
    )
    signing.add_argument("--no-sign", action="store_true", help="send no X-Signed-Payload header")
    test.add_argument(
        "--event-type", default="LineItemDeliveryStatus", help="sample event to send (default: %(default)s)"
    )
    test.add_argument(
        "--header", action="append", default=[], metavar="'NAME: VALUE'", help="extra header (repeatable)"
    )
    test.add_argument("--timeout", type=float, default=10.0, help="seconds to wait (default: %(default)s)")
    test.set_defaults(run=run_test)


def _secret(value: str | None) -> str | None:
    return value if value is not None else os.environ.get(SECRET_ENV) or None


def _fail(message: str) -> int:
    print(f"aioraas webhooks: {message}", file=sys.stderr)
    return 2


# -- listen ----------------------------------------------------------------------------------------


async def _listen(args: argparse.Namespace, options: dict[str, Any]) -> int:
    from aiohttp import web

    from aioraas import _convert
    from aioraas.webhooks import Event, WebhookReceiver

    done = asyncio.Event()
    printed = 0

    async def on_event(event: Event) -> None:
        nonlocal printed
        sys.stdout.write(_convert.dumps(event).decode() + "\n")
        sys.stdout.flush()
        printed += 1
        if args.count is not None and printed >= args.count:
            done.set()

    receiver = WebhookReceiver(on_event, wait_for_callback=True, **options)
    app = web.Application()
    app.router.add_post(args.path, receiver.aiohttp_handler)
    runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
    await runner.setup()
    try:
        await web.TCPSite(runner, args.host, args.port).start()
    except OSError as exc:
        await runner.cleanup()
        return _fail(f"cannot listen on {args.host}:{args.port}: {exc.strerror}")
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, done.set)
    host, port = runner.addresses[0][:2]
    shown = f"[{host}]" if ":" in host else host
    print(f"listening on http://{shown}:{port}{args.path} ({receiver.method})", file=sys.stderr, flush=True)
    try:
        await done.wait()
    finally:
        await runner.cleanup()
    stats = receiver.stats
    print(
        f"events: {stats.accepted}, duplicates: {stats.duplicates}, rejected: {stats.rejected}",
        file=sys.stderr,
        flush=True,
    )
    return 0


def run_listen(args: argparse.Namespace) -> int:
    """``aioraas webhooks listen``."""
    import logging

    from aioraas.errors import ConfigurationError

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logging.getLogger("aioraas.webhooks").addHandler(handler)
    options: dict[str, Any] = {}
    if args.no_verify:
        options["verify_signatures"] = False
    elif args.private_key is not None:
        try:
            options["private_key"] = args.private_key.read_bytes()
        except OSError as exc:
            return _fail(f"cannot read {args.private_key}: {exc.strerror}")
    elif (secret := _secret(args.hmac_secret)) is not None:
        options["hmac_secret"] = secret
    else:
        return _fail(f"give --hmac-secret, --private-key or --no-verify (or set {SECRET_ENV})")
    if args.count is not None and args.count < 1:
        return _fail("--count must be at least 1")
    try:
        return asyncio.run(_listen(args, options))
    except ConfigurationError as exc:
        return _fail(str(exc))


# -- test ------------------------------------------------------------------------------------------


def sample_event(event_type: str) -> dict[str, Any]:
    """A sample event of ``event_type``, shaped like Tango's deliveries."""
    from aioraas.emulator.webhooks import EVENT_TYPES, SAMPLE_DATA

    data = SAMPLE_DATA.get(event_type, {"message": "sample event"})
    return {
        "eventId": str(uuid.uuid4()),
        "revision": 1,
        "eventType": event_type,
        "categories": [EVENT_TYPES.get(event_type, "PLATFORM")],
        "eventOccurredAt": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
        "eventData": data,
    }


async def _send(url: str, body: bytes, headers: dict[str, str], timeout: float) -> tuple[int, str]:
    import aiohttp

    async with (
        aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout)) as session,
        session.post(url, data=body, headers=headers) as response,
    ):
        return response.status, (await response.text())[:2000]


def run_test(args: argparse.Namespace) -> int:
    """``aioraas webhooks test URL``."""
    import aiohttp
    import orjson

    from aioraas import webhooks
    from aioraas.errors import ConfigurationError

    headers = {"Content-Type": "application/json"}
    for item in args.header:
        name, colon, value = item.partition(":")
        if not colon or not name.strip():
            return _fail(f"--header {item!r}: expected 'NAME: VALUE'")
        headers[name.strip()] = value.strip()
    if not args.url.startswith(("http://", "https://")):
        return _fail("URL must start with http:// or https://")
    event = sample_event(args.event_type)
    body = orjson.dumps(event)
    try:
        if args.certificate is not None:
            headers[webhooks.SIGNATURE_HEADER] = webhooks.sign(
                body, certificate=args.certificate.read_bytes()
            )
        elif not args.no_sign:
            secret = _secret(args.hmac_secret)
            if secret is None:
                return _fail(f"give --hmac-secret, --certificate or --no-sign (or set {SECRET_ENV})")
            headers[webhooks.SIGNATURE_HEADER] = webhooks.sign(body, hmac_secret=secret)
    except OSError as exc:
        return _fail(f"cannot read {args.certificate}: {exc.strerror}")
    except ConfigurationError as exc:
        return _fail(str(exc))
    try:
        status, answer = asyncio.run(_send(args.url, body, headers, args.timeout))
    except (aiohttp.ClientError, TimeoutError) as exc:
        print(f"aioraas webhooks: {args.url} did not answer: {exc.__class__.__name__}", file=sys.stderr)
        return 1
    print(f"sent {event['eventType']} event {event['eventId']}: HTTP {status}")
    if answer:
        print(answer)
    return 0 if 200 <= status < 300 else 1
