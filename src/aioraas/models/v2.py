# GENERATED from spec/v2/*.json by `make codegen` (python -m codegen): do not edit by hand.
# Change spec/ or codegen/ and regenerate; `make check-generated` fails when this file is stale.

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

import attrs

from aioraas._modelkit import (
    UNSET,
    RequestModel,
    ResponseModel,
    Unset,
    check,
    init_parts,
    is_multiple,
    masked,
    to_decimal,
    to_optional_decimal,
)


@attrs.define(kw_only=True, init=False)
class FundingNotification(RequestModel):
    """An address that receives funding notification emails."""

    email_address: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "emailAddress"},
    )
    """Optional in Tango's schema, like the object itself."""

    def __init__(self, *, email_address: str | Unset = UNSET) -> None:
        _s = _FundingNotification_setters
        _s[0](self, email_address)
        _c = _FundingNotification_checks
        if (
            not (email_address is UNSET or (isinstance(email_address, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[0](self, _FundingNotification_fields[0], email_address)

    def __copy__(self) -> FundingNotification:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not FundingNotification:
            return attrs.evolve(self)
        copy = object.__new__(FundingNotification)
        _s = _FundingNotification_setters
        _s[0](copy, self.email_address)
        return copy


_FundingNotification_setters, _FundingNotification_checks, _FundingNotification_fields = init_parts(
    FundingNotification
)


@attrs.define(kw_only=True, init=False)
class AccountUpdate(RequestModel):
    """PATCH /customers/{c}/accounts/{a}. Every field is optional and left out when not given. fundingNotification: a list replaces the current one, [] clears it, None (null) or leaving it out keeps it."""

    display_name: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "displayName"},
    )
    contact_email: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            max_length=100,
            accepts=lambda c: lambda v: v is UNSET or (isinstance(v, str) and len(v) <= 100),
            quick=lambda c: (
                lambda i, a, v: None if v is UNSET or (isinstance(v, str) and len(v) <= 100) else c(i, a, v)
            ),
        ),
        metadata={"json": "contactEmail"},
    )
    funding_notification: list[FundingNotification] | Unset | None = attrs.field(
        default=UNSET,
        validator=check(
            list,
            nullable=True,
            optional=True,
            items=check(
                FundingNotification,
                accepts=lambda c: lambda v: v.__class__ is FundingNotification,
                quick=lambda c: lambda i, a, v: None if v.__class__ is FundingNotification else c(i, a, v),
            ),
            accepts=lambda c: (
                lambda v: v is None or v is UNSET or (v.__class__ is list and all(map(c.items.accepts, v)))
            ),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v is None or v is UNSET or (v.__class__ is list and all(map(c.items.accepts, v)))
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "fundingNotification"},
    )

    def __init__(
        self,
        *,
        display_name: str | Unset = UNSET,
        contact_email: str | Unset = UNSET,
        funding_notification: list[FundingNotification] | Unset | None = UNSET,
    ) -> None:
        _s = _AccountUpdate_setters
        _s[0](self, display_name)
        _s[1](self, contact_email)
        _s[2](self, funding_notification)
        _c = _AccountUpdate_checks
        if (
            not (display_name is UNSET or (isinstance(display_name, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[0](self, _AccountUpdate_fields[0], display_name)
        if (
            not (contact_email is UNSET or (isinstance(contact_email, str) and len(contact_email) <= 100))
            and not attrs.validators.get_disabled()
        ):
            _c[1](self, _AccountUpdate_fields[1], contact_email)
        if (
            not (
                funding_notification is None
                or funding_notification is UNSET
                or (
                    funding_notification.__class__ is list
                    and all(map(_c[2].items.accepts, funding_notification))
                )
            )
            and not attrs.validators.get_disabled()
        ):
            _c[2](self, _AccountUpdate_fields[2], funding_notification)

    def __copy__(self) -> AccountUpdate:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not AccountUpdate:
            return attrs.evolve(self)
        copy = object.__new__(AccountUpdate)
        _s = _AccountUpdate_setters
        _s[0](copy, self.display_name)
        _s[1](copy, self.contact_email)
        _s[2](copy, self.funding_notification)
        return copy


_AccountUpdate_setters, _AccountUpdate_checks, _AccountUpdate_fields = init_parts(AccountUpdate)


@attrs.define(kw_only=True)
class FundingNotificationView(ResponseModel):
    """An address that receives funding notification emails."""

    email_address: str | None = attrs.field(default=None, metadata={"json": "emailAddress"})


@attrs.define(kw_only=True, init=False)
class LowBalanceAlertCreate(RequestModel):
    """POST .../lowbalance: alert when the account's balance falls below a threshold."""

    balance_alert_display_name: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "balanceAlertDisplayName"},
    )
    """a friendly name for the alert (shown in Tango's portal)"""
    balance_alert_threshold: Decimal | Unset = attrs.field(
        default=UNSET,
        converter=to_optional_decimal,
        validator=check(
            Decimal,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or (v.__class__ is Decimal and v.is_finite()),
            quick=lambda c: (
                lambda i, a, v: (
                    None if v is UNSET or (v.__class__ is Decimal and v.is_finite()) else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "balanceAlertThreshold"},
    )
    """the balance under which the alert fires"""
    balance_alert_notification: list[str] | Unset = attrs.field(
        default=UNSET,
        validator=check(
            list,
            optional=True,
            items=check(
                str,
                accepts=lambda c: lambda v: isinstance(v, str),
                quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
            ),
            accepts=lambda c: lambda v: v is UNSET or (v.__class__ is list and all(map(c.items.accepts, v))),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v is UNSET or (v.__class__ is list and all(map(c.items.accepts, v)))
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "balanceAlertNotification"},
    )
    """addresses the low-balance emails go to"""

    def __init__(
        self,
        *,
        balance_alert_display_name: str | Unset = UNSET,
        balance_alert_threshold: Decimal | int | float | str | Unset | None = UNSET,
        balance_alert_notification: list[str] | Unset = UNSET,
    ) -> None:
        balance_alert_threshold = (
            balance_alert_threshold
            if balance_alert_threshold.__class__ is Decimal
            else to_optional_decimal(balance_alert_threshold)
        )
        _s = _LowBalanceAlertCreate_setters
        _s[0](self, balance_alert_display_name)
        _s[1](self, balance_alert_threshold)
        _s[2](self, balance_alert_notification)
        _c = _LowBalanceAlertCreate_checks
        if (
            not (balance_alert_display_name is UNSET or (isinstance(balance_alert_display_name, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[0](self, _LowBalanceAlertCreate_fields[0], balance_alert_display_name)
        if (
            not (
                balance_alert_threshold is UNSET
                or (balance_alert_threshold.__class__ is Decimal and balance_alert_threshold.is_finite())
            )
            and not attrs.validators.get_disabled()
        ):
            _c[1](self, _LowBalanceAlertCreate_fields[1], balance_alert_threshold)
        if (
            not (
                balance_alert_notification is UNSET
                or (
                    balance_alert_notification.__class__ is list
                    and all(map(_c[2].items.accepts, balance_alert_notification))
                )
            )
            and not attrs.validators.get_disabled()
        ):
            _c[2](self, _LowBalanceAlertCreate_fields[2], balance_alert_notification)

    def __copy__(self) -> LowBalanceAlertCreate:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not LowBalanceAlertCreate:
            return attrs.evolve(self)
        copy = object.__new__(LowBalanceAlertCreate)
        _s = _LowBalanceAlertCreate_setters
        _s[0](copy, self.balance_alert_display_name)
        _s[1](copy, self.balance_alert_threshold)
        _s[2](copy, self.balance_alert_notification)
        return copy


_LowBalanceAlertCreate_setters, _LowBalanceAlertCreate_checks, _LowBalanceAlertCreate_fields = init_parts(
    LowBalanceAlertCreate
)


@attrs.define(kw_only=True, init=False)
class LowBalanceAlertUpdate(RequestModel):
    """PATCH .../lowbalance/{balanceAlertID}: fields left out stay as they are."""

    balance_alert_display_name: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "balanceAlertDisplayName"},
    )
    balance_alert_threshold: Decimal | Unset = attrs.field(
        default=UNSET,
        converter=to_optional_decimal,
        validator=check(
            Decimal,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or (v.__class__ is Decimal and v.is_finite()),
            quick=lambda c: (
                lambda i, a, v: (
                    None if v is UNSET or (v.__class__ is Decimal and v.is_finite()) else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "balanceAlertThreshold"},
    )
    balance_alert_notification: list[str] | Unset = attrs.field(
        default=UNSET,
        validator=check(
            list,
            optional=True,
            items=check(
                str,
                accepts=lambda c: lambda v: isinstance(v, str),
                quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
            ),
            accepts=lambda c: lambda v: v is UNSET or (v.__class__ is list and all(map(c.items.accepts, v))),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v is UNSET or (v.__class__ is list and all(map(c.items.accepts, v)))
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "balanceAlertNotification"},
    )

    def __init__(
        self,
        *,
        balance_alert_display_name: str | Unset = UNSET,
        balance_alert_threshold: Decimal | int | float | str | Unset | None = UNSET,
        balance_alert_notification: list[str] | Unset = UNSET,
    ) -> None:
        balance_alert_threshold = (
            balance_alert_threshold
            if balance_alert_threshold.__class__ is Decimal
            else to_optional_decimal(balance_alert_threshold)
        )
        _s = _LowBalanceAlertUpdate_setters
        _s[0](self, balance_alert_display_name)
        _s[1](self, balance_alert_threshold)
        _s[2](self, balance_alert_notification)
        _c = _LowBalanceAlertUpdate_checks
        if (
            not (balance_alert_display_name is UNSET or (isinstance(balance_alert_display_name, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[0](self, _LowBalanceAlertUpdate_fields[0], balance_alert_display_name)
        if (
            not (
                balance_alert_threshold is UNSET
                or (balance_alert_threshold.__class__ is Decimal and balance_alert_threshold.is_finite())
            )
            and not attrs.validators.get_disabled()
        ):
            _c[1](self, _LowBalanceAlertUpdate_fields[1], balance_alert_threshold)
        if (
            not (
                balance_alert_notification is UNSET
                or (
                    balance_alert_notification.__class__ is list
                    and all(map(_c[2].items.accepts, balance_alert_notification))
                )
            )
            and not attrs.validators.get_disabled()
        ):
            _c[2](self, _LowBalanceAlertUpdate_fields[2], balance_alert_notification)

    def __copy__(self) -> LowBalanceAlertUpdate:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not LowBalanceAlertUpdate:
            return attrs.evolve(self)
        copy = object.__new__(LowBalanceAlertUpdate)
        _s = _LowBalanceAlertUpdate_setters
        _s[0](copy, self.balance_alert_display_name)
        _s[1](copy, self.balance_alert_threshold)
        _s[2](copy, self.balance_alert_notification)
        return copy


_LowBalanceAlertUpdate_setters, _LowBalanceAlertUpdate_checks, _LowBalanceAlertUpdate_fields = init_parts(
    LowBalanceAlertUpdate
)


@attrs.define(kw_only=True)
class LowBalanceAlert(ResponseModel):
    """A low-balance alert (LowBalanceAlertView)."""

    balance_alert_id: str | None = attrs.field(default=None, metadata={"json": "balanceAlertID"})
    customer_identifier: str | None = attrs.field(default=None, metadata={"json": "customerIdentifier"})
    account_identifier: str | None = attrs.field(default=None, metadata={"json": "accountIdentifier"})
    balance_alert_display_name: str | None = attrs.field(
        default=None, metadata={"json": "balanceAlertDisplayName"}
    )
    balance_alert_threshold: Decimal | None = attrs.field(
        default=None, metadata={"json": "balanceAlertThreshold"}
    )
    balance_alert_notification: list[str] = attrs.field(
        factory=list, metadata={"json": "balanceAlertNotification"}
    )
    created_at: datetime | None = attrs.field(default=None, metadata={"json": "createdAt"})


@attrs.define(kw_only=True)
class LowBalanceAlertPage(ResponseModel):
    """Position of a page of alerts."""

    size: int | None = attrs.field(default=None, metadata={"json": "size"})
    total_elements: int | None = attrs.field(default=None, metadata={"json": "totalElements"})
    total_pages: int | None = attrs.field(default=None, metadata={"json": "totalPages"})
    number: int | None = attrs.field(default=None, metadata={"json": "number"})


@attrs.define(kw_only=True)
class LowBalanceAlertList(ResponseModel):
    """GET .../lowbalance: one page of alerts."""

    low_balance_alerts: list[LowBalanceAlert] = attrs.field(
        factory=list, metadata={"json": "lowBalanceAlerts"}
    )
    page: LowBalanceAlertPage | None = attrs.field(default=None, metadata={"json": "page"})


@attrs.define(kw_only=True)
class LowBalanceAlertDeleted(ResponseModel):
    """DELETE .../lowbalance/{balanceAlertID}."""

    balance_alert_id: str | None = attrs.field(default=None, metadata={"json": "balanceAlertID"})
    status: str | None = attrs.field(default=None, metadata={"json": "status"})


class ShippingMethod(StrEnum):
    """How a physical reward is shipped (ADDRESS and BULKSHIPMENT deliveries)."""

    UPSGROUND = "upsground"
    UPSGROUNDSIGNATURE = "upsgroundsignature"
    UPS2NDDAY = "ups2ndday"
    UPS2NDDAYSIGNATURE = "ups2nddaysignature"
    UPSNEXTDAY = "upsnextday"
    UPSNEXTDAYSIGNATURE = "upsnextdaysignature"
    USPSPRIORITY = "uspspriority"
    USPSPRIORITYSIG = "uspsprioritysig"
    USPS1STCLASS = "usps1stclass"


@attrs.define(kw_only=True, init=False)
class AsyncOrderUpdate(RequestModel):
    """PATCH /asyncOrders/customers/{c}/accounts/{a}/{externalRefID} (OAS26 UpdateAsyncOrderCriteria): fields left out stay as they are."""

    campaign: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "campaign"},
    )
    purchase_order_number: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "purchaseOrderNumber"},
    )
    notes: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            max_length=150,
            accepts=lambda c: lambda v: v is UNSET or (isinstance(v, str) and len(v) <= 150),
            quick=lambda c: (
                lambda i, a, v: None if v is UNSET or (isinstance(v, str) and len(v) <= 150) else c(i, a, v)
            ),
        ),
        metadata={"json": "notes"},
    )

    def __init__(
        self,
        *,
        campaign: str | Unset = UNSET,
        purchase_order_number: str | Unset = UNSET,
        notes: str | Unset = UNSET,
    ) -> None:
        _s = _AsyncOrderUpdate_setters
        _s[0](self, campaign)
        _s[1](self, purchase_order_number)
        _s[2](self, notes)
        _c = _AsyncOrderUpdate_checks
        if not (campaign is UNSET or (isinstance(campaign, str))) and not attrs.validators.get_disabled():
            _c[0](self, _AsyncOrderUpdate_fields[0], campaign)
        if (
            not (purchase_order_number is UNSET or (isinstance(purchase_order_number, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[1](self, _AsyncOrderUpdate_fields[1], purchase_order_number)
        if (
            not (notes is UNSET or (isinstance(notes, str) and len(notes) <= 150))
            and not attrs.validators.get_disabled()
        ):
            _c[2](self, _AsyncOrderUpdate_fields[2], notes)

    def __copy__(self) -> AsyncOrderUpdate:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not AsyncOrderUpdate:
            return attrs.evolve(self)
        copy = object.__new__(AsyncOrderUpdate)
        _s = _AsyncOrderUpdate_setters
        _s[0](copy, self.campaign)
        _s[1](copy, self.purchase_order_number)
        _s[2](copy, self.notes)
        return copy


_AsyncOrderUpdate_setters, _AsyncOrderUpdate_checks, _AsyncOrderUpdate_fields = init_parts(AsyncOrderUpdate)


@attrs.define(kw_only=True)
class AsyncValidationError(ResponseModel):
    """One problem of a refused line item (OAS26 ValidationErrorDto)."""

    field: str | None = attrs.field(default=None, metadata={"json": "field"})
    error_code_value: str | None = attrs.field(default=None, metadata={"json": "errorCodeValue"})
    """OAS26 says an integer; keys like 422.125 arrive as text too."""
    error_code_name: str | None = attrs.field(default=None, metadata={"json": "errorCodeName"})
    message: str | None = attrs.field(default=None, metadata={"json": "message"})


@attrs.define(kw_only=True)
class AsyncLineItemError(ResponseModel):
    """A line item the API refused when the order was placed (OAS26 LineItemError): never processed."""

    line_item_id: str | None = attrs.field(default=None, metadata={"json": "lineItemId"})
    """The line's position in the request (from 1)."""
    external_ref_line_item_id: str | None = attrs.field(
        default=None, metadata={"json": "externalRefLineItemID"}
    )
    utid: str | None = attrs.field(default=None, metadata={"json": "utid"})
    errors: list[AsyncValidationError] | None = attrs.field(default=None, metadata={"json": "errors"})


@attrs.define(kw_only=True)
class AsyncOrderEntity(ResponseModel):
    """The answer to POST /asyncOrders: the order as accepted (202), or the existing one with this externalRefID (200)."""

    external_ref_id: str | None = attrs.field(default=None, metadata={"json": "externalRefID"})
    reference_order_id: str | None = attrs.field(default=None, metadata={"json": "referenceOrderID"})
    status: str | None = attrs.field(default=None, metadata={"json": "status"})
    total_line_items: int | None = attrs.field(default=None, metadata={"json": "totalLineItems"})
    """Line items in the request that created the order (accepted, failed and duplicated)."""
    created_at: datetime | None = attrs.field(default=None, metadata={"json": "createdAt"})
    failed_line_items: list[AsyncLineItemError] | None = attrs.field(
        default=None, metadata={"json": "failedLineItems"}
    )
    duplicate_line_item_ref_ids: dict[str, Any] | None = attrs.field(
        default=None, metadata={"json": "duplicateLineItemRefIds"}
    )
    """externalRefLineItemID -> how many times it repeated one of this order or of an earlier order of the account (never processed). OAS26 types the counts as integers; any value is kept as sent."""


@attrs.define(kw_only=True)
class AsyncItemError(ResponseModel):
    """Why a line item or an order failed while processing (OAS26 ErrorDto)."""

    error_code: str | None = attrs.field(default=None, metadata={"json": "errorCode"})
    error_message: str | None = attrs.field(default=None, metadata={"json": "errorMessage"})


@attrs.define(kw_only=True)
class AsyncCharge(ResponseModel):
    """What an async order has charged so far (OAS26 AsyncOrderAmountChargedDTO)."""

    currency_code: str | None = attrs.field(default=None, metadata={"json": "currencyCode"})
    value: Decimal | None = attrs.field(default=None, metadata={"json": "value"})
    total: Decimal | None = attrs.field(default=None, metadata={"json": "total"})
    shipping_fee: Decimal | None = attrs.field(default=None, metadata={"json": "shippingFee"})


@attrs.define(kw_only=True)
class AsyncPagination(ResponseModel):
    """Where a page of line items sits (OAS26 PaginationDTO, nested under pagination)."""

    number_of_elements: int | None = attrs.field(default=None, metadata={"json": "numberOfElements"})
    max_results: int | None = attrs.field(default=None, metadata={"json": "maxResults"})
    prev_cursor: str | None = attrs.field(default=None, metadata={"json": "prevCursor"})
    next_cursor: str | None = attrs.field(default=None, metadata={"json": "nextCursor"})
    prev_page_available: bool | None = attrs.field(default=None, metadata={"json": "prevPageAvailable"})
    next_page_available: bool | None = attrs.field(default=None, metadata={"json": "nextPageAvailable"})


@attrs.define(kw_only=True)
class AsyncReasonCodes(ResponseModel):
    """Reason codes by action: {ACTION: {code: description}}."""

    reason_codes: dict[str, Any] | None = attrs.field(default=None, metadata={"json": "reasonCodes"})
    """By action (CANCEL, FREEZE, ...): an object of reason code -> description. Kept as sent."""


class ValueType(StrEnum):
    """Known values of ValueType; the API may add others."""

    FIXED_VALUE = "FIXED_VALUE"
    VARIABLE_VALUE = "VARIABLE_VALUE"


@attrs.define(kw_only=True)
class Fee(ResponseModel):
    """A fee on an item."""

    type: str | None = attrs.field(default=None, metadata={"json": "type"})
    value: Decimal | None = attrs.field(default=None, metadata={"json": "value"})


@attrs.define(kw_only=True)
class QuantityConstraints(ResponseModel):
    """How many of an item one line may order."""

    min_quantity: int | None = attrs.field(default=None, metadata={"json": "minQuantity"})
    max_quantity: int | None = attrs.field(default=None, metadata={"json": "maxQuantity"})


@attrs.define(kw_only=True)
class CatalogItem(ResponseModel):
    """An orderable item. Fixed items have faceValue; variable items have minValue and maxValue, in currencyCode."""

    utid: str = attrs.field(metadata={"json": "utid"})
    reward_name: str | None = attrs.field(default=None, metadata={"json": "rewardName"})
    currency_code: str | None = attrs.field(default=None, metadata={"json": "currencyCode"})
    status: str | None = attrs.field(default=None, metadata={"json": "status"})
    value_type: ValueType | str | None = attrs.field(default=None, metadata={"json": "valueType"})
    reward_type: str | None = attrs.field(default=None, metadata={"json": "rewardType"})
    """e.g. "gift card", "reward link", "promo", "donation"."""
    is_expirable: bool | None = attrs.field(default=None, metadata={"json": "isExpirable"})
    quantity_constraints: QuantityConstraints | None = attrs.field(
        default=None, metadata={"json": "quantityConstraints"}
    )
    is_whole_amount_value_required: bool | None = attrs.field(
        default=None, metadata={"json": "isWholeAmountValueRequired"}
    )
    exchange_rate_rule: str | None = attrs.field(default=None, metadata={"json": "exchangeRateRule"})
    face_value: Decimal | None = attrs.field(default=None, metadata={"json": "faceValue"})
    min_value: Decimal | None = attrs.field(default=None, metadata={"json": "minValue"})
    max_value: Decimal | None = attrs.field(default=None, metadata={"json": "maxValue"})
    fee: Fee | None = attrs.field(default=None, metadata={"json": "fee"})
    created_date: datetime | None = attrs.field(default=None, metadata={"json": "createdDate"})
    last_update_date: datetime | None = attrs.field(default=None, metadata={"json": "lastUpdateDate"})
    countries: list[str] | None = attrs.field(default=None, metadata={"json": "countries"})
    credential_types: list[str] | None = attrs.field(default=None, metadata={"json": "credentialTypes"})
    redemption_instructions: str | None = attrs.field(
        default=None, metadata={"json": "redemptionInstructions"}
    )
    fulfillment_type: str | None = attrs.field(default=None, metadata={"json": "fulfillmentType"})
    """Deprecated."""
    attributes: list[Any] | None = attrs.field(default=None, metadata={"json": "attributes"})


@attrs.define(kw_only=True)
class BrandRequirements(ResponseModel):
    """How a brand's texts must be shown."""

    display_instructions: str | None = attrs.field(default=None, metadata={"json": "displayInstructions"})
    terms_and_conditions_instructions: str | None = attrs.field(
        default=None, metadata={"json": "termsAndConditionsInstructions"}
    )
    disclaimer_instructions: str | None = attrs.field(
        default=None, metadata={"json": "disclaimerInstructions"}
    )
    always_show_disclaimer: bool | None = attrs.field(default=None, metadata={"json": "alwaysShowDisclaimer"})


@attrs.define(kw_only=True)
class BrandCategory(ResponseModel):
    """A brand category."""

    identifier: str | None = attrs.field(default=None, metadata={"json": "identifier"})
    description: str | None = attrs.field(default=None, metadata={"json": "description"})


@attrs.define(kw_only=True)
class Brand(ResponseModel):
    """A brand and its items. Use brandKey and utid, not names, in program logic: names and texts change."""

    brand_key: str = attrs.field(metadata={"json": "brandKey"})
    brand_name: str | None = attrs.field(default=None, metadata={"json": "brandName"})
    disclaimer: str | None = attrs.field(default=None, metadata={"json": "disclaimer"})
    description: str | None = attrs.field(default=None, metadata={"json": "description"})
    short_description: str | None = attrs.field(default=None, metadata={"json": "shortDescription"})
    terms: str | None = attrs.field(default=None, metadata={"json": "terms"})
    created_date: datetime | None = attrs.field(default=None, metadata={"json": "createdDate"})
    last_update_date: datetime | None = attrs.field(default=None, metadata={"json": "lastUpdateDate"})
    brand_requirements: BrandRequirements | None = attrs.field(
        default=None, metadata={"json": "brandRequirements"}
    )
    image_urls: dict[str, str] | None = attrs.field(default=None, metadata={"json": "imageUrls"})
    status: str | None = attrs.field(default=None, metadata={"json": "status"})
    items: list[CatalogItem] = attrs.field(factory=list, metadata={"json": "items"})
    barcode_type: str | None = attrs.field(default=None, metadata={"json": "barcodeType"})
    categories: list[BrandCategory] | None = attrs.field(default=None, metadata={"json": "categories"})


@attrs.define(kw_only=True)
class Catalog(ResponseModel):
    """GET /catalogs."""

    catalog_name: str | None = attrs.field(default=None, metadata={"json": "catalogName"})
    brands: list[Brand] = attrs.field(factory=list, metadata={"json": "brands"})


@attrs.define(kw_only=True)
class BrandCategories(ResponseModel):
    """GET /brandCategories."""

    brand_categories: list[BrandCategory] = attrs.field(factory=list, metadata={"json": "brandCategories"})


@attrs.define(kw_only=True)
class CredentialTypeInfo(ResponseModel):
    """One entry of GET /credentialtypes."""

    credential_type: str = attrs.field(metadata={"json": "credentialType"})
    description: str | None = attrs.field(default=None, metadata={"json": "description"})


@attrs.define(kw_only=True)
class ExchangeRate(ResponseModel):
    """One currency pair. baseFx arrives as a string or a number; lastModifiedDate may carry no zone."""

    last_modified_date: datetime | None = attrs.field(default=None, metadata={"json": "lastModifiedDate"})
    reward_currency: str | None = attrs.field(default=None, metadata={"json": "rewardCurrency"})
    base_currency: str | None = attrs.field(default=None, metadata={"json": "baseCurrency"})
    base_fx: Decimal | None = attrs.field(default=None, metadata={"json": "baseFx"})


@attrs.define(kw_only=True)
class ExchangeRatePage(ResponseModel):
    """GET /exchangerates: rates with a disclaimer, cursor-paginated when paginate=true."""

    disclaimer: str | None = attrs.field(default=None, metadata={"json": "disclaimer"})
    max_results: int | None = attrs.field(default=None, metadata={"json": "maxResults"})
    prev_cursor: str | None = attrs.field(default=None, metadata={"json": "prevCursor"})
    next_cursor: str | None = attrs.field(default=None, metadata={"json": "nextCursor"})
    prev_page_available: bool | None = attrs.field(default=None, metadata={"json": "prevPageAvailable"})
    next_page_available: bool | None = attrs.field(default=None, metadata={"json": "nextPageAvailable"})
    exchange_rates: list[ExchangeRate] = attrs.field(factory=list, metadata={"json": "exchangeRates"})


class CurrencyCode(StrEnum):
    """Currencies an account can hold. Fixed at account creation."""

    AUD = "AUD"
    CAD = "CAD"
    EUR = "EUR"
    GBP = "GBP"
    USD = "USD"
    MXN = "MXN"
    SGD = "SGD"
    PLN = "PLN"


class DeliveryMethod(StrEnum):
    """How Tango delivers a reward. NONE: Tango sends nothing and the order carries the credentials."""

    NONE = "NONE"
    EMAIL = "EMAIL"
    PHONE = "PHONE"
    ADDRESS = "ADDRESS"
    EMBEDDED = "EMBEDDED"
    EMBEDDED_COMPONENT = "EMBEDDED_COMPONENT"
    WHATSAPP = "WHATSAPP"


class DeliveryMethodView(StrEnum):
    """How Tango delivered a reward, as answers show it: the request values plus BULKSHIPMENT, QRCODE and BULKDIGITAL (OAS26 response enums)."""

    NONE = "NONE"
    EMAIL = "EMAIL"
    PHONE = "PHONE"
    ADDRESS = "ADDRESS"
    EMBEDDED = "EMBEDDED"
    EMBEDDED_COMPONENT = "EMBEDDED_COMPONENT"
    WHATSAPP = "WHATSAPP"
    BULKSHIPMENT = "BULKSHIPMENT"
    QRCODE = "QRCODE"
    BULKDIGITAL = "BULKDIGITAL"


class AccountStatus(StrEnum):
    """Known values of AccountStatus; the API may add others."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
    DISABLED = "DISABLED"
    FROZEN = "FROZEN"
    DELETED = "DELETED"


@attrs.define(kw_only=True)
class Money(ResponseModel):
    """An amount with its currency (amountCharged, denomination, amountIssued)."""

    value: Decimal | None = attrs.field(default=None, metadata={"json": "value"})
    currency_code: str | None = attrs.field(default=None, metadata={"json": "currencyCode"})
    exchange_rate: Decimal | None = attrs.field(default=None, metadata={"json": "exchangeRate"})
    fee: Decimal | None = attrs.field(default=None, metadata={"json": "fee"})
    total: Decimal | None = attrs.field(default=None, metadata={"json": "total"})
    margin_share: Decimal | None = attrs.field(default=None, metadata={"json": "marginShare"})


@attrs.define(kw_only=True)
class Page(ResponseModel):
    """Position of a page-numbered list (orders): page number from 0, page size, and totals."""

    number: int | None = attrs.field(default=None, metadata={"json": "number"})
    elements_per_block: int | None = attrs.field(default=None, metadata={"json": "elementsPerBlock"})
    result_count: int | None = attrs.field(default=None, metadata={"json": "resultCount"})
    total_count: int | None = attrs.field(default=None, metadata={"json": "totalCount"})


@attrs.define(kw_only=True)
class ErrorItem(ResponseModel):
    """One problem of an error answer, usually with a field (path)."""

    path: str | None = attrs.field(default=None, metadata={"json": "path"})
    field: str | None = attrs.field(default=None, metadata={"json": "field"})
    code: int | str | None = attrs.field(default=None, metadata={"json": "code"})
    i18n_key: str | None = attrs.field(default=None, metadata={"json": "i18nKey"})
    message: str | None = attrs.field(default=None, metadata={"json": "message"})
    invalid_value: Any | None = attrs.field(default=None, metadata={"json": "invalidValue"})
    constraint: str | None = attrs.field(default=None, metadata={"json": "constraint"})
    i18n_token_replacements: list[str] | None = attrs.field(
        default=None, metadata={"json": "i18nTokenReplacements"}
    )


@attrs.define(kw_only=True)
class ErrorBody(ResponseModel):
    """A v2 error answer. Covers Tango's ErrorInfo (requestId, httpCode, i18nKey, errors[]) and the ErrorDTO some customer and account endpoints send (message, i18nKey, i18nTokenReplacements)."""

    timestamp: str | None = attrs.field(default=None, metadata={"json": "timestamp"})
    request_id: str | None = attrs.field(default=None, metadata={"json": "requestId"})
    path: str | None = attrs.field(default=None, metadata={"json": "path"})
    http_code: int | None = attrs.field(default=None, metadata={"json": "httpCode"})
    http_phrase: str | None = attrs.field(default=None, metadata={"json": "httpPhrase"})
    i18n_key: str | None = attrs.field(default=None, metadata={"json": "i18nKey"})
    message: str | None = attrs.field(default=None, metadata={"json": "message"})
    code: int | str | None = attrs.field(default=None, metadata={"json": "code"})
    errors: list[ErrorItem] | None = attrs.field(default=None, metadata={"json": "errors"})
    i18n_token_replacements: list[str] | None = attrs.field(
        default=None, metadata={"json": "i18nTokenReplacements"}
    )


@attrs.define(kw_only=True, init=False)
class CustomerCreate(RequestModel):
    """POST /customers: create a customer (a group of accounts). Customers cannot be deleted or disabled."""

    customer_identifier: str = attrs.field(
        validator=check(
            str,
            pattern="^[-a-zA-Z0-9]{5,100}$",
            accepts=lambda c: lambda v: isinstance(v, str) and c.pattern.search(v) is not None,
            quick=lambda c: (
                lambda i, a, v: None if isinstance(v, str) and c.pattern.search(v) is not None else c(i, a, v)
            ),
        ),
        metadata={"json": "customerIdentifier"},
    )
    """5-100 of - 0-9 a-z A-Z, unique on the platform."""
    display_name: str = attrs.field(
        validator=check(str, min_length=5, max_length=100, categories="LNPZ"),
        metadata={"json": "displayName"},
    )
    """A friendly name, 5-100 letters, digits, punctuation and spaces."""

    def __init__(self, *, customer_identifier: str, display_name: str) -> None:
        _s = _CustomerCreate_setters
        _s[0](self, customer_identifier)
        _s[1](self, display_name)
        _c = _CustomerCreate_checks
        if (
            not (
                isinstance(customer_identifier, str) and _c[0].pattern.search(customer_identifier) is not None
            )
            and not attrs.validators.get_disabled()
        ):
            _c[0](self, _CustomerCreate_fields[0], customer_identifier)
        if not attrs.validators.get_disabled():
            _c[1](self, _CustomerCreate_fields[1], display_name)

    def __copy__(self) -> CustomerCreate:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not CustomerCreate:
            return attrs.evolve(self)
        copy = object.__new__(CustomerCreate)
        _s = _CustomerCreate_setters
        _s[0](copy, self.customer_identifier)
        _s[1](copy, self.display_name)
        return copy


_CustomerCreate_setters, _CustomerCreate_checks, _CustomerCreate_fields = init_parts(CustomerCreate)


@attrs.define(kw_only=True, init=False)
class CardDetails(RequestModel):
    """The card itself. Number and verification number never appear in reprs, logs or errors."""

    number: str = attrs.field(
        validator=check(
            str,
            sensitive=True,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        repr=masked,
        metadata={"json": "number", "sensitive": True},
    )
    expiration: str = attrs.field(
        validator=check(
            str,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "expiration"},
    )
    """YYYY-MM."""
    verification_number: str = attrs.field(
        validator=check(
            str,
            sensitive=True,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        repr=masked,
        metadata={"json": "verificationNumber", "sensitive": True},
    )
    """The 3 or 4-digit security code (CVV2, CVC2, CID)."""

    def __init__(self, *, number: str, expiration: str, verification_number: str) -> None:
        _s = _CardDetails_setters
        _s[0](self, number)
        _s[1](self, expiration)
        _s[2](self, verification_number)
        _c = _CardDetails_checks
        if not (isinstance(number, str)) and not attrs.validators.get_disabled():
            _c[0](self, _CardDetails_fields[0], number)
        if not (isinstance(expiration, str)) and not attrs.validators.get_disabled():
            _c[1](self, _CardDetails_fields[1], expiration)
        if not (isinstance(verification_number, str)) and not attrs.validators.get_disabled():
            _c[2](self, _CardDetails_fields[2], verification_number)

    def __copy__(self) -> CardDetails:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not CardDetails:
            return attrs.evolve(self)
        copy = object.__new__(CardDetails)
        _s = _CardDetails_setters
        _s[0](copy, self.number)
        _s[1](copy, self.expiration)
        _s[2](copy, self.verification_number)
        return copy


_CardDetails_setters, _CardDetails_checks, _CardDetails_fields = init_parts(CardDetails)


@attrs.define(kw_only=True, init=False)
class BillingAddress(RequestModel):
    """The card's billing address."""

    first_name: str = attrs.field(
        validator=check(
            str,
            min_length=1,
            accepts=lambda c: lambda v: isinstance(v, str) and len(v) >= 1,
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) and len(v) >= 1 else c(i, a, v),
        ),
        metadata={"json": "firstName"},
    )
    last_name: str = attrs.field(
        validator=check(
            str,
            min_length=1,
            accepts=lambda c: lambda v: isinstance(v, str) and len(v) >= 1,
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) and len(v) >= 1 else c(i, a, v),
        ),
        metadata={"json": "lastName"},
    )
    address_line1: str = attrs.field(
        validator=check(
            str,
            min_length=1,
            accepts=lambda c: lambda v: isinstance(v, str) and len(v) >= 1,
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) and len(v) >= 1 else c(i, a, v),
        ),
        metadata={"json": "addressLine1"},
    )
    city: str = attrs.field(
        validator=check(
            str,
            min_length=1,
            accepts=lambda c: lambda v: isinstance(v, str) and len(v) >= 1,
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) and len(v) >= 1 else c(i, a, v),
        ),
        metadata={"json": "city"},
    )
    state: str = attrs.field(
        validator=check(
            str,
            min_length=1,
            accepts=lambda c: lambda v: isinstance(v, str) and len(v) >= 1,
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) and len(v) >= 1 else c(i, a, v),
        ),
        metadata={"json": "state"},
    )
    postal_code: str = attrs.field(
        validator=check(
            str,
            min_length=1,
            accepts=lambda c: lambda v: isinstance(v, str) and len(v) >= 1,
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) and len(v) >= 1 else c(i, a, v),
        ),
        metadata={"json": "postalCode"},
    )
    country: str = attrs.field(
        validator=check(
            str,
            min_length=1,
            accepts=lambda c: lambda v: isinstance(v, str) and len(v) >= 1,
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) and len(v) >= 1 else c(i, a, v),
        ),
        metadata={"json": "country"},
    )
    """Two-letter country code."""
    email_address: str = attrs.field(
        validator=check(
            str,
            min_length=1,
            accepts=lambda c: lambda v: isinstance(v, str) and len(v) >= 1,
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) and len(v) >= 1 else c(i, a, v),
        ),
        metadata={"json": "emailAddress"},
    )
    address_line2: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "addressLine2"},
    )

    def __init__(
        self,
        *,
        first_name: str,
        last_name: str,
        address_line1: str,
        city: str,
        state: str,
        postal_code: str,
        country: str,
        email_address: str,
        address_line2: str | Unset = UNSET,
    ) -> None:
        _s = _BillingAddress_setters
        _s[0](self, first_name)
        _s[1](self, last_name)
        _s[2](self, address_line1)
        _s[3](self, city)
        _s[4](self, state)
        _s[5](self, postal_code)
        _s[6](self, country)
        _s[7](self, email_address)
        _s[8](self, address_line2)
        _c = _BillingAddress_checks
        if not (isinstance(first_name, str) and len(first_name) >= 1) and not attrs.validators.get_disabled():
            _c[0](self, _BillingAddress_fields[0], first_name)
        if not (isinstance(last_name, str) and len(last_name) >= 1) and not attrs.validators.get_disabled():
            _c[1](self, _BillingAddress_fields[1], last_name)
        if (
            not (isinstance(address_line1, str) and len(address_line1) >= 1)
            and not attrs.validators.get_disabled()
        ):
            _c[2](self, _BillingAddress_fields[2], address_line1)
        if not (isinstance(city, str) and len(city) >= 1) and not attrs.validators.get_disabled():
            _c[3](self, _BillingAddress_fields[3], city)
        if not (isinstance(state, str) and len(state) >= 1) and not attrs.validators.get_disabled():
            _c[4](self, _BillingAddress_fields[4], state)
        if (
            not (isinstance(postal_code, str) and len(postal_code) >= 1)
            and not attrs.validators.get_disabled()
        ):
            _c[5](self, _BillingAddress_fields[5], postal_code)
        if not (isinstance(country, str) and len(country) >= 1) and not attrs.validators.get_disabled():
            _c[6](self, _BillingAddress_fields[6], country)
        if (
            not (isinstance(email_address, str) and len(email_address) >= 1)
            and not attrs.validators.get_disabled()
        ):
            _c[7](self, _BillingAddress_fields[7], email_address)
        if (
            not (address_line2 is UNSET or (isinstance(address_line2, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[8](self, _BillingAddress_fields[8], address_line2)

    def __copy__(self) -> BillingAddress:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not BillingAddress:
            return attrs.evolve(self)
        copy = object.__new__(BillingAddress)
        _s = _BillingAddress_setters
        _s[0](copy, self.first_name)
        _s[1](copy, self.last_name)
        _s[2](copy, self.address_line1)
        _s[3](copy, self.city)
        _s[4](copy, self.state)
        _s[5](copy, self.postal_code)
        _s[6](copy, self.country)
        _s[7](copy, self.email_address)
        _s[8](copy, self.address_line2)
        return copy


_BillingAddress_setters, _BillingAddress_checks, _BillingAddress_fields = init_parts(BillingAddress)


@attrs.define(kw_only=True, init=False)
class ContactInfo(RequestModel):
    """Someone to contact about the card."""

    full_name: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "fullName"},
    )
    email_address: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "emailAddress"},
    )

    def __init__(self, *, full_name: str | Unset = UNSET, email_address: str | Unset = UNSET) -> None:
        _s = _ContactInfo_setters
        _s[0](self, full_name)
        _s[1](self, email_address)
        _c = _ContactInfo_checks
        if not (full_name is UNSET or (isinstance(full_name, str))) and not attrs.validators.get_disabled():
            _c[0](self, _ContactInfo_fields[0], full_name)
        if (
            not (email_address is UNSET or (isinstance(email_address, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[1](self, _ContactInfo_fields[1], email_address)

    def __copy__(self) -> ContactInfo:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not ContactInfo:
            return attrs.evolve(self)
        copy = object.__new__(ContactInfo)
        _s = _ContactInfo_setters
        _s[0](copy, self.full_name)
        _s[1](copy, self.email_address)
        return copy


_ContactInfo_setters, _ContactInfo_checks, _ContactInfo_fields = init_parts(ContactInfo)


@attrs.define(kw_only=True, init=False)
class CreditCardCreate(RequestModel):
    """POST /creditCards: register a card to an account (at most 10 per account). It can fund the account from its activationDate."""

    customer_identifier: str = attrs.field(
        validator=check(
            str,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "customerIdentifier"},
    )
    account_identifier: str = attrs.field(
        validator=check(
            str,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "accountIdentifier"},
    )
    ip_address: str = attrs.field(
        validator=check(
            str,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "ipAddress"},
    )
    """The IP address of the person registering the card."""
    label: str = attrs.field(
        validator=check(
            str,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "label"},
    )
    credit_card: CardDetails = attrs.field(
        validator=check(
            CardDetails,
            accepts=lambda c: lambda v: v.__class__ is CardDetails,
            quick=lambda c: lambda i, a, v: None if v.__class__ is CardDetails else c(i, a, v),
        ),
        metadata={"json": "creditCard"},
    )
    billing_address: BillingAddress = attrs.field(
        validator=check(
            BillingAddress,
            accepts=lambda c: lambda v: v.__class__ is BillingAddress,
            quick=lambda c: lambda i, a, v: None if v.__class__ is BillingAddress else c(i, a, v),
        ),
        metadata={"json": "billingAddress"},
    )
    contact_information: list[ContactInfo] | Unset = attrs.field(
        default=UNSET,
        validator=check(
            list,
            optional=True,
            items=check(
                ContactInfo,
                accepts=lambda c: lambda v: v.__class__ is ContactInfo,
                quick=lambda c: lambda i, a, v: None if v.__class__ is ContactInfo else c(i, a, v),
            ),
            accepts=lambda c: lambda v: v is UNSET or (v.__class__ is list and all(map(c.items.accepts, v))),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v is UNSET or (v.__class__ is list and all(map(c.items.accepts, v)))
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "contactInformation"},
    )

    def __init__(
        self,
        *,
        customer_identifier: str,
        account_identifier: str,
        ip_address: str,
        label: str,
        credit_card: CardDetails,
        billing_address: BillingAddress,
        contact_information: list[ContactInfo] | Unset = UNSET,
    ) -> None:
        _s = _CreditCardCreate_setters
        _s[0](self, customer_identifier)
        _s[1](self, account_identifier)
        _s[2](self, ip_address)
        _s[3](self, label)
        _s[4](self, credit_card)
        _s[5](self, billing_address)
        _s[6](self, contact_information)
        _c = _CreditCardCreate_checks
        if not (isinstance(customer_identifier, str)) and not attrs.validators.get_disabled():
            _c[0](self, _CreditCardCreate_fields[0], customer_identifier)
        if not (isinstance(account_identifier, str)) and not attrs.validators.get_disabled():
            _c[1](self, _CreditCardCreate_fields[1], account_identifier)
        if not (isinstance(ip_address, str)) and not attrs.validators.get_disabled():
            _c[2](self, _CreditCardCreate_fields[2], ip_address)
        if not (isinstance(label, str)) and not attrs.validators.get_disabled():
            _c[3](self, _CreditCardCreate_fields[3], label)
        if credit_card.__class__ is not CardDetails and not attrs.validators.get_disabled():
            _c[4](self, _CreditCardCreate_fields[4], credit_card)
        if billing_address.__class__ is not BillingAddress and not attrs.validators.get_disabled():
            _c[5](self, _CreditCardCreate_fields[5], billing_address)
        if (
            not (
                contact_information is UNSET
                or (
                    contact_information.__class__ is list
                    and all(map(_c[6].items.accepts, contact_information))
                )
            )
            and not attrs.validators.get_disabled()
        ):
            _c[6](self, _CreditCardCreate_fields[6], contact_information)

    def __copy__(self) -> CreditCardCreate:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not CreditCardCreate:
            return attrs.evolve(self)
        copy = object.__new__(CreditCardCreate)
        _s = _CreditCardCreate_setters
        _s[0](copy, self.customer_identifier)
        _s[1](copy, self.account_identifier)
        _s[2](copy, self.ip_address)
        _s[3](copy, self.label)
        _s[4](copy, self.credit_card)
        _s[5](copy, self.billing_address)
        _s[6](copy, self.contact_information)
        return copy


_CreditCardCreate_setters, _CreditCardCreate_checks, _CreditCardCreate_fields = init_parts(CreditCardCreate)


@attrs.define(kw_only=True)
class ContactInfoView(ResponseModel):
    """Someone to contact about the card."""

    full_name: str | None = attrs.field(default=None, metadata={"json": "fullName"})
    email_address: str | None = attrs.field(default=None, metadata={"json": "emailAddress"})


@attrs.define(kw_only=True)
class CreditCard(ResponseModel):
    """A registered card. Usable only from activationDate."""

    token: str = attrs.field(metadata={"json": "token"})
    customer_identifier: str | None = attrs.field(default=None, metadata={"json": "customerIdentifier"})
    account_identifier: str | None = attrs.field(default=None, metadata={"json": "accountIdentifier"})
    account_number: str | None = attrs.field(default=None, metadata={"json": "accountNumber"})
    label: str | None = attrs.field(default=None, metadata={"json": "label"})
    last_four_digits: str | None = attrs.field(default=None, metadata={"json": "lastFourDigits"})
    expiration_date: str | None = attrs.field(default=None, metadata={"json": "expirationDate"})
    """YYYY-MM."""
    status: str | None = attrs.field(default=None, metadata={"json": "status"})
    created_date: datetime | None = attrs.field(default=None, metadata={"json": "createdDate"})
    activation_date: datetime | None = attrs.field(default=None, metadata={"json": "activationDate"})
    contact_information: list[ContactInfoView] | None = attrs.field(
        default=None, metadata={"json": "contactInformation"}
    )


@attrs.define(kw_only=True)
class CreditCardPage(ResponseModel):
    """A page of cards (cursor pagination: paginate=true)."""

    number_of_elements: int | None = attrs.field(default=None, metadata={"json": "numberOfElements"})
    max_results: int | None = attrs.field(default=None, metadata={"json": "maxResults"})
    prev_cursor: str | None = attrs.field(default=None, metadata={"json": "prevCursor"})
    next_cursor: str | None = attrs.field(default=None, metadata={"json": "nextCursor"})
    prev_page_available: bool | None = attrs.field(default=None, metadata={"json": "prevPageAvailable"})
    next_page_available: bool | None = attrs.field(default=None, metadata={"json": "nextPageAvailable"})
    items: list[CreditCard] = attrs.field(factory=list, metadata={"json": "items"})


@attrs.define(kw_only=True, init=False)
class DepositCreate(RequestModel):
    """POST /creditCardDeposits: fund an account from a registered card. Amount in USD; a fee is added to what the card is charged."""

    customer_identifier: str = attrs.field(
        validator=check(
            str,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "customerIdentifier"},
    )
    account_identifier: str = attrs.field(
        validator=check(
            str,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "accountIdentifier"},
    )
    credit_card_token: str = attrs.field(
        validator=check(
            str,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "creditCardToken"},
    )
    amount: Decimal = attrs.field(
        converter=to_decimal,
        validator=check(
            Decimal,
            ge=Decimal("0"),
            multiple_of=Decimal("0.01"),
            accepts=lambda c: (
                lambda v: (
                    v.__class__ is Decimal and v.is_finite() and (v >= c.ge) and is_multiple(v, c.multiple_of)
                )
            ),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v.__class__ is Decimal
                    and v.is_finite()
                    and (v >= c.ge)
                    and is_multiple(v, c.multiple_of)
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "amount"},
    )
    """USD, at most 2 decimals; the allowed range is the platform's (422.052 outside it)."""
    external_ref_id: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "externalRefID"},
    )
    """Must be unique; the client sends one on every deposit so a retry cannot fund twice."""

    def __init__(
        self,
        *,
        customer_identifier: str,
        account_identifier: str,
        credit_card_token: str,
        amount: Decimal | int | float | str,
        external_ref_id: str | Unset = UNSET,
    ) -> None:
        amount = amount if amount.__class__ is Decimal else to_decimal(amount)
        _s = _DepositCreate_setters
        _s[0](self, customer_identifier)
        _s[1](self, account_identifier)
        _s[2](self, credit_card_token)
        _s[3](self, amount)
        _s[4](self, external_ref_id)
        _c = _DepositCreate_checks
        if not (isinstance(customer_identifier, str)) and not attrs.validators.get_disabled():
            _c[0](self, _DepositCreate_fields[0], customer_identifier)
        if not (isinstance(account_identifier, str)) and not attrs.validators.get_disabled():
            _c[1](self, _DepositCreate_fields[1], account_identifier)
        if not (isinstance(credit_card_token, str)) and not attrs.validators.get_disabled():
            _c[2](self, _DepositCreate_fields[2], credit_card_token)
        if (
            not (
                amount.__class__ is Decimal
                and amount.is_finite()
                and amount >= _c[3].ge
                and is_multiple(amount, _c[3].multiple_of)
            )
            and not attrs.validators.get_disabled()
        ):
            _c[3](self, _DepositCreate_fields[3], amount)
        if (
            not (external_ref_id is UNSET or (isinstance(external_ref_id, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[4](self, _DepositCreate_fields[4], external_ref_id)

    def __copy__(self) -> DepositCreate:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not DepositCreate:
            return attrs.evolve(self)
        copy = object.__new__(DepositCreate)
        _s = _DepositCreate_setters
        _s[0](copy, self.customer_identifier)
        _s[1](copy, self.account_identifier)
        _s[2](copy, self.credit_card_token)
        _s[3](copy, self.amount)
        _s[4](copy, self.external_ref_id)
        return copy


_DepositCreate_setters, _DepositCreate_checks, _DepositCreate_fields = init_parts(DepositCreate)


class DepositStatus(StrEnum):
    """Known values of DepositStatus; the API may add others."""

    SUCCESS = "Success"
    PENDING = "Pending"
    DECLINED = "Declined"


@attrs.define(kw_only=True)
class Deposit(ResponseModel):
    """A card deposit. amountCharged is amount plus the fee (feePercent). Pending can last until the end of the next business day."""

    reference_deposit_id: str = attrs.field(metadata={"json": "referenceDepositID"})
    amount: Decimal | None = attrs.field(default=None, metadata={"json": "amount"})
    amount_charged: Decimal | None = attrs.field(default=None, metadata={"json": "amountCharged"})
    fee_percent: Decimal | None = attrs.field(default=None, metadata={"json": "feePercent"})
    created_date: datetime | None = attrs.field(default=None, metadata={"json": "createdDate"})
    status: DepositStatus | str | None = attrs.field(default=None, metadata={"json": "status"})
    external_ref_id: str | None = attrs.field(default=None, metadata={"json": "externalRefID"})
    account_number: str | None = attrs.field(default=None, metadata={"json": "accountNumber"})


@attrs.define(kw_only=True, init=False)
class CardUnregister(RequestModel):
    """POST /creditCardUnregisters: remove a card from an account."""

    customer_identifier: str = attrs.field(
        validator=check(
            str,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "customerIdentifier"},
    )
    account_identifier: str = attrs.field(
        validator=check(
            str,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "accountIdentifier"},
    )
    credit_card_token: str = attrs.field(
        validator=check(
            str,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "creditCardToken"},
    )

    def __init__(self, *, customer_identifier: str, account_identifier: str, credit_card_token: str) -> None:
        _s = _CardUnregister_setters
        _s[0](self, customer_identifier)
        _s[1](self, account_identifier)
        _s[2](self, credit_card_token)
        _c = _CardUnregister_checks
        if not (isinstance(customer_identifier, str)) and not attrs.validators.get_disabled():
            _c[0](self, _CardUnregister_fields[0], customer_identifier)
        if not (isinstance(account_identifier, str)) and not attrs.validators.get_disabled():
            _c[1](self, _CardUnregister_fields[1], account_identifier)
        if not (isinstance(credit_card_token, str)) and not attrs.validators.get_disabled():
            _c[2](self, _CardUnregister_fields[2], credit_card_token)

    def __copy__(self) -> CardUnregister:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not CardUnregister:
            return attrs.evolve(self)
        copy = object.__new__(CardUnregister)
        _s = _CardUnregister_setters
        _s[0](copy, self.customer_identifier)
        _s[1](copy, self.account_identifier)
        _s[2](copy, self.credit_card_token)
        return copy


_CardUnregister_setters, _CardUnregister_checks, _CardUnregister_fields = init_parts(CardUnregister)


@attrs.define(kw_only=True)
class CardUnregistered(ResponseModel):
    """A card removed from an account."""

    token: str | None = attrs.field(default=None, metadata={"json": "token"})
    message: str | None = attrs.field(default=None, metadata={"json": "message"})
    created_date: datetime | None = attrs.field(default=None, metadata={"json": "createdDate"})


@attrs.define(kw_only=True, init=False)
class TransferCreate(RequestModel):
    """POST /transferFunds: move money between two accounts of the platform."""

    transfer_from: str = attrs.field(
        validator=check(
            str,
            min_length=1,
            accepts=lambda c: lambda v: isinstance(v, str) and len(v) >= 1,
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) and len(v) >= 1 else c(i, a, v),
        ),
        metadata={"json": "transferFrom"},
    )
    """The source accountIdentifier."""
    transfer_to: str = attrs.field(
        validator=check(
            str,
            min_length=1,
            accepts=lambda c: lambda v: isinstance(v, str) and len(v) >= 1,
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) and len(v) >= 1 else c(i, a, v),
        ),
        metadata={"json": "transferTo"},
    )
    """The destination accountIdentifier."""
    amount: Decimal = attrs.field(
        converter=to_decimal,
        validator=check(
            Decimal,
            ge=Decimal("0"),
            le=Decimal("999999.99"),
            multiple_of=Decimal("0.01"),
            accepts=lambda c: (
                lambda v: (
                    v.__class__ is Decimal
                    and v.is_finite()
                    and (v >= c.ge)
                    and (v <= c.le)
                    and is_multiple(v, c.multiple_of)
                )
            ),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v.__class__ is Decimal
                    and v.is_finite()
                    and (v >= c.ge)
                    and (v <= c.le)
                    and is_multiple(v, c.multiple_of)
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "amount"},
    )
    transfer_notes: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            max_length=150,
            accepts=lambda c: lambda v: v is UNSET or (isinstance(v, str) and len(v) <= 150),
            quick=lambda c: (
                lambda i, a, v: None if v is UNSET or (isinstance(v, str) and len(v) <= 150) else c(i, a, v)
            ),
        ),
        metadata={"json": "transferNotes"},
    )
    external_ref_id: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "externalRefID"},
    )
    """Must be unique; the client sends one on every transfer so a retry cannot move money twice."""

    def __init__(
        self,
        *,
        transfer_from: str,
        transfer_to: str,
        amount: Decimal | int | float | str,
        transfer_notes: str | Unset = UNSET,
        external_ref_id: str | Unset = UNSET,
    ) -> None:
        amount = amount if amount.__class__ is Decimal else to_decimal(amount)
        _s = _TransferCreate_setters
        _s[0](self, transfer_from)
        _s[1](self, transfer_to)
        _s[2](self, amount)
        _s[3](self, transfer_notes)
        _s[4](self, external_ref_id)
        _c = _TransferCreate_checks
        if (
            not (isinstance(transfer_from, str) and len(transfer_from) >= 1)
            and not attrs.validators.get_disabled()
        ):
            _c[0](self, _TransferCreate_fields[0], transfer_from)
        if (
            not (isinstance(transfer_to, str) and len(transfer_to) >= 1)
            and not attrs.validators.get_disabled()
        ):
            _c[1](self, _TransferCreate_fields[1], transfer_to)
        if (
            not (
                amount.__class__ is Decimal
                and amount.is_finite()
                and amount >= _c[2].ge
                and amount <= _c[2].le
                and is_multiple(amount, _c[2].multiple_of)
            )
            and not attrs.validators.get_disabled()
        ):
            _c[2](self, _TransferCreate_fields[2], amount)
        if (
            not (transfer_notes is UNSET or (isinstance(transfer_notes, str) and len(transfer_notes) <= 150))
            and not attrs.validators.get_disabled()
        ):
            _c[3](self, _TransferCreate_fields[3], transfer_notes)
        if (
            not (external_ref_id is UNSET or (isinstance(external_ref_id, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[4](self, _TransferCreate_fields[4], external_ref_id)

    def __copy__(self) -> TransferCreate:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not TransferCreate:
            return attrs.evolve(self)
        copy = object.__new__(TransferCreate)
        _s = _TransferCreate_setters
        _s[0](copy, self.transfer_from)
        _s[1](copy, self.transfer_to)
        _s[2](copy, self.amount)
        _s[3](copy, self.transfer_notes)
        _s[4](copy, self.external_ref_id)
        return copy


_TransferCreate_setters, _TransferCreate_checks, _TransferCreate_fields = init_parts(TransferCreate)


@attrs.define(kw_only=True)
class TransferParty(ResponseModel):
    """One side of a transfer, with its balance before and after."""

    account_identifier: str | None = attrs.field(default=None, metadata={"json": "accountIdentifier"})
    account_number: str | None = attrs.field(default=None, metadata={"json": "accountNumber"})
    display_name: str | None = attrs.field(default=None, metadata={"json": "displayName"})
    currency_code: str | None = attrs.field(default=None, metadata={"json": "currencyCode"})
    starting_balance: Decimal | None = attrs.field(default=None, metadata={"json": "startingBalance"})
    ending_balance: Decimal | None = attrs.field(default=None, metadata={"json": "endingBalance"})
    status: str | None = attrs.field(default=None, metadata={"json": "status"})
    contact_email: str | None = attrs.field(default=None, metadata={"json": "contactEmail"})


@attrs.define(kw_only=True)
class Transfer(ResponseModel):
    """A completed transfer."""

    external_ref_id: str | None = attrs.field(default=None, metadata={"json": "externalRefID"})
    transfer_date: datetime | None = attrs.field(default=None, metadata={"json": "transferDate"})
    transferred_amount: Decimal | None = attrs.field(default=None, metadata={"json": "transferredAmount"})
    transfer_notes: str | None = attrs.field(default=None, metadata={"json": "transferNotes"})
    transfer_from: TransferParty | None = attrs.field(default=None, metadata={"json": "transferFrom"})
    transfer_to: TransferParty | None = attrs.field(default=None, metadata={"json": "transferTo"})


@attrs.define(kw_only=True, init=False)
class LineItemAction(RequestModel):
    """POST /lineItems/{id}/freeze, /unfreeze or /cancel."""

    reason_code: str = attrs.field(
        validator=check(
            str,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "reasonCode"},
    )
    """a code of GET /lineItems/reasonCodes for this action"""
    other_reason: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "otherReason"},
    )
    """required by Tango when the code is OTHER"""

    def __init__(self, *, reason_code: str, other_reason: str | Unset = UNSET) -> None:
        _s = _LineItemAction_setters
        _s[0](self, reason_code)
        _s[1](self, other_reason)
        _c = _LineItemAction_checks
        if not (isinstance(reason_code, str)) and not attrs.validators.get_disabled():
            _c[0](self, _LineItemAction_fields[0], reason_code)
        if (
            not (other_reason is UNSET or (isinstance(other_reason, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[1](self, _LineItemAction_fields[1], other_reason)

    def __copy__(self) -> LineItemAction:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not LineItemAction:
            return attrs.evolve(self)
        copy = object.__new__(LineItemAction)
        _s = _LineItemAction_setters
        _s[0](copy, self.reason_code)
        _s[1](copy, self.other_reason)
        return copy


_LineItemAction_setters, _LineItemAction_checks, _LineItemAction_fields = init_parts(LineItemAction)


@attrs.define(kw_only=True, init=False)
class LineItemUpdate(RequestModel):
    """PATCH /lineItems/{id}: fields left out stay as they are."""

    purchase_order_number: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "purchaseOrderNumber"},
    )
    campaign: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            pattern="^[a-zA-Z0-9 ]{0,100}$",
            accepts=lambda c: (
                lambda v: v is UNSET or (isinstance(v, str) and c.pattern.search(v) is not None)
            ),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v is UNSET or (isinstance(v, str) and c.pattern.search(v) is not None)
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "campaign"},
    )
    order_notes: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            max_length=150,
            accepts=lambda c: lambda v: v is UNSET or (isinstance(v, str) and len(v) <= 150),
            quick=lambda c: (
                lambda i, a, v: None if v is UNSET or (isinstance(v, str) and len(v) <= 150) else c(i, a, v)
            ),
        ),
        metadata={"json": "orderNotes"},
    )

    def __init__(
        self,
        *,
        purchase_order_number: str | Unset = UNSET,
        campaign: str | Unset = UNSET,
        order_notes: str | Unset = UNSET,
    ) -> None:
        _s = _LineItemUpdate_setters
        _s[0](self, purchase_order_number)
        _s[1](self, campaign)
        _s[2](self, order_notes)
        _c = _LineItemUpdate_checks
        if (
            not (purchase_order_number is UNSET or (isinstance(purchase_order_number, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[0](self, _LineItemUpdate_fields[0], purchase_order_number)
        if (
            not (
                campaign is UNSET
                or (isinstance(campaign, str) and _c[1].pattern.search(campaign) is not None)
            )
            and not attrs.validators.get_disabled()
        ):
            _c[1](self, _LineItemUpdate_fields[1], campaign)
        if (
            not (order_notes is UNSET or (isinstance(order_notes, str) and len(order_notes) <= 150))
            and not attrs.validators.get_disabled()
        ):
            _c[2](self, _LineItemUpdate_fields[2], order_notes)

    def __copy__(self) -> LineItemUpdate:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not LineItemUpdate:
            return attrs.evolve(self)
        copy = object.__new__(LineItemUpdate)
        _s = _LineItemUpdate_setters
        _s[0](copy, self.purchase_order_number)
        _s[1](copy, self.campaign)
        _s[2](copy, self.order_notes)
        return copy


_LineItemUpdate_setters, _LineItemUpdate_checks, _LineItemUpdate_fields = init_parts(LineItemUpdate)


@attrs.define(kw_only=True, init=False)
class ReissueRecipient(RequestModel):
    """The new recipient of a reissued reward."""

    first_name: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "firstName"},
    )
    last_name: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "lastName"},
    )
    email: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "email"},
    )
    mobile_number: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "mobileNumber"},
    )

    def __init__(
        self,
        *,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_number: str | Unset = UNSET,
    ) -> None:
        _s = _ReissueRecipient_setters
        _s[0](self, first_name)
        _s[1](self, last_name)
        _s[2](self, email)
        _s[3](self, mobile_number)
        _c = _ReissueRecipient_checks
        if not (first_name is UNSET or (isinstance(first_name, str))) and not attrs.validators.get_disabled():
            _c[0](self, _ReissueRecipient_fields[0], first_name)
        if not (last_name is UNSET or (isinstance(last_name, str))) and not attrs.validators.get_disabled():
            _c[1](self, _ReissueRecipient_fields[1], last_name)
        if not (email is UNSET or (isinstance(email, str))) and not attrs.validators.get_disabled():
            _c[2](self, _ReissueRecipient_fields[2], email)
        if (
            not (mobile_number is UNSET or (isinstance(mobile_number, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[3](self, _ReissueRecipient_fields[3], mobile_number)

    def __copy__(self) -> ReissueRecipient:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not ReissueRecipient:
            return attrs.evolve(self)
        copy = object.__new__(ReissueRecipient)
        _s = _ReissueRecipient_setters
        _s[0](copy, self.first_name)
        _s[1](copy, self.last_name)
        _s[2](copy, self.email)
        _s[3](copy, self.mobile_number)
        return copy


_ReissueRecipient_setters, _ReissueRecipient_checks, _ReissueRecipient_fields = init_parts(ReissueRecipient)


@attrs.define(kw_only=True, init=False)
class LineItemResend(RequestModel):
    """POST /lineItems/{id}/resends. All fields optional."""

    new_delivery_method: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "newDeliveryMethod"},
    )
    new_email: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "newEmail"},
    )
    new_mobile_number: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "newMobileNumber"},
    )
    new_etid: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "newEtid"},
    )
    reason_code: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "reasonCode"},
    )
    other_reason: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "otherReason"},
    )

    def __init__(
        self,
        *,
        new_delivery_method: str | Unset = UNSET,
        new_email: str | Unset = UNSET,
        new_mobile_number: str | Unset = UNSET,
        new_etid: str | Unset = UNSET,
        reason_code: str | Unset = UNSET,
        other_reason: str | Unset = UNSET,
    ) -> None:
        _s = _LineItemResend_setters
        _s[0](self, new_delivery_method)
        _s[1](self, new_email)
        _s[2](self, new_mobile_number)
        _s[3](self, new_etid)
        _s[4](self, reason_code)
        _s[5](self, other_reason)
        _c = _LineItemResend_checks
        if (
            not (new_delivery_method is UNSET or (isinstance(new_delivery_method, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[0](self, _LineItemResend_fields[0], new_delivery_method)
        if not (new_email is UNSET or (isinstance(new_email, str))) and not attrs.validators.get_disabled():
            _c[1](self, _LineItemResend_fields[1], new_email)
        if (
            not (new_mobile_number is UNSET or (isinstance(new_mobile_number, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[2](self, _LineItemResend_fields[2], new_mobile_number)
        if not (new_etid is UNSET or (isinstance(new_etid, str))) and not attrs.validators.get_disabled():
            _c[3](self, _LineItemResend_fields[3], new_etid)
        if (
            not (reason_code is UNSET or (isinstance(reason_code, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[4](self, _LineItemResend_fields[4], reason_code)
        if (
            not (other_reason is UNSET or (isinstance(other_reason, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[5](self, _LineItemResend_fields[5], other_reason)

    def __copy__(self) -> LineItemResend:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not LineItemResend:
            return attrs.evolve(self)
        copy = object.__new__(LineItemResend)
        _s = _LineItemResend_setters
        _s[0](copy, self.new_delivery_method)
        _s[1](copy, self.new_email)
        _s[2](copy, self.new_mobile_number)
        _s[3](copy, self.new_etid)
        _s[4](copy, self.reason_code)
        _s[5](copy, self.other_reason)
        return copy


_LineItemResend_setters, _LineItemResend_checks, _LineItemResend_fields = init_parts(LineItemResend)


@attrs.define(kw_only=True)
class LineItemResent(ResponseModel):
    """A line item's resend (ResendView)."""

    id: int | None = attrs.field(default=None, metadata={"json": "id"})
    created_at: datetime | None = attrs.field(default=None, metadata={"json": "createdAt"})
    email: str | None = attrs.field(default=None, metadata={"json": "email"})
    mobile_number: str | None = attrs.field(default=None, metadata={"json": "mobileNumber"})
    delivery_method: str | None = attrs.field(default=None, metadata={"json": "deliveryMethod"})
    reason_code: str | None = attrs.field(default=None, metadata={"json": "reasonCode"})
    other_reason: str | None = attrs.field(default=None, metadata={"json": "otherReason"})
    legacy_id: str | None = attrs.field(default=None, metadata={"json": "legacyId"})
    """Set when a v1 order was resent."""


@attrs.define(kw_only=True)
class LineItemActionEntry(ResponseModel):
    """One entry of a line item's action history."""

    action: str | None = attrs.field(default=None, metadata={"json": "action"})
    reason: str | None = attrs.field(default=None, metadata={"json": "reason"})
    action_date: datetime | None = attrs.field(default=None, metadata={"json": "actionDate"})
    old_reference_line_item_id: str | None = attrs.field(
        default=None, metadata={"json": "oldReferenceLineItemId"}
    )
    new_reference_line_item_id: str | None = attrs.field(
        default=None, metadata={"json": "newReferenceLineItemId"}
    )


@attrs.define(kw_only=True)
class LineItemError(ResponseModel):
    """An error of a line item (snake_case on the wire)."""

    error_code: str | None = attrs.field(default=None, metadata={"json": "error_code"})
    error_message: str | None = attrs.field(default=None, metadata={"json": "error_message"})


@attrs.define(kw_only=True)
class ResendContact(ResponseModel):
    """Where a resend went."""

    email: str | None = attrs.field(default=None, metadata={"json": "email"})
    mobile_number: str | None = attrs.field(default=None, metadata={"json": "mobileNumber"})


@attrs.define(kw_only=True)
class RewardViewEntry(ResponseModel):
    """One view of a reward (OAS26 RewardViewHistory)."""

    date: datetime | None = attrs.field(default=None, metadata={"json": "date"})
    status: str | None = attrs.field(default=None, metadata={"json": "status"})


@attrs.define(kw_only=True)
class KeysetPage(ResponseModel):
    """Position of a keyset page: the keys to ask for the next or previous page."""

    next_page_keys: list[str] = attrs.field(factory=list, metadata={"json": "nextPageKeys"})
    previous_page_keys: list[str] = attrs.field(factory=list, metadata={"json": "previousPageKeys"})
    result_count: int | None = attrs.field(default=None, metadata={"json": "resultCount"})
    total_count: int | None = attrs.field(default=None, metadata={"json": "totalCount"})


@attrs.define(kw_only=True)
class EmbeddedUrl(ResponseModel):
    """GET /lineItems/{id}/embeddedUrl."""

    url: str | None = attrs.field(default=None, repr=masked, metadata={"json": "url", "sensitive": True})


@attrs.define(kw_only=True)
class ReasonCodes(ResponseModel):
    """GET /lineItems/reasonCodes: for each action, its codes and their descriptions."""

    freeze: dict[str, str] | None = attrs.field(default=None, metadata={"json": "FREEZE"})
    unfreeze: dict[str, str] | None = attrs.field(default=None, metadata={"json": "UNFREEZE"})
    cancel: dict[str, str] | None = attrs.field(default=None, metadata={"json": "CANCEL"})
    cancel_and_reissue: dict[str, str] | None = attrs.field(
        default=None, metadata={"json": "CANCEL_AND_REISSUE"}
    )


class ReissueDeliveryMethod(StrEnum):
    """How a reissued reward is delivered (OAS26 ReissueLineItemRequestCriteria)."""

    NONE = "NONE"
    EMAIL = "EMAIL"
    PHONE = "PHONE"
    EMBEDDED = "EMBEDDED"
    EMBEDDED_COMPONENT = "EMBEDDED_COMPONENT"
    WHATSAPP = "WHATSAPP"
    BULKDIGITAL = "BULKDIGITAL"


@attrs.define(kw_only=True, init=False)
class Address(RequestModel):
    """A postal address (deliveryMethod ADDRESS)."""

    company_name: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "companyName"},
    )
    street_line1: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            max_length=200,
            accepts=lambda c: lambda v: v is UNSET or (isinstance(v, str) and len(v) <= 200),
            quick=lambda c: (
                lambda i, a, v: None if v is UNSET or (isinstance(v, str) and len(v) <= 200) else c(i, a, v)
            ),
        ),
        metadata={"json": "streetLine1"},
    )
    street_line2: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            max_length=100,
            accepts=lambda c: lambda v: v is UNSET or (isinstance(v, str) and len(v) <= 100),
            quick=lambda c: (
                lambda i, a, v: None if v is UNSET or (isinstance(v, str) and len(v) <= 100) else c(i, a, v)
            ),
        ),
        metadata={"json": "streetLine2"},
    )
    city: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            max_length=60,
            accepts=lambda c: lambda v: v is UNSET or (isinstance(v, str) and len(v) <= 60),
            quick=lambda c: (
                lambda i, a, v: None if v is UNSET or (isinstance(v, str) and len(v) <= 60) else c(i, a, v)
            ),
        ),
        metadata={"json": "city"},
    )
    state_or_province: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            max_length=60,
            accepts=lambda c: lambda v: v is UNSET or (isinstance(v, str) and len(v) <= 60),
            quick=lambda c: (
                lambda i, a, v: None if v is UNSET or (isinstance(v, str) and len(v) <= 60) else c(i, a, v)
            ),
        ),
        metadata={"json": "stateOrProvince"},
    )
    postal_code: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            max_length=12,
            accepts=lambda c: lambda v: v is UNSET or (isinstance(v, str) and len(v) <= 12),
            quick=lambda c: (
                lambda i, a, v: None if v is UNSET or (isinstance(v, str) and len(v) <= 12) else c(i, a, v)
            ),
        ),
        metadata={"json": "postalCode"},
    )
    country: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            min_length=2,
            max_length=2,
            accepts=lambda c: lambda v: v is UNSET or (isinstance(v, str) and len(v) >= 2 and (len(v) <= 2)),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v is UNSET or (isinstance(v, str) and len(v) >= 2 and (len(v) <= 2))
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "country"},
    )
    """Two-letter country code."""

    def __init__(
        self,
        *,
        company_name: str | Unset = UNSET,
        street_line1: str | Unset = UNSET,
        street_line2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        state_or_province: str | Unset = UNSET,
        postal_code: str | Unset = UNSET,
        country: str | Unset = UNSET,
    ) -> None:
        _s = _Address_setters
        _s[0](self, company_name)
        _s[1](self, street_line1)
        _s[2](self, street_line2)
        _s[3](self, city)
        _s[4](self, state_or_province)
        _s[5](self, postal_code)
        _s[6](self, country)
        _c = _Address_checks
        if (
            not (company_name is UNSET or (isinstance(company_name, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[0](self, _Address_fields[0], company_name)
        if (
            not (street_line1 is UNSET or (isinstance(street_line1, str) and len(street_line1) <= 200))
            and not attrs.validators.get_disabled()
        ):
            _c[1](self, _Address_fields[1], street_line1)
        if (
            not (street_line2 is UNSET or (isinstance(street_line2, str) and len(street_line2) <= 100))
            and not attrs.validators.get_disabled()
        ):
            _c[2](self, _Address_fields[2], street_line2)
        if (
            not (city is UNSET or (isinstance(city, str) and len(city) <= 60))
            and not attrs.validators.get_disabled()
        ):
            _c[3](self, _Address_fields[3], city)
        if (
            not (
                state_or_province is UNSET
                or (isinstance(state_or_province, str) and len(state_or_province) <= 60)
            )
            and not attrs.validators.get_disabled()
        ):
            _c[4](self, _Address_fields[4], state_or_province)
        if (
            not (postal_code is UNSET or (isinstance(postal_code, str) and len(postal_code) <= 12))
            and not attrs.validators.get_disabled()
        ):
            _c[5](self, _Address_fields[5], postal_code)
        if (
            not (country is UNSET or (isinstance(country, str) and len(country) >= 2 and len(country) <= 2))
            and not attrs.validators.get_disabled()
        ):
            _c[6](self, _Address_fields[6], country)

    def __copy__(self) -> Address:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not Address:
            return attrs.evolve(self)
        copy = object.__new__(Address)
        _s = _Address_setters
        _s[0](copy, self.company_name)
        _s[1](copy, self.street_line1)
        _s[2](copy, self.street_line2)
        _s[3](copy, self.city)
        _s[4](copy, self.state_or_province)
        _s[5](copy, self.postal_code)
        _s[6](copy, self.country)
        return copy


_Address_setters, _Address_checks, _Address_fields = init_parts(Address)


@attrs.define(kw_only=True, init=False)
class Recipient(RequestModel):
    """Who receives the reward. Required when deliveryMethod is EMAIL, PHONE or ADDRESS."""

    email: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "email"},
    )
    first_name: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "firstName"},
    )
    """Tango allows 100 characters for digital rewards, 25 for physical ones."""
    last_name: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "lastName"},
    )
    mobile_number: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "mobileNumber"},
    )
    """E.164: + country code and number, at most 15 digits."""
    address: Address | Unset = attrs.field(
        default=UNSET,
        validator=check(
            Address,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or v.__class__ is Address,
            quick=lambda c: lambda i, a, v: None if v is UNSET or v.__class__ is Address else c(i, a, v),
        ),
        metadata={"json": "address"},
    )

    def __init__(
        self,
        *,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        mobile_number: str | Unset = UNSET,
        address: Address | Unset = UNSET,
    ) -> None:
        _s = _Recipient_setters
        _s[0](self, email)
        _s[1](self, first_name)
        _s[2](self, last_name)
        _s[3](self, mobile_number)
        _s[4](self, address)
        _c = _Recipient_checks
        if not (email is UNSET or (isinstance(email, str))) and not attrs.validators.get_disabled():
            _c[0](self, _Recipient_fields[0], email)
        if not (first_name is UNSET or (isinstance(first_name, str))) and not attrs.validators.get_disabled():
            _c[1](self, _Recipient_fields[1], first_name)
        if not (last_name is UNSET or (isinstance(last_name, str))) and not attrs.validators.get_disabled():
            _c[2](self, _Recipient_fields[2], last_name)
        if (
            not (mobile_number is UNSET or (isinstance(mobile_number, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[3](self, _Recipient_fields[3], mobile_number)
        if not (address is UNSET or (address.__class__ is Address)) and not attrs.validators.get_disabled():
            _c[4](self, _Recipient_fields[4], address)

    def __copy__(self) -> Recipient:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not Recipient:
            return attrs.evolve(self)
        copy = object.__new__(Recipient)
        _s = _Recipient_setters
        _s[0](copy, self.email)
        _s[1](copy, self.first_name)
        _s[2](copy, self.last_name)
        _s[3](copy, self.mobile_number)
        _s[4](copy, self.address)
        return copy


_Recipient_setters, _Recipient_checks, _Recipient_fields = init_parts(Recipient)


@attrs.define(kw_only=True, init=False)
class Sender(RequestModel):
    """Who the reward is from, as shown to the recipient."""

    first_name: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "firstName"},
    )
    last_name: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "lastName"},
    )
    email: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "email"},
    )

    def __init__(
        self, *, first_name: str | Unset = UNSET, last_name: str | Unset = UNSET, email: str | Unset = UNSET
    ) -> None:
        _s = _Sender_setters
        _s[0](self, first_name)
        _s[1](self, last_name)
        _s[2](self, email)
        _c = _Sender_checks
        if not (first_name is UNSET or (isinstance(first_name, str))) and not attrs.validators.get_disabled():
            _c[0](self, _Sender_fields[0], first_name)
        if not (last_name is UNSET or (isinstance(last_name, str))) and not attrs.validators.get_disabled():
            _c[1](self, _Sender_fields[1], last_name)
        if not (email is UNSET or (isinstance(email, str))) and not attrs.validators.get_disabled():
            _c[2](self, _Sender_fields[2], email)

    def __copy__(self) -> Sender:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not Sender:
            return attrs.evolve(self)
        copy = object.__new__(Sender)
        _s = _Sender_setters
        _s[0](copy, self.first_name)
        _s[1](copy, self.last_name)
        _s[2](copy, self.email)
        return copy


