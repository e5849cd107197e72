"""Responses never break on what the API may send: unknown values, missing optional fields."""

from __future__ import annotations

from typing import Any

import pytest

from aioraas import _convert
from aioraas.models import v2
from tests.helpers.spec import MODULES, models, valid_string


def _minimal(version: str, schema: dict[str, Any]) -> dict[str, Any]:
    # Only the required keys, each with a plausible value.
    return {prop: valid_string({}) for prop in schema.get("required", [])}


@pytest.mark.parametrize(
    ("version", "name"),
    [(version, name) for version in ("v1", "v2") for name, _, _ in models(version, "response")],
)
def test_missing_optional_fields_decode_to_none(version: str, name: str) -> None:
    cls = getattr(MODULES[version], name)
    schema = next(s for n, _, s in models(version, "response") if n == name)
    model = _convert.structure(_minimal(version, schema), cls)
    required = set(schema.get("required", []))
    for field in cls.__attrs_attrs__:
        wire = field.metadata.get("json")
        if wire is not None and wire not in required:
            assert getattr(model, field.name) in (None, []), f"{name}.{field.name}"


def test_unknown_enum_values_stay_plain_strings() -> None:
    account = _convert.structure({"accountIdentifier": "a-1", "status": "UNDER_REVIEW"}, v2.Account)
    assert account.status == "UNDER_REVIEW"
    assert type(account.status) is str
    known = _convert.structure({"accountIdentifier": "a-1", "status": "FROZEN"}, v2.Account)
    assert known.status is v2.AccountStatus.FROZEN


def test_unknown_credential_type_is_kept_as_text() -> None:
    reward = _convert.structure(
        {
            "credentialList": [
                {"label": "Hologram", "value": "HX-77", "type": "hologram", "credentialType": "hologramCode"},
                {"label": "Code", "value": "C-1", "type": "text", "credentialType": "claimCode"},
            ]
        },
        v2.Reward,
    )
    assert reward.credential_list is not None
    odd, plain = reward.credential_list
    assert (odd.type, odd.credential_type, odd.value) == ("hologram", "hologramCode", "HX-77")
    assert plain.type is v2.CredentialValueType.TEXT


def test_order_delivery_method_unknown_value() -> None:
    order = _convert.structure({"referenceOrderID": "RA1", "deliveryMethod": "DRONE"}, v2.Order)
    assert order.delivery_method == "DRONE"


def test_a_wrong_shape_is_a_clear_error() -> None:
    with pytest.raises(Exception, match="expected a JSON object"):
        _convert.structure(["not", "an", "object"], v2.Order)
