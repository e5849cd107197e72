# GENERATED from spec/v1/*.json by `make codegen` (python -m codegen): do not edit by hand.
# Change spec/ or codegen/ and regenerate; `make check-generated` fails when this file is stale.

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from aioraas._modelkit import UNSET, RequestModel, ResponseModel, Unset, check, init_parts, masked


@attrs.define(kw_only=True, init=False)
class AccountCreate(RequestModel):
    """POST /accounts: create a platform account under a customer."""

    identifier: str = attrs.field(
        validator=check(
            str,
            min_length=5,
            max_length=96,
            pattern="^[A-Za-z0-9_+-]{5,96}$",
            accepts=lambda c: (
                lambda v: (
                    isinstance(v, str)
                    and len(v) >= 5
                    and (len(v) <= 96)
                    and (c.pattern.search(v) is not None)
                )
            ),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if isinstance(v, str)
                    and len(v) >= 5
                    and (len(v) <= 96)
                    and (c.pattern.search(v) is not None)
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "identifier"},
    )
    """The account identifier: 5-96 of A-Z a-z 0-9 _ - +, unique to the platform."""
    email: str = attrs.field(
        validator=check(
            str,
            pattern="^\\S+@\\S+$",
            accepts=lambda c: lambda v: isinstance(v, str) and c.pattern.search(v) is not None,
            quick=lambda c: (
                lambda i, a, v: None if isinstance(v, str) and c.pattern.search(v) is not None else c(i, a, v)
            ),
        ),
        metadata={"json": "email"},
    )
    """The account's contact email."""
    customer: str = attrs.field(
        validator=check(
            str,
            min_length=3,
            max_length=96,
            accepts=lambda c: lambda v: isinstance(v, str) and len(v) >= 3 and (len(v) <= 96),
            quick=lambda c: (
                lambda i, a, v: None if isinstance(v, str) and len(v) >= 3 and (len(v) <= 96) else c(i, a, v)
            ),
        ),
        metadata={"json": "customer"},
    )
    """The customer (company, department, ...) the account belongs to."""

    def __init__(self, *, identifier: str, email: str, customer: str) -> None:
        _s = _AccountCreate_setters
        _s[0](self, identifier)
        _s[1](self, email)
        _s[2](self, customer)
        _c = _AccountCreate_checks
        if (
            not (
                isinstance(identifier, str)
                and len(identifier) >= 5
                and len(identifier) <= 96
                and _c[0].pattern.search(identifier) is not None
            )
            and not attrs.validators.get_disabled()
        ):
            _c[0](self, _AccountCreate_fields[0], identifier)
        if (
            not (isinstance(email, str) and _c[1].pattern.search(email) is not None)
            and not attrs.validators.get_disabled()
        ):
            _c[1](self, _AccountCreate_fields[1], email)
        if (
            not (isinstance(customer, str) and len(customer) >= 3 and len(customer) <= 96)
            and not attrs.validators.get_disabled()
        ):
            _c[2](self, _AccountCreate_fields[2], customer)

    def __copy__(self) -> AccountCreate:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not AccountCreate:
            return attrs.evolve(self)
        copy = object.__new__(AccountCreate)
        _s = _AccountCreate_setters
        _s[0](copy, self.identifier)
        _s[1](copy, self.email)
        _s[2](copy, self.customer)
        return copy


_AccountCreate_setters, _AccountCreate_checks, _AccountCreate_fields = init_parts(AccountCreate)


@attrs.define(kw_only=True)
class Account(ResponseModel):
    """A platform account. Money is in cents."""

    identifier: str = attrs.field(metadata={"json": "identifier"})
    email: str | None = attrs.field(default=None, metadata={"json": "email"})
    customer: str | None = attrs.field(default=None, metadata={"json": "customer"})
    available_balance: int | None = attrs.field(default=None, metadata={"json": "available_balance"})
    """Funds available, in cents."""


@attrs.define(kw_only=True)
class AccountEnvelope(ResponseModel):
    """The answer to account create and lookup. v1.1 lookups may answer with the account's fields at the top level instead; the client accepts both."""

    success: bool | None = attrs.field(default=None, metadata={"json": "success"})
    account: Account | None = attrs.field(default=None, metadata={"json": "account"})
    system_message: str | None = attrs.field(default=None, metadata={"json": "system_message"})
    """A note from Tango Card to the platform (planned outages, ...); not for end users."""


@attrs.define(kw_only=True)
class InvalidInput(ResponseModel):
    """One invalid field of a 403 "Validation failed"."""

    field: str | None = attrs.field(default=None, metadata={"json": "field"})
    error: str | None = attrs.field(default=None, metadata={"json": "error"})


@attrs.define(kw_only=True)
class ErrorBody(ResponseModel):
    """Every v1 error body: success is false; the other fields depend on the error (X-Status-Reason tells which)."""

    success: bool | None = attrs.field(default=None, metadata={"json": "success"})
    error_message: str | None = attrs.field(default=None, metadata={"json": "error_message"})
    """A debug message (for a 500, an error code such as RAAS:OC:1003)."""
    invalid_inputs: list[InvalidInput] | None = attrs.field(default=None, metadata={"json": "invalid_inputs"})
    denial_code: str | None = attrs.field(default=None, metadata={"json": "denial_code"})
    """Card funding failures: CC_DECLINED, CC_ERROR, CC_REVIEW or CC_UNKNOWN."""
    denial_message: str | None = attrs.field(default=None, metadata={"json": "denial_message"})
    """Safe to show to end users."""
    available_balance: int | None = attrs.field(default=None, metadata={"json": "available_balance"})
    """Insufficient funds: the balance in cents."""
    content_types: list[str] | None = attrs.field(default=None, metadata={"json": "content_types"})
    system_message: str | None = attrs.field(default=None, metadata={"json": "system_message"})