_Sender_setters, _Sender_checks, _Sender_fields = init_parts(Sender)


@attrs.define(kw_only=True, init=False)
class OrderCreate(RequestModel):
    """POST /orders: send one reward.

    externalRefID makes the order idempotent per account: a repeat returns the original order (201 new, 200 existing). The client always sends one, generating it when not given, so retries never create a second order."""

    customer_identifier: str = attrs.field(
        validator=check(
            str,
            pattern="^[-a-zA-Z0-9]{5,100}$",
            accepts=lambda c: lambda v: isinstance(v, str) and c.pattern.search(v) is not None,
            quick=lambda c: (
                lambda i, a, v: None if isinstance(v, str) and c.pattern.search(v) is not None else c(i, a, v)
            ),
        ),
        metadata={"json": "customerIdentifier"},
    )
    account_identifier: str = attrs.field(
        validator=check(
            str,
            pattern="^[-a-zA-Z0-9]{5,100}$",
            accepts=lambda c: lambda v: isinstance(v, str) and c.pattern.search(v) is not None,
            quick=lambda c: (
                lambda i, a, v: None if isinstance(v, str) and c.pattern.search(v) is not None else c(i, a, v)
            ),
        ),
        metadata={"json": "accountIdentifier"},
    )
    utid: str = attrs.field(
        validator=check(
            str,
            pattern="^[uU][0-9]+$",
            accepts=lambda c: lambda v: isinstance(v, str) and c.pattern.search(v) is not None,
            quick=lambda c: (
                lambda i, a, v: None if isinstance(v, str) and c.pattern.search(v) is not None else c(i, a, v)
            ),
        ),
        metadata={"json": "utid"},
    )
    """The catalog item, e.g. U561593."""
    amount: Decimal = attrs.field(
        converter=to_decimal,
        validator=check(
            Decimal,
            ge=Decimal("0"),
            le=Decimal("999999.99"),
            multiple_of=Decimal("0.01"),
            accepts=lambda c: (
                lambda v: (
                    v.__class__ is Decimal
                    and v.is_finite()
                    and (v >= c.ge)
                    and (v <= c.le)
                    and is_multiple(v, c.multiple_of)
                )
            ),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v.__class__ is Decimal
                    and v.is_finite()
                    and (v >= c.ge)
                    and (v <= c.le)
                    and is_multiple(v, c.multiple_of)
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "amount"},
    )
    """Face value in the item's currency, major units (at most 2 decimals, 6 integer digits). Required for fixed-value items too."""
    delivery_method: DeliveryMethod | str = attrs.field(
        default=DeliveryMethod.EMAIL,
        validator=check(
            str,
            enum=DeliveryMethod,
            accepts=lambda c: lambda v: isinstance(v, str) and v in DeliveryMethod._value2member_map_,
            quick=lambda c: (
                lambda i, a, v: (
                    None if isinstance(v, str) and v in DeliveryMethod._value2member_map_ else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "deliveryMethod"},
    )
    external_ref_id: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            max_length=100,
            accepts=lambda c: lambda v: v is UNSET or (isinstance(v, str) and len(v) <= 100),
            quick=lambda c: (
                lambda i, a, v: None if v is UNSET or (isinstance(v, str) and len(v) <= 100) else c(i, a, v)
            ),
        ),
        metadata={"json": "externalRefID"},
    )
    """Idempotency key, unique per account (Tango keeps it 90 days). At most 100 characters; Tango documents alphanumeric ones, so ids this client generates are letters and digits only."""
    recipient: Recipient | Unset = attrs.field(
        default=UNSET,
        validator=check(
            Recipient,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or v.__class__ is Recipient,
            quick=lambda c: lambda i, a, v: None if v is UNSET or v.__class__ is Recipient else c(i, a, v),
        ),
        metadata={"json": "recipient"},
    )
    sender: Sender | Unset = attrs.field(
        default=UNSET,
        validator=check(
            Sender,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or v.__class__ is Sender,
            quick=lambda c: lambda i, a, v: None if v is UNSET or v.__class__ is Sender else c(i, a, v),
        ),
        metadata={"json": "sender"},
    )
    email_subject: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "emailSubject"},
    )
    message: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "message"},
    )
    etid: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            pattern="^[eE][0-9]{6}$",
            accepts=lambda c: (
                lambda v: v is UNSET or (isinstance(v, str) and c.pattern.search(v) is not None)
            ),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v is UNSET or (isinstance(v, str) and c.pattern.search(v) is not None)
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "etid"},
    )
    """Email template, e.g. E000000."""
    ptid: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            pattern="^[pP][0-9]+$",
            accepts=lambda c: (
                lambda v: v is UNSET or (isinstance(v, str) and c.pattern.search(v) is not None)
            ),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v is UNSET or (isinstance(v, str) and c.pattern.search(v) is not None)
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "ptid"},
    )
    """Printed reward-link template, e.g. P000000."""
    campaign: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            max_length=1024,
            accepts=lambda c: lambda v: v is UNSET or (isinstance(v, str) and len(v) <= 1024),
            quick=lambda c: (
                lambda i, a, v: None if v is UNSET or (isinstance(v, str) and len(v) <= 1024) else c(i, a, v)
            ),
        ),
        metadata={"json": "campaign"},
    )
    purchase_order_number: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "purchaseOrderNumber"},
    )
    notes: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            max_length=1024,
            accepts=lambda c: lambda v: v is UNSET or (isinstance(v, str) and len(v) <= 1024),
            quick=lambda c: (
                lambda i, a, v: None if v is UNSET or (isinstance(v, str) and len(v) <= 1024) else c(i, a, v)
            ),
        ),
        metadata={"json": "notes"},
    )
    """Free-form notes; not idempotent (use externalRefID for that)."""
    expiration_date: datetime | Unset = attrs.field(
        default=UNSET,
        validator=check(
            datetime,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or v.__class__ is datetime,
            quick=lambda c: lambda i, a, v: None if v is UNSET or v.__class__ is datetime else c(i, a, v),
        ),
        metadata={"json": "expirationDate"},
    )
    """Promo links only."""
    custom_fields: Any | Unset = attrs.field(
        default=UNSET,
        validator=check(
            None,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or v.__class__ is dict,
            quick=lambda c: lambda i, a, v: None if v is UNSET or v.__class__ is dict else c(i, a, v),
        ),
        metadata={"json": "customFields"},
    )
    """Account-configured custom fields. OAS26: an object whose values are any JSON; any JSON value is accepted here (never stricter). Unknown keys are ignored by the API."""
    send_email: bool | Unset = attrs.field(
        default=UNSET,
        validator=check(
            bool,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or v.__class__ is bool,
            quick=lambda c: lambda i, a, v: None if v is UNSET or v.__class__ is bool else c(i, a, v),
        ),
        metadata={"json": "sendEmail"},
    )
    """Deprecated since 2025-10-01: use deliveryMethod."""

    def __init__(
        self,
        *,
        customer_identifier: str,
        account_identifier: str,
        utid: str,
        amount: Decimal | int | float | str,
        delivery_method: DeliveryMethod | str = DeliveryMethod.EMAIL,
        external_ref_id: str | Unset = UNSET,
        recipient: Recipient | Unset = UNSET,
        sender: Sender | Unset = UNSET,
        email_subject: str | Unset = UNSET,
        message: str | Unset = UNSET,
        etid: str | Unset = UNSET,
        ptid: str | Unset = UNSET,
        campaign: str | Unset = UNSET,
        purchase_order_number: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        expiration_date: datetime | Unset = UNSET,
        custom_fields: Any | Unset = UNSET,
        send_email: bool | Unset = UNSET,
    ) -> None:
        amount = amount if amount.__class__ is Decimal else to_decimal(amount)
        _s = _OrderCreate_setters
        _s[0](self, customer_identifier)
        _s[1](self, account_identifier)
        _s[2](self, utid)
        _s[3](self, amount)
        _s[4](self, delivery_method)
        _s[5](self, external_ref_id)
        _s[6](self, recipient)
        _s[7](self, sender)
        _s[8](self, email_subject)
        _s[9](self, message)
        _s[10](self, etid)
        _s[11](self, ptid)
        _s[12](self, campaign)
        _s[13](self, purchase_order_number)
        _s[14](self, notes)
        _s[15](self, expiration_date)
        _s[16](self, custom_fields)
        _s[17](self, send_email)
        _c = _OrderCreate_checks
        if (
            not (
                isinstance(customer_identifier, str) and _c[0].pattern.search(customer_identifier) is not None
            )
            and not attrs.validators.get_disabled()
        ):
            _c[0](self, _OrderCreate_fields[0], customer_identifier)
        if (
            not (isinstance(account_identifier, str) and _c[1].pattern.search(account_identifier) is not None)
            and not attrs.validators.get_disabled()
        ):
            _c[1](self, _OrderCreate_fields[1], account_identifier)
        if (
            not (isinstance(utid, str) and _c[2].pattern.search(utid) is not None)
            and not attrs.validators.get_disabled()
        ):
            _c[2](self, _OrderCreate_fields[2], utid)
        if (
            not (
                amount.__class__ is Decimal
                and amount.is_finite()
                and amount >= _c[3].ge
                and amount <= _c[3].le
                and is_multiple(amount, _c[3].multiple_of)
            )
            and not attrs.validators.get_disabled()
        ):
            _c[3](self, _OrderCreate_fields[3], amount)
        if (
            not (isinstance(delivery_method, str) and delivery_method in DeliveryMethod._value2member_map_)
            and not attrs.validators.get_disabled()
        ):
            _c[4](self, _OrderCreate_fields[4], delivery_method)
        if (
            not (
                external_ref_id is UNSET or (isinstance(external_ref_id, str) and len(external_ref_id) <= 100)
            )
            and not attrs.validators.get_disabled()
        ):
            _c[5](self, _OrderCreate_fields[5], external_ref_id)
        if (
            not (recipient is UNSET or (recipient.__class__ is Recipient))
            and not attrs.validators.get_disabled()
        ):
            _c[6](self, _OrderCreate_fields[6], recipient)
        if not (sender is UNSET or (sender.__class__ is Sender)) and not attrs.validators.get_disabled():
            _c[7](self, _OrderCreate_fields[7], sender)
        if (
            not (email_subject is UNSET or (isinstance(email_subject, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[8](self, _OrderCreate_fields[8], email_subject)
        if not (message is UNSET or (isinstance(message, str))) and not attrs.validators.get_disabled():
            _c[9](self, _OrderCreate_fields[9], message)
        if (
            not (etid is UNSET or (isinstance(etid, str) and _c[10].pattern.search(etid) is not None))
            and not attrs.validators.get_disabled()
        ):
            _c[10](self, _OrderCreate_fields[10], etid)
        if (
            not (ptid is UNSET or (isinstance(ptid, str) and _c[11].pattern.search(ptid) is not None))
            and not attrs.validators.get_disabled()
        ):
            _c[11](self, _OrderCreate_fields[11], ptid)
        if (
            not (campaign is UNSET or (isinstance(campaign, str) and len(campaign) <= 1024))
            and not attrs.validators.get_disabled()
        ):
            _c[12](self, _OrderCreate_fields[12], campaign)
        if (
            not (purchase_order_number is UNSET or (isinstance(purchase_order_number, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[13](self, _OrderCreate_fields[13], purchase_order_number)
        if (
            not (notes is UNSET or (isinstance(notes, str) and len(notes) <= 1024))
            and not attrs.validators.get_disabled()
        ):
            _c[14](self, _OrderCreate_fields[14], notes)
        if (
            not (expiration_date is UNSET or (expiration_date.__class__ is datetime))
            and not attrs.validators.get_disabled()
        ):
            _c[15](self, _OrderCreate_fields[15], expiration_date)
        if (
            not (custom_fields is UNSET or (custom_fields.__class__ is dict))
            and not attrs.validators.get_disabled()
        ):
            _c[16](self, _OrderCreate_fields[16], custom_fields)
        if (
            not (send_email is UNSET or (send_email.__class__ is bool))
            and not attrs.validators.get_disabled()
        ):
            _c[17](self, _OrderCreate_fields[17], send_email)

    def __copy__(self) -> OrderCreate:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not OrderCreate:
            return attrs.evolve(self)
        copy = object.__new__(OrderCreate)
        _s = _OrderCreate_setters
        _s[0](copy, self.customer_identifier)
        _s[1](copy, self.account_identifier)
        _s[2](copy, self.utid)
        _s[3](copy, self.amount)
        _s[4](copy, self.delivery_method)
        _s[5](copy, self.external_ref_id)
        _s[6](copy, self.recipient)
        _s[7](copy, self.sender)
        _s[8](copy, self.email_subject)
        _s[9](copy, self.message)
        _s[10](copy, self.etid)
        _s[11](copy, self.ptid)
        _s[12](copy, self.campaign)
        _s[13](copy, self.purchase_order_number)
        _s[14](copy, self.notes)
        _s[15](copy, self.expiration_date)
        _s[16](copy, self.custom_fields)
        _s[17](copy, self.send_email)
        return copy


_OrderCreate_setters, _OrderCreate_checks, _OrderCreate_fields = init_parts(OrderCreate)


@attrs.define(kw_only=True)
class AddressView(ResponseModel):
    """A postal address."""

    company_name: str | None = attrs.field(default=None, metadata={"json": "companyName"})
    street_line1: str | None = attrs.field(default=None, metadata={"json": "streetLine1"})
    street_line2: str | None = attrs.field(default=None, metadata={"json": "streetLine2"})
    city: str | None = attrs.field(default=None, metadata={"json": "city"})
    state_or_province: str | None = attrs.field(default=None, metadata={"json": "stateOrProvince"})
    postal_code: str | None = attrs.field(default=None, metadata={"json": "postalCode"})
    country: str | None = attrs.field(default=None, metadata={"json": "country"})


@attrs.define(kw_only=True)
class RecipientView(ResponseModel):
    """The recipient of an order."""

    email: str | None = attrs.field(default=None, metadata={"json": "email"})
    first_name: str | None = attrs.field(default=None, metadata={"json": "firstName"})
    last_name: str | None = attrs.field(default=None, metadata={"json": "lastName"})
    mobile_number: str | None = attrs.field(default=None, metadata={"json": "mobileNumber"})
    address: AddressView | None = attrs.field(default=None, metadata={"json": "address"})


@attrs.define(kw_only=True)
class SenderView(ResponseModel):
    """The sender of an order."""

    first_name: str | None = attrs.field(default=None, metadata={"json": "firstName"})
    last_name: str | None = attrs.field(default=None, metadata={"json": "lastName"})
    email: str | None = attrs.field(default=None, metadata={"json": "email"})


class CredentialValueType(StrEnum):
    """How to show a credential value: text (a span), url (a link), barcode (an image URL), date (RFC 3339). Show unknown types as text."""

    TEXT = "text"
    URL = "url"
    BARCODE = "barcode"
    DATE = "date"


@attrs.define(kw_only=True)
class Credential(ResponseModel):
    """One piece of a reward: a card number, PIN, redemption URL, ... The value redeems the reward, so it is masked in reprs."""

    label: str | None = attrs.field(default=None, metadata={"json": "label"})
    value: str | None = attrs.field(default=None, repr=masked, metadata={"json": "value", "sensitive": True})
    type: CredentialValueType | str | None = attrs.field(default=None, metadata={"json": "type"})
    credential_type: str | None = attrs.field(default=None, metadata={"json": "credentialType"})
    """What the value is (cardNumber, pin, redemptionUrl, ...); GET /credentialtypes lists the known ones, and new ones appear over time."""


@attrs.define(kw_only=True)
class Reward(ResponseModel):
    """The reward of an order. credentials maps a label to a value (Tango's spec says string; it is a map)."""

    credentials: dict[str, str] | None = attrs.field(
        default=None, repr=masked, metadata={"json": "credentials", "sensitive": True}
    )
    credential_list: list[Credential] | None = attrs.field(default=None, metadata={"json": "credentialList"})
    redemption_instructions: str | None = attrs.field(
        default=None, metadata={"json": "redemptionInstructions"}
    )
    """HTML."""


@attrs.define(kw_only=True)
class Order(ResponseModel):
    """An order: the answer to create (OrderViewSummary), get (OrderViewVerbose, with reward) and list (without reward)."""

    reference_order_id: str = attrs.field(metadata={"json": "referenceOrderID"})
    reference_line_item_id: str | None = attrs.field(default=None, metadata={"json": "referenceLineItemID"})
    external_ref_id: str | None = attrs.field(default=None, metadata={"json": "externalRefID"})
    customer_identifier: str | None = attrs.field(default=None, metadata={"json": "customerIdentifier"})
    account_identifier: str | None = attrs.field(default=None, metadata={"json": "accountIdentifier"})
    account_number: str | None = attrs.field(default=None, metadata={"json": "accountNumber"})
    amount_charged: Money | None = attrs.field(default=None, metadata={"json": "amountCharged"})
    """What the account paid, in its currency."""
    denomination: Money | None = attrs.field(default=None, metadata={"json": "denomination"})
    """The face value, in the item's currency."""
    utid: str | None = attrs.field(default=None, metadata={"json": "utid"})
    reward_name: str | None = attrs.field(default=None, metadata={"json": "rewardName"})
    reward: Reward | None = attrs.field(default=None, metadata={"json": "reward"})
    sender: SenderView | None = attrs.field(default=None, metadata={"json": "sender"})
    recipient: RecipientView | None = attrs.field(default=None, metadata={"json": "recipient"})
    email_subject: str | None = attrs.field(default=None, metadata={"json": "emailSubject"})
    message: str | None = attrs.field(default=None, metadata={"json": "message"})
    status: str | None = attrs.field(default=None, metadata={"json": "status"})
    """The reward status, e.g. COMPLETE."""
    order_status: str | None = attrs.field(default=None, metadata={"json": "orderStatus"})
    line_item_status: str | None = attrs.field(default=None, metadata={"json": "lineItemStatus"})
    delivery_method: DeliveryMethodView | str | None = attrs.field(
        default=None, metadata={"json": "deliveryMethod"}
    )
    send_email: bool | None = attrs.field(default=None, metadata={"json": "sendEmail"})
    campaign: str | None = attrs.field(default=None, metadata={"json": "campaign"})
    notes: str | None = attrs.field(default=None, metadata={"json": "notes"})
    etid: str | None = attrs.field(default=None, metadata={"json": "etid"})
    ptid: str | None = attrs.field(default=None, metadata={"json": "ptid"})
    purchase_order_number: str | None = attrs.field(default=None, metadata={"json": "purchaseOrderNumber"})
    redemption_instructions: str | None = attrs.field(
        default=None, metadata={"json": "redemptionInstructions"}
    )
    order_client_source: str | None = attrs.field(default=None, metadata={"json": "orderClientSource"})
    order_external_ref_id_dupe: bool | None = attrs.field(
        default=None, metadata={"json": "orderExternalRefIdDupe"}
    )
    created_at: datetime | None = attrs.field(default=None, metadata={"json": "createdAt"})
    async_order_entity: dict[str, Any] | None = attrs.field(
        default=None, metadata={"json": "asyncOrderEntity"}
    )
    """The asynchronous order this order came from, as Tango sends it (an object), when it came from one."""


@attrs.define(kw_only=True)
class OrderList(ResponseModel):
    """A page of orders (page-number pagination, pages from 0)."""

    page: Page | None = attrs.field(default=None, metadata={"json": "page"})
    orders: list[Order] = attrs.field(factory=list, metadata={"json": "orders"})


class ResendDeliveryMethod(StrEnum):
    """Known values of ResendDeliveryMethod; the API may add others."""

    NONE = "NONE"
    EMAIL = "EMAIL"
    PHONE = "PHONE"
    WHATSAPP = "WHATSAPP"


@attrs.define(kw_only=True, init=False)
class OrderResend(RequestModel):
    """POST /orders/{referenceOrderID}/resends: send the reward again (at most once per 24 hours; not for orders Tango did not deliver). All fields optional."""

    new_email: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "newEmail"},
    )
    new_mobile: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "newMobile"},
    )
    new_etid: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "newEtid"},
    )
    new_delivery_method: ResendDeliveryMethod | str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            enum=ResendDeliveryMethod,
            accepts=lambda c: (
                lambda v: v is UNSET or (isinstance(v, str) and v in ResendDeliveryMethod._value2member_map_)
            ),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v is UNSET or (isinstance(v, str) and v in ResendDeliveryMethod._value2member_map_)
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "newDeliveryMethod"},
    )

    def __init__(
        self,
        *,
        new_email: str | Unset = UNSET,
        new_mobile: str | Unset = UNSET,
        new_etid: str | Unset = UNSET,
        new_delivery_method: ResendDeliveryMethod | str | Unset = UNSET,
    ) -> None:
        _s = _OrderResend_setters
        _s[0](self, new_email)
        _s[1](self, new_mobile)
        _s[2](self, new_etid)
        _s[3](self, new_delivery_method)
        _c = _OrderResend_checks
        if not (new_email is UNSET or (isinstance(new_email, str))) and not attrs.validators.get_disabled():
            _c[0](self, _OrderResend_fields[0], new_email)
        if not (new_mobile is UNSET or (isinstance(new_mobile, str))) and not attrs.validators.get_disabled():
            _c[1](self, _OrderResend_fields[1], new_mobile)
        if not (new_etid is UNSET or (isinstance(new_etid, str))) and not attrs.validators.get_disabled():
            _c[2](self, _OrderResend_fields[2], new_etid)
        if (
            not (
                new_delivery_method is UNSET
                or (
                    isinstance(new_delivery_method, str)
                    and new_delivery_method in ResendDeliveryMethod._value2member_map_
                )
            )
            and not attrs.validators.get_disabled()
        ):
            _c[3](self, _OrderResend_fields[3], new_delivery_method)

    def __copy__(self) -> OrderResend:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not OrderResend:
            return attrs.evolve(self)
        copy = object.__new__(OrderResend)
        _s = _OrderResend_setters
        _s[0](copy, self.new_email)
        _s[1](copy, self.new_mobile)
        _s[2](copy, self.new_etid)
        _s[3](copy, self.new_delivery_method)
        return copy


