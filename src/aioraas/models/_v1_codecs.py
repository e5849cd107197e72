# GENERATED from spec/v1/*.json by `make codegen` (python -m codegen): do not edit by hand.
# Change spec/ or codegen/ and regenerate; `make check-generated` fails when this file is stale.
"""Fast paths of the converter for the v1 models (see codegen/codecs.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final

from aioraas import _convert
from aioraas._modelkit import UNSET
from aioraas._scalars import bool_from_json as _bool
from aioraas._scalars import datetime_from_json as _datetime
from aioraas.models.v1 import (
    Account,
    AccountCreate,
    AccountEnvelope,
    BillingAddress,
    CardFund,
    CardRegister,
    CardRegistered,
    CardUnregister,
    CardUnregistered,
    CreditCard,
    ErrorBody,
    ExchangeRates,
    Funded,
    InvalidInput,
    MoneyView,
    Order,
    OrderCreate,
    OrderEnvelope,
    OrderList,
    Recipient,
    RecipientView,
    Resent,
    RewardBrand,
    RewardCredentials,
    RewardItem,
    RewardsCatalog,
)

_new = object.__new__
_fromisoformat = datetime.fromisoformat
_checked = _convert.checked_structure
_money = _convert.money_from_json
_money_seen = _convert.money_seen
_unstructure = _convert.converter.unstructure
_UNSET: Final = UNSET
_MISSING: Final = object()
_known0: Final[Any] = frozenset(("available_balance", "customer", "email", "identifier"))
_known1: Final[Any] = frozenset(("account", "success", "system_message"))
_known2: Final[Any] = frozenset(("error", "field"))
_known3: Final[Any] = frozenset(
    (
        "available_balance",
        "content_types",
        "denial_code",
        "denial_message",
        "error_message",
        "invalid_inputs",
        "success",
        "system_message",
    )
)
_known4: Final[Any] = frozenset(("active_date", "cc_token", "success", "system_message"))
_known5: Final[Any] = frozenset(("amount", "fund_id", "success", "system_message"))
_known6: Final[Any] = frozenset(("message", "success", "system_message"))
_known7: Final[Any] = frozenset(("email", "name"))
_known8: Final[Any] = frozenset(("currency_code", "value"))
_known9: Final[Any] = frozenset(("event_number", "expiration", "number", "pin", "redemption_url", "token"))
_known10: Final[Any] = frozenset(
    (
        "account_identifier",
        "amount",
        "amount_charged",
        "customer",
        "delivered_at",
        "denomination",
        "order_id",
        "recipient",
        "reward",
        "reward_from",
        "reward_message",
        "reward_subject",
        "sku",
    )
)
_known11: Final[Any] = frozenset(("order", "success", "system_message"))
_known12: Final[Any] = frozenset(
    (
        "end_date",
        "limit",
        "offset",
        "orders",
        "result_count",
        "start_date",
        "success",
        "system_message",
        "total_count",
    )
)
_known13: Final[Any] = frozenset(("success", "system_message"))
_known14: Final[Any] = frozenset(
    (
        "available",
        "countries",
        "currency_code",
        "currency_type",
        "denomination",
        "description",
        "is_variable",
        "locale",
        "max_price",
        "min_price",
        "sku",
        "type",
        "unit_price",
    )
)
_known15: Final[Any] = frozenset(("description", "image_url", "rewards"))
_known16: Final[Any] = frozenset(("disclaimer", "rates", "timestamp"))
_known17: Final[Any] = frozenset(("brands", "success", "system_message", "xrates"))


def _mismatch() -> Any:
    raise TypeError("not a list")


def unstructure_AccountCreate(instance: AccountCreate) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.identifier
    res["identifier"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.email
    res["email"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.customer
    res["customer"] = v2 if v2.__class__ is str else _unstructure(v2)
    return res


def structure_Account(o: Any, _: Any = None) -> Account:
    if o.__class__ is not dict:
        return _checked(o, Account)
    try:
        v0 = o["identifier"]
        v1 = o.get("email")
        v2 = o.get("customer")
        v3 = o.get("available_balance")
        obj = _new(Account)
        obj.identifier = v0 if v0.__class__ is str else str(v0)
        obj.email = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.customer = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.available_balance = None if v3 is None else (v3 if v3.__class__ is int else int(v3))
        obj.extra_fields = {} if _known0.issuperset(o) else {k: v for k, v in o.items() if k not in _known0}
    except Exception:
        return _checked(o, Account)
    return obj


def structure_AccountEnvelope(o: Any, _: Any = None) -> AccountEnvelope:
    if o.__class__ is not dict:
        return _checked(o, AccountEnvelope)
    try:
        v0 = o.get("success")
        v1 = o.get("account")
        v2 = o.get("system_message")
        obj = _new(AccountEnvelope)
        obj.success = None if v0 is None else (v0 if v0.__class__ is bool else _bool(v0, bool))
        obj.account = None if v1 is None else structure_Account(v1)
        obj.system_message = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.extra_fields = {} if _known1.issuperset(o) else {k: v for k, v in o.items() if k not in _known1}
    except Exception:
        return _checked(o, AccountEnvelope)
    return obj


def structure_InvalidInput(o: Any, _: Any = None) -> InvalidInput:
    if o.__class__ is not dict:
        return _checked(o, InvalidInput)
    try:
        v0 = o.get("field")
        v1 = o.get("error")
        obj = _new(InvalidInput)
        obj.field = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.error = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.extra_fields = {} if _known2.issuperset(o) else {k: v for k, v in o.items() if k not in _known2}
    except Exception:
        return _checked(o, InvalidInput)
    return obj


def structure_ErrorBody(o: Any, _: Any = None) -> ErrorBody:
    if o.__class__ is not dict:
        return _checked(o, ErrorBody)
    try:
        v0 = o.get("success")
        v1 = o.get("error_message")
        v2 = o.get("invalid_inputs")
        v3 = o.get("denial_code")
        v4 = o.get("denial_message")
        v5 = o.get("available_balance")
        v6 = o.get("content_types")
        v7 = o.get("system_message")
        obj = _new(ErrorBody)
        obj.success = None if v0 is None else (v0 if v0.__class__ is bool else _bool(v0, bool))
        obj.error_message = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.invalid_inputs = (
            None
            if v2 is None
            else ([structure_InvalidInput(e0) for e0 in v2] if v2.__class__ is list else _mismatch())
        )
        obj.denial_code = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.denial_message = None if v4 is None else (v4 if v4.__class__ is str else str(v4))
        obj.available_balance = None if v5 is None else (v5 if v5.__class__ is int else int(v5))
        obj.content_types = (
            None
            if v6 is None
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v6]
                if v6.__class__ is list
                else _mismatch()
            )
        )
        obj.system_message = None if v7 is None else (v7 if v7.__class__ is str else str(v7))
        obj.extra_fields = {} if _known3.issuperset(o) else {k: v for k, v in o.items() if k not in _known3}
    except Exception:
        return _checked(o, ErrorBody)
    return obj


def unstructure_BillingAddress(instance: BillingAddress) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.f_name
    res["f_name"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.l_name
    res["l_name"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.address
    res["address"] = v2 if v2.__class__ is str else _unstructure(v2)
    v3 = instance.city
    res["city"] = v3 if v3.__class__ is str else _unstructure(v3)
    v4 = instance.state
    res["state"] = v4 if v4.__class__ is str else _unstructure(v4)
    v5 = instance.zip
    res["zip"] = v5 if v5.__class__ is str else _unstructure(v5)
    v6 = instance.email
    res["email"] = v6 if v6.__class__ is str else _unstructure(v6)
    v7 = instance.country
    if v7 is not _UNSET:
        res["country"] = v7 if v7.__class__ is str else _unstructure(v7)
    return res


def unstructure_CreditCard(instance: CreditCard) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.number
    res["number"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.expiration
    res["expiration"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.security_code
    res["security_code"] = v2 if v2.__class__ is str else _unstructure(v2)
    v3 = instance.billing_address
    res["billing_address"] = unstructure_BillingAddress(v3)
    return res


def unstructure_CardRegister(instance: CardRegister) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.customer
    res["customer"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.account_identifier
    res["account_identifier"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.client_ip
    res["client_ip"] = v2 if v2.__class__ is str else _unstructure(v2)
    v3 = instance.credit_card
    res["credit_card"] = unstructure_CreditCard(v3)
    return res


def structure_CardRegistered(o: Any, _: Any = None) -> CardRegistered:
    if o.__class__ is not dict:
        return _checked(o, CardRegistered)
    try:
        v0 = o["cc_token"]
        v1 = o.get("success")
        v2 = o.get("active_date")
        v3 = o.get("system_message")
        obj = _new(CardRegistered)
        obj.cc_token = v0 if v0.__class__ is str else str(v0)
        obj.success = None if v1 is None else (v1 if v1.__class__ is bool else _bool(v1, bool))
        obj.active_date = None if v2 is None else (v2 if v2.__class__ is int else int(v2))
        obj.system_message = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.extra_fields = {} if _known4.issuperset(o) else {k: v for k, v in o.items() if k not in _known4}
    except Exception:
        return _checked(o, CardRegistered)
    return obj


def unstructure_CardFund(instance: CardFund) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.customer
    res["customer"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.account_identifier
    res["account_identifier"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.amount
    res["amount"] = v2 if v2.__class__ is int else _unstructure(v2)
    v3 = instance.client_ip
    res["client_ip"] = v3 if v3.__class__ is str else _unstructure(v3)
    v4 = instance.cc_token
    res["cc_token"] = v4 if v4.__class__ is str else _unstructure(v4)
    v5 = instance.security_code
    res["security_code"] = v5 if v5.__class__ is str else _unstructure(v5)
    return res


def structure_Funded(o: Any, _: Any = None) -> Funded:
    if o.__class__ is not dict:
        return _checked(o, Funded)
    try:
        v0 = o.get("success")
        v1 = o.get("fund_id")
        v2 = o.get("amount")
        v3 = o.get("system_message")
        obj = _new(Funded)
        obj.success = None if v0 is None else (v0 if v0.__class__ is bool else _bool(v0, bool))
        obj.fund_id = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.amount = None if v2 is None else (v2 if v2.__class__ is int else int(v2))
        obj.system_message = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.extra_fields = {} if _known5.issuperset(o) else {k: v for k, v in o.items() if k not in _known5}
    except Exception:
        return _checked(o, Funded)
    return obj


def unstructure_CardUnregister(instance: CardUnregister) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.customer
    res["customer"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.account_identifier
    res["account_identifier"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.cc_token
    res["cc_token"] = v2 if v2.__class__ is str else _unstructure(v2)
    return res


def structure_CardUnregistered(o: Any, _: Any = None) -> CardUnregistered:
    if o.__class__ is not dict:
        return _checked(o, CardUnregistered)
    try:
        v0 = o.get("success")
        v1 = o.get("message")
        v2 = o.get("system_message")
        obj = _new(CardUnregistered)
        obj.success = None if v0 is None else (v0 if v0.__class__ is bool else _bool(v0, bool))
        obj.message = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.system_message = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.extra_fields = {} if _known6.issuperset(o) else {k: v for k, v in o.items() if k not in _known6}
    except Exception:
        return _checked(o, CardUnregistered)
    return obj


def unstructure_Recipient(instance: Recipient) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.name
    res["name"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.email
    res["email"] = v1 if v1.__class__ is str else _unstructure(v1)
    return res


def unstructure_OrderCreate(instance: OrderCreate) -> dict[str, Any]:
    res: dict[str, Any] = {}
    v0 = instance.customer
    res["customer"] = v0 if v0.__class__ is str else _unstructure(v0)
    v1 = instance.account_identifier
    res["account_identifier"] = v1 if v1.__class__ is str else _unstructure(v1)
    v2 = instance.recipient
    res["recipient"] = unstructure_Recipient(v2)
    v3 = instance.sku
    res["sku"] = v3 if v3.__class__ is str else _unstructure(v3)
    v4 = instance.amount
    if v4 is not _UNSET:
        res["amount"] = v4 if v4.__class__ is int else _unstructure(v4)
    v5 = instance.reward_subject
    if v5 is not _UNSET:
        res["reward_subject"] = v5 if v5.__class__ is str else _unstructure(v5)
    v6 = instance.reward_message
    if v6 is not _UNSET:
        res["reward_message"] = v6 if v6.__class__ is str else _unstructure(v6)
    v7 = instance.reward_from
    if v7 is not _UNSET:
        res["reward_from"] = v7 if v7.__class__ is str else _unstructure(v7)
    v8 = instance.send_reward
    if v8 is not _UNSET:
        res["send_reward"] = v8 if v8.__class__ is bool else _unstructure(v8)
    v9 = instance.campaign
    if v9 is not _UNSET:
        res["campaign"] = v9 if v9.__class__ is str else _unstructure(v9)
    return res


def structure_RecipientView(o: Any, _: Any = None) -> RecipientView:
    if o.__class__ is not dict:
        return _checked(o, RecipientView)
    try:
        v0 = o.get("name")
        v1 = o.get("email")
        obj = _new(RecipientView)
        obj.name = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.email = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.extra_fields = {} if _known7.issuperset(o) else {k: v for k, v in o.items() if k not in _known7}
    except Exception:
        return _checked(o, RecipientView)
    return obj


def structure_MoneyView(o: Any, _: Any = None) -> MoneyView:
    if o.__class__ is not dict:
        return _checked(o, MoneyView)
    try:
        v0 = o.get("value")
        v1 = o.get("currency_code")
        obj = _new(MoneyView)
        obj.value = None if v0 is None else (v0 if v0.__class__ is int else int(v0))
        obj.currency_code = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.extra_fields = {} if _known8.issuperset(o) else {k: v for k, v in o.items() if k not in _known8}
    except Exception:
        return _checked(o, MoneyView)
    return obj


def structure_RewardCredentials(o: Any, _: Any = None) -> RewardCredentials:
    if o.__class__ is not dict:
        return _checked(o, RewardCredentials)
    try:
        v0 = o.get("token")
        v1 = o.get("number")
        v2 = o.get("pin")
        v3 = o.get("redemption_url")
        v4 = o.get("event_number")
        v5 = o.get("expiration")
        obj = _new(RewardCredentials)
        obj.token = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.number = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.pin = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.redemption_url = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.event_number = None if v4 is None else (v4 if v4.__class__ is str else str(v4))
        obj.expiration = None if v5 is None else (v5 if v5.__class__ is str else str(v5))
        obj.extra_fields = {} if _known9.issuperset(o) else {k: v for k, v in o.items() if k not in _known9}
    except Exception:
        return _checked(o, RewardCredentials)
    return obj


def structure_Order(o: Any, _: Any = None) -> Order:
    if o.__class__ is not dict:
        return _checked(o, Order)
    try:
        v0 = o["order_id"]
        v1 = o.get("customer")
        v2 = o.get("account_identifier")
        v3 = o.get("sku")
        v4 = o.get("amount")
        v5 = o.get("denomination")
        v6 = o.get("amount_charged")
        v7 = o.get("reward_message")
        v8 = o.get("reward_subject")
        v9 = o.get("reward_from")
        v10 = o.get("delivered_at")
        v11 = o.get("recipient")
        v12 = o.get("reward")
        obj = _new(Order)
        obj.order_id = v0 if v0.__class__ is str else str(v0)
        obj.customer = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.account_identifier = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.sku = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.amount = None if v4 is None else (v4 if v4.__class__ is int else int(v4))
        obj.denomination = None if v5 is None else structure_MoneyView(v5)
        obj.amount_charged = None if v6 is None else structure_MoneyView(v6)
        obj.reward_message = None if v7 is None else (v7 if v7.__class__ is str else str(v7))
        obj.reward_subject = None if v8 is None else (v8 if v8.__class__ is str else str(v8))
        obj.reward_from = None if v9 is None else (v9 if v9.__class__ is str else str(v9))
        obj.delivered_at = (
            None
            if v10 is None
            else (_fromisoformat(v10) if v10.__class__ is str else _datetime(v10, datetime))
        )
        obj.recipient = None if v11 is None else structure_RecipientView(v11)
        obj.reward = None if v12 is None else structure_RewardCredentials(v12)
        obj.extra_fields = {} if _known10.issuperset(o) else {k: v for k, v in o.items() if k not in _known10}
    except Exception:
        return _checked(o, Order)
    return obj


def structure_OrderEnvelope(o: Any, _: Any = None) -> OrderEnvelope:
    if o.__class__ is not dict:
        return _checked(o, OrderEnvelope)
    try:
        v0 = o.get("success")
        v1 = o.get("order")
        v2 = o.get("system_message")
        obj = _new(OrderEnvelope)
        obj.success = None if v0 is None else (v0 if v0.__class__ is bool else _bool(v0, bool))
        obj.order = None if v1 is None else structure_Order(v1)
        obj.system_message = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.extra_fields = {} if _known11.issuperset(o) else {k: v for k, v in o.items() if k not in _known11}
    except Exception:
        return _checked(o, OrderEnvelope)
    return obj


def structure_OrderList(o: Any, _: Any = None) -> OrderList:
    if o.__class__ is not dict:
        return _checked(o, OrderList)
    try:
        v0 = o.get("success")
        v1 = o.get("offset")
        v2 = o.get("limit")
        v3 = o.get("start_date")
        v4 = o.get("end_date")
        v5 = o.get("result_count")
        v6 = o.get("total_count")
        v7 = o.get("orders", _MISSING)
        v8 = o.get("system_message")
        obj = _new(OrderList)
        obj.success = None if v0 is None else (v0 if v0.__class__ is bool else _bool(v0, bool))
        obj.offset = None if v1 is None else (v1 if v1.__class__ is int else int(v1))
        obj.limit = None if v2 is None else (v2 if v2.__class__ is int else int(v2))
        obj.start_date = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.end_date = None if v4 is None else (v4 if v4.__class__ is str else str(v4))
        obj.result_count = None if v5 is None else (v5 if v5.__class__ is int else int(v5))
        obj.total_count = None if v6 is None else (v6 if v6.__class__ is int else int(v6))
        obj.orders = (
            []
            if v7 is _MISSING
            else ([structure_Order(e0) for e0 in v7] if v7.__class__ is list else _mismatch())
        )
        obj.system_message = None if v8 is None else (v8 if v8.__class__ is str else str(v8))
        obj.extra_fields = {} if _known12.issuperset(o) else {k: v for k, v in o.items() if k not in _known12}
    except Exception:
        return _checked(o, OrderList)
    return obj


def structure_Resent(o: Any, _: Any = None) -> Resent:
    if o.__class__ is not dict:
        return _checked(o, Resent)
    try:
        v0 = o.get("success")
        v1 = o.get("system_message")
        obj = _new(Resent)
        obj.success = None if v0 is None else (v0 if v0.__class__ is bool else _bool(v0, bool))
        obj.system_message = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.extra_fields = {} if _known13.issuperset(o) else {k: v for k, v in o.items() if k not in _known13}
    except Exception:
        return _checked(o, Resent)
    return obj


def structure_RewardItem(o: Any, _: Any = None) -> RewardItem:
    if o.__class__ is not dict:
        return _checked(o, RewardItem)
    try:
        v0 = o["sku"]
        v1 = o.get("type")
        v2 = o.get("description")
        v3 = o.get("is_variable")
        v4 = o.get("denomination")
        v5 = o.get("min_price")
        v6 = o.get("max_price")
        v7 = o.get("currency_code")
        v8 = o.get("available")
        v9 = o.get("countries")
        v10 = o.get("unit_price")
        v11 = o.get("currency_type")
        v12 = o.get("locale")
        obj = _new(RewardItem)
        obj.sku = v0 if v0.__class__ is str else str(v0)
        obj.type = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.description = None if v2 is None else (v2 if v2.__class__ is str else str(v2))
        obj.is_variable = None if v3 is None else (v3 if v3.__class__ is bool else _bool(v3, bool))
        obj.denomination = None if v4 is None else (v4 if v4.__class__ is int else int(v4))
        obj.min_price = None if v5 is None else (v5 if v5.__class__ is int else int(v5))
        obj.max_price = None if v6 is None else (v6 if v6.__class__ is int else int(v6))
        obj.currency_code = None if v7 is None else (v7 if v7.__class__ is str else str(v7))
        obj.available = None if v8 is None else (v8 if v8.__class__ is bool else _bool(v8, bool))
        obj.countries = (
            None
            if v9 is None
            else (
                [(e0 if e0.__class__ is str else str(e0)) for e0 in v9]
                if v9.__class__ is list
                else _mismatch()
            )
        )
        obj.unit_price = None if v10 is None else (v10 if v10.__class__ is int else int(v10))
        obj.currency_type = None if v11 is None else (v11 if v11.__class__ is str else str(v11))
        obj.locale = None if v12 is None else (v12 if v12.__class__ is str else str(v12))
        obj.extra_fields = {} if _known14.issuperset(o) else {k: v for k, v in o.items() if k not in _known14}
    except Exception:
        return _checked(o, RewardItem)
    return obj


def structure_RewardBrand(o: Any, _: Any = None) -> RewardBrand:
    if o.__class__ is not dict:
        return _checked(o, RewardBrand)
    try:
        v0 = o.get("description")
        v1 = o.get("image_url")
        v2 = o.get("rewards", _MISSING)
        obj = _new(RewardBrand)
        obj.description = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.image_url = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.rewards = (
            []
            if v2 is _MISSING
            else ([structure_RewardItem(e0) for e0 in v2] if v2.__class__ is list else _mismatch())
        )
        obj.extra_fields = {} if _known15.issuperset(o) else {k: v for k, v in o.items() if k not in _known15}
    except Exception:
        return _checked(o, RewardBrand)
    return obj


def structure_ExchangeRates(o: Any, _: Any = None) -> ExchangeRates:
    if o.__class__ is not dict:
        return _checked(o, ExchangeRates)
    try:
        v0 = o.get("disclaimer")
        v1 = o.get("timestamp")
        v2 = o.get("rates")
        obj = _new(ExchangeRates)
        obj.disclaimer = None if v0 is None else (v0 if v0.__class__ is str else str(v0))
        obj.timestamp = None if v1 is None else (v1 if v1.__class__ is str else str(v1))
        obj.rates = (
            None
            if v2 is None
            else (
                [
                    (
                        {(k1 if k1.__class__ is str else str(k1)): e1 for k1, e1 in e0.items()}
                        if e0.__class__ is dict
                        else _mismatch()
                    )
                    for e0 in v2
                ]
                if v2.__class__ is list
                else _mismatch()
            )
        )
        obj.extra_fields = {} if _known16.issuperset(o) else {k: v for k, v in o.items() if k not in _known16}
    except Exception:
        return _checked(o, ExchangeRates)
    return obj


def structure_RewardsCatalog(o: Any, _: Any = None) -> RewardsCatalog:
    if o.__class__ is not dict:
        return _checked(o, RewardsCatalog)
    try:
        v0 = o.get("success")
        v1 = o.get("brands", _MISSING)
        v2 = o.get("xrates")
        v3 = o.get("system_message")
        obj = _new(RewardsCatalog)
        obj.success = None if v0 is None else (v0 if v0.__class__ is bool else _bool(v0, bool))
        obj.brands = (
            []
            if v1 is _MISSING
            else ([structure_RewardBrand(e0) for e0 in v1] if v1.__class__ is list else _mismatch())
        )
        obj.xrates = None if v2 is None else structure_ExchangeRates(v2)
        obj.system_message = None if v3 is None else (v3 if v3.__class__ is str else str(v3))
        obj.extra_fields = {} if _known17.issuperset(o) else {k: v for k, v in o.items() if k not in _known17}
    except Exception:
        return _checked(o, RewardsCatalog)
    return obj


_convert.register_fast_paths(
    structure={
        Account: structure_Account,
        AccountEnvelope: structure_AccountEnvelope,
        InvalidInput: structure_InvalidInput,
        ErrorBody: structure_ErrorBody,
        CardRegistered: structure_CardRegistered,
        Funded: structure_Funded,
        CardUnregistered: structure_CardUnregistered,
        RecipientView: structure_RecipientView,
        MoneyView: structure_MoneyView,
        RewardCredentials: structure_RewardCredentials,
        Order: structure_Order,
        OrderEnvelope: structure_OrderEnvelope,
        OrderList: structure_OrderList,
        Resent: structure_Resent,
        RewardItem: structure_RewardItem,
        RewardBrand: structure_RewardBrand,
        ExchangeRates: structure_ExchangeRates,
        RewardsCatalog: structure_RewardsCatalog,
    },
    unstructure={
        AccountCreate: unstructure_AccountCreate,
        BillingAddress: unstructure_BillingAddress,
        CreditCard: unstructure_CreditCard,
        CardRegister: unstructure_CardRegister,
        CardFund: unstructure_CardFund,
        CardUnregister: unstructure_CardUnregister,
        Recipient: unstructure_Recipient,
        OrderCreate: unstructure_OrderCreate,
    },
)