@attrs.define(kw_only=True, init=False)
class BillingAddress(RequestModel):
    """The card's billing address; every field but country is required."""

    f_name: str = attrs.field(
        validator=check(
            str,
            min_length=1,
            max_length=50,
            accepts=lambda c: lambda v: isinstance(v, str) and len(v) >= 1 and (len(v) <= 50),
            quick=lambda c: (
                lambda i, a, v: None if isinstance(v, str) and len(v) >= 1 and (len(v) <= 50) else c(i, a, v)
            ),
        ),
        metadata={"json": "f_name"},
    )
    l_name: str = attrs.field(
        validator=check(
            str,
            min_length=1,
            max_length=50,
            accepts=lambda c: lambda v: isinstance(v, str) and len(v) >= 1 and (len(v) <= 50),
            quick=lambda c: (
                lambda i, a, v: None if isinstance(v, str) and len(v) >= 1 and (len(v) <= 50) else c(i, a, v)
            ),
        ),
        metadata={"json": "l_name"},
    )
    address: str = attrs.field(
        validator=check(
            str,
            min_length=1,
            max_length=60,
            accepts=lambda c: lambda v: isinstance(v, str) and len(v) >= 1 and (len(v) <= 60),
            quick=lambda c: (
                lambda i, a, v: None if isinstance(v, str) and len(v) >= 1 and (len(v) <= 60) else c(i, a, v)
            ),
        ),
        metadata={"json": "address"},
    )
    city: str = attrs.field(
        validator=check(
            str,
            min_length=1,
            max_length=40,
            accepts=lambda c: lambda v: isinstance(v, str) and len(v) >= 1 and (len(v) <= 40),
            quick=lambda c: (
                lambda i, a, v: None if isinstance(v, str) and len(v) >= 1 and (len(v) <= 40) else c(i, a, v)
            ),
        ),
        metadata={"json": "city"},
    )
    state: str = attrs.field(
        validator=check(
            str,
            min_length=1,
            max_length=40,
            accepts=lambda c: lambda v: isinstance(v, str) and len(v) >= 1 and (len(v) <= 40),
            quick=lambda c: (
                lambda i, a, v: None if isinstance(v, str) and len(v) >= 1 and (len(v) <= 40) else c(i, a, v)
            ),
        ),
        metadata={"json": "state"},
    )
    zip: str = attrs.field(
        validator=check(
            str,
            min_length=1,
            max_length=20,
            accepts=lambda c: lambda v: isinstance(v, str) and len(v) >= 1 and (len(v) <= 20),
            quick=lambda c: (
                lambda i, a, v: None if isinstance(v, str) and len(v) >= 1 and (len(v) <= 20) else c(i, a, v)
            ),
        ),
        metadata={"json": "zip"},
    )
    email: str = attrs.field(
        validator=check(
            str,
            min_length=5,
            max_length=255,
            pattern="^\\S+@\\S+$",
            accepts=lambda c: (
                lambda v: (
                    isinstance(v, str)
                    and len(v) >= 5
                    and (len(v) <= 255)
                    and (c.pattern.search(v) is not None)
                )
            ),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if isinstance(v, str)
                    and len(v) >= 5
                    and (len(v) <= 255)
                    and (c.pattern.search(v) is not None)
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "email"},
    )
    country: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            min_length=1,
            max_length=60,
            accepts=lambda c: lambda v: v is UNSET or (isinstance(v, str) and len(v) >= 1 and (len(v) <= 60)),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v is UNSET or (isinstance(v, str) and len(v) >= 1 and (len(v) <= 60))
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "country"},
    )

    def __init__(
        self,
        *,
        f_name: str,
        l_name: str,
        address: str,
        city: str,
        state: str,
        zip: str,
        email: str,
        country: str | Unset = UNSET,
    ) -> None:
        _s = _BillingAddress_setters
        _s[0](self, f_name)
        _s[1](self, l_name)
        _s[2](self, address)
        _s[3](self, city)
        _s[4](self, state)
        _s[5](self, zip)
        _s[6](self, email)
        _s[7](self, country)
        _c = _BillingAddress_checks
        if (
            not (isinstance(f_name, str) and len(f_name) >= 1 and len(f_name) <= 50)
            and not attrs.validators.get_disabled()
        ):
            _c[0](self, _BillingAddress_fields[0], f_name)
        if (
            not (isinstance(l_name, str) and len(l_name) >= 1 and len(l_name) <= 50)
            and not attrs.validators.get_disabled()
        ):
            _c[1](self, _BillingAddress_fields[1], l_name)
        if (
            not (isinstance(address, str) and len(address) >= 1 and len(address) <= 60)
            and not attrs.validators.get_disabled()
        ):
            _c[2](self, _BillingAddress_fields[2], address)
        if (
            not (isinstance(city, str) and len(city) >= 1 and len(city) <= 40)
            and not attrs.validators.get_disabled()
        ):
            _c[3](self, _BillingAddress_fields[3], city)
        if (
            not (isinstance(state, str) and len(state) >= 1 and len(state) <= 40)
            and not attrs.validators.get_disabled()
        ):
            _c[4](self, _BillingAddress_fields[4], state)
        if (
            not (isinstance(zip, str) and len(zip) >= 1 and len(zip) <= 20)
            and not attrs.validators.get_disabled()
        ):
            _c[5](self, _BillingAddress_fields[5], zip)
        if (
            not (
                isinstance(email, str)
                and len(email) >= 5
                and len(email) <= 255
                and _c[6].pattern.search(email) is not None
            )
            and not attrs.validators.get_disabled()
        ):
            _c[6](self, _BillingAddress_fields[6], email)
        if (
            not (country is UNSET or (isinstance(country, str) and len(country) >= 1 and len(country) <= 60))
            and not attrs.validators.get_disabled()
        ):
            _c[7](self, _BillingAddress_fields[7], country)

    def __copy__(self) -> BillingAddress:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not BillingAddress:
            return attrs.evolve(self)
        copy = object.__new__(BillingAddress)
        _s = _BillingAddress_setters
        _s[0](copy, self.f_name)
        _s[1](copy, self.l_name)
        _s[2](copy, self.address)
        _s[3](copy, self.city)
        _s[4](copy, self.state)
        _s[5](copy, self.zip)
        _s[6](copy, self.email)
        _s[7](copy, self.country)
        return copy