_OrderResend_setters, _OrderResend_checks, _OrderResend_fields = init_parts(OrderResend)


@attrs.define(kw_only=True)
class Resend(ResponseModel):
    """A resend. legacyId is set when a v1 order was resent."""

    id: int | str | None = attrs.field(default=None, metadata={"json": "id"})
    legacy_id: int | str | None = attrs.field(default=None, metadata={"json": "legacyId"})
    created_at: datetime | None = attrs.field(default=None, metadata={"json": "createdAt"})
    email: str | None = attrs.field(default=None, metadata={"json": "email"})
    mobile_number: str | None = attrs.field(default=None, metadata={"json": "mobileNumber"})


@attrs.define(kw_only=True, init=False)
class CommentEscalation(RequestModel):
    """POST /prepaidCardService/addCommentEscalation/{id}."""

    comment_text: str = attrs.field(
        validator=check(
            str,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "commentText"},
    )
    issue_description: str = attrs.field(
        validator=check(
            str,
            max_length=255,
            accepts=lambda c: lambda v: isinstance(v, str) and len(v) <= 255,
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) and len(v) <= 255 else c(i, a, v),
        ),
        metadata={"json": "issueDescription"},
    )
    inquiry_type_code: int | Unset = attrs.field(
        default=UNSET,
        validator=check(
            int,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or v.__class__ is int,
            quick=lambda c: lambda i, a, v: None if v is UNSET or v.__class__ is int else c(i, a, v),
        ),
        metadata={"json": "inquiryTypeCode"},
    )
    """The inquiry type code."""
    inquiry_category_code: int | Unset = attrs.field(
        default=UNSET,
        validator=check(
            int,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or v.__class__ is int,
            quick=lambda c: lambda i, a, v: None if v is UNSET or v.__class__ is int else c(i, a, v),
        ),
        metadata={"json": "inquiryCategoryCode"},
    )
    """The inquiry category code."""
    user_id: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "userId"},
    )
    """The agent's or CSR's user id; Tango uses the caller when left out."""
    inquiry_source: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            max_length=24,
            accepts=lambda c: lambda v: v is UNSET or (isinstance(v, str) and len(v) <= 24),
            quick=lambda c: (
                lambda i, a, v: None if v is UNSET or (isinstance(v, str) and len(v) <= 24) else c(i, a, v)
            ),
        ),
        metadata={"json": "inquirySource"},
    )
    """Where the inquiry comes from (e.g. TMO_SUPPORT_APP)."""
    assignee: int | Unset = attrs.field(
        default=UNSET,
        validator=check(
            int,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or v.__class__ is int,
            quick=lambda c: lambda i, a, v: None if v is UNSET or v.__class__ is int else c(i, a, v),
        ),
        metadata={"json": "assignee"},
    )
    """The assignee's id."""
    inquiry_id_number: int | Unset = attrs.field(
        default=UNSET,
        validator=check(
            int,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or v.__class__ is int,
            quick=lambda c: lambda i, a, v: None if v is UNSET or v.__class__ is int else c(i, a, v),
        ),
        metadata={"json": "inquiryIdNumber"},
    )
    """The inquiry's id number."""
    status: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "status"},
    )
    """The inquiry's status (e.g. OPEN)."""

    def __init__(
        self,
        *,
        comment_text: str,
        issue_description: str,
        inquiry_type_code: int | Unset = UNSET,
        inquiry_category_code: int | Unset = UNSET,
        user_id: str | Unset = UNSET,
        inquiry_source: str | Unset = UNSET,
        assignee: int | Unset = UNSET,
        inquiry_id_number: int | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> None:
        _s = _CommentEscalation_setters
        _s[0](self, comment_text)
        _s[1](self, issue_description)
        _s[2](self, inquiry_type_code)
        _s[3](self, inquiry_category_code)
        _s[4](self, user_id)
        _s[5](self, inquiry_source)
        _s[6](self, assignee)
        _s[7](self, inquiry_id_number)
        _s[8](self, status)
        _c = _CommentEscalation_checks
        if not (isinstance(comment_text, str)) and not attrs.validators.get_disabled():
            _c[0](self, _CommentEscalation_fields[0], comment_text)
        if (
            not (isinstance(issue_description, str) and len(issue_description) <= 255)
            and not attrs.validators.get_disabled()
        ):
            _c[1](self, _CommentEscalation_fields[1], issue_description)
        if (
            not (inquiry_type_code is UNSET or (inquiry_type_code.__class__ is int))
            and not attrs.validators.get_disabled()
        ):
            _c[2](self, _CommentEscalation_fields[2], inquiry_type_code)
        if (
            not (inquiry_category_code is UNSET or (inquiry_category_code.__class__ is int))
            and not attrs.validators.get_disabled()
        ):
            _c[3](self, _CommentEscalation_fields[3], inquiry_category_code)
        if not (user_id is UNSET or (isinstance(user_id, str))) and not attrs.validators.get_disabled():
            _c[4](self, _CommentEscalation_fields[4], user_id)
        if (
            not (inquiry_source is UNSET or (isinstance(inquiry_source, str) and len(inquiry_source) <= 24))
            and not attrs.validators.get_disabled()
        ):
            _c[5](self, _CommentEscalation_fields[5], inquiry_source)
        if not (assignee is UNSET or (assignee.__class__ is int)) and not attrs.validators.get_disabled():
            _c[6](self, _CommentEscalation_fields[6], assignee)
        if (
            not (inquiry_id_number is UNSET or (inquiry_id_number.__class__ is int))
            and not attrs.validators.get_disabled()
        ):
            _c[7](self, _CommentEscalation_fields[7], inquiry_id_number)
        if not (status is UNSET or (isinstance(status, str))) and not attrs.validators.get_disabled():
            _c[8](self, _CommentEscalation_fields[8], status)

    def __copy__(self) -> CommentEscalation:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not CommentEscalation:
            return attrs.evolve(self)
        copy = object.__new__(CommentEscalation)
        _s = _CommentEscalation_setters
        _s[0](copy, self.comment_text)
        _s[1](copy, self.issue_description)
        _s[2](copy, self.inquiry_type_code)
        _s[3](copy, self.inquiry_category_code)
        _s[4](copy, self.user_id)
        _s[5](copy, self.inquiry_source)
        _s[6](copy, self.assignee)
        _s[7](copy, self.inquiry_id_number)
        _s[8](copy, self.status)
        return copy


_CommentEscalation_setters, _CommentEscalation_checks, _CommentEscalation_fields = init_parts(
    CommentEscalation
)


@attrs.define(kw_only=True)
class CommentEscalationResult(ResponseModel):
    """The outcome of adding a comment (OAS26 AddCommentEscalationResponse)."""

    status: str | None = attrs.field(default=None, metadata={"json": "status"})


@attrs.define(kw_only=True)
class PrepaidCardInfo(ResponseModel):
    """GET /prepaidCardService/getCardInfo/{id}."""

    registration: dict[str, Any] | None = attrs.field(default=None, metadata={"json": "registration"})
    card: dict[str, Any] | None = attrs.field(default=None, metadata={"json": "card"})
    balance: dict[str, Any] | None = attrs.field(default=None, metadata={"json": "balance"})
    comments: list[dict[str, Any]] = attrs.field(factory=list, metadata={"json": "comments"})


@attrs.define(kw_only=True)
class PrepaidTransactions(ResponseModel):
    """GET /prepaidCardService/getCardTransactions/{id}: one page of the journal."""

    page: Page | None = attrs.field(default=None, metadata={"json": "page"})
    journal: list[dict[str, Any]] = attrs.field(factory=list, metadata={"json": "journal"})


@attrs.define(kw_only=True)
class ReplacementReasons(ResponseModel):
    """GET /prepaidCardService/replacementReasons."""

    replacement_reasons: list[str] = attrs.field(factory=list, metadata={"json": "replacementReasons"})
    """The reason codes a card reissue accepts."""


@attrs.define(kw_only=True, init=False)
class PrepaidCardReissue(RequestModel):
    """POST /prepaidCardService/reissueCard/{id}."""

    reason: str = attrs.field(
        validator=check(
            str,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "reason"},
    )
    updated_by: str = attrs.field(
        validator=check(
            str,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "updatedBy"},
    )
    comment_text: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "commentText"},
    )

    def __init__(self, *, reason: str, updated_by: str, comment_text: str | Unset = UNSET) -> None:
        _s = _PrepaidCardReissue_setters
        _s[0](self, reason)
        _s[1](self, updated_by)
        _s[2](self, comment_text)
        _c = _PrepaidCardReissue_checks
        if not (isinstance(reason, str)) and not attrs.validators.get_disabled():
            _c[0](self, _PrepaidCardReissue_fields[0], reason)
        if not (isinstance(updated_by, str)) and not attrs.validators.get_disabled():
            _c[1](self, _PrepaidCardReissue_fields[1], updated_by)
        if (
            not (comment_text is UNSET or (isinstance(comment_text, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[2](self, _PrepaidCardReissue_fields[2], comment_text)

    def __copy__(self) -> PrepaidCardReissue:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not PrepaidCardReissue:
            return attrs.evolve(self)
        copy = object.__new__(PrepaidCardReissue)
        _s = _PrepaidCardReissue_setters
        _s[0](copy, self.reason)
        _s[1](copy, self.updated_by)
        _s[2](copy, self.comment_text)
        return copy


_PrepaidCardReissue_setters, _PrepaidCardReissue_checks, _PrepaidCardReissue_fields = init_parts(
    PrepaidCardReissue
)


@attrs.define(kw_only=True, init=False)
class PrepaidAccountUpdate(RequestModel):
    """POST /prepaidCardService/updateAccount/{id}."""

    registration: dict[str, Any] = attrs.field(
        validator=check(
            dict,
            accepts=lambda c: lambda v: v.__class__ is dict,
            quick=lambda c: lambda i, a, v: None if v.__class__ is dict else c(i, a, v),
        ),
        metadata={"json": "registration"},
    )
    updated_by: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "updatedBy"},
    )

    def __init__(self, *, registration: dict[str, Any], updated_by: str | Unset = UNSET) -> None:
        _s = _PrepaidAccountUpdate_setters
        _s[0](self, registration)
        _s[1](self, updated_by)
        _c = _PrepaidAccountUpdate_checks
        if registration.__class__ is not dict and not attrs.validators.get_disabled():
            _c[0](self, _PrepaidAccountUpdate_fields[0], registration)
        if not (updated_by is UNSET or (isinstance(updated_by, str))) and not attrs.validators.get_disabled():
            _c[1](self, _PrepaidAccountUpdate_fields[1], updated_by)

    def __copy__(self) -> PrepaidAccountUpdate:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not PrepaidAccountUpdate:
            return attrs.evolve(self)
        copy = object.__new__(PrepaidAccountUpdate)
        _s = _PrepaidAccountUpdate_setters
        _s[0](copy, self.registration)
        _s[1](copy, self.updated_by)
        return copy


_PrepaidAccountUpdate_setters, _PrepaidAccountUpdate_checks, _PrepaidAccountUpdate_fields = init_parts(
    PrepaidAccountUpdate
)


@attrs.define(kw_only=True)
class PrepaidStatus(ResponseModel):
    """The outcome of a prepaid card request (ACCEPTED or FAILED)."""

    status: str | None = attrs.field(default=None, metadata={"json": "status"})


@attrs.define(kw_only=True)
class ChoiceProduct(ResponseModel):
    """A choice product: a reward whose recipient picks the brand."""

    utid: str | None = attrs.field(default=None, metadata={"json": "utid"})
    reward_name: str | None = attrs.field(default=None, metadata={"json": "rewardName"})
    currency_code: str | None = attrs.field(default=None, metadata={"json": "currencyCode"})
    countries: list[str] = attrs.field(factory=list, metadata={"json": "countries"})


@attrs.define(kw_only=True)
class ChoiceProductList(ResponseModel):
    """GET /choiceProducts."""

    choice_products: list[ChoiceProduct] = attrs.field(factory=list, metadata={"json": "choiceProducts"})


@attrs.define(kw_only=True)
class RewardCountry(ResponseModel):
    """A country rewards can be sent to."""

    two_letter_code: str | None = attrs.field(default=None, metadata={"json": "twoLetterCode"})
    three_letter_code: str | None = attrs.field(default=None, metadata={"json": "threeLetterCode"})
    country_name: str | None = attrs.field(default=None, metadata={"json": "countryName"})
    preferred_currency: str | None = attrs.field(default=None, metadata={"json": "preferredCurrency"})


@attrs.define(kw_only=True)
class RewardCountryPage(ResponseModel):
    """GET /rewardCountries: one cursor page."""

    number_of_elements: int | None = attrs.field(default=None, metadata={"json": "numberOfElements"})
    max_results: int | None = attrs.field(default=None, metadata={"json": "maxResults"})
    prev_cursor: str | None = attrs.field(default=None, metadata={"json": "prevCursor"})
    next_cursor: str | None = attrs.field(default=None, metadata={"json": "nextCursor"})
    prev_page_available: bool | None = attrs.field(default=None, metadata={"json": "prevPageAvailable"})
    next_page_available: bool | None = attrs.field(default=None, metadata={"json": "nextPageAvailable"})
    items: list[RewardCountry] = attrs.field(factory=list, metadata={"json": "items"})


@attrs.define(kw_only=True)
class MobileCountry(ResponseModel):
    """A country rewards can be texted to."""

    iso_code: str | None = attrs.field(default=None, metadata={"json": "isoCode"})
    country_name: str | None = attrs.field(default=None, metadata={"json": "countryName"})
    country_code: str | None = attrs.field(default=None, metadata={"json": "countryCode"})
    language_code: str | None = attrs.field(default=None, metadata={"json": "languageCode"})


@attrs.define(kw_only=True)
class SystemStatus(ResponseModel):
    """GET /pulse: the platform's status (``UP`` when it is serving)."""

    status: str | None = attrs.field(default=None, metadata={"json": "status"})


class TemplateScope(StrEnum):
    """Who a template's access or default applies to."""

    PLATFORM = "PLATFORM"
    CUSTOMER = "CUSTOMER"
    ACCOUNT = "ACCOUNT"


@attrs.define(kw_only=True, init=False)
class TemplateAccess(RequestModel):
    """A template's access or default entry (OAS26 StandardRewardEmailTemplateAccess / Default)."""

    type: TemplateScope | str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            enum=TemplateScope,
            accepts=lambda c: (
                lambda v: v is UNSET or (isinstance(v, str) and v in TemplateScope._value2member_map_)
            ),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v is UNSET or (isinstance(v, str) and v in TemplateScope._value2member_map_)
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "type"},
    )
    identifier: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "identifier"},
    )
    """The customerIdentifier or accountIdentifier; left out for PLATFORM."""

    def __init__(self, *, type: TemplateScope | str | Unset = UNSET, identifier: str | Unset = UNSET) -> None:
        _s = _TemplateAccess_setters
        _s[0](self, type)
        _s[1](self, identifier)
        _c = _TemplateAccess_checks
        if (
            not (type is UNSET or (isinstance(type, str) and type in TemplateScope._value2member_map_))
            and not attrs.validators.get_disabled()
        ):
            _c[0](self, _TemplateAccess_fields[0], type)
        if not (identifier is UNSET or (isinstance(identifier, str))) and not attrs.validators.get_disabled():
            _c[1](self, _TemplateAccess_fields[1], identifier)

    def __copy__(self) -> TemplateAccess:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not TemplateAccess:
            return attrs.evolve(self)
        copy = object.__new__(TemplateAccess)
        _s = _TemplateAccess_setters
        _s[0](copy, self.type)
        _s[1](copy, self.identifier)
        return copy


