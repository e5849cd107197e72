"""Hypothesis: the generated quick test of a request field's rules never accepts a value the rules reject.

Every request field carries a :class:`aioraas._modelkit.Check`. Its ``accepts`` lets valid values skip
:meth:`Check.problem`; it may say False for a valid value (problem() then decides), but it must never
say True for a value that problem() finds something wrong with.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aioraas._modelkit import UNSET, Check
from aioraas.models import v2
from tests.helpers.spec import models


def _signature(rules: Check) -> tuple[Any, ...]:
    return tuple(
        _signature(value) if isinstance(value, Check) else getattr(value, "pattern", value)
        for value in (getattr(rules, name) for name in Check.__slots__ if name not in ("accepts", "validate"))
    )


def distinct_checks() -> dict[str, Check]:
    """One Check per distinct set of rules used by a request field (or a list's items), by a name."""
    found: dict[tuple[Any, ...], tuple[str, Check]] = {}
    for version in ("v1", "v2"):
        for name, cls, _ in models(version, "request"):
            for a in attrs.fields(cls):
                rules = getattr(a.validator, "rules", None)
                while isinstance(rules, Check):
                    found.setdefault(_signature(rules), (f"{version}.{name}.{a.name}", rules))
                    rules = rules.items
    return dict(found.values())


CHECKS = distinct_checks()
SCALARS = st.one_of(
    st.none(),
    st.just(UNSET),
    st.booleans(),
    st.integers(-(10**7), 10**7),
    st.decimals(allow_nan=True, allow_infinity=True, places=3),
    st.floats(),
    st.text(max_size=12),
    st.datetimes(),
    st.dates(),
    st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2),
)


def _near(bound: Any) -> st.SearchStrategy[Any]:
    step = st.sampled_from([Decimal("0.001"), Decimal("0.01"), Decimal("0.1"), Decimal(1)])
    return st.builds(lambda s, n: Decimal(bound) + s * n, step, st.integers(-3, 3))


def _around(text: st.SearchStrategy[str], limit: int) -> st.SearchStrategy[str]:
    """Strings (repeats of ``text``) from 2 shorter than ``limit`` to 2 longer."""
    return st.builds(lambda t, n: ((t or "x") * (limit + 2))[: max(0, limit + n)], text, st.integers(-2, 2))


def values_for(rules: Check) -> st.SearchStrategy[Any]:
    """Values of every kind, and values of the field's kind near each of its rules' limits."""
    options: list[st.SearchStrategy[Any]] = [SCALARS, st.lists(SCALARS, max_size=3), st.tuples(SCALARS)]
    text = st.text(max_size=12)
    if rules.pattern is not None:
        text = st.from_regex(rules.pattern, fullmatch=True)
    for limit in (rules.min_length, rules.max_length):
        if limit is not None:
            options.append(_around(text, limit))
    options.append(text)
    if rules.categories is not None:
        options.append(st.text(alphabet=st.characters(codec="utf-8"), max_size=12))
    if rules.enum is not None:
        options.append(st.sampled_from([*rules.enum, *(m.value for m in rules.enum)]))
    for bound in (rules.ge, rules.gt, rules.le, rules.lt):
        if bound is not None:
            options.append(_near(bound))
            options.append(_near(bound).map(int))
    if rules.multiple_of is not None:
        options.append(st.decimals(min_value=0, max_value=1000, places=4))
    if isinstance(rules.kind, type) and attrs.has(rules.kind):
        options.append(st.just(object()))
    for limit in (rules.min_items, rules.max_items):
        if limit is not None:
            options.append(st.lists(SCALARS, min_size=max(0, limit - 1), max_size=limit + 1))
    if rules.items is not None:
        options.append(st.lists(values_for(rules.items), max_size=3))
    return st.one_of(options)


@pytest.mark.parametrize("where", sorted(CHECKS))
@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(data=st.data())
def test_accepts_only_what_the_rules_accept(where: str, data: st.DataObject) -> None:
    rules = CHECKS[where]
    value = data.draw(values_for(rules))
    if rules.accepts(value):
        assert rules.problem(value) is None, f"{where} accepted {value!r}"


def test_a_valid_order_takes_the_quick_path() -> None:
    order = v2.OrderCreate(
        customer_identifier="acme-hr",
        account_identifier="acme-hr-q1",
        utid="U561593",
        amount=Decimal("25.00"),
        recipient=v2.Recipient(email="ann@example.test", first_name="Ann"),
        external_ref_id="q1-bonus-0001",
        expiration_date=datetime(2030, 1, 1),
        custom_fields={"team": "hr"},
        send_email=False,
    )
    for a in attrs.fields(v2.OrderCreate):
        assert a.validator.rules.accepts(getattr(order, a.name)), a.name


def test_kinds_without_a_quick_path_still_validate() -> None:
    rules = Check(str, categories="LNPZ")
    assert not rules.accepts("Acme HR")
    assert rules.problem("Acme HR") is None
    assert rules.problem("Acme\x00HR") is not None
    # A Check built by hand has no quick test (make codegen writes those): problem() decides.
    assert not Check(date).accepts(date(2030, 1, 1))
    assert Check(date).problem(date(2030, 1, 1)) is None
    assert Check(date).problem(datetime(2030, 1, 1)) is not None