_BillingAddress_setters, _BillingAddress_checks, _BillingAddress_fields = init_parts(BillingAddress)


@attrs.define(kw_only=True, init=False)
class CreditCard(RequestModel):
    """A credit card to register. The number and security code never appear in reprs, logs or errors."""

    number: str = attrs.field(
        validator=check(
            str,
            sensitive=True,
            min_length=10,
            max_length=20,
            accepts=lambda c: lambda v: isinstance(v, str) and len(v) >= 10 and (len(v) <= 20),
            quick=lambda c: (
                lambda i, a, v: None if isinstance(v, str) and len(v) >= 10 and (len(v) <= 20) else c(i, a, v)
            ),
        ),
        repr=masked,
        metadata={"json": "number", "sensitive": True},
    )
    expiration: str = attrs.field(
        validator=check(
            str,
            pattern="^[0-9]{4}-(?:0[1-9]|1[0-2])$",
            accepts=lambda c: lambda v: isinstance(v, str) and c.pattern.search(v) is not None,
            quick=lambda c: (
                lambda i, a, v: None if isinstance(v, str) and c.pattern.search(v) is not None else c(i, a, v)
            ),
        ),
        metadata={"json": "expiration"},
    )
    """YYYY-MM."""
    security_code: str = attrs.field(
        validator=check(
            str,
            sensitive=True,
            pattern="^\\d{3,4}$",
            accepts=lambda c: lambda v: isinstance(v, str) and c.pattern.search(v) is not None,
            quick=lambda c: (
                lambda i, a, v: None if isinstance(v, str) and c.pattern.search(v) is not None else c(i, a, v)
            ),
        ),
        repr=masked,
        metadata={"json": "security_code", "sensitive": True},
    )
    billing_address: BillingAddress = attrs.field(
        validator=check(
            BillingAddress,
            accepts=lambda c: lambda v: v.__class__ is BillingAddress,
            quick=lambda c: lambda i, a, v: None if v.__class__ is BillingAddress else c(i, a, v),
        ),
        metadata={"json": "billing_address"},
    )

    def __init__(
        self, *, number: str, expiration: str, security_code: str, billing_address: BillingAddress
    ) -> None:
        _s = _CreditCard_setters
        _s[0](self, number)
        _s[1](self, expiration)
        _s[2](self, security_code)
        _s[3](self, billing_address)
        _c = _CreditCard_checks
        if (
            not (isinstance(number, str) and len(number) >= 10 and len(number) <= 20)
            and not attrs.validators.get_disabled()
        ):
            _c[0](self, _CreditCard_fields[0], number)
        if (
            not (isinstance(expiration, str) and _c[1].pattern.search(expiration) is not None)
            and not attrs.validators.get_disabled()
        ):
            _c[1](self, _CreditCard_fields[1], expiration)
        if (
            not (isinstance(security_code, str) and _c[2].pattern.search(security_code) is not None)
            and not attrs.validators.get_disabled()
        ):
            _c[2](self, _CreditCard_fields[2], security_code)
        if billing_address.__class__ is not BillingAddress and not attrs.validators.get_disabled():
            _c[3](self, _CreditCard_fields[3], billing_address)

    def __copy__(self) -> CreditCard:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not CreditCard:
            return attrs.evolve(self)
        copy = object.__new__(CreditCard)
        _s = _CreditCard_setters
        _s[0](copy, self.number)
        _s[1](copy, self.expiration)
        _s[2](copy, self.security_code)
        _s[3](copy, self.billing_address)
        return copy


_CreditCard_setters, _CreditCard_checks, _CreditCard_fields = init_parts(CreditCard)