_TemplateAccess_setters, _TemplateAccess_checks, _TemplateAccess_fields = init_parts(TemplateAccess)


@attrs.define(kw_only=True)
class TemplateAccessView(ResponseModel):
    """A template's access or default entry, as answered."""

    type: TemplateScope | str | None = attrs.field(default=None, metadata={"json": "type"})
    identifier: str | None = attrs.field(default=None, metadata={"json": "identifier"})


@attrs.define(kw_only=True)
class AccountStatusEventData(ResponseModel):
    """eventData of a AccountStatus event."""

    account_identifier: str | None = attrs.field(default=None, metadata={"json": "accountIdentifier"})
    """The account whose status changed."""
    status: str | None = attrs.field(default=None, metadata={"json": "status"})
    """The account's new status (ACTIVE, INACTIVE, DISABLED, FROZEN, DELETED, ...)."""


@attrs.define(kw_only=True)
class AccountStatusEvent(ResponseModel):
    """An account changed status (category ACCOUNT)."""

    event_id: str | None = attrs.field(default=None, metadata={"json": "eventId"})
    """The event's unique id: deliveries of the same event (retries, replays) carry the same one."""
    revision: int | None = attrs.field(default=None, metadata={"json": "revision"})
    """The event's position in its subscription; events may arrive out of order, so order them by revision."""
    event_type: str | None = attrs.field(default=None, metadata={"json": "eventType"})
    """The event type, e.g. ItemAvailability."""
    event_types: list[str] | None = attrs.field(default=None, metadata={"json": "eventTypes"})
    """Event types, in the shape of Tango's delivery example."""
    categories: list[str] | None = attrs.field(default=None, metadata={"json": "categories"})
    """The event's categories (ITEM, ACCOUNT, REWARD, ORDER, PLATFORM)."""
    category: Any | None = attrs.field(default=None, metadata={"json": "category"})
    """The event's category, in the shape of Tango's delivery example (a list or a string)."""
    event_occurred_at: datetime | None = attrs.field(default=None, metadata={"json": "eventOccurredAt"})
    """When the event happened."""
    event_data: AccountStatusEventData | None = attrs.field(default=None, metadata={"json": "eventData"})


