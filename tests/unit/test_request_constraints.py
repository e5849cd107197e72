"""Every rule spec/ states for a request field rejects a bad value at construction, naming the field.

The cases are derived from spec/ itself: for each request model, each property and each rule of its
schema, an otherwise valid object is built with that one value broken.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from aioraas.errors import ValidationError
from codegen.bundle import JsonObject, is_enum, ref_name
from tests.helpers.spec import (
    MODULES,
    SPEC,
    attr_names,
    models,
    spec_defs,
    types_of,
    valid_python_value,
    valid_request_kwargs,
)

WRONG_TYPE = {"string": 12345, "integer": "12", "boolean": "yes", "array": "not-a-list", "object": ["x"]}


def violations(version: str, schema: JsonObject) -> Iterator[tuple[str, Any]]:
    """(rule, bad value) for every rule of ``schema``."""
    target = ref_name(schema)
    if target is not None:
        target_schema = spec_defs(version)[target]
        if is_enum(target_schema):
            yield "enum", "NOT_A_KNOWN_VALUE"
            yield "type", 12345
        else:
            yield "type", {"not": "a model"}
        return
    types = types_of(schema)
    if "null" not in types:
        yield "not_null", None
    fmt = schema.get("format")
    if fmt == "decimal":
        yield "type", "not-a-number"
        yield "finite", Decimal("NaN")
    elif fmt == "date-time":
        yield "type", "2030-01-01T00:00:00Z"
    elif any(t != "null" for t in types):  # a schema without a type takes any JSON value
        kind = next(t for t in types if t != "null")
        yield "type", WRONG_TYPE[kind]
    yield from _string_violations(schema)
    yield from _number_violations(version, schema)
    yield from _array_violations(version, schema)


def _string_violations(schema: JsonObject) -> Iterator[tuple[str, Any]]:
    low, high = schema.get("minLength"), schema.get("maxLength")
    if low:
        yield "min_length", "7" * (low - 1)
    if high is not None:
        yield "max_length", "7" * (high + 1)
    if "pattern" in schema:
        size = max(low or 1, min(high or 5, 5))
        candidates = ("!" * size, " " * size, "é" * size, "A" * size)
        bad = next(c for c in candidates if re.search(schema["pattern"], c) is None)
        yield "pattern", bad
    if "x-aioraas-unicode-categories" in schema:
        yield "characters", "Bad $ymbol\u0007"


def _number_violations(version: str, schema: JsonObject) -> Iterator[tuple[str, Any]]:
    decimal = schema.get("format") == "decimal"
    step = Decimal("0.01") if decimal else 1
    if "minimum" in schema:
        yield "minimum", Decimal(str(schema["minimum"])) - step if decimal else schema["minimum"] - 1
    if "exclusiveMinimum" in schema:
        bound = schema["exclusiveMinimum"]
        yield "exclusive_minimum", Decimal(str(bound)) if decimal else bound
    if "maximum" in schema:
        yield "maximum", Decimal(str(schema["maximum"])) + step if decimal else schema["maximum"] + 1
    if "multipleOf" in schema:
        yield "multiple_of", valid_python_value(version, schema) + Decimal("0.001")


def _array_violations(version: str, schema: JsonObject) -> Iterator[tuple[str, Any]]:
    if "array" not in types_of(schema):
        return
    if schema.get("minItems"):
        yield "min_items", []
    if "maxItems" in schema:
        yield "max_items", [valid_python_value(version, schema["items"])] * (schema["maxItems"] + 1)
    for rule, bad_item in violations(version, schema["items"]):
        if rule != "not_null":
            yield rule, [bad_item]


def _cases() -> list[Any]:
    cases = []
    for version in ("v1", "v2"):
        for name, cls, schema in models(version, "request"):
            names = attr_names(cls)
            for prop, prop_schema in schema["properties"].items():
                for rule, bad in violations(version, prop_schema):
                    case_id = f"{version}.{name}.{prop}:{rule}"
                    cases.append(pytest.param(version, name, names[prop], rule, bad, id=case_id))
    return cases


CASES = _cases()


def test_the_spec_yields_many_cases() -> None:
    # Guards against the generator above silently producing nothing.
    assert len(CASES) > 300


@pytest.mark.parametrize(("version", "name", "attribute", "rule", "bad"), CASES)
def test_a_broken_rule_is_rejected_naming_the_field(
    version: str, name: str, attribute: str, rule: str, bad: Any
) -> None:
    kwargs = valid_request_kwargs(version, name)
    cls = getattr(MODULES[version], name)
    cls(**kwargs)  # the valid object is accepted
    kwargs[attribute] = bad
    with pytest.raises(ValidationError) as caught:
        cls(**kwargs)
    error = caught.value
    assert error.field == attribute
    assert error.rule == rule
    assert error.model == name
    assert attribute in str(error)


def _required_cases() -> list[Any]:
    cases = []
    for version in ("v1", "v2"):
        for name, cls, schema in models(version, "request"):
            names = attr_names(cls)
            for prop in schema.get("required", []):
                if "default" not in schema["properties"][prop]:
                    cases.append(pytest.param(version, name, names[prop], id=f"{version}.{name}.{prop}"))
    return cases


@pytest.mark.parametrize(("version", "name", "attribute"), _required_cases())
def test_a_missing_required_field_is_named(version: str, name: str, attribute: str) -> None:
    kwargs = valid_request_kwargs(version, name)
    del kwargs[attribute]
    with pytest.raises(TypeError, match=attribute):
        getattr(MODULES[version], name)(**kwargs)


# Requests Tango's OAS26 allows must pass the client's checks: the client never refuses them.
OAS26_ALLOWS = {
    "uppercase account identifier": lambda: MODULES["v2"].AccountCreate(
        account_identifier="ACME-HR-Q1", display_name="Q1", contact_email="ops@acme.test"
    ),
    "numeric and structured custom fields": lambda: _order(custom_fields={"costCenter": 4711, "tags": ["a"]}),
    "300-character email subject": lambda: _order(email_subject="s" * 300),
    "long message and purchase order number": lambda: _order(
        message="m" * 5000, purchase_order_number="p" * 300
    ),
    "externalRefID with punctuation": lambda: _order(external_ref_id="q1.bonus/0001:ann"),
    "recipient email Tango validates itself": lambda: _order(
        recipient=MODULES["v2"].Recipient(email="ann at acme")
    ),
    "funding notification without an address": lambda: MODULES["v2"].FundingNotification(),
    "deposit for a v1-style account identifier": lambda: MODULES["v2"].DepositCreate(
        customer_identifier="Co",
        account_identifier="acct_12+3",
        credit_card_token="t",
        amount=Decimal("50000.00"),
    ),
    "card for a v1-style account identifier": lambda: MODULES["v2"].CreditCardCreate(
        **{**valid_request_kwargs("v2", "CreditCardCreate"), "account_identifier": "acct_12+3"}
    ),
    "unregister for a v1-style account identifier": lambda: MODULES["v2"].CardUnregister(
        customer_identifier="Co", account_identifier="acct_12+3", credit_card_token="t"
    ),
    "transfer between v1-style accounts": lambda: MODULES["v2"].TransferCreate(
        transfer_from="acct_1", transfer_to="acct+2", amount=1, external_ref_id="x-y_z"
    ),
}


def _order(**fields: Any) -> Any:
    base: dict[str, Any] = {
        "customer_identifier": "acme-hr",
        "account_identifier": "acme-hr-q1",
        "utid": "U561593",
        "amount": 5,
    }
    return MODULES["v2"].OrderCreate(**{**base, **fields})


@pytest.mark.parametrize("build", list(OAS26_ALLOWS.values()), ids=list(OAS26_ALLOWS))
def test_what_oas26_allows_is_accepted(build: Any) -> None:
    build()


@pytest.mark.parametrize(
    ("fields", "rule"),
    [
        ({"amount": Decimal("-1")}, "minimum"),
        ({"amount": Decimal("1.001")}, "multiple_of"),
        ({"amount": "five"}, "type"),
        ({"utid": "X1"}, "pattern"),
    ],
)
def test_what_is_certainly_invalid_is_still_refused(fields: dict[str, Any], rule: str) -> None:
    with pytest.raises(ValidationError) as caught:
        _order(**fields)
    assert caught.value.rule == rule


_RULES = (
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "x-aioraas-unicode-categories",
)
_SOURCE_ROW = re.compile(r"^\| (v[12]) \| (\w+\.\w+) \| ([\w, -]+) \| (.+) \|$")


def _spec_rules() -> dict[tuple[str, str], set[str]]:
    found: dict[tuple[str, str], set[str]] = {}
    for version in ("v1", "v2"):
        for name, _cls, schema in models(version, "request"):
            for prop, sub in schema["properties"].items():
                items = sub.get("items") if isinstance(sub.get("items"), dict) else {}
                rules = {r for r in _RULES if r in sub} | {r for r in _RULES if r in items}
                if rules:
                    found[(version, f"{name}.{prop}")] = rules
    return found


def test_spec_readme_gives_a_source_for_exactly_the_rules_spec_has() -> None:
    readme = (SPEC / "README.md").read_text(encoding="utf-8")
    listed: dict[tuple[str, str], set[str]] = {}
    for line in readme.splitlines():
        if row := _SOURCE_ROW.match(line):
            version, field, rules, source = row.groups()
            assert source.strip(), line
            listed[(version, field)] = {r.strip() for r in rules.split(",")}
    assert len(listed) > 50
    assert listed == _spec_rules()


@pytest.mark.parametrize(
    ("amount", "accepted"),
    [
        (Decimal("100000000000000000000000000.000"), True),  # beyond Decimal's 28-digit remainders
        (Decimal("1E+999999"), True),
        (Decimal("100000000000000000000000000.001"), False),
    ],
)
def test_the_two_decimal_rule_holds_for_amounts_of_any_size(amount: Decimal, accepted: bool) -> None:
    def build() -> Any:
        return MODULES["v2"].DepositCreate(
            customer_identifier="Co", account_identifier="acct1", credit_card_token="t", amount=amount
        )

    if accepted:
        assert build().amount == amount
    else:
        with pytest.raises(ValidationError) as caught:
            build()
        assert caught.value.rule == "multiple_of"


@pytest.mark.parametrize(
    ("amount", "step", "expected"),
    [
        (Decimal("25.00"), Decimal("0.01"), True),
        (Decimal("25.005"), Decimal("0.01"), False),
        (Decimal("0.15"), Decimal("0.05"), True),
        (Decimal("0.12"), Decimal("0.05"), False),
        (Decimal("NaN"), Decimal("0.01"), False),
        (Decimal("sNaN"), Decimal("0.01"), False),
        (Decimal("Infinity"), Decimal("0.01"), False),
        (7, Decimal("0.01"), True),
    ],
)
def test_is_multiple_ignores_the_callers_decimal_context(amount: Any, step: Decimal, expected: bool) -> None:
    import decimal

    from aioraas._modelkit import is_multiple

    assert is_multiple(amount, step) is expected
    # A caller's context with no traps and little precision must not change the answer.
    with decimal.localcontext(decimal.Context(prec=3, traps=[])):
        assert is_multiple(amount, step) is expected


def test_replace_checks_only_the_new_value_and_leaves_the_original_alone() -> None:
    import attrs

    from aioraas._modelkit import UNSET, replace

    v2 = MODULES["v2"]
    order = v2.OrderCreate(
        customer_identifier="cust-1", account_identifier="acct-1", utid="U561593", amount=Decimal("25")
    )
    keyed = replace(order, "external_ref_id", "ref0001")
    assert keyed == attrs.evolve(order, external_ref_id="ref0001")
    assert keyed is not order
    assert order.external_ref_id is UNSET
    with pytest.raises(ValidationError) as caught:
        replace(order, "utid", "not-a-utid")
    assert caught.value.field == "utid"
    assert caught.value.rule == "pattern"
    converted = replace(order, "amount", "10.5")  # the field's converter runs too
    assert converted.amount == Decimal("10.5")
    assert isinstance(converted.amount, Decimal)


def test_replace_copies_every_field_of_a_one_field_request() -> None:
    import attrs

    from aioraas._modelkit import replace

    v2 = MODULES["v2"]
    notification = v2.FundingNotification(email_address="ann@example.test")
    changed = replace(notification, "email_address", "bob@example.test")
    assert changed == attrs.evolve(notification, email_address="bob@example.test")
    assert notification.email_address == "ann@example.test"
    full = v2.OrderCreate(
        customer_identifier="cust-1",
        account_identifier="acct-1",
        utid="U561593",
        amount=Decimal("25"),
        recipient=v2.Recipient(email="ann@example.test"),
        notes="n",
        send_email=False,
    )
    assert replace(full, "notes", "m") == attrs.evolve(full, notes="m")