@attrs.define(kw_only=True, init=False)
class CardRegister(RequestModel):
    """POST /cc_register: register a credit card to an account."""

    customer: str = attrs.field(
        validator=check(
            str,
            min_length=1,
            max_length=96,
            accepts=lambda c: lambda v: isinstance(v, str) and len(v) >= 1 and (len(v) <= 96),
            quick=lambda c: (
                lambda i, a, v: None if isinstance(v, str) and len(v) >= 1 and (len(v) <= 96) else c(i, a, v)
            ),
        ),
        metadata={"json": "customer"},
    )
    account_identifier: str = attrs.field(
        validator=check(
            str,
            min_length=5,
            max_length=96,
            pattern="^[A-Za-z0-9_+-]{5,96}$",
            accepts=lambda c: (
                lambda v: (
                    isinstance(v, str)
                    and len(v) >= 5
                    and (len(v) <= 96)
                    and (c.pattern.search(v) is not None)
                )
            ),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if isinstance(v, str)
                    and len(v) >= 5
                    and (len(v) <= 96)
                    and (c.pattern.search(v) is not None)
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "account_identifier"},
    )
    client_ip: str = attrs.field(
        validator=check(
            str,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "client_ip"},
    )
    """The IP address of the person registering the card."""
    credit_card: CreditCard = attrs.field(
        validator=check(
            CreditCard,
            accepts=lambda c: lambda v: v.__class__ is CreditCard,
            quick=lambda c: lambda i, a, v: None if v.__class__ is CreditCard else c(i, a, v),
        ),
        metadata={"json": "credit_card"},
    )

    def __init__(
        self, *, customer: str, account_identifier: str, client_ip: str, credit_card: CreditCard
    ) -> None:
        _s = _CardRegister_setters
        _s[0](self, customer)
        _s[1](self, account_identifier)
        _s[2](self, client_ip)
        _s[3](self, credit_card)
        _c = _CardRegister_checks
        if (
            not (isinstance(customer, str) and len(customer) >= 1 and len(customer) <= 96)
            and not attrs.validators.get_disabled()
        ):
            _c[0](self, _CardRegister_fields[0], customer)
        if (
            not (
                isinstance(account_identifier, str)
                and len(account_identifier) >= 5
                and len(account_identifier) <= 96
                and _c[1].pattern.search(account_identifier) is not None
            )
            and not attrs.validators.get_disabled()
        ):
            _c[1](self, _CardRegister_fields[1], account_identifier)
        if not (isinstance(client_ip, str)) and not attrs.validators.get_disabled():
            _c[2](self, _CardRegister_fields[2], client_ip)
        if credit_card.__class__ is not CreditCard and not attrs.validators.get_disabled():
            _c[3](self, _CardRegister_fields[3], credit_card)

    def __copy__(self) -> CardRegister:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not CardRegister:
            return attrs.evolve(self)
        copy = object.__new__(CardRegister)
        _s = _CardRegister_setters
        _s[0](copy, self.customer)
        _s[1](copy, self.account_identifier)
        _s[2](copy, self.client_ip)
        _s[3](copy, self.credit_card)
        return copy


_CardRegister_setters, _CardRegister_checks, _CardRegister_fields = init_parts(CardRegister)


@attrs.define(kw_only=True)
class CardRegistered(ResponseModel):
    """A registered card. Keep cc_token: it cannot be retrieved later."""

    cc_token: str = attrs.field(metadata={"json": "cc_token"})
    success: bool | None = attrs.field(default=None, metadata={"json": "success"})
    active_date: int | None = attrs.field(default=None, metadata={"json": "active_date"})
    """Unix timestamp (UTC) from which the card can fund the account. The docs call it a string; the examples send a number."""
    system_message: str | None = attrs.field(default=None, metadata={"json": "system_message"})


@attrs.define(kw_only=True, init=False)
class CardFund(RequestModel):
    """POST /cc_fund: fund an account from a registered card. Amount in cents, at least 100."""

    customer: str = attrs.field(
        validator=check(
            str,
            min_length=1,
            max_length=96,
            accepts=lambda c: lambda v: isinstance(v, str) and len(v) >= 1 and (len(v) <= 96),
            quick=lambda c: (
                lambda i, a, v: None if isinstance(v, str) and len(v) >= 1 and (len(v) <= 96) else c(i, a, v)
            ),
        ),
        metadata={"json": "customer"},
    )
    account_identifier: str = attrs.field(
        validator=check(
            str,
            min_length=5,
            max_length=96,
            pattern="^[A-Za-z0-9_+-]{5,96}$",
            accepts=lambda c: (
                lambda v: (
                    isinstance(v, str)
                    and len(v) >= 5
                    and (len(v) <= 96)
                    and (c.pattern.search(v) is not None)
                )
            ),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if isinstance(v, str)
                    and len(v) >= 5
                    and (len(v) <= 96)
                    and (c.pattern.search(v) is not None)
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "account_identifier"},
    )
    amount: int = attrs.field(
        validator=check(
            int,
            ge=100,
            accepts=lambda c: lambda v: v.__class__ is int and v >= c.ge,
            quick=lambda c: lambda i, a, v: None if v.__class__ is int and v >= c.ge else c(i, a, v),
        ),
        metadata={"json": "amount"},
    )
    """Cents."""
    client_ip: str = attrs.field(
        validator=check(
            str,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "client_ip"},
    )
    cc_token: str = attrs.field(
        validator=check(
            str,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "cc_token"},
    )
    security_code: str = attrs.field(
        validator=check(
            str,
            sensitive=True,
            pattern="^\\d{3,4}$",
            accepts=lambda c: lambda v: isinstance(v, str) and c.pattern.search(v) is not None,
            quick=lambda c: (
                lambda i, a, v: None if isinstance(v, str) and c.pattern.search(v) is not None else c(i, a, v)
            ),
        ),
        repr=masked,
        metadata={"json": "security_code", "sensitive": True},
    )

    def __init__(
        self,
        *,
        customer: str,
        account_identifier: str,
        amount: int,
        client_ip: str,
        cc_token: str,
        security_code: str,
    ) -> None:
        _s = _CardFund_setters
        _s[0](self, customer)
        _s[1](self, account_identifier)
        _s[2](self, amount)
        _s[3](self, client_ip)
        _s[4](self, cc_token)
        _s[5](self, security_code)
        _c = _CardFund_checks
        if (
            not (isinstance(customer, str) and len(customer) >= 1 and len(customer) <= 96)
            and not attrs.validators.get_disabled()
        ):
            _c[0](self, _CardFund_fields[0], customer)
        if (
            not (
                isinstance(account_identifier, str)
                and len(account_identifier) >= 5
                and len(account_identifier) <= 96
                and _c[1].pattern.search(account_identifier) is not None
            )
            and not attrs.validators.get_disabled()
        ):
            _c[1](self, _CardFund_fields[1], account_identifier)
        if not (amount.__class__ is int and amount >= _c[2].ge) and not attrs.validators.get_disabled():
            _c[2](self, _CardFund_fields[2], amount)
        if not (isinstance(client_ip, str)) and not attrs.validators.get_disabled():
            _c[3](self, _CardFund_fields[3], client_ip)
        if not (isinstance(cc_token, str)) and not attrs.validators.get_disabled():
            _c[4](self, _CardFund_fields[4], cc_token)
        if (
            not (isinstance(security_code, str) and _c[5].pattern.search(security_code) is not None)
            and not attrs.validators.get_disabled()
        ):
            _c[5](self, _CardFund_fields[5], security_code)

    def __copy__(self) -> CardFund:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not CardFund:
            return attrs.evolve(self)
        copy = object.__new__(CardFund)
        _s = _CardFund_setters
        _s[0](copy, self.customer)
        _s[1](copy, self.account_identifier)
        _s[2](copy, self.amount)
        _s[3](copy, self.client_ip)
        _s[4](copy, self.cc_token)
        _s[5](copy, self.security_code)
        return copy


