"""v1 credit card funding: cc_register, cc_fund, cc_unregister (amounts in cents)."""

from __future__ import annotations

from aioraas.models import v1
from aioraas.resources._base import Resource


class CreditCards(Resource):
    api = "v1"

    async def register(
        self,
        *,
        customer: str,
        account_identifier: str,
        client_ip: str,
        credit_card: v1.CreditCard,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> v1.CardRegistered:
        """Register a card. Keep ``cc_token``: it cannot be retrieved later. Usable from ``active_date``."""
        body = v1.CardRegister(
            customer=customer,
            account_identifier=account_identifier,
            client_ip=client_ip,
            credit_card=credit_card,
        )
        response = await self._send(
            "POST", "/cc_register", body=body, timeout=timeout, max_retries=max_retries
        )
        return self._decode(response, v1.CardRegistered)

    async def fund(
        self,
        *,
        customer: str,
        account_identifier: str,
        amount: int,
        client_ip: str,
        cc_token: str,
        security_code: str,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> v1.Funded:
        """Fund an account from a registered card. ``amount`` is in cents (at least 100).

        v1 has no idempotency key: a timeout or 5xx raises :class:`~aioraas.errors.OutcomeUnknown`
        instead of retrying, so a card is never charged twice by the client.
        """
        body = v1.CardFund(
            customer=customer,
            account_identifier=account_identifier,
            amount=amount,
            client_ip=client_ip,
            cc_token=cc_token,
            security_code=security_code,
        )
        response = await self._send("POST", "/cc_fund", body=body, timeout=timeout, max_retries=max_retries)
        return self._decode(response, v1.Funded)

    async def unregister(
        self,
        *,
        customer: str,
        account_identifier: str,
        cc_token: str,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> v1.CardUnregistered:
        """Delete a card from an account."""
        body = v1.CardUnregister(customer=customer, account_identifier=account_identifier, cc_token=cc_token)
        response = await self._send(
            "POST", "/cc_unregister", body=body, timeout=timeout, max_retries=max_retries
        )
        return self._decode(response, v1.CardUnregistered)