@attrs.define(kw_only=True)
class ItemAvailabilityEventData(ResponseModel):
    """eventData of a ItemAvailability event."""

    utid: str | None = attrs.field(default=None, metadata={"json": "utid"})
    """The catalog item (Unique Tango Card ID)."""
    status: str | None = attrs.field(default=None, metadata={"json": "status"})
    """The item's new status."""


@attrs.define(kw_only=True)
class ItemAvailabilityEvent(ResponseModel):
    """A catalog item became unavailable, available again, or deprecated (category ITEM)."""

    event_id: str | None = attrs.field(default=None, metadata={"json": "eventId"})
    """The event's unique id: deliveries of the same event (retries, replays) carry the same one."""
    revision: int | None = attrs.field(default=None, metadata={"json": "revision"})
    """The event's position in its subscription; events may arrive out of order, so order them by revision."""
    event_type: str | None = attrs.field(default=None, metadata={"json": "eventType"})
    """The event type, e.g. ItemAvailability."""
    event_types: list[str] | None = attrs.field(default=None, metadata={"json": "eventTypes"})
    """Event types, in the shape of Tango's delivery example."""
    categories: list[str] | None = attrs.field(default=None, metadata={"json": "categories"})
    """The event's categories (ITEM, ACCOUNT, REWARD, ORDER, PLATFORM)."""
    category: Any | None = attrs.field(default=None, metadata={"json": "category"})
    """The event's category, in the shape of Tango's delivery example (a list or a string)."""
    event_occurred_at: datetime | None = attrs.field(default=None, metadata={"json": "eventOccurredAt"})
    """When the event happened."""
    event_data: ItemAvailabilityEventData | None = attrs.field(default=None, metadata={"json": "eventData"})


@attrs.define(kw_only=True)
class LineItemDeliveryStatusEventData(ResponseModel):
    """eventData of a LineItemDeliveryStatus event."""

    reference_line_item_id: str | None = attrs.field(default=None, metadata={"json": "referenceLineItemId"})
    """The line item (referenceLineItemID of the order)."""
    status: str | None = attrs.field(default=None, metadata={"json": "status"})
    """The new delivery status."""


@attrs.define(kw_only=True)
class LineItemDeliveryStatusEvent(ResponseModel):
    """A line item's delivery status changed (category ORDER)."""

    event_id: str | None = attrs.field(default=None, metadata={"json": "eventId"})
    """The event's unique id: deliveries of the same event (retries, replays) carry the same one."""
    revision: int | None = attrs.field(default=None, metadata={"json": "revision"})
    """The event's position in its subscription; events may arrive out of order, so order them by revision."""
    event_type: str | None = attrs.field(default=None, metadata={"json": "eventType"})
    """The event type, e.g. ItemAvailability."""
    event_types: list[str] | None = attrs.field(default=None, metadata={"json": "eventTypes"})
    """Event types, in the shape of Tango's delivery example."""
    categories: list[str] | None = attrs.field(default=None, metadata={"json": "categories"})
    """The event's categories (ITEM, ACCOUNT, REWARD, ORDER, PLATFORM)."""
    category: Any | None = attrs.field(default=None, metadata={"json": "category"})
    """The event's category, in the shape of Tango's delivery example (a list or a string)."""
    event_occurred_at: datetime | None = attrs.field(default=None, metadata={"json": "eventOccurredAt"})
    """When the event happened."""
    event_data: LineItemDeliveryStatusEventData | None = attrs.field(
        default=None, metadata={"json": "eventData"}
    )


@attrs.define(kw_only=True)
class RewardStatusEventData(ResponseModel):
    """eventData of a RewardStatus event."""

    reference_line_item_id: str | None = attrs.field(default=None, metadata={"json": "referenceLineItemId"})
    """The line item the reward belongs to."""
    external_ref_id: str | None = attrs.field(default=None, metadata={"json": "externalRefID"})
    """The order's external reference ID."""
    action: str | None = attrs.field(default=None, metadata={"json": "action"})
    """The action taken on the reward."""
    reason_code: str | None = attrs.field(default=None, metadata={"json": "reasonCode"})
    """The reason code of the action."""
    reason: str | None = attrs.field(default=None, metadata={"json": "reason"})
    """The reason of the action, as text."""
    status: str | None = attrs.field(default=None, metadata={"json": "status"})
    """The reward's new status."""
    type: str | None = attrs.field(default=None, metadata={"json": "type"})
    """The type of reward."""
    new_reference_line_item_id: str | None = attrs.field(
        default=None, metadata={"json": "newReferenceLineItemId"}
    )
    """The new line item, when the reward was reissued."""


@attrs.define(kw_only=True)
class RewardStatusEvent(ResponseModel):
    """A reward was frozen, unfrozen, cancelled, reissued, activated, ... (category REWARD)."""

    event_id: str | None = attrs.field(default=None, metadata={"json": "eventId"})
    """The event's unique id: deliveries of the same event (retries, replays) carry the same one."""
    revision: int | None = attrs.field(default=None, metadata={"json": "revision"})
    """The event's position in its subscription; events may arrive out of order, so order them by revision."""
    event_type: str | None = attrs.field(default=None, metadata={"json": "eventType"})
    """The event type, e.g. ItemAvailability."""
    event_types: list[str] | None = attrs.field(default=None, metadata={"json": "eventTypes"})
    """Event types, in the shape of Tango's delivery example."""
    categories: list[str] | None = attrs.field(default=None, metadata={"json": "categories"})
    """The event's categories (ITEM, ACCOUNT, REWARD, ORDER, PLATFORM)."""
    category: Any | None = attrs.field(default=None, metadata={"json": "category"})
    """The event's category, in the shape of Tango's delivery example (a list or a string)."""
    event_occurred_at: datetime | None = attrs.field(default=None, metadata={"json": "eventOccurredAt"})
    """When the event happened."""
    event_data: RewardStatusEventData | None = attrs.field(default=None, metadata={"json": "eventData"})


@attrs.define(kw_only=True)
class CredentialStatusEventData(ResponseModel):
    """eventData of a CredentialStatus event."""

    platform_name: str | None = attrs.field(default=None, metadata={"json": "platformName"})
    """The platform."""
    credential_name: str | None = attrs.field(default=None, metadata={"json": "credentialName"})
    """The credential's name."""
    credential_type: str | None = attrs.field(default=None, metadata={"json": "credentialType"})
    """The credential's type."""
    status: str | None = attrs.field(default=None, metadata={"json": "status"})
    """The credential's new status."""
    last_updated_by: str | None = attrs.field(default=None, metadata={"json": "lastUpdatedBy"})
    """Who last changed the credential."""


@attrs.define(kw_only=True)
class CredentialStatusEvent(ResponseModel):
    """A platform's API credentials changed (category PLATFORM, event type APICredentials)."""

    event_id: str | None = attrs.field(default=None, metadata={"json": "eventId"})
    """The event's unique id: deliveries of the same event (retries, replays) carry the same one."""
    revision: int | None = attrs.field(default=None, metadata={"json": "revision"})
    """The event's position in its subscription; events may arrive out of order, so order them by revision."""
    event_type: str | None = attrs.field(default=None, metadata={"json": "eventType"})
    """The event type, e.g. ItemAvailability."""
    event_types: list[str] | None = attrs.field(default=None, metadata={"json": "eventTypes"})
    """Event types, in the shape of Tango's delivery example."""
    categories: list[str] | None = attrs.field(default=None, metadata={"json": "categories"})
    """The event's categories (ITEM, ACCOUNT, REWARD, ORDER, PLATFORM)."""
    category: Any | None = attrs.field(default=None, metadata={"json": "category"})
    """The event's category, in the shape of Tango's delivery example (a list or a string)."""
    event_occurred_at: datetime | None = attrs.field(default=None, metadata={"json": "eventOccurredAt"})
    """When the event happened."""
    event_data: CredentialStatusEventData | None = attrs.field(default=None, metadata={"json": "eventData"})


@attrs.define(kw_only=True)
class TransactionEventData(ResponseModel):
    """eventData of a Transaction event."""

    customer_identifier: str | None = attrs.field(default=None, metadata={"json": "customerIdentifier"})
    """The customer (group)."""
    account_identifier: str | None = attrs.field(default=None, metadata={"json": "accountIdentifier"})
    """The account."""
    transaction_type: str | None = attrs.field(default=None, metadata={"json": "transactionType"})
    """The type of transaction."""
    transaction_id: int | None = attrs.field(default=None, metadata={"json": "transactionId"})
    """The transaction's id."""
    funding_method: str | None = attrs.field(default=None, metadata={"json": "fundingMethod"})
    """How the account was funded."""
    funding_type: str | None = attrs.field(default=None, metadata={"json": "fundingType"})
    """The type of funding."""
    transfer_to_account_identifier: str | None = attrs.field(
        default=None, metadata={"json": "transferToAccountIdentifier"}
    )
    """The receiving account of a transfer."""
    transfer_from_account_identifier: str | None = attrs.field(
        default=None, metadata={"json": "transferFromAccountIdentifier"}
    )
    """The sending account of a transfer."""
    invoice_number: str | None = attrs.field(default=None, metadata={"json": "invoiceNumber"})
    """The invoice number."""
    currency: str | None = attrs.field(default=None, metadata={"json": "currency"})
    """The currency of the amount."""
    amount: Decimal | None = attrs.field(default=None, metadata={"json": "amount"})
    """The amount moved."""
    note: str | None = attrs.field(default=None, metadata={"json": "note"})
    """Notes."""


@attrs.define(kw_only=True)
class TransactionEvent(ResponseModel):
    """Funds were added to, removed from or transferred between accounts (category ACCOUNT)."""

    event_id: str | None = attrs.field(default=None, metadata={"json": "eventId"})
    """The event's unique id: deliveries of the same event (retries, replays) carry the same one."""
    revision: int | None = attrs.field(default=None, metadata={"json": "revision"})
    """The event's position in its subscription; events may arrive out of order, so order them by revision."""
    event_type: str | None = attrs.field(default=None, metadata={"json": "eventType"})
    """The event type, e.g. ItemAvailability."""
    event_types: list[str] | None = attrs.field(default=None, metadata={"json": "eventTypes"})
    """Event types, in the shape of Tango's delivery example."""
    categories: list[str] | None = attrs.field(default=None, metadata={"json": "categories"})
    """The event's categories (ITEM, ACCOUNT, REWARD, ORDER, PLATFORM)."""
    category: Any | None = attrs.field(default=None, metadata={"json": "category"})
    """The event's category, in the shape of Tango's delivery example (a list or a string)."""
    event_occurred_at: datetime | None = attrs.field(default=None, metadata={"json": "eventOccurredAt"})
    """When the event happened."""
    event_data: TransactionEventData | None = attrs.field(default=None, metadata={"json": "eventData"})


@attrs.define(kw_only=True)
class LowBalanceEventData(ResponseModel):
    """eventData of a LowBalance event."""

    account_identifier: str | None = attrs.field(default=None, metadata={"json": "accountIdentifier"})
    """The account."""
    balance: Decimal | None = attrs.field(default=None, metadata={"json": "balance"})
    """The balance when the alert fired."""
    balance_threshold: Decimal | None = attrs.field(default=None, metadata={"json": "balanceThreshold"})
    """The alert's threshold."""
    balance_alert_identifier: str | None = attrs.field(
        default=None, metadata={"json": "balanceAlertIdentifier"}
    )
    """The low-balance alert that fired."""


@attrs.define(kw_only=True)
class LowBalanceEvent(ResponseModel):
    """An account's balance fell below a low-balance alert's threshold (category ACCOUNT)."""

    event_id: str | None = attrs.field(default=None, metadata={"json": "eventId"})
    """The event's unique id: deliveries of the same event (retries, replays) carry the same one."""
    revision: int | None = attrs.field(default=None, metadata={"json": "revision"})
    """The event's position in its subscription; events may arrive out of order, so order them by revision."""
    event_type: str | None = attrs.field(default=None, metadata={"json": "eventType"})
    """The event type, e.g. ItemAvailability."""
    event_types: list[str] | None = attrs.field(default=None, metadata={"json": "eventTypes"})
    """Event types, in the shape of Tango's delivery example."""
    categories: list[str] | None = attrs.field(default=None, metadata={"json": "categories"})
    """The event's categories (ITEM, ACCOUNT, REWARD, ORDER, PLATFORM)."""
    category: Any | None = attrs.field(default=None, metadata={"json": "category"})
    """The event's category, in the shape of Tango's delivery example (a list or a string)."""
    event_occurred_at: datetime | None = attrs.field(default=None, metadata={"json": "eventOccurredAt"})
    """When the event happened."""
    event_data: LowBalanceEventData | None = attrs.field(default=None, metadata={"json": "eventData"})


@attrs.define(kw_only=True)
class AsyncOrderStatusEventData(ResponseModel):
    """eventData of a AsyncOrderStatus event."""

    external_ref_id: str | None = attrs.field(default=None, metadata={"json": "externalRefID"})
    """The async order's external reference ID."""
    status: str | None = attrs.field(default=None, metadata={"json": "status"})
    """The async order's status."""
    total_line_items: int | None = attrs.field(default=None, metadata={"json": "totalLineItems"})
    """Line items in the order."""
    failed_line_items: int | None = attrs.field(default=None, metadata={"json": "failedLineItems"})
    """Line items that failed."""
    successful_line_items: int | None = attrs.field(default=None, metadata={"json": "successfulLineItems"})
    """Line items that succeeded."""
    reference_order_id: str | None = attrs.field(default=None, metadata={"json": "referenceOrderId"})
    """The order's reference ID."""
    account_identifier: str | None = attrs.field(default=None, metadata={"json": "accountIdentifier"})
    """The account the order was placed from."""
    customer_identifier: str | None = attrs.field(default=None, metadata={"json": "customerIdentifier"})
    """The customer (group) of the account."""


@attrs.define(kw_only=True)
class AsyncOrderStatusEvent(ResponseModel):
    """An asynchronous (bulk) order finished processing: succeeded, failed, partly failed or retrying (category ORDER)."""

    event_id: str | None = attrs.field(default=None, metadata={"json": "eventId"})
    """The event's unique id: deliveries of the same event (retries, replays) carry the same one."""
    revision: int | None = attrs.field(default=None, metadata={"json": "revision"})
    """The event's position in its subscription; events may arrive out of order, so order them by revision."""
    event_type: str | None = attrs.field(default=None, metadata={"json": "eventType"})
    """The event type, e.g. ItemAvailability."""
    event_types: list[str] | None = attrs.field(default=None, metadata={"json": "eventTypes"})
    """Event types, in the shape of Tango's delivery example."""
    categories: list[str] | None = attrs.field(default=None, metadata={"json": "categories"})
    """The event's categories (ITEM, ACCOUNT, REWARD, ORDER, PLATFORM)."""
    category: Any | None = attrs.field(default=None, metadata={"json": "category"})
    """The event's category, in the shape of Tango's delivery example (a list or a string)."""
    event_occurred_at: datetime | None = attrs.field(default=None, metadata={"json": "eventOccurredAt"})
    """When the event happened."""
    event_data: AsyncOrderStatusEventData | None = attrs.field(default=None, metadata={"json": "eventData"})


@attrs.define(kw_only=True)
class ExchangeRatesStatusEventData(ResponseModel):
    """eventData of a ExchangeRatesStatus event."""

    status: str | None = attrs.field(default=None, metadata={"json": "status"})
    """The exchange rates' status."""


@attrs.define(kw_only=True)
class ExchangeRatesStatusEvent(ResponseModel):
    """Tango's daily currency exchange rates were updated."""

    event_id: str | None = attrs.field(default=None, metadata={"json": "eventId"})
    """The event's unique id: deliveries of the same event (retries, replays) carry the same one."""
    revision: int | None = attrs.field(default=None, metadata={"json": "revision"})
    """The event's position in its subscription; events may arrive out of order, so order them by revision."""
    event_type: str | None = attrs.field(default=None, metadata={"json": "eventType"})
    """The event type, e.g. ItemAvailability."""
    event_types: list[str] | None = attrs.field(default=None, metadata={"json": "eventTypes"})
    """Event types, in the shape of Tango's delivery example."""
    categories: list[str] | None = attrs.field(default=None, metadata={"json": "categories"})
    """The event's categories (ITEM, ACCOUNT, REWARD, ORDER, PLATFORM)."""
    category: Any | None = attrs.field(default=None, metadata={"json": "category"})
    """The event's category, in the shape of Tango's delivery example (a list or a string)."""
    event_occurred_at: datetime | None = attrs.field(default=None, metadata={"json": "eventOccurredAt"})
    """When the event happened."""
    event_data: ExchangeRatesStatusEventData | None = attrs.field(
        default=None, metadata={"json": "eventData"}
    )


@attrs.define(kw_only=True)
class WebhookEvent(ResponseModel):
    """A webhook event of a family this version does not know: every field is kept, eventData as a plain mapping."""

    event_id: str | None = attrs.field(default=None, metadata={"json": "eventId"})
    """The event's unique id: deliveries of the same event (retries, replays) carry the same one."""
    revision: int | None = attrs.field(default=None, metadata={"json": "revision"})
    """The event's position in its subscription; events may arrive out of order, so order them by revision."""
    event_type: str | None = attrs.field(default=None, metadata={"json": "eventType"})
    """The event type, e.g. ItemAvailability."""
    event_types: list[str] | None = attrs.field(default=None, metadata={"json": "eventTypes"})
    """Event types, in the shape of Tango's delivery example."""
    categories: list[str] | None = attrs.field(default=None, metadata={"json": "categories"})
    """The event's categories (ITEM, ACCOUNT, REWARD, ORDER, PLATFORM)."""
    category: Any | None = attrs.field(default=None, metadata={"json": "category"})
    """The event's category, in the shape of Tango's delivery example (a list or a string)."""
    event_occurred_at: datetime | None = attrs.field(default=None, metadata={"json": "eventOccurredAt"})
    """When the event happened."""
    event_data: dict[str, Any] | None = attrs.field(default=None, metadata={"json": "eventData"})
    """The event's data, as sent."""


class PayloadVerificationMethod(StrEnum):
    """How Tango signs deliveries: X509 (signingCertificate), HMAC (hmacSharedSecretKey, HMAC-SHA256) or NONE."""

    HMAC = "HMAC"
    X509 = "X509"
    NONE = "NONE"