_CardFund_setters, _CardFund_checks, _CardFund_fields = init_parts(CardFund)


@attrs.define(kw_only=True)
class Funded(ResponseModel):
    """A completed card funding."""

    success: bool | None = attrs.field(default=None, metadata={"json": "success"})
    fund_id: str | None = attrs.field(default=None, metadata={"json": "fund_id"})
    amount: int | None = attrs.field(default=None, metadata={"json": "amount"})
    """Cents."""
    system_message: str | None = attrs.field(default=None, metadata={"json": "system_message"})


@attrs.define(kw_only=True, init=False)
class CardUnregister(RequestModel):
    """POST /cc_unregister: delete a card from an account. (Tango's schema double-escapes this account_identifier pattern; the same pattern as elsewhere is used here.)"""

    customer: str = attrs.field(
        validator=check(
            str,
            min_length=1,
            max_length=96,
            accepts=lambda c: lambda v: isinstance(v, str) and len(v) >= 1 and (len(v) <= 96),
            quick=lambda c: (
                lambda i, a, v: None if isinstance(v, str) and len(v) >= 1 and (len(v) <= 96) else c(i, a, v)
            ),
        ),
        metadata={"json": "customer"},
    )
    account_identifier: str = attrs.field(
        validator=check(
            str,
            min_length=5,
            max_length=96,
            pattern="^[A-Za-z0-9_+-]{5,96}$",
            accepts=lambda c: (
                lambda v: (
                    isinstance(v, str)
                    and len(v) >= 5
                    and (len(v) <= 96)
                    and (c.pattern.search(v) is not None)
                )
            ),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if isinstance(v, str)
                    and len(v) >= 5
                    and (len(v) <= 96)
                    and (c.pattern.search(v) is not None)
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "account_identifier"},
    )
    cc_token: str = attrs.field(
        validator=check(
            str,
            min_length=1,
            max_length=96,
            accepts=lambda c: lambda v: isinstance(v, str) and len(v) >= 1 and (len(v) <= 96),
            quick=lambda c: (
                lambda i, a, v: None if isinstance(v, str) and len(v) >= 1 and (len(v) <= 96) else c(i, a, v)
            ),
        ),
        metadata={"json": "cc_token"},
    )

    def __init__(self, *, customer: str, account_identifier: str, cc_token: str) -> None:
        _s = _CardUnregister_setters
        _s[0](self, customer)
        _s[1](self, account_identifier)
        _s[2](self, cc_token)
        _c = _CardUnregister_checks
        if (
            not (isinstance(customer, str) and len(customer) >= 1 and len(customer) <= 96)
            and not attrs.validators.get_disabled()
        ):
            _c[0](self, _CardUnregister_fields[0], customer)
        if (
            not (
                isinstance(account_identifier, str)
                and len(account_identifier) >= 5
                and len(account_identifier) <= 96
                and _c[1].pattern.search(account_identifier) is not None
            )
            and not attrs.validators.get_disabled()
        ):
            _c[1](self, _CardUnregister_fields[1], account_identifier)
        if (
            not (isinstance(cc_token, str) and len(cc_token) >= 1 and len(cc_token) <= 96)
            and not attrs.validators.get_disabled()
        ):
            _c[2](self, _CardUnregister_fields[2], cc_token)

    def __copy__(self) -> CardUnregister:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not CardUnregister:
            return attrs.evolve(self)
        copy = object.__new__(CardUnregister)
        _s = _CardUnregister_setters
        _s[0](copy, self.customer)
        _s[1](copy, self.account_identifier)
        _s[2](copy, self.cc_token)
        return copy


_CardUnregister_setters, _CardUnregister_checks, _CardUnregister_fields = init_parts(CardUnregister)


@attrs.define(kw_only=True)
class CardUnregistered(ResponseModel):
    """A card removed from an account."""

    success: bool | None = attrs.field(default=None, metadata={"json": "success"})
    message: str | None = attrs.field(default=None, metadata={"json": "message"})
    system_message: str | None = attrs.field(default=None, metadata={"json": "system_message"})


