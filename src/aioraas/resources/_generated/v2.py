# GENERATED from spec/v2/openapi.json by `make codegen` (python -m codegen): do not edit by hand.
# Change spec/ or codegen/ and regenerate; `make check-generated` fails when this file is stale.
"""The v2 resource classes: one method per operation of spec/v2/openapi.json."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any, Protocol, Unpack, cast, overload

from aioraas._modelkit import Unset
from aioraas._pagination import Paginator
from aioraas._params import date_param, path_param
from aioraas._transport import Transport
from aioraas.models import v2
from aioraas.resources._base import RawResource, RawResponse, RequestOptions, Resource
from aioraas.resources.v2 import async_orders as _async_orders
from aioraas.resources.v2 import funding as _funding
from aioraas.resources.v2 import orders as _orders


class Customers(Resource):
    """The customers operations of the v2 API."""

    api = "v2"

    @overload
    async def create(
        self, request: v2.CustomerCreate, /, **options: Unpack[RequestOptions]
    ) -> v2.Customer: ...
    @overload
    async def create(
        self, *, customer_identifier: str, display_name: str, **options: Unpack[RequestOptions]
    ) -> v2.Customer: ...
    async def create(self, request: v2.CustomerCreate | None = None, **fields: Any) -> v2.Customer:
        """Create a customer.

        Raises Conflict when the identifier exists. Customers cannot be deleted or disabled.

        Args:
            customer_identifier: 5-100 of - 0-9 a-z A-Z, unique on the platform.
            display_name: A friendly name, 5-100 letters, digits, punctuation and spaces.
        """
        body, options = self._body(v2.CustomerCreate, request, fields)
        return await self._call("POST", "/customers", options, v2.Customer, body=body)

    async def get(self, customer_identifier: str, **options: Unpack[RequestOptions]) -> v2.Customer:
        """A customer with a summary of its accounts.

        Args:
            customer_identifier: the customer's identifier
        """
        return await self._call(
            "GET",
            f"/customers/{path_param('customer_identifier', customer_identifier)}",
            options,
            v2.Customer,
        )

    def list(
        self,
        *,
        display_name: str | None = None,
        status: str | None = None,
        account_identifier: str | None = None,
        account_number: str | None = None,
        account_status: str | None = None,
        customer_min_date_created_at: datetime | None = None,
        customer_max_date_created_at: datetime | None = None,
        account_display_name: str | None = None,
        account_min_date_created_at: datetime | None = None,
        account_max_date_created_at: datetime | None = None,
        max_results: int = 200,
        **options: Unpack[RequestOptions],
    ) -> Paginator[v2.Customer]:
        """Every customer of the platform, fetched lazily page by page (cursor pagination).

        Args:
            display_name: customers with this display name
            status: customers with this status
            account_identifier: customers holding this account
            account_number: customers holding the account with this number
            account_status: customers holding an account with this status
            customer_min_date_created_at: customers created at or after this time
            customer_max_date_created_at: customers created at or before this time
            account_display_name: customers with an account of this display name
            account_min_date_created_at: customers with an account created at or after this time
            account_max_date_created_at: customers with an account created at or before this time
            max_results: items per page (at most 200)
        """
        path = "/customers"
        query = {
            "displayName": display_name,
            "status": status,
            "accountIdentifier": account_identifier,
            "accountNumber": account_number,
            "accountStatus": account_status,
            "customerMinDateCreatedAt": date_param(
                "customer_min_date_created_at", customer_min_date_created_at
            ),
            "customerMaxDateCreatedAt": date_param(
                "customer_max_date_created_at", customer_max_date_created_at
            ),
            "accountDisplayName": account_display_name,
            "accountMinDateCreatedAt": date_param("account_min_date_created_at", account_min_date_created_at),
            "accountMaxDateCreatedAt": date_param("account_max_date_created_at", account_max_date_created_at),
        }
        return self._paginate(
            "v2-cursor",
            path,
            query,
            options,
            v2.CustomerPage,
            items="items",
            item=v2.Customer,
            size=max_results,
        )

    @property
    def with_raw_response(self) -> CustomersWithRawResponse:
        """The same methods (lists aside), each answering with a RawResponse."""
        return cast(CustomersWithRawResponse, RawResource(self))


class CustomersWithRawResponse(Protocol):
    """``customers.with_raw_response``: status, headers, request_id, attempts, parsed."""

    @overload
    async def create(
        self, request: v2.CustomerCreate, /, **options: Unpack[RequestOptions]
    ) -> RawResponse[v2.Customer]: ...
    @overload
    async def create(
        self, *, customer_identifier: str, display_name: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[v2.Customer]: ...
    async def get(
        self, customer_identifier: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[v2.Customer]: ...


class Accounts(Resource):
    """The accounts operations of the v2 API."""

    api = "v2"

    @overload
    async def create(
        self, customer_identifier: str, request: v2.AccountCreate, /, **options: Unpack[RequestOptions]
    ) -> v2.Account: ...
    @overload
    async def create(
        self,
        customer_identifier: str,
        *,
        account_identifier: str,
        display_name: str,
        contact_email: str,
        currency_code: v2.CurrencyCode | str | Unset = ...,
        funding_notification: list[v2.FundingNotification] | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> v2.Account: ...
    async def create(
        self, customer_identifier: str, request: v2.AccountCreate | None = None, **fields: Any
    ) -> v2.Account:
        """Create an account under a customer.

        Its currency (default USD) cannot change later.

        Args:
            customer_identifier: the customer that will own the account
            account_identifier: 5-100 of - 0-9 a-z A-Z, unique on the platform.
            currency_code: Defaults to USD on the server. Cannot be changed later.
        """
        body, options = self._body(v2.AccountCreate, request, fields)
        return await self._call(
            "POST",
            f"/customers/{path_param('customer_identifier', customer_identifier)}/accounts",
            options,
            v2.Account,
            body=body,
        )

    @overload
    async def update(
        self,
        customer_identifier: str,
        account_identifier: str,
        request: v2.AccountUpdate,
        /,
        **options: Unpack[RequestOptions],
    ) -> v2.Account: ...
    @overload
    async def update(
        self,
        customer_identifier: str,
        account_identifier: str,
        *,
        display_name: str | Unset = ...,
        contact_email: str | Unset = ...,
        funding_notification: list[v2.FundingNotification] | Unset | None = ...,
        **options: Unpack[RequestOptions],
    ) -> v2.Account: ...
    async def update(
        self,
        customer_identifier: str,
        account_identifier: str,
        request: v2.AccountUpdate | None = None,
        **fields: Any,
    ) -> v2.Account:
        """Change an account. Fields left out stay as they are.

        ``funding_notification``: a list replaces the current one, ``[]`` clears it, ``None`` (sent as
        null) or leaving it out keeps it.

        Args:
            customer_identifier: the customer owning the account
            account_identifier: the account to change
        """
        body, options = self._body(v2.AccountUpdate, request, fields)
        return await self._call(
            "PATCH",
            f"/customers/{path_param('customer_identifier', customer_identifier)}/accounts/{path_param('account_identifier', account_identifier)}",
            options,
            v2.Account,
            body=body,
            idempotent=True,
        )

    async def get(self, account_identifier: str, **options: Unpack[RequestOptions]) -> v2.Account:
        """An account with its current balance.

        Args:
            account_identifier: the account's identifier
        """
        return await self._call(
            "GET", f"/accounts/{path_param('account_identifier', account_identifier)}", options, v2.Account
        )

    def list(
        self,
        customer_identifier: str | None = None,
        *,
        account_number: str | None = None,
        display_name: str | None = None,
        status: v2.AccountStatus | str | None = None,
        contact_email: str | None = None,
        currency_code: list[str] | None = None,
        min_balance: Decimal | int | None = None,
        max_balance: Decimal | int | None = None,
        min_date_created_at: datetime | None = None,
        max_date_created_at: datetime | None = None,
        funding_notification_email: list[str] | None = None,
        max_results: int = 200,
        **options: Unpack[RequestOptions],
    ) -> Paginator[v2.Account]:
        """Accounts of one customer (or of the whole platform), fetched lazily (cursor pagination).

        Args:
            customer_identifier: the customer whose accounts to list; None lists the platform's
            account_number: the account with this number
            display_name: accounts with this display name
            status: accounts with this status
            contact_email: accounts with this contact email
            currency_code: accounts in these currencies
            min_balance: accounts holding at least this balance
            max_balance: accounts holding at most this balance
            min_date_created_at: accounts created at or after this time
            max_date_created_at: accounts created at or before this time
            funding_notification_email: accounts notifying these addresses
            max_results: items per page (at most 200)
        """
        path = (
            "/accounts"
            if customer_identifier is None
            else f"/customers/{path_param('customer_identifier', customer_identifier)}/accounts"
        )
        query = {
            "accountNumber": account_number,
            "displayName": display_name,
            "status": status,
            "contactEmail": contact_email,
            "currencyCode": currency_code,
            "minBalance": min_balance,
            "maxBalance": max_balance,
            "minDateCreatedAt": date_param("min_date_created_at", min_date_created_at),
            "maxDateCreatedAt": date_param("max_date_created_at", max_date_created_at),
            "fundingNotificationEmail": funding_notification_email,
        }
        return self._paginate(
            "v2-cursor",
            path,
            query,
            options,
            v2.AccountPage,
            items="items",
            item=v2.Account,
            size=max_results,
        )

    @property
    def with_raw_response(self) -> AccountsWithRawResponse:
        """The same methods (lists aside), each answering with a RawResponse."""
        return cast(AccountsWithRawResponse, RawResource(self))


class AccountsWithRawResponse(Protocol):
    """``accounts.with_raw_response``: status, headers, request_id, attempts, parsed."""

    @overload
    async def create(
        self, customer_identifier: str, request: v2.AccountCreate, /, **options: Unpack[RequestOptions]
    ) -> RawResponse[v2.Account]: ...
    @overload
    async def create(
        self,
        customer_identifier: str,
        *,
        account_identifier: str,
        display_name: str,
        contact_email: str,
        currency_code: v2.CurrencyCode | str | Unset = ...,
        funding_notification: list[v2.FundingNotification] | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.Account]: ...
    @overload
    async def update(
        self,
        customer_identifier: str,
        account_identifier: str,
        request: v2.AccountUpdate,
        /,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.Account]: ...
    @overload
    async def update(
        self,
        customer_identifier: str,
        account_identifier: str,
        *,
        display_name: str | Unset = ...,
        contact_email: str | Unset = ...,
        funding_notification: list[v2.FundingNotification] | Unset | None = ...,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.Account]: ...
    async def get(
        self, account_identifier: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[v2.Account]: ...


class Orders(Resource):
    """The orders operations of the v2 API."""

    api = "v2"

    @overload
    async def create(
        self, request: v2.OrderCreate, /, **options: Unpack[RequestOptions]
    ) -> _orders.OrderResult: ...
    @overload
    async def create(
        self,
        *,
        customer_identifier: str,
        account_identifier: str,
        utid: str,
        amount: Decimal | int | float | str,
        delivery_method: v2.DeliveryMethod | str = ...,
        external_ref_id: str | Unset = ...,
        recipient: v2.Recipient | Unset = ...,
        sender: v2.Sender | Unset = ...,
        email_subject: str | Unset = ...,
        message: str | Unset = ...,
        etid: str | Unset = ...,
        ptid: str | Unset = ...,
        campaign: str | Unset = ...,
        purchase_order_number: str | Unset = ...,
        notes: str | Unset = ...,
        expiration_date: datetime | Unset = ...,
        custom_fields: Any | Unset = ...,
        send_email: bool | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> _orders.OrderResult: ...
    async def create(self, request: v2.OrderCreate | None = None, **fields: Any) -> _orders.OrderResult:
        """Send one reward, safely: retries can never place it twice.

        Pass the order's fields as keywords, or a prebuilt OrderCreate. ``send_email=False`` (deprecated)
        is sent as ``deliveryMethod`` NONE unless another method than the default EMAIL is given. The
        externalRefID (yours, or one generated now) is sent on every attempt, so a retry after a timeout
        or a 5xx returns the order the first attempt placed instead of placing another.

        Raises:
            IdempotencyMismatch: the externalRefID belongs to an existing order for another item or amount
                (the API returns that order; it does not place this one).
            OutcomeUnknown: no definite answer after all attempts; resend with the same externalRefID.
            InsufficientFunds, Unprocessable, ...: the API refused the order.

        Args:
            utid: The catalog item, e.g. U561593.
            amount: Face value in the item's currency, major units (at most 2 decimals, 6 integer digits).
                Required for fixed-value items too.
            external_ref_id: Idempotency key, unique per account (Tango keeps it 90 days). At most 100
                characters; Tango documents alphanumeric ones, so ids this client generates are letters
                and digits only.
            etid: Email template, e.g. E000000.
            ptid: Printed reward-link template, e.g. P000000.
            notes: Free-form notes; not idempotent (use externalRefID for that).
            expiration_date: Promo links only.
            custom_fields: Account-configured custom fields. OAS26: an object whose values are any JSON;
                any JSON value is accepted here (never stricter). Unknown keys are ignored by the API.
            send_email: Deprecated since 2025-10-01: use deliveryMethod.
        """
        body, options = self._body(v2.OrderCreate, request, fields)
        body = _orders.before_create(body)
        body, key = self._keyed(body, "external_ref_id", "aioraas")
        response = await self._send("POST", "/orders", options, body=body, idempotency_key=key)
        return self._result(
            response, _orders.order_result(body, key, response, self._decode(response, v2.Order))
        )

    async def get(self, reference_order_id: str, **options: Unpack[RequestOptions]) -> v2.Order:
        """One order, with its reward credentials.

        Args:
            reference_order_id: the order's referenceOrderID
        """
        return await self._call(
            "GET", f"/orders/{path_param('reference_order_id', reference_order_id)}", options, v2.Order
        )

    @overload
    async def resend(
        self, reference_order_id: str, request: v2.OrderResend, /, **options: Unpack[RequestOptions]
    ) -> v2.Resend: ...
    @overload
    async def resend(
        self,
        reference_order_id: str,
        *,
        new_email: str | Unset = ...,
        new_mobile: str | Unset = ...,
        new_etid: str | Unset = ...,
        new_delivery_method: v2.ResendDeliveryMethod | str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> v2.Resend: ...
    async def resend(
        self, reference_order_id: str, request: v2.OrderResend | None = None, **fields: Any
    ) -> v2.Resend:
        """Send an order's reward again (at most once per 24 hours), optionally to a new address.

        Args:
            reference_order_id: the order to resend
        """
        body, options = self._body(v2.OrderResend, request, fields)
        return await self._call(
            "POST",
            f"/orders/{path_param('reference_order_id', reference_order_id)}/resends",
            options,
            v2.Resend,
            body=body,
        )

    def list(
        self,
        *,
        account_identifier: str | None = None,
        customer_identifier: str | None = None,
        external_ref_id: str | None = None,
        start_date: datetime | None = None,
        end_date: datetime | None = None,
        utid: str | None = None,
        reward_name: str | None = None,
        min_amount: Decimal | int | None = None,
        max_amount: Decimal | int | None = None,
        currency_code: str | None = None,
        delivery_method: v2.DeliveryMethodView | str | None = None,
        order_status: str | None = None,
        campaign: str | None = None,
        recipient_email: str | None = None,
        purchase_order_number: str | None = None,
        ptid: str | None = None,
        sender_first_name: str | None = None,
        sender_last_name: str | None = None,
        sender_email: str | None = None,
        recipient_mobile_number: str | None = None,
        recipient_first_name: str | None = None,
        recipient_last_name: str | None = None,
        line_item_status: str | None = None,
        notes: str | None = None,
        line_item_notes: str | None = None,
        elements_per_block: int = 100,
        **options: Unpack[RequestOptions],
    ) -> Paginator[v2.Order]:
        """Orders matching the filters, fetched lazily page by page (pages from 0, at most 100 each).

        The API limits one query to a date range of 100 days.

        Args:
            account_identifier: orders of this account
            customer_identifier: orders of this customer
            external_ref_id: the order with this externalRefID
            start_date: orders placed at or after this time
            end_date: orders placed at or before this time
            utid: orders of this item
            reward_name: orders of this reward name
            min_amount: orders of at least this amount
            max_amount: orders of at most this amount
            currency_code: orders in this currency
            delivery_method: orders delivered this way
            order_status: orders with this status
            campaign: orders of this campaign
            recipient_email: orders sent to this address
            purchase_order_number: orders with this purchase order number
            ptid: orders with this printed reward template
            sender_first_name: orders from a sender with this first name
            sender_last_name: orders from a sender with this last name
            sender_email: orders from a sender with this address
            recipient_mobile_number: orders sent to this mobile number
            recipient_first_name: orders sent to a recipient with this first name
            recipient_last_name: orders sent to a recipient with this last name
            line_item_status: orders with a line item in this status
            notes: orders with these notes
            line_item_notes: orders with a line item with these notes
            elements_per_block: orders per page (at most 100)
        """
        path = "/orders"
        query = {
            "accountIdentifier": account_identifier,
            "customerIdentifier": customer_identifier,
            "externalRefID": external_ref_id,
            "startDate": date_param("start_date", start_date),
            "endDate": date_param("end_date", end_date),
            "utid": utid,
            "rewardName": reward_name,
            "minAmount": min_amount,
            "maxAmount": max_amount,
            "currencyCode": currency_code,
            "deliveryMethod": delivery_method,
            "orderStatus": order_status,
            "campaign": campaign,
            "recipientEmail": recipient_email,
            "purchaseOrderNumber": purchase_order_number,
            "ptid": ptid,
            "senderFirstName": sender_first_name,
            "senderLastName": sender_last_name,
            "senderEmail": sender_email,
            "recipientMobileNumber": recipient_mobile_number,
            "recipientFirstName": recipient_first_name,
            "recipientLastName": recipient_last_name,
            "lineItemStatus": line_item_status,
            "notes": notes,
            "lineItemNotes": line_item_notes,
        }
        return self._paginate(
            "v2-page-number",
            path,
            query,
            options,
            v2.OrderList,
            items="orders",
            total="page.total_count",
            size=elements_per_block,
        )

    @property
    def with_raw_response(self) -> OrdersWithRawResponse:
        """The same methods (lists aside), each answering with a RawResponse."""
        return cast(OrdersWithRawResponse, RawResource(self))


class OrdersWithRawResponse(Protocol):
    """``orders.with_raw_response``: status, headers, request_id, attempts, parsed."""

    @overload
    async def create(
        self, request: v2.OrderCreate, /, **options: Unpack[RequestOptions]
    ) -> RawResponse[_orders.OrderResult]: ...
    @overload
    async def create(
        self,
        *,
        customer_identifier: str,
        account_identifier: str,
        utid: str,
        amount: Decimal | int | float | str,
        delivery_method: v2.DeliveryMethod | str = ...,
        external_ref_id: str | Unset = ...,
        recipient: v2.Recipient | Unset = ...,
        sender: v2.Sender | Unset = ...,
        email_subject: str | Unset = ...,
        message: str | Unset = ...,
        etid: str | Unset = ...,
        ptid: str | Unset = ...,
        campaign: str | Unset = ...,
        purchase_order_number: str | Unset = ...,
        notes: str | Unset = ...,
        expiration_date: datetime | Unset = ...,
        custom_fields: Any | Unset = ...,
        send_email: bool | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[_orders.OrderResult]: ...
    async def get(
        self, reference_order_id: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[v2.Order]: ...
    @overload
    async def resend(
        self, reference_order_id: str, request: v2.OrderResend, /, **options: Unpack[RequestOptions]
    ) -> RawResponse[v2.Resend]: ...
    @overload
    async def resend(
        self,
        reference_order_id: str,
        *,
        new_email: str | Unset = ...,
        new_mobile: str | Unset = ...,
        new_etid: str | Unset = ...,
        new_delivery_method: v2.ResendDeliveryMethod | str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.Resend]: ...


class AsyncOrders(_async_orders.AsyncOrdersHelpers, Resource):
    """The async orders operations of the v2 API."""

    api = "v2"

    @overload
    async def create(
        self, request: v2.AsyncOrderCreate, /, **options: Unpack[RequestOptions]
    ) -> _async_orders.AsyncOrderResult: ...
    @overload
    async def create(
        self,
        *,
        customer_identifier: str,
        account_identifier: str,
        line_items: list[v2.AsyncLineItemCreate],
        external_ref_id: str | Unset = ...,
        sender: v2.Sender | Unset = ...,
        campaign: str | Unset = ...,
        purchase_order_number: str | Unset = ...,
        notes: str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> _async_orders.AsyncOrderResult: ...
    async def create(
        self, request: v2.AsyncOrderCreate | None = None, **fields: Any
    ) -> _async_orders.AsyncOrderResult:
        """Place many rewards in one order, processed in the background; safe to retry.

        Pass the order's fields as keywords, or a prebuilt AsyncOrderCreate. The order's externalRefID
        (yours, or one generated now) and every line item's externalRefLineItemID (yours, or one derived
        from the order's id and the line's content: see
        ``aioraas.resources.v2.async_orders.line_item_id``) are fixed before the first attempt, so a retry
        after a timeout or a 5xx sends the same body and gets the order the first attempt placed. Returns
        an AsyncOrderResult; lines refused at once are in ``result.failed``; the rest are processed later:
        ``async_orders.wait`` reports them.

        Raises:
            IdempotencyMismatch: the externalRefID belongs to an existing order with other line items (the
                API returns that order; it places nothing).
            OutcomeUnknown: no definite answer after all attempts; resend with the same externalRefID.
            InsufficientFunds, Unprocessable, ...: the API refused the order.

        Args:
            external_ref_id: Idempotency key of the order, unique per account. At most 100 characters; ids
                this client generates are letters and digits only.
        """
        body, options = self._body(v2.AsyncOrderCreate, request, fields)
        body = _async_orders.before_create(body)
        body, key = self._keyed(body, "external_ref_id", "aioraas")
        response = await self._send("POST", "/asyncOrders", options, body=body, idempotency_key=key)
        return self._result(
            response,
            _async_orders.create_result(body, key, response, self._decode(response, v2.AsyncOrderEntity)),
        )

    async def get(
        self,
        customer_identifier: str,
        account_identifier: str,
        external_ref_id: str,
        *,
        external_ref_line_item_ids: list[str] | None = None,
        reference_line_item_ids: list[str] | None = None,
        failed_only: bool | None = None,
        max_results: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> v2.AsyncOrderDetail:
        """An async order's summary (counts, status, charge) and the first page of its line items.

        Args:
            customer_identifier: the order's customer
            account_identifier: the order's account
            external_ref_id: the order's externalRefID
            external_ref_line_item_ids: only these line items (at most 50 ids)
            reference_line_item_ids: only these line items, by Tango's id (at most 50)
            failed_only: only the line items that failed
            max_results: line items in the answer (1 to 500; the API's default: 100)
        """
        return await self._call(
            "GET",
            f"/asyncOrders/customers/{path_param('customer_identifier', customer_identifier)}/accounts/{path_param('account_identifier', account_identifier)}/{path_param('external_ref_id', external_ref_id)}",
            options,
            v2.AsyncOrderDetail,
            query={
                "externalRefLineItemIDs": external_ref_line_item_ids,
                "referenceLineItemIDs": reference_line_item_ids,
                "failedOnly": failed_only,
                "maxResults": max_results,
            },
        )

    @overload
    async def update(
        self,
        customer_identifier: str,
        account_identifier: str,
        external_ref_id: str,
        request: v2.AsyncOrderUpdate,
        /,
        **options: Unpack[RequestOptions],
    ) -> v2.AsyncOrderDetail: ...
    @overload
    async def update(
        self,
        customer_identifier: str,
        account_identifier: str,
        external_ref_id: str,
        *,
        campaign: str | Unset = ...,
        purchase_order_number: str | Unset = ...,
        notes: str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> v2.AsyncOrderDetail: ...
    async def update(
        self,
        customer_identifier: str,
        account_identifier: str,
        external_ref_id: str,
        request: v2.AsyncOrderUpdate | None = None,
        **fields: Any,
    ) -> v2.AsyncOrderDetail:
        """Change an async order's campaign, purchase order number or notes.

        Args:
            customer_identifier: the order's customer
            account_identifier: the order's account
            external_ref_id: the order's externalRefID
        """
        body, options = self._body(v2.AsyncOrderUpdate, request, fields)
        return await self._call(
            "PATCH",
            f"/asyncOrders/customers/{path_param('customer_identifier', customer_identifier)}/accounts/{path_param('account_identifier', account_identifier)}/{path_param('external_ref_id', external_ref_id)}",
            options,
            v2.AsyncOrderDetail,
            body=body,
            idempotent=True,
        )

    def line_items(
        self,
        customer_identifier: str,
        account_identifier: str,
        external_ref_id: str,
        *,
        external_ref_line_item_ids: list[str] | None = None,
        reference_line_item_ids: list[str] | None = None,
        failed_only: bool | None = None,
        max_results: int = 100,
        **options: Unpack[RequestOptions],
    ) -> Paginator[v2.AsyncOrderLineItem]:
        """An async order's line items, fetched lazily page by page (cursor pagination).

        Args:
            customer_identifier: the order's customer
            account_identifier: the order's account
            external_ref_id: the order's externalRefID
            external_ref_line_item_ids: only these line items (at most 50 ids)
            reference_line_item_ids: only these line items, by Tango's id (at most 50)
            failed_only: only the line items that failed
            max_results: line items per page (at most 100)
        """
        path = f"/asyncOrders/customers/{path_param('customer_identifier', customer_identifier)}/accounts/{path_param('account_identifier', account_identifier)}/{path_param('external_ref_id', external_ref_id)}/lineItems"
        query = {
            "externalRefLineItemIDs": external_ref_line_item_ids,
            "referenceLineItemIDs": reference_line_item_ids,
            "failedOnly": failed_only,
        }
        return self._paginate(
            "v2-cursor",
            path,
            query,
            options,
            v2.AsyncOrderLineItemPage,
            items="line_items",
            item=v2.AsyncOrderLineItem,
            next_cursor="pagination.next_cursor",
            size=max_results,
        )

    @overload
    async def update_line_item(
        self,
        reference_line_item_id: str,
        request: v2.AsyncLineItemUpdate,
        /,
        **options: Unpack[RequestOptions],
    ) -> v2.AsyncLineItemUpdated: ...
    @overload
    async def update_line_item(
        self,
        reference_line_item_id: str,
        *,
        line_item_note: str | Unset = ...,
        delivery_date: str | Unset = ...,
        sender_info: v2.Sender | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> v2.AsyncLineItemUpdated: ...
    async def update_line_item(
        self, reference_line_item_id: str, request: v2.AsyncLineItemUpdate | None = None, **fields: Any
    ) -> v2.AsyncLineItemUpdated:
        """Change a line item's note, a scheduled line item's delivery date, or its sender.

        Args:
            reference_line_item_id: Tango's id of the line item
            delivery_date: A new delivery date, at least 7 days ahead (the API checks it).
        """
        body, options = self._body(v2.AsyncLineItemUpdate, request, fields)
        return await self._call(
            "PATCH",
            f"/asyncOrders/lineItems/{path_param('reference_line_item_id', reference_line_item_id)}",
            options,
            v2.AsyncLineItemUpdated,
            body=body,
            idempotent=True,
        )

    async def reason_codes(self, **options: Unpack[RequestOptions]) -> v2.AsyncReasonCodes:
        """Reason codes of line-item actions, by action."""
        return await self._call("GET", "/asyncOrders/reasonCodes", options, v2.AsyncReasonCodes)

    def list(
        self,
        *,
        account_identifier: str | None = None,
        customer_identifier: str | None = None,
        external_ref_id: str | None = None,
        start_date: datetime | None = None,
        end_date: datetime | None = None,
        utid: str | None = None,
        order_status: str | None = None,
        line_item_status: str | None = None,
        campaign: str | None = None,
        purchase_order_number: str | None = None,
        min_amount: Decimal | int | None = None,
        max_amount: Decimal | int | None = None,
        currency_code: str | None = None,
        ptid: str | None = None,
        reward_name: str | None = None,
        sender_first_name: str | None = None,
        sender_last_name: str | None = None,
        sender_email: str | None = None,
        recipient_email: str | None = None,
        recipient_mobile_number: str | None = None,
        recipient_first_name: str | None = None,
        recipient_last_name: str | None = None,
        delivery_method: str | None = None,
        notes: str | None = None,
        line_item_notes: str | None = None,
        max_results: int = 100,
        **options: Unpack[RequestOptions],
    ) -> Paginator[v2.AsyncOrderSummary]:
        """Async orders of the platform, newest last, fetched lazily page by page (cursor pagination).

        Args:
            account_identifier: orders of this account
            customer_identifier: orders of this customer
            external_ref_id: the order with this externalRefID
            start_date: placed at or after this time
            end_date: placed at or before this time
            utid: orders with line items of this item
            order_status: orders with this status
            line_item_status: orders with line items in this status
            campaign: orders of this campaign
            purchase_order_number: orders with this purchase order number
            min_amount: orders with a line item of at least this face value
            max_amount: orders with a line item of at most this face value
            currency_code: orders with line items in this currency
            ptid: orders with line items of this printed template
            reward_name: orders with line items of this reward name
            sender_first_name: orders with this sender first name
            sender_last_name: orders with this sender last name
            sender_email: orders with this sender email
            recipient_email: orders with a line item for this email address
            recipient_mobile_number: orders with a line item for this mobile number
            recipient_first_name: orders with a line item for this first name
            recipient_last_name: orders with a line item for this last name
            delivery_method: orders with line items delivered this way
            notes: orders with these notes
            line_item_notes: orders with line items with these notes
            max_results: orders per page
        """
        path = "/asyncOrders"
        query = {
            "accountIdentifier": account_identifier,
            "customerIdentifier": customer_identifier,
            "externalRefID": external_ref_id,
            "startDate": date_param("start_date", start_date),
            "endDate": date_param("end_date", end_date),
            "utid": utid,
            "orderStatus": order_status,
            "lineItemStatus": line_item_status,
            "campaign": campaign,
            "purchaseOrderNumber": purchase_order_number,
            "minAmount": min_amount,
            "maxAmount": max_amount,
            "currencyCode": currency_code,
            "ptid": ptid,
            "rewardName": reward_name,
            "senderFirstName": sender_first_name,
            "senderLastName": sender_last_name,
            "senderEmail": sender_email,
            "recipientEmail": recipient_email,
            "recipientMobileNumber": recipient_mobile_number,
            "recipientFirstName": recipient_first_name,
            "recipientLastName": recipient_last_name,
            "deliveryMethod": delivery_method,
            "notes": notes,
            "lineItemNotes": line_item_notes,
        }
        return self._paginate(
            "v2-cursor",
            path,
            query,
            options,
            v2.AsyncOrderPage,
            items="orders",
            item=v2.AsyncOrderSummary,
            next_cursor="next_cursor",
            size=max_results,
        )

    @property
    def with_raw_response(self) -> AsyncOrdersWithRawResponse:
        """The same methods (lists aside), each answering with a RawResponse."""
        return cast(AsyncOrdersWithRawResponse, RawResource(self))


class AsyncOrdersWithRawResponse(Protocol):
    """``async_orders.with_raw_response``: status, headers, request_id, attempts, parsed."""

    @overload
    async def create(
        self, request: v2.AsyncOrderCreate, /, **options: Unpack[RequestOptions]
    ) -> RawResponse[_async_orders.AsyncOrderResult]: ...
    @overload
    async def create(
        self,
        *,
        customer_identifier: str,
        account_identifier: str,
        line_items: list[v2.AsyncLineItemCreate],
        external_ref_id: str | Unset = ...,
        sender: v2.Sender | Unset = ...,
        campaign: str | Unset = ...,
        purchase_order_number: str | Unset = ...,
        notes: str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[_async_orders.AsyncOrderResult]: ...
    async def get(
        self,
        customer_identifier: str,
        account_identifier: str,
        external_ref_id: str,
        *,
        external_ref_line_item_ids: list[str] | None = None,
        reference_line_item_ids: list[str] | None = None,
        failed_only: bool | None = None,
        max_results: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.AsyncOrderDetail]: ...
    @overload
    async def update(
        self,
        customer_identifier: str,
        account_identifier: str,
        external_ref_id: str,
        request: v2.AsyncOrderUpdate,
        /,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.AsyncOrderDetail]: ...
    @overload
    async def update(
        self,
        customer_identifier: str,
        account_identifier: str,
        external_ref_id: str,
        *,
        campaign: str | Unset = ...,
        purchase_order_number: str | Unset = ...,
        notes: str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.AsyncOrderDetail]: ...
    @overload
    async def update_line_item(
        self,
        reference_line_item_id: str,
        request: v2.AsyncLineItemUpdate,
        /,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.AsyncLineItemUpdated]: ...
    @overload
    async def update_line_item(
        self,
        reference_line_item_id: str,
        *,
        line_item_note: str | Unset = ...,
        delivery_date: str | Unset = ...,
        sender_info: v2.Sender | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.AsyncLineItemUpdated]: ...
    async def reason_codes(self, **options: Unpack[RequestOptions]) -> RawResponse[v2.AsyncReasonCodes]: ...


class Catalog(Resource):
    """The catalog operations of the v2 API."""

    api = "v2"

    async def get(
        self,
        *,
        verbose: bool | None = None,
        brand_key: str | None = None,
        brand_name: str | None = None,
        utid: str | None = None,
        reward_name: str | None = None,
        status: str | None = None,
        reward_type: list[str] | None = None,
        currency_code: str | None = None,
        country: str | None = None,
        item_attribute: list[str] | None = None,
        category_ids: list[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> v2.Catalog:
        """The platform's catalog: brands and their items, filtered as asked.

        Args:
            verbose: include every detail of brands and items
            brand_key: one brand, by key
            brand_name: brands with this name
            utid: the item with this utid
            reward_name: items with this reward name
            status: items with this status
            reward_type: items of these reward types
            currency_code: items in this currency
            country: items available in this country
            item_attribute: items with these attributes
            category_ids: brands filed under these categories
        """
        return await self._call(
            "GET",
            "/catalogs",
            options,
            v2.Catalog,
            query={
                "verbose": verbose,
                "brandKey": brand_key,
                "brandName": brand_name,
                "utid": utid,
                "rewardName": reward_name,
                "status": status,
                "rewardType": reward_type,
                "currencyCode": currency_code,
                "country": country,
                "itemAttribute": item_attribute,
                "categoryIds": category_ids,
            },
        )

    async def brand_categories(self, **options: Unpack[RequestOptions]) -> list[v2.BrandCategory]:
        """The categories brands are filed under (for the catalog's ``category_ids`` filter)."""
        response = await self._send("GET", "/brandCategories", options)
        return self._result(response, self._decode(response, v2.BrandCategories).brand_categories)

    @property
    def with_raw_response(self) -> CatalogWithRawResponse:
        """The same methods (lists aside), each answering with a RawResponse."""
        return cast(CatalogWithRawResponse, RawResource(self))


class CatalogWithRawResponse(Protocol):
    """``catalog.with_raw_response``: status, headers, request_id, attempts, parsed."""

    async def get(
        self,
        *,
        verbose: bool | None = None,
        brand_key: str | None = None,
        brand_name: str | None = None,
        utid: str | None = None,
        reward_name: str | None = None,
        status: str | None = None,
        reward_type: list[str] | None = None,
        currency_code: str | None = None,
        country: str | None = None,
        item_attribute: list[str] | None = None,
        category_ids: list[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.Catalog]: ...
    async def brand_categories(
        self, **options: Unpack[RequestOptions]
    ) -> RawResponse[list[v2.BrandCategory]]: ...


class CredentialTypes(Resource):
    """The credential types operations of the v2 API."""

    api = "v2"

    async def list(self, **options: Unpack[RequestOptions]) -> list[v2.CredentialTypeInfo]:
        """The credential types rewards may carry. New ones appear over time: show unknown ones as text."""
        return await self._call("GET", "/credentialtypes", options, list[v2.CredentialTypeInfo])

    @property
    def with_raw_response(self) -> CredentialTypesWithRawResponse:
        """The same methods (lists aside), each answering with a RawResponse."""
        return cast(CredentialTypesWithRawResponse, RawResource(self))


class CredentialTypesWithRawResponse(Protocol):
    """``credential_types.with_raw_response``: status, headers, request_id, attempts, parsed."""

    async def list(self, **options: Unpack[RequestOptions]) -> RawResponse[list[v2.CredentialTypeInfo]]: ...


class ExchangeRates(Resource):
    """The exchange rates operations of the v2 API."""

    api = "v2"

    def list(
        self,
        *,
        base_currency: list[str] | None = None,
        reward_currency: list[str] | None = None,
        max_results: int = 200,
        **options: Unpack[RequestOptions],
    ) -> Paginator[v2.ExchangeRate]:
        """Exchange rates, fetched lazily; each page's ``envelope.disclaimer`` carries Tango's disclaimer.

        Args:
            base_currency: rates from these currencies
            reward_currency: rates to these currencies
            max_results: items per page (at most 200)
        """
        path = "/exchangerates"
        query = {"baseCurrency": base_currency, "rewardCurrency": reward_currency}
        return self._paginate(
            "v2-cursor",
            path,
            query,
            options,
            v2.ExchangeRatePage,
            items="exchange_rates",
            item=v2.ExchangeRate,
            size=max_results,
        )


class CreditCards(Resource):
    """The credit cards operations of the v2 API."""

    api = "v2"

    @overload
    async def register(
        self, request: v2.CreditCardCreate, /, **options: Unpack[RequestOptions]
    ) -> v2.CreditCard: ...
    @overload
    async def register(
        self,
        *,
        customer_identifier: str,
        account_identifier: str,
        ip_address: str,
        label: str,
        credit_card: v2.CardDetails,
        billing_address: v2.BillingAddress,
        contact_information: list[v2.ContactInfo] | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> v2.CreditCard: ...
    async def register(self, request: v2.CreditCardCreate | None = None, **fields: Any) -> v2.CreditCard:
        """Register a card to an account (at most 10). It can fund the account from ``activation_date``.

        Args:
            ip_address: The IP address of the person registering the card.
        """
        body, options = self._body(v2.CreditCardCreate, request, fields)
        return await self._call("POST", "/creditCards", options, v2.CreditCard, body=body)

    async def get(self, token: str, **options: Unpack[RequestOptions]) -> v2.CreditCard:
        """One registered card.

        Args:
            token: the card's token
        """
        return await self._call("GET", f"/creditCards/{path_param('token', token)}", options, v2.CreditCard)

    @overload
    async def unregister(
        self, request: v2.CardUnregister, /, **options: Unpack[RequestOptions]
    ) -> v2.CardUnregistered: ...
    @overload
    async def unregister(
        self,
        *,
        customer_identifier: str,
        account_identifier: str,
        credit_card_token: str,
        **options: Unpack[RequestOptions],
    ) -> v2.CardUnregistered: ...
    async def unregister(
        self, request: v2.CardUnregister | None = None, **fields: Any
    ) -> v2.CardUnregistered:
        """Remove a card from an account."""
        body, options = self._body(v2.CardUnregister, request, fields)
        return await self._call("POST", "/creditCardUnregisters", options, v2.CardUnregistered, body=body)

    def list(
        self,
        *,
        customer_identifier: str | None = None,
        account_identifier: str | None = None,
        account_number: str | None = None,
        status: str | None = None,
        label: str | None = None,
        last_four_digits: str | None = None,
        token: str | None = None,
        expiration_date: str | None = None,
        email_address: str | None = None,
        full_name: str | None = None,
        show_inactive: bool | None = None,
        max_results: int = 200,
        **options: Unpack[RequestOptions],
    ) -> Paginator[v2.CreditCard]:
        """Registered cards, fetched lazily (cursor pagination).

        Args:
            customer_identifier: cards of this customer
            account_identifier: cards of this account
            account_number: cards of the account with this number
            status: cards with this status
            label: cards with this label
            last_four_digits: cards ending with these digits
            token: the card with this token
            expiration_date: cards expiring then (YYYY-MM)
            email_address: cards with this contact address
            full_name: cards with this contact name
            show_inactive: include inactive cards
            max_results: items per page (at most 200)
        """
        path = "/creditCards"
        query = {
            "customerIdentifier": customer_identifier,
            "accountIdentifier": account_identifier,
            "accountNumber": account_number,
            "status": status,
            "label": label,
            "lastFourDigits": last_four_digits,
            "token": token,
            "expirationDate": expiration_date,
            "emailAddress": email_address,
            "fullName": full_name,
            "showInactive": show_inactive,
        }
        return self._paginate(
            "v2-cursor",
            path,
            query,
            options,
            v2.CreditCardPage,
            items="items",
            item=v2.CreditCard,
            size=max_results,
        )

    @property
    def with_raw_response(self) -> CreditCardsWithRawResponse:
        """The same methods (lists aside), each answering with a RawResponse."""
        return cast(CreditCardsWithRawResponse, RawResource(self))


class CreditCardsWithRawResponse(Protocol):
    """``credit_cards.with_raw_response``: status, headers, request_id, attempts, parsed."""

    @overload
    async def register(
        self, request: v2.CreditCardCreate, /, **options: Unpack[RequestOptions]
    ) -> RawResponse[v2.CreditCard]: ...
    @overload
    async def register(
        self,
        *,
        customer_identifier: str,
        account_identifier: str,
        ip_address: str,
        label: str,
        credit_card: v2.CardDetails,
        billing_address: v2.BillingAddress,
        contact_information: list[v2.ContactInfo] | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.CreditCard]: ...
    async def get(self, token: str, **options: Unpack[RequestOptions]) -> RawResponse[v2.CreditCard]: ...
    @overload
    async def unregister(
        self, request: v2.CardUnregister, /, **options: Unpack[RequestOptions]
    ) -> RawResponse[v2.CardUnregistered]: ...
    @overload
    async def unregister(
        self,
        *,
        customer_identifier: str,
        account_identifier: str,
        credit_card_token: str,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.CardUnregistered]: ...


class Deposits(Resource):
    """The deposits operations of the v2 API."""

    api = "v2"

    @overload
    async def create(self, request: v2.DepositCreate, /, **options: Unpack[RequestOptions]) -> v2.Deposit: ...
    @overload
    async def create(
        self,
        *,
        customer_identifier: str,
        account_identifier: str,
        credit_card_token: str,
        amount: Decimal | int | float | str,
        external_ref_id: str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> v2.Deposit: ...
    async def create(self, request: v2.DepositCreate | None = None, **fields: Any) -> v2.Deposit:
        """Fund an account from a registered card (USD; the card is charged the amount plus a fee).

        The externalRefID (yours, or one generated now) is sent on every attempt. The API answers a
        repeated externalRefID with 409: after an ambiguous first attempt, that 409 means the first one
        went through.

        Raises:
            AlreadyApplied: the deposit went through but its answer was lost (the retry was refused as a
                duplicate externalRefID).
            Conflict: a deposit with this externalRefID existed before this call.

        Args:
            amount: USD, at most 2 decimals; the allowed range is the platform's (422.052 outside it).
            external_ref_id: Must be unique; the client sends one on every deposit so a retry cannot fund
                twice.
        """
        body, options = self._body(v2.DepositCreate, request, fields)
        body, key = self._keyed(body, "external_ref_id", "deposit")
        return await self._call(
            "POST",
            "/creditCardDeposits",
            options,
            v2.Deposit,
            body=body,
            key=key,
            on_unknown=_funding.raise_if_applied,
        )

    async def get(self, reference_deposit_id: str, **options: Unpack[RequestOptions]) -> v2.Deposit:
        """One deposit (its status may move from Pending to Success or Declined).

        Args:
            reference_deposit_id: the deposit's referenceDepositID
        """
        return await self._call(
            "GET",
            f"/creditCardDeposits/{path_param('reference_deposit_id', reference_deposit_id)}",
            options,
            v2.Deposit,
        )

    @property
    def with_raw_response(self) -> DepositsWithRawResponse:
        """The same methods (lists aside), each answering with a RawResponse."""
        return cast(DepositsWithRawResponse, RawResource(self))


class DepositsWithRawResponse(Protocol):
    """``deposits.with_raw_response``: status, headers, request_id, attempts, parsed."""

    @overload
    async def create(
        self, request: v2.DepositCreate, /, **options: Unpack[RequestOptions]
    ) -> RawResponse[v2.Deposit]: ...
    @overload
    async def create(
        self,
        *,
        customer_identifier: str,
        account_identifier: str,
        credit_card_token: str,
        amount: Decimal | int | float | str,
        external_ref_id: str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.Deposit]: ...
    async def get(
        self, reference_deposit_id: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[v2.Deposit]: ...


class Transfers(Resource):
    """The transfers operations of the v2 API."""

    api = "v2"

    @overload
    async def create(
        self, request: v2.TransferCreate, /, **options: Unpack[RequestOptions]
    ) -> v2.Transfer: ...
    @overload
    async def create(
        self,
        *,
        transfer_from: str,
        transfer_to: str,
        amount: Decimal | int | float | str,
        transfer_notes: str | Unset = ...,
        external_ref_id: str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> v2.Transfer: ...
    async def create(self, request: v2.TransferCreate | None = None, **fields: Any) -> v2.Transfer:
        """Move money between two accounts of the platform (by accountIdentifier).

        The externalRefID (yours, or one generated now) is sent on every attempt; a repeated one is
        refused with 409.

        Raises:
            AlreadyApplied: the transfer went through but its answer was lost (the retry was refused as a
                duplicate externalRefID).
            Conflict: a transfer with this externalRefID existed before this call.

        Args:
            transfer_from: The source accountIdentifier.
            transfer_to: The destination accountIdentifier.
            external_ref_id: Must be unique; the client sends one on every transfer so a retry cannot move
                money twice.
        """
        body, options = self._body(v2.TransferCreate, request, fields)
        body, key = self._keyed(body, "external_ref_id", "transfer")
        return await self._call(
            "POST",
            "/transferFunds",
            options,
            v2.Transfer,
            body=body,
            key=key,
            on_unknown=_funding.raise_if_applied,
        )

    @property
    def with_raw_response(self) -> TransfersWithRawResponse:
        """The same methods (lists aside), each answering with a RawResponse."""
        return cast(TransfersWithRawResponse, RawResource(self))


class TransfersWithRawResponse(Protocol):
    """``transfers.with_raw_response``: status, headers, request_id, attempts, parsed."""

    @overload
    async def create(
        self, request: v2.TransferCreate, /, **options: Unpack[RequestOptions]
    ) -> RawResponse[v2.Transfer]: ...
    @overload
    async def create(
        self,
        *,
        transfer_from: str,
        transfer_to: str,
        amount: Decimal | int | float | str,
        transfer_notes: str | Unset = ...,
        external_ref_id: str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.Transfer]: ...


class Webhooks(Resource):
    """The webhooks operations of the v2 API."""

    api = "v2"

    @overload
    async def create(self, request: v2.WebhookCreate, /, **options: Unpack[RequestOptions]) -> v2.Webhook: ...
    @overload
    async def create(
        self,
        *,
        url: str,
        headers: list[v2.WebhookHeader] | Unset = ...,
        categories: list[str] | Unset = ...,
        event_types: list[str] | Unset = ...,
        signing_certificate: str | Unset = ...,
        hmac_shared_secret_key: str | Unset = ...,
        payload_verification_method: v2.PayloadVerificationMethod | str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> v2.Webhook: ...
    async def create(self, request: v2.WebhookCreate | None = None, **fields: Any) -> v2.Webhook:
        """Subscribe a URL to webhook events.

        Name categories and/or eventTypes. Choose payloadVerificationMethod X509 (signingCertificate) or
        HMAC (hmacSharedSecretKey); the subscription expires at expiresAt unless renewed.

        Args:
            url: The URL of your webhook listener (HTTPS).
            headers: Headers Tango sends with every delivery, for your endpoint's own authentication.
            categories: Categories to subscribe to (ITEM, ACCOUNT, REWARD, ORDER, PLATFORM). Optional if
                eventTypes are given.
            event_types: Event types to subscribe to (e.g. LowBalance). Optional if categories are given.
            signing_certificate: Your X.509 certificate (single-line base64 DER, no PEM headers, RSA
                2048): used for X509.
            hmac_shared_secret_key: The base64 HMAC key: used for HMAC (masked in reprs).
            payload_verification_method: How Tango signs deliveries.
        """
        body, options = self._body(v2.WebhookCreate, request, fields)
        return await self._call("POST", "/webhooks", options, v2.Webhook, body=body)

    def event_types(
        self, *, category: str | None = None, max_results: int = 200, **options: Unpack[RequestOptions]
    ) -> Paginator[v2.WebhookEventType]:
        """The event types a subscription can name, page by page.

        Args:
            category: only this category's event types
            max_results: items per page (at most 200)
        """
        path = "/webhooks/eventtypes"
        query = {"category": category}
        return self._paginate(
            "v2-cursor",
            path,
            query,
            options,
            v2.WebhookEventTypePage,
            items="items",
            item=v2.WebhookEventType,
            size=max_results,
        )

    async def get(self, webhook_id: str, **options: Unpack[RequestOptions]) -> v2.Webhook:
        """One subscription.

        Args:
            webhook_id: the subscription
        """
        return await self._call(
            "GET", f"/webhooks/{path_param('webhook_id', webhook_id)}", options, v2.Webhook
        )

    @overload
    async def update(
        self, webhook_id: str, request: v2.WebhookUpdate, /, **options: Unpack[RequestOptions]
    ) -> v2.Webhook: ...
    @overload
    async def update(
        self,
        webhook_id: str,
        *,
        url: str | Unset = ...,
        headers: list[v2.WebhookHeader] | Unset = ...,
        categories: list[str] | Unset = ...,
        event_types: list[str] | Unset = ...,
        signing_certificate: str | Unset = ...,
        hmac_shared_secret_key: str | Unset = ...,
        payload_verification_method: v2.PayloadVerificationMethod | str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> v2.Webhook: ...
    async def update(
        self, webhook_id: str, request: v2.WebhookUpdate | None = None, **fields: Any
    ) -> v2.Webhook:
        """Change a subscription. Fields left out stay as they are.

        Args:
            webhook_id: the subscription
            url: The URL of your webhook listener (HTTPS).
            headers: Headers Tango sends with every delivery, for your endpoint's own authentication.
            categories: Categories to subscribe to (ITEM, ACCOUNT, REWARD, ORDER, PLATFORM). Optional if
                eventTypes are given.
            event_types: Event types to subscribe to (e.g. LowBalance). Optional if categories are given.
            signing_certificate: Your X.509 certificate (single-line base64 DER, no PEM headers, RSA
                2048): used for X509.
            hmac_shared_secret_key: The base64 HMAC key: used for HMAC (masked in reprs).
            payload_verification_method: How Tango signs deliveries.
        """
        body, options = self._body(v2.WebhookUpdate, request, fields)
        return await self._call(
            "PATCH",
            f"/webhooks/{path_param('webhook_id', webhook_id)}",
            options,
            v2.Webhook,
            body=body,
            idempotent=True,
        )

    async def delete(self, webhook_id: str, **options: Unpack[RequestOptions]) -> None:
        """End a subscription: no more deliveries.

        Args:
            webhook_id: the subscription
        """
        return await self._call(
            "DELETE", f"/webhooks/{path_param('webhook_id', webhook_id)}", options, None, idempotent=True
        )

    def events(
        self,
        webhook_id: str,
        *,
        from_revision: int | None = None,
        to_revision: int | None = None,
        max_results: int = 200,
        **options: Unpack[RequestOptions],
    ) -> Paginator[v2.WebhookEvent]:
        """A subscription's events in revision order, page by page; eventData as sent.

        Args:
            webhook_id: the subscription
            from_revision: the first revision
            to_revision: the last revision
            max_results: items per page (at most 200)
        """
        path = f"/webhooks/{path_param('webhook_id', webhook_id)}/events"
        query = {"fromRevision": from_revision, "toRevision": to_revision}
        return self._paginate(
            "v2-cursor",
            path,
            query,
            options,
            v2.WebhookEventPage,
            items="items",
            item=v2.WebhookEvent,
            size=max_results,
        )

    async def replay(
        self,
        webhook_id: str,
        *,
        from_revision: int | None = None,
        to_revision: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Deliver a subscription's events again, from fromRevision (to toRevision).

        Replayed events keep their eventId, so a receiver that deduplicates handles each once.

        Args:
            webhook_id: the subscription
            from_revision: the first revision to deliver again
            to_revision: the last revision (default: the latest)
        """
        return await self._call(
            "POST",
            f"/webhooks/{path_param('webhook_id', webhook_id)}/replay",
            options,
            None,
            query={"fromRevision": from_revision, "toRevision": to_revision},
            idempotent=True,
        )

    async def renew(self, webhook_id: str, **options: Unpack[RequestOptions]) -> v2.WebhookRenewal:
        """Extend a subscription before it expires.

        Args:
            webhook_id: the subscription
        """
        return await self._call(
            "POST",
            f"/webhooks/{path_param('webhook_id', webhook_id)}/renew",
            options,
            v2.WebhookRenewal,
            idempotent=True,
        )

    async def test(
        self, webhook_id: str, test_name: str | None = None, **options: Unpack[RequestOptions]
    ) -> None:
        """Deliver a sample event of one family to the subscription's URL.

        Args:
            webhook_id: the subscription
            test_name: ConnectivityTest (the default), ItemAvailability, RewardStatus, Transaction,
                LowBalance, AccountStatus, CredentialStatus, LineItemDeliveryStatus, AsyncOrderStatus or
                ExchangeRatesStatus
        """
        return await self._call(
            "POST",
            f"/webhooks/{path_param('webhook_id', webhook_id)}/tests"
            if test_name is None
            else f"/webhooks/{path_param('webhook_id', webhook_id)}/tests/{path_param('test_name', test_name)}",
            options,
            None,
        )

    def list(
        self,
        *,
        url: str | None = None,
        header_name: str | None = None,
        header_value: str | None = None,
        categories: list[str] | None = None,
        event_types: list[str] | None = None,
        expires_at_from: datetime | None = None,
        expires_at_to: datetime | None = None,
        created_at_from: datetime | None = None,
        created_at_to: datetime | None = None,
        max_results: int = 200,
        **options: Unpack[RequestOptions],
    ) -> Paginator[v2.Webhook]:
        """Every webhook subscription, fetched lazily page by page (cursor pagination).

        Args:
            url: subscriptions to this URL
            header_name: subscriptions sending this header
            header_value: subscriptions sending a header with this value
            categories: subscriptions to any of these categories
            event_types: subscriptions to any of these event types
            expires_at_from: expiring at or after
            expires_at_to: expiring at or before
            created_at_from: created at or after
            created_at_to: created at or before
            max_results: items per page (at most 200)
        """
        path = "/webhooks"
        query = {
            "url": url,
            "headerName": header_name,
            "headerValue": header_value,
            "categories": categories,
            "eventTypes": event_types,
            "expiresAtFrom": date_param("expires_at_from", expires_at_from),
            "expiresAtTo": date_param("expires_at_to", expires_at_to),
            "createdAtFrom": date_param("created_at_from", created_at_from),
            "createdAtTo": date_param("created_at_to", created_at_to),
        }
        return self._paginate(
            "v2-cursor",
            path,
            query,
            options,
            v2.WebhookPage,
            items="items",
            item=v2.Webhook,
            size=max_results,
        )

    @property
    def with_raw_response(self) -> WebhooksWithRawResponse:
        """The same methods (lists aside), each answering with a RawResponse."""
        return cast(WebhooksWithRawResponse, RawResource(self))


class WebhooksWithRawResponse(Protocol):
    """``webhooks.with_raw_response``: status, headers, request_id, attempts, parsed."""

    @overload
    async def create(
        self, request: v2.WebhookCreate, /, **options: Unpack[RequestOptions]
    ) -> RawResponse[v2.Webhook]: ...
    @overload
    async def create(
        self,
        *,
        url: str,
        headers: list[v2.WebhookHeader] | Unset = ...,
        categories: list[str] | Unset = ...,
        event_types: list[str] | Unset = ...,
        signing_certificate: str | Unset = ...,
        hmac_shared_secret_key: str | Unset = ...,
        payload_verification_method: v2.PayloadVerificationMethod | str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.Webhook]: ...
    async def get(self, webhook_id: str, **options: Unpack[RequestOptions]) -> RawResponse[v2.Webhook]: ...
    @overload
    async def update(
        self, webhook_id: str, request: v2.WebhookUpdate, /, **options: Unpack[RequestOptions]
    ) -> RawResponse[v2.Webhook]: ...
    @overload
    async def update(
        self,
        webhook_id: str,
        *,
        url: str | Unset = ...,
        headers: list[v2.WebhookHeader] | Unset = ...,
        categories: list[str] | Unset = ...,
        event_types: list[str] | Unset = ...,
        signing_certificate: str | Unset = ...,
        hmac_shared_secret_key: str | Unset = ...,
        payload_verification_method: v2.PayloadVerificationMethod | str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.Webhook]: ...
    async def delete(self, webhook_id: str, **options: Unpack[RequestOptions]) -> RawResponse[None]: ...
    async def replay(
        self,
        webhook_id: str,
        *,
        from_revision: int | None = None,
        to_revision: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[None]: ...
    async def renew(
        self, webhook_id: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[v2.WebhookRenewal]: ...
    async def test(
        self, webhook_id: str, test_name: str | None = None, **options: Unpack[RequestOptions]
    ) -> RawResponse[None]: ...


class Status(Resource):
    """The status operations of the v2 API."""

    api = "v2"

    async def get(self, **options: Unpack[RequestOptions]) -> v2.SystemStatus:
        """The platform's status (``UP`` when it is serving); needs no credentials."""
        return await self._call("GET", "/pulse", options, v2.SystemStatus)

    @property
    def with_raw_response(self) -> StatusWithRawResponse:
        """The same methods (lists aside), each answering with a RawResponse."""
        return cast(StatusWithRawResponse, RawResource(self))


class StatusWithRawResponse(Protocol):
    """``status.with_raw_response``: status, headers, request_id, attempts, parsed."""

    async def get(self, **options: Unpack[RequestOptions]) -> RawResponse[v2.SystemStatus]: ...


class LowBalanceAlerts(Resource):
    """The low balance alerts operations of the v2 API."""

    api = "v2"

    @overload
    async def create(
        self,
        customer_identifier: str,
        account_identifier: str,
        request: v2.LowBalanceAlertCreate,
        /,
        **options: Unpack[RequestOptions],
    ) -> v2.LowBalanceAlert: ...
    @overload
    async def create(
        self,
        customer_identifier: str,
        account_identifier: str,
        *,
        balance_alert_display_name: str | Unset = ...,
        balance_alert_threshold: Decimal | int | float | str | Unset = ...,
        balance_alert_notification: list[str] | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> v2.LowBalanceAlert: ...
    async def create(
        self,
        customer_identifier: str,
        account_identifier: str,
        request: v2.LowBalanceAlertCreate | None = None,
        **fields: Any,
    ) -> v2.LowBalanceAlert:
        """Alert when the account's balance falls below a threshold.

        Args:
            customer_identifier: the customer owning the account
            account_identifier: the account
            balance_alert_display_name: a friendly name for the alert (shown in Tango's portal)
            balance_alert_threshold: the balance under which the alert fires
            balance_alert_notification: addresses the low-balance emails go to
        """
        body, options = self._body(v2.LowBalanceAlertCreate, request, fields)
        return await self._call(
            "POST",
            f"/customers/{path_param('customer_identifier', customer_identifier)}/accounts/{path_param('account_identifier', account_identifier)}/lowbalance",
            options,
            v2.LowBalanceAlert,
            body=body,
        )

    async def get(
        self,
        customer_identifier: str,
        account_identifier: str,
        balance_alert_id: str,
        **options: Unpack[RequestOptions],
    ) -> v2.LowBalanceAlert:
        """One low-balance alert.

        Args:
            customer_identifier: the customer owning the account
            account_identifier: the account
            balance_alert_id: the alert's id
        """
        return await self._call(
            "GET",
            f"/customers/{path_param('customer_identifier', customer_identifier)}/accounts/{path_param('account_identifier', account_identifier)}/lowbalance/{path_param('balance_alert_id', balance_alert_id)}",
            options,
            v2.LowBalanceAlert,
        )

    @overload
    async def update(
        self,
        customer_identifier: str,
        account_identifier: str,
        balance_alert_id: str,
        request: v2.LowBalanceAlertUpdate,
        /,
        **options: Unpack[RequestOptions],
    ) -> v2.LowBalanceAlert: ...
    @overload
    async def update(
        self,
        customer_identifier: str,
        account_identifier: str,
        balance_alert_id: str,
        *,
        balance_alert_display_name: str | Unset = ...,
        balance_alert_threshold: Decimal | int | float | str | Unset = ...,
        balance_alert_notification: list[str] | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> v2.LowBalanceAlert: ...
    async def update(
        self,
        customer_identifier: str,
        account_identifier: str,
        balance_alert_id: str,
        request: v2.LowBalanceAlertUpdate | None = None,
        **fields: Any,
    ) -> v2.LowBalanceAlert:
        """Change a low-balance alert. Fields left out stay as they are.

        Args:
            customer_identifier: the customer owning the account
            account_identifier: the account
            balance_alert_id: the alert's id
        """
        body, options = self._body(v2.LowBalanceAlertUpdate, request, fields)
        return await self._call(
            "PATCH",
            f"/customers/{path_param('customer_identifier', customer_identifier)}/accounts/{path_param('account_identifier', account_identifier)}/lowbalance/{path_param('balance_alert_id', balance_alert_id)}",
            options,
            v2.LowBalanceAlert,
            body=body,
            idempotent=True,
        )

    async def delete(
        self,
        customer_identifier: str,
        account_identifier: str,
        balance_alert_id: str,
        **options: Unpack[RequestOptions],
    ) -> v2.LowBalanceAlertDeleted:
        """Delete a low-balance alert.

        Args:
            customer_identifier: the customer owning the account
            account_identifier: the account
            balance_alert_id: the alert's id
        """
        return await self._call(
            "DELETE",
            f"/customers/{path_param('customer_identifier', customer_identifier)}/accounts/{path_param('account_identifier', account_identifier)}/lowbalance/{path_param('balance_alert_id', balance_alert_id)}",
            options,
            v2.LowBalanceAlertDeleted,
            idempotent=True,
        )

    def list(
        self,
        customer_identifier: str,
        account_identifier: str,
        *,
        balance_alert_display_name: str | None = None,
        balance_alert_threshold: Decimal | int | None = None,
        balance_alert_notification: str | None = None,
        elements_per_block: int = 100,
        **options: Unpack[RequestOptions],
    ) -> Paginator[v2.LowBalanceAlert]:
        """The account's low-balance alerts, fetched lazily page by page.

        Args:
            customer_identifier: the customer owning the account
            account_identifier: the account
            balance_alert_display_name: alerts with this name
            balance_alert_threshold: alerts with this threshold
            balance_alert_notification: alerts notifying this address
            elements_per_block: items per page
        """
        path = f"/customers/{path_param('customer_identifier', customer_identifier)}/accounts/{path_param('account_identifier', account_identifier)}/lowbalance"
        query = {
            "balanceAlertDisplayName": balance_alert_display_name,
            "balanceAlertThreshold": balance_alert_threshold,
            "balanceAlertNotification": balance_alert_notification,
        }
        return self._paginate(
            "v2-page-number",
            path,
            query,
            options,
            v2.LowBalanceAlertList,
            items="low_balance_alerts",
            total="page.total_elements",
            size=elements_per_block,
        )

    @property
    def with_raw_response(self) -> LowBalanceAlertsWithRawResponse:
        """The same methods (lists aside), each answering with a RawResponse."""
        return cast(LowBalanceAlertsWithRawResponse, RawResource(self))


class LowBalanceAlertsWithRawResponse(Protocol):
    """``low_balance_alerts.with_raw_response``: status, headers, request_id, attempts, parsed."""

    @overload
    async def create(
        self,
        customer_identifier: str,
        account_identifier: str,
        request: v2.LowBalanceAlertCreate,
        /,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.LowBalanceAlert]: ...
    @overload
    async def create(
        self,
        customer_identifier: str,
        account_identifier: str,
        *,
        balance_alert_display_name: str | Unset = ...,
        balance_alert_threshold: Decimal | int | float | str | Unset = ...,
        balance_alert_notification: list[str] | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.LowBalanceAlert]: ...
    async def get(
        self,
        customer_identifier: str,
        account_identifier: str,
        balance_alert_id: str,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.LowBalanceAlert]: ...
    @overload
    async def update(
        self,
        customer_identifier: str,
        account_identifier: str,
        balance_alert_id: str,
        request: v2.LowBalanceAlertUpdate,
        /,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.LowBalanceAlert]: ...
    @overload
    async def update(
        self,
        customer_identifier: str,
        account_identifier: str,
        balance_alert_id: str,
        *,
        balance_alert_display_name: str | Unset = ...,
        balance_alert_threshold: Decimal | int | float | str | Unset = ...,
        balance_alert_notification: list[str] | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.LowBalanceAlert]: ...
    async def delete(
        self,
        customer_identifier: str,
        account_identifier: str,
        balance_alert_id: str,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.LowBalanceAlertDeleted]: ...


class LineItems(Resource):
    """The line items operations of the v2 API."""

    api = "v2"

    async def reason_codes(self, **options: Unpack[RequestOptions]) -> v2.ReasonCodes:
        """The reason codes each line-item action takes."""
        return await self._call("GET", "/lineItems/reasonCodes", options, v2.ReasonCodes)

    async def get(self, reference_line_item_id: str, **options: Unpack[RequestOptions]) -> v2.LineItem:
        """One line item, with its reward and histories.

        Args:
            reference_line_item_id: the line item
        """
        return await self._call(
            "GET",
            f"/lineItems/{path_param('reference_line_item_id', reference_line_item_id)}",
            options,
            v2.LineItem,
        )

    @overload
    async def update(
        self, reference_line_item_id: str, request: v2.LineItemUpdate, /, **options: Unpack[RequestOptions]
    ) -> None: ...
    @overload
    async def update(
        self,
        reference_line_item_id: str,
        *,
        purchase_order_number: str | Unset = ...,
        campaign: str | Unset = ...,
        order_notes: str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> None: ...
    async def update(
        self, reference_line_item_id: str, request: v2.LineItemUpdate | None = None, **fields: Any
    ) -> None:
        """Change a line item's purchase order number, campaign or notes.

        Args:
            reference_line_item_id: the line item
        """
        body, options = self._body(v2.LineItemUpdate, request, fields)
        return await self._call(
            "PATCH",
            f"/lineItems/{path_param('reference_line_item_id', reference_line_item_id)}",
            options,
            None,
            body=body,
            idempotent=True,
        )

    @overload
    async def cancel(
        self, reference_line_item_id: str, request: v2.LineItemAction, /, **options: Unpack[RequestOptions]
    ) -> None: ...
    @overload
    async def cancel(
        self,
        reference_line_item_id: str,
        *,
        reason_code: str,
        other_reason: str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> None: ...
    async def cancel(
        self, reference_line_item_id: str, request: v2.LineItemAction | None = None, **fields: Any
    ) -> None:
        """Cancel a line item; its charge goes back to the account.

        Args:
            reference_line_item_id: the line item
            reason_code: a code of GET /lineItems/reasonCodes for this action
            other_reason: required by Tango when the code is OTHER
        """
        body, options = self._body(v2.LineItemAction, request, fields)
        return await self._call(
            "POST",
            f"/lineItems/{path_param('reference_line_item_id', reference_line_item_id)}/cancel",
            options,
            None,
            body=body,
        )

    @overload
    async def freeze(
        self, reference_line_item_id: str, request: v2.LineItemAction, /, **options: Unpack[RequestOptions]
    ) -> None: ...
    @overload
    async def freeze(
        self,
        reference_line_item_id: str,
        *,
        reason_code: str,
        other_reason: str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> None: ...
    async def freeze(
        self, reference_line_item_id: str, request: v2.LineItemAction | None = None, **fields: Any
    ) -> None:
        """Freeze a line item: it cannot be redeemed or resent until unfrozen.

        Args:
            reference_line_item_id: the line item
            reason_code: a code of GET /lineItems/reasonCodes for this action
            other_reason: required by Tango when the code is OTHER
        """
        body, options = self._body(v2.LineItemAction, request, fields)
        return await self._call(
            "POST",
            f"/lineItems/{path_param('reference_line_item_id', reference_line_item_id)}/freeze",
            options,
            None,
            body=body,
        )

    @overload
    async def unfreeze(
        self, reference_line_item_id: str, request: v2.LineItemAction, /, **options: Unpack[RequestOptions]
    ) -> None: ...
    @overload
    async def unfreeze(
        self,
        reference_line_item_id: str,
        *,
        reason_code: str,
        other_reason: str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> None: ...
    async def unfreeze(
        self, reference_line_item_id: str, request: v2.LineItemAction | None = None, **fields: Any
    ) -> None:
        """Unfreeze a frozen line item.

        Args:
            reference_line_item_id: the line item
            reason_code: a code of GET /lineItems/reasonCodes for this action
            other_reason: required by Tango when the code is OTHER
        """
        body, options = self._body(v2.LineItemAction, request, fields)
        return await self._call(
            "POST",
            f"/lineItems/{path_param('reference_line_item_id', reference_line_item_id)}/unfreeze",
            options,
            None,
            body=body,
        )

    @overload
    async def reissue(
        self, reference_line_item_id: str, request: v2.LineItemReissue, /, **options: Unpack[RequestOptions]
    ) -> v2.Order: ...
    @overload
    async def reissue(
        self,
        reference_line_item_id: str,
        *,
        reason_code: str,
        other_reason: str | Unset = ...,
        amount: Decimal | int | float | str | Unset = ...,
        delivery_method: v2.ReissueDeliveryMethod | str | Unset = ...,
        recipient: v2.ReissueRecipient | Unset = ...,
        notes: str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> v2.Order: ...
    async def reissue(
        self, reference_line_item_id: str, request: v2.LineItemReissue | None = None, **fields: Any
    ) -> v2.Order:
        """Cancel a line item and issue a new one in its place.

        Args:
            reference_line_item_id: the line item
            reason_code: a code of GET /lineItems/reasonCodes for this action
        """
        body, options = self._body(v2.LineItemReissue, request, fields)
        return await self._call(
            "POST",
            f"/lineItems/{path_param('reference_line_item_id', reference_line_item_id)}/reissue",
            options,
            v2.Order,
            body=body,
        )

    @overload
    async def resend(
        self, reference_line_item_id: str, request: v2.LineItemResend, /, **options: Unpack[RequestOptions]
    ) -> v2.LineItemResent: ...
    @overload
    async def resend(
        self,
        reference_line_item_id: str,
        *,
        new_delivery_method: str | Unset = ...,
        new_email: str | Unset = ...,
        new_mobile_number: str | Unset = ...,
        new_etid: str | Unset = ...,
        reason_code: str | Unset = ...,
        other_reason: str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> v2.LineItemResent: ...
    async def resend(
        self, reference_line_item_id: str, request: v2.LineItemResend | None = None, **fields: Any
    ) -> v2.LineItemResent:
        """Send a line item's reward again, optionally another way or to another address.

        Args:
            reference_line_item_id: the line item
        """
        body, options = self._body(v2.LineItemResend, request, fields)
        return await self._call(
            "POST",
            f"/lineItems/{path_param('reference_line_item_id', reference_line_item_id)}/resends",
            options,
            v2.LineItemResent,
            body=body,
        )

    async def embedded_url(
        self, reference_line_item_id: str, **options: Unpack[RequestOptions]
    ) -> v2.EmbeddedUrl:
        """The URL that shows the reward embedded in a page.

        Args:
            reference_line_item_id: the line item
        """
        return await self._call(
            "GET",
            f"/lineItems/{path_param('reference_line_item_id', reference_line_item_id)}/embeddedUrl",
            options,
            v2.EmbeddedUrl,
        )

    def list(
        self,
        *,
        reference_order_id: str | None = None,
        external_ref_id: str | None = None,
        utid: str | None = None,
        ptid: str | None = None,
        etid: str | None = None,
        status: str | None = None,
        email_status: str | None = None,
        delivery_method: str | None = None,
        delivery_status: str | None = None,
        order_status: str | None = None,
        order_source: str | None = None,
        recipient_email: str | None = None,
        recipient_first_name: str | None = None,
        recipient_last_name: str | None = None,
        recipient_mobile_number: str | None = None,
        recipient_street_line1: str | None = None,
        recipient_street_line2: str | None = None,
        recipient_city: str | None = None,
        recipient_state_or_province: str | None = None,
        recipient_postal_code: str | None = None,
        recipient_country: str | None = None,
        account_identifier: str | None = None,
        campaign: str | None = None,
        purchase_order_number: str | None = None,
        order_notes: str | None = None,
        column_sort_name: str | None = None,
        start_date: datetime | None = None,
        end_date: datetime | None = None,
        column_sort_ascending: bool | None = None,
        min_remaining_balance: Decimal | int | None = None,
        max_remaining_balance: Decimal | int | None = None,
        has_remaining_balance: bool | None = None,
        elements_per_block: int = 100,
        **options: Unpack[RequestOptions],
    ) -> Paginator[v2.LineItem]:
        """Line items matching the filters, newest first unless sorted ascending, fetched lazily page by
        page.

        Args:
            reference_order_id: line items of this order
            external_ref_id: line items of the order with this externalRefID
            utid: line items of this item
            ptid: line items with this printed template
            etid: line items with this digital template
            status: line items with this status
            email_status: line items with this email status
            delivery_method: line items delivered this way
            delivery_status: line items with this delivery status
            order_status: line items of orders with this status
            order_source: line items of orders from this source (RA, RG, BE, BI, CI, QW, AA)
            recipient_email: line items sent to this address
            recipient_first_name: line items for this first name
            recipient_last_name: line items for this last name
            recipient_mobile_number: only line items with this recipient mobile number
            recipient_street_line1: only line items with this recipient street line 1
            recipient_street_line2: only line items with this recipient street line 2
            recipient_city: only line items with this recipient city
            recipient_state_or_province: only line items with this recipient state or province
            recipient_postal_code: only line items with this recipient postal code
            recipient_country: only line items with this recipient country
            account_identifier: line items of this account
            campaign: line items of this campaign
            purchase_order_number: line items with this purchase order number
            order_notes: line items with these order notes
            column_sort_name: the column to sort by (default dateIssued)
            start_date: line items issued at or after this time
            end_date: line items issued at or before this time
            column_sort_ascending: oldest first
            min_remaining_balance: at least this much left
            max_remaining_balance: at most this much left
            has_remaining_balance: whether something is left
            elements_per_block: items per page
        """
        path = "/lineItems"
        query = {
            "referenceOrderID": reference_order_id,
            "externalRefID": external_ref_id,
            "utid": utid,
            "ptid": ptid,
            "etid": etid,
            "status": status,
            "emailStatus": email_status,
            "deliveryMethod": delivery_method,
            "deliveryStatus": delivery_status,
            "orderStatus": order_status,
            "orderSource": order_source,
            "recipientEmail": recipient_email,
            "recipientFirstName": recipient_first_name,
            "recipientLastName": recipient_last_name,
            "recipientMobileNumber": recipient_mobile_number,
            "recipientStreetLine1": recipient_street_line1,
            "recipientStreetLine2": recipient_street_line2,
            "recipientCity": recipient_city,
            "recipientStateOrProvince": recipient_state_or_province,
            "recipientPostalCode": recipient_postal_code,
            "recipientCountry": recipient_country,
            "accountIdentifier": account_identifier,
            "campaign": campaign,
            "purchaseOrderNumber": purchase_order_number,
            "orderNotes": order_notes,
            "columnSortName": column_sort_name,
            "startDate": date_param("start_date", start_date),
            "endDate": date_param("end_date", end_date),
            "columnSortAscending": column_sort_ascending,
            "minRemainingBalance": min_remaining_balance,
            "maxRemainingBalance": max_remaining_balance,
            "hasRemainingBalance": has_remaining_balance,
        }
        return self._paginate(
            "v2-keyset",
            path,
            query,
            options,
            v2.LineItemList,
            items="line_items",
            total="keyset_page.total_count",
            next_keys="keyset_page.next_page_keys",
            size=elements_per_block,
        )

    @property
    def with_raw_response(self) -> LineItemsWithRawResponse:
        """The same methods (lists aside), each answering with a RawResponse."""
        return cast(LineItemsWithRawResponse, RawResource(self))


class LineItemsWithRawResponse(Protocol):
    """``line_items.with_raw_response``: status, headers, request_id, attempts, parsed."""

    async def reason_codes(self, **options: Unpack[RequestOptions]) -> RawResponse[v2.ReasonCodes]: ...
    async def get(
        self, reference_line_item_id: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[v2.LineItem]: ...
    @overload
    async def update(
        self, reference_line_item_id: str, request: v2.LineItemUpdate, /, **options: Unpack[RequestOptions]
    ) -> RawResponse[None]: ...
    @overload
    async def update(
        self,
        reference_line_item_id: str,
        *,
        purchase_order_number: str | Unset = ...,
        campaign: str | Unset = ...,
        order_notes: str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[None]: ...
    @overload
    async def cancel(
        self, reference_line_item_id: str, request: v2.LineItemAction, /, **options: Unpack[RequestOptions]
    ) -> RawResponse[None]: ...
    @overload
    async def cancel(
        self,
        reference_line_item_id: str,
        *,
        reason_code: str,
        other_reason: str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[None]: ...
    @overload
    async def freeze(
        self, reference_line_item_id: str, request: v2.LineItemAction, /, **options: Unpack[RequestOptions]
    ) -> RawResponse[None]: ...
    @overload
    async def freeze(
        self,
        reference_line_item_id: str,
        *,
        reason_code: str,
        other_reason: str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[None]: ...
    @overload
    async def unfreeze(
        self, reference_line_item_id: str, request: v2.LineItemAction, /, **options: Unpack[RequestOptions]
    ) -> RawResponse[None]: ...
    @overload
    async def unfreeze(
        self,
        reference_line_item_id: str,
        *,
        reason_code: str,
        other_reason: str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[None]: ...
    @overload
    async def reissue(
        self, reference_line_item_id: str, request: v2.LineItemReissue, /, **options: Unpack[RequestOptions]
    ) -> RawResponse[v2.Order]: ...
    @overload
    async def reissue(
        self,
        reference_line_item_id: str,
        *,
        reason_code: str,
        other_reason: str | Unset = ...,
        amount: Decimal | int | float | str | Unset = ...,
        delivery_method: v2.ReissueDeliveryMethod | str | Unset = ...,
        recipient: v2.ReissueRecipient | Unset = ...,
        notes: str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.Order]: ...
    @overload
    async def resend(
        self, reference_line_item_id: str, request: v2.LineItemResend, /, **options: Unpack[RequestOptions]
    ) -> RawResponse[v2.LineItemResent]: ...
    @overload
    async def resend(
        self,
        reference_line_item_id: str,
        *,
        new_delivery_method: str | Unset = ...,
        new_email: str | Unset = ...,
        new_mobile_number: str | Unset = ...,
        new_etid: str | Unset = ...,
        reason_code: str | Unset = ...,
        other_reason: str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.LineItemResent]: ...
    async def embedded_url(
        self, reference_line_item_id: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[v2.EmbeddedUrl]: ...


class DigitalTemplates(Resource):
    """The digital templates operations of the v2 API."""

    api = "v2"

    @overload
    async def create(
        self, request: v2.DigitalTemplateCreate, /, **options: Unpack[RequestOptions]
    ) -> v2.DigitalTemplate: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        from_name: str,
        subject: str,
        header_image: str,
        header_image_alt_text: str,
        accent_color: str,
        message_body: str,
        closing: str,
        sms_message_body: str | Unset = ...,
        customer_service_message: str | Unset = ...,
        access_control: list[v2.TemplateAccess] | Unset = ...,
        defaults: list[v2.TemplateAccess] | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> v2.DigitalTemplate: ...
    async def create(
        self, request: v2.DigitalTemplateCreate | None = None, **fields: Any
    ) -> v2.DigitalTemplate:
        """Create a digital (email) template.

        Args:
            name: A unique name for the template.
            from_name: The name on the email's From line and the {from_name} of the text message.
            subject: The email's subject.
            header_image: The header image, Base64 encoded.
            header_image_alt_text: The header image's alt text.
            accent_color: A hex colour, e.g. #000000, used as the email's accent.
            message_body: The email's message body.
            closing: Closing words after the reward credential.
            sms_message_body: The text message body (at most 90 characters); needed when rewards go by
                SMS.
            customer_service_message: Your customer support contact; Tango's is shown when left out (email
                only).
            access_control: Which customers and accounts may use the template.
            defaults: Where the template is the default when an order names no etid.
        """
        body, options = self._body(v2.DigitalTemplateCreate, request, fields)
        return await self._call("POST", "/digitalTemplates", options, v2.DigitalTemplate, body=body)

    async def get(self, etid: str, **options: Unpack[RequestOptions]) -> v2.DigitalTemplate:
        """One digital template.

        Args:
            etid: the template's etid
        """
        return await self._call(
            "GET", f"/digitalTemplates/{path_param('etid', etid)}", options, v2.DigitalTemplate
        )

    @overload
    async def update(
        self, etid: str, request: v2.DigitalTemplateUpdate, /, **options: Unpack[RequestOptions]
    ) -> v2.DigitalTemplate: ...
    @overload
    async def update(
        self,
        etid: str,
        *,
        name: str | Unset = ...,
        from_name: str | Unset = ...,
        subject: str | Unset = ...,
        header_image: str | Unset = ...,
        header_image_alt_text: str | Unset = ...,
        accent_color: str | Unset = ...,
        message_body: str | Unset = ...,
        sms_message_body: str | Unset = ...,
        closing: str | Unset = ...,
        customer_service_message: str | Unset = ...,
        access_control: list[v2.TemplateAccess] | Unset = ...,
        defaults: list[v2.TemplateAccess] | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> v2.DigitalTemplate: ...
    async def update(
        self, etid: str, request: v2.DigitalTemplateUpdate | None = None, **fields: Any
    ) -> v2.DigitalTemplate:
        """Change a digital template. Fields left out stay as they are.

        Args:
            etid: the template's etid
            name: A unique name for the template.
            from_name: The name on the email's From line and the {from_name} of the text message.
            subject: The email's subject.
            header_image: The header image, Base64 encoded.
            header_image_alt_text: The header image's alt text.
            accent_color: A hex colour, e.g. #000000, used as the email's accent.
            message_body: The email's message body.
            sms_message_body: The text message body (at most 90 characters); needed when rewards go by
                SMS.
            closing: Closing words after the reward credential.
            customer_service_message: Your customer support contact; Tango's is shown when left out (email
                only).
            access_control: Which customers and accounts may use the template.
            defaults: Where the template is the default when an order names no etid.
        """
        body, options = self._body(v2.DigitalTemplateUpdate, request, fields)
        return await self._call(
            "PATCH",
            f"/digitalTemplates/{path_param('etid', etid)}",
            options,
            v2.DigitalTemplate,
            body=body,
            idempotent=True,
        )

    async def delete(self, etid: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a digital template; orders can no longer name it.

        Args:
            etid: the template's etid
        """
        return await self._call(
            "DELETE", f"/digitalTemplates/{path_param('etid', etid)}", options, None, idempotent=True
        )

    def list(
        self, *, elements_per_block: int = 100, **options: Unpack[RequestOptions]
    ) -> Paginator[v2.DigitalTemplate]:
        """The platform's digital templates, fetched lazily page by page.

        Args:
            elements_per_block: items per page
        """
        path = "/digitalTemplates"
        return self._paginate(
            "v2-page-number",
            path,
            {},
            options,
            v2.DigitalTemplateList,
            items="email_templates",
            total="page.total_count",
            size=elements_per_block,
        )

    @property
    def with_raw_response(self) -> DigitalTemplatesWithRawResponse:
        """The same methods (lists aside), each answering with a RawResponse."""
        return cast(DigitalTemplatesWithRawResponse, RawResource(self))


class DigitalTemplatesWithRawResponse(Protocol):
    """``digital_templates.with_raw_response``: status, headers, request_id, attempts, parsed."""

    @overload
    async def create(
        self, request: v2.DigitalTemplateCreate, /, **options: Unpack[RequestOptions]
    ) -> RawResponse[v2.DigitalTemplate]: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        from_name: str,
        subject: str,
        header_image: str,
        header_image_alt_text: str,
        accent_color: str,
        message_body: str,
        closing: str,
        sms_message_body: str | Unset = ...,
        customer_service_message: str | Unset = ...,
        access_control: list[v2.TemplateAccess] | Unset = ...,
        defaults: list[v2.TemplateAccess] | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.DigitalTemplate]: ...
    async def get(self, etid: str, **options: Unpack[RequestOptions]) -> RawResponse[v2.DigitalTemplate]: ...
    @overload
    async def update(
        self, etid: str, request: v2.DigitalTemplateUpdate, /, **options: Unpack[RequestOptions]
    ) -> RawResponse[v2.DigitalTemplate]: ...
    @overload
    async def update(
        self,
        etid: str,
        *,
        name: str | Unset = ...,
        from_name: str | Unset = ...,
        subject: str | Unset = ...,
        header_image: str | Unset = ...,
        header_image_alt_text: str | Unset = ...,
        accent_color: str | Unset = ...,
        message_body: str | Unset = ...,
        sms_message_body: str | Unset = ...,
        closing: str | Unset = ...,
        customer_service_message: str | Unset = ...,
        access_control: list[v2.TemplateAccess] | Unset = ...,
        defaults: list[v2.TemplateAccess] | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.DigitalTemplate]: ...
    async def delete(self, etid: str, **options: Unpack[RequestOptions]) -> RawResponse[None]: ...


class ChoiceProducts(Resource):
    """The choice products operations of the v2 API."""

    api = "v2"

    async def get(self, utid: str, **options: Unpack[RequestOptions]) -> v2.ChoiceProduct:
        """One choice product.

        Args:
            utid: the choice product's utid
        """
        return await self._call(
            "GET", f"/choiceProducts/{path_param('utid', utid)}", options, v2.ChoiceProduct
        )

    async def catalog(
        self,
        choice_product_utid: str,
        *,
        verbose: bool | None = None,
        brand_key: str | None = None,
        brand_name: str | None = None,
        utid: str | None = None,
        reward_name: str | None = None,
        status: str | None = None,
        currency_code: str | None = None,
        country: str | None = None,
        reward_type: list[str] | None = None,
        item_attribute: list[str] | None = None,
        category_ids: list[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> v2.Catalog:
        """The brands a choice product's recipient can choose from.

        Args:
            choice_product_utid: the choice product's utid
            verbose: include descriptions and terms
            brand_key: brands with this key
            brand_name: brands with this name
            utid: the item with this utid
            reward_name: items with this name
            status: items with this status
            currency_code: items in this currency
            country: items for this country
            reward_type: items of these reward types
            item_attribute: items with these attributes
            category_ids: brands filed under these categories
        """
        return await self._call(
            "GET",
            f"/choiceProducts/{path_param('choice_product_utid', choice_product_utid)}/catalog",
            options,
            v2.Catalog,
            query={
                "verbose": verbose,
                "brandKey": brand_key,
                "brandName": brand_name,
                "utid": utid,
                "rewardName": reward_name,
                "status": status,
                "currencyCode": currency_code,
                "country": country,
                "rewardType": reward_type,
                "itemAttribute": item_attribute,
                "categoryIds": category_ids,
            },
        )

    async def list(
        self,
        *,
        reward_name: str | None = None,
        currency_code: str | None = None,
        countries: list[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[v2.ChoiceProduct]:
        """The choice products (rewards whose recipient picks the brand).

        Args:
            reward_name: choice products with this name
            currency_code: choice products in this currency
            countries: choice products for these countries
        """
        response = await self._send(
            "GET",
            "/choiceProducts",
            options,
            query={"rewardName": reward_name, "currencyCode": currency_code, "countries": countries},
        )
        return self._result(response, self._decode(response, v2.ChoiceProductList).choice_products)

    @property
    def with_raw_response(self) -> ChoiceProductsWithRawResponse:
        """The same methods (lists aside), each answering with a RawResponse."""
        return cast(ChoiceProductsWithRawResponse, RawResource(self))


class ChoiceProductsWithRawResponse(Protocol):
    """``choice_products.with_raw_response``: status, headers, request_id, attempts, parsed."""

    async def get(self, utid: str, **options: Unpack[RequestOptions]) -> RawResponse[v2.ChoiceProduct]: ...
    async def catalog(
        self,
        choice_product_utid: str,
        *,
        verbose: bool | None = None,
        brand_key: str | None = None,
        brand_name: str | None = None,
        utid: str | None = None,
        reward_name: str | None = None,
        status: str | None = None,
        currency_code: str | None = None,
        country: str | None = None,
        reward_type: list[str] | None = None,
        item_attribute: list[str] | None = None,
        category_ids: list[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.Catalog]: ...
    async def list(
        self,
        *,
        reward_name: str | None = None,
        currency_code: str | None = None,
        countries: list[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[list[v2.ChoiceProduct]]: ...


class Countries(Resource):
    """The countries operations of the v2 API."""

    api = "v2"

    def rewards(
        self,
        *,
        countries: str | None = None,
        preferred_currencies: str | None = None,
        max_results: int = 200,
        **options: Unpack[RequestOptions],
    ) -> Paginator[v2.RewardCountry]:
        """The countries rewards can be sent to, fetched lazily page by page.

        Args:
            countries: only these countries (comma-separated codes)
            preferred_currencies: only countries preferring these currencies (comma-separated)
            max_results: items per page
        """
        path = "/rewardCountries"
        query = {"countries": countries, "preferredCurrencies": preferred_currencies}
        return self._paginate(
            "v2-cursor",
            path,
            query,
            options,
            v2.RewardCountryPage,
            items="items",
            item=v2.RewardCountry,
            size=max_results,
        )

    async def mobile(self, **options: Unpack[RequestOptions]) -> list[v2.MobileCountry]:
        """The countries rewards can be texted to."""
        return await self._call("GET", "/mobileCountries", options, list[v2.MobileCountry])

    @property
    def with_raw_response(self) -> CountriesWithRawResponse:
        """The same methods (lists aside), each answering with a RawResponse."""
        return cast(CountriesWithRawResponse, RawResource(self))


class CountriesWithRawResponse(Protocol):
    """``countries.with_raw_response``: status, headers, request_id, attempts, parsed."""

    async def mobile(self, **options: Unpack[RequestOptions]) -> RawResponse[list[v2.MobileCountry]]: ...


class PrepaidCards(Resource):
    """The prepaid cards operations of the v2 API."""

    api = "v2"

    @overload
    async def add_comment(
        self, reference_line_item_id: str, request: v2.CommentEscalation, /, **options: Unpack[RequestOptions]
    ) -> v2.CommentEscalationResult: ...
    @overload
    async def add_comment(
        self,
        reference_line_item_id: str,
        *,
        comment_text: str,
        issue_description: str,
        inquiry_type_code: int | Unset = ...,
        inquiry_category_code: int | Unset = ...,
        user_id: str | Unset = ...,
        inquiry_source: str | Unset = ...,
        assignee: int | Unset = ...,
        inquiry_id_number: int | Unset = ...,
        status: str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> v2.CommentEscalationResult: ...
    async def add_comment(
        self, reference_line_item_id: str, request: v2.CommentEscalation | None = None, **fields: Any
    ) -> v2.CommentEscalationResult:
        """Add a comment or escalation to a prepaid card.

        Args:
            reference_line_item_id: the line item
            inquiry_type_code: The inquiry type code.
            inquiry_category_code: The inquiry category code.
            user_id: The agent's or CSR's user id; Tango uses the caller when left out.
            inquiry_source: Where the inquiry comes from (e.g. TMO_SUPPORT_APP).
            assignee: The assignee's id.
            inquiry_id_number: The inquiry's id number.
            status: The inquiry's status (e.g. OPEN).
        """
        body, options = self._body(v2.CommentEscalation, request, fields)
        return await self._call(
            "POST",
            f"/prepaidCardService/addCommentEscalation/{path_param('reference_line_item_id', reference_line_item_id)}",
            options,
            v2.CommentEscalationResult,
            body=body,
        )

    async def get(self, reference_line_item_id: str, **options: Unpack[RequestOptions]) -> v2.PrepaidCardInfo:
        """A prepaid card's registration, card details, balance and comments.

        Args:
            reference_line_item_id: the line item
        """
        return await self._call(
            "GET",
            f"/prepaidCardService/getCardInfo/{path_param('reference_line_item_id', reference_line_item_id)}",
            options,
            v2.PrepaidCardInfo,
        )

    async def transactions(
        self, reference_line_item_id: str, *, page: int | None = None, **options: Unpack[RequestOptions]
    ) -> v2.PrepaidTransactions:
        """One page of a prepaid card's transactions.

        Args:
            reference_line_item_id: the line item
            page: the page number (from 0)
        """
        return await self._call(
            "GET",
            f"/prepaidCardService/getCardTransactions/{path_param('reference_line_item_id', reference_line_item_id)}",
            options,
            v2.PrepaidTransactions,
            query={"page": page},
        )

    async def replacement_reasons(self, **options: Unpack[RequestOptions]) -> v2.ReplacementReasons:
        """The reasons a prepaid card can be replaced for."""
        return await self._call(
            "GET", "/prepaidCardService/replacementReasons", options, v2.ReplacementReasons
        )

    @overload
    async def reissue(
        self,
        reference_line_item_id: str,
        request: v2.PrepaidCardReissue,
        /,
        **options: Unpack[RequestOptions],
    ) -> v2.PrepaidStatus: ...
    @overload
    async def reissue(
        self,
        reference_line_item_id: str,
        *,
        reason: str,
        updated_by: str,
        comment_text: str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> v2.PrepaidStatus: ...
    async def reissue(
        self, reference_line_item_id: str, request: v2.PrepaidCardReissue | None = None, **fields: Any
    ) -> v2.PrepaidStatus:
        """Replace a prepaid card.

        Args:
            reference_line_item_id: the line item
        """
        body, options = self._body(v2.PrepaidCardReissue, request, fields)
        return await self._call(
            "POST",
            f"/prepaidCardService/reissueCard/{path_param('reference_line_item_id', reference_line_item_id)}",
            options,
            v2.PrepaidStatus,
            body=body,
        )

    @overload
    async def update_account(
        self,
        reference_line_item_id: str,
        request: v2.PrepaidAccountUpdate,
        /,
        **options: Unpack[RequestOptions],
    ) -> v2.PrepaidStatus: ...
    @overload
    async def update_account(
        self,
        reference_line_item_id: str,
        *,
        registration: dict[str, Any],
        updated_by: str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> v2.PrepaidStatus: ...
    async def update_account(
        self, reference_line_item_id: str, request: v2.PrepaidAccountUpdate | None = None, **fields: Any
    ) -> v2.PrepaidStatus:
        """Change a prepaid card's cardholder registration.

        Args:
            reference_line_item_id: the line item
        """
        body, options = self._body(v2.PrepaidAccountUpdate, request, fields)
        return await self._call(
            "POST",
            f"/prepaidCardService/updateAccount/{path_param('reference_line_item_id', reference_line_item_id)}",
            options,
            v2.PrepaidStatus,
            body=body,
        )

    @property
    def with_raw_response(self) -> PrepaidCardsWithRawResponse:
        """The same methods (lists aside), each answering with a RawResponse."""
        return cast(PrepaidCardsWithRawResponse, RawResource(self))


class PrepaidCardsWithRawResponse(Protocol):
    """``prepaid_cards.with_raw_response``: status, headers, request_id, attempts, parsed."""

    @overload
    async def add_comment(
        self, reference_line_item_id: str, request: v2.CommentEscalation, /, **options: Unpack[RequestOptions]
    ) -> RawResponse[v2.CommentEscalationResult]: ...
    @overload
    async def add_comment(
        self,
        reference_line_item_id: str,
        *,
        comment_text: str,
        issue_description: str,
        inquiry_type_code: int | Unset = ...,
        inquiry_category_code: int | Unset = ...,
        user_id: str | Unset = ...,
        inquiry_source: str | Unset = ...,
        assignee: int | Unset = ...,
        inquiry_id_number: int | Unset = ...,
        status: str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.CommentEscalationResult]: ...
    async def get(
        self, reference_line_item_id: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[v2.PrepaidCardInfo]: ...
    async def transactions(
        self, reference_line_item_id: str, *, page: int | None = None, **options: Unpack[RequestOptions]
    ) -> RawResponse[v2.PrepaidTransactions]: ...
    async def replacement_reasons(
        self, **options: Unpack[RequestOptions]
    ) -> RawResponse[v2.ReplacementReasons]: ...
    @overload
    async def reissue(
        self,
        reference_line_item_id: str,
        request: v2.PrepaidCardReissue,
        /,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.PrepaidStatus]: ...
    @overload
    async def reissue(
        self,
        reference_line_item_id: str,
        *,
        reason: str,
        updated_by: str,
        comment_text: str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.PrepaidStatus]: ...
    @overload
    async def update_account(
        self,
        reference_line_item_id: str,
        request: v2.PrepaidAccountUpdate,
        /,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.PrepaidStatus]: ...
    @overload
    async def update_account(
        self,
        reference_line_item_id: str,
        *,
        registration: dict[str, Any],
        updated_by: str | Unset = ...,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[v2.PrepaidStatus]: ...


class V2:
    """The v2 API. Money is Decimal in major units (25.00 is twenty-five dollars)."""

    def __init__(self, transport: Transport) -> None:
        self.customers = Customers(transport)
        self.accounts = Accounts(transport)
        self.orders = Orders(transport)
        self.async_orders = AsyncOrders(transport)
        self.catalog = Catalog(transport)
        self.credential_types = CredentialTypes(transport)
        self.exchange_rates = ExchangeRates(transport)
        self.credit_cards = CreditCards(transport)
        self.deposits = Deposits(transport)
        self.transfers = Transfers(transport)
        self.webhooks = Webhooks(transport)
        self.status = Status(transport)
        self.low_balance_alerts = LowBalanceAlerts(transport)
        self.line_items = LineItems(transport)
        self.digital_templates = DigitalTemplates(transport)
        self.choice_products = ChoiceProducts(transport)
        self.countries = Countries(transport)
        self.prepaid_cards = PrepaidCards(transport)
