"""Pydantic v2 models of the same shape as the aioraas response models that measure #5 decodes.

Same fields, same wire names (aliases), same types (Decimal money, datetimes, open enums as
``Enum | str``), and the same leniency: unknown keys are kept (``extra="allow"``), optional fields
default to None. :func:`bench.decode.check_same_shape` verifies the field sets against the attrs
classes before anything is timed, so the two sides cannot drift apart silently.

Used only by the benchmarks (pydantic is in the ``bench`` extra, never a dependency of aioraas).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from aioraas.models.v2 import CredentialValueType, DeliveryMethod, ValueType


class _Response(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class Fee(_Response):
    type: str | None = None
    value: Decimal | None = None


class QuantityConstraints(_Response):
    min_quantity: int | None = Field(None, alias="minQuantity")
    max_quantity: int | None = Field(None, alias="maxQuantity")


class CatalogItem(_Response):
    utid: str
    reward_name: str | None = Field(None, alias="rewardName")
    currency_code: str | None = Field(None, alias="currencyCode")
    status: str | None = None
    value_type: ValueType | str | None = Field(None, alias="valueType")
    reward_type: str | None = Field(None, alias="rewardType")
    is_expirable: bool | None = Field(None, alias="isExpirable")
    quantity_constraints: QuantityConstraints | None = Field(None, alias="quantityConstraints")
    is_whole_amount_value_required: bool | None = Field(None, alias="isWholeAmountValueRequired")
    exchange_rate_rule: str | None = Field(None, alias="exchangeRateRule")
    face_value: Decimal | None = Field(None, alias="faceValue")
    min_value: Decimal | None = Field(None, alias="minValue")
    max_value: Decimal | None = Field(None, alias="maxValue")
    fee: Fee | None = None
    created_date: datetime | None = Field(None, alias="createdDate")
    last_update_date: datetime | None = Field(None, alias="lastUpdateDate")
    countries: list[str] | None = None
    credential_types: list[str] | None = Field(None, alias="credentialTypes")
    redemption_instructions: str | None = Field(None, alias="redemptionInstructions")
    fulfillment_type: str | None = Field(None, alias="fulfillmentType")
    attributes: list[Any] | None = None


class BrandRequirements(_Response):
    display_instructions: str | None = Field(None, alias="displayInstructions")
    terms_and_conditions_instructions: str | None = Field(None, alias="termsAndConditionsInstructions")
    disclaimer_instructions: str | None = Field(None, alias="disclaimerInstructions")
    always_show_disclaimer: bool | None = Field(None, alias="alwaysShowDisclaimer")


class BrandCategory(_Response):
    identifier: str | None = None
    description: str | None = None


class Brand(_Response):
    brand_key: str = Field(alias="brandKey")
    brand_name: str | None = Field(None, alias="brandName")
    disclaimer: str | None = None
    description: str | None = None
    short_description: str | None = Field(None, alias="shortDescription")
    terms: str | None = None
    created_date: datetime | None = Field(None, alias="createdDate")
    last_update_date: datetime | None = Field(None, alias="lastUpdateDate")
    brand_requirements: BrandRequirements | None = Field(None, alias="brandRequirements")
    image_urls: dict[str, str] | None = Field(None, alias="imageUrls")
    status: str | None = None
    items: list[CatalogItem] = Field(default_factory=list)
    barcode_type: str | None = Field(None, alias="barcodeType")
    categories: list[BrandCategory] | None = None


class Catalog(_Response):
    catalog_name: str | None = Field(None, alias="catalogName")
    brands: list[Brand] = Field(default_factory=list)


class Money(_Response):
    value: Decimal | None = None
    currency_code: str | None = Field(None, alias="currencyCode")
    exchange_rate: Decimal | None = Field(None, alias="exchangeRate")
    fee: Decimal | None = None
    total: Decimal | None = None
    margin_share: Decimal | None = Field(None, alias="marginShare")


class Page(_Response):
    number: int | None = None
    elements_per_block: int | None = Field(None, alias="elementsPerBlock")
    result_count: int | None = Field(None, alias="resultCount")
    total_count: int | None = Field(None, alias="totalCount")


class AddressView(_Response):
    company_name: str | None = Field(None, alias="companyName")
    street_line1: str | None = Field(None, alias="streetLine1")
    street_line2: str | None = Field(None, alias="streetLine2")
    city: str | None = None
    state_or_province: str | None = Field(None, alias="stateOrProvince")
    postal_code: str | None = Field(None, alias="postalCode")
    country: str | None = None


class RecipientView(_Response):
    email: str | None = None
    first_name: str | None = Field(None, alias="firstName")
    last_name: str | None = Field(None, alias="lastName")
    mobile_number: str | None = Field(None, alias="mobileNumber")
    address: AddressView | None = None


class SenderView(_Response):
    first_name: str | None = Field(None, alias="firstName")
    last_name: str | None = Field(None, alias="lastName")
    email: str | None = None


class Credential(_Response):
    label: str | None = None
    value: str | None = None
    type: CredentialValueType | str | None = None
    credential_type: str | None = Field(None, alias="credentialType")


class Reward(_Response):
    credentials: dict[str, str] | None = None
    credential_list: list[Credential] | None = Field(None, alias="credentialList")
    redemption_instructions: str | None = Field(None, alias="redemptionInstructions")


class Order(_Response):
    reference_order_id: str = Field(alias="referenceOrderID")
    reference_line_item_id: str | None = Field(None, alias="referenceLineItemID")
    external_ref_id: str | None = Field(None, alias="externalRefID")
    customer_identifier: str | None = Field(None, alias="customerIdentifier")
    account_identifier: str | None = Field(None, alias="accountIdentifier")
    account_number: str | None = Field(None, alias="accountNumber")
    amount_charged: Money | None = Field(None, alias="amountCharged")
    denomination: Money | None = None
    utid: str | None = None
    reward_name: str | None = Field(None, alias="rewardName")
    reward: Reward | None = None
    sender: SenderView | None = None
    recipient: RecipientView | None = None
    email_subject: str | None = Field(None, alias="emailSubject")
    message: str | None = None
    status: str | None = None
    order_status: str | None = Field(None, alias="orderStatus")
    line_item_status: str | None = Field(None, alias="lineItemStatus")
    delivery_method: DeliveryMethod | str | None = Field(None, alias="deliveryMethod")
    send_email: bool | None = Field(None, alias="sendEmail")
    campaign: str | None = None
    notes: str | None = None
    etid: str | None = None
    ptid: str | None = None
    purchase_order_number: str | None = Field(None, alias="purchaseOrderNumber")
    redemption_instructions: str | None = Field(None, alias="redemptionInstructions")
    order_client_source: str | None = Field(None, alias="orderClientSource")
    order_external_ref_id_dupe: bool | None = Field(None, alias="orderExternalRefIdDupe")
    created_at: datetime | None = Field(None, alias="createdAt")


class OrderList(_Response):
    page: Page | None = None
    orders: list[Order] = Field(default_factory=list)
