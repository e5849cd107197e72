"""What the emulator's HTTP API shows of an account's async orders, read through aioraas's client.

The fan-out under test sends through ``raas.v2.async_orders`` too; the counts here come from the
API's own listings (async orders, their line items, the balance), never from the journal.
"""

from __future__ import annotations

from typing import Any

from aioraas import RaasClient
from aioraas.emulator import Emulator


def client_for(emu: Emulator, **options: Any) -> RaasClient:
    return RaasClient(emu.platform_name, emu.platform_key, base_url=emu.url, **options)


def posts(emu: Emulator) -> int:
    """POST /asyncOrders requests the emulator answered (any status)."""
    return sum(n for (route, _), n in emu.stats.requests.items() if route == "POST /raas/v2/asyncOrders")


async def books(raas: RaasClient, account: str) -> dict[str, Any]:
    """Every async order of ``account``, every line item of them (wire names), and the balance."""
    orders = [order async for order in raas.v2.async_orders.list(account_identifier=account)]
    lines: list[dict[str, Any]] = []
    for order in orders:
        assert order.customer_identifier
        assert order.external_ref_id
        async for item in raas.v2.async_orders.line_items(
            order.customer_identifier, account, order.external_ref_id
        ):
            lines.append(
                {
                    "externalRefLineItemID": item.external_ref_line_item_id,
                    "status": item.line_item_status,
                    "recipientEmail": None if item.recipient is None else item.recipient.email,
                }
            )
    balance = (await raas.v2.accounts.get(account)).current_balance
    return {
        "orders": [{"externalRefID": o.external_ref_id} for o in orders],
        "lines": lines,
        "balance": balance,
    }
