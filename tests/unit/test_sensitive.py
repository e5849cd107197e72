"""Fields marked sensitive in spec/ never show their value in a repr or an error message."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from aioraas import _convert
from aioraas.errors import ValidationError
from tests.helpers.spec import MODULES, attr_names, models, valid_request_kwargs

SECRET = "4999123456781234"


def _sensitive_fields(role: str, *, constrained: bool = False) -> list[Any]:
    return [
        pytest.param(version, name, attr_names(cls)[prop], id=f"{version}.{name}.{prop}")
        for version in ("v1", "v2")
        for name, cls, schema in models(version, role)
        for prop, sub in schema["properties"].items()
        if sub.get("x-aioraas-sensitive")
        and (not constrained or {"pattern", "minLength", "maxLength"} & set(sub))
    ]


REQUEST_FIELDS = _sensitive_fields("request")
RESPONSE_FIELDS = _sensitive_fields("response")
# Sensitive request fields that have a rule to break (Tango's v2 card fields have none).
CONSTRAINED_REQUEST_FIELDS = _sensitive_fields("request", constrained=True)


def test_the_spec_marks_the_expected_secrets() -> None:
    marked = {p.id for p in REQUEST_FIELDS + RESPONSE_FIELDS}
    assert {
        "v1.CreditCard.number",
        "v1.CreditCard.security_code",
        "v1.CardFund.security_code",
        "v1.RewardCredentials.token",
        "v1.RewardCredentials.number",
        "v1.RewardCredentials.pin",
        "v2.CardDetails.number",
        "v2.CardDetails.verificationNumber",
        "v2.Credential.value",
        "v2.Reward.credentials",
        "v2.WebhookCreate.hmacSharedSecretKey",
        "v2.WebhookHeader.value",
        "v2.Webhook.hmacSharedSecretKey",
        "v2.WebhookHeaderView.value",
    } <= marked


@pytest.mark.parametrize(("version", "name", "attribute"), REQUEST_FIELDS)
def test_request_repr_masks_the_value(version: str, name: str, attribute: str) -> None:
    cls = getattr(MODULES[version], name)
    kwargs = valid_request_kwargs(version, name)
    value = kwargs[attribute]
    model = cls(**kwargs)
    assert str(value) not in repr(model)
    assert f"{attribute}='<redacted>'" in repr(model)
    assert getattr(model, attribute) == value  # masked in the repr only


def test_some_sensitive_request_fields_have_rules_to_break() -> None:
    assert {p.id for p in CONSTRAINED_REQUEST_FIELDS} >= {"v1.CreditCard.number", "v1.CardFund.security_code"}


@pytest.mark.parametrize(("version", "name", "attribute"), CONSTRAINED_REQUEST_FIELDS)
def test_validation_errors_do_not_quote_the_value(version: str, name: str, attribute: str) -> None:
    cls = getattr(MODULES[version], name)
    kwargs = valid_request_kwargs(version, name)
    kwargs[attribute] = "x" + SECRET + "!" * 300  # breaks pattern and/or length
    with pytest.raises(ValidationError) as caught:
        cls(**kwargs)
    assert SECRET not in str(caught.value)
    assert caught.value.field == attribute


@pytest.mark.parametrize(("version", "name", "attribute"), RESPONSE_FIELDS)
def test_response_repr_masks_the_value(version: str, name: str, attribute: str) -> None:
    cls = getattr(MODULES[version], name)
    field = attrs.fields_dict(cls)[attribute]
    wire_value: Any = {"Card Number": SECRET} if "dict" in str(field.type) else SECRET
    model = _convert.structure({field.metadata["json"]: wire_value, **_required(cls)}, cls)
    assert SECRET not in repr(model)


def _required(cls: type) -> dict[str, str]:
    return {
        a.metadata["json"]: "x"
        for a in attrs.fields(cls)
        if a.default is attrs.NOTHING and "json" in a.metadata
    }


def test_nested_secrets_stay_masked_in_a_whole_order() -> None:
    from aioraas.models import v2

    order = _convert.structure(
        {
            "referenceOrderID": "RA1",
            "reward": {
                "credentials": {"PIN": SECRET},
                "credentialList": [
                    {"label": "PIN", "value": SECRET, "type": "text", "credentialType": "pin"}
                ],
            },
        },
        v2.Order,
    )
    assert SECRET not in repr(order)
    assert SECRET not in str(order)