@attrs.define(kw_only=True, init=False)
class Recipient(RequestModel):
    """Who receives the reward."""

    name: str = attrs.field(
        validator=check(
            str,
            min_length=2,
            max_length=255,
            accepts=lambda c: lambda v: isinstance(v, str) and len(v) >= 2 and (len(v) <= 255),
            quick=lambda c: (
                lambda i, a, v: None if isinstance(v, str) and len(v) >= 2 and (len(v) <= 255) else c(i, a, v)
            ),
        ),
        metadata={"json": "name"},
    )
    email: str = attrs.field(
        validator=check(
            str,
            pattern="^\\S+@\\S+$",
            accepts=lambda c: lambda v: isinstance(v, str) and c.pattern.search(v) is not None,
            quick=lambda c: (
                lambda i, a, v: None if isinstance(v, str) and c.pattern.search(v) is not None else c(i, a, v)
            ),
        ),
        metadata={"json": "email"},
    )

    def __init__(self, *, name: str, email: str) -> None:
        _s = _Recipient_setters
        _s[0](self, name)
        _s[1](self, email)
        _c = _Recipient_checks
        if (
            not (isinstance(name, str) and len(name) >= 2 and len(name) <= 255)
            and not attrs.validators.get_disabled()
        ):
            _c[0](self, _Recipient_fields[0], name)
        if (
            not (isinstance(email, str) and _c[1].pattern.search(email) is not None)
            and not attrs.validators.get_disabled()
        ):
            _c[1](self, _Recipient_fields[1], email)

    def __copy__(self) -> Recipient:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not Recipient:
            return attrs.evolve(self)
        copy = object.__new__(Recipient)
        _s = _Recipient_setters
        _s[0](copy, self.name)
        _s[1](copy, self.email)
        return copy


_Recipient_setters, _Recipient_checks, _Recipient_fields = init_parts(Recipient)


