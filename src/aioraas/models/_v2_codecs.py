# GENERATED from spec/v2/*.json by `make codegen` (python -m codegen): do not edit by hand.
# Change spec/ or codegen/ and regenerate; `make check-generated` fails when this file is stale.
"""Fast paths of the converter for the v2 models (see codegen/codecs.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final

from aioraas import _convert
from aioraas._modelkit import UNSET
from aioraas._scalars import bool_from_json as _bool
from aioraas._scalars import datetime_from_json as _datetime
from aioraas._scalars import decimal_to_json as _decimal_out
from aioraas.models.v2 import (
    Account,
    AccountCreate,
    AccountPage,
    AccountStatus,
    AccountStatusEvent,
    AccountStatusEventData,
    AccountUpdate,
    Address,
    AddressView,
    AsyncCharge,
    AsyncItemError,
    AsyncLineItemCreate,
    AsyncLineItemError,
    AsyncLineItemUpdate,
    AsyncLineItemUpdated,
    AsyncOrderCreate,
    AsyncOrderDetail,
    AsyncOrderDetailLineItem,
    AsyncOrderEntity,
    AsyncOrderLineItem,
    AsyncOrderLineItemPage,
    AsyncOrderPage,
    AsyncOrderStatusEvent,
    AsyncOrderStatusEventData,
    AsyncOrderSummary,
    AsyncOrderUpdate,
    AsyncPagination,
    AsyncReasonCodes,
    AsyncUserInfo,
    AsyncValidationError,
    BillingAddress,
    Brand,
    BrandCategories,
    BrandCategory,
    BrandRequirements,
    BulkShipping,
    BulkShippingView,
    CardDetails,
    CardUnregister,
    CardUnregistered,
    Catalog,
    CatalogItem,
    ChoiceProduct,
    ChoiceProductList,
    CommentEscalation,
    CommentEscalationResult,
    ContactInfo,
    ContactInfoView,
    Credential,
    CredentialStatusEvent,
    CredentialStatusEventData,
    CredentialTypeInfo,
    CredentialValueType,
    CreditCard,
    CreditCardCreate,
    CreditCardPage,
    CurrencyCode,
    Customer,
    CustomerCreate,
    CustomerPage,
    DeliveryMethod,
    DeliveryMethodView,
    Deposit,
    DepositCreate,
    DepositStatus,
    DigitalTemplate,
    DigitalTemplateCreate,
    DigitalTemplateList,
    DigitalTemplateUpdate,
    EmbeddedUrl,
    ErrorBody,
    ErrorItem,
    ExchangeRate,
    ExchangeRatePage,
    ExchangeRatesStatusEvent,
    ExchangeRatesStatusEventData,
    Fee,
    FundingNotification,
    FundingNotificationView,
    ItemAvailabilityEvent,
    ItemAvailabilityEventData,
    KeysetPage,
    LineItem,
    LineItemAction,
    LineItemActionEntry,
    LineItemDeliveryStatusEvent,
    LineItemDeliveryStatusEventData,
    LineItemError,
    LineItemList,
    LineItemReissue,
    LineItemResend,
    LineItemResendEvent,
    LineItemResent,
    LineItemUpdate,
    LowBalanceAlert,
    LowBalanceAlertCreate,
    LowBalanceAlertDeleted,
    LowBalanceAlertList,
    LowBalanceAlertPage,
    LowBalanceAlertUpdate,
    LowBalanceEvent,
    LowBalanceEventData,
    MobileCountry,
    Money,
    Order,
    OrderCreate,
    OrderList,
    OrderResend,
    Page,
    PayloadVerificationMethod,
    PrepaidAccountUpdate,
    PrepaidCardInfo,
    PrepaidCardReissue,
    PrepaidStatus,
    PrepaidTransactions,
    QuantityConstraints,
    ReasonCodes,
    Recipient,
    RecipientView,
    ReissueDeliveryMethod,
    ReissueRecipient,
    ReplacementReasons,
    Resend,
    ResendContact,
    ResendDeliveryMethod,
    Reward,
    RewardCountry,
    RewardCountryPage,
    RewardStatusEvent,
    RewardStatusEventData,
    RewardViewEntry,
    Sender,
    SenderView,
    ShippingMethod,
    SystemStatus,
    TemplateAccess,
    TemplateAccessView,
    TemplateScope,
    TransactionEvent,
    TransactionEventData,
    Transfer,
    TransferCreate,
    TransferParty,
    ValueType,
    Webhook,
    WebhookCreate,
    WebhookEvent,
    WebhookEventPage,
    WebhookEventType,
    WebhookEventTypePage,
    WebhookHeader,
    WebhookHeaderView,
    WebhookPage,
    WebhookRenewal,
    WebhookUpdate,
)

_new = object.__new__
_fromisoformat = datetime.fromisoformat
_checked = _convert.checked_structure
_money = _convert.money_from_json
_money_seen = _convert.money_seen
_unstructure = _convert.converter.unstructure
_UNSET: Final = UNSET
_MISSING: Final = object()
_known0: Final[Any] = frozenset(("emailAddress",))
_known1: Final[Any] = frozenset(
    (
        "accountIdentifier",
        "balanceAlertDisplayName",
        "balanceAlertID",
        "balanceAlertNotification",
        "balanceAlertThreshold",
        "createdAt",
        "customerIdentifier",
    )
)
_known2: Final[Any] = frozenset(("number", "size", "totalElements", "totalPages"))
_known3: Final[Any] = frozenset(("lowBalanceAlerts", "page"))
_known4: Final[Any] = frozenset(("balanceAlertID", "status"))
_known5: Final[Any] = frozenset(("errorCodeName", "errorCodeValue", "field", "message"))
_known6: Final[Any] = frozenset(("errors", "externalRefLineItemID", "lineItemId", "utid"))
_known7: Final[Any] = frozenset(
    (
        "createdAt",
        "duplicateLineItemRefIds",
        "externalRefID",
        "failedLineItems",
        "referenceOrderID",
        "status",
        "totalLineItems",
    )
)
_known8: Final[Any] = frozenset(("errorCode", "errorMessage"))
_known9: Final[Any] = frozenset(("currencyCode", "shippingFee", "total", "value"))
_known10: Final[Any] = frozenset(
    ("maxResults", "nextCursor", "nextPageAvailable", "numberOfElements", "prevCursor", "prevPageAvailable")
)
_known11: Final[Any] = frozenset(("reasonCodes",))
_known12: Final[Any] = frozenset(("type", "value"))
_known13: Final[Any] = frozenset(("maxQuantity", "minQuantity"))
_known14: Final[Any] = frozenset(
    (
        "attributes",
        "countries",
        "createdDate",
        "credentialTypes",
        "currencyCode",
        "exchangeRateRule",
        "faceValue",
        "fee",
        "fulfillmentType",
        "isExpirable",
        "isWholeAmountValueRequired",
        "lastUpdateDate",
        "maxValue",
        "minValue",
        "quantityConstraints",
        "redemptionInstructions",
        "rewardName",
        "rewardType",
        "status",
        "utid",
        "valueType",
    )
)
_members15: Final[Any] = ValueType._value2member_map_
_known16: Final[Any] = frozenset(
    (
        "alwaysShowDisclaimer",
        "disclaimerInstructions",
        "displayInstructions",
        "termsAndConditionsInstructions",
    )
)
_known17: Final[Any] = frozenset(("description", "identifier"))
_known18: Final[Any] = frozenset(
    (
        "barcodeType",
        "brandKey",
        "brandName",
        "brandRequirements",
        "categories",
        "createdDate",
        "description",
        "disclaimer",
        "imageUrls",
        "items",
        "lastUpdateDate",
        "shortDescription",
        "status",
        "terms",
    )
)
_known19: Final[Any] = frozenset(("brands", "catalogName"))
_known20: Final[Any] = frozenset(("brandCategories",))
_known21: Final[Any] = frozenset(("credentialType", "description"))
_known22: Final[Any] = frozenset(("baseCurrency", "baseFx", "lastModifiedDate", "rewardCurrency"))
_known23: Final[Any] = frozenset(
    (
        "disclaimer",
        "exchangeRates",
        "maxResults",
        "nextCursor",
        "nextPageAvailable",
        "prevCursor",
        "prevPageAvailable",
    )
)
_known24: Final[Any] = frozenset(("currencyCode", "exchangeRate", "fee", "marginShare", "total", "value"))
_known25: Final[Any] = frozenset(("elementsPerBlock", "number", "resultCount", "totalCount"))
_known26: Final[Any] = frozenset(
    ("code", "constraint", "field", "i18nKey", "i18nTokenReplacements", "invalidValue", "message", "path")
)
_type27: Final[Any] = int | str | None
_hook28: Final[Any] = _convert.converter.get_structure_hook(_type27)
_known29: Final[Any] = frozenset(
    (
        "code",
        "errors",
        "httpCode",
        "httpPhrase",
        "i18nKey",
        "i18nTokenReplacements",
        "message",
        "path",
        "requestId",
        "timestamp",
    )
)
_known30: Final[Any] = frozenset(("emailAddress", "fullName"))
_known31: Final[Any] = frozenset(
    (
        "accountIdentifier",
        "accountNumber",
        "activationDate",
        "contactInformation",
        "createdDate",
        "customerIdentifier",
        "expirationDate",
        "label",
        "lastFourDigits",
        "status",
        "token",
    )
)
_known32: Final[Any] = frozenset(
    (
        "items",
        "maxResults",
        "nextCursor",
        "nextPageAvailable",
        "numberOfElements",
        "prevCursor",
        "prevPageAvailable",
    )
)
_known33: Final[Any] = frozenset(
    (
        "accountNumber",
        "amount",
        "amountCharged",
        "createdDate",
        "externalRefID",
        "feePercent",
        "referenceDepositID",
        "status",
    )
)
_members34: Final[Any] = DepositStatus._value2member_map_
_known35: Final[Any] = frozenset(("createdDate", "message", "token"))
_known36: Final[Any] = frozenset(
    (
        "accountIdentifier",
        "accountNumber",
        "contactEmail",
        "currencyCode",
        "displayName",
        "endingBalance",
        "startingBalance",
        "status",
    )
)
_known37: Final[Any] = frozenset(
    ("externalRefID", "transferDate", "transferFrom", "transferNotes", "transferTo", "transferredAmount")
)
_known38: Final[Any] = frozenset(
    ("createdAt", "deliveryMethod", "email", "id", "legacyId", "mobileNumber", "otherReason", "reasonCode")
)
_known39: Final[Any] = frozenset(
    ("action", "actionDate", "newReferenceLineItemId", "oldReferenceLineItemId", "reason")
)
_known40: Final[Any] = frozenset(("error_code", "error_message"))
_known41: Final[Any] = frozenset(("email", "mobileNumber"))
_known42: Final[Any] = frozenset(("date", "status"))
_known43: Final[Any] = frozenset(("nextPageKeys", "previousPageKeys", "resultCount", "totalCount"))
_known44: Final[Any] = frozenset(("url",))
_known45: Final[Any] = frozenset(("CANCEL", "CANCEL_AND_REISSUE", "FREEZE", "UNFREEZE"))
_known46: Final[Any] = frozenset(
    ("city", "companyName", "country", "postalCode", "stateOrProvince", "streetLine1", "streetLine2")
)
_known47: Final[Any] = frozenset(("address", "email", "firstName", "lastName", "mobileNumber"))
_known48: Final[Any] = frozenset(("email", "firstName", "lastName"))
_known49: Final[Any] = frozenset(("credentialType", "label", "type", "value"))
_members50: Final[Any] = CredentialValueType._value2member_map_
_known51: Final[Any] = frozenset(("credentialList", "credentials", "redemptionInstructions"))
_known52: Final[Any] = frozenset(
    (
        "accountIdentifier",
        "accountNumber",
        "amountCharged",
        "asyncOrderEntity",
        "campaign",
        "createdAt",
        "customerIdentifier",
        "deliveryMethod",
        "denomination",
        "emailSubject",
        "etid",
        "externalRefID",
        "lineItemStatus",
        "message",
        "notes",
        "orderClientSource",
        "orderExternalRefIdDupe",
        "orderStatus",
        "ptid",
        "purchaseOrderNumber",
        "recipient",
        "redemptionInstructions",
        "referenceLineItemID",
        "referenceOrderID",
        "reward",
        "rewardName",
        "sendEmail",
        "sender",
        "status",
        "utid",
    )
)
_members53: Final[Any] = DeliveryMethodView._value2member_map_
_known54: Final[Any] = frozenset(("orders", "page"))
_known55: Final[Any] = frozenset(("createdAt", "email", "id", "legacyId", "mobileNumber"))
_known56: Final[Any] = frozenset(("status",))
_known57: Final[Any] = frozenset(("balance", "card", "comments", "registration"))
_known58: Final[Any] = frozenset(("journal", "page"))
_known59: Final[Any] = frozenset(("replacementReasons",))
_known60: Final[Any] = frozenset(("countries", "currencyCode", "rewardName", "utid"))
_known61: Final[Any] = frozenset(("choiceProducts",))
_known62: Final[Any] = frozenset(("countryName", "preferredCurrency", "threeLetterCode", "twoLetterCode"))
_known63: Final[Any] = frozenset(("countryCode", "countryName", "isoCode", "languageCode"))
_known64: Final[Any] = frozenset(("identifier", "type"))
_members65: Final[Any] = TemplateScope._value2member_map_
_known66: Final[Any] = frozenset(("accountIdentifier", "status"))
_known67: Final[Any] = frozenset(
    (
        "categories",
        "category",
        "eventData",
        "eventId",
        "eventOccurredAt",
        "eventType",
        "eventTypes",
        "revision",
    )
)
_known68: Final[Any] = frozenset(("status", "utid"))
_known69: Final[Any] = frozenset(("referenceLineItemId", "status"))
_known70: Final[Any] = frozenset(
    (
        "action",
        "externalRefID",
        "newReferenceLineItemId",
        "reason",
        "reasonCode",
        "referenceLineItemId",
        "status",
        "type",
    )
)
_known71: Final[Any] = frozenset(
    ("credentialName", "credentialType", "lastUpdatedBy", "platformName", "status")
)
_known72: Final[Any] = frozenset(
    (
        "accountIdentifier",
        "amount",
        "currency",
        "customerIdentifier",
        "fundingMethod",
        "fundingType",
        "invoiceNumber",
        "note",
        "transactionId",
        "transactionType",
        "transferFromAccountIdentifier",
        "transferToAccountIdentifier",
    )
)
_known73: Final[Any] = frozenset(
    ("accountIdentifier", "balance", "balanceAlertIdentifier", "balanceThreshold")
)
_known74: Final[Any] = frozenset(
    (
        "accountIdentifier",
        "customerIdentifier",
        "externalRefID",
        "failedLineItems",
        "referenceOrderId",
        "status",
        "successfulLineItems",
        "totalLineItems",
    )
)
_known75: Final[Any] = frozenset(("name", "value"))
_known76: Final[Any] = frozenset(
    (
        "categories",
        "createdAt",
        "eventTypes",
        "expiresAt",
        "headers",
        "hmacSharedSecretKey",
        "payloadVerificationMethod",
        "signingCertificate",
        "updatedAt",
        "url",
        "webhookId",
    )
)
_members77: Final[Any] = PayloadVerificationMethod._value2member_map_
_known78: Final[Any] = frozenset(("expiresAt", "webhookId"))
_known79: Final[Any] = frozenset(("category", "eventTypes"))
_known80: Final[Any] = frozenset(
    (
        "accountIdentifier",
        "accountNumber",
        "contactEmail",
        "createdAt",
        "currencyCode",
        "currentBalance",
        "displayName",
        "fundingNotification",
        "status",
    )
)
_members81: Final[Any] = AccountStatus._value2member_map_
_known82: Final[Any] = frozenset(
    ("address", "companyName", "contactEmail", "contactFirstName", "contactLastName", "contactMobileNumber")
)
_known83: Final[Any] = frozenset(
    (
        "amount",
        "amountCharged",
        "bulkShipping",
        "deliveryMethod",
        "deliveryStatus",
        "externalRefLineItemID",
        "lineItemErrors",
        "lineItemStatus",
        "quantity",
        "recipient",
        "referenceLineItemId",
        "rewardName",
        "scheduledDeliveryDate",
    )
)
_known84: Final[Any] = frozenset(
    (
        "amountCharged",
        "amountIssued",
        "bulkShipping",
        "canCancel",
        "canFreeze",
        "dateIssued",
        "deliveryDate",
        "deliveryMethod",
        "deliveryStatus",
        "emailSubject",
        "etid",
        "expirationDate",
        "externalRefLineItemID",
        "lineItemActionReason",
        "lineItemErrors",
        "lineItemNotes",
        "lineItemStatus",
        "message",
        "physicalMethod",
        "ptid",
        "quantity",
        "recipient",
        "referenceLineItemID",
        "reissuedFromReferenceLineItemId",
        "reissuedToReferenceLineItemId",
        "rewardName",
        "rewards",
        "scheduledDeliveryDate",
        "shippingMethod",
        "utid",
    )
)
_known85: Final[Any] = frozenset(
    (
        "accountIdentifier",
        "accountNumber",
        "amountCharged",
        "campaign",
        "createdAt",
        "customerIdentifier",
        "externalRefID",
        "fulfillBy",
        "notes",
        "orderStatus",
        "purchaseOrderNumber",
        "referenceOrderID",
        "sender",
        "totalLineItemsRows",
    )
)
_known86: Final[Any] = frozenset(
    (
        "accountIdentifier",
        "amountCharged",
        "campaign",
        "completedAt",
        "createdAt",
        "customerIdentifier",
        "externalRefID",
        "lineItems",
        "notes",
        "orderErrors",
        "orderStatus",
        "pagination",
        "purchaseOrderNumber",
        "referenceOrderID",
        "sender",
        "totalLineItems",
    )
)
_known87: Final[Any] = frozenset(
    (
        "accountIdentifier",
        "amountCharged",
        "campaign",
        "customerIdentifier",
        "externalRefID",
        "lineItems",
        "orderErrors",
        "orderNotes",
        "orderStatus",
        "pagination",
        "purchaseOrderNumber",
        "referenceOrderID",
        "sender",
    )
)
_known88: Final[Any] = frozenset(
    ("maxResults", "nextCursor", "nextPageAvailable", "orders", "prevCursor", "prevPageAvailable")
)
_known89: Final[Any] = frozenset(("deliveryDate", "note", "senderInfo"))
_known90: Final[Any] = frozenset(("accounts", "createdAt", "customerIdentifier", "displayName", "status"))
_known91: Final[Any] = frozenset(
    (
        "dateIssued",
        "deliveryMethod",
        "deliveryStatus",
        "etid",
        "otherReason",
        "reasonCode",
        "recipient",
        "sender",
    )
)
_known92: Final[Any] = frozenset(
    (
        "accentColor",
        "accessControls",
        "closing",
        "customerServiceMessage",
        "defaults",
        "etid",
        "fromName",
        "headerImage",
        "headerImageAltText",
        "messageBody",
        "name",
        "smsMessageBody",
        "subject",
    )
)
_known93: Final[Any] = frozenset(("emailTemplates", "page"))
_known94: Final[Any] = frozenset(
    (
        "accountIdentifier",
        "accountNumber",
        "amountCharged",
        "amountIssued",
        "campaign",
        "canCancel",
        "canFreeze",
        "customerIdentifier",
        "dateIssued",
        "deliveryMethod",
        "deliveryStatus",
        "emailStatus",
        "etid",
        "expirationDate",
        "externalReferenceLineItemID",
        "lineItemActionHistory",
        "lineItemActionReason",
        "lineItemErrors",
        "lineNumber",
        "orderNotes",
        "orderSource",
        "orderStatus",
        "ptid",
        "purchaseOrderNumber",
        "quantity",
        "recipient",
        "redemptionHistory",
        "referenceLineItemID",
        "referenceOrderID",
        "reissuedFromReferenceLineItemId",
        "reissuedToReferenceLineItemId",
        "remainingBalance",
        "resendHistory",
        "reward",
        "rewardName",
        "rewardStatus",
        "rewardViewHistory",
        "sender",
        "status",
        "utid",
    )
)
_known95: Final[Any] = frozenset(("keysetPage", "lineItems"))


def _mismatch() -> Any:
    raise TypeError("not a list")


def unstructure_FundingNotification(instance: FundingNotification) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.email_address
    if v0 is not _UNSET:
        res["emailAddress"] = v0 if v0.__class__ is str else _unstructure(v0)
    return res


def unstructure_AccountUpdate(instance: AccountUpdate) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.display_name
    if v0 is not _UNSET:
        res["displayName"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.contact_email
    if v1 is not _UNSET:
        res["contactEmail"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.funding_notification
    if v2 is not _UNSET:
        res["fundingNotification"] = (
            None if v2 is None else [unstructure_FundingNotification(e0) for e0 in v2]
        )
    return res


def structure_FundingNotificationView(o: Any, _: Any = None) -> FundingNotificationView:
    if o.__class__ is not dict:
        return _checked(o, FundingNotificationView)
    try:
        v0 = o.get("emailAddress")
        obj = _new(FundingNotificationView)
        obj.email_address = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.extra_fields = {} if _known0.issuperset(o) else {k: v for k, v in o.items() if k not in _known0}
    except Exception:
        return _checked(o, FundingNotificationView)
    return obj


def unstructure_LowBalanceAlertCreate(instance: LowBalanceAlertCreate) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.balance_alert_display_name
    if v0 is not _UNSET:
        res["balanceAlertDisplayName"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.balance_alert_threshold
    if v1 is not _UNSET:
        res["balanceAlertThreshold"] = _decimal_out(v1)
    v2 = instance.balance_alert_notification
    if v2 is not _UNSET:
        res["balanceAlertNotification"] = [(e0 if e0.__class__ is str else _unstructure(e0)) for e0 in v2]
    return res


def unstructure_LowBalanceAlertUpdate(instance: LowBalanceAlertUpdate) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.balance_alert_display_name
    if v0 is not _UNSET:
        res["balanceAlertDisplayName"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.balance_alert_threshold
    if v1 is not _UNSET:
        res["balanceAlertThreshold"] = _decimal_out(v1)
    v2 = instance.balance_alert_notification
    if v2 is not _UNSET:
        res["balanceAlertNotification"] = [(e0 if e0.__class__ is str else _unstructure(e0)) for e0 in v2]
    return res


def structure_LowBalanceAlert(o: Any, _: Any = None) -> LowBalanceAlert:
    if o.__class__ is not dict:
        return _checked(o, LowBalanceAlert)
    try:
        v0 = o.get("balanceAlertID")
        v1 = o.get("customerIdentifier")
        v2 = o.get("accountIdentifier")
        v3 = o.get("balanceAlertDisplayName")
        v4 = o.get("balanceAlertThreshold")
        v5 = o.get("balanceAlertNotification", _MISSING)
        v6 = o.get("createdAt")
        obj = _new(LowBalanceAlert)
        obj.balance_alert_id = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.customer_identifier = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.account_identifier = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.balance_alert_display_name = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.balance_alert_threshold = (
            None if v4 is None else ((_money_seen(v4) or _money(v4)) if v4.__class__ is float else _money(v4))
        )
        obj.balance_alert_notification = (
            []
            if v5 is _MISSING
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v5]
                if v5.__class__ is list
                else _mismatch()
            )
        )
        obj.created_at = (
            None if v6 is None else (_fromisoformat(v6) if v6.__class__ is str else _datetime(v6, datetime))
        )
        obj.extra_fields = {} if _known1.issuperset(o) else {k: v for k, v in o.items() if k not in _known1}
    except Exception:
        return _checked(o, LowBalanceAlert)
    return obj


def structure_LowBalanceAlertPage(o: Any, _: Any = None) -> LowBalanceAlertPage:
    if o.__class__ is not dict:
        return _checked(o, LowBalanceAlertPage)
    try:
        v0 = o.get("size")
        v1 = o.get("totalElements")
        v2 = o.get("totalPages")
        v3 = o.get("number")
        obj = _new(LowBalanceAlertPage)
        obj.size = None if v0 is None else (v0 if v0.__class__ is int else int(v0))
        obj.total_elements = None if v1 is None else (v1 if v1.__class__ is int else int(v1))
        obj.total_pages = None if v2 is None else (v2 if v2.__class__ is int else int(v2))
        obj.number = None if v3 is None else (v3 if v3.__class__ is int else int(v3))
        obj.extra_fields = {} if _known2.issuperset(o) else {k: v for k, v in o.items() if k not in _known2}
    except Exception:
        return _checked(o, LowBalanceAlertPage)
    return obj


def structure_LowBalanceAlertList(o: Any, _: Any = None) -> LowBalanceAlertList:
    if o.__class__ is not dict:
        return _checked(o, LowBalanceAlertList)
    try:
        v0 = o.get("lowBalanceAlerts", _MISSING)
        v1 = o.get("page")
        obj = _new(LowBalanceAlertList)
        obj.low_balance_alerts = (
            []
            if v0 is _MISSING
            else ([structure_LowBalanceAlert(e0) for e0 in v0] if v0.__class__ is list else _mismatch())
        )
        obj.page = None if v1 is None else structure_LowBalanceAlertPage(v1)
        obj.extra_fields = {} if _known3.issuperset(o) else {k: v for k, v in o.items() if k not in _known3}
    except Exception:
        return _checked(o, LowBalanceAlertList)
    return obj


def structure_LowBalanceAlertDeleted(o: Any, _: Any = None) -> LowBalanceAlertDeleted:
    if o.__class__ is not dict:
        return _checked(o, LowBalanceAlertDeleted)
    try:
        v0 = o.get("balanceAlertID")
        v1 = o.get("status")
        obj = _new(LowBalanceAlertDeleted)
        obj.balance_alert_id = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.status = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.extra_fields = {} if _known4.issuperset(o) else {k: v for k, v in o.items() if k not in _known4}
    except Exception:
        return _checked(o, LowBalanceAlertDeleted)
    return obj


def unstructure_AsyncOrderUpdate(instance: AsyncOrderUpdate) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.campaign
    if v0 is not _UNSET:
        res["campaign"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.purchase_order_number
    if v1 is not _UNSET:
        res["purchaseOrderNumber"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.notes
    if v2 is not _UNSET:
        res["notes"] = v2 if v2.__class__ is str else _unstructure(v2)
    return res


def structure_AsyncValidationError(o: Any, _: Any = None) -> AsyncValidationError:
    if o.__class__ is not dict:
        return _checked(o, AsyncValidationError)
    try:
        v0 = o.get("field")
        v1 = o.get("errorCodeValue")
        v2 = o.get("errorCodeName")
        v3 = o.get("message")
        obj = _new(AsyncValidationError)
        obj.field = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.error_code_value = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.error_code_name = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.message = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.extra_fields = {} if _known5.issuperset(o) else {k: v for k, v in o.items() if k not in _known5}
    except Exception:
        return _checked(o, AsyncValidationError)
    return obj


def structure_AsyncLineItemError(o: Any, _: Any = None) -> AsyncLineItemError:
    if o.__class__ is not dict:
        return _checked(o, AsyncLineItemError)
    try:
        v0 = o.get("lineItemId")
        v1 = o.get("externalRefLineItemID")
        v2 = o.get("utid")
        v3 = o.get("errors")
        obj = _new(AsyncLineItemError)
        obj.line_item_id = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.external_ref_line_item_id = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.utid = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.errors = (
            None
            if v3 is None
            else ([structure_AsyncValidationError(e0) for e0 in v3] if v3.__class__ is list else _mismatch())
        )
        obj.extra_fields = {} if _known6.issuperset(o) else {k: v for k, v in o.items() if k not in _known6}
    except Exception:
        return _checked(o, AsyncLineItemError)
    return obj


def structure_AsyncOrderEntity(o: Any, _: Any = None) -> AsyncOrderEntity:
    if o.__class__ is not dict:
        return _checked(o, AsyncOrderEntity)
    try:
        v0 = o.get("externalRefID")
        v1 = o.get("referenceOrderID")
        v2 = o.get("status")
        v3 = o.get("totalLineItems")
        v4 = o.get("createdAt")
        v5 = o.get("failedLineItems")
        v6 = o.get("duplicateLineItemRefIds")
        obj = _new(AsyncOrderEntity)
        obj.external_ref_id = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.reference_order_id = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.status = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.total_line_items = None if v3 is None else (v3 if v3.__class__ is int else int(v3))
        obj.created_at = (
            None if v4 is None else (_fromisoformat(v4) if v4.__class__ is str else _datetime(v4, datetime))
        )
        obj.failed_line_items = (
            None
            if v5 is None
            else ([structure_AsyncLineItemError(e0) for e0 in v5] if v5.__class__ is list else _mismatch())
        )
        obj.duplicate_line_item_ref_ids = (
            None
            if v6 is None
            else (
                {(k0 if k0.__class__ is str else str(k0)): e0 for k0, e0 in v6.items()}
                if v6.__class__ is dict
                else _mismatch()
            )
        )
        obj.extra_fields = {} if _known7.issuperset(o) else {k: v for k, v in o.items() if k not in _known7}
    except Exception:
        return _checked(o, AsyncOrderEntity)
    return obj


def structure_AsyncItemError(o: Any, _: Any = None) -> AsyncItemError:
    if o.__class__ is not dict:
        return _checked(o, AsyncItemError)
    try:
        v0 = o.get("errorCode")
        v1 = o.get("errorMessage")
        obj = _new(AsyncItemError)
        obj.error_code = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.error_message = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.extra_fields = {} if _known8.issuperset(o) else {k: v for k, v in o.items() if k not in _known8}
    except Exception:
        return _checked(o, AsyncItemError)
    return obj


def structure_AsyncCharge(o: Any, _: Any = None) -> AsyncCharge:
    if o.__class__ is not dict:
        return _checked(o, AsyncCharge)
    try:
        v0 = o.get("currencyCode")
        v1 = o.get("value")
        v2 = o.get("total")
        v3 = o.get("shippingFee")
        obj = _new(AsyncCharge)
        obj.currency_code = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.value = (
            None if v1 is None else ((_money_seen(v1) or _money(v1)) if v1.__class__ is float else _money(v1))
        )
        obj.total = (
            None if v2 is None else ((_money_seen(v2) or _money(v2)) if v2.__class__ is float else _money(v2))
        )
        obj.shipping_fee = (
            None if v3 is None else ((_money_seen(v3) or _money(v3)) if v3.__class__ is float else _money(v3))
        )
        obj.extra_fields = {} if _known9.issuperset(o) else {k: v for k, v in o.items() if k not in _known9}
    except Exception:
        return _checked(o, AsyncCharge)
    return obj


def structure_AsyncPagination(o: Any, _: Any = None) -> AsyncPagination:
    if o.__class__ is not dict:
        return _checked(o, AsyncPagination)
    try:
        v0 = o.get("numberOfElements")
        v1 = o.get("maxResults")
        v2 = o.get("prevCursor")
        v3 = o.get("nextCursor")
        v4 = o.get("prevPageAvailable")
        v5 = o.get("nextPageAvailable")
        obj = _new(AsyncPagination)
        obj.number_of_elements = None if v0 is None else (v0 if v0.__class__ is int else int(v0))
        obj.max_results = None if v1 is None else (v1 if v1.__class__ is int else int(v1))
        obj.prev_cursor = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.next_cursor = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.prev_page_available = None if v4 is None else (v4 if v4.__class__ is bool else _bool(v4, bool))
        obj.next_page_available = None if v5 is None else (v5 if v5.__class__ is bool else _bool(v5, bool))
        obj.extra_fields = {} if _known10.issuperset(o) else {k: v for k, v in o.items() if k not in _known10}
    except Exception:
        return _checked(o, AsyncPagination)
    return obj


def structure_AsyncReasonCodes(o: Any, _: Any = None) -> AsyncReasonCodes:
    if o.__class__ is not dict:
        return _checked(o, AsyncReasonCodes)
    try:
        v0 = o.get("reasonCodes")
        obj = _new(AsyncReasonCodes)
        obj.reason_codes = (
            None
            if v0 is None
            else (
                {(k0 if k0.__class__ is str else str(k0)): e0 for k0, e0 in v0.items()}
                if v0.__class__ is dict
                else _mismatch()
            )
        )
        obj.extra_fields = {} if _known11.issuperset(o) else {k: v for k, v in o.items() if k not in _known11}
    except Exception:
        return _checked(o, AsyncReasonCodes)
    return obj


def structure_Fee(o: Any, _: Any = None) -> Fee:
    if o.__class__ is not dict:
        return _checked(o, Fee)
    try:
        v0 = o.get("type")
        v1 = o.get("value")
        obj = _new(Fee)
        obj.type = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.value = (
            None if v1 is None else ((_money_seen(v1) or _money(v1)) if v1.__class__ is float else _money(v1))
        )
        obj.extra_fields = {} if _known12.issuperset(o) else {k: v for k, v in o.items() if k not in _known12}
    except Exception:
        return _checked(o, Fee)
    return obj


def structure_QuantityConstraints(o: Any, _: Any = None) -> QuantityConstraints:
    if o.__class__ is not dict:
        return _checked(o, QuantityConstraints)
    try:
        v0 = o.get("minQuantity")
        v1 = o.get("maxQuantity")
        obj = _new(QuantityConstraints)
        obj.min_quantity = None if v0 is None else (v0 if v0.__class__ is int else int(v0))
        obj.max_quantity = None if v1 is None else (v1 if v1.__class__ is int else int(v1))
        obj.extra_fields = {} if _known13.issuperset(o) else {k: v for k, v in o.items() if k not in _known13}
    except Exception:
        return _checked(o, QuantityConstraints)
    return obj


def structure_CatalogItem(o: Any, _: Any = None) -> CatalogItem:
    if o.__class__ is not dict:
        return _checked(o, CatalogItem)
    try:
        v0 = o["utid"]
        v1 = o.get("rewardName")
        v2 = o.get("currencyCode")
        v3 = o.get("status")
        v4 = o.get("valueType", _MISSING)
        v5 = o.get("rewardType")
        v6 = o.get("isExpirable")
        v7 = o.get("quantityConstraints")
        v8 = o.get("isWholeAmountValueRequired")
        v9 = o.get("exchangeRateRule")
        v10 = o.get("faceValue")
        v11 = o.get("minValue")
        v12 = o.get("maxValue")
        v13 = o.get("fee")
        v14 = o.get("createdDate")
        v15 = o.get("lastUpdateDate")
        v16 = o.get("countries")
        v17 = o.get("credentialTypes")
        v18 = o.get("redemptionInstructions")
        v19 = o.get("fulfillmentType")
        v20 = o.get("attributes")
        obj = _new(CatalogItem)
        obj.utid = v0 if v0.__class__ is str else str(v0)
        obj.reward_name = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.currency_code = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.status = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.value_type = (
            None
            if v4 is _MISSING
            else (_members15[v4] if v4 in _members15 else None if v4 is None else str(v4))
        )
        obj.reward_type = None if v5 is None else (v5 if v5.__class__ is str else str(v5))
        obj.is_expirable = None if v6 is None else (v6 if v6.__class__ is bool else _bool(v6, bool))
        obj.quantity_constraints = None if v7 is None else structure_QuantityConstraints(v7)
        obj.is_whole_amount_value_required = (
            None if v8 is None else (v8 if v8.__class__ is bool else _bool(v8, bool))
        )
        obj.exchange_rate_rule = None if v9 is None else (v9 if v9.__class__ is str else str(v9))
        obj.face_value = (
            None
            if v10 is None
            else ((_money_seen(v10) or _money(v10)) if v10.__class__ is float else _money(v10))
        )
        obj.min_value = (
            None
            if v11 is None
            else ((_money_seen(v11) or _money(v11)) if v11.__class__ is float else _money(v11))
        )
        obj.max_value = (
            None
            if v12 is None
            else ((_money_seen(v12) or _money(v12)) if v12.__class__ is float else _money(v12))
        )
        obj.fee = None if v13 is None else structure_Fee(v13)
        obj.created_date = (
            None
            if v14 is None
            else (_fromisoformat(v14) if v14.__class__ is str else _datetime(v14, datetime))
        )
        obj.last_update_date = (
            None
            if v15 is None
            else (_fromisoformat(v15) if v15.__class__ is str else _datetime(v15, datetime))
        )
        obj.countries = (
            None
            if v16 is None
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v16]
                if v16.__class__ is list
                else _mismatch()
            )
        )
        obj.credential_types = (
            None
            if v17 is None
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v17]
                if v17.__class__ is list
                else _mismatch()
            )
        )
        obj.redemption_instructions = None if v18 is None else (v18 if v18.__class__ is str else str(v18))
        obj.fulfillment_type = None if v19 is None else (v19 if v19.__class__ is str else str(v19))
        obj.attributes = None if v20 is None else (list(v20) if v20.__class__ is list else _mismatch())
        obj.extra_fields = {} if _known14.issuperset(o) else {k: v for k, v in o.items() if k not in _known14}
    except Exception:
        return _checked(o, CatalogItem)
    return obj


def structure_BrandRequirements(o: Any, _: Any = None) -> BrandRequirements:
    if o.__class__ is not dict:
        return _checked(o, BrandRequirements)
    try:
        v0 = o.get("displayInstructions")
        v1 = o.get("termsAndConditionsInstructions")
        v2 = o.get("disclaimerInstructions")
        v3 = o.get("alwaysShowDisclaimer")
        obj = _new(BrandRequirements)
        obj.display_instructions = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.terms_and_conditions_instructions = (
            None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        )
        obj.disclaimer_instructions = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.always_show_disclaimer = None if v3 is None else (v3 if v3.__class__ is bool else _bool(v3, bool))
        obj.extra_fields = {} if _known16.issuperset(o) else {k: v for k, v in o.items() if k not in _known16}
    except Exception:
        return _checked(o, BrandRequirements)
    return obj


def structure_BrandCategory(o: Any, _: Any = None) -> BrandCategory:
    if o.__class__ is not dict:
        return _checked(o, BrandCategory)
    try:
        v0 = o.get("identifier")
        v1 = o.get("description")
        obj = _new(BrandCategory)
        obj.identifier = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.description = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.extra_fields = {} if _known17.issuperset(o) else {k: v for k, v in o.items() if k not in _known17}
    except Exception:
        return _checked(o, BrandCategory)
    return obj


def structure_Brand(o: Any, _: Any = None) -> Brand:
    if o.__class__ is not dict:
        return _checked(o, Brand)
    try:
        v0 = o["brandKey"]
        v1 = o.get("brandName")
        v2 = o.get("disclaimer")
        v3 = o.get("description")
        v4 = o.get("shortDescription")
        v5 = o.get("terms")
        v6 = o.get("createdDate")
        v7 = o.get("lastUpdateDate")
        v8 = o.get("brandRequirements")
        v9 = o.get("imageUrls")
        v10 = o.get("status")
        v11 = o.get("items", _MISSING)
        v12 = o.get("barcodeType")
        v13 = o.get("categories")
        obj = _new(Brand)
        obj.brand_key = v0 if v0.__class__ is str else str(v0)
        obj.brand_name = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.disclaimer = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.description = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.short_description = None if v4 is None else (v4 if v4.__class__ is str else str(v4))
        obj.terms = None if v5 is None else (v5 if v5.__class__ is str else str(v5))
        obj.created_date = (
            None if v6 is None else (_fromisoformat(v6) if v6.__class__ is str else _datetime(v6, datetime))
        )
        obj.last_update_date = (
            None if v7 is None else (_fromisoformat(v7) if v7.__class__ is str else _datetime(v7, datetime))
        )
        obj.brand_requirements = None if v8 is None else structure_BrandRequirements(v8)
        obj.image_urls = (
            None
            if v9 is None
            else (
                {
                    (k0 if k0.__class__ is str else str(k0)): (e0 if e0.__class__ is str else str(e0))
                    for k0, e0 in v9.items()
                }
                if v9.__class__ is dict
                else _mismatch()
            )
        )
        obj.status = None if v10 is None else (v10 if v10.__class__ is str else str(v10))
        obj.items = (
            []
            if v11 is _MISSING
            else ([structure_CatalogItem(e0) for e0 in v11] if v11.__class__ is list else _mismatch())
        )
        obj.barcode_type = None if v12 is None else (v12 if v12.__class__ is str else str(v12))
        obj.categories = (
            None
            if v13 is None
            else ([structure_BrandCategory(e0) for e0 in v13] if v13.__class__ is list else _mismatch())
        )
        obj.extra_fields = {} if _known18.issuperset(o) else {k: v for k, v in o.items() if k not in _known18}
    except Exception:
        return _checked(o, Brand)
    return obj


def structure_Catalog(o: Any, _: Any = None) -> Catalog:
    if o.__class__ is not dict:
        return _checked(o, Catalog)
    try:
        v0 = o.get("catalogName")
        v1 = o.get("brands", _MISSING)
        obj = _new(Catalog)
        obj.catalog_name = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.brands = (
            []
            if v1 is _MISSING
            else ([structure_Brand(e0) for e0 in v1] if v1.__class__ is list else _mismatch())
        )
        obj.extra_fields = {} if _known19.issuperset(o) else {k: v for k, v in o.items() if k not in _known19}
    except Exception:
        return _checked(o, Catalog)
    return obj


def structure_BrandCategories(o: Any, _: Any = None) -> BrandCategories:
    if o.__class__ is not dict:
        return _checked(o, BrandCategories)
    try:
        v0 = o.get("brandCategories", _MISSING)
        obj = _new(BrandCategories)
        obj.brand_categories = (
            []
            if v0 is _MISSING
            else ([structure_BrandCategory(e0) for e0 in v0] if v0.__class__ is list else _mismatch())
        )
        obj.extra_fields = {} if _known20.issuperset(o) else {k: v for k, v in o.items() if k not in _known20}
    except Exception:
        return _checked(o, BrandCategories)
    return obj


def structure_CredentialTypeInfo(o: Any, _: Any = None) -> CredentialTypeInfo:
    if o.__class__ is not dict:
        return _checked(o, CredentialTypeInfo)
    try:
        v0 = o["credentialType"]
        v1 = o.get("description")
        obj = _new(CredentialTypeInfo)
        obj.credential_type = v0 if v0.__class__ is str else str(v0)
        obj.description = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.extra_fields = {} if _known21.issuperset(o) else {k: v for k, v in o.items() if k not in _known21}
    except Exception:
        return _checked(o, CredentialTypeInfo)
    return obj


def structure_ExchangeRate(o: Any, _: Any = None) -> ExchangeRate:
    if o.__class__ is not dict:
        return _checked(o, ExchangeRate)
    try:
        v0 = o.get("lastModifiedDate")
        v1 = o.get("rewardCurrency")
        v2 = o.get("baseCurrency")
        v3 = o.get("baseFx")
        obj = _new(ExchangeRate)
        obj.last_modified_date = (
            None if v0 is None else (_fromisoformat(v0) if v0.__class__ is str else _datetime(v0, datetime))
        )
        obj.reward_currency = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.base_currency = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.base_fx = (
            None if v3 is None else ((_money_seen(v3) or _money(v3)) if v3.__class__ is float else _money(v3))
        )
        obj.extra_fields = {} if _known22.issuperset(o) else {k: v for k, v in o.items() if k not in _known22}
    except Exception:
        return _checked(o, ExchangeRate)
    return obj


def structure_ExchangeRatePage(o: Any, _: Any = None) -> ExchangeRatePage:
    if o.__class__ is not dict:
        return _checked(o, ExchangeRatePage)
    try:
        v0 = o.get("disclaimer")
        v1 = o.get("maxResults")
        v2 = o.get("prevCursor")
        v3 = o.get("nextCursor")
        v4 = o.get("prevPageAvailable")
        v5 = o.get("nextPageAvailable")
        v6 = o.get("exchangeRates", _MISSING)
        obj = _new(ExchangeRatePage)
        obj.disclaimer = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.max_results = None if v1 is None else (v1 if v1.__class__ is int else int(v1))
        obj.prev_cursor = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.next_cursor = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.prev_page_available = None if v4 is None else (v4 if v4.__class__ is bool else _bool(v4, bool))
        obj.next_page_available = None if v5 is None else (v5 if v5.__class__ is bool else _bool(v5, bool))
        obj.exchange_rates = (
            []
            if v6 is _MISSING
            else ([structure_ExchangeRate(e0) for e0 in v6] if v6.__class__ is list else _mismatch())
        )
        obj.extra_fields = {} if _known23.issuperset(o) else {k: v for k, v in o.items() if k not in _known23}
    except Exception:
        return _checked(o, ExchangeRatePage)
    return obj


def structure_Money(o: Any, _: Any = None) -> Money:
    if o.__class__ is not dict:
        return _checked(o, Money)
    try:
        v0 = o.get("value")
        v1 = o.get("currencyCode")
        v2 = o.get("exchangeRate")
        v3 = o.get("fee")
        v4 = o.get("total")
        v5 = o.get("marginShare")
        obj = _new(Money)
        obj.value = (
            None if v0 is None else ((_money_seen(v0) or _money(v0)) if v0.__class__ is float else _money(v0))
        )
        obj.currency_code = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.exchange_rate = (
            None if v2 is None else ((_money_seen(v2) or _money(v2)) if v2.__class__ is float else _money(v2))
        )
        obj.fee = (
            None if v3 is None else ((_money_seen(v3) or _money(v3)) if v3.__class__ is float else _money(v3))
        )
        obj.total = (
            None if v4 is None else ((_money_seen(v4) or _money(v4)) if v4.__class__ is float else _money(v4))
        )
        obj.margin_share = (
            None if v5 is None else ((_money_seen(v5) or _money(v5)) if v5.__class__ is float else _money(v5))
        )
        obj.extra_fields = {} if _known24.issuperset(o) else {k: v for k, v in o.items() if k not in _known24}
    except Exception:
        return _checked(o, Money)
    return obj


def structure_Page(o: Any, _: Any = None) -> Page:
    if o.__class__ is not dict:
        return _checked(o, Page)
    try:
        v0 = o.get("number")
        v1 = o.get("elementsPerBlock")
        v2 = o.get("resultCount")
        v3 = o.get("totalCount")
        obj = _new(Page)
        obj.number = None if v0 is None else (v0 if v0.__class__ is int else int(v0))
        obj.elements_per_block = None if v1 is None else (v1 if v1.__class__ is int else int(v1))
        obj.result_count = None if v2 is None else (v2 if v2.__class__ is int else int(v2))
        obj.total_count = None if v3 is None else (v3 if v3.__class__ is int else int(v3))
        obj.extra_fields = {} if _known25.issuperset(o) else {k: v for k, v in o.items() if k not in _known25}
    except Exception:
        return _checked(o, Page)
    return obj


def structure_ErrorItem(o: Any, _: Any = None) -> ErrorItem:
    if o.__class__ is not dict:
        return _checked(o, ErrorItem)
    try:
        v0 = o.get("path")
        v1 = o.get("field")
        v2 = o.get("code", _MISSING)
        v3 = o.get("i18nKey")
        v4 = o.get("message")
        v5 = o.get("invalidValue")
        v6 = o.get("constraint")
        v7 = o.get("i18nTokenReplacements")
        obj = _new(ErrorItem)
        obj.path = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.field = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.code = None if v2 is _MISSING else _hook28(v2, _type27)
        obj.i18n_key = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.message = None if v4 is None else (v4 if v4.__class__ is str else str(v4))
        obj.invalid_value = None if v5 is None else v5
        obj.constraint = None if v6 is None else (v6 if v6.__class__ is str else str(v6))
        obj.i18n_token_replacements = (
            None
            if v7 is None
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v7]
                if v7.__class__ is list
                else _mismatch()
            )
        )
        obj.extra_fields = {} if _known26.issuperset(o) else {k: v for k, v in o.items() if k not in _known26}
    except Exception:
        return _checked(o, ErrorItem)
    return obj


def structure_ErrorBody(o: Any, _: Any = None) -> ErrorBody:
    if o.__class__ is not dict:
        return _checked(o, ErrorBody)
    try:
        v0 = o.get("timestamp")
        v1 = o.get("requestId")
        v2 = o.get("path")
        v3 = o.get("httpCode")
        v4 = o.get("httpPhrase")
        v5 = o.get("i18nKey")
        v6 = o.get("message")
        v7 = o.get("code", _MISSING)
        v8 = o.get("errors")
        v9 = o.get("i18nTokenReplacements")
        obj = _new(ErrorBody)
        obj.timestamp = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.request_id = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.path = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.http_code = None if v3 is None else (v3 if v3.__class__ is int else int(v3))
        obj.http_phrase = None if v4 is None else (v4 if v4.__class__ is str else str(v4))
        obj.i18n_key = None if v5 is None else (v5 if v5.__class__ is str else str(v5))
        obj.message = None if v6 is None else (v6 if v6.__class__ is str else str(v6))
        obj.code = None if v7 is _MISSING else _hook28(v7, _type27)
        obj.errors = (
            None
            if v8 is None
            else ([structure_ErrorItem(e0) for e0 in v8] if v8.__class__ is list else _mismatch())
        )
        obj.i18n_token_replacements = (
            None
            if v9 is None
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v9]
                if v9.__class__ is list
                else _mismatch()
            )
        )
        obj.extra_fields = {} if _known29.issuperset(o) else {k: v for k, v in o.items() if k not in _known29}
    except Exception:
        return _checked(o, ErrorBody)
    return obj


def unstructure_CustomerCreate(instance: CustomerCreate) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.customer_identifier
    res["customerIdentifier"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.display_name
    res["displayName"] = v1 if v1.__class__ is str else _unstructure(v1)
    return res


def unstructure_CardDetails(instance: CardDetails) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.number
    res["number"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.expiration
    res["expiration"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.verification_number
    res["verificationNumber"] = v2 if v2.__class__ is str else _unstructure(v2)
    return res


def unstructure_BillingAddress(instance: BillingAddress) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.first_name
    res["firstName"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.last_name
    res["lastName"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.address_line1
    res["addressLine1"] = v2 if v2.__class__ is str else _unstructure(v2)
    v3 = instance.city
    res["city"] = v3 if v3.__class__ is str else _unstructure(v3)
    v4 = instance.state
    res["state"] = v4 if v4.__class__ is str else _unstructure(v4)
    v5 = instance.postal_code
    res["postalCode"] = v5 if v5.__class__ is str else _unstructure(v5)
    v6 = instance.country
    res["country"] = v6 if v6.__class__ is str else _unstructure(v6)
    v7 = instance.email_address
    res["emailAddress"] = v7 if v7.__class__ is str else _unstructure(v7)
    v8 = instance.address_line2
    if v8 is not _UNSET:
        res["addressLine2"] = v8 if v8.__class__ is str else _unstructure(v8)
    return res


def unstructure_ContactInfo(instance: ContactInfo) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.full_name
    if v0 is not _UNSET:
        res["fullName"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.email_address
    if v1 is not _UNSET:
        res["emailAddress"] = v1 if v1.__class__ is str else _unstructure(v1)
    return res


def unstructure_CreditCardCreate(instance: CreditCardCreate) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.customer_identifier
    res["customerIdentifier"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.account_identifier
    res["accountIdentifier"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.ip_address
    res["ipAddress"] = v2 if v2.__class__ is str else _unstructure(v2)
    v3 = instance.label
    res["label"] = v3 if v3.__class__ is str else _unstructure(v3)
    v4 = instance.credit_card
    res["creditCard"] = unstructure_CardDetails(v4)
    v5 = instance.billing_address
    res["billingAddress"] = unstructure_BillingAddress(v5)
    v6 = instance.contact_information
    if v6 is not _UNSET:
        res["contactInformation"] = [unstructure_ContactInfo(e0) for e0 in v6]
    return res


def structure_ContactInfoView(o: Any, _: Any = None) -> ContactInfoView:
    if o.__class__ is not dict:
        return _checked(o, ContactInfoView)
    try:
        v0 = o.get("fullName")
        v1 = o.get("emailAddress")
        obj = _new(ContactInfoView)
        obj.full_name = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.email_address = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.extra_fields = {} if _known30.issuperset(o) else {k: v for k, v in o.items() if k not in _known30}
    except Exception:
        return _checked(o, ContactInfoView)
    return obj


def structure_CreditCard(o: Any, _: Any = None) -> CreditCard:
    if o.__class__ is not dict:
        return _checked(o, CreditCard)
    try:
        v0 = o["token"]
        v1 = o.get("customerIdentifier")
        v2 = o.get("accountIdentifier")
        v3 = o.get("accountNumber")
        v4 = o.get("label")
        v5 = o.get("lastFourDigits")
        v6 = o.get("expirationDate")
        v7 = o.get("status")
        v8 = o.get("createdDate")
        v9 = o.get("activationDate")
        v10 = o.get("contactInformation")
        obj = _new(CreditCard)
        obj.token = v0 if v0.__class__ is str else str(v0)
        obj.customer_identifier = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.account_identifier = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.account_number = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.label = None if v4 is None else (v4 if v4.__class__ is str else str(v4))
        obj.last_four_digits = None if v5 is None else (v5 if v5.__class__ is str else str(v5))
        obj.expiration_date = None if v6 is None else (v6 if v6.__class__ is str else str(v6))
        obj.status = None if v7 is None else (v7 if v7.__class__ is str else str(v7))
        obj.created_date = (
            None if v8 is None else (_fromisoformat(v8) if v8.__class__ is str else _datetime(v8, datetime))
        )
        obj.activation_date = (
            None if v9 is None else (_fromisoformat(v9) if v9.__class__ is str else _datetime(v9, datetime))
        )
        obj.contact_information = (
            None
            if v10 is None
            else ([structure_ContactInfoView(e0) for e0 in v10] if v10.__class__ is list else _mismatch())
        )
        obj.extra_fields = {} if _known31.issuperset(o) else {k: v for k, v in o.items() if k not in _known31}
    except Exception:
        return _checked(o, CreditCard)
    return obj


def structure_CreditCardPage(o: Any, _: Any = None) -> CreditCardPage:
    if o.__class__ is not dict:
        return _checked(o, CreditCardPage)
    try:
        v0 = o.get("numberOfElements")
        v1 = o.get("maxResults")
        v2 = o.get("prevCursor")
        v3 = o.get("nextCursor")
        v4 = o.get("prevPageAvailable")
        v5 = o.get("nextPageAvailable")
        v6 = o.get("items", _MISSING)
        obj = _new(CreditCardPage)
        obj.number_of_elements = None if v0 is None else (v0 if v0.__class__ is int else int(v0))
        obj.max_results = None if v1 is None else (v1 if v1.__class__ is int else int(v1))
        obj.prev_cursor = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.next_cursor = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.prev_page_available = None if v4 is None else (v4 if v4.__class__ is bool else _bool(v4, bool))
        obj.next_page_available = None if v5 is None else (v5 if v5.__class__ is bool else _bool(v5, bool))
        obj.items = (
            []
            if v6 is _MISSING
            else ([structure_CreditCard(e0) for e0 in v6] if v6.__class__ is list else _mismatch())
        )
        obj.extra_fields = {} if _known32.issuperset(o) else {k: v for k, v in o.items() if k not in _known32}
    except Exception:
        return _checked(o, CreditCardPage)
    return obj


def unstructure_DepositCreate(instance: DepositCreate) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.customer_identifier
    res["customerIdentifier"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.account_identifier
    res["accountIdentifier"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.credit_card_token
    res["creditCardToken"] = v2 if v2.__class__ is str else _unstructure(v2)
    v3 = instance.amount
    res["amount"] = _decimal_out(v3)
    v4 = instance.external_ref_id
    if v4 is not _UNSET:
        res["externalRefID"] = v4 if v4.__class__ is str else _unstructure(v4)
    return res


def structure_Deposit(o: Any, _: Any = None) -> Deposit:
    if o.__class__ is not dict:
        return _checked(o, Deposit)
    try:
        v0 = o["referenceDepositID"]
        v1 = o.get("amount")
        v2 = o.get("amountCharged")
        v3 = o.get("feePercent")
        v4 = o.get("createdDate")
        v5 = o.get("status", _MISSING)
        v6 = o.get("externalRefID")
        v7 = o.get("accountNumber")
        obj = _new(Deposit)
        obj.reference_deposit_id = v0 if v0.__class__ is str else str(v0)
        obj.amount = (
            None if v1 is None else ((_money_seen(v1) or _money(v1)) if v1.__class__ is float else _money(v1))
        )
        obj.amount_charged = (
            None if v2 is None else ((_money_seen(v2) or _money(v2)) if v2.__class__ is float else _money(v2))
        )
        obj.fee_percent = (
            None if v3 is None else ((_money_seen(v3) or _money(v3)) if v3.__class__ is float else _money(v3))
        )
        obj.created_date = (
            None if v4 is None else (_fromisoformat(v4) if v4.__class__ is str else _datetime(v4, datetime))
        )
        obj.status = (
            None
            if v5 is _MISSING
            else (_members34[v5] if v5 in _members34 else None if v5 is None else str(v5))
        )
        obj.external_ref_id = None if v6 is None else (v6 if v6.__class__ is str else str(v6))
        obj.account_number = None if v7 is None else (v7 if v7.__class__ is str else str(v7))
        obj.extra_fields = {} if _known33.issuperset(o) else {k: v for k, v in o.items() if k not in _known33}
    except Exception:
        return _checked(o, Deposit)
    return obj


def unstructure_CardUnregister(instance: CardUnregister) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.customer_identifier
    res["customerIdentifier"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.account_identifier
    res["accountIdentifier"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.credit_card_token
    res["creditCardToken"] = v2 if v2.__class__ is str else _unstructure(v2)
    return res


def structure_CardUnregistered(o: Any, _: Any = None) -> CardUnregistered:
    if o.__class__ is not dict:
        return _checked(o, CardUnregistered)
    try:
        v0 = o.get("token")
        v1 = o.get("message")
        v2 = o.get("createdDate")
        obj = _new(CardUnregistered)
        obj.token = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.message = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.created_date = (
            None if v2 is None else (_fromisoformat(v2) if v2.__class__ is str else _datetime(v2, datetime))
        )
        obj.extra_fields = {} if _known35.issuperset(o) else {k: v for k, v in o.items() if k not in _known35}
    except Exception:
        return _checked(o, CardUnregistered)
    return obj


def unstructure_TransferCreate(instance: TransferCreate) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.transfer_from
    res["transferFrom"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.transfer_to
    res["transferTo"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.amount
    res["amount"] = _decimal_out(v2)
    v3 = instance.transfer_notes
    if v3 is not _UNSET:
        res["transferNotes"] = v3 if v3.__class__ is str else _unstructure(v3)
    v4 = instance.external_ref_id
    if v4 is not _UNSET:
        res["externalRefID"] = v4 if v4.__class__ is str else _unstructure(v4)
    return res


def structure_TransferParty(o: Any, _: Any = None) -> TransferParty:
    if o.__class__ is not dict:
        return _checked(o, TransferParty)
    try:
        v0 = o.get("accountIdentifier")
        v1 = o.get("accountNumber")
        v2 = o.get("displayName")
        v3 = o.get("currencyCode")
        v4 = o.get("startingBalance")
        v5 = o.get("endingBalance")
        v6 = o.get("status")
        v7 = o.get("contactEmail")
        obj = _new(TransferParty)
        obj.account_identifier = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.account_number = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.display_name = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.currency_code = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.starting_balance = (
            None if v4 is None else ((_money_seen(v4) or _money(v4)) if v4.__class__ is float else _money(v4))
        )
        obj.ending_balance = (
            None if v5 is None else ((_money_seen(v5) or _money(v5)) if v5.__class__ is float else _money(v5))
        )
        obj.status = None if v6 is None else (v6 if v6.__class__ is str else str(v6))
        obj.contact_email = None if v7 is None else (v7 if v7.__class__ is str else str(v7))
        obj.extra_fields = {} if _known36.issuperset(o) else {k: v for k, v in o.items() if k not in _known36}
    except Exception:
        return _checked(o, TransferParty)
    return obj


def structure_Transfer(o: Any, _: Any = None) -> Transfer:
    if o.__class__ is not dict:
        return _checked(o, Transfer)
    try:
        v0 = o.get("externalRefID")
        v1 = o.get("transferDate")
        v2 = o.get("transferredAmount")
        v3 = o.get("transferNotes")
        v4 = o.get("transferFrom")
        v5 = o.get("transferTo")
        obj = _new(Transfer)
        obj.external_ref_id = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.transfer_date = (
            None if v1 is None else (_fromisoformat(v1) if v1.__class__ is str else _datetime(v1, datetime))
        )
        obj.transferred_amount = (
            None if v2 is None else ((_money_seen(v2) or _money(v2)) if v2.__class__ is float else _money(v2))
        )
        obj.transfer_notes = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.transfer_from = None if v4 is None else structure_TransferParty(v4)
        obj.transfer_to = None if v5 is None else structure_TransferParty(v5)
        obj.extra_fields = {} if _known37.issuperset(o) else {k: v for k, v in o.items() if k not in _known37}
    except Exception:
        return _checked(o, Transfer)
    return obj


def unstructure_LineItemAction(instance: LineItemAction) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.reason_code
    res["reasonCode"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.other_reason
    if v1 is not _UNSET:
        res["otherReason"] = v1 if v1.__class__ is str else _unstructure(v1)
    return res


def unstructure_LineItemUpdate(instance: LineItemUpdate) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.purchase_order_number
    if v0 is not _UNSET:
        res["purchaseOrderNumber"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.campaign
    if v1 is not _UNSET:
        res["campaign"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.order_notes
    if v2 is not _UNSET:
        res["orderNotes"] = v2 if v2.__class__ is str else _unstructure(v2)
    return res


def unstructure_ReissueRecipient(instance: ReissueRecipient) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.first_name
    if v0 is not _UNSET:
        res["firstName"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.last_name
    if v1 is not _UNSET:
        res["lastName"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.email
    if v2 is not _UNSET:
        res["email"] = v2 if v2.__class__ is str else _unstructure(v2)
    v3 = instance.mobile_number
    if v3 is not _UNSET:
        res["mobileNumber"] = v3 if v3.__class__ is str else _unstructure(v3)
    return res


def unstructure_LineItemResend(instance: LineItemResend) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.new_delivery_method
    if v0 is not _UNSET:
        res["newDeliveryMethod"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.new_email
    if v1 is not _UNSET:
        res["newEmail"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.new_mobile_number
    if v2 is not _UNSET:
        res["newMobileNumber"] = v2 if v2.__class__ is str else _unstructure(v2)
    v3 = instance.new_etid
    if v3 is not _UNSET:
        res["newEtid"] = v3 if v3.__class__ is str else _unstructure(v3)
    v4 = instance.reason_code
    if v4 is not _UNSET:
        res["reasonCode"] = v4 if v4.__class__ is str else _unstructure(v4)
    v5 = instance.other_reason
    if v5 is not _UNSET:
        res["otherReason"] = v5 if v5.__class__ is str else _unstructure(v5)
    return res


def structure_LineItemResent(o: Any, _: Any = None) -> LineItemResent:
    if o.__class__ is not dict:
        return _checked(o, LineItemResent)
    try:
        v0 = o.get("id")
        v1 = o.get("createdAt")
        v2 = o.get("email")
        v3 = o.get("mobileNumber")
        v4 = o.get("deliveryMethod")
        v5 = o.get("reasonCode")
        v6 = o.get("otherReason")
        v7 = o.get("legacyId")
        obj = _new(LineItemResent)
        obj.id = None if v0 is None else (v0 if v0.__class__ is int else int(v0))
        obj.created_at = (
            None if v1 is None else (_fromisoformat(v1) if v1.__class__ is str else _datetime(v1, datetime))
        )
        obj.email = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.mobile_number = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.delivery_method = None if v4 is None else (v4 if v4.__class__ is str else str(v4))
        obj.reason_code = None if v5 is None else (v5 if v5.__class__ is str else str(v5))
        obj.other_reason = None if v6 is None else (v6 if v6.__class__ is str else str(v6))
        obj.legacy_id = None if v7 is None else (v7 if v7.__class__ is str else str(v7))
        obj.extra_fields = {} if _known38.issuperset(o) else {k: v for k, v in o.items() if k not in _known38}
    except Exception:
        return _checked(o, LineItemResent)
    return obj


def structure_LineItemActionEntry(o: Any, _: Any = None) -> LineItemActionEntry:
    if o.__class__ is not dict:
        return _checked(o, LineItemActionEntry)
    try:
        v0 = o.get("action")
        v1 = o.get("reason")
        v2 = o.get("actionDate")
        v3 = o.get("oldReferenceLineItemId")
        v4 = o.get("newReferenceLineItemId")
        obj = _new(LineItemActionEntry)
        obj.action = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.reason = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.action_date = (
            None if v2 is None else (_fromisoformat(v2) if v2.__class__ is str else _datetime(v2, datetime))
        )
        obj.old_reference_line_item_id = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.new_reference_line_item_id = None if v4 is None else (v4 if v4.__class__ is str else str(v4))
        obj.extra_fields = {} if _known39.issuperset(o) else {k: v for k, v in o.items() if k not in _known39}
    except Exception:
        return _checked(o, LineItemActionEntry)
    return obj


def structure_LineItemError(o: Any, _: Any = None) -> LineItemError:
    if o.__class__ is not dict:
        return _checked(o, LineItemError)
    try:
        v0 = o.get("error_code")
        v1 = o.get("error_message")
        obj = _new(LineItemError)
        obj.error_code = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.error_message = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.extra_fields = {} if _known40.issuperset(o) else {k: v for k, v in o.items() if k not in _known40}
    except Exception:
        return _checked(o, LineItemError)
    return obj


def structure_ResendContact(o: Any, _: Any = None) -> ResendContact:
    if o.__class__ is not dict:
        return _checked(o, ResendContact)
    try:
        v0 = o.get("email")
        v1 = o.get("mobileNumber")
        obj = _new(ResendContact)
        obj.email = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.mobile_number = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.extra_fields = {} if _known41.issuperset(o) else {k: v for k, v in o.items() if k not in _known41}
    except Exception:
        return _checked(o, ResendContact)
    return obj


def structure_RewardViewEntry(o: Any, _: Any = None) -> RewardViewEntry:
    if o.__class__ is not dict:
        return _checked(o, RewardViewEntry)
    try:
        v0 = o.get("date")
        v1 = o.get("status")
        obj = _new(RewardViewEntry)
        obj.date = (
            None if v0 is None else (_fromisoformat(v0) if v0.__class__ is str else _datetime(v0, datetime))
        )
        obj.status = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.extra_fields = {} if _known42.issuperset(o) else {k: v for k, v in o.items() if k not in _known42}
    except Exception:
        return _checked(o, RewardViewEntry)
    return obj


def structure_KeysetPage(o: Any, _: Any = None) -> KeysetPage:
    if o.__class__ is not dict:
        return _checked(o, KeysetPage)
    try:
        v0 = o.get("nextPageKeys", _MISSING)
        v1 = o.get("previousPageKeys", _MISSING)
        v2 = o.get("resultCount")
        v3 = o.get("totalCount")
        obj = _new(KeysetPage)
        obj.next_page_keys = (
            []
            if v0 is _MISSING
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v0]
                if v0.__class__ is list
                else _mismatch()
            )
        )
        obj.previous_page_keys = (
            []
            if v1 is _MISSING
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v1]
                if v1.__class__ is list
                else _mismatch()
            )
        )
        obj.result_count = None if v2 is None else (v2 if v2.__class__ is int else int(v2))
        obj.total_count = None if v3 is None else (v3 if v3.__class__ is int else int(v3))
        obj.extra_fields = {} if _known43.issuperset(o) else {k: v for k, v in o.items() if k not in _known43}
    except Exception:
        return _checked(o, KeysetPage)
    return obj


def structure_EmbeddedUrl(o: Any, _: Any = None) -> EmbeddedUrl:
    if o.__class__ is not dict:
        return _checked(o, EmbeddedUrl)
    try:
        v0 = o.get("url")
        obj = _new(EmbeddedUrl)
        obj.url = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.extra_fields = {} if _known44.issuperset(o) else {k: v for k, v in o.items() if k not in _known44}
    except Exception:
        return _checked(o, EmbeddedUrl)
    return obj


def structure_ReasonCodes(o: Any, _: Any = None) -> ReasonCodes:
    if o.__class__ is not dict:
        return _checked(o, ReasonCodes)
    try:
        v0 = o.get("FREEZE")
        v1 = o.get("UNFREEZE")
        v2 = o.get("CANCEL")
        v3 = o.get("CANCEL_AND_REISSUE")
        obj = _new(ReasonCodes)
        obj.freeze = (
            None
            if v0 is None
            else (
                {
                    (k0 if k0.__class__ is str else str(k0)): (e0 if e0.__class__ is str else str(e0))
                    for k0, e0 in v0.items()
                }
                if v0.__class__ is dict
                else _mismatch()
            )
        )
        obj.unfreeze = (
            None
            if v1 is None
            else (
                {
                    (k0 if k0.__class__ is str else str(k0)): (e0 if e0.__class__ is str else str(e0))
                    for k0, e0 in v1.items()
                }
                if v1.__class__ is dict
                else _mismatch()
            )
        )
        obj.cancel = (
            None
            if v2 is None
            else (
                {
                    (k0 if k0.__class__ is str else str(k0)): (e0 if e0.__class__ is str else str(e0))
                    for k0, e0 in v2.items()
                }
                if v2.__class__ is dict
                else _mismatch()
            )
        )
        obj.cancel_and_reissue = (
            None
            if v3 is None
            else (
                {
                    (k0 if k0.__class__ is str else str(k0)): (e0 if e0.__class__ is str else str(e0))
                    for k0, e0 in v3.items()
                }
                if v3.__class__ is dict
                else _mismatch()
            )
        )
        obj.extra_fields = {} if _known45.issuperset(o) else {k: v for k, v in o.items() if k not in _known45}
    except Exception:
        return _checked(o, ReasonCodes)
    return obj


def unstructure_Address(instance: Address) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.company_name
    if v0 is not _UNSET:
        res["companyName"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.street_line1
    if v1 is not _UNSET:
        res["streetLine1"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.street_line2
    if v2 is not _UNSET:
        res["streetLine2"] = v2 if v2.__class__ is str else _unstructure(v2)
    v3 = instance.city
    if v3 is not _UNSET:
        res["city"] = v3 if v3.__class__ is str else _unstructure(v3)
    v4 = instance.state_or_province
    if v4 is not _UNSET:
        res["stateOrProvince"] = v4 if v4.__class__ is str else _unstructure(v4)
    v5 = instance.postal_code
    if v5 is not _UNSET:
        res["postalCode"] = v5 if v5.__class__ is str else _unstructure(v5)
    v6 = instance.country
    if v6 is not _UNSET:
        res["country"] = v6 if v6.__class__ is str else _unstructure(v6)
    return res


def unstructure_Recipient(instance: Recipient) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.email
    if v0 is not _UNSET:
        res["email"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.first_name
    if v1 is not _UNSET:
        res["firstName"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.last_name
    if v2 is not _UNSET:
        res["lastName"] = v2 if v2.__class__ is str else _unstructure(v2)
    v3 = instance.mobile_number
    if v3 is not _UNSET:
        res["mobileNumber"] = v3 if v3.__class__ is str else _unstructure(v3)
    v4 = instance.address
    if v4 is not _UNSET:
        res["address"] = unstructure_Address(v4)
    return res


def unstructure_Sender(instance: Sender) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.first_name
    if v0 is not _UNSET:
        res["firstName"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.last_name
    if v1 is not _UNSET:
        res["lastName"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.email
    if v2 is not _UNSET:
        res["email"] = v2 if v2.__class__ is str else _unstructure(v2)
    return res


def unstructure_OrderCreate(instance: OrderCreate) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.customer_identifier
    res["customerIdentifier"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.account_identifier
    res["accountIdentifier"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.utid
    res["utid"] = v2 if v2.__class__ is str else _unstructure(v2)
    v3 = instance.amount
    res["amount"] = _decimal_out(v3)
    v4 = instance.delivery_method
    res["deliveryMethod"] = (
        v4.value if v4.__class__ is DeliveryMethod else v4 if v4.__class__ is str else _unstructure(v4)
    )
    v5 = instance.external_ref_id
    if v5 is not _UNSET:
        res["externalRefID"] = v5 if v5.__class__ is str else _unstructure(v5)
    v6 = instance.recipient
    if v6 is not _UNSET:
        res["recipient"] = unstructure_Recipient(v6)
    v7 = instance.sender
    if v7 is not _UNSET:
        res["sender"] = unstructure_Sender(v7)
    v8 = instance.email_subject
    if v8 is not _UNSET:
        res["emailSubject"] = v8 if v8.__class__ is str else _unstructure(v8)
    v9 = instance.message
    if v9 is not _UNSET:
        res["message"] = v9 if v9.__class__ is str else _unstructure(v9)
    v10 = instance.etid
    if v10 is not _UNSET:
        res["etid"] = v10 if v10.__class__ is str else _unstructure(v10)
    v11 = instance.ptid
    if v11 is not _UNSET:
        res["ptid"] = v11 if v11.__class__ is str else _unstructure(v11)
    v12 = instance.campaign
    if v12 is not _UNSET:
        res["campaign"] = v12 if v12.__class__ is str else _unstructure(v12)
    v13 = instance.purchase_order_number
    if v13 is not _UNSET:
        res["purchaseOrderNumber"] = v13 if v13.__class__ is str else _unstructure(v13)
    v14 = instance.notes
    if v14 is not _UNSET:
        res["notes"] = v14 if v14.__class__ is str else _unstructure(v14)
    v15 = instance.expiration_date
    if v15 is not _UNSET:
        res["expirationDate"] = v15.isoformat() if v15.__class__ is datetime else _unstructure(v15)
    v16 = instance.custom_fields
    if v16 is not _UNSET:
        res["customFields"] = _unstructure(v16)
    v17 = instance.send_email
    if v17 is not _UNSET:
        res["sendEmail"] = v17 if v17.__class__ is bool else _unstructure(v17)
    return res


def structure_AddressView(o: Any, _: Any = None) -> AddressView:
    if o.__class__ is not dict:
        return _checked(o, AddressView)
    try:
        v0 = o.get("companyName")
        v1 = o.get("streetLine1")
        v2 = o.get("streetLine2")
        v3 = o.get("city")
        v4 = o.get("stateOrProvince")
        v5 = o.get("postalCode")
        v6 = o.get("country")
        obj = _new(AddressView)
        obj.company_name = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.street_line1 = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.street_line2 = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.city = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.state_or_province = None if v4 is None else (v4 if v4.__class__ is str else str(v4))
        obj.postal_code = None if v5 is None else (v5 if v5.__class__ is str else str(v5))
        obj.country = None if v6 is None else (v6 if v6.__class__ is str else str(v6))
        obj.extra_fields = {} if _known46.issuperset(o) else {k: v for k, v in o.items() if k not in _known46}
    except Exception:
        return _checked(o, AddressView)
    return obj


def structure_RecipientView(o: Any, _: Any = None) -> RecipientView:
    if o.__class__ is not dict:
        return _checked(o, RecipientView)
    try:
        v0 = o.get("email")
        v1 = o.get("firstName")
        v2 = o.get("lastName")
        v3 = o.get("mobileNumber")
        v4 = o.get("address")
        obj = _new(RecipientView)
        obj.email = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.first_name = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.last_name = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.mobile_number = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.address = None if v4 is None else structure_AddressView(v4)
        obj.extra_fields = {} if _known47.issuperset(o) else {k: v for k, v in o.items() if k not in _known47}
    except Exception:
        return _checked(o, RecipientView)
    return obj


def structure_SenderView(o: Any, _: Any = None) -> SenderView:
    if o.__class__ is not dict:
        return _checked(o, SenderView)
    try:
        v0 = o.get("firstName")
        v1 = o.get("lastName")
        v2 = o.get("email")
        obj = _new(SenderView)
        obj.first_name = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.last_name = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.email = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.extra_fields = {} if _known48.issuperset(o) else {k: v for k, v in o.items() if k not in _known48}
    except Exception:
        return _checked(o, SenderView)
    return obj


def structure_Credential(o: Any, _: Any = None) -> Credential:
    if o.__class__ is not dict:
        return _checked(o, Credential)
    try:
        v0 = o.get("label")
        v1 = o.get("value")
        v2 = o.get("type", _MISSING)
        v3 = o.get("credentialType")
        obj = _new(Credential)
        obj.label = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.value = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.type = (
            None
            if v2 is _MISSING
            else (_members50[v2] if v2 in _members50 else None if v2 is None else str(v2))
        )
        obj.credential_type = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.extra_fields = {} if _known49.issuperset(o) else {k: v for k, v in o.items() if k not in _known49}
    except Exception:
        return _checked(o, Credential)
    return obj


def structure_Reward(o: Any, _: Any = None) -> Reward:
    if o.__class__ is not dict:
        return _checked(o, Reward)
    try:
        v0 = o.get("credentials")
        v1 = o.get("credentialList")
        v2 = o.get("redemptionInstructions")
        obj = _new(Reward)
        obj.credentials = (
            None
            if v0 is None
            else (
                {
                    (k0 if k0.__class__ is str else str(k0)): (e0 if e0.__class__ is str else str(e0))
                    for k0, e0 in v0.items()
                }
                if v0.__class__ is dict
                else _mismatch()
            )
        )
        obj.credential_list = (
            None
            if v1 is None
            else ([structure_Credential(e0) for e0 in v1] if v1.__class__ is list else _mismatch())
        )
        obj.redemption_instructions = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.extra_fields = {} if _known51.issuperset(o) else {k: v for k, v in o.items() if k not in _known51}
    except Exception:
        return _checked(o, Reward)
    return obj


def structure_Order(o: Any, _: Any = None) -> Order:
    if o.__class__ is not dict:
        return _checked(o, Order)
    try:
        v0 = o["referenceOrderID"]
        v1 = o.get("referenceLineItemID")
        v2 = o.get("externalRefID")
        v3 = o.get("customerIdentifier")
        v4 = o.get("accountIdentifier")
        v5 = o.get("accountNumber")
        v6 = o.get("amountCharged")
        v7 = o.get("denomination")
        v8 = o.get("utid")
        v9 = o.get("rewardName")
        v10 = o.get("reward")
        v11 = o.get("sender")
        v12 = o.get("recipient")
        v13 = o.get("emailSubject")
        v14 = o.get("message")
        v15 = o.get("status")
        v16 = o.get("orderStatus")
        v17 = o.get("lineItemStatus")
        v18 = o.get("deliveryMethod", _MISSING)
        v19 = o.get("sendEmail")
        v20 = o.get("campaign")
        v21 = o.get("notes")
        v22 = o.get("etid")
        v23 = o.get("ptid")
        v24 = o.get("purchaseOrderNumber")
        v25 = o.get("redemptionInstructions")
        v26 = o.get("orderClientSource")
        v27 = o.get("orderExternalRefIdDupe")
        v28 = o.get("createdAt")
        v29 = o.get("asyncOrderEntity")
        obj = _new(Order)
        obj.reference_order_id = v0 if v0.__class__ is str else str(v0)
        obj.reference_line_item_id = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.external_ref_id = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.customer_identifier = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.account_identifier = None if v4 is None else (v4 if v4.__class__ is str else str(v4))
        obj.account_number = None if v5 is None else (v5 if v5.__class__ is str else str(v5))
        obj.amount_charged = None if v6 is None else structure_Money(v6)
        obj.denomination = None if v7 is None else structure_Money(v7)
        obj.utid = None if v8 is None else (v8 if v8.__class__ is str else str(v8))
        obj.reward_name = None if v9 is None else (v9 if v9.__class__ is str else str(v9))
        obj.reward = None if v10 is None else structure_Reward(v10)
        obj.sender = None if v11 is None else structure_SenderView(v11)
        obj.recipient = None if v12 is None else structure_RecipientView(v12)
        obj.email_subject = None if v13 is None else (v13 if v13.__class__ is str else str(v13))
        obj.message = None if v14 is None else (v14 if v14.__class__ is str else str(v14))
        obj.status = None if v15 is None else (v15 if v15.__class__ is str else str(v15))
        obj.order_status = None if v16 is None else (v16 if v16.__class__ is str else str(v16))
        obj.line_item_status = None if v17 is None else (v17 if v17.__class__ is str else str(v17))
        obj.delivery_method = (
            None
            if v18 is _MISSING
            else (_members53[v18] if v18 in _members53 else None if v18 is None else str(v18))
        )
        obj.send_email = None if v19 is None else (v19 if v19.__class__ is bool else _bool(v19, bool))
        obj.campaign = None if v20 is None else (v20 if v20.__class__ is str else str(v20))
        obj.notes = None if v21 is None else (v21 if v21.__class__ is str else str(v21))
        obj.etid = None if v22 is None else (v22 if v22.__class__ is str else str(v22))
        obj.ptid = None if v23 is None else (v23 if v23.__class__ is str else str(v23))
        obj.purchase_order_number = None if v24 is None else (v24 if v24.__class__ is str else str(v24))
        obj.redemption_instructions = None if v25 is None else (v25 if v25.__class__ is str else str(v25))
        obj.order_client_source = None if v26 is None else (v26 if v26.__class__ is str else str(v26))
        obj.order_external_ref_id_dupe = (
            None if v27 is None else (v27 if v27.__class__ is bool else _bool(v27, bool))
        )
        obj.created_at = (
            None
            if v28 is None
            else (_fromisoformat(v28) if v28.__class__ is str else _datetime(v28, datetime))
        )
        obj.async_order_entity = (
            None
            if v29 is None
            else (
                {(k0 if k0.__class__ is str else str(k0)): e0 for k0, e0 in v29.items()}
                if v29.__class__ is dict
                else _mismatch()
            )
        )
        obj.extra_fields = {} if _known52.issuperset(o) else {k: v for k, v in o.items() if k not in _known52}
    except Exception:
        return _checked(o, Order)
    return obj


def structure_OrderList(o: Any, _: Any = None) -> OrderList:
    if o.__class__ is not dict:
        return _checked(o, OrderList)
    try:
        v0 = o.get("page")
        v1 = o.get("orders", _MISSING)
        obj = _new(OrderList)
        obj.page = None if v0 is None else structure_Page(v0)
        obj.orders = (
            []
            if v1 is _MISSING
            else ([structure_Order(e0) for e0 in v1] if v1.__class__ is list else _mismatch())
        )
        obj.extra_fields = {} if _known54.issuperset(o) else {k: v for k, v in o.items() if k not in _known54}
    except Exception:
        return _checked(o, OrderList)
    return obj


def unstructure_OrderResend(instance: OrderResend) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.new_email
    if v0 is not _UNSET:
        res["newEmail"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.new_mobile
    if v1 is not _UNSET:
        res["newMobile"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.new_etid
    if v2 is not _UNSET:
        res["newEtid"] = v2 if v2.__class__ is str else _unstructure(v2)
    v3 = instance.new_delivery_method
    if v3 is not _UNSET:
        res["newDeliveryMethod"] = (
            v3.value
            if v3.__class__ is ResendDeliveryMethod
            else v3
            if v3.__class__ is str
            else _unstructure(v3)
        )
    return res


def structure_Resend(o: Any, _: Any = None) -> Resend:
    if o.__class__ is not dict:
        return _checked(o, Resend)
    try:
        v0 = o.get("id", _MISSING)
        v1 = o.get("legacyId", _MISSING)
        v2 = o.get("createdAt")
        v3 = o.get("email")
        v4 = o.get("mobileNumber")
        obj = _new(Resend)
        obj.id = None if v0 is _MISSING else _hook28(v0, _type27)
        obj.legacy_id = None if v1 is _MISSING else _hook28(v1, _type27)
        obj.created_at = (
            None if v2 is None else (_fromisoformat(v2) if v2.__class__ is str else _datetime(v2, datetime))
        )
        obj.email = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.mobile_number = None if v4 is None else (v4 if v4.__class__ is str else str(v4))
        obj.extra_fields = {} if _known55.issuperset(o) else {k: v for k, v in o.items() if k not in _known55}
    except Exception:
        return _checked(o, Resend)
    return obj


def unstructure_CommentEscalation(instance: CommentEscalation) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.comment_text
    res["commentText"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.issue_description
    res["issueDescription"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.inquiry_type_code
    if v2 is not _UNSET:
        res["inquiryTypeCode"] = v2 if v2.__class__ is int else _unstructure(v2)
    v3 = instance.inquiry_category_code
    if v3 is not _UNSET:
        res["inquiryCategoryCode"] = v3 if v3.__class__ is int else _unstructure(v3)
    v4 = instance.user_id
    if v4 is not _UNSET:
        res["userId"] = v4 if v4.__class__ is str else _unstructure(v4)
    v5 = instance.inquiry_source
    if v5 is not _UNSET:
        res["inquirySource"] = v5 if v5.__class__ is str else _unstructure(v5)
    v6 = instance.assignee
    if v6 is not _UNSET:
        res["assignee"] = v6 if v6.__class__ is int else _unstructure(v6)
    v7 = instance.inquiry_id_number
    if v7 is not _UNSET:
        res["inquiryIdNumber"] = v7 if v7.__class__ is int else _unstructure(v7)
    v8 = instance.status
    if v8 is not _UNSET:
        res["status"] = v8 if v8.__class__ is str else _unstructure(v8)
    return res


def structure_CommentEscalationResult(o: Any, _: Any = None) -> CommentEscalationResult:
    if o.__class__ is not dict:
        return _checked(o, CommentEscalationResult)
    try:
        v0 = o.get("status")
        obj = _new(CommentEscalationResult)
        obj.status = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.extra_fields = {} if _known56.issuperset(o) else {k: v for k, v in o.items() if k not in _known56}
    except Exception:
        return _checked(o, CommentEscalationResult)
    return obj


def structure_PrepaidCardInfo(o: Any, _: Any = None) -> PrepaidCardInfo:
    if o.__class__ is not dict:
        return _checked(o, PrepaidCardInfo)
    try:
        v0 = o.get("registration")
        v1 = o.get("card")
        v2 = o.get("balance")
        v3 = o.get("comments", _MISSING)
        obj = _new(PrepaidCardInfo)
        obj.registration = (
            None
            if v0 is None
            else (
                {(k0 if k0.__class__ is str else str(k0)): e0 for k0, e0 in v0.items()}
                if v0.__class__ is dict
                else _mismatch()
            )
        )
        obj.card = (
            None
            if v1 is None
            else (
                {(k0 if k0.__class__ is str else str(k0)): e0 for k0, e0 in v1.items()}
                if v1.__class__ is dict
                else _mismatch()
            )
        )
        obj.balance = (
            None
            if v2 is None
            else (
                {(k0 if k0.__class__ is str else str(k0)): e0 for k0, e0 in v2.items()}
                if v2.__class__ is dict
                else _mismatch()
            )
        )
        obj.comments = (
            []
            if v3 is _MISSING
            else (
                [
                    (
                        {(k1 if k1.__class__ is str else str(k1)): e1 for k1, e1 in e0.items()}
                        if e0.__class__ is dict
                        else _mismatch()
                    )
                    for e0 in v3
                ]
                if v3.__class__ is list
                else _mismatch()
            )
        )
        obj.extra_fields = {} if _known57.issuperset(o) else {k: v for k, v in o.items() if k not in _known57}
    except Exception:
        return _checked(o, PrepaidCardInfo)
    return obj


def structure_PrepaidTransactions(o: Any, _: Any = None) -> PrepaidTransactions:
    if o.__class__ is not dict:
        return _checked(o, PrepaidTransactions)
    try:
        v0 = o.get("page")
        v1 = o.get("journal", _MISSING)
        obj = _new(PrepaidTransactions)
        obj.page = None if v0 is None else structure_Page(v0)
        obj.journal = (
            []
            if v1 is _MISSING
            else (
                [
                    (
                        {(k1 if k1.__class__ is str else str(k1)): e1 for k1, e1 in e0.items()}
                        if e0.__class__ is dict
                        else _mismatch()
                    )
                    for e0 in v1
                ]
                if v1.__class__ is list
                else _mismatch()
            )
        )
        obj.extra_fields = {} if _known58.issuperset(o) else {k: v for k, v in o.items() if k not in _known58}
    except Exception:
        return _checked(o, PrepaidTransactions)
    return obj


def structure_ReplacementReasons(o: Any, _: Any = None) -> ReplacementReasons:
    if o.__class__ is not dict:
        return _checked(o, ReplacementReasons)
    try:
        v0 = o.get("replacementReasons", _MISSING)
        obj = _new(ReplacementReasons)
        obj.replacement_reasons = (
            []
            if v0 is _MISSING
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v0]
                if v0.__class__ is list
                else _mismatch()
            )
        )
        obj.extra_fields = {} if _known59.issuperset(o) else {k: v for k, v in o.items() if k not in _known59}
    except Exception:
        return _checked(o, ReplacementReasons)
    return obj


def unstructure_PrepaidCardReissue(instance: PrepaidCardReissue) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.reason
    res["reason"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.updated_by
    res["updatedBy"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.comment_text
    if v2 is not _UNSET:
        res["commentText"] = v2 if v2.__class__ is str else _unstructure(v2)
    return res


def unstructure_PrepaidAccountUpdate(instance: PrepaidAccountUpdate) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.registration
    res["registration"] = _unstructure(v0)
    v1 = instance.updated_by
    if v1 is not _UNSET:
        res["updatedBy"] = v1 if v1.__class__ is str else _unstructure(v1)
    return res


def structure_PrepaidStatus(o: Any, _: Any = None) -> PrepaidStatus:
    if o.__class__ is not dict:
        return _checked(o, PrepaidStatus)
    try:
        v0 = o.get("status")
        obj = _new(PrepaidStatus)
        obj.status = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.extra_fields = {} if _known56.issuperset(o) else {k: v for k, v in o.items() if k not in _known56}
    except Exception:
        return _checked(o, PrepaidStatus)
    return obj


def structure_ChoiceProduct(o: Any, _: Any = None) -> ChoiceProduct:
    if o.__class__ is not dict:
        return _checked(o, ChoiceProduct)
    try:
        v0 = o.get("utid")
        v1 = o.get("rewardName")
        v2 = o.get("currencyCode")
        v3 = o.get("countries", _MISSING)
        obj = _new(ChoiceProduct)
        obj.utid = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.reward_name = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.currency_code = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.countries = (
            []
            if v3 is _MISSING
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v3]
                if v3.__class__ is list
                else _mismatch()
            )
        )
        obj.extra_fields = {} if _known60.issuperset(o) else {k: v for k, v in o.items() if k not in _known60}
    except Exception:
        return _checked(o, ChoiceProduct)
    return obj


def structure_ChoiceProductList(o: Any, _: Any = None) -> ChoiceProductList:
    if o.__class__ is not dict:
        return _checked(o, ChoiceProductList)
    try:
        v0 = o.get("choiceProducts", _MISSING)
        obj = _new(ChoiceProductList)
        obj.choice_products = (
            []
            if v0 is _MISSING
            else ([structure_ChoiceProduct(e0) for e0 in v0] if v0.__class__ is list else _mismatch())
        )
        obj.extra_fields = {} if _known61.issuperset(o) else {k: v for k, v in o.items() if k not in _known61}
    except Exception:
        return _checked(o, ChoiceProductList)
    return obj


def structure_RewardCountry(o: Any, _: Any = None) -> RewardCountry:
    if o.__class__ is not dict:
        return _checked(o, RewardCountry)
    try:
        v0 = o.get("twoLetterCode")
        v1 = o.get("threeLetterCode")
        v2 = o.get("countryName")
        v3 = o.get("preferredCurrency")
        obj = _new(RewardCountry)
        obj.two_letter_code = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.three_letter_code = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.country_name = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.preferred_currency = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.extra_fields = {} if _known62.issuperset(o) else {k: v for k, v in o.items() if k not in _known62}
    except Exception:
        return _checked(o, RewardCountry)
    return obj


def structure_RewardCountryPage(o: Any, _: Any = None) -> RewardCountryPage:
    if o.__class__ is not dict:
        return _checked(o, RewardCountryPage)
    try:
        v0 = o.get("numberOfElements")
        v1 = o.get("maxResults")
        v2 = o.get("prevCursor")
        v3 = o.get("nextCursor")
        v4 = o.get("prevPageAvailable")
        v5 = o.get("nextPageAvailable")
        v6 = o.get("items", _MISSING)
        obj = _new(RewardCountryPage)
        obj.number_of_elements = None if v0 is None else (v0 if v0.__class__ is int else int(v0))
        obj.max_results = None if v1 is None else (v1 if v1.__class__ is int else int(v1))
        obj.prev_cursor = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.next_cursor = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.prev_page_available = None if v4 is None else (v4 if v4.__class__ is bool else _bool(v4, bool))
        obj.next_page_available = None if v5 is None else (v5 if v5.__class__ is bool else _bool(v5, bool))
        obj.items = (
            []
            if v6 is _MISSING
            else ([structure_RewardCountry(e0) for e0 in v6] if v6.__class__ is list else _mismatch())
        )
        obj.extra_fields = {} if _known32.issuperset(o) else {k: v for k, v in o.items() if k not in _known32}
    except Exception:
        return _checked(o, RewardCountryPage)
    return obj


def structure_MobileCountry(o: Any, _: Any = None) -> MobileCountry:
    if o.__class__ is not dict:
        return _checked(o, MobileCountry)
    try:
        v0 = o.get("isoCode")
        v1 = o.get("countryName")
        v2 = o.get("countryCode")
        v3 = o.get("languageCode")
        obj = _new(MobileCountry)
        obj.iso_code = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.country_name = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.country_code = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.language_code = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.extra_fields = {} if _known63.issuperset(o) else {k: v for k, v in o.items() if k not in _known63}
    except Exception:
        return _checked(o, MobileCountry)
    return obj


def structure_SystemStatus(o: Any, _: Any = None) -> SystemStatus:
    if o.__class__ is not dict:
        return _checked(o, SystemStatus)
    try:
        v0 = o.get("status")
        obj = _new(SystemStatus)
        obj.status = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.extra_fields = {} if _known56.issuperset(o) else {k: v for k, v in o.items() if k not in _known56}
    except Exception:
        return _checked(o, SystemStatus)
    return obj


def unstructure_TemplateAccess(instance: TemplateAccess) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.type
    if v0 is not _UNSET:
        res["type"] = (
            v0.value if v0.__class__ is TemplateScope else v0 if v0.__class__ is str else _unstructure(v0)
        )
    v1 = instance.identifier
    if v1 is not _UNSET:
        res["identifier"] = v1 if v1.__class__ is str else _unstructure(v1)
    return res


def structure_TemplateAccessView(o: Any, _: Any = None) -> TemplateAccessView:
    if o.__class__ is not dict:
        return _checked(o, TemplateAccessView)
    try:
        v0 = o.get("type", _MISSING)
        v1 = o.get("identifier")
        obj = _new(TemplateAccessView)
        obj.type = (
            None
            if v0 is _MISSING
            else (_members65[v0] if v0 in _members65 else None if v0 is None else str(v0))
        )
        obj.identifier = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.extra_fields = {} if _known64.issuperset(o) else {k: v for k, v in o.items() if k not in _known64}
    except Exception:
        return _checked(o, TemplateAccessView)
    return obj


def structure_AccountStatusEventData(o: Any, _: Any = None) -> AccountStatusEventData:
    if o.__class__ is not dict:
        return _checked(o, AccountStatusEventData)
    try:
        v0 = o.get("accountIdentifier")
        v1 = o.get("status")
        obj = _new(AccountStatusEventData)
        obj.account_identifier = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.status = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.extra_fields = {} if _known66.issuperset(o) else {k: v for k, v in o.items() if k not in _known66}
    except Exception:
        return _checked(o, AccountStatusEventData)
    return obj


def structure_AccountStatusEvent(o: Any, _: Any = None) -> AccountStatusEvent:
    if o.__class__ is not dict:
        return _checked(o, AccountStatusEvent)
    try:
        v0 = o.get("eventId")
        v1 = o.get("revision")
        v2 = o.get("eventType")
        v3 = o.get("eventTypes")
        v4 = o.get("categories")
        v5 = o.get("category")
        v6 = o.get("eventOccurredAt")
        v7 = o.get("eventData")
        obj = _new(AccountStatusEvent)
        obj.event_id = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.revision = None if v1 is None else (v1 if v1.__class__ is int else int(v1))
        obj.event_type = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.event_types = (
            None
            if v3 is None
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v3]
                if v3.__class__ is list
                else _mismatch()
            )
        )
        obj.categories = (
            None
            if v4 is None
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v4]
                if v4.__class__ is list
                else _mismatch()
            )
        )
        obj.category = None if v5 is None else v5
        obj.event_occurred_at = (
            None if v6 is None else (_fromisoformat(v6) if v6.__class__ is str else _datetime(v6, datetime))
        )
        obj.event_data = None if v7 is None else structure_AccountStatusEventData(v7)
        obj.extra_fields = {} if _known67.issuperset(o) else {k: v for k, v in o.items() if k not in _known67}
    except Exception:
        return _checked(o, AccountStatusEvent)
    return obj


def structure_ItemAvailabilityEventData(o: Any, _: Any = None) -> ItemAvailabilityEventData:
    if o.__class__ is not dict:
        return _checked(o, ItemAvailabilityEventData)
    try:
        v0 = o.get("utid")
        v1 = o.get("status")
        obj = _new(ItemAvailabilityEventData)
        obj.utid = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.status = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.extra_fields = {} if _known68.issuperset(o) else {k: v for k, v in o.items() if k not in _known68}
    except Exception:
        return _checked(o, ItemAvailabilityEventData)
    return obj


def structure_ItemAvailabilityEvent(o: Any, _: Any = None) -> ItemAvailabilityEvent:
    if o.__class__ is not dict:
        return _checked(o, ItemAvailabilityEvent)
    try:
        v0 = o.get("eventId")
        v1 = o.get("revision")
        v2 = o.get("eventType")
        v3 = o.get("eventTypes")
        v4 = o.get("categories")
        v5 = o.get("category")
        v6 = o.get("eventOccurredAt")
        v7 = o.get("eventData")
        obj = _new(ItemAvailabilityEvent)
        obj.event_id = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.revision = None if v1 is None else (v1 if v1.__class__ is int else int(v1))
        obj.event_type = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.event_types = (
            None
            if v3 is None
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v3]
                if v3.__class__ is list
                else _mismatch()
            )
        )
        obj.categories = (
            None
            if v4 is None
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v4]
                if v4.__class__ is list
                else _mismatch()
            )
        )
        obj.category = None if v5 is None else v5
        obj.event_occurred_at = (
            None if v6 is None else (_fromisoformat(v6) if v6.__class__ is str else _datetime(v6, datetime))
        )
        obj.event_data = None if v7 is None else structure_ItemAvailabilityEventData(v7)
        obj.extra_fields = {} if _known67.issuperset(o) else {k: v for k, v in o.items() if k not in _known67}
    except Exception:
        return _checked(o, ItemAvailabilityEvent)
    return obj


def structure_LineItemDeliveryStatusEventData(o: Any, _: Any = None) -> LineItemDeliveryStatusEventData:
    if o.__class__ is not dict:
        return _checked(o, LineItemDeliveryStatusEventData)
    try:
        v0 = o.get("referenceLineItemId")
        v1 = o.get("status")
        obj = _new(LineItemDeliveryStatusEventData)
        obj.reference_line_item_id = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.status = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.extra_fields = {} if _known69.issuperset(o) else {k: v for k, v in o.items() if k not in _known69}
    except Exception:
        return _checked(o, LineItemDeliveryStatusEventData)
    return obj


def structure_LineItemDeliveryStatusEvent(o: Any, _: Any = None) -> LineItemDeliveryStatusEvent:
    if o.__class__ is not dict:
        return _checked(o, LineItemDeliveryStatusEvent)
    try:
        v0 = o.get("eventId")
        v1 = o.get("revision")
        v2 = o.get("eventType")
        v3 = o.get("eventTypes")
        v4 = o.get("categories")
        v5 = o.get("category")
        v6 = o.get("eventOccurredAt")
        v7 = o.get("eventData")
        obj = _new(LineItemDeliveryStatusEvent)
        obj.event_id = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.revision = None if v1 is None else (v1 if v1.__class__ is int else int(v1))
        obj.event_type = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.event_types = (
            None
            if v3 is None
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v3]
                if v3.__class__ is list
                else _mismatch()
            )
        )
        obj.categories = (
            None
            if v4 is None
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v4]
                if v4.__class__ is list
                else _mismatch()
            )
        )
        obj.category = None if v5 is None else v5
        obj.event_occurred_at = (
            None if v6 is None else (_fromisoformat(v6) if v6.__class__ is str else _datetime(v6, datetime))
        )
        obj.event_data = None if v7 is None else structure_LineItemDeliveryStatusEventData(v7)
        obj.extra_fields = {} if _known67.issuperset(o) else {k: v for k, v in o.items() if k not in _known67}
    except Exception:
        return _checked(o, LineItemDeliveryStatusEvent)
    return obj


def structure_RewardStatusEventData(o: Any, _: Any = None) -> RewardStatusEventData:
    if o.__class__ is not dict:
        return _checked(o, RewardStatusEventData)
    try:
        v0 = o.get("referenceLineItemId")
        v1 = o.get("externalRefID")
        v2 = o.get("action")
        v3 = o.get("reasonCode")
        v4 = o.get("reason")
        v5 = o.get("status")
        v6 = o.get("type")
        v7 = o.get("newReferenceLineItemId")
        obj = _new(RewardStatusEventData)
        obj.reference_line_item_id = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.external_ref_id = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.action = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.reason_code = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.reason = None if v4 is None else (v4 if v4.__class__ is str else str(v4))
        obj.status = None if v5 is None else (v5 if v5.__class__ is str else str(v5))
        obj.type = None if v6 is None else (v6 if v6.__class__ is str else str(v6))
        obj.new_reference_line_item_id = None if v7 is None else (v7 if v7.__class__ is str else str(v7))
        obj.extra_fields = {} if _known70.issuperset(o) else {k: v for k, v in o.items() if k not in _known70}
    except Exception:
        return _checked(o, RewardStatusEventData)
    return obj


def structure_RewardStatusEvent(o: Any, _: Any = None) -> RewardStatusEvent:
    if o.__class__ is not dict:
        return _checked(o, RewardStatusEvent)
    try:
        v0 = o.get("eventId")
        v1 = o.get("revision")
        v2 = o.get("eventType")
        v3 = o.get("eventTypes")
        v4 = o.get("categories")
        v5 = o.get("category")
        v6 = o.get("eventOccurredAt")
        v7 = o.get("eventData")
        obj = _new(RewardStatusEvent)
        obj.event_id = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.revision = None if v1 is None else (v1 if v1.__class__ is int else int(v1))
        obj.event_type = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.event_types = (
            None
            if v3 is None
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v3]
                if v3.__class__ is list
                else _mismatch()
            )
        )
        obj.categories = (
            None
            if v4 is None
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v4]
                if v4.__class__ is list
                else _mismatch()
            )
        )
        obj.category = None if v5 is None else v5
        obj.event_occurred_at = (
            None if v6 is None else (_fromisoformat(v6) if v6.__class__ is str else _datetime(v6, datetime))
        )
        obj.event_data = None if v7 is None else structure_RewardStatusEventData(v7)
        obj.extra_fields = {} if _known67.issuperset(o) else {k: v for k, v in o.items() if k not in _known67}
    except Exception:
        return _checked(o, RewardStatusEvent)
    return obj


def structure_CredentialStatusEventData(o: Any, _: Any = None) -> CredentialStatusEventData:
    if o.__class__ is not dict:
        return _checked(o, CredentialStatusEventData)
    try:
        v0 = o.get("platformName")
        v1 = o.get("credentialName")
        v2 = o.get("credentialType")
        v3 = o.get("status")
        v4 = o.get("lastUpdatedBy")
        obj = _new(CredentialStatusEventData)
        obj.platform_name = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.credential_name = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.credential_type = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.status = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.last_updated_by = None if v4 is None else (v4 if v4.__class__ is str else str(v4))
        obj.extra_fields = {} if _known71.issuperset(o) else {k: v for k, v in o.items() if k not in _known71}
    except Exception:
        return _checked(o, CredentialStatusEventData)
    return obj


def structure_CredentialStatusEvent(o: Any, _: Any = None) -> CredentialStatusEvent:
    if o.__class__ is not dict:
        return _checked(o, CredentialStatusEvent)
    try:
        v0 = o.get("eventId")
        v1 = o.get("revision")
        v2 = o.get("eventType")
        v3 = o.get("eventTypes")
        v4 = o.get("categories")
        v5 = o.get("category")
        v6 = o.get("eventOccurredAt")
        v7 = o.get("eventData")
        obj = _new(CredentialStatusEvent)
        obj.event_id = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.revision = None if v1 is None else (v1 if v1.__class__ is int else int(v1))
        obj.event_type = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.event_types = (
            None
            if v3 is None
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v3]
                if v3.__class__ is list
                else _mismatch()
            )
        )
        obj.categories = (
            None
            if v4 is None
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v4]
                if v4.__class__ is list
                else _mismatch()
            )
        )
        obj.category = None if v5 is None else v5
        obj.event_occurred_at = (
            None if v6 is None else (_fromisoformat(v6) if v6.__class__ is str else _datetime(v6, datetime))
        )
        obj.event_data = None if v7 is None else structure_CredentialStatusEventData(v7)
        obj.extra_fields = {} if _known67.issuperset(o) else {k: v for k, v in o.items() if k not in _known67}
    except Exception:
        return _checked(o, CredentialStatusEvent)
    return obj


def structure_TransactionEventData(o: Any, _: Any = None) -> TransactionEventData:
    if o.__class__ is not dict:
        return _checked(o, TransactionEventData)
    try:
        v0 = o.get("customerIdentifier")
        v1 = o.get("accountIdentifier")
        v2 = o.get("transactionType")
        v3 = o.get("transactionId")
        v4 = o.get("fundingMethod")
        v5 = o.get("fundingType")
        v6 = o.get("transferToAccountIdentifier")
        v7 = o.get("transferFromAccountIdentifier")
        v8 = o.get("invoiceNumber")
        v9 = o.get("currency")
        v10 = o.get("amount")
        v11 = o.get("note")
        obj = _new(TransactionEventData)
        obj.customer_identifier = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.account_identifier = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.transaction_type = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.transaction_id = None if v3 is None else (v3 if v3.__class__ is int else int(v3))
        obj.funding_method = None if v4 is None else (v4 if v4.__class__ is str else str(v4))
        obj.funding_type = None if v5 is None else (v5 if v5.__class__ is str else str(v5))
        obj.transfer_to_account_identifier = None if v6 is None else (v6 if v6.__class__ is str else str(v6))
        obj.transfer_from_account_identifier = (
            None if v7 is None else (v7 if v7.__class__ is str else str(v7))
        )
        obj.invoice_number = None if v8 is None else (v8 if v8.__class__ is str else str(v8))
        obj.currency = None if v9 is None else (v9 if v9.__class__ is str else str(v9))
        obj.amount = (
            None
            if v10 is None
            else ((_money_seen(v10) or _money(v10)) if v10.__class__ is float else _money(v10))
        )
        obj.note = None if v11 is None else (v11 if v11.__class__ is str else str(v11))
        obj.extra_fields = {} if _known72.issuperset(o) else {k: v for k, v in o.items() if k not in _known72}
    except Exception:
        return _checked(o, TransactionEventData)
    return obj


def structure_TransactionEvent(o: Any, _: Any = None) -> TransactionEvent:
    if o.__class__ is not dict:
        return _checked(o, TransactionEvent)
    try:
        v0 = o.get("eventId")
        v1 = o.get("revision")
        v2 = o.get("eventType")
        v3 = o.get("eventTypes")
        v4 = o.get("categories")
        v5 = o.get("category")
        v6 = o.get("eventOccurredAt")
        v7 = o.get("eventData")
        obj = _new(TransactionEvent)
        obj.event_id = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.revision = None if v1 is None else (v1 if v1.__class__ is int else int(v1))
        obj.event_type = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.event_types = (
            None
            if v3 is None
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v3]
                if v3.__class__ is list
                else _mismatch()
            )
        )
        obj.categories = (
            None
            if v4 is None
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v4]
                if v4.__class__ is list
                else _mismatch()
            )
        )
        obj.category = None if v5 is None else v5
        obj.event_occurred_at = (
            None if v6 is None else (_fromisoformat(v6) if v6.__class__ is str else _datetime(v6, datetime))
        )
        obj.event_data = None if v7 is None else structure_TransactionEventData(v7)
        obj.extra_fields = {} if _known67.issuperset(o) else {k: v for k, v in o.items() if k not in _known67}
    except Exception:
        return _checked(o, TransactionEvent)
    return obj


def structure_LowBalanceEventData(o: Any, _: Any = None) -> LowBalanceEventData:
    if o.__class__ is not dict:
        return _checked(o, LowBalanceEventData)
    try:
        v0 = o.get("accountIdentifier")
        v1 = o.get("balance")
        v2 = o.get("balanceThreshold")
        v3 = o.get("balanceAlertIdentifier")
        obj = _new(LowBalanceEventData)
        obj.account_identifier = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.balance = (
            None if v1 is None else ((_money_seen(v1) or _money(v1)) if v1.__class__ is float else _money(v1))
        )
        obj.balance_threshold = (
            None if v2 is None else ((_money_seen(v2) or _money(v2)) if v2.__class__ is float else _money(v2))
        )
        obj.balance_alert_identifier = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.extra_fields = {} if _known73.issuperset(o) else {k: v for k, v in o.items() if k not in _known73}
    except Exception:
        return _checked(o, LowBalanceEventData)
    return obj


def structure_LowBalanceEvent(o: Any, _: Any = None) -> LowBalanceEvent:
    if o.__class__ is not dict:
        return _checked(o, LowBalanceEvent)
    try:
        v0 = o.get("eventId")
        v1 = o.get("revision")
        v2 = o.get("eventType")
        v3 = o.get("eventTypes")
        v4 = o.get("categories")
        v5 = o.get("category")
        v6 = o.get("eventOccurredAt")
        v7 = o.get("eventData")
        obj = _new(LowBalanceEvent)
        obj.event_id = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.revision = None if v1 is None else (v1 if v1.__class__ is int else int(v1))
        obj.event_type = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.event_types = (
            None
            if v3 is None
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v3]
                if v3.__class__ is list
                else _mismatch()
            )
        )
        obj.categories = (
            None
            if v4 is None
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v4]
                if v4.__class__ is list
                else _mismatch()
            )
        )
        obj.category = None if v5 is None else v5
        obj.event_occurred_at = (
            None if v6 is None else (_fromisoformat(v6) if v6.__class__ is str else _datetime(v6, datetime))
        )
        obj.event_data = None if v7 is None else structure_LowBalanceEventData(v7)
        obj.extra_fields = {} if _known67.issuperset(o) else {k: v for k, v in o.items() if k not in _known67}
    except Exception:
        return _checked(o, LowBalanceEvent)
    return obj


def structure_AsyncOrderStatusEventData(o: Any, _: Any = None) -> AsyncOrderStatusEventData:
    if o.__class__ is not dict:
        return _checked(o, AsyncOrderStatusEventData)
    try:
        v0 = o.get("externalRefID")
        v1 = o.get("status")
        v2 = o.get("totalLineItems")
        v3 = o.get("failedLineItems")
        v4 = o.get("successfulLineItems")
        v5 = o.get("referenceOrderId")
        v6 = o.get("accountIdentifier")
        v7 = o.get("customerIdentifier")
        obj = _new(AsyncOrderStatusEventData)
        obj.external_ref_id = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.status = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.total_line_items = None if v2 is None else (v2 if v2.__class__ is int else int(v2))
        obj.failed_line_items = None if v3 is None else (v3 if v3.__class__ is int else int(v3))
        obj.successful_line_items = None if v4 is None else (v4 if v4.__class__ is int else int(v4))
        obj.reference_order_id = None if v5 is None else (v5 if v5.__class__ is str else str(v5))
        obj.account_identifier = None if v6 is None else (v6 if v6.__class__ is str else str(v6))
        obj.customer_identifier = None if v7 is None else (v7 if v7.__class__ is str else str(v7))
        obj.extra_fields = {} if _known74.issuperset(o) else {k: v for k, v in o.items() if k not in _known74}
    except Exception:
        return _checked(o, AsyncOrderStatusEventData)
    return obj


def structure_AsyncOrderStatusEvent(o: Any, _: Any = None) -> AsyncOrderStatusEvent:
    if o.__class__ is not dict:
        return _checked(o, AsyncOrderStatusEvent)
    try:
        v0 = o.get("eventId")
        v1 = o.get("revision")
        v2 = o.get("eventType")
        v3 = o.get("eventTypes")
        v4 = o.get("categories")
        v5 = o.get("category")
        v6 = o.get("eventOccurredAt")
        v7 = o.get("eventData")
        obj = _new(AsyncOrderStatusEvent)
        obj.event_id = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.revision = None if v1 is None else (v1 if v1.__class__ is int else int(v1))
        obj.event_type = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.event_types = (
            None
            if v3 is None
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v3]
                if v3.__class__ is list
                else _mismatch()
            )
        )
        obj.categories = (
            None
            if v4 is None
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v4]
                if v4.__class__ is list
                else _mismatch()
            )
        )
        obj.category = None if v5 is None else v5
        obj.event_occurred_at = (
            None if v6 is None else (_fromisoformat(v6) if v6.__class__ is str else _datetime(v6, datetime))
        )
        obj.event_data = None if v7 is None else structure_AsyncOrderStatusEventData(v7)
        obj.extra_fields = {} if _known67.issuperset(o) else {k: v for k, v in o.items() if k not in _known67}
    except Exception:
        return _checked(o, AsyncOrderStatusEvent)
    return obj


def structure_ExchangeRatesStatusEventData(o: Any, _: Any = None) -> ExchangeRatesStatusEventData:
    if o.__class__ is not dict:
        return _checked(o, ExchangeRatesStatusEventData)
    try:
        v0 = o.get("status")
        obj = _new(ExchangeRatesStatusEventData)
        obj.status = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.extra_fields = {} if _known56.issuperset(o) else {k: v for k, v in o.items() if k not in _known56}
    except Exception:
        return _checked(o, ExchangeRatesStatusEventData)
    return obj


def structure_ExchangeRatesStatusEvent(o: Any, _: Any = None) -> ExchangeRatesStatusEvent:
    if o.__class__ is not dict:
        return _checked(o, ExchangeRatesStatusEvent)
    try:
        v0 = o.get("eventId")
        v1 = o.get("revision")
        v2 = o.get("eventType")
        v3 = o.get("eventTypes")
        v4 = o.get("categories")
        v5 = o.get("category")
        v6 = o.get("eventOccurredAt")
        v7 = o.get("eventData")
        obj = _new(ExchangeRatesStatusEvent)
        obj.event_id = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.revision = None if v1 is None else (v1 if v1.__class__ is int else int(v1))
        obj.event_type = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.event_types = (
            None
            if v3 is None
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v3]
                if v3.__class__ is list
                else _mismatch()
            )
        )
        obj.categories = (
            None
            if v4 is None
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v4]
                if v4.__class__ is list
                else _mismatch()
            )
        )
        obj.category = None if v5 is None else v5
        obj.event_occurred_at = (
            None if v6 is None else (_fromisoformat(v6) if v6.__class__ is str else _datetime(v6, datetime))
        )
        obj.event_data = None if v7 is None else structure_ExchangeRatesStatusEventData(v7)
        obj.extra_fields = {} if _known67.issuperset(o) else {k: v for k, v in o.items() if k not in _known67}
    except Exception:
        return _checked(o, ExchangeRatesStatusEvent)
    return obj


def structure_WebhookEvent(o: Any, _: Any = None) -> WebhookEvent:
    if o.__class__ is not dict:
        return _checked(o, WebhookEvent)
    try:
        v0 = o.get("eventId")
        v1 = o.get("revision")
        v2 = o.get("eventType")
        v3 = o.get("eventTypes")
        v4 = o.get("categories")
        v5 = o.get("category")
        v6 = o.get("eventOccurredAt")
        v7 = o.get("eventData")
        obj = _new(WebhookEvent)
        obj.event_id = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.revision = None if v1 is None else (v1 if v1.__class__ is int else int(v1))
        obj.event_type = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.event_types = (
            None
            if v3 is None
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v3]
                if v3.__class__ is list
                else _mismatch()
            )
        )
        obj.categories = (
            None
            if v4 is None
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v4]
                if v4.__class__ is list
                else _mismatch()
            )
        )
        obj.category = None if v5 is None else v5
        obj.event_occurred_at = (
            None if v6 is None else (_fromisoformat(v6) if v6.__class__ is str else _datetime(v6, datetime))
        )
        obj.event_data = (
            None
            if v7 is None
            else (
                {(k0 if k0.__class__ is str else str(k0)): e0 for k0, e0 in v7.items()}
                if v7.__class__ is dict
                else _mismatch()
            )
        )
        obj.extra_fields = {} if _known67.issuperset(o) else {k: v for k, v in o.items() if k not in _known67}
    except Exception:
        return _checked(o, WebhookEvent)
    return obj


def unstructure_WebhookHeader(instance: WebhookHeader) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.name
    res["name"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.value
    res["value"] = v1 if v1.__class__ is str else _unstructure(v1)
    return res


def structure_WebhookHeaderView(o: Any, _: Any = None) -> WebhookHeaderView:
    if o.__class__ is not dict:
        return _checked(o, WebhookHeaderView)
    try:
        v0 = o.get("name")
        v1 = o.get("value")
        obj = _new(WebhookHeaderView)
        obj.name = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.value = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.extra_fields = {} if _known75.issuperset(o) else {k: v for k, v in o.items() if k not in _known75}
    except Exception:
        return _checked(o, WebhookHeaderView)
    return obj


def unstructure_WebhookCreate(instance: WebhookCreate) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.url
    res["url"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.headers
    if v1 is not _UNSET:
        res["headers"] = [unstructure_WebhookHeader(e0) for e0 in v1]
    v2 = instance.categories
    if v2 is not _UNSET:
        res["categories"] = [(e0 if e0.__class__ is str else _unstructure(e0)) for e0 in v2]
    v3 = instance.event_types
    if v3 is not _UNSET:
        res["eventTypes"] = [(e0 if e0.__class__ is str else _unstructure(e0)) for e0 in v3]
    v4 = instance.signing_certificate
    if v4 is not _UNSET:
        res["signingCertificate"] = v4 if v4.__class__ is str else _unstructure(v4)
    v5 = instance.hmac_shared_secret_key
    if v5 is not _UNSET:
        res["hmacSharedSecretKey"] = v5 if v5.__class__ is str else _unstructure(v5)
    v6 = instance.payload_verification_method
    if v6 is not _UNSET:
        res["payloadVerificationMethod"] = (
            v6.value
            if v6.__class__ is PayloadVerificationMethod
            else v6
            if v6.__class__ is str
            else _unstructure(v6)
        )
    return res


def unstructure_WebhookUpdate(instance: WebhookUpdate) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.url
    if v0 is not _UNSET:
        res["url"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.headers
    if v1 is not _UNSET:
        res["headers"] = [unstructure_WebhookHeader(e0) for e0 in v1]
    v2 = instance.categories
    if v2 is not _UNSET:
        res["categories"] = [(e0 if e0.__class__ is str else _unstructure(e0)) for e0 in v2]
    v3 = instance.event_types
    if v3 is not _UNSET:
        res["eventTypes"] = [(e0 if e0.__class__ is str else _unstructure(e0)) for e0 in v3]
    v4 = instance.signing_certificate
    if v4 is not _UNSET:
        res["signingCertificate"] = v4 if v4.__class__ is str else _unstructure(v4)
    v5 = instance.hmac_shared_secret_key
    if v5 is not _UNSET:
        res["hmacSharedSecretKey"] = v5 if v5.__class__ is str else _unstructure(v5)
    v6 = instance.payload_verification_method
    if v6 is not _UNSET:
        res["payloadVerificationMethod"] = (
            v6.value
            if v6.__class__ is PayloadVerificationMethod
            else v6
            if v6.__class__ is str
            else _unstructure(v6)
        )
    return res


def structure_Webhook(o: Any, _: Any = None) -> Webhook:
    if o.__class__ is not dict:
        return _checked(o, Webhook)
    try:
        v0 = o.get("webhookId")
        v1 = o.get("url")
        v2 = o.get("headers")
        v3 = o.get("categories")
        v4 = o.get("eventTypes")
        v5 = o.get("signingCertificate")
        v6 = o.get("hmacSharedSecretKey")
        v7 = o.get("payloadVerificationMethod", _MISSING)
        v8 = o.get("createdAt")
        v9 = o.get("updatedAt")
        v10 = o.get("expiresAt")
        obj = _new(Webhook)
        obj.webhook_id = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.url = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.headers = (
            None
            if v2 is None
            else ([structure_WebhookHeaderView(e0) for e0 in v2] if v2.__class__ is list else _mismatch())
        )
        obj.categories = (
            None
            if v3 is None
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v3]
                if v3.__class__ is list
                else _mismatch()
            )
        )
        obj.event_types = (
            None
            if v4 is None
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v4]
                if v4.__class__ is list
                else _mismatch()
            )
        )
        obj.signing_certificate = None if v5 is None else (v5 if v5.__class__ is str else str(v5))
        obj.hmac_shared_secret_key = None if v6 is None else (v6 if v6.__class__ is str else str(v6))
        obj.payload_verification_method = (
            None
            if v7 is _MISSING
            else (_members77[v7] if v7 in _members77 else None if v7 is None else str(v7))
        )
        obj.created_at = (
            None if v8 is None else (_fromisoformat(v8) if v8.__class__ is str else _datetime(v8, datetime))
        )
        obj.updated_at = (
            None if v9 is None else (_fromisoformat(v9) if v9.__class__ is str else _datetime(v9, datetime))
        )
        obj.expires_at = (
            None
            if v10 is None
            else (_fromisoformat(v10) if v10.__class__ is str else _datetime(v10, datetime))
        )
        obj.extra_fields = {} if _known76.issuperset(o) else {k: v for k, v in o.items() if k not in _known76}
    except Exception:
        return _checked(o, Webhook)
    return obj


def structure_WebhookPage(o: Any, _: Any = None) -> WebhookPage:
    if o.__class__ is not dict:
        return _checked(o, WebhookPage)
    try:
        v0 = o.get("numberOfElements")
        v1 = o.get("maxResults")
        v2 = o.get("prevCursor")
        v3 = o.get("nextCursor")
        v4 = o.get("items")
        v5 = o.get("prevPageAvailable")
        v6 = o.get("nextPageAvailable")
        obj = _new(WebhookPage)
        obj.number_of_elements = None if v0 is None else (v0 if v0.__class__ is int else int(v0))
        obj.max_results = None if v1 is None else (v1 if v1.__class__ is int else int(v1))
        obj.prev_cursor = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.next_cursor = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.items = (
            None
            if v4 is None
            else ([structure_Webhook(e0) for e0 in v4] if v4.__class__ is list else _mismatch())
        )
        obj.prev_page_available = None if v5 is None else (v5 if v5.__class__ is bool else _bool(v5, bool))
        obj.next_page_available = None if v6 is None else (v6 if v6.__class__ is bool else _bool(v6, bool))
        obj.extra_fields = {} if _known32.issuperset(o) else {k: v for k, v in o.items() if k not in _known32}
    except Exception:
        return _checked(o, WebhookPage)
    return obj


def structure_WebhookRenewal(o: Any, _: Any = None) -> WebhookRenewal:
    if o.__class__ is not dict:
        return _checked(o, WebhookRenewal)
    try:
        v0 = o.get("webhookId")
        v1 = o.get("expiresAt")
        obj = _new(WebhookRenewal)
        obj.webhook_id = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.expires_at = (
            None if v1 is None else (_fromisoformat(v1) if v1.__class__ is str else _datetime(v1, datetime))
        )
        obj.extra_fields = {} if _known78.issuperset(o) else {k: v for k, v in o.items() if k not in _known78}
    except Exception:
        return _checked(o, WebhookRenewal)
    return obj


def structure_WebhookEventType(o: Any, _: Any = None) -> WebhookEventType:
    if o.__class__ is not dict:
        return _checked(o, WebhookEventType)
    try:
        v0 = o.get("category")
        v1 = o.get("eventTypes")
        obj = _new(WebhookEventType)
        obj.category = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.event_types = (
            None
            if v1 is None
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v1]
                if v1.__class__ is list
                else _mismatch()
            )
        )
        obj.extra_fields = {} if _known79.issuperset(o) else {k: v for k, v in o.items() if k not in _known79}
    except Exception:
        return _checked(o, WebhookEventType)
    return obj


def structure_WebhookEventTypePage(o: Any, _: Any = None) -> WebhookEventTypePage:
    if o.__class__ is not dict:
        return _checked(o, WebhookEventTypePage)
    try:
        v0 = o.get("numberOfElements")
        v1 = o.get("maxResults")
        v2 = o.get("prevCursor")
        v3 = o.get("nextCursor")
        v4 = o.get("items")
        v5 = o.get("prevPageAvailable")
        v6 = o.get("nextPageAvailable")
        obj = _new(WebhookEventTypePage)
        obj.number_of_elements = None if v0 is None else (v0 if v0.__class__ is int else int(v0))
        obj.max_results = None if v1 is None else (v1 if v1.__class__ is int else int(v1))
        obj.prev_cursor = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.next_cursor = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.items = (
            None
            if v4 is None
            else ([structure_WebhookEventType(e0) for e0 in v4] if v4.__class__ is list else _mismatch())
        )
        obj.prev_page_available = None if v5 is None else (v5 if v5.__class__ is bool else _bool(v5, bool))
        obj.next_page_available = None if v6 is None else (v6 if v6.__class__ is bool else _bool(v6, bool))
        obj.extra_fields = {} if _known32.issuperset(o) else {k: v for k, v in o.items() if k not in _known32}
    except Exception:
        return _checked(o, WebhookEventTypePage)
    return obj


def structure_WebhookEventPage(o: Any, _: Any = None) -> WebhookEventPage:
    if o.__class__ is not dict:
        return _checked(o, WebhookEventPage)
    try:
        v0 = o.get("numberOfElements")
        v1 = o.get("maxResults")
        v2 = o.get("prevCursor")
        v3 = o.get("nextCursor")
        v4 = o.get("items")
        v5 = o.get("prevPageAvailable")
        v6 = o.get("nextPageAvailable")
        obj = _new(WebhookEventPage)
        obj.number_of_elements = None if v0 is None else (v0 if v0.__class__ is int else int(v0))
        obj.max_results = None if v1 is None else (v1 if v1.__class__ is int else int(v1))
        obj.prev_cursor = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.next_cursor = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.items = (
            None
            if v4 is None
            else ([structure_WebhookEvent(e0) for e0 in v4] if v4.__class__ is list else _mismatch())
        )
        obj.prev_page_available = None if v5 is None else (v5 if v5.__class__ is bool else _bool(v5, bool))
        obj.next_page_available = None if v6 is None else (v6 if v6.__class__ is bool else _bool(v6, bool))
        obj.extra_fields = {} if _known32.issuperset(o) else {k: v for k, v in o.items() if k not in _known32}
    except Exception:
        return _checked(o, WebhookEventPage)
    return obj


def unstructure_AccountCreate(instance: AccountCreate) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.account_identifier
    res["accountIdentifier"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.display_name
    res["displayName"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.contact_email
    res["contactEmail"] = v2 if v2.__class__ is str else _unstructure(v2)
    v3 = instance.currency_code
    if v3 is not _UNSET:
        res["currencyCode"] = (
            v3.value if v3.__class__ is CurrencyCode else v3 if v3.__class__ is str else _unstructure(v3)
        )
    v4 = instance.funding_notification
    if v4 is not _UNSET:
        res["fundingNotification"] = [unstructure_FundingNotification(e0) for e0 in v4]
    return res


def structure_Account(o: Any, _: Any = None) -> Account:
    if o.__class__ is not dict:
        return _checked(o, Account)
    try:
        v0 = o["accountIdentifier"]
        v1 = o.get("accountNumber")
        v2 = o.get("displayName")
        v3 = o.get("currencyCode")
        v4 = o.get("currentBalance")
        v5 = o.get("createdAt")
        v6 = o.get("status", _MISSING)
        v7 = o.get("contactEmail")
        v8 = o.get("fundingNotification")
        obj = _new(Account)
        obj.account_identifier = v0 if v0.__class__ is str else str(v0)
        obj.account_number = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.display_name = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.currency_code = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.current_balance = (
            None if v4 is None else ((_money_seen(v4) or _money(v4)) if v4.__class__ is float else _money(v4))
        )
        obj.created_at = (
            None if v5 is None else (_fromisoformat(v5) if v5.__class__ is str else _datetime(v5, datetime))
        )
        obj.status = (
            None
            if v6 is _MISSING
            else (_members81[v6] if v6 in _members81 else None if v6 is None else str(v6))
        )
        obj.contact_email = None if v7 is None else (v7 if v7.__class__ is str else str(v7))
        obj.funding_notification = (
            None
            if v8 is None
            else (
                [structure_FundingNotificationView(e0) for e0 in v8] if v8.__class__ is list else _mismatch()
            )
        )
        obj.extra_fields = {} if _known80.issuperset(o) else {k: v for k, v in o.items() if k not in _known80}
    except Exception:
        return _checked(o, Account)
    return obj


def structure_AccountPage(o: Any, _: Any = None) -> AccountPage:
    if o.__class__ is not dict:
        return _checked(o, AccountPage)
    try:
        v0 = o.get("numberOfElements")
        v1 = o.get("maxResults")
        v2 = o.get("prevCursor")
        v3 = o.get("nextCursor")
        v4 = o.get("prevPageAvailable")
        v5 = o.get("nextPageAvailable")
        v6 = o.get("items", _MISSING)
        obj = _new(AccountPage)
        obj.number_of_elements = None if v0 is None else (v0 if v0.__class__ is int else int(v0))
        obj.max_results = None if v1 is None else (v1 if v1.__class__ is int else int(v1))
        obj.prev_cursor = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.next_cursor = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.prev_page_available = None if v4 is None else (v4 if v4.__class__ is bool else _bool(v4, bool))
        obj.next_page_available = None if v5 is None else (v5 if v5.__class__ is bool else _bool(v5, bool))
        obj.items = (
            []
            if v6 is _MISSING
            else ([structure_Account(e0) for e0 in v6] if v6.__class__ is list else _mismatch())
        )
        obj.extra_fields = {} if _known32.issuperset(o) else {k: v for k, v in o.items() if k not in _known32}
    except Exception:
        return _checked(o, AccountPage)
    return obj


def unstructure_BulkShipping(instance: BulkShipping) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.contact_first_name
    res["contactFirstName"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.contact_last_name
    res["contactLastName"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.address
    res["address"] = unstructure_Address(v2)
    v3 = instance.company_name
    if v3 is not _UNSET:
        res["companyName"] = v3 if v3.__class__ is str else _unstructure(v3)
    v4 = instance.contact_email
    if v4 is not _UNSET:
        res["contactEmail"] = v4 if v4.__class__ is str else _unstructure(v4)
    v5 = instance.contact_mobile_number
    if v5 is not _UNSET:
        res["contactMobileNumber"] = v5 if v5.__class__ is str else _unstructure(v5)
    return res


def unstructure_AsyncLineItemCreate(instance: AsyncLineItemCreate) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.utid
    res["utid"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.amount
    res["amount"] = _decimal_out(v1)
    v2 = instance.delivery_method
    res["deliveryMethod"] = (
        v2.value if v2.__class__ is DeliveryMethod else v2 if v2.__class__ is str else _unstructure(v2)
    )
    v3 = instance.recipient
    res["recipient"] = unstructure_Recipient(v3)
    v4 = instance.external_ref_line_item_id
    if v4 is not _UNSET:
        res["externalRefLineItemID"] = v4 if v4.__class__ is str else _unstructure(v4)
    v5 = instance.quantity
    if v5 is not _UNSET:
        res["quantity"] = v5 if v5.__class__ is int else _unstructure(v5)
    v6 = instance.bulk_shipping
    if v6 is not _UNSET:
        res["bulkShipping"] = unstructure_BulkShipping(v6)
    v7 = instance.shipping_method
    if v7 is not _UNSET:
        res["shippingMethod"] = (
            v7.value if v7.__class__ is ShippingMethod else v7 if v7.__class__ is str else _unstructure(v7)
        )
    v8 = instance.delivery_date
    if v8 is not _UNSET:
        res["deliveryDate"] = v8 if v8.__class__ is str else _unstructure(v8)
    v9 = instance.etid
    if v9 is not _UNSET:
        res["etid"] = v9 if v9.__class__ is str else _unstructure(v9)
    v10 = instance.ptid
    if v10 is not _UNSET:
        res["ptid"] = v10 if v10.__class__ is str else _unstructure(v10)
    v11 = instance.expiration_date
    if v11 is not _UNSET:
        res["expirationDate"] = v11 if v11.__class__ is str else _unstructure(v11)
    v12 = instance.email_subject
    if v12 is not _UNSET:
        res["emailSubject"] = v12 if v12.__class__ is str else _unstructure(v12)
    v13 = instance.message
    if v13 is not _UNSET:
        res["message"] = v13 if v13.__class__ is str else _unstructure(v13)
    v14 = instance.line_item_note
    if v14 is not _UNSET:
        res["lineItemNote"] = v14 if v14.__class__ is str else _unstructure(v14)
    return res


def unstructure_AsyncOrderCreate(instance: AsyncOrderCreate) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.customer_identifier
    res["customerIdentifier"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.account_identifier
    res["accountIdentifier"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.line_items
    res["lineItems"] = [unstructure_AsyncLineItemCreate(e0) for e0 in v2]
    v3 = instance.external_ref_id
    if v3 is not _UNSET:
        res["externalRefID"] = v3 if v3.__class__ is str else _unstructure(v3)
    v4 = instance.sender
    if v4 is not _UNSET:
        res["sender"] = unstructure_Sender(v4)
    v5 = instance.campaign
    if v5 is not _UNSET:
        res["campaign"] = v5 if v5.__class__ is str else _unstructure(v5)
    v6 = instance.purchase_order_number
    if v6 is not _UNSET:
        res["purchaseOrderNumber"] = v6 if v6.__class__ is str else _unstructure(v6)
    v7 = instance.notes
    if v7 is not _UNSET:
        res["notes"] = v7 if v7.__class__ is str else _unstructure(v7)
    return res


def unstructure_AsyncLineItemUpdate(instance: AsyncLineItemUpdate) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.line_item_note
    if v0 is not _UNSET:
        res["lineItemNote"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.delivery_date
    if v1 is not _UNSET:
        res["deliveryDate"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.sender_info
    if v2 is not _UNSET:
        res["senderInfo"] = unstructure_Sender(v2)
    return res


def structure_AsyncUserInfo(o: Any, _: Any = None) -> AsyncUserInfo:
    if o.__class__ is not dict:
        return _checked(o, AsyncUserInfo)
    try:
        v0 = o.get("firstName")
        v1 = o.get("lastName")
        v2 = o.get("email")
        v3 = o.get("address")
        v4 = o.get("mobileNumber")
        obj = _new(AsyncUserInfo)
        obj.first_name = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.last_name = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.email = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.address = None if v3 is None else structure_AddressView(v3)
        obj.mobile_number = None if v4 is None else (v4 if v4.__class__ is str else str(v4))
        obj.extra_fields = {} if _known47.issuperset(o) else {k: v for k, v in o.items() if k not in _known47}
    except Exception:
        return _checked(o, AsyncUserInfo)
    return obj


def structure_BulkShippingView(o: Any, _: Any = None) -> BulkShippingView:
    if o.__class__ is not dict:
        return _checked(o, BulkShippingView)
    try:
        v0 = o.get("address")
        v1 = o.get("companyName")
        v2 = o.get("contactFirstName")
        v3 = o.get("contactLastName")
        v4 = o.get("contactEmail")
        v5 = o.get("contactMobileNumber")
        obj = _new(BulkShippingView)
        obj.address = None if v0 is None else structure_AddressView(v0)
        obj.company_name = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.contact_first_name = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.contact_last_name = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.contact_email = None if v4 is None else (v4 if v4.__class__ is str else str(v4))
        obj.contact_mobile_number = None if v5 is None else (v5 if v5.__class__ is str else str(v5))
        obj.extra_fields = {} if _known82.issuperset(o) else {k: v for k, v in o.items() if k not in _known82}
    except Exception:
        return _checked(o, BulkShippingView)
    return obj


def structure_AsyncOrderDetailLineItem(o: Any, _: Any = None) -> AsyncOrderDetailLineItem:
    if o.__class__ is not dict:
        return _checked(o, AsyncOrderDetailLineItem)
    try:
        v0 = o.get("referenceLineItemId")
        v1 = o.get("externalRefLineItemID")
        v2 = o.get("lineItemStatus")
        v3 = o.get("deliveryStatus")
        v4 = o.get("recipient")
        v5 = o.get("bulkShipping")
        v6 = o.get("deliveryMethod")
        v7 = o.get("rewardName")
        v8 = o.get("quantity")
        v9 = o.get("amount")
        v10 = o.get("amountCharged")
        v11 = o.get("scheduledDeliveryDate")
        v12 = o.get("lineItemErrors")
        obj = _new(AsyncOrderDetailLineItem)
        obj.reference_line_item_id = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.external_ref_line_item_id = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.line_item_status = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.delivery_status = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.recipient = None if v4 is None else structure_AsyncUserInfo(v4)
        obj.bulk_shipping = None if v5 is None else structure_BulkShippingView(v5)
        obj.delivery_method = None if v6 is None else (v6 if v6.__class__ is str else str(v6))
        obj.reward_name = None if v7 is None else (v7 if v7.__class__ is str else str(v7))
        obj.quantity = None if v8 is None else (v8 if v8.__class__ is int else int(v8))
        obj.amount = (
            None if v9 is None else ((_money_seen(v9) or _money(v9)) if v9.__class__ is float else _money(v9))
        )
        obj.amount_charged = None if v10 is None else structure_Money(v10)
        obj.scheduled_delivery_date = (
            None
            if v11 is None
            else (_fromisoformat(v11) if v11.__class__ is str else _datetime(v11, datetime))
        )
        obj.line_item_errors = (
            None
            if v12 is None
            else ([structure_AsyncItemError(e0) for e0 in v12] if v12.__class__ is list else _mismatch())
        )
        obj.extra_fields = {} if _known83.issuperset(o) else {k: v for k, v in o.items() if k not in _known83}
    except Exception:
        return _checked(o, AsyncOrderDetailLineItem)
    return obj


def structure_AsyncOrderLineItem(o: Any, _: Any = None) -> AsyncOrderLineItem:
    if o.__class__ is not dict:
        return _checked(o, AsyncOrderLineItem)
    try:
        v0 = o.get("referenceLineItemID")
        v1 = o.get("externalRefLineItemID")
        v2 = o.get("lineItemStatus")
        v3 = o.get("lineItemErrors")
        v4 = o.get("deliveryStatus")
        v5 = o.get("deliveryMethod")
        v6 = o.get("scheduledDeliveryDate")
        v7 = o.get("deliveryDate")
        v8 = o.get("etid")
        v9 = o.get("ptid")
        v10 = o.get("utid")
        v11 = o.get("canCancel")
        v12 = o.get("canFreeze")
        v13 = o.get("rewardName")
        v14 = o.get("quantity")
        v15 = o.get("bulkShipping")
        v16 = o.get("shippingMethod")
        v17 = o.get("physicalMethod")
        v18 = o.get("amountIssued")
        v19 = o.get("amountCharged")
        v20 = o.get("dateIssued")
        v21 = o.get("expirationDate")
        v22 = o.get("recipient")
        v23 = o.get("lineItemActionReason")
        v24 = o.get("reissuedFromReferenceLineItemId")
        v25 = o.get("reissuedToReferenceLineItemId")
        v26 = o.get("emailSubject")
        v27 = o.get("message")
        v28 = o.get("lineItemNotes")
        v29 = o.get("rewards")
        obj = _new(AsyncOrderLineItem)
        obj.reference_line_item_id = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.external_ref_line_item_id = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.line_item_status = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.line_item_errors = (
            None
            if v3 is None
            else ([structure_AsyncItemError(e0) for e0 in v3] if v3.__class__ is list else _mismatch())
        )
        obj.delivery_status = None if v4 is None else (v4 if v4.__class__ is str else str(v4))
        obj.delivery_method = None if v5 is None else (v5 if v5.__class__ is str else str(v5))
        obj.scheduled_delivery_date = (
            None if v6 is None else (_fromisoformat(v6) if v6.__class__ is str else _datetime(v6, datetime))
        )
        obj.delivery_date = (
            None if v7 is None else (_fromisoformat(v7) if v7.__class__ is str else _datetime(v7, datetime))
        )
        obj.etid = None if v8 is None else (v8 if v8.__class__ is str else str(v8))
        obj.ptid = None if v9 is None else (v9 if v9.__class__ is str else str(v9))
        obj.utid = None if v10 is None else (v10 if v10.__class__ is str else str(v10))
        obj.can_cancel = None if v11 is None else (v11 if v11.__class__ is bool else _bool(v11, bool))
        obj.can_freeze = None if v12 is None else (v12 if v12.__class__ is bool else _bool(v12, bool))
        obj.reward_name = None if v13 is None else (v13 if v13.__class__ is str else str(v13))
        obj.quantity = None if v14 is None else (v14 if v14.__class__ is int else int(v14))
        obj.bulk_shipping = None if v15 is None else structure_BulkShippingView(v15)
        obj.shipping_method = None if v16 is None else (v16 if v16.__class__ is str else str(v16))
        obj.physical_method = None if v17 is None else (v17 if v17.__class__ is str else str(v17))
        obj.amount_issued = None if v18 is None else structure_Money(v18)
        obj.amount_charged = None if v19 is None else structure_Money(v19)
        obj.date_issued = (
            None
            if v20 is None
            else (_fromisoformat(v20) if v20.__class__ is str else _datetime(v20, datetime))
        )
        obj.expiration_date = (
            None
            if v21 is None
            else (_fromisoformat(v21) if v21.__class__ is str else _datetime(v21, datetime))
        )
        obj.recipient = None if v22 is None else structure_RecipientView(v22)
        obj.line_item_action_reason = None if v23 is None else (v23 if v23.__class__ is str else str(v23))
        obj.reissued_from_reference_line_item_id = (
            None if v24 is None else (v24 if v24.__class__ is str else str(v24))
        )
        obj.reissued_to_reference_line_item_id = (
            None if v25 is None else (v25 if v25.__class__ is str else str(v25))
        )
        obj.email_subject = None if v26 is None else (v26 if v26.__class__ is str else str(v26))
        obj.message = None if v27 is None else (v27 if v27.__class__ is str else str(v27))
        obj.line_item_notes = None if v28 is None else (v28 if v28.__class__ is str else str(v28))
        obj.rewards = (
            None
            if v29 is None
            else (
                [
                    (
                        {(k1 if k1.__class__ is str else str(k1)): e1 for k1, e1 in e0.items()}
                        if e0.__class__ is dict
                        else _mismatch()
                    )
                    for e0 in v29
                ]
                if v29.__class__ is list
                else _mismatch()
            )
        )
        obj.extra_fields = {} if _known84.issuperset(o) else {k: v for k, v in o.items() if k not in _known84}
    except Exception:
        return _checked(o, AsyncOrderLineItem)
    return obj


def structure_AsyncOrderSummary(o: Any, _: Any = None) -> AsyncOrderSummary:
    if o.__class__ is not dict:
        return _checked(o, AsyncOrderSummary)
    try:
        v0 = o.get("createdAt")
        v1 = o.get("referenceOrderID")
        v2 = o.get("externalRefID")
        v3 = o.get("customerIdentifier")
        v4 = o.get("accountIdentifier")
        v5 = o.get("accountNumber")
        v6 = o.get("sender")
        v7 = o.get("campaign")
        v8 = o.get("purchaseOrderNumber")
        v9 = o.get("notes")
        v10 = o.get("fulfillBy")
        v11 = o.get("orderStatus")
        v12 = o.get("totalLineItemsRows")
        v13 = o.get("amountCharged")
        obj = _new(AsyncOrderSummary)
        obj.created_at = (
            None if v0 is None else (_fromisoformat(v0) if v0.__class__ is str else _datetime(v0, datetime))
        )
        obj.reference_order_id = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.external_ref_id = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.customer_identifier = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.account_identifier = None if v4 is None else (v4 if v4.__class__ is str else str(v4))
        obj.account_number = None if v5 is None else (v5 if v5.__class__ is str else str(v5))
        obj.sender = None if v6 is None else structure_AsyncUserInfo(v6)
        obj.campaign = None if v7 is None else (v7 if v7.__class__ is str else str(v7))
        obj.purchase_order_number = None if v8 is None else (v8 if v8.__class__ is str else str(v8))
        obj.notes = None if v9 is None else (v9 if v9.__class__ is str else str(v9))
        obj.fulfill_by = None if v10 is None else (v10 if v10.__class__ is str else str(v10))
        obj.order_status = None if v11 is None else (v11 if v11.__class__ is str else str(v11))
        obj.total_line_items_rows = None if v12 is None else (v12 if v12.__class__ is int else int(v12))
        obj.amount_charged = None if v13 is None else structure_AsyncCharge(v13)
        obj.extra_fields = {} if _known85.issuperset(o) else {k: v for k, v in o.items() if k not in _known85}
    except Exception:
        return _checked(o, AsyncOrderSummary)
    return obj


def structure_AsyncOrderDetail(o: Any, _: Any = None) -> AsyncOrderDetail:
    if o.__class__ is not dict:
        return _checked(o, AsyncOrderDetail)
    try:
        v0 = o.get("referenceOrderID")
        v1 = o.get("externalRefID")
        v2 = o.get("orderStatus")
        v3 = o.get("createdAt")
        v4 = o.get("completedAt")
        v5 = o.get("customerIdentifier")
        v6 = o.get("accountIdentifier")
        v7 = o.get("sender")
        v8 = o.get("amountCharged")
        v9 = o.get("campaign")
        v10 = o.get("purchaseOrderNumber")
        v11 = o.get("notes")
        v12 = o.get("totalLineItems")
        v13 = o.get("pagination")
        v14 = o.get("orderErrors")
        v15 = o.get("lineItems")
        obj = _new(AsyncOrderDetail)
        obj.reference_order_id = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.external_ref_id = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.order_status = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.created_at = (
            None if v3 is None else (_fromisoformat(v3) if v3.__class__ is str else _datetime(v3, datetime))
        )
        obj.completed_at = (
            None if v4 is None else (_fromisoformat(v4) if v4.__class__ is str else _datetime(v4, datetime))
        )
        obj.customer_identifier = None if v5 is None else (v5 if v5.__class__ is str else str(v5))
        obj.account_identifier = None if v6 is None else (v6 if v6.__class__ is str else str(v6))
        obj.sender = None if v7 is None else structure_SenderView(v7)
        obj.amount_charged = None if v8 is None else structure_AsyncCharge(v8)
        obj.campaign = None if v9 is None else (v9 if v9.__class__ is str else str(v9))
        obj.purchase_order_number = None if v10 is None else (v10 if v10.__class__ is str else str(v10))
        obj.notes = None if v11 is None else (v11 if v11.__class__ is str else str(v11))
        obj.total_line_items = None if v12 is None else (v12 if v12.__class__ is int else int(v12))
        obj.pagination = None if v13 is None else structure_AsyncPagination(v13)
        obj.order_errors = (
            None
            if v14 is None
            else ([structure_AsyncItemError(e0) for e0 in v14] if v14.__class__ is list else _mismatch())
        )
        obj.line_items = (
            None
            if v15 is None
            else (
                [structure_AsyncOrderDetailLineItem(e0) for e0 in v15]
                if v15.__class__ is list
                else _mismatch()
            )
        )
        obj.extra_fields = {} if _known86.issuperset(o) else {k: v for k, v in o.items() if k not in _known86}
    except Exception:
        return _checked(o, AsyncOrderDetail)
    return obj


def structure_AsyncOrderLineItemPage(o: Any, _: Any = None) -> AsyncOrderLineItemPage:
    if o.__class__ is not dict:
        return _checked(o, AsyncOrderLineItemPage)
    try:
        v0 = o.get("referenceOrderID")
        v1 = o.get("externalRefID")
        v2 = o.get("accountIdentifier")
        v3 = o.get("customerIdentifier")
        v4 = o.get("sender")
        v5 = o.get("amountCharged")
        v6 = o.get("purchaseOrderNumber")
        v7 = o.get("campaign")
        v8 = o.get("orderNotes")
        v9 = o.get("orderStatus")
        v10 = o.get("orderErrors")
        v11 = o.get("pagination")
        v12 = o.get("lineItems")
        obj = _new(AsyncOrderLineItemPage)
        obj.reference_order_id = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.external_ref_id = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.account_identifier = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.customer_identifier = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.sender = None if v4 is None else structure_SenderView(v4)
        obj.amount_charged = None if v5 is None else structure_AsyncCharge(v5)
        obj.purchase_order_number = None if v6 is None else (v6 if v6.__class__ is str else str(v6))
        obj.campaign = None if v7 is None else (v7 if v7.__class__ is str else str(v7))
        obj.order_notes = None if v8 is None else (v8 if v8.__class__ is str else str(v8))
        obj.order_status = None if v9 is None else (v9 if v9.__class__ is str else str(v9))
        obj.order_errors = (
            None
            if v10 is None
            else ([structure_AsyncItemError(e0) for e0 in v10] if v10.__class__ is list else _mismatch())
        )
        obj.pagination = None if v11 is None else structure_AsyncPagination(v11)
        obj.line_items = (
            None
            if v12 is None
            else ([structure_AsyncOrderLineItem(e0) for e0 in v12] if v12.__class__ is list else _mismatch())
        )
        obj.extra_fields = {} if _known87.issuperset(o) else {k: v for k, v in o.items() if k not in _known87}
    except Exception:
        return _checked(o, AsyncOrderLineItemPage)
    return obj


def structure_AsyncOrderPage(o: Any, _: Any = None) -> AsyncOrderPage:
    if o.__class__ is not dict:
        return _checked(o, AsyncOrderPage)
    try:
        v0 = o.get("prevCursor")
        v1 = o.get("nextCursor")
        v2 = o.get("prevPageAvailable")
        v3 = o.get("nextPageAvailable")
        v4 = o.get("maxResults")
        v5 = o.get("orders")
        obj = _new(AsyncOrderPage)
        obj.prev_cursor = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.next_cursor = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.prev_page_available = None if v2 is None else (v2 if v2.__class__ is bool else _bool(v2, bool))
        obj.next_page_available = None if v3 is None else (v3 if v3.__class__ is bool else _bool(v3, bool))
        obj.max_results = None if v4 is None else (v4 if v4.__class__ is int else int(v4))
        obj.orders = (
            None
            if v5 is None
            else ([structure_AsyncOrderSummary(e0) for e0 in v5] if v5.__class__ is list else _mismatch())
        )
        obj.extra_fields = {} if _known88.issuperset(o) else {k: v for k, v in o.items() if k not in _known88}
    except Exception:
        return _checked(o, AsyncOrderPage)
    return obj


def structure_AsyncLineItemUpdated(o: Any, _: Any = None) -> AsyncLineItemUpdated:
    if o.__class__ is not dict:
        return _checked(o, AsyncLineItemUpdated)
    try:
        v0 = o.get("deliveryDate")
        v1 = o.get("note")
        v2 = o.get("senderInfo")
        obj = _new(AsyncLineItemUpdated)
        obj.delivery_date = (
            None if v0 is None else (_fromisoformat(v0) if v0.__class__ is str else _datetime(v0, datetime))
        )
        obj.note = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.sender_info = None if v2 is None else structure_SenderView(v2)
        obj.extra_fields = {} if _known89.issuperset(o) else {k: v for k, v in o.items() if k not in _known89}
    except Exception:
        return _checked(o, AsyncLineItemUpdated)
    return obj


def structure_Customer(o: Any, _: Any = None) -> Customer:
    if o.__class__ is not dict:
        return _checked(o, Customer)
    try:
        v0 = o["customerIdentifier"]
        v1 = o.get("displayName")
        v2 = o.get("status")
        v3 = o.get("createdAt")
        v4 = o.get("accounts", _MISSING)
        obj = _new(Customer)
        obj.customer_identifier = v0 if v0.__class__ is str else str(v0)
        obj.display_name = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.status = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.created_at = (
            None if v3 is None else (_fromisoformat(v3) if v3.__class__ is str else _datetime(v3, datetime))
        )
        obj.accounts = (
            []
            if v4 is _MISSING
            else ([structure_Account(e0) for e0 in v4] if v4.__class__ is list else _mismatch())
        )
        obj.extra_fields = {} if _known90.issuperset(o) else {k: v for k, v in o.items() if k not in _known90}
    except Exception:
        return _checked(o, Customer)
    return obj


def structure_CustomerPage(o: Any, _: Any = None) -> CustomerPage:
    if o.__class__ is not dict:
        return _checked(o, CustomerPage)
    try:
        v0 = o.get("numberOfElements")
        v1 = o.get("maxResults")
        v2 = o.get("prevCursor")
        v3 = o.get("nextCursor")
        v4 = o.get("prevPageAvailable")
        v5 = o.get("nextPageAvailable")
        v6 = o.get("items", _MISSING)
        obj = _new(CustomerPage)
        obj.number_of_elements = None if v0 is None else (v0 if v0.__class__ is int else int(v0))
        obj.max_results = None if v1 is None else (v1 if v1.__class__ is int else int(v1))
        obj.prev_cursor = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.next_cursor = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.prev_page_available = None if v4 is None else (v4 if v4.__class__ is bool else _bool(v4, bool))
        obj.next_page_available = None if v5 is None else (v5 if v5.__class__ is bool else _bool(v5, bool))
        obj.items = (
            []
            if v6 is _MISSING
            else ([structure_Customer(e0) for e0 in v6] if v6.__class__ is list else _mismatch())
        )
        obj.extra_fields = {} if _known32.issuperset(o) else {k: v for k, v in o.items() if k not in _known32}
    except Exception:
        return _checked(o, CustomerPage)
    return obj


def unstructure_LineItemReissue(instance: LineItemReissue) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.reason_code
    res["reasonCode"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.other_reason
    if v1 is not _UNSET:
        res["otherReason"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.amount
    if v2 is not _UNSET:
        res["amount"] = _decimal_out(v2)
    v3 = instance.delivery_method
    if v3 is not _UNSET:
        res["deliveryMethod"] = (
            v3.value
            if v3.__class__ is ReissueDeliveryMethod
            else v3
            if v3.__class__ is str
            else _unstructure(v3)
        )
    v4 = instance.recipient
    if v4 is not _UNSET:
        res["recipient"] = unstructure_ReissueRecipient(v4)
    v5 = instance.notes
    if v5 is not _UNSET:
        res["notes"] = v5 if v5.__class__ is str else _unstructure(v5)
    return res


def structure_LineItemResendEvent(o: Any, _: Any = None) -> LineItemResendEvent:
    if o.__class__ is not dict:
        return _checked(o, LineItemResendEvent)
    try:
        v0 = o.get("dateIssued")
        v1 = o.get("sender")
        v2 = o.get("recipient")
        v3 = o.get("deliveryMethod")
        v4 = o.get("deliveryStatus")
        v5 = o.get("etid")
        v6 = o.get("reasonCode")
        v7 = o.get("otherReason")
        obj = _new(LineItemResendEvent)
        obj.date_issued = (
            None if v0 is None else (_fromisoformat(v0) if v0.__class__ is str else _datetime(v0, datetime))
        )
        obj.sender = None if v1 is None else structure_SenderView(v1)
        obj.recipient = None if v2 is None else structure_ResendContact(v2)
        obj.delivery_method = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.delivery_status = None if v4 is None else (v4 if v4.__class__ is str else str(v4))
        obj.etid = None if v5 is None else (v5 if v5.__class__ is str else str(v5))
        obj.reason_code = None if v6 is None else (v6 if v6.__class__ is str else str(v6))
        obj.other_reason = None if v7 is None else (v7 if v7.__class__ is str else str(v7))
        obj.extra_fields = {} if _known91.issuperset(o) else {k: v for k, v in o.items() if k not in _known91}
    except Exception:
        return _checked(o, LineItemResendEvent)
    return obj


def unstructure_DigitalTemplateCreate(instance: DigitalTemplateCreate) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.name
    res["name"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.from_name
    res["fromName"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.subject
    res["subject"] = v2 if v2.__class__ is str else _unstructure(v2)
    v3 = instance.header_image
    res["headerImage"] = v3 if v3.__class__ is str else _unstructure(v3)
    v4 = instance.header_image_alt_text
    res["headerImageAltText"] = v4 if v4.__class__ is str else _unstructure(v4)
    v5 = instance.accent_color
    res["accentColor"] = v5 if v5.__class__ is str else _unstructure(v5)
    v6 = instance.message_body
    res["messageBody"] = v6 if v6.__class__ is str else _unstructure(v6)
    v7 = instance.closing
    res["closing"] = v7 if v7.__class__ is str else _unstructure(v7)
    v8 = instance.sms_message_body
    if v8 is not _UNSET:
        res["smsMessageBody"] = v8 if v8.__class__ is str else _unstructure(v8)
    v9 = instance.customer_service_message
    if v9 is not _UNSET:
        res["customerServiceMessage"] = v9 if v9.__class__ is str else _unstructure(v9)
    v10 = instance.access_control
    if v10 is not _UNSET:
        res["accessControl"] = [unstructure_TemplateAccess(e0) for e0 in v10]
    v11 = instance.defaults
    if v11 is not _UNSET:
        res["defaults"] = [unstructure_TemplateAccess(e0) for e0 in v11]
    return res


def unstructure_DigitalTemplateUpdate(instance: DigitalTemplateUpdate) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.name
    if v0 is not _UNSET:
        res["name"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.from_name
    if v1 is not _UNSET:
        res["fromName"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.subject
    if v2 is not _UNSET:
        res["subject"] = v2 if v2.__class__ is str else _unstructure(v2)
    v3 = instance.header_image
    if v3 is not _UNSET:
        res["headerImage"] = v3 if v3.__class__ is str else _unstructure(v3)
    v4 = instance.header_image_alt_text
    if v4 is not _UNSET:
        res["headerImageAltText"] = v4 if v4.__class__ is str else _unstructure(v4)
    v5 = instance.accent_color
    if v5 is not _UNSET:
        res["accentColor"] = v5 if v5.__class__ is str else _unstructure(v5)
    v6 = instance.message_body
    if v6 is not _UNSET:
        res["messageBody"] = v6 if v6.__class__ is str else _unstructure(v6)
    v7 = instance.sms_message_body
    if v7 is not _UNSET:
        res["smsMessageBody"] = v7 if v7.__class__ is str else _unstructure(v7)
    v8 = instance.closing
    if v8 is not _UNSET:
        res["closing"] = v8 if v8.__class__ is str else _unstructure(v8)
    v9 = instance.customer_service_message
    if v9 is not _UNSET:
        res["customerServiceMessage"] = v9 if v9.__class__ is str else _unstructure(v9)
    v10 = instance.access_control
    if v10 is not _UNSET:
        res["accessControl"] = [unstructure_TemplateAccess(e0) for e0 in v10]
    v11 = instance.defaults
    if v11 is not _UNSET:
        res["defaults"] = [unstructure_TemplateAccess(e0) for e0 in v11]
    return res


def structure_DigitalTemplate(o: Any, _: Any = None) -> DigitalTemplate:
    if o.__class__ is not dict:
        return _checked(o, DigitalTemplate)
    try:
        v0 = o.get("etid")
        v1 = o.get("name")
        v2 = o.get("fromName")
        v3 = o.get("subject")
        v4 = o.get("headerImage")
        v5 = o.get("headerImageAltText")
        v6 = o.get("accentColor")
        v7 = o.get("messageBody")
        v8 = o.get("smsMessageBody")
        v9 = o.get("closing")
        v10 = o.get("customerServiceMessage")
        v11 = o.get("accessControls", _MISSING)
        v12 = o.get("defaults", _MISSING)
        obj = _new(DigitalTemplate)
        obj.etid = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.name = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.from_name = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.subject = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.header_image = None if v4 is None else (v4 if v4.__class__ is str else str(v4))
        obj.header_image_alt_text = None if v5 is None else (v5 if v5.__class__ is str else str(v5))
        obj.accent_color = None if v6 is None else (v6 if v6.__class__ is str else str(v6))
        obj.message_body = None if v7 is None else (v7 if v7.__class__ is str else str(v7))
        obj.sms_message_body = None if v8 is None else (v8 if v8.__class__ is str else str(v8))
        obj.closing = None if v9 is None else (v9 if v9.__class__ is str else str(v9))
        obj.customer_service_message = None if v10 is None else (v10 if v10.__class__ is str else str(v10))
        obj.access_controls = (
            []
            if v11 is _MISSING
            else ([structure_TemplateAccessView(e0) for e0 in v11] if v11.__class__ is list else _mismatch())
        )
        obj.defaults = (
            []
            if v12 is _MISSING
            else ([structure_TemplateAccessView(e0) for e0 in v12] if v12.__class__ is list else _mismatch())
        )
        obj.extra_fields = {} if _known92.issuperset(o) else {k: v for k, v in o.items() if k not in _known92}
    except Exception:
        return _checked(o, DigitalTemplate)
    return obj


def structure_DigitalTemplateList(o: Any, _: Any = None) -> DigitalTemplateList:
    if o.__class__ is not dict:
        return _checked(o, DigitalTemplateList)
    try:
        v0 = o.get("page")
        v1 = o.get("emailTemplates", _MISSING)
        obj = _new(DigitalTemplateList)
        obj.page = None if v0 is None else structure_Page(v0)
        obj.email_templates = (
            []
            if v1 is _MISSING
            else ([structure_DigitalTemplate(e0) for e0 in v1] if v1.__class__ is list else _mismatch())
        )
        obj.extra_fields = {} if _known93.issuperset(o) else {k: v for k, v in o.items() if k not in _known93}
    except Exception:
        return _checked(o, DigitalTemplateList)
    return obj


def structure_LineItem(o: Any, _: Any = None) -> LineItem:
    if o.__class__ is not dict:
        return _checked(o, LineItem)
    try:
        v0 = o.get("referenceLineItemID")
        v1 = o.get("externalReferenceLineItemID")
        v2 = o.get("referenceOrderID")
        v3 = o.get("orderSource")
        v4 = o.get("status")
        v5 = o.get("orderStatus")
        v6 = o.get("emailStatus")
        v7 = o.get("deliveryMethod", _MISSING)
        v8 = o.get("deliveryStatus")
        v9 = o.get("rewardStatus")
        v10 = o.get("canCancel")
        v11 = o.get("canFreeze")
        v12 = o.get("lineNumber")
        v13 = o.get("rewardName")
        v14 = o.get("amountIssued")
        v15 = o.get("amountCharged")
        v16 = o.get("remainingBalance")
        v17 = o.get("dateIssued")
        v18 = o.get("expirationDate")
        v19 = o.get("accountNumber")
        v20 = o.get("accountIdentifier")
        v21 = o.get("customerIdentifier")
        v22 = o.get("etid")
        v23 = o.get("ptid")
        v24 = o.get("utid")
        v25 = o.get("recipient")
        v26 = o.get("sender")
        v27 = o.get("purchaseOrderNumber")
        v28 = o.get("campaign")
        v29 = o.get("orderNotes")
        v30 = o.get("lineItemActionReason")
        v31 = o.get("reissuedFromReferenceLineItemId")
        v32 = o.get("reissuedToReferenceLineItemId")
        v33 = o.get("lineItemErrors", _MISSING)
        v34 = o.get("quantity")
        v35 = o.get("reward")
        v36 = o.get("resendHistory", _MISSING)
        v37 = o.get("lineItemActionHistory", _MISSING)
        v38 = o.get("redemptionHistory", _MISSING)
        v39 = o.get("rewardViewHistory", _MISSING)
        obj = _new(LineItem)
        obj.reference_line_item_id = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.external_reference_line_item_id = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.reference_order_id = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.order_source = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.status = None if v4 is None else (v4 if v4.__class__ is str else str(v4))
        obj.order_status = None if v5 is None else (v5 if v5.__class__ is str else str(v5))
        obj.email_status = None if v6 is None else (v6 if v6.__class__ is str else str(v6))
        obj.delivery_method = (
            None
            if v7 is _MISSING
            else (_members53[v7] if v7 in _members53 else None if v7 is None else str(v7))
        )
        obj.delivery_status = None if v8 is None else (v8 if v8.__class__ is str else str(v8))
        obj.reward_status = None if v9 is None else (v9 if v9.__class__ is str else str(v9))
        obj.can_cancel = None if v10 is None else (v10 if v10.__class__ is bool else _bool(v10, bool))
        obj.can_freeze = None if v11 is None else (v11 if v11.__class__ is bool else _bool(v11, bool))
        obj.line_number = None if v12 is None else (v12 if v12.__class__ is int else int(v12))
        obj.reward_name = None if v13 is None else (v13 if v13.__class__ is str else str(v13))
        obj.amount_issued = None if v14 is None else structure_Money(v14)
        obj.amount_charged = None if v15 is None else structure_Money(v15)
        obj.remaining_balance = (
            None
            if v16 is None
            else ((_money_seen(v16) or _money(v16)) if v16.__class__ is float else _money(v16))
        )
        obj.date_issued = (
            None
            if v17 is None
            else (_fromisoformat(v17) if v17.__class__ is str else _datetime(v17, datetime))
        )
        obj.expiration_date = None if v18 is None else (v18 if v18.__class__ is str else str(v18))
        obj.account_number = None if v19 is None else (v19 if v19.__class__ is str else str(v19))
        obj.account_identifier = None if v20 is None else (v20 if v20.__class__ is str else str(v20))
        obj.customer_identifier = None if v21 is None else (v21 if v21.__class__ is str else str(v21))
        obj.etid = None if v22 is None else (v22 if v22.__class__ is str else str(v22))
        obj.ptid = None if v23 is None else (v23 if v23.__class__ is str else str(v23))
        obj.utid = None if v24 is None else (v24 if v24.__class__ is str else str(v24))
        obj.recipient = None if v25 is None else structure_RecipientView(v25)
        obj.sender = None if v26 is None else structure_SenderView(v26)
        obj.purchase_order_number = None if v27 is None else (v27 if v27.__class__ is str else str(v27))
        obj.campaign = None if v28 is None else (v28 if v28.__class__ is str else str(v28))
        obj.order_notes = None if v29 is None else (v29 if v29.__class__ is str else str(v29))
        obj.line_item_action_reason = None if v30 is None else (v30 if v30.__class__ is str else str(v30))
        obj.reissued_from_reference_line_item_id = (
            None if v31 is None else (v31 if v31.__class__ is str else str(v31))
        )
        obj.reissued_to_reference_line_item_id = (
            None if v32 is None else (v32 if v32.__class__ is str else str(v32))
        )
        obj.line_item_errors = (
            []
            if v33 is _MISSING
            else ([structure_LineItemError(e0) for e0 in v33] if v33.__class__ is list else _mismatch())
        )
        obj.quantity = None if v34 is None else (v34 if v34.__class__ is int else int(v34))
        obj.reward = None if v35 is None else structure_Reward(v35)
        obj.resend_history = (
            []
            if v36 is _MISSING
            else ([structure_LineItemResendEvent(e0) for e0 in v36] if v36.__class__ is list else _mismatch())
        )
        obj.line_item_action_history = (
            []
            if v37 is _MISSING
            else ([structure_LineItemActionEntry(e0) for e0 in v37] if v37.__class__ is list else _mismatch())
        )
        obj.redemption_history = (
            []
            if v38 is _MISSING
            else ([structure_LineItem(e0) for e0 in v38] if v38.__class__ is list else _mismatch())
        )
        obj.reward_view_history = (
            []
            if v39 is _MISSING
            else ([structure_RewardViewEntry(e0) for e0 in v39] if v39.__class__ is list else _mismatch())
        )
        obj.extra_fields = {} if _known94.issuperset(o) else {k: v for k, v in o.items() if k not in _known94}
    except Exception:
        return _checked(o, LineItem)
    return obj


def structure_LineItemList(o: Any, _: Any = None) -> LineItemList:
    if o.__class__ is not dict:
        return _checked(o, LineItemList)
    try:
        v0 = o.get("keysetPage")
        v1 = o.get("lineItems", _MISSING)
        obj = _new(LineItemList)
        obj.keyset_page = None if v0 is None else structure_KeysetPage(v0)
        obj.line_items = (
            []
            if v1 is _MISSING
            else ([structure_LineItem(e0) for e0 in v1] if v1.__class__ is list else _mismatch())
        )
        obj.extra_fields = {} if _known95.issuperset(o) else {k: v for k, v in o.items() if k not in _known95}
    except Exception:
        return _checked(o, LineItemList)
    return obj


_convert.register_fast_paths(
    structure={
        FundingNotificationView: structure_FundingNotificationView,
        LowBalanceAlert: structure_LowBalanceAlert,
        LowBalanceAlertPage: structure_LowBalanceAlertPage,
        LowBalanceAlertList: structure_LowBalanceAlertList,
        LowBalanceAlertDeleted: structure_LowBalanceAlertDeleted,
        AsyncValidationError: structure_AsyncValidationError,
        AsyncLineItemError: structure_AsyncLineItemError,
        AsyncOrderEntity: structure_AsyncOrderEntity,
        AsyncItemError: structure_AsyncItemError,
        AsyncCharge: structure_AsyncCharge,
        AsyncPagination: structure_AsyncPagination,
        AsyncReasonCodes: structure_AsyncReasonCodes,
        Fee: structure_Fee,
        QuantityConstraints: structure_QuantityConstraints,
        CatalogItem: structure_CatalogItem,
        BrandRequirements: structure_BrandRequirements,
        BrandCategory: structure_BrandCategory,
        Brand: structure_Brand,
        Catalog: structure_Catalog,
        BrandCategories: structure_BrandCategories,
        CredentialTypeInfo: structure_CredentialTypeInfo,
        ExchangeRate: structure_ExchangeRate,
        ExchangeRatePage: structure_ExchangeRatePage,
        Money: structure_Money,
        Page: structure_Page,
        ErrorItem: structure_ErrorItem,
        ErrorBody: structure_ErrorBody,
        ContactInfoView: structure_ContactInfoView,
        CreditCard: structure_CreditCard,
        CreditCardPage: structure_CreditCardPage,
        Deposit: structure_Deposit,
        CardUnregistered: structure_CardUnregistered,
        TransferParty: structure_TransferParty,
        Transfer: structure_Transfer,
        LineItemResent: structure_LineItemResent,
        LineItemActionEntry: structure_LineItemActionEntry,
        LineItemError: structure_LineItemError,
        ResendContact: structure_ResendContact,
        RewardViewEntry: structure_RewardViewEntry,
        KeysetPage: structure_KeysetPage,
        EmbeddedUrl: structure_EmbeddedUrl,
        ReasonCodes: structure_ReasonCodes,
        AddressView: structure_AddressView,
        RecipientView: structure_RecipientView,
        SenderView: structure_SenderView,
        Credential: structure_Credential,
        Reward: structure_Reward,
        Order: structure_Order,
        OrderList: structure_OrderList,
        Resend: structure_Resend,
        CommentEscalationResult: structure_CommentEscalationResult,
        PrepaidCardInfo: structure_PrepaidCardInfo,
        PrepaidTransactions: structure_PrepaidTransactions,
        ReplacementReasons: structure_ReplacementReasons,
        PrepaidStatus: structure_PrepaidStatus,
        ChoiceProduct: structure_ChoiceProduct,
        ChoiceProductList: structure_ChoiceProductList,
        RewardCountry: structure_RewardCountry,
        RewardCountryPage: structure_RewardCountryPage,
        MobileCountry: structure_MobileCountry,
        SystemStatus: structure_SystemStatus,
        TemplateAccessView: structure_TemplateAccessView,
        AccountStatusEventData: structure_AccountStatusEventData,
        AccountStatusEvent: structure_AccountStatusEvent,
        ItemAvailabilityEventData: structure_ItemAvailabilityEventData,
        ItemAvailabilityEvent: structure_ItemAvailabilityEvent,
        LineItemDeliveryStatusEventData: structure_LineItemDeliveryStatusEventData,
        LineItemDeliveryStatusEvent: structure_LineItemDeliveryStatusEvent,
        RewardStatusEventData: structure_RewardStatusEventData,
        RewardStatusEvent: structure_RewardStatusEvent,
        CredentialStatusEventData: structure_CredentialStatusEventData,
        CredentialStatusEvent: structure_CredentialStatusEvent,
        TransactionEventData: structure_TransactionEventData,
        TransactionEvent: structure_TransactionEvent,
        LowBalanceEventData: structure_LowBalanceEventData,
        LowBalanceEvent: structure_LowBalanceEvent,
        AsyncOrderStatusEventData: structure_AsyncOrderStatusEventData,
        AsyncOrderStatusEvent: structure_AsyncOrderStatusEvent,
        ExchangeRatesStatusEventData: structure_ExchangeRatesStatusEventData,
        ExchangeRatesStatusEvent: structure_ExchangeRatesStatusEvent,
        WebhookEvent: structure_WebhookEvent,
        WebhookHeaderView: structure_WebhookHeaderView,
        Webhook: structure_Webhook,
        WebhookPage: structure_WebhookPage,
        WebhookRenewal: structure_WebhookRenewal,
        WebhookEventType: structure_WebhookEventType,
        WebhookEventTypePage: structure_WebhookEventTypePage,
        WebhookEventPage: structure_WebhookEventPage,
        Account: structure_Account,
        AccountPage: structure_AccountPage,
        AsyncUserInfo: structure_AsyncUserInfo,
        BulkShippingView: structure_BulkShippingView,
        AsyncOrderDetailLineItem: structure_AsyncOrderDetailLineItem,
        AsyncOrderLineItem: structure_AsyncOrderLineItem,
        AsyncOrderSummary: structure_AsyncOrderSummary,
        AsyncOrderDetail: structure_AsyncOrderDetail,
        AsyncOrderLineItemPage: structure_AsyncOrderLineItemPage,
        AsyncOrderPage: structure_AsyncOrderPage,
        AsyncLineItemUpdated: structure_AsyncLineItemUpdated,
        Customer: structure_Customer,
        CustomerPage: structure_CustomerPage,
        LineItemResendEvent: structure_LineItemResendEvent,
        DigitalTemplate: structure_DigitalTemplate,
        DigitalTemplateList: structure_DigitalTemplateList,
        LineItem: structure_LineItem,
        LineItemList: structure_LineItemList,
    },
    unstructure={
        FundingNotification: unstructure_FundingNotification,
        AccountUpdate: unstructure_AccountUpdate,
        LowBalanceAlertCreate: unstructure_LowBalanceAlertCreate,
        LowBalanceAlertUpdate: unstructure_LowBalanceAlertUpdate,
        AsyncOrderUpdate: unstructure_AsyncOrderUpdate,
        CustomerCreate: unstructure_CustomerCreate,
        CardDetails: unstructure_CardDetails,
        BillingAddress: unstructure_BillingAddress,
        ContactInfo: unstructure_ContactInfo,
        CreditCardCreate: unstructure_CreditCardCreate,
        DepositCreate: unstructure_DepositCreate,
        CardUnregister: unstructure_CardUnregister,
        TransferCreate: unstructure_TransferCreate,
        LineItemAction: unstructure_LineItemAction,
        LineItemUpdate: unstructure_LineItemUpdate,
        ReissueRecipient: unstructure_ReissueRecipient,
        LineItemResend: unstructure_LineItemResend,
        Address: unstructure_Address,
        Recipient: unstructure_Recipient,
        Sender: unstructure_Sender,
        OrderCreate: unstructure_OrderCreate,
        OrderResend: unstructure_OrderResend,
        CommentEscalation: unstructure_CommentEscalation,
        PrepaidCardReissue: unstructure_PrepaidCardReissue,
        PrepaidAccountUpdate: unstructure_PrepaidAccountUpdate,
        TemplateAccess: unstructure_TemplateAccess,
        WebhookHeader: unstructure_WebhookHeader,
        WebhookCreate: unstructure_WebhookCreate,
        WebhookUpdate: unstructure_WebhookUpdate,
        AccountCreate: unstructure_AccountCreate,
        BulkShipping: unstructure_BulkShipping,
        AsyncLineItemCreate: unstructure_AsyncLineItemCreate,
        AsyncOrderCreate: unstructure_AsyncOrderCreate,
        AsyncLineItemUpdate: unstructure_AsyncLineItemUpdate,
        LineItemReissue: unstructure_LineItemReissue,
        DigitalTemplateCreate: unstructure_DigitalTemplateCreate,
        DigitalTemplateUpdate: unstructure_DigitalTemplateUpdate,
    },
)
