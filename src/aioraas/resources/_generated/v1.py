# GENERATED from spec/v1/openapi.json by `make codegen` (python -m codegen): do not edit by hand.
# Change spec/ or codegen/ and regenerate; `make check-generated` fails when this file is stale.
"""The v1 resource classes: one method per operation of spec/v1/openapi.json."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol, Unpack, cast, overload

from aioraas._modelkit import Unset
from aioraas._pagination import Paginator
from aioraas._params import date_param, path_param
from aioraas._transport import Transport
from aioraas.models import v1
from aioraas.resources._base import RawResource, RawResponse, RequestOptions, Resource


class Accounts(Resource):
    """The accounts operations of the v1 API."""

    api = "v1"

    @overload
    async def create(self, request: v1.AccountCreate, /, **options: Unpack[RequestOptions]) -> v1.Account: ...
    @overload
    async def create(
        self, *, identifier: str, email: str, customer: str, **options: Unpack[RequestOptions]
    ) -> v1.Account: ...
    async def create(self, request: v1.AccountCreate | None = None, **fields: Any) -> v1.Account:
        """Create a platform account under a customer.

        Args:
            identifier: The account identifier: 5-96 of A-Z a-z 0-9 _ - +, unique to the platform.
            email: The account's contact email.
            customer: The customer (company, department, ...) the account belongs to.
        """
        body, options = self._body(v1.AccountCreate, request, fields)
        return await self._call("POST", "/accounts", options, v1.Account, body=body, unwrap="account")

    async def get(
        self, customer: str, account_identifier: str, **options: Unpack[RequestOptions]
    ) -> v1.Account:
        """One account with its available balance (in cents).

        Args:
            customer: the customer owning the account
            account_identifier: the account's identifier
        """
        return await self._call(
            "GET",
            f"/accounts/{path_param('customer', customer)}/{path_param('account_identifier', account_identifier)}",
            options,
            v1.Account,
            unwrap="account",
        )

    @property
    def with_raw_response(self) -> AccountsWithRawResponse:
        """The same methods (lists aside), each answering with a RawResponse."""
        return cast(AccountsWithRawResponse, RawResource(self))


class AccountsWithRawResponse(Protocol):
    """``accounts.with_raw_response``: status, headers, request_id, attempts, parsed."""

    @overload
    async def create(
        self, request: v1.AccountCreate, /, **options: Unpack[RequestOptions]
    ) -> RawResponse[v1.Account]: ...
    @overload
    async def create(
        self, *, identifier: str, email: str, customer: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[v1.Account]: ...
    async def get(
        self, customer: str, account_identifier: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[v1.Account]: ...


class CreditCards(Resource):
    """The credit cards operations of the v1 API."""

    api = "v1"

    @overload
    async def register(
        self, request: v1.CardRegister, /, **options: Unpack[RequestOptions]
    ) -> v1.CardRegistered: ...
    @overload
    async def register(
        self,
        *,
        customer: str,
        account_identifier: str,
        client_ip: str,
        credit_card: v1.CreditCard,
        **options: Unpack[RequestOptions],
    ) -> v1.CardRegistered: ...
    async def register(self, request: v1.CardRegister | None = None, **fields: Any) -> v1.CardRegistered:
        """Register a card. Keep ``cc_token``: it cannot be retrieved later. Usable from ``active_date``.

        Args:
            client_ip: The IP address of the person registering the card.
        """
        body, options = self._body(v1.CardRegister, request, fields)
        return await self._call("POST", "/cc_register", options, v1.CardRegistered, body=body)

    @overload
    async def fund(self, request: v1.CardFund, /, **options: Unpack[RequestOptions]) -> v1.Funded: ...
    @overload
    async def fund(
        self,
        *,
        customer: str,
        account_identifier: str,
        amount: int,
        client_ip: str,
        cc_token: str,
        security_code: str,
        **options: Unpack[RequestOptions],
    ) -> v1.Funded: ...
    async def fund(self, request: v1.CardFund | None = None, **fields: Any) -> v1.Funded:
        """Fund an account from a registered card. ``amount`` is in cents (at least 100).

        v1 has no idempotency key: a timeout or 5xx raises OutcomeUnknown instead of retrying, so a card
        is never charged twice by the client.

        Args:
            amount: Cents.
        """
        body, options = self._body(v1.CardFund, request, fields)
        return await self._call("POST", "/cc_fund", options, v1.Funded, body=body)

    @overload
    async def unregister(
        self, request: v1.CardUnregister, /, **options: Unpack[RequestOptions]
    ) -> v1.CardUnregistered: ...
    @overload
    async def unregister(
        self, *, customer: str, account_identifier: str, cc_token: str, **options: Unpack[RequestOptions]
    ) -> v1.CardUnregistered: ...
    async def unregister(
        self, request: v1.CardUnregister | None = None, **fields: Any
    ) -> v1.CardUnregistered:
        """Delete a card from an account."""
        body, options = self._body(v1.CardUnregister, request, fields)
        return await self._call("POST", "/cc_unregister", options, v1.CardUnregistered, body=body)

    @property
    def with_raw_response(self) -> CreditCardsWithRawResponse:
        """The same methods (lists aside), each answering with a RawResponse."""
        return cast(CreditCardsWithRawResponse, RawResource(self))


class CreditCardsWithRawResponse(Protocol):
    """``credit_cards.with_raw_response``: status, headers, request_id, attempts, parsed."""

    @overload
    async def register(
        self, request: v1.CardRegister, /, **options: Unpack[RequestOptions]
    ) -> RawResponse[v1.CardRegistered]: ...
    @overload
    async def register(
        self,
        *,
        customer: str,
        account_identifier: str,
        client_ip: str,
        credit_card: v1.CreditCard,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v1.CardRegistered]: ...
    @overload
    async def fund(
        self, request: v1.CardFund, /, **options: Unpack[RequestOptions]
    ) -> RawResponse[v1.Funded]: ...
    @overload
    async def fund(
        self,
        *,
        customer: str,
        account_identifier: str,
        amount: int,
        client_ip: str,
        cc_token: str,
        security_code: str,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v1.Funded]: ...
    @overload
    async def unregister(
        self, request: v1.CardUnregister, /, **options: Unpack[RequestOptions]
    ) -> RawResponse[v1.CardUnregistered]: ...
    @overload
    async def unregister(
        self, *, customer: str, account_identifier: str, cc_token: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[v1.CardUnregistered]: ...


class Orders(Resource):
    """The orders operations of the v1 API."""

    api = "v1"

    @overload
    async def create(self, request: v1.OrderCreate, /, **options: Unpack[RequestOptions]) -> v1.Order: ...
    @overload
    async def create(
        self,
        *,
        customer: str,
        account_identifier: str,
        recipient: v1.Recipient,
        sku: str,
        amount: int | Unset = ...,
        reward_subject: str | Unset = ...,
        reward_message: str | Unset = ...,
        reward_from: str | Unset = ...,
        send_reward: bool | Unset = ...,
        campaign: str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> v1.Order: ...
    async def create(self, request: v1.OrderCreate | None = None, **fields: Any) -> v1.Order:
        """Place an order. ``amount`` is in cents, for variable-price SKUs only.

        v1 has no idempotency key: a timeout or 5xx raises OutcomeUnknown (look the order up in ``list``
        before placing it again) instead of retrying.

        Args:
            amount: Cents, 1-100000.
            send_reward: Default true. When false Tango sends no email and the order carries the reward
                credentials.
        """
        body, options = self._body(v1.OrderCreate, request, fields)
        return await self._call("POST", "/orders", options, v1.Order, body=body, unwrap="order")

    async def get(self, order_id: str, **options: Unpack[RequestOptions]) -> v1.Order:
        """One order.

        Args:
            order_id: the order's id
        """
        return await self._call(
            "GET", f"/orders/{path_param('order_id', order_id)}", options, v1.Order, unwrap="order"
        )

    async def resend(self, order_id: str, **options: Unpack[RequestOptions]) -> None:
        """Email an order's reward again (at most once per 24 hours; only if send_reward was true).

        Args:
            order_id: the order to resend
        """
        return await self._call("POST", f"/orders/{path_param('order_id', order_id)}/resend", options, None)

    def list(
        self,
        *,
        customer: str | None = None,
        account_identifier: str | None = None,
        start_date: datetime | None = None,
        end_date: datetime | None = None,
        limit: int = 100,
        offset: int = 0,
        **options: Unpack[RequestOptions],
    ) -> Paginator[v1.Order]:
        """Order history, fetched lazily ``limit`` (at most 100) at a time until ``total_count``.

        Args:
            customer: orders of this customer
            account_identifier: orders of this account
            start_date: orders placed at or after this time
            end_date: orders placed at or before this time
            limit: orders per page (at most 100)
            offset: the first item to fetch (0 for the first)
        """
        path = "/orders"
        query = {
            "customer": customer,
            "account_identifier": account_identifier,
            "start_date": date_param("start_date", start_date),
            "end_date": date_param("end_date", end_date),
        }
        return self._paginate(
            "v1-offset",
            path,
            query,
            options,
            v1.OrderList,
            items="orders",
            total="total_count",
            size=limit,
            start=offset,
        )

    @property
    def with_raw_response(self) -> OrdersWithRawResponse:
        """The same methods (lists aside), each answering with a RawResponse."""
        return cast(OrdersWithRawResponse, RawResource(self))


class OrdersWithRawResponse(Protocol):
    """``orders.with_raw_response``: status, headers, request_id, attempts, parsed."""

    @overload
    async def create(
        self, request: v1.OrderCreate, /, **options: Unpack[RequestOptions]
    ) -> RawResponse[v1.Order]: ...
    @overload
    async def create(
        self,
        *,
        customer: str,
        account_identifier: str,
        recipient: v1.Recipient,
        sku: str,
        amount: int | Unset = ...,
        reward_subject: str | Unset = ...,
        reward_message: str | Unset = ...,
        reward_from: str | Unset = ...,
        send_reward: bool | Unset = ...,
        campaign: str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v1.Order]: ...
    async def get(self, order_id: str, **options: Unpack[RequestOptions]) -> RawResponse[v1.Order]: ...
    async def resend(self, order_id: str, **options: Unpack[RequestOptions]) -> RawResponse[None]: ...


class Rewards(Resource):
    """The rewards operations of the v1 API."""

    api = "v1"

    async def list(self, **options: Unpack[RequestOptions]) -> v1.RewardsCatalog:
        """The catalog: brands and their rewards (prices in cents)."""
        return await self._call("GET", "/rewards", options, v1.RewardsCatalog)

    @property
    def with_raw_response(self) -> RewardsWithRawResponse:
        """The same methods (lists aside), each answering with a RawResponse."""
        return cast(RewardsWithRawResponse, RawResource(self))


class RewardsWithRawResponse(Protocol):
    """``rewards.with_raw_response``: status, headers, request_id, attempts, parsed."""

    async def list(self, **options: Unpack[RequestOptions]) -> RawResponse[v1.RewardsCatalog]: ...


class V1:
    """The legacy v1 API. Money is in integer cents."""

    def __init__(self, transport: Transport) -> None:
        self.accounts = Accounts(transport)
        self.credit_cards = CreditCards(transport)
        self.orders = Orders(transport)
        self.rewards = Rewards(transport)
