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
    AsyncOrderStatusEvent,
    AsyncOrderStatusEventData,
    BillingAddress,
    Brand,
    BrandCategories,
    BrandCategory,
    BrandRequirements,
    CardDetails,
    CardUnregister,
    CardUnregistered,
    Catalog,
    CatalogItem,
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
    Deposit,
    DepositCreate,
    DepositStatus,
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
    LineItemDeliveryStatusEvent,
    LineItemDeliveryStatusEventData,
    LowBalanceEvent,
    LowBalanceEventData,
    Money,
    Order,
    OrderCreate,
    OrderList,
    OrderResend,
    Page,
    PayloadVerificationMethod,
    QuantityConstraints,
    Recipient,
    RecipientView,
    Resend,
    ResendDeliveryMethod,
    Reward,
    RewardStatusEvent,
    RewardStatusEventData,
    Sender,
    SenderView,
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
_unstructure = _convert.converter.unstructure
_UNSET: Final = UNSET
_MISSING: Final = object()
_known0: Final[Any] = frozenset(("emailAddress",))
_known1: Final[Any] = frozenset(("type", "value"))
_known2: Final[Any] = frozenset(("maxQuantity", "minQuantity"))
_known3: Final[Any] = frozenset(
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
_members4: Final[Any] = ValueType._value2member_map_
_known5: Final[Any] = frozenset(
    (
        "alwaysShowDisclaimer",
        "disclaimerInstructions",
        "displayInstructions",
        "termsAndConditionsInstructions",
    )
)
_known6: Final[Any] = frozenset(("description", "identifier"))
_known7: Final[Any] = frozenset(
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
_type8: Final[Any] = dict[str, str]
_hook9: Final[Any] = _convert.converter.get_structure_hook(_type8)
_known10: Final[Any] = frozenset(("brands", "catalogName"))
_known11: Final[Any] = frozenset(("brandCategories",))
_known12: Final[Any] = frozenset(("credentialType", "description"))
_known13: Final[Any] = frozenset(("baseCurrency", "baseFx", "lastModifiedDate", "rewardCurrency"))
_known14: Final[Any] = frozenset(
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
_known15: Final[Any] = frozenset(("currencyCode", "exchangeRate", "fee", "marginShare", "total", "value"))
_known16: Final[Any] = frozenset(("elementsPerBlock", "number", "resultCount", "totalCount"))
_known17: Final[Any] = frozenset(
    ("code", "constraint", "field", "i18nKey", "i18nTokenReplacements", "invalidValue", "message", "path")
)
_type18: Final[Any] = int | str | None
_hook19: Final[Any] = _convert.converter.get_structure_hook(_type18)
_known20: Final[Any] = frozenset(
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
_known21: Final[Any] = frozenset(("emailAddress", "fullName"))
_known22: Final[Any] = frozenset(
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
_known23: Final[Any] = frozenset(
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
_known24: Final[Any] = frozenset(
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
_members25: Final[Any] = DepositStatus._value2member_map_
_known26: Final[Any] = frozenset(("createdDate", "message", "token"))
_known27: Final[Any] = frozenset(
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
_known28: Final[Any] = frozenset(
    ("externalRefID", "transferDate", "transferFrom", "transferNotes", "transferTo", "transferredAmount")
)
_known29: Final[Any] = frozenset(
    ("city", "companyName", "country", "postalCode", "stateOrProvince", "streetLine1", "streetLine2")
)
_known30: Final[Any] = frozenset(("address", "email", "firstName", "lastName", "mobileNumber"))
_known31: Final[Any] = frozenset(("email", "firstName", "lastName"))
_known32: Final[Any] = frozenset(("credentialType", "label", "type", "value"))
_members33: Final[Any] = CredentialValueType._value2member_map_
_known34: Final[Any] = frozenset(("credentialList", "credentials", "redemptionInstructions"))
_known35: Final[Any] = frozenset(
    (
        "accountIdentifier",
        "accountNumber",
        "amountCharged",
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
_members36: Final[Any] = DeliveryMethod._value2member_map_
_known37: Final[Any] = frozenset(("orders", "page"))
_known38: Final[Any] = frozenset(("createdAt", "email", "id", "legacyId", "mobileNumber"))
_known39: Final[Any] = frozenset(("accountIdentifier", "status"))
_known40: Final[Any] = frozenset(
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
_known41: Final[Any] = frozenset(("status", "utid"))
_known42: Final[Any] = frozenset(("referenceLineItemId", "status"))
_known43: Final[Any] = frozenset(
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
_known44: Final[Any] = frozenset(
    ("credentialName", "credentialType", "lastUpdatedBy", "platformName", "status")
)
_known45: Final[Any] = frozenset(
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
_known46: Final[Any] = frozenset(
    ("accountIdentifier", "balance", "balanceAlertIdentifier", "balanceThreshold")
)
_known47: Final[Any] = frozenset(
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
_known48: Final[Any] = frozenset(("status",))
_type49: Final[Any] = dict[str, Any]
_hook50: Final[Any] = _convert.converter.get_structure_hook(_type49)
_known51: Final[Any] = frozenset(("name", "value"))
_known52: Final[Any] = frozenset(
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
_members53: Final[Any] = PayloadVerificationMethod._value2member_map_
_known54: Final[Any] = frozenset(("expiresAt", "webhookId"))
_known55: Final[Any] = frozenset(("category", "eventTypes"))
_known56: Final[Any] = frozenset(
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
_members57: Final[Any] = AccountStatus._value2member_map_
_known58: Final[Any] = frozenset(("accounts", "createdAt", "customerIdentifier", "displayName", "status"))


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
    get = o.get
    try:
        v0 = get("emailAddress")
        obj = _new(FundingNotificationView)
        obj.email_address = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.extra_fields = {} if _known0.issuperset(o) else {k: v for k, v in o.items() if k not in _known0}
    except Exception:
        return _checked(o, FundingNotificationView)
    return obj


def structure_Fee(o: Any, _: Any = None) -> Fee:
    if o.__class__ is not dict:
        return _checked(o, Fee)
    get = o.get
    try:
        v0 = get("type")
        v1 = get("value")
        obj = _new(Fee)
        obj.type = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.value = None if v1 is None else _money(v1)
        obj.extra_fields = {} if _known1.issuperset(o) else {k: v for k, v in o.items() if k not in _known1}
    except Exception:
        return _checked(o, Fee)
    return obj


def structure_QuantityConstraints(o: Any, _: Any = None) -> QuantityConstraints:
    if o.__class__ is not dict:
        return _checked(o, QuantityConstraints)
    get = o.get
    try:
        v0 = get("minQuantity")
        v1 = get("maxQuantity")
        obj = _new(QuantityConstraints)
        obj.min_quantity = None if v0 is None else (v0 if v0.__class__ is int else int(v0))
        obj.max_quantity = None if v1 is None else (v1 if v1.__class__ is int else int(v1))
        obj.extra_fields = {} if _known2.issuperset(o) else {k: v for k, v in o.items() if k not in _known2}
    except Exception:
        return _checked(o, QuantityConstraints)
    return obj


def structure_CatalogItem(o: Any, _: Any = None) -> CatalogItem:
    if o.__class__ is not dict:
        return _checked(o, CatalogItem)
    get = o.get
    try:
        v0 = o["utid"]
        v1 = get("rewardName")
        v2 = get("currencyCode")
        v3 = get("status")
        v4 = get("valueType", _MISSING)
        v5 = get("rewardType")
        v6 = get("isExpirable")
        v7 = get("quantityConstraints")
        v8 = get("isWholeAmountValueRequired")
        v9 = get("exchangeRateRule")
        v10 = get("faceValue")
        v11 = get("minValue")
        v12 = get("maxValue")
        v13 = get("fee")
        v14 = get("createdDate")
        v15 = get("lastUpdateDate")
        v16 = get("countries")
        v17 = get("credentialTypes")
        v18 = get("redemptionInstructions")
        v19 = get("fulfillmentType")
        v20 = get("attributes")
        obj = _new(CatalogItem)
        obj.utid = v0 if v0.__class__ is str else str(v0)
        obj.reward_name = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.currency_code = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.status = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.value_type = (
            None
            if v4 is _MISSING
            else (_members4[v4] if v4 in _members4 else None if v4 is None else str(v4))
        )
        obj.reward_type = None if v5 is None else (v5 if v5.__class__ is str else str(v5))
        obj.is_expirable = None if v6 is None else (v6 if v6.__class__ is bool else _bool(v6, bool))
        obj.quantity_constraints = None if v7 is None else structure_QuantityConstraints(v7)
        obj.is_whole_amount_value_required = (
            None if v8 is None else (v8 if v8.__class__ is bool else _bool(v8, bool))
        )
        obj.exchange_rate_rule = None if v9 is None else (v9 if v9.__class__ is str else str(v9))
        obj.face_value = None if v10 is None else _money(v10)
        obj.min_value = None if v11 is None else _money(v11)
        obj.max_value = None if v12 is None else _money(v12)
        obj.fee = None if v13 is None else structure_Fee(v13)
        obj.created_date = (
            None
            if v14 is None
            else (_fromisoformat(v14.strip()) if v14.__class__ is str else _datetime(v14, datetime))
        )
        obj.last_update_date = (
            None
            if v15 is None
            else (_fromisoformat(v15.strip()) if v15.__class__ is str else _datetime(v15, datetime))
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
        obj.extra_fields = {} if _known3.issuperset(o) else {k: v for k, v in o.items() if k not in _known3}
    except Exception:
        return _checked(o, CatalogItem)
    return obj


def structure_BrandRequirements(o: Any, _: Any = None) -> BrandRequirements:
    if o.__class__ is not dict:
        return _checked(o, BrandRequirements)
    get = o.get
    try:
        v0 = get("displayInstructions")
        v1 = get("termsAndConditionsInstructions")
        v2 = get("disclaimerInstructions")
        v3 = get("alwaysShowDisclaimer")
        obj = _new(BrandRequirements)
        obj.display_instructions = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.terms_and_conditions_instructions = (
            None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        )
        obj.disclaimer_instructions = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.always_show_disclaimer = None if v3 is None else (v3 if v3.__class__ is bool else _bool(v3, bool))
        obj.extra_fields = {} if _known5.issuperset(o) else {k: v for k, v in o.items() if k not in _known5}
    except Exception:
        return _checked(o, BrandRequirements)
    return obj


def structure_BrandCategory(o: Any, _: Any = None) -> BrandCategory:
    if o.__class__ is not dict:
        return _checked(o, BrandCategory)
    get = o.get
    try:
        v0 = get("identifier")
        v1 = get("description")
        obj = _new(BrandCategory)
        obj.identifier = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.description = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.extra_fields = {} if _known6.issuperset(o) else {k: v for k, v in o.items() if k not in _known6}
    except Exception:
        return _checked(o, BrandCategory)
    return obj


def structure_Brand(o: Any, _: Any = None) -> Brand:
    if o.__class__ is not dict:
        return _checked(o, Brand)
    get = o.get
    try:
        v0 = o["brandKey"]
        v1 = get("brandName")
        v2 = get("disclaimer")
        v3 = get("description")
        v4 = get("shortDescription")
        v5 = get("terms")
        v6 = get("createdDate")
        v7 = get("lastUpdateDate")
        v8 = get("brandRequirements")
        v9 = get("imageUrls")
        v10 = get("status")
        v11 = get("items", _MISSING)
        v12 = get("barcodeType")
        v13 = get("categories")
        obj = _new(Brand)
        obj.brand_key = v0 if v0.__class__ is str else str(v0)
        obj.brand_name = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.disclaimer = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.description = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.short_description = None if v4 is None else (v4 if v4.__class__ is str else str(v4))
        obj.terms = None if v5 is None else (v5 if v5.__class__ is str else str(v5))
        obj.created_date = (
            None
            if v6 is None
            else (_fromisoformat(v6.strip()) if v6.__class__ is str else _datetime(v6, datetime))
        )
        obj.last_update_date = (
            None
            if v7 is None
            else (_fromisoformat(v7.strip()) if v7.__class__ is str else _datetime(v7, datetime))
        )
        obj.brand_requirements = None if v8 is None else structure_BrandRequirements(v8)
        obj.image_urls = None if v9 is None else _hook9(v9, _type8)
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
        obj.extra_fields = {} if _known7.issuperset(o) else {k: v for k, v in o.items() if k not in _known7}
    except Exception:
        return _checked(o, Brand)
    return obj


def structure_Catalog(o: Any, _: Any = None) -> Catalog:
    if o.__class__ is not dict:
        return _checked(o, Catalog)
    get = o.get
    try:
        v0 = get("catalogName")
        v1 = get("brands", _MISSING)
        obj = _new(Catalog)
        obj.catalog_name = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.brands = (
            []
            if v1 is _MISSING
            else ([structure_Brand(e0) for e0 in v1] if v1.__class__ is list else _mismatch())
        )
        obj.extra_fields = {} if _known10.issuperset(o) else {k: v for k, v in o.items() if k not in _known10}
    except Exception:
        return _checked(o, Catalog)
    return obj


def structure_BrandCategories(o: Any, _: Any = None) -> BrandCategories:
    if o.__class__ is not dict:
        return _checked(o, BrandCategories)
    get = o.get
    try:
        v0 = get("brandCategories", _MISSING)
        obj = _new(BrandCategories)
        obj.brand_categories = (
            []
            if v0 is _MISSING
            else ([structure_BrandCategory(e0) for e0 in v0] if v0.__class__ is list else _mismatch())
        )
        obj.extra_fields = {} if _known11.issuperset(o) else {k: v for k, v in o.items() if k not in _known11}
    except Exception:
        return _checked(o, BrandCategories)
    return obj


def structure_CredentialTypeInfo(o: Any, _: Any = None) -> CredentialTypeInfo:
    if o.__class__ is not dict:
        return _checked(o, CredentialTypeInfo)
    get = o.get
    try:
        v0 = o["credentialType"]
        v1 = get("description")
        obj = _new(CredentialTypeInfo)
        obj.credential_type = v0 if v0.__class__ is str else str(v0)
        obj.description = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.extra_fields = {} if _known12.issuperset(o) else {k: v for k, v in o.items() if k not in _known12}
    except Exception:
        return _checked(o, CredentialTypeInfo)
    return obj


def structure_ExchangeRate(o: Any, _: Any = None) -> ExchangeRate:
    if o.__class__ is not dict:
        return _checked(o, ExchangeRate)
    get = o.get
    try:
        v0 = get("lastModifiedDate")
        v1 = get("rewardCurrency")
        v2 = get("baseCurrency")
        v3 = get("baseFx")
        obj = _new(ExchangeRate)
        obj.last_modified_date = (
            None
            if v0 is None
            else (_fromisoformat(v0.strip()) if v0.__class__ is str else _datetime(v0, datetime))
        )
        obj.reward_currency = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.base_currency = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.base_fx = None if v3 is None else _money(v3)
        obj.extra_fields = {} if _known13.issuperset(o) else {k: v for k, v in o.items() if k not in _known13}
    except Exception:
        return _checked(o, ExchangeRate)
    return obj


def structure_ExchangeRatePage(o: Any, _: Any = None) -> ExchangeRatePage:
    if o.__class__ is not dict:
        return _checked(o, ExchangeRatePage)
    get = o.get
    try:
        v0 = get("disclaimer")
        v1 = get("maxResults")
        v2 = get("prevCursor")
        v3 = get("nextCursor")
        v4 = get("prevPageAvailable")
        v5 = get("nextPageAvailable")
        v6 = get("exchangeRates", _MISSING)
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
        obj.extra_fields = {} if _known14.issuperset(o) else {k: v for k, v in o.items() if k not in _known14}
    except Exception:
        return _checked(o, ExchangeRatePage)
    return obj


def structure_Money(o: Any, _: Any = None) -> Money:
    if o.__class__ is not dict:
        return _checked(o, Money)
    get = o.get
    try:
        v0 = get("value")
        v1 = get("currencyCode")
        v2 = get("exchangeRate")
        v3 = get("fee")
        v4 = get("total")
        v5 = get("marginShare")
        obj = _new(Money)
        obj.value = None if v0 is None else _money(v0)
        obj.currency_code = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.exchange_rate = None if v2 is None else _money(v2)
        obj.fee = None if v3 is None else _money(v3)
        obj.total = None if v4 is None else _money(v4)
        obj.margin_share = None if v5 is None else _money(v5)
        obj.extra_fields = {} if _known15.issuperset(o) else {k: v for k, v in o.items() if k not in _known15}
    except Exception:
        return _checked(o, Money)
    return obj


def structure_Page(o: Any, _: Any = None) -> Page:
    if o.__class__ is not dict:
        return _checked(o, Page)
    get = o.get
    try:
        v0 = get("number")
        v1 = get("elementsPerBlock")
        v2 = get("resultCount")
        v3 = get("totalCount")
        obj = _new(Page)
        obj.number = None if v0 is None else (v0 if v0.__class__ is int else int(v0))
        obj.elements_per_block = None if v1 is None else (v1 if v1.__class__ is int else int(v1))
        obj.result_count = None if v2 is None else (v2 if v2.__class__ is int else int(v2))
        obj.total_count = None if v3 is None else (v3 if v3.__class__ is int else int(v3))
        obj.extra_fields = {} if _known16.issuperset(o) else {k: v for k, v in o.items() if k not in _known16}
    except Exception:
        return _checked(o, Page)
    return obj


def structure_ErrorItem(o: Any, _: Any = None) -> ErrorItem:
    if o.__class__ is not dict:
        return _checked(o, ErrorItem)
    get = o.get
    try:
        v0 = get("path")
        v1 = get("field")
        v2 = get("code", _MISSING)
        v3 = get("i18nKey")
        v4 = get("message")
        v5 = get("invalidValue")
        v6 = get("constraint")
        v7 = get("i18nTokenReplacements")
        obj = _new(ErrorItem)
        obj.path = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.field = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.code = None if v2 is _MISSING else _hook19(v2, _type18)
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
        obj.extra_fields = {} if _known17.issuperset(o) else {k: v for k, v in o.items() if k not in _known17}
    except Exception:
        return _checked(o, ErrorItem)
    return obj


def structure_ErrorBody(o: Any, _: Any = None) -> ErrorBody:
    if o.__class__ is not dict:
        return _checked(o, ErrorBody)
    get = o.get
    try:
        v0 = get("timestamp")
        v1 = get("requestId")
        v2 = get("path")
        v3 = get("httpCode")
        v4 = get("httpPhrase")
        v5 = get("i18nKey")
        v6 = get("message")
        v7 = get("code", _MISSING)
        v8 = get("errors")
        v9 = get("i18nTokenReplacements")
        obj = _new(ErrorBody)
        obj.timestamp = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.request_id = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.path = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.http_code = None if v3 is None else (v3 if v3.__class__ is int else int(v3))
        obj.http_phrase = None if v4 is None else (v4 if v4.__class__ is str else str(v4))
        obj.i18n_key = None if v5 is None else (v5 if v5.__class__ is str else str(v5))
        obj.message = None if v6 is None else (v6 if v6.__class__ is str else str(v6))
        obj.code = None if v7 is _MISSING else _hook19(v7, _type18)
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
        obj.extra_fields = {} if _known20.issuperset(o) else {k: v for k, v in o.items() if k not in _known20}
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
    get = o.get
    try:
        v0 = get("fullName")
        v1 = get("emailAddress")
        obj = _new(ContactInfoView)
        obj.full_name = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.email_address = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.extra_fields = {} if _known21.issuperset(o) else {k: v for k, v in o.items() if k not in _known21}
    except Exception:
        return _checked(o, ContactInfoView)
    return obj


def structure_CreditCard(o: Any, _: Any = None) -> CreditCard:
    if o.__class__ is not dict:
        return _checked(o, CreditCard)
    get = o.get
    try:
        v0 = o["token"]
        v1 = get("customerIdentifier")
        v2 = get("accountIdentifier")
        v3 = get("accountNumber")
        v4 = get("label")
        v5 = get("lastFourDigits")
        v6 = get("expirationDate")
        v7 = get("status")
        v8 = get("createdDate")
        v9 = get("activationDate")
        v10 = get("contactInformation")
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
            None
            if v8 is None
            else (_fromisoformat(v8.strip()) if v8.__class__ is str else _datetime(v8, datetime))
        )
        obj.activation_date = (
            None
            if v9 is None
            else (_fromisoformat(v9.strip()) if v9.__class__ is str else _datetime(v9, datetime))
        )
        obj.contact_information = (
            None
            if v10 is None
            else ([structure_ContactInfoView(e0) for e0 in v10] if v10.__class__ is list else _mismatch())
        )
        obj.extra_fields = {} if _known22.issuperset(o) else {k: v for k, v in o.items() if k not in _known22}
    except Exception:
        return _checked(o, CreditCard)
    return obj


def structure_CreditCardPage(o: Any, _: Any = None) -> CreditCardPage:
    if o.__class__ is not dict:
        return _checked(o, CreditCardPage)
    get = o.get
    try:
        v0 = get("numberOfElements")
        v1 = get("maxResults")
        v2 = get("prevCursor")
        v3 = get("nextCursor")
        v4 = get("prevPageAvailable")
        v5 = get("nextPageAvailable")
        v6 = get("items", _MISSING)
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
        obj.extra_fields = {} if _known23.issuperset(o) else {k: v for k, v in o.items() if k not in _known23}
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
    get = o.get
    try:
        v0 = o["referenceDepositID"]
        v1 = get("amount")
        v2 = get("amountCharged")
        v3 = get("feePercent")
        v4 = get("createdDate")
        v5 = get("status", _MISSING)
        v6 = get("externalRefID")
        v7 = get("accountNumber")
        obj = _new(Deposit)
        obj.reference_deposit_id = v0 if v0.__class__ is str else str(v0)
        obj.amount = None if v1 is None else _money(v1)
        obj.amount_charged = None if v2 is None else _money(v2)
        obj.fee_percent = None if v3 is None else _money(v3)
        obj.created_date = (
            None
            if v4 is None
            else (_fromisoformat(v4.strip()) if v4.__class__ is str else _datetime(v4, datetime))
        )
        obj.status = (
            None
            if v5 is _MISSING
            else (_members25[v5] if v5 in _members25 else None if v5 is None else str(v5))
        )
        obj.external_ref_id = None if v6 is None else (v6 if v6.__class__ is str else str(v6))
        obj.account_number = None if v7 is None else (v7 if v7.__class__ is str else str(v7))
        obj.extra_fields = {} if _known24.issuperset(o) else {k: v for k, v in o.items() if k not in _known24}
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
    get = o.get
    try:
        v0 = get("token")
        v1 = get("message")
        v2 = get("createdDate")
        obj = _new(CardUnregistered)
        obj.token = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.message = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.created_date = (
            None
            if v2 is None
            else (_fromisoformat(v2.strip()) if v2.__class__ is str else _datetime(v2, datetime))
        )
        obj.extra_fields = {} if _known26.issuperset(o) else {k: v for k, v in o.items() if k not in _known26}
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
    get = o.get
    try:
        v0 = get("accountIdentifier")
        v1 = get("accountNumber")
        v2 = get("displayName")
        v3 = get("currencyCode")
        v4 = get("startingBalance")
        v5 = get("endingBalance")
        v6 = get("status")
        v7 = get("contactEmail")
        obj = _new(TransferParty)
        obj.account_identifier = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.account_number = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.display_name = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.currency_code = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.starting_balance = None if v4 is None else _money(v4)
        obj.ending_balance = None if v5 is None else _money(v5)
        obj.status = None if v6 is None else (v6 if v6.__class__ is str else str(v6))
        obj.contact_email = None if v7 is None else (v7 if v7.__class__ is str else str(v7))
        obj.extra_fields = {} if _known27.issuperset(o) else {k: v for k, v in o.items() if k not in _known27}
    except Exception:
        return _checked(o, TransferParty)
    return obj


def structure_Transfer(o: Any, _: Any = None) -> Transfer:
    if o.__class__ is not dict:
        return _checked(o, Transfer)
    get = o.get
    try:
        v0 = get("externalRefID")
        v1 = get("transferDate")
        v2 = get("transferredAmount")
        v3 = get("transferNotes")
        v4 = get("transferFrom")
        v5 = get("transferTo")
        obj = _new(Transfer)
        obj.external_ref_id = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.transfer_date = (
            None
            if v1 is None
            else (_fromisoformat(v1.strip()) if v1.__class__ is str else _datetime(v1, datetime))
        )
        obj.transferred_amount = None if v2 is None else _money(v2)
        obj.transfer_notes = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.transfer_from = None if v4 is None else structure_TransferParty(v4)
        obj.transfer_to = None if v5 is None else structure_TransferParty(v5)
        obj.extra_fields = {} if _known28.issuperset(o) else {k: v for k, v in o.items() if k not in _known28}
    except Exception:
        return _checked(o, Transfer)
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
    get = o.get
    try:
        v0 = get("companyName")
        v1 = get("streetLine1")
        v2 = get("streetLine2")
        v3 = get("city")
        v4 = get("stateOrProvince")
        v5 = get("postalCode")
        v6 = get("country")
        obj = _new(AddressView)
        obj.company_name = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.street_line1 = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.street_line2 = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.city = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.state_or_province = None if v4 is None else (v4 if v4.__class__ is str else str(v4))
        obj.postal_code = None if v5 is None else (v5 if v5.__class__ is str else str(v5))
        obj.country = None if v6 is None else (v6 if v6.__class__ is str else str(v6))
        obj.extra_fields = {} if _known29.issuperset(o) else {k: v for k, v in o.items() if k not in _known29}
    except Exception:
        return _checked(o, AddressView)
    return obj


def structure_RecipientView(o: Any, _: Any = None) -> RecipientView:
    if o.__class__ is not dict:
        return _checked(o, RecipientView)
    get = o.get
    try:
        v0 = get("email")
        v1 = get("firstName")
        v2 = get("lastName")
        v3 = get("mobileNumber")
        v4 = get("address")
        obj = _new(RecipientView)
        obj.email = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.first_name = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.last_name = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.mobile_number = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.address = None if v4 is None else structure_AddressView(v4)
        obj.extra_fields = {} if _known30.issuperset(o) else {k: v for k, v in o.items() if k not in _known30}
    except Exception:
        return _checked(o, RecipientView)
    return obj


def structure_SenderView(o: Any, _: Any = None) -> SenderView:
    if o.__class__ is not dict:
        return _checked(o, SenderView)
    get = o.get
    try:
        v0 = get("firstName")
        v1 = get("lastName")
        v2 = get("email")
        obj = _new(SenderView)
        obj.first_name = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.last_name = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.email = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.extra_fields = {} if _known31.issuperset(o) else {k: v for k, v in o.items() if k not in _known31}
    except Exception:
        return _checked(o, SenderView)
    return obj


def structure_Credential(o: Any, _: Any = None) -> Credential:
    if o.__class__ is not dict:
        return _checked(o, Credential)
    get = o.get
    try:
        v0 = get("label")
        v1 = get("value")
        v2 = get("type", _MISSING)
        v3 = get("credentialType")
        obj = _new(Credential)
        obj.label = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.value = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.type = (
            None
            if v2 is _MISSING
            else (_members33[v2] if v2 in _members33 else None if v2 is None else str(v2))
        )
        obj.credential_type = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.extra_fields = {} if _known32.issuperset(o) else {k: v for k, v in o.items() if k not in _known32}
    except Exception:
        return _checked(o, Credential)
    return obj


def structure_Reward(o: Any, _: Any = None) -> Reward:
    if o.__class__ is not dict:
        return _checked(o, Reward)
    get = o.get
    try:
        v0 = get("credentials")
        v1 = get("credentialList")
        v2 = get("redemptionInstructions")
        obj = _new(Reward)
        obj.credentials = None if v0 is None else _hook9(v0, _type8)
        obj.credential_list = (
            None
            if v1 is None
            else ([structure_Credential(e0) for e0 in v1] if v1.__class__ is list else _mismatch())
        )
        obj.redemption_instructions = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.extra_fields = {} if _known34.issuperset(o) else {k: v for k, v in o.items() if k not in _known34}
    except Exception:
        return _checked(o, Reward)
    return obj


def structure_Order(o: Any, _: Any = None) -> Order:
    if o.__class__ is not dict:
        return _checked(o, Order)
    get = o.get
    try:
        v0 = o["referenceOrderID"]
        v1 = get("referenceLineItemID")
        v2 = get("externalRefID")
        v3 = get("customerIdentifier")
        v4 = get("accountIdentifier")
        v5 = get("accountNumber")
        v6 = get("amountCharged")
        v7 = get("denomination")
        v8 = get("utid")
        v9 = get("rewardName")
        v10 = get("reward")
        v11 = get("sender")
        v12 = get("recipient")
        v13 = get("emailSubject")
        v14 = get("message")
        v15 = get("status")
        v16 = get("orderStatus")
        v17 = get("lineItemStatus")
        v18 = get("deliveryMethod", _MISSING)
        v19 = get("sendEmail")
        v20 = get("campaign")
        v21 = get("notes")
        v22 = get("etid")
        v23 = get("ptid")
        v24 = get("purchaseOrderNumber")
        v25 = get("redemptionInstructions")
        v26 = get("orderClientSource")
        v27 = get("orderExternalRefIdDupe")
        v28 = get("createdAt")
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
            else (_members36[v18] if v18 in _members36 else None if v18 is None else str(v18))
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
            else (_fromisoformat(v28.strip()) if v28.__class__ is str else _datetime(v28, datetime))
        )
        obj.extra_fields = {} if _known35.issuperset(o) else {k: v for k, v in o.items() if k not in _known35}
    except Exception:
        return _checked(o, Order)
    return obj


def structure_OrderList(o: Any, _: Any = None) -> OrderList:
    if o.__class__ is not dict:
        return _checked(o, OrderList)
    get = o.get
    try:
        v0 = get("page")
        v1 = get("orders", _MISSING)
        obj = _new(OrderList)
        obj.page = None if v0 is None else structure_Page(v0)
        obj.orders = (
            []
            if v1 is _MISSING
            else ([structure_Order(e0) for e0 in v1] if v1.__class__ is list else _mismatch())
        )
        obj.extra_fields = {} if _known37.issuperset(o) else {k: v for k, v in o.items() if k not in _known37}
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
    get = o.get
    try:
        v0 = get("id", _MISSING)
        v1 = get("legacyId", _MISSING)
        v2 = get("createdAt")
        v3 = get("email")
        v4 = get("mobileNumber")
        obj = _new(Resend)
        obj.id = None if v0 is _MISSING else _hook19(v0, _type18)
        obj.legacy_id = None if v1 is _MISSING else _hook19(v1, _type18)
        obj.created_at = (
            None
            if v2 is None
            else (_fromisoformat(v2.strip()) if v2.__class__ is str else _datetime(v2, datetime))
        )
        obj.email = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.mobile_number = None if v4 is None else (v4 if v4.__class__ is str else str(v4))
        obj.extra_fields = {} if _known38.issuperset(o) else {k: v for k, v in o.items() if k not in _known38}
    except Exception:
        return _checked(o, Resend)
    return obj


def structure_AccountStatusEventData(o: Any, _: Any = None) -> AccountStatusEventData:
    if o.__class__ is not dict:
        return _checked(o, AccountStatusEventData)
    get = o.get
    try:
        v0 = get("accountIdentifier")
        v1 = get("status")
        obj = _new(AccountStatusEventData)
        obj.account_identifier = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.status = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.extra_fields = {} if _known39.issuperset(o) else {k: v for k, v in o.items() if k not in _known39}
    except Exception:
        return _checked(o, AccountStatusEventData)
    return obj


def structure_AccountStatusEvent(o: Any, _: Any = None) -> AccountStatusEvent:
    if o.__class__ is not dict:
        return _checked(o, AccountStatusEvent)
    get = o.get
    try:
        v0 = get("eventId")
        v1 = get("revision")
        v2 = get("eventType")
        v3 = get("eventTypes")
        v4 = get("categories")
        v5 = get("category")
        v6 = get("eventOccurredAt")
        v7 = get("eventData")
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
            None
            if v6 is None
            else (_fromisoformat(v6.strip()) if v6.__class__ is str else _datetime(v6, datetime))
        )
        obj.event_data = None if v7 is None else structure_AccountStatusEventData(v7)
        obj.extra_fields = {} if _known40.issuperset(o) else {k: v for k, v in o.items() if k not in _known40}
    except Exception:
        return _checked(o, AccountStatusEvent)
    return obj


def structure_ItemAvailabilityEventData(o: Any, _: Any = None) -> ItemAvailabilityEventData:
    if o.__class__ is not dict:
        return _checked(o, ItemAvailabilityEventData)
    get = o.get
    try:
        v0 = get("utid")
        v1 = get("status")
        obj = _new(ItemAvailabilityEventData)
        obj.utid = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.status = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.extra_fields = {} if _known41.issuperset(o) else {k: v for k, v in o.items() if k not in _known41}
    except Exception:
        return _checked(o, ItemAvailabilityEventData)
    return obj


def structure_ItemAvailabilityEvent(o: Any, _: Any = None) -> ItemAvailabilityEvent:
    if o.__class__ is not dict:
        return _checked(o, ItemAvailabilityEvent)
    get = o.get
    try:
        v0 = get("eventId")
        v1 = get("revision")
        v2 = get("eventType")
        v3 = get("eventTypes")
        v4 = get("categories")
        v5 = get("category")
        v6 = get("eventOccurredAt")
        v7 = get("eventData")
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
            None
            if v6 is None
            else (_fromisoformat(v6.strip()) if v6.__class__ is str else _datetime(v6, datetime))
        )
        obj.event_data = None if v7 is None else structure_ItemAvailabilityEventData(v7)
        obj.extra_fields = {} if _known40.issuperset(o) else {k: v for k, v in o.items() if k not in _known40}
    except Exception:
        return _checked(o, ItemAvailabilityEvent)
    return obj


def structure_LineItemDeliveryStatusEventData(o: Any, _: Any = None) -> LineItemDeliveryStatusEventData:
    if o.__class__ is not dict:
        return _checked(o, LineItemDeliveryStatusEventData)
    get = o.get
    try:
        v0 = get("referenceLineItemId")
        v1 = get("status")
        obj = _new(LineItemDeliveryStatusEventData)
        obj.reference_line_item_id = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.status = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.extra_fields = {} if _known42.issuperset(o) else {k: v for k, v in o.items() if k not in _known42}
    except Exception:
        return _checked(o, LineItemDeliveryStatusEventData)
    return obj


def structure_LineItemDeliveryStatusEvent(o: Any, _: Any = None) -> LineItemDeliveryStatusEvent:
    if o.__class__ is not dict:
        return _checked(o, LineItemDeliveryStatusEvent)
    get = o.get
    try:
        v0 = get("eventId")
        v1 = get("revision")
        v2 = get("eventType")
        v3 = get("eventTypes")
        v4 = get("categories")
        v5 = get("category")
        v6 = get("eventOccurredAt")
        v7 = get("eventData")
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
            None
            if v6 is None
            else (_fromisoformat(v6.strip()) if v6.__class__ is str else _datetime(v6, datetime))
        )
        obj.event_data = None if v7 is None else structure_LineItemDeliveryStatusEventData(v7)
        obj.extra_fields = {} if _known40.issuperset(o) else {k: v for k, v in o.items() if k not in _known40}
    except Exception:
        return _checked(o, LineItemDeliveryStatusEvent)
    return obj


def structure_RewardStatusEventData(o: Any, _: Any = None) -> RewardStatusEventData:
    if o.__class__ is not dict:
        return _checked(o, RewardStatusEventData)
    get = o.get
    try:
        v0 = get("referenceLineItemId")
        v1 = get("externalRefID")
        v2 = get("action")
        v3 = get("reasonCode")
        v4 = get("reason")
        v5 = get("status")
        v6 = get("type")
        v7 = get("newReferenceLineItemId")
        obj = _new(RewardStatusEventData)
        obj.reference_line_item_id = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.external_ref_id = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.action = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.reason_code = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.reason = None if v4 is None else (v4 if v4.__class__ is str else str(v4))
        obj.status = None if v5 is None else (v5 if v5.__class__ is str else str(v5))
        obj.type = None if v6 is None else (v6 if v6.__class__ is str else str(v6))
        obj.new_reference_line_item_id = None if v7 is None else (v7 if v7.__class__ is str else str(v7))
        obj.extra_fields = {} if _known43.issuperset(o) else {k: v for k, v in o.items() if k not in _known43}
    except Exception:
        return _checked(o, RewardStatusEventData)
    return obj


def structure_RewardStatusEvent(o: Any, _: Any = None) -> RewardStatusEvent:
    if o.__class__ is not dict:
        return _checked(o, RewardStatusEvent)
    get = o.get
    try:
        v0 = get("eventId")
        v1 = get("revision")
        v2 = get("eventType")
        v3 = get("eventTypes")
        v4 = get("categories")
        v5 = get("category")
        v6 = get("eventOccurredAt")
        v7 = get("eventData")
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
            None
            if v6 is None
            else (_fromisoformat(v6.strip()) if v6.__class__ is str else _datetime(v6, datetime))
        )
        obj.event_data = None if v7 is None else structure_RewardStatusEventData(v7)
        obj.extra_fields = {} if _known40.issuperset(o) else {k: v for k, v in o.items() if k not in _known40}
    except Exception:
        return _checked(o, RewardStatusEvent)
    return obj


def structure_CredentialStatusEventData(o: Any, _: Any = None) -> CredentialStatusEventData:
    if o.__class__ is not dict:
        return _checked(o, CredentialStatusEventData)
    get = o.get
    try:
        v0 = get("platformName")
        v1 = get("credentialName")
        v2 = get("credentialType")
        v3 = get("status")
        v4 = get("lastUpdatedBy")
        obj = _new(CredentialStatusEventData)
        obj.platform_name = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.credential_name = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.credential_type = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.status = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.last_updated_by = None if v4 is None else (v4 if v4.__class__ is str else str(v4))
        obj.extra_fields = {} if _known44.issuperset(o) else {k: v for k, v in o.items() if k not in _known44}
    except Exception:
        return _checked(o, CredentialStatusEventData)
    return obj


def structure_CredentialStatusEvent(o: Any, _: Any = None) -> CredentialStatusEvent:
    if o.__class__ is not dict:
        return _checked(o, CredentialStatusEvent)
    get = o.get
    try:
        v0 = get("eventId")
        v1 = get("revision")
        v2 = get("eventType")
        v3 = get("eventTypes")
        v4 = get("categories")
        v5 = get("category")
        v6 = get("eventOccurredAt")
        v7 = get("eventData")
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
            None
            if v6 is None
            else (_fromisoformat(v6.strip()) if v6.__class__ is str else _datetime(v6, datetime))
        )
        obj.event_data = None if v7 is None else structure_CredentialStatusEventData(v7)
        obj.extra_fields = {} if _known40.issuperset(o) else {k: v for k, v in o.items() if k not in _known40}
    except Exception:
        return _checked(o, CredentialStatusEvent)
    return obj


def structure_TransactionEventData(o: Any, _: Any = None) -> TransactionEventData:
    if o.__class__ is not dict:
        return _checked(o, TransactionEventData)
    get = o.get
    try:
        v0 = get("customerIdentifier")
        v1 = get("accountIdentifier")
        v2 = get("transactionType")
        v3 = get("transactionId")
        v4 = get("fundingMethod")
        v5 = get("fundingType")
        v6 = get("transferToAccountIdentifier")
        v7 = get("transferFromAccountIdentifier")
        v8 = get("invoiceNumber")
        v9 = get("currency")
        v10 = get("amount")
        v11 = get("note")
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
        obj.amount = None if v10 is None else _money(v10)
        obj.note = None if v11 is None else (v11 if v11.__class__ is str else str(v11))
        obj.extra_fields = {} if _known45.issuperset(o) else {k: v for k, v in o.items() if k not in _known45}
    except Exception:
        return _checked(o, TransactionEventData)
    return obj


def structure_TransactionEvent(o: Any, _: Any = None) -> TransactionEvent:
    if o.__class__ is not dict:
        return _checked(o, TransactionEvent)
    get = o.get
    try:
        v0 = get("eventId")
        v1 = get("revision")
        v2 = get("eventType")
        v3 = get("eventTypes")
        v4 = get("categories")
        v5 = get("category")
        v6 = get("eventOccurredAt")
        v7 = get("eventData")
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
            None
            if v6 is None
            else (_fromisoformat(v6.strip()) if v6.__class__ is str else _datetime(v6, datetime))
        )
        obj.event_data = None if v7 is None else structure_TransactionEventData(v7)
        obj.extra_fields = {} if _known40.issuperset(o) else {k: v for k, v in o.items() if k not in _known40}
    except Exception:
        return _checked(o, TransactionEvent)
    return obj


def structure_LowBalanceEventData(o: Any, _: Any = None) -> LowBalanceEventData:
    if o.__class__ is not dict:
        return _checked(o, LowBalanceEventData)
    get = o.get
    try:
        v0 = get("accountIdentifier")
        v1 = get("balance")
        v2 = get("balanceThreshold")
        v3 = get("balanceAlertIdentifier")
        obj = _new(LowBalanceEventData)
        obj.account_identifier = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.balance = None if v1 is None else _money(v1)
        obj.balance_threshold = None if v2 is None else _money(v2)
        obj.balance_alert_identifier = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.extra_fields = {} if _known46.issuperset(o) else {k: v for k, v in o.items() if k not in _known46}
    except Exception:
        return _checked(o, LowBalanceEventData)
    return obj


def structure_LowBalanceEvent(o: Any, _: Any = None) -> LowBalanceEvent:
    if o.__class__ is not dict:
        return _checked(o, LowBalanceEvent)
    get = o.get
    try:
        v0 = get("eventId")
        v1 = get("revision")
        v2 = get("eventType")
        v3 = get("eventTypes")
        v4 = get("categories")
        v5 = get("category")
        v6 = get("eventOccurredAt")
        v7 = get("eventData")
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
            None
            if v6 is None
            else (_fromisoformat(v6.strip()) if v6.__class__ is str else _datetime(v6, datetime))
        )
        obj.event_data = None if v7 is None else structure_LowBalanceEventData(v7)
        obj.extra_fields = {} if _known40.issuperset(o) else {k: v for k, v in o.items() if k not in _known40}
    except Exception:
        return _checked(o, LowBalanceEvent)
    return obj


def structure_AsyncOrderStatusEventData(o: Any, _: Any = None) -> AsyncOrderStatusEventData:
    if o.__class__ is not dict:
        return _checked(o, AsyncOrderStatusEventData)
    get = o.get
    try:
        v0 = get("externalRefID")
        v1 = get("status")
        v2 = get("totalLineItems")
        v3 = get("failedLineItems")
        v4 = get("successfulLineItems")
        v5 = get("referenceOrderId")
        v6 = get("accountIdentifier")
        v7 = get("customerIdentifier")
        obj = _new(AsyncOrderStatusEventData)
        obj.external_ref_id = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.status = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.total_line_items = None if v2 is None else (v2 if v2.__class__ is int else int(v2))
        obj.failed_line_items = None if v3 is None else (v3 if v3.__class__ is int else int(v3))
        obj.successful_line_items = None if v4 is None else (v4 if v4.__class__ is int else int(v4))
        obj.reference_order_id = None if v5 is None else (v5 if v5.__class__ is str else str(v5))
        obj.account_identifier = None if v6 is None else (v6 if v6.__class__ is str else str(v6))
        obj.customer_identifier = None if v7 is None else (v7 if v7.__class__ is str else str(v7))
        obj.extra_fields = {} if _known47.issuperset(o) else {k: v for k, v in o.items() if k not in _known47}
    except Exception:
        return _checked(o, AsyncOrderStatusEventData)
    return obj


def structure_AsyncOrderStatusEvent(o: Any, _: Any = None) -> AsyncOrderStatusEvent:
    if o.__class__ is not dict:
        return _checked(o, AsyncOrderStatusEvent)
    get = o.get
    try:
        v0 = get("eventId")
        v1 = get("revision")
        v2 = get("eventType")
        v3 = get("eventTypes")
        v4 = get("categories")
        v5 = get("category")
        v6 = get("eventOccurredAt")
        v7 = get("eventData")
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
            None
            if v6 is None
            else (_fromisoformat(v6.strip()) if v6.__class__ is str else _datetime(v6, datetime))
        )
        obj.event_data = None if v7 is None else structure_AsyncOrderStatusEventData(v7)
        obj.extra_fields = {} if _known40.issuperset(o) else {k: v for k, v in o.items() if k not in _known40}
    except Exception:
        return _checked(o, AsyncOrderStatusEvent)
    return obj


def structure_ExchangeRatesStatusEventData(o: Any, _: Any = None) -> ExchangeRatesStatusEventData:
    if o.__class__ is not dict:
        return _checked(o, ExchangeRatesStatusEventData)
    get = o.get
    try:
        v0 = get("status")
        obj = _new(ExchangeRatesStatusEventData)
        obj.status = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.extra_fields = {} if _known48.issuperset(o) else {k: v for k, v in o.items() if k not in _known48}
    except Exception:
        return _checked(o, ExchangeRatesStatusEventData)
    return obj


def structure_ExchangeRatesStatusEvent(o: Any, _: Any = None) -> ExchangeRatesStatusEvent:
    if o.__class__ is not dict:
        return _checked(o, ExchangeRatesStatusEvent)
    get = o.get
    try:
        v0 = get("eventId")
        v1 = get("revision")
        v2 = get("eventType")
        v3 = get("eventTypes")
        v4 = get("categories")
        v5 = get("category")
        v6 = get("eventOccurredAt")
        v7 = get("eventData")
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
            None
            if v6 is None
            else (_fromisoformat(v6.strip()) if v6.__class__ is str else _datetime(v6, datetime))
        )
        obj.event_data = None if v7 is None else structure_ExchangeRatesStatusEventData(v7)
        obj.extra_fields = {} if _known40.issuperset(o) else {k: v for k, v in o.items() if k not in _known40}
    except Exception:
        return _checked(o, ExchangeRatesStatusEvent)
    return obj


def structure_WebhookEvent(o: Any, _: Any = None) -> WebhookEvent:
    if o.__class__ is not dict:
        return _checked(o, WebhookEvent)
    get = o.get
    try:
        v0 = get("eventId")
        v1 = get("revision")
        v2 = get("eventType")
        v3 = get("eventTypes")
        v4 = get("categories")
        v5 = get("category")
        v6 = get("eventOccurredAt")
        v7 = get("eventData")
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
            None
            if v6 is None
            else (_fromisoformat(v6.strip()) if v6.__class__ is str else _datetime(v6, datetime))
        )
        obj.event_data = None if v7 is None else _hook50(v7, _type49)
        obj.extra_fields = {} if _known40.issuperset(o) else {k: v for k, v in o.items() if k not in _known40}
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
    get = o.get
    try:
        v0 = get("name")
        v1 = get("value")
        obj = _new(WebhookHeaderView)
        obj.name = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.value = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.extra_fields = {} if _known51.issuperset(o) else {k: v for k, v in o.items() if k not in _known51}
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
    get = o.get
    try:
        v0 = get("webhookId")
        v1 = get("url")
        v2 = get("headers")
        v3 = get("categories")
        v4 = get("eventTypes")
        v5 = get("signingCertificate")
        v6 = get("hmacSharedSecretKey")
        v7 = get("payloadVerificationMethod", _MISSING)
        v8 = get("createdAt")
        v9 = get("updatedAt")
        v10 = get("expiresAt")
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
            else (_members53[v7] if v7 in _members53 else None if v7 is None else str(v7))
        )
        obj.created_at = (
            None
            if v8 is None
            else (_fromisoformat(v8.strip()) if v8.__class__ is str else _datetime(v8, datetime))
        )
        obj.updated_at = (
            None
            if v9 is None
            else (_fromisoformat(v9.strip()) if v9.__class__ is str else _datetime(v9, datetime))
        )
        obj.expires_at = (
            None
            if v10 is None
            else (_fromisoformat(v10.strip()) if v10.__class__ is str else _datetime(v10, datetime))
        )
        obj.extra_fields = {} if _known52.issuperset(o) else {k: v for k, v in o.items() if k not in _known52}
    except Exception:
        return _checked(o, Webhook)
    return obj


def structure_WebhookPage(o: Any, _: Any = None) -> WebhookPage:
    if o.__class__ is not dict:
        return _checked(o, WebhookPage)
    get = o.get
    try:
        v0 = get("numberOfElements")
        v1 = get("maxResults")
        v2 = get("prevCursor")
        v3 = get("nextCursor")
        v4 = get("items")
        v5 = get("prevPageAvailable")
        v6 = get("nextPageAvailable")
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
        obj.extra_fields = {} if _known23.issuperset(o) else {k: v for k, v in o.items() if k not in _known23}
    except Exception:
        return _checked(o, WebhookPage)
    return obj


def structure_WebhookRenewal(o: Any, _: Any = None) -> WebhookRenewal:
    if o.__class__ is not dict:
        return _checked(o, WebhookRenewal)
    get = o.get
    try:
        v0 = get("webhookId")
        v1 = get("expiresAt")
        obj = _new(WebhookRenewal)
        obj.webhook_id = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.expires_at = (
            None
            if v1 is None
            else (_fromisoformat(v1.strip()) if v1.__class__ is str else _datetime(v1, datetime))
        )
        obj.extra_fields = {} if _known54.issuperset(o) else {k: v for k, v in o.items() if k not in _known54}
    except Exception:
        return _checked(o, WebhookRenewal)
    return obj


def structure_WebhookEventType(o: Any, _: Any = None) -> WebhookEventType:
    if o.__class__ is not dict:
        return _checked(o, WebhookEventType)
    get = o.get
    try:
        v0 = get("category")
        v1 = get("eventTypes")
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
        obj.extra_fields = {} if _known55.issuperset(o) else {k: v for k, v in o.items() if k not in _known55}
    except Exception:
        return _checked(o, WebhookEventType)
    return obj


def structure_WebhookEventTypePage(o: Any, _: Any = None) -> WebhookEventTypePage:
    if o.__class__ is not dict:
        return _checked(o, WebhookEventTypePage)
    get = o.get
    try:
        v0 = get("numberOfElements")
        v1 = get("maxResults")
        v2 = get("prevCursor")
        v3 = get("nextCursor")
        v4 = get("items")
        v5 = get("prevPageAvailable")
        v6 = get("nextPageAvailable")
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
        obj.extra_fields = {} if _known23.issuperset(o) else {k: v for k, v in o.items() if k not in _known23}
    except Exception:
        return _checked(o, WebhookEventTypePage)
    return obj


def structure_WebhookEventPage(o: Any, _: Any = None) -> WebhookEventPage:
    if o.__class__ is not dict:
        return _checked(o, WebhookEventPage)
    get = o.get
    try:
        v0 = get("numberOfElements")
        v1 = get("maxResults")
        v2 = get("prevCursor")
        v3 = get("nextCursor")
        v4 = get("items")
        v5 = get("prevPageAvailable")
        v6 = get("nextPageAvailable")
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
        obj.extra_fields = {} if _known23.issuperset(o) else {k: v for k, v in o.items() if k not in _known23}
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
    get = o.get
    try:
        v0 = o["accountIdentifier"]
        v1 = get("accountNumber")
        v2 = get("displayName")
        v3 = get("currencyCode")
        v4 = get("currentBalance")
        v5 = get("createdAt")
        v6 = get("status", _MISSING)
        v7 = get("contactEmail")
        v8 = get("fundingNotification")
        obj = _new(Account)
        obj.account_identifier = v0 if v0.__class__ is str else str(v0)
        obj.account_number = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.display_name = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.currency_code = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.current_balance = None if v4 is None else _money(v4)
        obj.created_at = (
            None
            if v5 is None
            else (_fromisoformat(v5.strip()) if v5.__class__ is str else _datetime(v5, datetime))
        )
        obj.status = (
            None
            if v6 is _MISSING
            else (_members57[v6] if v6 in _members57 else None if v6 is None else str(v6))
        )
        obj.contact_email = None if v7 is None else (v7 if v7.__class__ is str else str(v7))
        obj.funding_notification = (
            None
            if v8 is None
            else (
                [structure_FundingNotificationView(e0) for e0 in v8] if v8.__class__ is list else _mismatch()
            )
        )
        obj.extra_fields = {} if _known56.issuperset(o) else {k: v for k, v in o.items() if k not in _known56}
    except Exception:
        return _checked(o, Account)
    return obj


def structure_AccountPage(o: Any, _: Any = None) -> AccountPage:
    if o.__class__ is not dict:
        return _checked(o, AccountPage)
    get = o.get
    try:
        v0 = get("numberOfElements")
        v1 = get("maxResults")
        v2 = get("prevCursor")
        v3 = get("nextCursor")
        v4 = get("prevPageAvailable")
        v5 = get("nextPageAvailable")
        v6 = get("items", _MISSING)
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
        obj.extra_fields = {} if _known23.issuperset(o) else {k: v for k, v in o.items() if k not in _known23}
    except Exception:
        return _checked(o, AccountPage)
    return obj


def structure_Customer(o: Any, _: Any = None) -> Customer:
    if o.__class__ is not dict:
        return _checked(o, Customer)
    get = o.get
    try:
        v0 = o["customerIdentifier"]
        v1 = get("displayName")
        v2 = get("status")
        v3 = get("createdAt")
        v4 = get("accounts", _MISSING)
        obj = _new(Customer)
        obj.customer_identifier = v0 if v0.__class__ is str else str(v0)
        obj.display_name = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.status = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.created_at = (
            None
            if v3 is None
            else (_fromisoformat(v3.strip()) if v3.__class__ is str else _datetime(v3, datetime))
        )
        obj.accounts = (
            []
            if v4 is _MISSING
            else ([structure_Account(e0) for e0 in v4] if v4.__class__ is list else _mismatch())
        )
        obj.extra_fields = {} if _known58.issuperset(o) else {k: v for k, v in o.items() if k not in _known58}
    except Exception:
        return _checked(o, Customer)
    return obj


def structure_CustomerPage(o: Any, _: Any = None) -> CustomerPage:
    if o.__class__ is not dict:
        return _checked(o, CustomerPage)
    get = o.get
    try:
        v0 = get("numberOfElements")
        v1 = get("maxResults")
        v2 = get("prevCursor")
        v3 = get("nextCursor")
        v4 = get("prevPageAvailable")
        v5 = get("nextPageAvailable")
        v6 = get("items", _MISSING)
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
        obj.extra_fields = {} if _known23.issuperset(o) else {k: v for k, v in o.items() if k not in _known23}
    except Exception:
        return _checked(o, CustomerPage)
    return obj


_convert.register_fast_paths(
    structure={
        FundingNotificationView: structure_FundingNotificationView,
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
        AddressView: structure_AddressView,
        RecipientView: structure_RecipientView,
        SenderView: structure_SenderView,
        Credential: structure_Credential,
        Reward: structure_Reward,
        Order: structure_Order,
        OrderList: structure_OrderList,
        Resend: structure_Resend,
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
        Customer: structure_Customer,
        CustomerPage: structure_CustomerPage,
    },
    unstructure={
        FundingNotification: unstructure_FundingNotification,
        AccountUpdate: unstructure_AccountUpdate,
        CustomerCreate: unstructure_CustomerCreate,
        CardDetails: unstructure_CardDetails,
        BillingAddress: unstructure_BillingAddress,
        ContactInfo: unstructure_ContactInfo,
        CreditCardCreate: unstructure_CreditCardCreate,
        DepositCreate: unstructure_DepositCreate,
        CardUnregister: unstructure_CardUnregister,
        TransferCreate: unstructure_TransferCreate,
        Address: unstructure_Address,
        Recipient: unstructure_Recipient,
        Sender: unstructure_Sender,
        OrderCreate: unstructure_OrderCreate,
        OrderResend: unstructure_OrderResend,
        WebhookHeader: unstructure_WebhookHeader,
        WebhookCreate: unstructure_WebhookCreate,
        WebhookUpdate: unstructure_WebhookUpdate,
        AccountCreate: unstructure_AccountCreate,
    },
)