@attrs.define(kw_only=True, init=False)
class OrderCreate(RequestModel):
    """POST /orders: place an order. Amount in cents: required for variable-price SKUs, left out for fixed-price ones. campaign is accepted though Tango's schema omits it."""

    customer: str = attrs.field(
        validator=check(
            str,
            min_length=3,
            max_length=96,
            accepts=lambda c: lambda v: isinstance(v, str) and len(v) >= 3 and (len(v) <= 96),
            quick=lambda c: (
                lambda i, a, v: None if isinstance(v, str) and len(v) >= 3 and (len(v) <= 96) else c(i, a, v)
            ),
        ),
        metadata={"json": "customer"},
    )
    account_identifier: str = attrs.field(
        validator=check(
            str,
            min_length=5,
            max_length=96,
            pattern="^[A-Za-z0-9_+-]{5,96}$",
            accepts=lambda c: (
                lambda v: (
                    isinstance(v, str)
                    and len(v) >= 5
                    and (len(v) <= 96)
                    and (c.pattern.search(v) is not None)
                )
            ),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if isinstance(v, str)
                    and len(v) >= 5
                    and (len(v) <= 96)
                    and (c.pattern.search(v) is not None)
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "account_identifier"},
    )
    recipient: Recipient = attrs.field(
        validator=check(
            Recipient,
            accepts=lambda c: lambda v: v.__class__ is Recipient,
            quick=lambda c: lambda i, a, v: None if v.__class__ is Recipient else c(i, a, v),
        ),
        metadata={"json": "recipient"},
    )
    sku: str = attrs.field(
        validator=check(
            str,
            accepts=lambda c: lambda v: isinstance(v, str),
            quick=lambda c: lambda i, a, v: None if isinstance(v, str) else c(i, a, v),
        ),
        metadata={"json": "sku"},
    )
    amount: int | Unset = attrs.field(
        default=UNSET,
        validator=check(
            int,
            optional=True,
            ge=1,
            le=100000,
            accepts=lambda c: lambda v: v is UNSET or (v.__class__ is int and v >= c.ge and (v <= c.le)),
            quick=lambda c: (
                lambda i, a, v: (
                    None if v is UNSET or (v.__class__ is int and v >= c.ge and (v <= c.le)) else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "amount"},
    )
    """Cents, 1-100000."""
    reward_subject: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            min_length=1,
            max_length=255,
            accepts=lambda c: (
                lambda v: v is UNSET or (isinstance(v, str) and len(v) >= 1 and (len(v) <= 255))
            ),
            quick=lambda c: (
                lambda i, a, v: (
                    None
                    if v is UNSET or (isinstance(v, str) and len(v) >= 1 and (len(v) <= 255))
                    else c(i, a, v)
                )
            ),
        ),
        metadata={"json": "reward_subject"},
    )
    reward_message: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            max_length=255,
            accepts=lambda c: lambda v: v is UNSET or (isinstance(v, str) and len(v) <= 255),
            quick=lambda c: (
                lambda i, a, v: None if v is UNSET or (isinstance(v, str) and len(v) <= 255) else c(i, a, v)
            ),
        ),
        metadata={"json": "reward_message"},
    )
    reward_from: str | Unset = attrs.field(
        default=UNSET,
        validator=check(
            str,
            optional=True,
            max_length=255,
            accepts=lambda c: lambda v: v is UNSET or (isinstance(v, str) and len(v) <= 255),
            quick=lambda c: (
                lambda i, a, v: None if v is UNSET or (isinstance(v, str) and len(v) <= 255) else c(i, a, v)
            ),
        ),
        metadata={"json": "reward_from"},
    )
    send_reward: bool | Unset = attrs.field(
        default=UNSET,
        validator=check(
            bool,
            optional=True,
            accepts=lambda c: lambda v: v is UNSET or v.__class__ is bool,
            quick=lambda c: lambda i, a, v: None if v is UNSET or v.__class__ is bool else c(i, a, v),
        ),
        metadata={"json": "send_reward"},
    )
    """Default true. When false Tango sends no email and the order carries the reward credentials."""
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

    def __init__(
        self,
        *,
        customer: str,
        account_identifier: str,
        recipient: Recipient,
        sku: str,
        amount: int | Unset = UNSET,
        reward_subject: str | Unset = UNSET,
        reward_message: str | Unset = UNSET,
        reward_from: str | Unset = UNSET,
        send_reward: bool | Unset = UNSET,
        campaign: str | Unset = UNSET,
    ) -> None:
        _s = _OrderCreate_setters
        _s[0](self, customer)
        _s[1](self, account_identifier)
        _s[2](self, recipient)
        _s[3](self, sku)
        _s[4](self, amount)
        _s[5](self, reward_subject)
        _s[6](self, reward_message)
        _s[7](self, reward_from)
        _s[8](self, send_reward)
        _s[9](self, campaign)
        _c = _OrderCreate_checks
        if (
            not (isinstance(customer, str) and len(customer) >= 3 and len(customer) <= 96)
            and not attrs.validators.get_disabled()
        ):
            _c[0](self, _OrderCreate_fields[0], customer)
        if (
            not (
                isinstance(account_identifier, str)
                and len(account_identifier) >= 5
                and len(account_identifier) <= 96
                and _c[1].pattern.search(account_identifier) is not None
            )
            and not attrs.validators.get_disabled()
        ):
            _c[1](self, _OrderCreate_fields[1], account_identifier)
        if recipient.__class__ is not Recipient and not attrs.validators.get_disabled():
            _c[2](self, _OrderCreate_fields[2], recipient)
        if not (isinstance(sku, str)) and not attrs.validators.get_disabled():
            _c[3](self, _OrderCreate_fields[3], sku)
        if (
            not (amount is UNSET or (amount.__class__ is int and amount >= _c[4].ge and amount <= _c[4].le))
            and not attrs.validators.get_disabled()
        ):
            _c[4](self, _OrderCreate_fields[4], amount)
        if (
            not (
                reward_subject is UNSET
                or (
                    isinstance(reward_subject, str)
                    and len(reward_subject) >= 1
                    and len(reward_subject) <= 255
                )
            )
            and not attrs.validators.get_disabled()
        ):
            _c[5](self, _OrderCreate_fields[5], reward_subject)
        if (
            not (reward_message is UNSET or (isinstance(reward_message, str) and len(reward_message) <= 255))
            and not attrs.validators.get_disabled()
        ):
            _c[6](self, _OrderCreate_fields[6], reward_message)
        if (
            not (reward_from is UNSET or (isinstance(reward_from, str) and len(reward_from) <= 255))
            and not attrs.validators.get_disabled()
        ):
            _c[7](self, _OrderCreate_fields[7], reward_from)
        if (
            not (send_reward is UNSET or (send_reward.__class__ is bool))
            and not attrs.validators.get_disabled()
        ):
            _c[8](self, _OrderCreate_fields[8], send_reward)
        if not (campaign is UNSET or (isinstance(campaign, str))) and not attrs.validators.get_disabled():
            _c[9](self, _OrderCreate_fields[9], campaign)

    def __copy__(self) -> OrderCreate:
        """A shallow copy, its fields stored as they are (they were checked when set)."""
        if self.__class__ is not OrderCreate:
            return attrs.evolve(self)
        copy = object.__new__(OrderCreate)
        _s = _OrderCreate_setters
        _s[0](copy, self.customer)
        _s[1](copy, self.account_identifier)
        _s[2](copy, self.recipient)
        _s[3](copy, self.sku)
        _s[4](copy, self.amount)
        _s[5](copy, self.reward_subject)
        _s[6](copy, self.reward_message)
        _s[7](copy, self.reward_from)
        _s[8](copy, self.send_reward)
        _s[9](copy, self.campaign)
        return copy


_OrderCreate_setters, _OrderCreate_checks, _OrderCreate_fields = init_parts(OrderCreate)


@attrs.define(kw_only=True)
class RecipientView(ResponseModel):
    """The recipient of an order."""

    name: str | None = attrs.field(default=None, metadata={"json": "name"})
    email: str | None = attrs.field(default=None, metadata={"json": "email"})


@attrs.define(kw_only=True)
class MoneyView(ResponseModel):
    """An amount in cents with its currency (v1.1 orders)."""

    value: int | None = attrs.field(default=None, metadata={"json": "value"})
    currency_code: str | None = attrs.field(default=None, metadata={"json": "currency_code"})


@attrs.define(kw_only=True)
class RewardCredentials(ResponseModel):
    """The reward itself (present when send_reward was false). The token, number, PIN and redemption URL redeem the reward: they are masked in reprs."""

    token: str | None = attrs.field(default=None, repr=masked, metadata={"json": "token", "sensitive": True})
    number: str | None = attrs.field(
        default=None, repr=masked, metadata={"json": "number", "sensitive": True}
    )
    pin: str | None = attrs.field(default=None, repr=masked, metadata={"json": "pin", "sensitive": True})
    redemption_url: str | None = attrs.field(
        default=None, repr=masked, metadata={"json": "redemption_url", "sensitive": True}
    )
    event_number: str | None = attrs.field(default=None, metadata={"json": "event_number"})
    expiration: str | None = attrs.field(default=None, metadata={"json": "expiration"})


