"""v2 prepaid card service (Tango offers it to approved vendors only): card details, transactions,
comments and escalations, replacement reasons, card reissue and account updates.

The emulator serves it for line items of prepaid-card items of its catalog; any other line item id
is answered as unknown (404.042).
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from aioraas.emulator.clock import iso_millis
from aioraas.emulator.context import EmulatorContext, context
from aioraas.emulator.errors import V2Error
from aioraas.emulator.incoming import read_object
from aioraas.emulator.jsonio import json_response
from aioraas.emulator.line_items import CANCELLED, LineItem
from aioraas.emulator.pagination import page_window
from aioraas.emulator.v2.validate import WRONG_TYPE, Checker

__all__ = [
    "REPLACEMENT_REASONS",
    "add_comment_escalation",
    "card_info",
    "card_transactions",
    "reissue_card",
    "replacement_reasons",
    "update_account",
]

#: The reasons a card reissue takes (OAS26 ReissueCardRequest.reason).
REPLACEMENT_REASONS = (
    "CARDHOLDER_REQUESTED",
    "CUSTOMER_REQUEST",
    "CUSTOMER_SERVICE_INITIATED",
    "FRAUD",
    "LOST",
    "STOLEN",
    "DAMAGED",
    "RENEW",
    "RISK_SPOOF_SITE",
    "RISK_VICTIM_ASSISTED",
    "RISK_TAMPERED",
    "RISK_FRIENDLY_FRAUD",
    "RISK_POTENTIAL_COMPROMISED_CARD",
    "RISK_EXCESSIVE_BALANCE_INQUIRY",
    "RISK_PARTNER_REQUEST",
    "RISK_POTENTIAL_PROGRAM_ABUSE",
)


def _prepaid(request: web.Request) -> tuple[EmulatorContext, LineItem]:
    ctx = context(request)
    reference = request.match_info["referenceLineItemID"]
    item = ctx.store.line_items.get(reference)
    catalog_item = ctx.catalog.by_utid.get(item.utid) if item is not None else None
    if item is None or catalog_item is None or catalog_item.reward_type != "prepaid card":
        raise V2Error(404, "404.042", reference)
    return ctx, item


async def card_info(request: web.Request) -> web.StreamResponse:
    """GET /prepaidCardService/getCardInfo/{id}: registration, card, balance and comments."""
    ctx, item = _prepaid(request)
    comments = ctx.store.prepaid_comments.get(item.reference_line_item_id, [])
    balance = item.amount if item.status != CANCELLED else 0
    return json_response(
        {
            "registration": ctx.store.prepaid_registrations.get(item.reference_line_item_id, {}),
            "card": {
                "referenceLineItemID": item.reference_line_item_id,
                "status": "CLOSED" if item.status == CANCELLED else "ACTIVE",
                "issuedAt": iso_millis(item.created_at),
            },
            "balance": {"available": balance, "currencyCode": item.currency},
            "comments": comments,
        }
    )


async def card_transactions(request: web.Request) -> web.StreamResponse:
    """GET /prepaidCardService/getCardTransactions/{id}?page: the card's journal (its load)."""
    _, item = _prepaid(request)
    page, size = page_window(request.query)
    journal = [
        {"date": iso_millis(item.created_at), "description": "Card load", "amount": item.amount},
    ]
    chosen = journal[page * size : (page + 1) * size]
    return json_response(
        {
            "page": {
                "number": page,
                "elementsPerBlock": size,
                "resultCount": len(chosen),
                "totalCount": len(journal),
            },
            "journal": chosen,
        }
    )


async def add_comment_escalation(request: web.Request) -> web.StreamResponse:
    """POST /prepaidCardService/addCommentEscalation/{id}: commentText and issueDescription (<= 255)."""
    ctx, item = _prepaid(request)
    check = Checker(await read_object(request))
    text = check.text("commentText", required=True)
    issue = check.text("issueDescription", required=True, max_len=255)
    check.text("inquirySource", max_len=24)
    for name in ("userId", "status"):
        check.text(name)
    for name in ("inquiryTypeCode", "inquiryCategoryCode", "assignee", "inquiryIdNumber"):
        if check.present(name) and (type(check.raw(name)) is not int):
            check.problem(name, WRONG_TYPE, constraint="Type", value=check.raw(name))
    check.raise_if_any()
    comment = {"commentText": text, "issueDescription": issue, "createdAt": iso_millis(ctx.clock.now())}
    ctx.store.prepaid_comments.setdefault(item.reference_line_item_id, []).append(comment)
    return json_response({"status": "ACCEPTED"})


async def replacement_reasons(request: web.Request) -> web.StreamResponse:
    """GET /prepaidCardService/replacementReasons."""
    return json_response({"replacementReasons": list(REPLACEMENT_REASONS)})


async def reissue_card(request: web.Request) -> web.StreamResponse:
    """POST /prepaidCardService/reissueCard/{id}: reason and updatedBy required -> {status}."""
    _, item = _prepaid(request)
    check = Checker(await read_object(request))
    check.text("reason", required=True, choices=REPLACEMENT_REASONS)
    check.text("commentText")
    check.text("updatedBy", required=True)
    check.raise_if_any()
    return json_response({"status": "FAILED" if item.status == CANCELLED else "ACCEPTED"})


async def update_account(request: web.Request) -> web.StreamResponse:
    """POST /prepaidCardService/updateAccount/{id}: the cardholder registration -> {status}."""
    ctx, item = _prepaid(request)
    body = await read_object(request)
    check = Checker(body)
    check.nested("registration", required=True)
    check.text("updatedBy")
    check.raise_if_any()
    registration: Any = body["registration"]
    ctx.store.prepaid_registrations[item.reference_line_item_id] = dict(registration)
    return json_response({"status": "ACCEPTED"})
