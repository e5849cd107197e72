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
    is_multiple,
    masked,
    to_decimal,
    to_optional_decimal,
)


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
class FundingNotificationView(ResponseModel):
    """An address that receives funding notification emails."""

    email_address: str | None = attrs.field(default=None, metadata={"json": "emailAddress"})


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
class CardUnregistered(ResponseModel):
    """A card removed from an account."""

    token: str | None = attrs.field(default=None, metadata={"json": "token"})
    message: str | None = attrs.field(default=None, metadata={"json": "message"})
    created_date: datetime | None = attrs.field(default=None, metadata={"json": "createdDate"})


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
class Resend(ResponseModel):
    """A resend. legacyId is set when a v1 order was resent."""

    id: int | str | None = attrs.field(default=None, metadata={"json": "id"})
    legacy_id: int | str | None = attrs.field(default=None, metadata={"json": "legacyId"})
    created_at: datetime | None = attrs.field(default=None, metadata={"json": "createdAt"})
    email: str | None = attrs.field(default=None, metadata={"json": "email"})
    mobile_number: str | None = attrs.field(default=None, metadata={"json": "mobileNumber"})


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
class WebhookHeaderView(ResponseModel):
    """A header Tango sends with every delivery."""

    name: str | None = attrs.field(default=None, metadata={"json": "name"})
    """The header's name."""
    value: str | None = attrs.field(default=None, repr=masked, metadata={"json": "value", "sensitive": True})
    """The header's value (masked in reprs)."""


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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


@attrs.define(kw_only=True)
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