@attrs.define(kw_only=True)
class Order(ResponseModel):
    """A placed order. amount is in cents (v1.0); v1.1 adds denomination and amount_charged."""

    order_id: str = attrs.field(metadata={"json": "order_id"})
    customer: str | None = attrs.field(default=None, metadata={"json": "customer"})
    account_identifier: str | None = attrs.field(default=None, metadata={"json": "account_identifier"})
    sku: str | None = attrs.field(default=None, metadata={"json": "sku"})
    amount: int | None = attrs.field(default=None, metadata={"json": "amount"})
    denomination: MoneyView | None = attrs.field(default=None, metadata={"json": "denomination"})
    amount_charged: MoneyView | None = attrs.field(default=None, metadata={"json": "amount_charged"})
    reward_message: str | None = attrs.field(default=None, metadata={"json": "reward_message"})
    reward_subject: str | None = attrs.field(default=None, metadata={"json": "reward_subject"})
    reward_from: str | None = attrs.field(default=None, metadata={"json": "reward_from"})
    delivered_at: datetime | None = attrs.field(default=None, metadata={"json": "delivered_at"})
    recipient: RecipientView | None = attrs.field(default=None, metadata={"json": "recipient"})
    reward: RewardCredentials | None = attrs.field(default=None, metadata={"json": "reward"})


@attrs.define(kw_only=True)
class OrderEnvelope(ResponseModel):
    """The answer to order create and lookup."""

    success: bool | None = attrs.field(default=None, metadata={"json": "success"})
    order: Order | None = attrs.field(default=None, metadata={"json": "order"})
    system_message: str | None = attrs.field(default=None, metadata={"json": "system_message"})


@attrs.define(kw_only=True)
class OrderList(ResponseModel):
    """One page of order history: offset/limit (limit at most 100) out of total_count."""

    success: bool | None = attrs.field(default=None, metadata={"json": "success"})
    offset: int | None = attrs.field(default=None, metadata={"json": "offset"})
    limit: int | None = attrs.field(default=None, metadata={"json": "limit"})
    start_date: str | None = attrs.field(default=None, metadata={"json": "start_date"})
    end_date: str | None = attrs.field(default=None, metadata={"json": "end_date"})
    result_count: int | None = attrs.field(default=None, metadata={"json": "result_count"})
    total_count: int | None = attrs.field(default=None, metadata={"json": "total_count"})
    orders: list[Order] = attrs.field(factory=list, metadata={"json": "orders"})
    system_message: str | None = attrs.field(default=None, metadata={"json": "system_message"})


@attrs.define(kw_only=True)
class Resent(ResponseModel):
    """POST /orders/{order_id}/resend succeeded."""

    success: bool | None = attrs.field(default=None, metadata={"json": "success"})
    system_message: str | None = attrs.field(default=None, metadata={"json": "system_message"})


@attrs.define(kw_only=True)
class RewardItem(ResponseModel):
    """One orderable reward. Prices are in cents. Fixed items carry denomination; variable items carry min_price/max_price (v1.0: a negative unit_price means variable). Tango's examples send some prices as strings; they are read as integers."""

    sku: str = attrs.field(metadata={"json": "sku"})
    type: str | None = attrs.field(default=None, metadata={"json": "type"})
    """"reward" or "npo" (v1.1)."""
    description: str | None = attrs.field(default=None, metadata={"json": "description"})
    is_variable: bool | None = attrs.field(default=None, metadata={"json": "is_variable"})
    denomination: int | None = attrs.field(default=None, metadata={"json": "denomination"})
    """Face value of a fixed item, in cents of currency_code."""
    min_price: int | None = attrs.field(default=None, metadata={"json": "min_price"})
    max_price: int | None = attrs.field(default=None, metadata={"json": "max_price"})
    currency_code: str | None = attrs.field(default=None, metadata={"json": "currency_code"})
    available: bool | None = attrs.field(default=None, metadata={"json": "available"})
    countries: list[str] | None = attrs.field(default=None, metadata={"json": "countries"})
    unit_price: int | None = attrs.field(default=None, metadata={"json": "unit_price"})
    """v1.0: the cost in cents of currency_type; negative for variable items."""
    currency_type: str | None = attrs.field(default=None, metadata={"json": "currency_type"})
    locale: str | None = attrs.field(default=None, metadata={"json": "locale"})


@attrs.define(kw_only=True)
class RewardBrand(ResponseModel):
    """A brand and its rewards."""

    description: str | None = attrs.field(default=None, metadata={"json": "description"})
    image_url: str | None = attrs.field(default=None, metadata={"json": "image_url"})
    rewards: list[RewardItem] = attrs.field(factory=list, metadata={"json": "rewards"})


@attrs.define(kw_only=True)
class ExchangeRates(ResponseModel):
    """Exchange rates published with the v1.1 catalog."""

    disclaimer: str | None = attrs.field(default=None, metadata={"json": "disclaimer"})
    timestamp: str | None = attrs.field(default=None, metadata={"json": "timestamp"})
    rates: list[dict[str, Any]] | None = attrs.field(default=None, metadata={"json": "rates"})


@attrs.define(kw_only=True)
class RewardsCatalog(ResponseModel):
    """GET /rewards."""

    success: bool | None = attrs.field(default=None, metadata={"json": "success"})
    brands: list[RewardBrand] = attrs.field(factory=list, metadata={"json": "brands"})
    xrates: ExchangeRates | None = attrs.field(default=None, metadata={"json": "xrates"})
    system_message: str | None = attrs.field(default=None, metadata={"json": "system_message"})
