"""v2 funding: credit cards (register, list, get, unregister), deposits, fund transfers.

Deposits and transfers move money, so like orders they always carry an externalRefID (the caller's,
or one generated before the first attempt) and are retried with it. The API answers a repeated
externalRefID with 409: after an attempt whose answer was lost, that 409 means the attempt went
through, and :class:`~aioraas.errors.AlreadyApplied` says so (the API offers no lookup of a deposit
or transfer by externalRefID, so its details cannot be fetched).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from aioraas import errors
from aioraas._modelkit import UNSET, Unset
from aioraas._pagination import Paginator, cursor_paginator
from aioraas._params import path_param
from aioraas.models import v2
from aioraas.resources._base import Resource
from aioraas.resources._ids import with_external_ref_id


def raise_if_applied(unknown: errors.OutcomeUnknown, request: Any) -> None:
    """Raise :class:`~aioraas.errors.AlreadyApplied` when an unknown outcome is in fact known.

    The transport gives up with a 409 as the last answer only after an attempt of this call whose
    answer was lost: the API refused the retry's externalRefID as already used, so that earlier
    attempt went through. Anything else stays unknown (the caller re-raises it).
    """
    if not isinstance(unknown.last_error, errors.Conflict) or unknown.external_ref_id is None:
        return
    raise errors.AlreadyApplied(
        f"{unknown.method} {unknown.url} with externalRefID={unknown.external_ref_id} went through: "
        "an earlier attempt's answer was lost, and the API now refuses the externalRefID as already "
        f"used (last: {unknown.last_error}). It took effect once; do not send it again with a new "
        "externalRefID.",
        external_ref_id=unknown.external_ref_id,
        attempts=unknown.attempts,
        last_error=unknown.last_error,
        request=request,
        method=unknown.method,
        url=unknown.url,
    ) from unknown


class CreditCards(Resource):
    api = "v2"

    async def register(
        self,
        *,
        customer_identifier: str,
        account_identifier: str,
        ip_address: str,
        label: str,
        credit_card: v2.CardDetails,
        billing_address: v2.BillingAddress,
        contact_information: list[v2.ContactInfo] | Unset = UNSET,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> v2.CreditCard:
        """Register a card to an account (at most 10). It can fund the account from ``activation_date``."""
        body = v2.CreditCardCreate(
            customer_identifier=customer_identifier,
            account_identifier=account_identifier,
            ip_address=ip_address,
            label=label,
            credit_card=credit_card,
            billing_address=billing_address,
            contact_information=contact_information,
        )
        response = await self._send(
            "POST", "/creditCards", body=body, timeout=timeout, max_retries=max_retries
        )
        return self._decode(response, v2.CreditCard)

    async def get(
        self, token: str, *, timeout: float | None = None, max_retries: int | None = None
    ) -> v2.CreditCard:
        """One registered card."""
        response = await self._send(
            "GET", f"/creditCards/{path_param('token', token)}", timeout=timeout, max_retries=max_retries
        )
        return self._decode(response, v2.CreditCard)

    def list(
        self,
        *,
        customer_identifier: str | None = None,
        account_identifier: str | None = None,
        account_number: str | None = None,
        status: str | None = None,
        label: str | None = None,
        last_four_digits: str | None = None,
        show_inactive: bool | None = None,
        max_results: int = 200,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> Paginator[v2.CreditCard]:
        """Registered cards, fetched lazily (cursor pagination)."""
        filters = {
            "customerIdentifier": customer_identifier,
            "accountIdentifier": account_identifier,
            "accountNumber": account_number,
            "status": status,
            "label": label,
            "lastFourDigits": last_four_digits,
            "showInactive": show_inactive,
        }
        fetch = self._fetch_json("/creditCards", filters, timeout, max_retries)
        return cursor_paginator(
            fetch, v2.CreditCardPage, v2.CreditCard, lambda page: page.items, max_results=max_results
        )

    async def unregister(
        self,
        *,
        customer_identifier: str,
        account_identifier: str,
        credit_card_token: str,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> v2.CardUnregistered:
        """Remove a card from an account."""
        body = v2.CardUnregister(
            customer_identifier=customer_identifier,
            account_identifier=account_identifier,
            credit_card_token=credit_card_token,
        )
        response = await self._send(
            "POST", "/creditCardUnregisters", body=body, timeout=timeout, max_retries=max_retries
        )
        return self._decode(response, v2.CardUnregistered)


class Deposits(Resource):
    api = "v2"

    async def create(
        self,
        *,
        customer_identifier: str,
        account_identifier: str,
        credit_card_token: str,
        amount: Decimal | int | float | str,
        external_ref_id: str | Unset = UNSET,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> v2.Deposit:
        """Fund an account from a registered card (USD; the card is charged the amount plus a fee).

        Raises:
            AlreadyApplied: the deposit went through but its answer was lost (the retry was refused
                as a duplicate externalRefID).
            Conflict: a deposit with this externalRefID existed before this call.
        """
        body = v2.DepositCreate(
            customer_identifier=customer_identifier,
            account_identifier=account_identifier,
            credit_card_token=credit_card_token,
            amount=amount,
            external_ref_id=external_ref_id,
        )
        body, key = with_external_ref_id(body, "deposit")
        try:
            response = await self._send(
                "POST",
                "/creditCardDeposits",
                body=body,
                idempotency_key=key,
                timeout=timeout,
                max_retries=max_retries,
            )
        except errors.OutcomeUnknown as exc:
            raise_if_applied(exc, body)
            raise
        return self._decode(response, v2.Deposit)

    async def get(
        self, reference_deposit_id: str, *, timeout: float | None = None, max_retries: int | None = None
    ) -> v2.Deposit:
        """One deposit (its status may move from Pending to Success or Declined)."""
        path = f"/creditCardDeposits/{path_param('reference_deposit_id', reference_deposit_id)}"
        response = await self._send("GET", path, timeout=timeout, max_retries=max_retries)
        return self._decode(response, v2.Deposit)


class Transfers(Resource):
    api = "v2"

    async def create(
        self,
        *,
        transfer_from: str,
        transfer_to: str,
        amount: Decimal | int | float | str,
        transfer_notes: str | Unset = UNSET,
        external_ref_id: str | Unset = UNSET,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> v2.Transfer:
        """Move money between two accounts of the platform (by accountIdentifier).

        Raises:
            AlreadyApplied: the transfer went through but its answer was lost (the retry was refused
                as a duplicate externalRefID).
            Conflict: a transfer with this externalRefID existed before this call.
        """
        body = v2.TransferCreate(
            transfer_from=transfer_from,
            transfer_to=transfer_to,
            amount=amount,
            transfer_notes=transfer_notes,
            external_ref_id=external_ref_id,
        )
        body, key = with_external_ref_id(body, "transfer")
        try:
            response = await self._send(
                "POST",
                "/transferFunds",
                body=body,
                idempotency_key=key,
                timeout=timeout,
                max_retries=max_retries,
            )
        except errors.OutcomeUnknown as exc:
            raise_if_applied(exc, body)
            raise
        return self._decode(response, v2.Transfer)
