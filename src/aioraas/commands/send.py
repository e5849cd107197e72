"""``aioraas send``: send one reward."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from aioraas.commands._connection import Funding, add_connection_options, connect


def register(subcommands: Any) -> None:
    parser: argparse.ArgumentParser = subcommands.add_parser(
        "send",
        help="send one reward",
        description="Send one reward. Without --external-id an idempotency key is generated and printed.",
        epilog=(
            "Exit status: 0 when the order was placed (or already existed), 1 when it was not, "
            "2 for bad options."
        ),
    )
    order = parser.add_argument_group("the reward")
    order.add_argument("--customer", required=True, help="customer identifier")
    order.add_argument("--account", required=True, help="account identifier")
    order.add_argument("--utid", required=True, help="catalog item, e.g. U561593")
    order.add_argument("--amount", required=True, help="face value in major units, e.g. 25.00")
    order.add_argument("--email", help="recipient email")
    order.add_argument("--first-name", help="recipient first name")
    order.add_argument("--last-name", help="recipient last name")
    order.add_argument("--message", help="message to the recipient")
    order.add_argument("--subject", help="email subject")
    order.add_argument("--delivery-method", default="EMAIL", help="EMAIL (default), NONE, PHONE, ...")
    order.add_argument("--external-id", help="your idempotency key; sending again with it never sends twice")
    parser.add_argument(
        "--json", action="store_true", help="print the whole order as JSON (includes credentials)"
    )
    add_connection_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from aioraas import errors

    try:
        request = _request(args)
        return asyncio.run(_send(args, request))
    except errors.ValidationError as exc:
        print(f"aioraas send: error: {exc}", file=sys.stderr)
        return 2
    except errors.ConfigurationError as exc:
        print(f"aioraas send: error: {exc}", file=sys.stderr)
        return 2
    except errors.RaasError as exc:
        print(f"aioraas send: failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1


def _request(args: argparse.Namespace) -> Any:
    from aioraas._modelkit import UNSET
    from aioraas.models import v2

    def given(value: str | None) -> Any:
        return UNSET if value is None else value

    recipient = {"email": args.email, "first_name": args.first_name, "last_name": args.last_name}
    recipient = {k: v for k, v in recipient.items() if v is not None}
    return v2.OrderCreate(
        customer_identifier=args.customer,
        account_identifier=args.account,
        utid=args.utid,
        amount=args.amount,
        delivery_method=args.delivery_method.upper(),
        recipient=v2.Recipient(**recipient) if recipient else UNSET,
        message=given(args.message),
        email_subject=given(args.subject),
        external_ref_id=given(args.external_id),
    )


async def _send(args: argparse.Namespace, request: Any) -> int:
    from aioraas import _convert

    funding = [Funding(request.customer_identifier, request.account_identifier, request.amount)]
    async with connect(args, funding) as connection:
        result = await connection.client.v2.orders.create(request)
    order = result.order
    if args.json:
        print(_convert.dumps(order).decode())
        return 0
    what = "placed order" if result.created else "an order already existed"
    charged = order.amount_charged
    cost = f" for {charged.value} {charged.currency_code}" if charged is not None else ""
    print(f"{what}: {order.reference_order_id}{cost} (status {order.status})")
    print(f"  externalRefID {result.external_ref_id}; send again with --external-id {result.external_ref_id}")
    print(f"  request id {result.request_id}; attempts {result.attempts}")
    return 0