@attrs.define(kw_only=True, init=False)
class WebhookHeader(RequestModel):
    """A header Tango sends with every delivery (e.g. an Authorization value your endpoint checks)."""

    name: str = attrs.field(
        validator=check(
            str,
            min_length=1,
            accepts=lambda c: lambda v: isinstance(v, str) and len(v) >= 1,
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) and len(v) >= 1 else c(i, a, v),
        ),
        metadata={"json": "name"},
    )
    """The header's name."""
    value: str = attrs.field(
        validator=check(
            str,
            sensitive=True,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        repr=masked,
        metadata={"json": "value", "sensitive": True},
    )
    """The header's value (often a credential: masked in reprs)."""

    def __init__(self, *, name: str, value: str) -> None:
        _s = _WebhookHeader_setters
        _s[0](self, name)
        _s[1](self, value)
        _c = _WebhookHeader_checks
        if not (isinstance(name, str) and len(name) >= 1) and not attrs.validators.get_disabled():
            _c[0](self, _WebhookHeader_fields[0], name)
        if not (isinstance(value, str)) and not attrs.validators.get_disabled():
            _c[1](self, _WebhookHeader_fields[1], value)

    def __copy__(self) -> WebhookHeader:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not WebhookHeader:
            return attrs.evolve(self)
        copy = object.__new__(WebhookHeader)
        _s = _WebhookHeader_setters
        _s[0](copy, self.name)
        _s[1](copy, self.value)
        return copy


_WebhookHeader_setters, _WebhookHeader_checks, _WebhookHeader_fields = init_parts(WebhookHeader)


@attrs.define(kw_only=True)
class WebhookHeaderView(ResponseModel):
    """A header Tango sends with every delivery."""

    name: str | None = attrs.field(default=None, metadata={"json": "name"})
    """The header's name."""
    value: str | None = attrs.field(default=None, repr=masked, metadata={"json": "value", "sensitive": True})
    """The header's value (masked in reprs)."""


@attrs.define(kw_only=True, init=False)
class WebhookCreate(RequestModel):
    """POST /webhooks: subscribe a URL to events."""

    url: str = attrs.field(
        validator=check(
            str,
            min_length=1,
            accepts=lambda c: lambda v: isinstance(v, str) and len(v) >= 1,
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) and len(v) >= 1 else c(i, a, v),
        ),
        metadata={"json": "url"},
    )
    """The URL of your webhook listener (HTTPS)."""
    headers: list[WebhookHeader] | Unset = attrs.field(
        default=UNSET,
        validator=check(
            list,
            optional=True,
            items=check(
                WebhookHeader,
                accepts=lambda c: lambda v: v.__class__ is WebhookHeader,
                quick=lambda c: lambda i, a, v: None if v.__class__ is WebhookHeader else c(i, a, v),
            ),
            accepts=lambda c: lambda v: v is UNSET or (v.__class__ is list and all(map(c.items.accepts, v))),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v is UNSET or (v.__class__ is list and all(map(c.items.accepts, v)))
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "headers"},
    )
    """Headers Tango sends with every delivery, for your endpoint's own authentication."""
    categories: list[str] | Unset = attrs.field(
        default=UNSET,
        validator=check(
            list,
            optional=True,
            items=check(
                str,
                accepts=lambda c: lambda v: isinstance(v, str),
                quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
            ),
            accepts=lambda c: lambda v: v is UNSET or (v.__class__ is list and all(map(c.items.accepts, v))),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v is UNSET or (v.__class__ is list and all(map(c.items.accepts, v)))
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "categories"},
    )
    """Categories to subscribe to (ITEM, ACCOUNT, REWARD, ORDER, PLATFORM). Optional if eventTypes are given."""
    event_types: list[str] | Unset = attrs.field(
        default=UNSET,
        validator=check(
            list,
            optional=True,
            items=check(
                str,
                accepts=lambda c: lambda v: isinstance(v, str),
                quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
            ),
            accepts=lambda c: lambda v: v is UNSET or (v.__class__ is list and all(map(c.items.accepts, v))),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v is UNSET or (v.__class__ is list and all(map(c.items.accepts, v)))
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "eventTypes"},
    )
    """Event types to subscribe to (e.g. LowBalance). Optional if categories are given."""
    signing_certificate: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "signingCertificate"},
    )
    """Your X.509 certificate (single-line base64 DER, no PEM headers, RSA 2048): used for X509."""
    hmac_shared_secret_key: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            sensitive=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        repr=masked,
        metadata={"json": "hmacSharedSecretKey", "sensitive": True},
    )
    """The base64 HMAC key: used for HMAC (masked in reprs)."""
    payload_verification_method: PayloadVerificationMethod | str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            enum=PayloadVerificationMethod,
            accepts=lambda c: (
                lambda v: (
                    v is UNSET or (isinstance(v, str) and v in PayloadVerificationMethod._value2member_map_)
                )
            ),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v is UNSET
                    or (isinstance(v, str) and v in PayloadVerificationMethod._value2member_map_)
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "payloadVerificationMethod"},
    )
    """How Tango signs deliveries."""

    def __init__(
        self,
        *,
        url: str,
        headers: list[WebhookHeader] | Unset = UNSET,
        categories: list[str] | Unset = UNSET,
        event_types: list[str] | Unset = UNSET,
        signing_certificate: str | Unset = UNSET,
        hmac_shared_secret_key: str | Unset = UNSET,
        payload_verification_method: PayloadVerificationMethod | str | Unset = UNSET,
    ) -> None:
        _s = _WebhookCreate_setters
        _s[0](self, url)
        _s[1](self, headers)
        _s[2](self, categories)
        _s[3](self, event_types)
        _s[4](self, signing_certificate)
        _s[5](self, hmac_shared_secret_key)
        _s[6](self, payload_verification_method)
        _c = _WebhookCreate_checks
        if not (isinstance(url, str) and len(url) >= 1) and not attrs.validators.get_disabled():
            _c[0](self, _WebhookCreate_fields[0], url)
        if (
            not (headers is UNSET or (headers.__class__ is list and all(map(_c[1].items.accepts, headers))))
            and not attrs.validators.get_disabled()
        ):
            _c[1](self, _WebhookCreate_fields[1], headers)
        if (
            not (
                categories is UNSET
                or (categories.__class__ is list and all(map(_c[2].items.accepts, categories)))
            )
            and not attrs.validators.get_disabled()
        ):
            _c[2](self, _WebhookCreate_fields[2], categories)
        if (
            not (
                event_types is UNSET
                or (event_types.__class__ is list and all(map(_c[3].items.accepts, event_types)))
            )
            and not attrs.validators.get_disabled()
        ):
            _c[3](self, _WebhookCreate_fields[3], event_types)
        if (
            not (signing_certificate is UNSET or (isinstance(signing_certificate, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[4](self, _WebhookCreate_fields[4], signing_certificate)
        if (
            not (hmac_shared_secret_key is UNSET or (isinstance(hmac_shared_secret_key, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[5](self, _WebhookCreate_fields[5], hmac_shared_secret_key)
        if (
            not (
                payload_verification_method is UNSET
                or (
                    isinstance(payload_verification_method, str)
                    and payload_verification_method in PayloadVerificationMethod._value2member_map_
                )
            )
            and not attrs.validators.get_disabled()
        ):
            _c[6](self, _WebhookCreate_fields[6], payload_verification_method)

    def __copy__(self) -> WebhookCreate:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not WebhookCreate:
            return attrs.evolve(self)
        copy = object.__new__(WebhookCreate)
        _s = _WebhookCreate_setters
        _s[0](copy, self.url)
        _s[1](copy, self.headers)
        _s[2](copy, self.categories)
        _s[3](copy, self.event_types)
        _s[4](copy, self.signing_certificate)
        _s[5](copy, self.hmac_shared_secret_key)
        _s[6](copy, self.payload_verification_method)
        return copy


_WebhookCreate_setters, _WebhookCreate_checks, _WebhookCreate_fields = init_parts(WebhookCreate)


@attrs.define(kw_only=True, init=False)
class WebhookUpdate(RequestModel):
    """PATCH /webhooks/{webhookId}: the fields given replace the subscription's."""

    url: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "url"},
    )
    """The URL of your webhook listener (HTTPS)."""
    headers: list[WebhookHeader] | Unset = attrs.field(
        default=UNSET,
        validator=check(
            list,
            optional=True,
            items=check(
                WebhookHeader,
                accepts=lambda c: lambda v: v.__class__ is WebhookHeader,
                quick=lambda c: lambda i, a, v: None if v.__class__ is WebhookHeader else c(i, a, v),
            ),
            accepts=lambda c: lambda v: v is UNSET or (v.__class__ is list and all(map(c.items.accepts, v))),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v is UNSET or (v.__class__ is list and all(map(c.items.accepts, v)))
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "headers"},
    )
    """Headers Tango sends with every delivery, for your endpoint's own authentication."""
    categories: list[str] | Unset = attrs.field(
        default=UNSET,
        validator=check(
            list,
            optional=True,
            items=check(
                str,
                accepts=lambda c: lambda v: isinstance(v, str),
                quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
            ),
            accepts=lambda c: lambda v: v is UNSET or (v.__class__ is list and all(map(c.items.accepts, v))),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v is UNSET or (v.__class__ is list and all(map(c.items.accepts, v)))
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "categories"},
    )
    """Categories to subscribe to (ITEM, ACCOUNT, REWARD, ORDER, PLATFORM). Optional if eventTypes are given."""
    event_types: list[str] | Unset = attrs.field(
        default=UNSET,
        validator=check(
            list,
            optional=True,
            items=check(
                str,
                accepts=lambda c: lambda v: isinstance(v, str),
                quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
            ),
            accepts=lambda c: lambda v: v is UNSET or (v.__class__ is list and all(map(c.items.accepts, v))),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v is UNSET or (v.__class__ is list and all(map(c.items.accepts, v)))
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "eventTypes"},
    )
    """Event types to subscribe to (e.g. LowBalance). Optional if categories are given."""
    signing_certificate: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "signingCertificate"},
    )
    """Your X.509 certificate (single-line base64 DER, no PEM headers, RSA 2048): used for X509."""
    hmac_shared_secret_key: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            sensitive=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        repr=masked,
        metadata={"json": "hmacSharedSecretKey", "sensitive": True},
    )
    """The base64 HMAC key: used for HMAC (masked in reprs)."""
    payload_verification_method: PayloadVerificationMethod | str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            enum=PayloadVerificationMethod,
            accepts=lambda c: (
                lambda v: (
                    v is UNSET or (isinstance(v, str) and v in PayloadVerificationMethod._value2member_map_)
                )
            ),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v is UNSET
                    or (isinstance(v, str) and v in PayloadVerificationMethod._value2member_map_)
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "payloadVerificationMethod"},
    )
    """How Tango signs deliveries."""

    def __init__(
        self,
        *,
        url: str | Unset = UNSET,
        headers: list[WebhookHeader] | Unset = UNSET,
        categories: list[str] | Unset = UNSET,
        event_types: list[str] | Unset = UNSET,
        signing_certificate: str | Unset = UNSET,
        hmac_shared_secret_key: str | Unset = UNSET,
        payload_verification_method: PayloadVerificationMethod | str | Unset = UNSET,
    ) -> None:
        _s = _WebhookUpdate_setters
        _s[0](self, url)
        _s[1](self, headers)
        _s[2](self, categories)
        _s[3](self, event_types)
        _s[4](self, signing_certificate)
        _s[5](self, hmac_shared_secret_key)
        _s[6](self, payload_verification_method)
        _c = _WebhookUpdate_checks
        if not (url is UNSET or (isinstance(url, str))) and not attrs.validators.get_disabled():
            _c[0](self, _WebhookUpdate_fields[0], url)
        if (
            not (headers is UNSET or (headers.__class__ is list and all(map(_c[1].items.accepts, headers))))
            and not attrs.validators.get_disabled()
        ):
            _c[1](self, _WebhookUpdate_fields[1], headers)
        if (
            not (
                categories is UNSET
                or (categories.__class__ is list and all(map(_c[2].items.accepts, categories)))
            )
            and not attrs.validators.get_disabled()
        ):
            _c[2](self, _WebhookUpdate_fields[2], categories)
        if (
            not (
                event_types is UNSET
                or (event_types.__class__ is list and all(map(_c[3].items.accepts, event_types)))
            )
            and not attrs.validators.get_disabled()
        ):
            _c[3](self, _WebhookUpdate_fields[3], event_types)
        if (
            not (signing_certificate is UNSET or (isinstance(signing_certificate, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[4](self, _WebhookUpdate_fields[4], signing_certificate)
        if (
            not (hmac_shared_secret_key is UNSET or (isinstance(hmac_shared_secret_key, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[5](self, _WebhookUpdate_fields[5], hmac_shared_secret_key)
        if (
            not (
                payload_verification_method is UNSET
                or (
                    isinstance(payload_verification_method, str)
                    and payload_verification_method in PayloadVerificationMethod._value2member_map_
                )
            )
            and not attrs.validators.get_disabled()
        ):
            _c[6](self, _WebhookUpdate_fields[6], payload_verification_method)

    def __copy__(self) -> WebhookUpdate:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not WebhookUpdate:
            return attrs.evolve(self)
        copy = object.__new__(WebhookUpdate)
        _s = _WebhookUpdate_setters
        _s[0](copy, self.url)
        _s[1](copy, self.headers)
        _s[2](copy, self.categories)
        _s[3](copy, self.event_types)
        _s[4](copy, self.signing_certificate)
        _s[5](copy, self.hmac_shared_secret_key)
        _s[6](copy, self.payload_verification_method)
        return copy


_WebhookUpdate_setters, _WebhookUpdate_checks, _WebhookUpdate_fields = init_parts(WebhookUpdate)


@attrs.define(kw_only=True)
class Webhook(ResponseModel):
    """A webhook subscription (GetWebhookResponseView)."""

    webhook_id: str | None = attrs.field(default=None, metadata={"json": "webhookId"})
    """The subscription's id (a UUID)."""
    url: str | None = attrs.field(default=None, metadata={"json": "url"})
    """The URL of your webhook listener (HTTPS)."""
    headers: list[WebhookHeaderView] | None = attrs.field(default=None, metadata={"json": "headers"})
    """Headers Tango sends with every delivery, for your endpoint's own authentication."""
    categories: list[str] | None = attrs.field(default=None, metadata={"json": "categories"})
    """Categories to subscribe to (ITEM, ACCOUNT, REWARD, ORDER, PLATFORM). Optional if eventTypes are given."""
    event_types: list[str] | None = attrs.field(default=None, metadata={"json": "eventTypes"})
    """Event types to subscribe to (e.g. LowBalance). Optional if categories are given."""
    signing_certificate: str | None = attrs.field(default=None, metadata={"json": "signingCertificate"})
    """Your X.509 certificate (single-line base64 DER, no PEM headers, RSA 2048): used for X509."""
    hmac_shared_secret_key: str | None = attrs.field(
        default=None, repr=masked, metadata={"json": "hmacSharedSecretKey", "sensitive": True}
    )
    """The base64 HMAC key: used for HMAC (masked in reprs)."""
    payload_verification_method: PayloadVerificationMethod | str | None = attrs.field(
        default=None, metadata={"json": "payloadVerificationMethod"}
    )
    """How Tango signs deliveries."""
    created_at: datetime | None = attrs.field(default=None, metadata={"json": "createdAt"})
    """When the subscription was created."""
    updated_at: datetime | None = attrs.field(default=None, metadata={"json": "updatedAt"})
    """When it was last changed."""
    expires_at: datetime | None = attrs.field(default=None, metadata={"json": "expiresAt"})
    """When it expires unless renewed."""


@attrs.define(kw_only=True)
class WebhookPage(ResponseModel):
    """One page of subscriptions (cursor pagination)."""

    number_of_elements: int | None = attrs.field(default=None, metadata={"json": "numberOfElements"})
    max_results: int | None = attrs.field(default=None, metadata={"json": "maxResults"})
    prev_cursor: str | None = attrs.field(default=None, metadata={"json": "prevCursor"})
    next_cursor: str | None = attrs.field(default=None, metadata={"json": "nextCursor"})
    items: list[Webhook] | None = attrs.field(default=None, metadata={"json": "items"})
    prev_page_available: bool | None = attrs.field(default=None, metadata={"json": "prevPageAvailable"})
    next_page_available: bool | None = attrs.field(default=None, metadata={"json": "nextPageAvailable"})


@attrs.define(kw_only=True)
class WebhookRenewal(ResponseModel):
    """The answer to POST /webhooks/{webhookId}/renew."""

    webhook_id: str | None = attrs.field(default=None, metadata={"json": "webhookId"})
    """The subscription."""
    expires_at: datetime | None = attrs.field(default=None, metadata={"json": "expiresAt"})
    """Its new expiry."""


@attrs.define(kw_only=True)
class WebhookEventType(ResponseModel):
    """The event types of one category (EventTypesResponseView)."""

    category: str | None = attrs.field(default=None, metadata={"json": "category"})
    """The category."""
    event_types: list[str] | None = attrs.field(default=None, metadata={"json": "eventTypes"})
    """The event types a subscription can name in it."""


@attrs.define(kw_only=True)
class WebhookEventTypePage(ResponseModel):
    """One page of event types (cursor pagination)."""

    number_of_elements: int | None = attrs.field(default=None, metadata={"json": "numberOfElements"})
    max_results: int | None = attrs.field(default=None, metadata={"json": "maxResults"})
    prev_cursor: str | None = attrs.field(default=None, metadata={"json": "prevCursor"})
    next_cursor: str | None = attrs.field(default=None, metadata={"json": "nextCursor"})
    items: list[WebhookEventType] | None = attrs.field(default=None, metadata={"json": "items"})
    prev_page_available: bool | None = attrs.field(default=None, metadata={"json": "prevPageAvailable"})
    next_page_available: bool | None = attrs.field(default=None, metadata={"json": "nextPageAvailable"})


@attrs.define(kw_only=True)
class WebhookEventPage(ResponseModel):
    """One page of a subscription's events (cursor pagination); eventData as sent."""

    number_of_elements: int | None = attrs.field(default=None, metadata={"json": "numberOfElements"})
    max_results: int | None = attrs.field(default=None, metadata={"json": "maxResults"})
    prev_cursor: str | None = attrs.field(default=None, metadata={"json": "prevCursor"})
    next_cursor: str | None = attrs.field(default=None, metadata={"json": "nextCursor"})
    items: list[WebhookEvent] | None = attrs.field(default=None, metadata={"json": "items"})
    prev_page_available: bool | None = attrs.field(default=None, metadata={"json": "prevPageAvailable"})
    next_page_available: bool | None = attrs.field(default=None, metadata={"json": "nextPageAvailable"})


@attrs.define(kw_only=True, init=False)
class AccountCreate(RequestModel):
    """POST /customers/{customerIdentifier}/accounts: create an account under a customer."""

    account_identifier: str = attrs.field(
        validator=check(
            str,
            pattern="^[-a-zA-Z0-9]{5,100}$",
            accepts=lambda c: lambda v: isinstance(v, str) and c.pattern.search(v) is not None,
            quick=lambda c: (
                lambda i, a, v: None if isinstance(v, str) and c.pattern.search(v) is not None else c(i, a, v)
            ),
        ),
        metadata={"json": "accountIdentifier"},
    )
    """5-100 of - 0-9 a-z A-Z, unique on the platform."""
    display_name: str = attrs.field(
        validator=check(
            str,
            max_length=100,
            accepts=lambda c: lambda v: isinstance(v, str) and len(v) <= 100,
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) and len(v) <= 100 else c(i, a, v),
        ),
        metadata={"json": "displayName"},
    )
    contact_email: str = attrs.field(
        validator=check(
            str,
            max_length=100,
            accepts=lambda c: lambda v: isinstance(v, str) and len(v) <= 100,
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) and len(v) <= 100 else c(i, a, v),
        ),
        metadata={"json": "contactEmail"},
    )
    currency_code: CurrencyCode | str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            enum=CurrencyCode,
            accepts=lambda c: (
                lambda v: v is UNSET or (isinstance(v, str) and v in CurrencyCode._value2member_map_)
            ),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v is UNSET or (isinstance(v, str) and v in CurrencyCode._value2member_map_)
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "currencyCode"},
    )
    """Defaults to USD on the server. Cannot be changed later."""
    funding_notification: list[FundingNotification] | Unset = attrs.field(
        default=UNSET,
        validator=check(
            list,
            optional=True,
            items=check(
                FundingNotification,
                accepts=lambda c: lambda v: v.__class__ is FundingNotification,
                quick=lambda c: lambda i, a, v: None if v.__class__ is FundingNotification else c(i, a, v),
            ),
            accepts=lambda c: lambda v: v is UNSET or (v.__class__ is list and all(map(c.items.accepts, v))),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v is UNSET or (v.__class__ is list and all(map(c.items.accepts, v)))
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "fundingNotification"},
    )

    def __init__(
        self,
        *,
        account_identifier: str,
        display_name: str,
        contact_email: str,
        currency_code: CurrencyCode | str | Unset = UNSET,
        funding_notification: list[FundingNotification] | Unset = UNSET,
    ) -> None:
        _s = _AccountCreate_setters
        _s[0](self, account_identifier)
        _s[1](self, display_name)
        _s[2](self, contact_email)
        _s[3](self, currency_code)
        _s[4](self, funding_notification)
        _c = _AccountCreate_checks
        if (
            not (isinstance(account_identifier, str) and _c[0].pattern.search(account_identifier) is not None)
            and not attrs.validators.get_disabled()
        ):
            _c[0](self, _AccountCreate_fields[0], account_identifier)
        if (
            not (isinstance(display_name, str) and len(display_name) <= 100)
            and not attrs.validators.get_disabled()
        ):
            _c[1](self, _AccountCreate_fields[1], display_name)
        if (
            not (isinstance(contact_email, str) and len(contact_email) <= 100)
            and not attrs.validators.get_disabled()
        ):
            _c[2](self, _AccountCreate_fields[2], contact_email)
        if (
            not (
                currency_code is UNSET
                or (isinstance(currency_code, str) and currency_code in CurrencyCode._value2member_map_)
            )
            and not attrs.validators.get_disabled()
        ):
            _c[3](self, _AccountCreate_fields[3], currency_code)
        if (
            not (
                funding_notification is UNSET
                or (
                    funding_notification.__class__ is list
                    and all(map(_c[4].items.accepts, funding_notification))
                )
            )
            and not attrs.validators.get_disabled()
        ):
            _c[4](self, _AccountCreate_fields[4], funding_notification)

    def __copy__(self) -> AccountCreate:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not AccountCreate:
            return attrs.evolve(self)
        copy = object.__new__(AccountCreate)
        _s = _AccountCreate_setters
        _s[0](copy, self.account_identifier)
        _s[1](copy, self.display_name)
        _s[2](copy, self.contact_email)
        _s[3](copy, self.currency_code)
        _s[4](copy, self.funding_notification)
        return copy


_AccountCreate_setters, _AccountCreate_checks, _AccountCreate_fields = init_parts(AccountCreate)


@attrs.define(kw_only=True)
class Account(ResponseModel):
    """An account. Balance in the account's currency, in major units (Decimal). Summaries inside a customer carry no balance or contact fields."""

    account_identifier: str = attrs.field(metadata={"json": "accountIdentifier"})
    account_number: str | None = attrs.field(default=None, metadata={"json": "accountNumber"})
    display_name: str | None = attrs.field(default=None, metadata={"json": "displayName"})
    currency_code: str | None = attrs.field(default=None, metadata={"json": "currencyCode"})
    current_balance: Decimal | None = attrs.field(default=None, metadata={"json": "currentBalance"})
    created_at: datetime | None = attrs.field(default=None, metadata={"json": "createdAt"})
    status: AccountStatus | str | None = attrs.field(default=None, metadata={"json": "status"})
    contact_email: str | None = attrs.field(default=None, metadata={"json": "contactEmail"})
    funding_notification: list[FundingNotificationView] | None = attrs.field(
        default=None, metadata={"json": "fundingNotification"}
    )


@attrs.define(kw_only=True)
class AccountPage(ResponseModel):
    """A page of accounts (cursor pagination: paginate=true)."""

    number_of_elements: int | None = attrs.field(default=None, metadata={"json": "numberOfElements"})
    max_results: int | None = attrs.field(default=None, metadata={"json": "maxResults"})
    prev_cursor: str | None = attrs.field(default=None, metadata={"json": "prevCursor"})
    next_cursor: str | None = attrs.field(default=None, metadata={"json": "nextCursor"})
    prev_page_available: bool | None = attrs.field(default=None, metadata={"json": "prevPageAvailable"})
    next_page_available: bool | None = attrs.field(default=None, metadata={"json": "nextPageAvailable"})
    items: list[Account] = attrs.field(factory=list, metadata={"json": "items"})


@attrs.define(kw_only=True, init=False)
class BulkShipping(RequestModel):
    """Where a BULKSHIPMENT line item is shipped (OAS26 ShippingCriteria)."""

    contact_first_name: str = attrs.field(
        validator=check(
            str,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "contactFirstName"},
    )
    contact_last_name: str = attrs.field(
        validator=check(
            str,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "contactLastName"},
    )
    address: Address = attrs.field(
        validator=check(
            Address,
            accepts=lambda c: lambda v: v.__class__ is Address,
            quick=lambda c: lambda i, a, v: None if v.__class__ is Address else c(i, a, v),
        ),
        metadata={"json": "address"},
    )
    company_name: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "companyName"},
    )
    contact_email: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "contactEmail"},
    )
    contact_mobile_number: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "contactMobileNumber"},
    )

    def __init__(
        self,
        *,
        contact_first_name: str,
        contact_last_name: str,
        address: Address,
        company_name: str | Unset = UNSET,
        contact_email: str | Unset = UNSET,
        contact_mobile_number: str | Unset = UNSET,
    ) -> None:
        _s = _BulkShipping_setters
        _s[0](self, contact_first_name)
        _s[1](self, contact_last_name)
        _s[2](self, address)
        _s[3](self, company_name)
        _s[4](self, contact_email)
        _s[5](self, contact_mobile_number)
        _c = _BulkShipping_checks
        if not (isinstance(contact_first_name, str)) and not attrs.validators.get_disabled():
            _c[0](self, _BulkShipping_fields[0], contact_first_name)
        if not (isinstance(contact_last_name, str)) and not attrs.validators.get_disabled():
            _c[1](self, _BulkShipping_fields[1], contact_last_name)
        if address.__class__ is not Address and not attrs.validators.get_disabled():
            _c[2](self, _BulkShipping_fields[2], address)
        if (
            not (company_name is UNSET or (isinstance(company_name, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[3](self, _BulkShipping_fields[3], company_name)
        if (
            not (contact_email is UNSET or (isinstance(contact_email, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[4](self, _BulkShipping_fields[4], contact_email)
        if (
            not (contact_mobile_number is UNSET or (isinstance(contact_mobile_number, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[5](self, _BulkShipping_fields[5], contact_mobile_number)

    def __copy__(self) -> BulkShipping:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not BulkShipping:
            return attrs.evolve(self)
        copy = object.__new__(BulkShipping)
        _s = _BulkShipping_setters
        _s[0](copy, self.contact_first_name)
        _s[1](copy, self.contact_last_name)
        _s[2](copy, self.address)
        _s[3](copy, self.company_name)
        _s[4](copy, self.contact_email)
        _s[5](copy, self.contact_mobile_number)
        return copy


_BulkShipping_setters, _BulkShipping_checks, _BulkShipping_fields = init_parts(BulkShipping)


@attrs.define(kw_only=True, init=False)
class AsyncLineItemCreate(RequestModel):
    """One line item of an async order (OAS26 LineItem): one reward, or `quantity` of them, to one recipient.

    externalRefLineItemID identifies the line within the account: a line whose id the account already used is not processed again (the answer counts it in duplicateLineItemRefIds). The client fills it when not given (see async_orders.create)."""

    utid: str = attrs.field(
        validator=check(
            str,
            pattern="^[uU][0-9]+$",
            accepts=lambda c: lambda v: isinstance(v, str) and c.pattern.search(v) is not None,
            quick=lambda c: (
                lambda i, a, v: None if isinstance(v, str) and c.pattern.search(v) is not None else c(i, a, v)
            ),
        ),
        metadata={"json": "utid"},
    )
    """The catalog item, e.g. U561593."""
    amount: Decimal = attrs.field(
        converter=to_decimal,
        validator=check(
            Decimal,
            ge=Decimal("0"),
            le=Decimal("999999.99"),
            multiple_of=Decimal("0.01"),
            accepts=lambda c: (
                lambda v: (
                    v.__class__ is Decimal
                    and v.is_finite()
                    and (v >= c.ge)
                    and (v <= c.le)
                    and is_multiple(v, c.multiple_of)
                )
            ),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v.__class__ is Decimal
                    and v.is_finite()
                    and (v >= c.ge)
                    and (v <= c.le)
                    and is_multiple(v, c.multiple_of)
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "amount"},
    )
    """Face value in the item's currency, major units (at most 2 decimals, 6 integer digits)."""
    delivery_method: DeliveryMethod | str = attrs.field(
        default=DeliveryMethod.EMAIL,
        validator=check(
            str,
            enum=DeliveryMethod,
            accepts=lambda c: lambda v: isinstance(v, str) and v in DeliveryMethod._value2member_map_,
            quick=lambda c: (
                lambda i, a, v: (
                    None if isinstance(v, str) and v in DeliveryMethod._value2member_map_ else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "deliveryMethod"},
    )
    recipient: Recipient = attrs.field(
        validator=check(
            Recipient,
            accepts=lambda c: lambda v: v.__class__ is Recipient,
            quick=lambda c: lambda i, a, v: None if v.__class__ is Recipient else c(i, a, v),
        ),
        metadata={"json": "recipient"},
    )
    external_ref_line_item_id: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            max_length=100,
            accepts=lambda c: lambda v: v is UNSET or (isinstance(v, str) and len(v) <= 100),
            quick=lambda c: (
                lambda i, a, v: None if v is UNSET or (isinstance(v, str) and len(v) <= 100) else c(i, a, v)
            ),
        ),
        metadata={"json": "externalRefLineItemID"},
    )
    """Idempotency key of the line, unique per account. At most 100 characters; ids this client generates are letters and digits only."""
    quantity: int | Unset = attrs.field(
        default=UNSET,
        validator=check(
            int,
            optional=True,
            ge=1,
            accepts=lambda c: lambda v: v is UNSET or (v.__class__ is int and v >= c.ge),
            quick=lambda c: (
                lambda i, a, v: None if v is UNSET or (v.__class__ is int and v >= c.ge) else c(i, a, v)
            ),
        ),
        metadata={"json": "quantity"},
    )
    """How many rewards the recipient gets (the API's default: 1)."""
    bulk_shipping: BulkShipping | Unset = attrs.field(
        default=UNSET,
        validator=check(
            BulkShipping,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or v.__class__ is BulkShipping,
            quick=lambda c: lambda i, a, v: None if v is UNSET or v.__class__ is BulkShipping else c(i, a, v),
        ),
        metadata={"json": "bulkShipping"},
    )
    shipping_method: ShippingMethod | str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            enum=ShippingMethod,
            accepts=lambda c: (
                lambda v: v is UNSET or (isinstance(v, str) and v in ShippingMethod._value2member_map_)
            ),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v is UNSET or (isinstance(v, str) and v in ShippingMethod._value2member_map_)
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "shippingMethod"},
    )
    delivery_date: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "deliveryDate"},
    )
    """When to deliver: at least 7 days ahead (the API checks it). Left out: at once."""
    etid: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            pattern="^[eE][0-9]{6}$",
            accepts=lambda c: (
                lambda v: v is UNSET or (isinstance(v, str) and c.pattern.search(v) is not None)
            ),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v is UNSET or (isinstance(v, str) and c.pattern.search(v) is not None)
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "etid"},
    )
    """Email template, e.g. E000000."""
    ptid: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            pattern="^[pP][0-9]+$",
            accepts=lambda c: (
                lambda v: v is UNSET or (isinstance(v, str) and c.pattern.search(v) is not None)
            ),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v is UNSET or (isinstance(v, str) and c.pattern.search(v) is not None)
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "ptid"},
    )
    """Printed reward-link template, e.g. P000000."""
    expiration_date: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "expirationDate"},
    )
    """Promo links only: the calendar date the link expires."""
    email_subject: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "emailSubject"},
    )
    message: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "message"},
    )
    line_item_note: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            max_length=150,
            accepts=lambda c: lambda v: v is UNSET or (isinstance(v, str) and len(v) <= 150),
            quick=lambda c: (
                lambda i, a, v: None if v is UNSET or (isinstance(v, str) and len(v) <= 150) else c(i, a, v)
            ),
        ),
        metadata={"json": "lineItemNote"},
    )

    def __init__(
        self,
        *,
        utid: str,
        amount: Decimal | int | float | str,
        delivery_method: DeliveryMethod | str = DeliveryMethod.EMAIL,
        recipient: Recipient,
        external_ref_line_item_id: str | Unset = UNSET,
        quantity: int | Unset = UNSET,
        bulk_shipping: BulkShipping | Unset = UNSET,
        shipping_method: ShippingMethod | str | Unset = UNSET,
        delivery_date: str | Unset = UNSET,
        etid: str | Unset = UNSET,
        ptid: str | Unset = UNSET,
        expiration_date: str | Unset = UNSET,
        email_subject: str | Unset = UNSET,
        message: str | Unset = UNSET,
        line_item_note: str | Unset = UNSET,
    ) -> None:
        amount = amount if amount.__class__ is Decimal else to_decimal(amount)
        _s = _AsyncLineItemCreate_setters
        _s[0](self, utid)
        _s[1](self, amount)
        _s[2](self, delivery_method)
        _s[3](self, recipient)
        _s[4](self, external_ref_line_item_id)
        _s[5](self, quantity)
        _s[6](self, bulk_shipping)
        _s[7](self, shipping_method)
        _s[8](self, delivery_date)
        _s[9](self, etid)
        _s[10](self, ptid)
        _s[11](self, expiration_date)
        _s[12](self, email_subject)
        _s[13](self, message)
        _s[14](self, line_item_note)
        _c = _AsyncLineItemCreate_checks
        if (
            not (isinstance(utid, str) and _c[0].pattern.search(utid) is not None)
            and not attrs.validators.get_disabled()
        ):
            _c[0](self, _AsyncLineItemCreate_fields[0], utid)
        if (
            not (
                amount.__class__ is Decimal
                and amount.is_finite()
                and amount >= _c[1].ge
                and amount <= _c[1].le
                and is_multiple(amount, _c[1].multiple_of)
            )
            and not attrs.validators.get_disabled()
        ):
            _c[1](self, _AsyncLineItemCreate_fields[1], amount)
        if (
            not (isinstance(delivery_method, str) and delivery_method in DeliveryMethod._value2member_map_)
            and not attrs.validators.get_disabled()
        ):
            _c[2](self, _AsyncLineItemCreate_fields[2], delivery_method)
        if recipient.__class__ is not Recipient and not attrs.validators.get_disabled():
            _c[3](self, _AsyncLineItemCreate_fields[3], recipient)
        if (
            not (
                external_ref_line_item_id is UNSET
                or (isinstance(external_ref_line_item_id, str) and len(external_ref_line_item_id) <= 100)
            )
            and not attrs.validators.get_disabled()
        ):
            _c[4](self, _AsyncLineItemCreate_fields[4], external_ref_line_item_id)
        if (
            not (quantity is UNSET or (quantity.__class__ is int and quantity >= _c[5].ge))
            and not attrs.validators.get_disabled()
        ):
            _c[5](self, _AsyncLineItemCreate_fields[5], quantity)
        if (
            not (bulk_shipping is UNSET or (bulk_shipping.__class__ is BulkShipping))
            and not attrs.validators.get_disabled()
        ):
            _c[6](self, _AsyncLineItemCreate_fields[6], bulk_shipping)
        if (
            not (
                shipping_method is UNSET
                or (isinstance(shipping_method, str) and shipping_method in ShippingMethod._value2member_map_)
            )
            and not attrs.validators.get_disabled()
        ):
            _c[7](self, _AsyncLineItemCreate_fields[7], shipping_method)
        if (
            not (delivery_date is UNSET or (isinstance(delivery_date, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[8](self, _AsyncLineItemCreate_fields[8], delivery_date)
        if (
            not (etid is UNSET or (isinstance(etid, str) and _c[9].pattern.search(etid) is not None))
            and not attrs.validators.get_disabled()
        ):
            _c[9](self, _AsyncLineItemCreate_fields[9], etid)
        if (
            not (ptid is UNSET or (isinstance(ptid, str) and _c[10].pattern.search(ptid) is not None))
            and not attrs.validators.get_disabled()
        ):
            _c[10](self, _AsyncLineItemCreate_fields[10], ptid)
        if (
            not (expiration_date is UNSET or (isinstance(expiration_date, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[11](self, _AsyncLineItemCreate_fields[11], expiration_date)
        if (
            not (email_subject is UNSET or (isinstance(email_subject, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[12](self, _AsyncLineItemCreate_fields[12], email_subject)
        if not (message is UNSET or (isinstance(message, str))) and not attrs.validators.get_disabled():
            _c[13](self, _AsyncLineItemCreate_fields[13], message)
        if (
            not (line_item_note is UNSET or (isinstance(line_item_note, str) and len(line_item_note) <= 150))
            and not attrs.validators.get_disabled()
        ):
            _c[14](self, _AsyncLineItemCreate_fields[14], line_item_note)

    def __copy__(self) -> AsyncLineItemCreate:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not AsyncLineItemCreate:
            return attrs.evolve(self)
        copy = object.__new__(AsyncLineItemCreate)
        _s = _AsyncLineItemCreate_setters
        _s[0](copy, self.utid)
        _s[1](copy, self.amount)
        _s[2](copy, self.delivery_method)
        _s[3](copy, self.recipient)
        _s[4](copy, self.external_ref_line_item_id)
        _s[5](copy, self.quantity)
        _s[6](copy, self.bulk_shipping)
        _s[7](copy, self.shipping_method)
        _s[8](copy, self.delivery_date)
        _s[9](copy, self.etid)
        _s[10](copy, self.ptid)
        _s[11](copy, self.expiration_date)
        _s[12](copy, self.email_subject)
        _s[13](copy, self.message)
        _s[14](copy, self.line_item_note)
        return copy


_AsyncLineItemCreate_setters, _AsyncLineItemCreate_checks, _AsyncLineItemCreate_fields = init_parts(
    AsyncLineItemCreate
)


@attrs.define(kw_only=True, init=False)
class AsyncOrderCreate(RequestModel):
    """POST /asyncOrders (OAS26 CreateAsyncOrderCriteria): many line items in one order, processed in the background.

    externalRefID makes the order idempotent per account: a repeat returns the original order (202 new, 200 existing). OAS26 requires it; the client generates one when not given, before the first attempt."""

    customer_identifier: str = attrs.field(
        validator=check(
            str,
            pattern="^[-a-zA-Z0-9]{5,100}$",
            accepts=lambda c: lambda v: isinstance(v, str) and c.pattern.search(v) is not None,
            quick=lambda c: (
                lambda i, a, v: None if isinstance(v, str) and c.pattern.search(v) is not None else c(i, a, v)
            ),
        ),
        metadata={"json": "customerIdentifier"},
    )
    account_identifier: str = attrs.field(
        validator=check(
            str,
            pattern="^[-a-zA-Z0-9]{5,100}$",
            accepts=lambda c: lambda v: isinstance(v, str) and c.pattern.search(v) is not None,
            quick=lambda c: (
                lambda i, a, v: None if isinstance(v, str) and c.pattern.search(v) is not None else c(i, a, v)
            ),
        ),
        metadata={"json": "accountIdentifier"},
    )
    line_items: list[AsyncLineItemCreate] = attrs.field(
        validator=check(
            list,
            items=check(
                AsyncLineItemCreate,
                accepts=lambda c: lambda v: v.__class__ is AsyncLineItemCreate,
                quick=lambda c: lambda i, a, v: None if v.__class__ is AsyncLineItemCreate else c(i, a, v),
            ),
            accepts=lambda c: lambda v: v.__class__ is list and all(map(c.items.accepts, v)),
            quick=lambda c: (
                lambda i, a, v: None if v.__class__ is list and all(map(c.items.accepts, v)) else c(i, a, v)
            ),
        ),
        metadata={"json": "lineItems"},
    )
    external_ref_id: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            max_length=100,
            accepts=lambda c: lambda v: v is UNSET or (isinstance(v, str) and len(v) <= 100),
            quick=lambda c: (
                lambda i, a, v: None if v is UNSET or (isinstance(v, str) and len(v) <= 100) else c(i, a, v)
            ),
        ),
        metadata={"json": "externalRefID"},
    )
    """Idempotency key of the order, unique per account. At most 100 characters; ids this client generates are letters and digits only."""
    sender: Sender | Unset = attrs.field(
        default=UNSET,
        validator=check(
            Sender,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or v.__class__ is Sender,
            quick=lambda c: lambda i, a, v: None if v is UNSET or v.__class__ is Sender else c(i, a, v),
        ),
        metadata={"json": "sender"},
    )
    campaign: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            max_length=1024,
            accepts=lambda c: lambda v: v is UNSET or (isinstance(v, str) and len(v) <= 1024),
            quick=lambda c: (
                lambda i, a, v: None if v is UNSET or (isinstance(v, str) and len(v) <= 1024) else c(i, a, v)
            ),
        ),
        metadata={"json": "campaign"},
    )
    purchase_order_number: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "purchaseOrderNumber"},
    )
    notes: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            max_length=1024,
            accepts=lambda c: lambda v: v is UNSET or (isinstance(v, str) and len(v) <= 1024),
            quick=lambda c: (
                lambda i, a, v: None if v is UNSET or (isinstance(v, str) and len(v) <= 1024) else c(i, a, v)
            ),
        ),
        metadata={"json": "notes"},
    )

    def __init__(
        self,
        *,
        customer_identifier: str,
        account_identifier: str,
        line_items: list[AsyncLineItemCreate],
        external_ref_id: str | Unset = UNSET,
        sender: Sender | Unset = UNSET,
        campaign: str | Unset = UNSET,
        purchase_order_number: str | Unset = UNSET,
        notes: str | Unset = UNSET,
    ) -> None:
        _s = _AsyncOrderCreate_setters
        _s[0](self, customer_identifier)
        _s[1](self, account_identifier)
        _s[2](self, line_items)
        _s[3](self, external_ref_id)
        _s[4](self, sender)
        _s[5](self, campaign)
        _s[6](self, purchase_order_number)
        _s[7](self, notes)
        _c = _AsyncOrderCreate_checks
        if (
            not (
                isinstance(customer_identifier, str) and _c[0].pattern.search(customer_identifier) is not None
            )
            and not attrs.validators.get_disabled()
        ):
            _c[0](self, _AsyncOrderCreate_fields[0], customer_identifier)
        if (
            not (isinstance(account_identifier, str) and _c[1].pattern.search(account_identifier) is not None)
            and not attrs.validators.get_disabled()
        ):
            _c[1](self, _AsyncOrderCreate_fields[1], account_identifier)
        if (
            not (line_items.__class__ is list and all(map(_c[2].items.accepts, line_items)))
            and not attrs.validators.get_disabled()
        ):
            _c[2](self, _AsyncOrderCreate_fields[2], line_items)
        if (
            not (
                external_ref_id is UNSET or (isinstance(external_ref_id, str) and len(external_ref_id) <= 100)
            )
            and not attrs.validators.get_disabled()
        ):
            _c[3](self, _AsyncOrderCreate_fields[3], external_ref_id)
        if not (sender is UNSET or (sender.__class__ is Sender)) and not attrs.validators.get_disabled():
            _c[4](self, _AsyncOrderCreate_fields[4], sender)
        if (
            not (campaign is UNSET or (isinstance(campaign, str) and len(campaign) <= 1024))
            and not attrs.validators.get_disabled()
        ):
            _c[5](self, _AsyncOrderCreate_fields[5], campaign)
        if (
            not (purchase_order_number is UNSET or (isinstance(purchase_order_number, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[6](self, _AsyncOrderCreate_fields[6], purchase_order_number)
        if (
            not (notes is UNSET or (isinstance(notes, str) and len(notes) <= 1024))
            and not attrs.validators.get_disabled()
        ):
            _c[7](self, _AsyncOrderCreate_fields[7], notes)

    def __copy__(self) -> AsyncOrderCreate:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not AsyncOrderCreate:
            return attrs.evolve(self)
        copy = object.__new__(AsyncOrderCreate)
        _s = _AsyncOrderCreate_setters
        _s[0](copy, self.customer_identifier)
        _s[1](copy, self.account_identifier)
        _s[2](copy, self.line_items)
        _s[3](copy, self.external_ref_id)
        _s[4](copy, self.sender)
        _s[5](copy, self.campaign)
        _s[6](copy, self.purchase_order_number)
        _s[7](copy, self.notes)
        return copy


_AsyncOrderCreate_setters, _AsyncOrderCreate_checks, _AsyncOrderCreate_fields = init_parts(AsyncOrderCreate)


@attrs.define(kw_only=True, init=False)
class AsyncLineItemUpdate(RequestModel):
    """PATCH /asyncOrders/lineItems/{referenceLineItemId}: a line item's note, a scheduled line item's delivery date, its sender."""

    line_item_note: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            max_length=150,
            accepts=lambda c: lambda v: v is UNSET or (isinstance(v, str) and len(v) <= 150),
            quick=lambda c: (
                lambda i, a, v: None if v is UNSET or (isinstance(v, str) and len(v) <= 150) else c(i, a, v)
            ),
        ),
        metadata={"json": "lineItemNote"},
    )
    delivery_date: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "deliveryDate"},
    )
    """A new delivery date, at least 7 days ahead (the API checks it)."""
    sender_info: Sender | Unset = attrs.field(
        default=UNSET,
        validator=check(
            Sender,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or v.__class__ is Sender,
            quick=lambda c: lambda i, a, v: None if v is UNSET or v.__class__ is Sender else c(i, a, v),
        ),
        metadata={"json": "senderInfo"},
    )

    def __init__(
        self,
        *,
        line_item_note: str | Unset = UNSET,
        delivery_date: str | Unset = UNSET,
        sender_info: Sender | Unset = UNSET,
    ) -> None:
        _s = _AsyncLineItemUpdate_setters
        _s[0](self, line_item_note)
        _s[1](self, delivery_date)
        _s[2](self, sender_info)
        _c = _AsyncLineItemUpdate_checks
        if (
            not (line_item_note is UNSET or (isinstance(line_item_note, str) and len(line_item_note) <= 150))
            and not attrs.validators.get_disabled()
        ):
            _c[0](self, _AsyncLineItemUpdate_fields[0], line_item_note)
        if (
            not (delivery_date is UNSET or (isinstance(delivery_date, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[1](self, _AsyncLineItemUpdate_fields[1], delivery_date)
        if (
            not (sender_info is UNSET or (sender_info.__class__ is Sender))
            and not attrs.validators.get_disabled()
        ):
            _c[2](self, _AsyncLineItemUpdate_fields[2], sender_info)

    def __copy__(self) -> AsyncLineItemUpdate:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not AsyncLineItemUpdate:
            return attrs.evolve(self)
        copy = object.__new__(AsyncLineItemUpdate)
        _s = _AsyncLineItemUpdate_setters
        _s[0](copy, self.line_item_note)
        _s[1](copy, self.delivery_date)
        _s[2](copy, self.sender_info)
        return copy


_AsyncLineItemUpdate_setters, _AsyncLineItemUpdate_checks, _AsyncLineItemUpdate_fields = init_parts(
    AsyncLineItemUpdate
)


@attrs.define(kw_only=True)
class AsyncUserInfo(ResponseModel):
    """A sender or recipient as the async-order answers show it (OAS26 AsyncUserInfoDTO)."""

    first_name: str | None = attrs.field(default=None, metadata={"json": "firstName"})
    last_name: str | None = attrs.field(default=None, metadata={"json": "lastName"})
    email: str | None = attrs.field(default=None, metadata={"json": "email"})
    address: AddressView | None = attrs.field(default=None, metadata={"json": "address"})
    mobile_number: str | None = attrs.field(default=None, metadata={"json": "mobileNumber"})


@attrs.define(kw_only=True)
class BulkShippingView(ResponseModel):
    """Where a BULKSHIPMENT line item ships (OAS26 BulkShippingView)."""

    address: AddressView | None = attrs.field(default=None, metadata={"json": "address"})
    company_name: str | None = attrs.field(default=None, metadata={"json": "companyName"})
    contact_first_name: str | None = attrs.field(default=None, metadata={"json": "contactFirstName"})
    contact_last_name: str | None = attrs.field(default=None, metadata={"json": "contactLastName"})
    contact_email: str | None = attrs.field(default=None, metadata={"json": "contactEmail"})
    contact_mobile_number: str | None = attrs.field(default=None, metadata={"json": "contactMobileNumber"})


@attrs.define(kw_only=True)
class AsyncOrderDetailLineItem(ResponseModel):
    """One line item in an async order's detail (OAS26 AsyncLineItemView; note referenceLineItemId, not ...ID as on the line-items page)."""

    reference_line_item_id: str | None = attrs.field(default=None, metadata={"json": "referenceLineItemId"})
    external_ref_line_item_id: str | None = attrs.field(
        default=None, metadata={"json": "externalRefLineItemID"}
    )
    line_item_status: str | None = attrs.field(default=None, metadata={"json": "lineItemStatus"})
    """PENDING, SCHEDULED, COMPLETE or FAILED as the emulator sends them (OAS26 lists no values; any other value is kept as text)."""
    delivery_status: str | None = attrs.field(default=None, metadata={"json": "deliveryStatus"})
    recipient: AsyncUserInfo | None = attrs.field(default=None, metadata={"json": "recipient"})
    bulk_shipping: BulkShippingView | None = attrs.field(default=None, metadata={"json": "bulkShipping"})
    delivery_method: str | None = attrs.field(default=None, metadata={"json": "deliveryMethod"})
    """NONE, EMAIL, PHONE, ADDRESS, EMBEDDED, BULKSHIPMENT, QRCODE, BULKDIGITAL, EMBEDDED_COMPONENT, WHATSAPP (OAS26); any other value is kept as text."""
    reward_name: str | None = attrs.field(default=None, metadata={"json": "rewardName"})
    quantity: int | None = attrs.field(default=None, metadata={"json": "quantity"})
    amount: Decimal | None = attrs.field(default=None, metadata={"json": "amount"})
    amount_charged: Money | None = attrs.field(default=None, metadata={"json": "amountCharged"})
    scheduled_delivery_date: datetime | None = attrs.field(
        default=None, metadata={"json": "scheduledDeliveryDate"}
    )
    line_item_errors: list[AsyncItemError] | None = attrs.field(
        default=None, metadata={"json": "lineItemErrors"}
    )


@attrs.define(kw_only=True)
class AsyncOrderLineItem(ResponseModel):
    """One line item of an async order as its processing left it (OAS26 AsyncLineItemViewVerbose, the line-items page)."""

    reference_line_item_id: str | None = attrs.field(default=None, metadata={"json": "referenceLineItemID"})
    external_ref_line_item_id: str | None = attrs.field(
        default=None, metadata={"json": "externalRefLineItemID"}
    )
    line_item_status: str | None = attrs.field(default=None, metadata={"json": "lineItemStatus"})
    """PENDING, SCHEDULED, COMPLETE or FAILED as the emulator sends them (OAS26 lists no values; any other value is kept as text)."""
    line_item_errors: list[AsyncItemError] | None = attrs.field(
        default=None, metadata={"json": "lineItemErrors"}
    )
    delivery_status: str | None = attrs.field(default=None, metadata={"json": "deliveryStatus"})
    delivery_method: str | None = attrs.field(default=None, metadata={"json": "deliveryMethod"})
    scheduled_delivery_date: datetime | None = attrs.field(
        default=None, metadata={"json": "scheduledDeliveryDate"}
    )
    delivery_date: datetime | None = attrs.field(default=None, metadata={"json": "deliveryDate"})
    etid: str | None = attrs.field(default=None, metadata={"json": "etid"})
    ptid: str | None = attrs.field(default=None, metadata={"json": "ptid"})
    utid: str | None = attrs.field(default=None, metadata={"json": "utid"})
    can_cancel: bool | None = attrs.field(default=None, metadata={"json": "canCancel"})
    can_freeze: bool | None = attrs.field(default=None, metadata={"json": "canFreeze"})
    reward_name: str | None = attrs.field(default=None, metadata={"json": "rewardName"})
    quantity: int | None = attrs.field(default=None, metadata={"json": "quantity"})
    bulk_shipping: BulkShippingView | None = attrs.field(default=None, metadata={"json": "bulkShipping"})
    shipping_method: str | None = attrs.field(default=None, metadata={"json": "shippingMethod"})
    physical_method: str | None = attrs.field(default=None, metadata={"json": "physicalMethod"})
    amount_issued: Money | None = attrs.field(default=None, metadata={"json": "amountIssued"})
    amount_charged: Money | None = attrs.field(default=None, metadata={"json": "amountCharged"})
    date_issued: datetime | None = attrs.field(default=None, metadata={"json": "dateIssued"})
    expiration_date: datetime | None = attrs.field(default=None, metadata={"json": "expirationDate"})
    recipient: RecipientView | None = attrs.field(default=None, metadata={"json": "recipient"})
    line_item_action_reason: str | None = attrs.field(default=None, metadata={"json": "lineItemActionReason"})
    reissued_from_reference_line_item_id: str | None = attrs.field(
        default=None, metadata={"json": "reissuedFromReferenceLineItemId"}
    )
    reissued_to_reference_line_item_id: str | None = attrs.field(
        default=None, metadata={"json": "reissuedToReferenceLineItemId"}
    )
    email_subject: str | None = attrs.field(default=None, metadata={"json": "emailSubject"})
    message: str | None = attrs.field(default=None, metadata={"json": "message"})
    line_item_notes: str | None = attrs.field(default=None, metadata={"json": "lineItemNotes"})
    rewards: list[dict[str, Any]] | None = attrs.field(default=None, metadata={"json": "rewards"})
    """The rewards issued (OAS26 RewardViewSummary: rewardStatus, credentialList, redemptionInstructions); kept as sent."""


@attrs.define(kw_only=True)
class AsyncOrderSummary(ResponseModel):
    """One async order of GET /asyncOrders (OAS26 AsyncOrderView)."""

    created_at: datetime | None = attrs.field(default=None, metadata={"json": "createdAt"})
    reference_order_id: str | None = attrs.field(default=None, metadata={"json": "referenceOrderID"})
    external_ref_id: str | None = attrs.field(default=None, metadata={"json": "externalRefID"})
    customer_identifier: str | None = attrs.field(default=None, metadata={"json": "customerIdentifier"})
    account_identifier: str | None = attrs.field(default=None, metadata={"json": "accountIdentifier"})
    account_number: str | None = attrs.field(default=None, metadata={"json": "accountNumber"})
    sender: AsyncUserInfo | None = attrs.field(default=None, metadata={"json": "sender"})
    campaign: str | None = attrs.field(default=None, metadata={"json": "campaign"})
    purchase_order_number: str | None = attrs.field(default=None, metadata={"json": "purchaseOrderNumber"})
    notes: str | None = attrs.field(default=None, metadata={"json": "notes"})
    fulfill_by: str | None = attrs.field(default=None, metadata={"json": "fulfillBy"})
    order_status: str | None = attrs.field(default=None, metadata={"json": "orderStatus"})
    """PENDING while line items wait; then SUCCESSFUL, PARTIALFAILED, FAILED (or RETRYING); any other value is kept as text."""
    total_line_items_rows: int | None = attrs.field(default=None, metadata={"json": "totalLineItemsRows"})
    amount_charged: AsyncCharge | None = attrs.field(default=None, metadata={"json": "amountCharged"})


@attrs.define(kw_only=True)
class AsyncOrderDetail(ResponseModel):
    """An async order and the first page of its line items (OAS26 AsyncOrderDetailView)."""

    reference_order_id: str | None = attrs.field(default=None, metadata={"json": "referenceOrderID"})
    external_ref_id: str | None = attrs.field(default=None, metadata={"json": "externalRefID"})
    order_status: str | None = attrs.field(default=None, metadata={"json": "orderStatus"})
    """PENDING while line items wait; then SUCCESSFUL, PARTIALFAILED, FAILED (or RETRYING); any other value is kept as text."""
    created_at: datetime | None = attrs.field(default=None, metadata={"json": "createdAt"})
    completed_at: datetime | None = attrs.field(default=None, metadata={"json": "completedAt"})
    customer_identifier: str | None = attrs.field(default=None, metadata={"json": "customerIdentifier"})
    account_identifier: str | None = attrs.field(default=None, metadata={"json": "accountIdentifier"})
    sender: SenderView | None = attrs.field(default=None, metadata={"json": "sender"})
    amount_charged: AsyncCharge | None = attrs.field(default=None, metadata={"json": "amountCharged"})
    campaign: str | None = attrs.field(default=None, metadata={"json": "campaign"})
    purchase_order_number: str | None = attrs.field(default=None, metadata={"json": "purchaseOrderNumber"})
    notes: str | None = attrs.field(default=None, metadata={"json": "notes"})
    total_line_items: int | None = attrs.field(default=None, metadata={"json": "totalLineItems"})
    pagination: AsyncPagination | None = attrs.field(default=None, metadata={"json": "pagination"})
    order_errors: list[AsyncItemError] | None = attrs.field(default=None, metadata={"json": "orderErrors"})
    line_items: list[AsyncOrderDetailLineItem] | None = attrs.field(
        default=None, metadata={"json": "lineItems"}
    )


@attrs.define(kw_only=True)
class AsyncOrderLineItemPage(ResponseModel):
    """One page of an async order's line items (OAS26 AsyncOrderLineItemsView)."""

    reference_order_id: str | None = attrs.field(default=None, metadata={"json": "referenceOrderID"})
    external_ref_id: str | None = attrs.field(default=None, metadata={"json": "externalRefID"})
    account_identifier: str | None = attrs.field(default=None, metadata={"json": "accountIdentifier"})
    customer_identifier: str | None = attrs.field(default=None, metadata={"json": "customerIdentifier"})
    sender: SenderView | None = attrs.field(default=None, metadata={"json": "sender"})
    amount_charged: AsyncCharge | None = attrs.field(default=None, metadata={"json": "amountCharged"})
    purchase_order_number: str | None = attrs.field(default=None, metadata={"json": "purchaseOrderNumber"})
    campaign: str | None = attrs.field(default=None, metadata={"json": "campaign"})
    order_notes: str | None = attrs.field(default=None, metadata={"json": "orderNotes"})
    order_status: str | None = attrs.field(default=None, metadata={"json": "orderStatus"})
    order_errors: list[AsyncItemError] | None = attrs.field(default=None, metadata={"json": "orderErrors"})
    pagination: AsyncPagination | None = attrs.field(default=None, metadata={"json": "pagination"})
    line_items: list[AsyncOrderLineItem] | None = attrs.field(default=None, metadata={"json": "lineItems"})


@attrs.define(kw_only=True)
class AsyncOrderPage(ResponseModel):
    """One page of async orders (OAS26 AsyncOrderListView, cursor pagination)."""

    prev_cursor: str | None = attrs.field(default=None, metadata={"json": "prevCursor"})
    next_cursor: str | None = attrs.field(default=None, metadata={"json": "nextCursor"})
    prev_page_available: bool | None = attrs.field(default=None, metadata={"json": "prevPageAvailable"})
    next_page_available: bool | None = attrs.field(default=None, metadata={"json": "nextPageAvailable"})
    max_results: int | None = attrs.field(default=None, metadata={"json": "maxResults"})
    orders: list[AsyncOrderSummary] | None = attrs.field(default=None, metadata={"json": "orders"})


@attrs.define(kw_only=True)
class AsyncLineItemUpdated(ResponseModel):
    """The answer to a line-item PATCH (201)."""

    delivery_date: datetime | None = attrs.field(default=None, metadata={"json": "deliveryDate"})
    note: str | None = attrs.field(default=None, metadata={"json": "note"})
    sender_info: SenderView | None = attrs.field(default=None, metadata={"json": "senderInfo"})


@attrs.define(kw_only=True)
class Customer(ResponseModel):
    """A customer and a summary of its accounts (no balances: fetch an account for that)."""

    customer_identifier: str = attrs.field(metadata={"json": "customerIdentifier"})
    display_name: str | None = attrs.field(default=None, metadata={"json": "displayName"})
    status: str | None = attrs.field(default=None, metadata={"json": "status"})
    """Sent in lower case for customers, e.g. "active"."""
    created_at: datetime | None = attrs.field(default=None, metadata={"json": "createdAt"})
    accounts: list[Account] = attrs.field(factory=list, metadata={"json": "accounts"})


@attrs.define(kw_only=True)
class CustomerPage(ResponseModel):
    """A page of customers (cursor pagination)."""

    number_of_elements: int | None = attrs.field(default=None, metadata={"json": "numberOfElements"})
    max_results: int | None = attrs.field(default=None, metadata={"json": "maxResults"})
    prev_cursor: str | None = attrs.field(default=None, metadata={"json": "prevCursor"})
    next_cursor: str | None = attrs.field(default=None, metadata={"json": "nextCursor"})
    prev_page_available: bool | None = attrs.field(default=None, metadata={"json": "prevPageAvailable"})
    next_page_available: bool | None = attrs.field(default=None, metadata={"json": "nextPageAvailable"})
    items: list[Customer] = attrs.field(factory=list, metadata={"json": "items"})


@attrs.define(kw_only=True, init=False)
class LineItemReissue(RequestModel):
    """POST /lineItems/{id}/reissue: cancel the line item and issue a new one."""

    reason_code: str = attrs.field(
        validator=check(
            str,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "reasonCode"},
    )
    """a code of GET /lineItems/reasonCodes for this action"""
    other_reason: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "otherReason"},
    )
    amount: Decimal | Unset = attrs.field(
        default=UNSET,
        converter=to_optional_decimal,
        validator=check(
            Decimal,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or (v.__class__ is Decimal and v.is_finite()),
            quick=lambda c: (
                lambda i, a, v: (
                    None if v is UNSET or (v.__class__ is Decimal and v.is_finite()) else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "amount"},
    )
    delivery_method: ReissueDeliveryMethod | str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            enum=ReissueDeliveryMethod,
            accepts=lambda c: (
                lambda v: v is UNSET or (isinstance(v, str) and v in ReissueDeliveryMethod._value2member_map_)
            ),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v is UNSET or (isinstance(v, str) and v in ReissueDeliveryMethod._value2member_map_)
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "deliveryMethod"},
    )
    recipient: ReissueRecipient | Unset = attrs.field(
        default=UNSET,
        validator=check(
            ReissueRecipient,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or v.__class__ is ReissueRecipient,
            quick=lambda c: (
                lambda i, a, v: None if v is UNSET or v.__class__ is ReissueRecipient else c(i, a, v)
            ),
        ),
        metadata={"json": "recipient"},
    )
    notes: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            max_length=150,
            accepts=lambda c: lambda v: v is UNSET or (isinstance(v, str) and len(v) <= 150),
            quick=lambda c: (
                lambda i, a, v: None if v is UNSET or (isinstance(v, str) and len(v) <= 150) else c(i, a, v)
            ),
        ),
        metadata={"json": "notes"},
    )

    def __init__(
        self,
        *,
        reason_code: str,
        other_reason: str | Unset = UNSET,
        amount: Decimal | int | float | str | Unset | None = UNSET,
        delivery_method: ReissueDeliveryMethod | str | Unset = UNSET,
        recipient: ReissueRecipient | Unset = UNSET,
        notes: str | Unset = UNSET,
    ) -> None:
        amount = amount if amount.__class__ is Decimal else to_optional_decimal(amount)
        _s = _LineItemReissue_setters
        _s[0](self, reason_code)
        _s[1](self, other_reason)
        _s[2](self, amount)
        _s[3](self, delivery_method)
        _s[4](self, recipient)
        _s[5](self, notes)
        _c = _LineItemReissue_checks
        if not (isinstance(reason_code, str)) and not attrs.validators.get_disabled():
            _c[0](self, _LineItemReissue_fields[0], reason_code)
        if (
            not (other_reason is UNSET or (isinstance(other_reason, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[1](self, _LineItemReissue_fields[1], other_reason)
        if (
            not (amount is UNSET or (amount.__class__ is Decimal and amount.is_finite()))
            and not attrs.validators.get_disabled()
        ):
            _c[2](self, _LineItemReissue_fields[2], amount)
        if (
            not (
                delivery_method is UNSET
                or (
                    isinstance(delivery_method, str)
                    and delivery_method in ReissueDeliveryMethod._value2member_map_
                )
            )
            and not attrs.validators.get_disabled()
        ):
            _c[3](self, _LineItemReissue_fields[3], delivery_method)
        if (
            not (recipient is UNSET or (recipient.__class__ is ReissueRecipient))
            and not attrs.validators.get_disabled()
        ):
            _c[4](self, _LineItemReissue_fields[4], recipient)
        if (
            not (notes is UNSET or (isinstance(notes, str) and len(notes) <= 150))
            and not attrs.validators.get_disabled()
        ):
            _c[5](self, _LineItemReissue_fields[5], notes)

    def __copy__(self) -> LineItemReissue:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not LineItemReissue:
            return attrs.evolve(self)
        copy = object.__new__(LineItemReissue)
        _s = _LineItemReissue_setters
        _s[0](copy, self.reason_code)
        _s[1](copy, self.other_reason)
        _s[2](copy, self.amount)
        _s[3](copy, self.delivery_method)
        _s[4](copy, self.recipient)
        _s[5](copy, self.notes)
        return copy


_LineItemReissue_setters, _LineItemReissue_checks, _LineItemReissue_fields = init_parts(LineItemReissue)


@attrs.define(kw_only=True)
class LineItemResendEvent(ResponseModel):
    """One resend of a line item, as its history lists it."""

    date_issued: datetime | None = attrs.field(default=None, metadata={"json": "dateIssued"})
    sender: SenderView | None = attrs.field(default=None, metadata={"json": "sender"})
    recipient: ResendContact | None = attrs.field(default=None, metadata={"json": "recipient"})
    delivery_method: str | None = attrs.field(default=None, metadata={"json": "deliveryMethod"})
    delivery_status: str | None = attrs.field(default=None, metadata={"json": "deliveryStatus"})
    etid: str | None = attrs.field(default=None, metadata={"json": "etid"})
    reason_code: str | None = attrs.field(default=None, metadata={"json": "reasonCode"})
    other_reason: str | None = attrs.field(default=None, metadata={"json": "otherReason"})


@attrs.define(kw_only=True, init=False)
class DigitalTemplateCreate(RequestModel):
    """POST /digitalTemplates (OAS26 CreateEmailTemplateCriteria)."""

    name: str = attrs.field(
        validator=check(
            str,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "name"},
    )
    """A unique name for the template."""
    from_name: str = attrs.field(
        validator=check(
            str,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "fromName"},
    )
    """The name on the email's From line and the {from_name} of the text message."""
    subject: str = attrs.field(
        validator=check(
            str,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "subject"},
    )
    """The email's subject."""
    header_image: str = attrs.field(
        validator=check(
            str,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "headerImage"},
    )
    """The header image, Base64 encoded."""
    header_image_alt_text: str = attrs.field(
        validator=check(
            str,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "headerImageAltText"},
    )
    """The header image's alt text."""
    accent_color: str = attrs.field(
        validator=check(
            str,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "accentColor"},
    )
    """A hex colour, e.g. #000000, used as the email's accent."""
    message_body: str = attrs.field(
        validator=check(
            str,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "messageBody"},
    )
    """The email's message body."""
    closing: str = attrs.field(
        validator=check(
            str,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "closing"},
    )
    """Closing words after the reward credential."""
    sms_message_body: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            max_length=90,
            accepts=lambda c: lambda v: v is UNSET or (isinstance(v, str) and len(v) <= 90),
            quick=lambda c: (
                lambda i, a, v: None if v is UNSET or (isinstance(v, str) and len(v) <= 90) else c(i, a, v)
            ),
        ),
        metadata={"json": "smsMessageBody"},
    )
    """The text message body (at most 90 characters); needed when rewards go by SMS."""
    customer_service_message: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "customerServiceMessage"},
    )
    """Your customer support contact; Tango's is shown when left out (email only)."""
    access_control: list[TemplateAccess] | Unset = attrs.field(
        default=UNSET,
        validator=check(
            list,
            optional=True,
            items=check(
                TemplateAccess,
                accepts=lambda c: lambda v: v.__class__ is TemplateAccess,
                quick=lambda c: lambda i, a, v: None if v.__class__ is TemplateAccess else c(i, a, v),
            ),
            accepts=lambda c: lambda v: v is UNSET or (v.__class__ is list and all(map(c.items.accepts, v))),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v is UNSET or (v.__class__ is list and all(map(c.items.accepts, v)))
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "accessControl"},
    )
    """Which customers and accounts may use the template."""
    defaults: list[TemplateAccess] | Unset = attrs.field(
        default=UNSET,
        validator=check(
            list,
            optional=True,
            items=check(
                TemplateAccess,
                accepts=lambda c: lambda v: v.__class__ is TemplateAccess,
                quick=lambda c: lambda i, a, v: None if v.__class__ is TemplateAccess else c(i, a, v),
            ),
            accepts=lambda c: lambda v: v is UNSET or (v.__class__ is list and all(map(c.items.accepts, v))),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v is UNSET or (v.__class__ is list and all(map(c.items.accepts, v)))
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "defaults"},
    )
    """Where the template is the default when an order names no etid."""

    def __init__(
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
        sms_message_body: str | Unset = UNSET,
        customer_service_message: str | Unset = UNSET,
        access_control: list[TemplateAccess] | Unset = UNSET,
        defaults: list[TemplateAccess] | Unset = UNSET,
    ) -> None:
        _s = _DigitalTemplateCreate_setters
        _s[0](self, name)
        _s[1](self, from_name)
        _s[2](self, subject)
        _s[3](self, header_image)
        _s[4](self, header_image_alt_text)
        _s[5](self, accent_color)
        _s[6](self, message_body)
        _s[7](self, closing)
        _s[8](self, sms_message_body)
        _s[9](self, customer_service_message)
        _s[10](self, access_control)
        _s[11](self, defaults)
        _c = _DigitalTemplateCreate_checks
        if not (isinstance(name, str)) and not attrs.validators.get_disabled():
            _c[0](self, _DigitalTemplateCreate_fields[0], name)
        if not (isinstance(from_name, str)) and not attrs.validators.get_disabled():
            _c[1](self, _DigitalTemplateCreate_fields[1], from_name)
        if not (isinstance(subject, str)) and not attrs.validators.get_disabled():
            _c[2](self, _DigitalTemplateCreate_fields[2], subject)
        if not (isinstance(header_image, str)) and not attrs.validators.get_disabled():
            _c[3](self, _DigitalTemplateCreate_fields[3], header_image)
        if not (isinstance(header_image_alt_text, str)) and not attrs.validators.get_disabled():
            _c[4](self, _DigitalTemplateCreate_fields[4], header_image_alt_text)
        if not (isinstance(accent_color, str)) and not attrs.validators.get_disabled():
            _c[5](self, _DigitalTemplateCreate_fields[5], accent_color)
        if not (isinstance(message_body, str)) and not attrs.validators.get_disabled():
            _c[6](self, _DigitalTemplateCreate_fields[6], message_body)
        if not (isinstance(closing, str)) and not attrs.validators.get_disabled():
            _c[7](self, _DigitalTemplateCreate_fields[7], closing)
        if (
            not (
                sms_message_body is UNSET
                or (isinstance(sms_message_body, str) and len(sms_message_body) <= 90)
            )
            and not attrs.validators.get_disabled()
        ):
            _c[8](self, _DigitalTemplateCreate_fields[8], sms_message_body)
        if (
            not (customer_service_message is UNSET or (isinstance(customer_service_message, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[9](self, _DigitalTemplateCreate_fields[9], customer_service_message)
        if (
            not (
                access_control is UNSET
                or (access_control.__class__ is list and all(map(_c[10].items.accepts, access_control)))
            )
            and not attrs.validators.get_disabled()
        ):
            _c[10](self, _DigitalTemplateCreate_fields[10], access_control)
        if (
            not (
                defaults is UNSET or (defaults.__class__ is list and all(map(_c[11].items.accepts, defaults)))
            )
            and not attrs.validators.get_disabled()
        ):
            _c[11](self, _DigitalTemplateCreate_fields[11], defaults)

    def __copy__(self) -> DigitalTemplateCreate:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not DigitalTemplateCreate:
            return attrs.evolve(self)
        copy = object.__new__(DigitalTemplateCreate)
        _s = _DigitalTemplateCreate_setters
        _s[0](copy, self.name)
        _s[1](copy, self.from_name)
        _s[2](copy, self.subject)
        _s[3](copy, self.header_image)
        _s[4](copy, self.header_image_alt_text)
        _s[5](copy, self.accent_color)
        _s[6](copy, self.message_body)
        _s[7](copy, self.closing)
        _s[8](copy, self.sms_message_body)
        _s[9](copy, self.customer_service_message)
        _s[10](copy, self.access_control)
        _s[11](copy, self.defaults)
        return copy


_DigitalTemplateCreate_setters, _DigitalTemplateCreate_checks, _DigitalTemplateCreate_fields = init_parts(
    DigitalTemplateCreate
)


@attrs.define(kw_only=True, init=False)
class DigitalTemplateUpdate(RequestModel):
    """PATCH /digitalTemplates/{etid} (OAS26 UpdateEmailTemplateCriteria): fields left out stay as they are."""

    name: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "name"},
    )
    """A unique name for the template."""
    from_name: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "fromName"},
    )
    """The name on the email's From line and the {from_name} of the text message."""
    subject: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "subject"},
    )
    """The email's subject."""
    header_image: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "headerImage"},
    )
    """The header image, Base64 encoded."""
    header_image_alt_text: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "headerImageAltText"},
    )
    """The header image's alt text."""
    accent_color: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            pattern="^(#)([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})$",
            accepts=lambda c: (
                lambda v: v is UNSET or (isinstance(v, str) and c.pattern.search(v) is not None)
            ),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v is UNSET or (isinstance(v, str) and c.pattern.search(v) is not None)
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "accentColor"},
    )
    """A hex colour, e.g. #000000, used as the email's accent."""
    message_body: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "messageBody"},
    )
    """The email's message body."""
    sms_message_body: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            max_length=90,
            accepts=lambda c: lambda v: v is UNSET or (isinstance(v, str) and len(v) <= 90),
            quick=lambda c: (
                lambda i, a, v: None if v is UNSET or (isinstance(v, str) and len(v) <= 90) else c(i, a, v)
            ),
        ),
        metadata={"json": "smsMessageBody"},
    )
    """The text message body (at most 90 characters); needed when rewards go by SMS."""
    closing: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "closing"},
    )
    """Closing words after the reward credential."""
    customer_service_message: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if v is UNSET or isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "customerServiceMessage"},
    )
    """Your customer support contact; Tango's is shown when left out (email only)."""
    access_control: list[TemplateAccess] | Unset = attrs.field(
        default=UNSET,
        validator=check(
            list,
            optional=True,
            items=check(
                TemplateAccess,
                accepts=lambda c: lambda v: v.__class__ is TemplateAccess,
                quick=lambda c: lambda i, a, v: None if v.__class__ is TemplateAccess else c(i, a, v),
            ),
            accepts=lambda c: lambda v: v is UNSET or (v.__class__ is list and all(map(c.items.accepts, v))),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v is UNSET or (v.__class__ is list and all(map(c.items.accepts, v)))
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "accessControl"},
    )
    """Which customers and accounts may use the template."""
    defaults: list[TemplateAccess] | Unset = attrs.field(
        default=UNSET,
        validator=check(
            list,
            optional=True,
            items=check(
                TemplateAccess,
                accepts=lambda c: lambda v: v.__class__ is TemplateAccess,
                quick=lambda c: lambda i, a, v: None if v.__class__ is TemplateAccess else c(i, a, v),
            ),
            accepts=lambda c: lambda v: v is UNSET or (v.__class__ is list and all(map(c.items.accepts, v))),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v is UNSET or (v.__class__ is list and all(map(c.items.accepts, v)))
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "defaults"},
    )
    """Where the template is the default when an order names no etid."""

    def __init__(
        self,
        *,
        name: str | Unset = UNSET,
        from_name: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        header_image: str | Unset = UNSET,
        header_image_alt_text: str | Unset = UNSET,
        accent_color: str | Unset = UNSET,
        message_body: str | Unset = UNSET,
        sms_message_body: str | Unset = UNSET,
        closing: str | Unset = UNSET,
        customer_service_message: str | Unset = UNSET,
        access_control: list[TemplateAccess] | Unset = UNSET,
        defaults: list[TemplateAccess] | Unset = UNSET,
    ) -> None:
        _s = _DigitalTemplateUpdate_setters
        _s[0](self, name)
        _s[1](self, from_name)
        _s[2](self, subject)
        _s[3](self, header_image)
        _s[4](self, header_image_alt_text)
        _s[5](self, accent_color)
        _s[6](self, message_body)
        _s[7](self, sms_message_body)
        _s[8](self, closing)
        _s[9](self, customer_service_message)
        _s[10](self, access_control)
        _s[11](self, defaults)
        _c = _DigitalTemplateUpdate_checks
        if not (name is UNSET or (isinstance(name, str))) and not attrs.validators.get_disabled():
            _c[0](self, _DigitalTemplateUpdate_fields[0], name)
        if not (from_name is UNSET or (isinstance(from_name, str))) and not attrs.validators.get_disabled():
            _c[1](self, _DigitalTemplateUpdate_fields[1], from_name)
        if not (subject is UNSET or (isinstance(subject, str))) and not attrs.validators.get_disabled():
            _c[2](self, _DigitalTemplateUpdate_fields[2], subject)
        if (
            not (header_image is UNSET or (isinstance(header_image, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[3](self, _DigitalTemplateUpdate_fields[3], header_image)
        if (
            not (header_image_alt_text is UNSET or (isinstance(header_image_alt_text, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[4](self, _DigitalTemplateUpdate_fields[4], header_image_alt_text)
        if (
            not (
                accent_color is UNSET
                or (isinstance(accent_color, str) and _c[5].pattern.search(accent_color) is not None)
            )
            and not attrs.validators.get_disabled()
        ):
            _c[5](self, _DigitalTemplateUpdate_fields[5], accent_color)
        if (
            not (message_body is UNSET or (isinstance(message_body, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[6](self, _DigitalTemplateUpdate_fields[6], message_body)
        if (
            not (
                sms_message_body is UNSET
                or (isinstance(sms_message_body, str) and len(sms_message_body) <= 90)
            )
            and not attrs.validators.get_disabled()
        ):
            _c[7](self, _DigitalTemplateUpdate_fields[7], sms_message_body)
        if not (closing is UNSET or (isinstance(closing, str))) and not attrs.validators.get_disabled():
            _c[8](self, _DigitalTemplateUpdate_fields[8], closing)
        if (
            not (customer_service_message is UNSET or (isinstance(customer_service_message, str)))
            and not attrs.validators.get_disabled()
        ):
            _c[9](self, _DigitalTemplateUpdate_fields[9], customer_service_message)
        if (
            not (
                access_control is UNSET
                or (access_control.__class__ is list and all(map(_c[10].items.accepts, access_control)))
            )
            and not attrs.validators.get_disabled()
        ):
            _c[10](self, _DigitalTemplateUpdate_fields[10], access_control)
        if (
            not (
                defaults is UNSET or (defaults.__class__ is list and all(map(_c[11].items.accepts, defaults)))
            )
            and not attrs.validators.get_disabled()
        ):
            _c[11](self, _DigitalTemplateUpdate_fields[11], defaults)

    def __copy__(self) -> DigitalTemplateUpdate:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not DigitalTemplateUpdate:
            return attrs.evolve(self)
        copy = object.__new__(DigitalTemplateUpdate)
        _s = _DigitalTemplateUpdate_setters
        _s[0](copy, self.name)
        _s[1](copy, self.from_name)
        _s[2](copy, self.subject)
        _s[3](copy, self.header_image)
        _s[4](copy, self.header_image_alt_text)
        _s[5](copy, self.accent_color)
        _s[6](copy, self.message_body)
        _s[7](copy, self.sms_message_body)
        _s[8](copy, self.closing)
        _s[9](copy, self.customer_service_message)
        _s[10](copy, self.access_control)
        _s[11](copy, self.defaults)
        return copy


_DigitalTemplateUpdate_setters, _DigitalTemplateUpdate_checks, _DigitalTemplateUpdate_fields = init_parts(
    DigitalTemplateUpdate
)


@attrs.define(kw_only=True)
class DigitalTemplate(ResponseModel):
    """A digital template (OAS26 EmailTemplateViewVerbose)."""

    etid: str | None = attrs.field(default=None, metadata={"json": "etid"})
    name: str | None = attrs.field(default=None, metadata={"json": "name"})
    from_name: str | None = attrs.field(default=None, metadata={"json": "fromName"})
    subject: str | None = attrs.field(default=None, metadata={"json": "subject"})
    header_image: str | None = attrs.field(default=None, metadata={"json": "headerImage"})
    """The header image's URL."""
    header_image_alt_text: str | None = attrs.field(default=None, metadata={"json": "headerImageAltText"})
    accent_color: str | None = attrs.field(default=None, metadata={"json": "accentColor"})
    message_body: str | None = attrs.field(default=None, metadata={"json": "messageBody"})
    sms_message_body: str | None = attrs.field(default=None, metadata={"json": "smsMessageBody"})
    closing: str | None = attrs.field(default=None, metadata={"json": "closing"})
    customer_service_message: str | None = attrs.field(
        default=None, metadata={"json": "customerServiceMessage"}
    )
    access_controls: list[TemplateAccessView] = attrs.field(factory=list, metadata={"json": "accessControls"})
    defaults: list[TemplateAccessView] = attrs.field(factory=list, metadata={"json": "defaults"})


@attrs.define(kw_only=True)
class DigitalTemplateList(ResponseModel):
    """GET /digitalTemplates: one page of templates."""

    page: Page | None = attrs.field(default=None, metadata={"json": "page"})
    email_templates: list[DigitalTemplate] = attrs.field(factory=list, metadata={"json": "emailTemplates"})


@attrs.define(kw_only=True)
class LineItem(ResponseModel):
    """A line item (LineItemView; LineItemViewVerbose adds reward and histories)."""

    reference_line_item_id: str | None = attrs.field(default=None, metadata={"json": "referenceLineItemID"})
    external_reference_line_item_id: str | None = attrs.field(
        default=None, metadata={"json": "externalReferenceLineItemID"}
    )
    reference_order_id: str | None = attrs.field(default=None, metadata={"json": "referenceOrderID"})
    order_source: str | None = attrs.field(default=None, metadata={"json": "orderSource"})
    status: str | None = attrs.field(default=None, metadata={"json": "status"})
    order_status: str | None = attrs.field(default=None, metadata={"json": "orderStatus"})
    email_status: str | None = attrs.field(default=None, metadata={"json": "emailStatus"})
    delivery_method: DeliveryMethodView | str | None = attrs.field(
        default=None, metadata={"json": "deliveryMethod"}
    )
    delivery_status: str | None = attrs.field(default=None, metadata={"json": "deliveryStatus"})
    reward_status: str | None = attrs.field(default=None, metadata={"json": "rewardStatus"})
    can_cancel: bool | None = attrs.field(default=None, metadata={"json": "canCancel"})
    can_freeze: bool | None = attrs.field(default=None, metadata={"json": "canFreeze"})
    line_number: int | None = attrs.field(default=None, metadata={"json": "lineNumber"})
    reward_name: str | None = attrs.field(default=None, metadata={"json": "rewardName"})
    amount_issued: Money | None = attrs.field(default=None, metadata={"json": "amountIssued"})
    amount_charged: Money | None = attrs.field(default=None, metadata={"json": "amountCharged"})
    remaining_balance: Decimal | None = attrs.field(default=None, metadata={"json": "remainingBalance"})
    """What is left to redeem."""
    date_issued: datetime | None = attrs.field(default=None, metadata={"json": "dateIssued"})
    expiration_date: str | None = attrs.field(default=None, metadata={"json": "expirationDate"})
    account_number: str | None = attrs.field(default=None, metadata={"json": "accountNumber"})
    account_identifier: str | None = attrs.field(default=None, metadata={"json": "accountIdentifier"})
    customer_identifier: str | None = attrs.field(default=None, metadata={"json": "customerIdentifier"})
    etid: str | None = attrs.field(default=None, metadata={"json": "etid"})
    ptid: str | None = attrs.field(default=None, metadata={"json": "ptid"})
    utid: str | None = attrs.field(default=None, metadata={"json": "utid"})
    recipient: RecipientView | None = attrs.field(default=None, metadata={"json": "recipient"})
    sender: SenderView | None = attrs.field(default=None, metadata={"json": "sender"})
    purchase_order_number: str | None = attrs.field(default=None, metadata={"json": "purchaseOrderNumber"})
    campaign: str | None = attrs.field(default=None, metadata={"json": "campaign"})
    order_notes: str | None = attrs.field(default=None, metadata={"json": "orderNotes"})
    line_item_action_reason: str | None = attrs.field(default=None, metadata={"json": "lineItemActionReason"})
    reissued_from_reference_line_item_id: str | None = attrs.field(
        default=None, metadata={"json": "reissuedFromReferenceLineItemId"}
    )
    reissued_to_reference_line_item_id: str | None = attrs.field(
        default=None, metadata={"json": "reissuedToReferenceLineItemId"}
    )
    line_item_errors: list[LineItemError] = attrs.field(factory=list, metadata={"json": "lineItemErrors"})
    quantity: int | None = attrs.field(default=None, metadata={"json": "quantity"})
    reward: Reward | None = attrs.field(default=None, metadata={"json": "reward"})
    resend_history: list[LineItemResendEvent] = attrs.field(factory=list, metadata={"json": "resendHistory"})
    """The line item's resends (OAS26 RaasLineItemResendAuditEventDto)."""
    line_item_action_history: list[LineItemActionEntry] = attrs.field(
        factory=list, metadata={"json": "lineItemActionHistory"}
    )
    redemption_history: list[LineItem] = attrs.field(factory=list, metadata={"json": "redemptionHistory"})
    """The line item's redemptions (OAS26 LineItemRedemptionHistoryView)."""
    reward_view_history: list[RewardViewEntry] = attrs.field(
        factory=list, metadata={"json": "rewardViewHistory"}
    )
    """When the reward was viewed."""


@attrs.define(kw_only=True)
class LineItemList(ResponseModel):
    """GET /lineItems: one keyset page."""

    keyset_page: KeysetPage | None = attrs.field(default=None, metadata={"json": "keysetPage"})
    line_items: list[LineItem] = attrs.field(factory=list, metadata={"json": "lineItems"})
