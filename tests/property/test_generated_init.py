"""Hypothesis: the generated ``__init__`` of every request model does what attrs' own would.

``make codegen`` writes each request class's ``__init__`` (codegen/inits.py) and asks attrs for
none; attrs still writes its own as ``__attrs_init__``. For any mix of arguments, valid or not,
both give an equal instance (the same values, of the same types) or the same ValidationError
(field, JSON name, rule).
"""

from __future__ import annotations

import copy
import sys
from collections import Counter
from datetime import datetime
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from aioraas._modelkit import UNSET, Check
from aioraas.errors import ValidationError
from aioraas.models import v2
from tests.helpers.spec import models
from tests.property.test_check_accepts import values_for

built: Counter[str] = Counter()
REQUESTS = {
    f"{version}.{name}": cls for version in ("v1", "v2") for name, cls, _ in models(version, "request")
}


def _build(make: Any, kwargs: dict[str, Any]) -> tuple[str, Any]:
    try:
        instance = make(**kwargs)
    except ValidationError as exc:
        return "error", (exc.field, exc.wire_name, exc.rule, str(exc))
    return "built", instance


def _attrs_made(cls: type) -> Any:
    def make(**kwargs: Any) -> Any:
        instance = object.__new__(cls)
        instance.__attrs_init__(**kwargs)
        return instance

    return make


def _values(instance: Any) -> list[tuple[str, type, Any]]:
    return [(a.name, type(value := getattr(instance, a.name)), value) for a in attrs.fields(type(instance))]


def _arguments(cls: type, *, valid_only: bool = False) -> st.SearchStrategy[dict[str, Any]]:
    """Every required field, and any of the others, each with a value its rules accept three
    times in four (so that whole instances get built), else a value of any kind."""
    fields: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for a in attrs.fields(cls):
        rules = a.validator.rules
        valid = _valid(rules)
        values = valid if valid_only else st.one_of(valid, valid, valid, values_for(rules))
        (fields if a.default is attrs.NOTHING else optional)[a.name] = values
    return st.fixed_dictionaries(fields, optional=optional)


def _valid(rules: Check) -> st.SearchStrategy[Any]:
    """Values the rules accept (mostly: what slips through is filtered out)."""
    kind = rules.kind
    values: st.SearchStrategy[Any]
    if rules.enum is not None:
        values = st.sampled_from([*rules.enum, *(m.value for m in rules.enum)])
    elif kind is str and rules.pattern is not None:
        values = st.from_regex(rules.pattern, fullmatch=True)
    elif kind is str:
        alphabet = st.characters(categories=["L", "N", "P", "Zs"])
        values = st.text(alphabet, min_size=rules.min_length or 0, max_size=min(rules.max_length or 20, 20))
    elif kind is Decimal:
        places = -int(rules.multiple_of.as_tuple().exponent) if rules.multiple_of is not None else 3
        low = rules.ge if rules.ge is not None else rules.gt
        values = st.decimals(min_value=low, max_value=rules.le, places=places, allow_nan=False)
    elif kind is int:
        values = st.integers(min_value=rules.ge, max_value=rules.le)
    elif kind is bool:
        values = st.booleans()
    elif kind is datetime:
        values = st.datetimes()
    elif kind is list:
        item = _valid(rules.items) if rules.items is not None else st.text(max_size=5)
        values = st.lists(item, min_size=rules.min_items or 0, max_size=min(rules.max_items or 3, 3))
    elif isinstance(kind, type) and attrs.has(kind):
        values = _arguments(kind, valid_only=True).map(lambda kwargs, kind=kind: kind(**kwargs))
    else:
        values = st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2)
    return values.filter(lambda value: rules.problem(value) is None)


def test_every_request_class_has_the_generated_init() -> None:
    for where, cls in REQUESTS.items():
        code = cls.__init__.__code__
        assert code.co_filename == sys.modules[cls.__module__].__file__, where
        assert cls.__init__ is not cls.__attrs_init__, where
        assert vars(cls)["__copy__"].__code__.co_filename == code.co_filename, where


@pytest.mark.parametrize("where", sorted(REQUESTS))
@settings(
    max_examples=30,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],  # explain: minutes of tracing
)
@given(data=st.data())
def test_the_generated_init_matches_attrs(where: str, data: st.DataObject) -> None:
    cls = REQUESTS[where]
    kwargs = data.draw(_arguments(cls))
    ours, theirs = _build(cls, kwargs), _build(_attrs_made(cls), kwargs)
    assert ours[0] == theirs[0], (kwargs, ours, theirs)
    built[ours[0]] += 1
    if ours[0] == "error":
        assert ours[1] == theirs[1]
    else:
        assert _values(ours[1]) == _values(theirs[1])
        copied = copy.copy(ours[1])  # the generated __copy__: the same values, in a new instance
        assert copied is not ours[1]
        assert type(copied) is cls
        assert _values(copied) == _values(ours[1])


def test_a_valid_order_is_built_with_its_values_converted() -> None:
    order = v2.OrderCreate(
        customer_identifier="acme-hr", account_identifier="acme-hr-q1", utid="U561593", amount="25.5"
    )
    assert (
        order.amount
        == v2.OrderCreate(
            customer_identifier="acme-hr", account_identifier="acme-hr-q1", utid="U561593", amount=25.5
        ).amount
    )
    assert str(order.amount) == "25.5"
    assert order.delivery_method is v2.DeliveryMethod.EMAIL  # the field's default
    with pytest.raises(ValidationError) as caught:
        v2.OrderCreate(customer_identifier="acme-hr", account_identifier="acme-hr-q1", utid="U1", amount=-1)
    assert (caught.value.field, caught.value.rule) == ("amount", "minimum")


def test_with_validators_disabled_nothing_is_checked_as_with_attrs() -> None:
    bad = {"customer_identifier": "x", "account_identifier": 7, "utid": None, "amount": "lots"}
    with attrs.validators.disabled():
        ours = v2.OrderCreate(**bad)
        theirs = _attrs_made(v2.OrderCreate)(**bad)
    assert _values(ours) == _values(theirs)
    assert ours.amount == "lots"  # the converter passes what it cannot read on to the validator
    with pytest.raises(ValidationError):
        v2.OrderCreate(**bad)


def test_assignment_is_still_validated() -> None:
    order = v2.OrderCreate(
        customer_identifier="acme-hr", account_identifier="acme-hr-q1", utid="U561593", amount=25
    )
    with pytest.raises(ValidationError) as caught:
        order.utid = "not-a-utid"
    assert caught.value.rule == "pattern"
    order.amount = "10.25"  # the converter runs on assignment too
    assert str(order.amount) == "10.25"


def test_a_copy_is_validated_on_assignment_and_a_subclass_keeps_its_class() -> None:
    order = v2.OrderCreate(
        customer_identifier="acme-hr", account_identifier="acme-hr-q1", utid="U561593", amount=25
    )
    copied = copy.copy(order)
    with pytest.raises(ValidationError):
        copied.utid = "not-a-utid"
    copied.notes = "second"
    assert order.notes is UNSET
    assert copied.notes == "second"

    @attrs.define(kw_only=True)
    class Tagged(v2.OrderCreate):
        tag: str = "t"

    tagged = Tagged(customer_identifier="acme-hr", account_identifier="acme-hr-q1", utid="U561593", amount=1)
    tagged.tag = "mine"
    again = copy.copy(tagged)
    assert type(again) is Tagged
    assert again.tag == "mine"
    assert again == tagged


def test_the_comparison_built_instances_and_met_errors() -> None:
    """The comparison above is worth something only if it saw both outcomes (pytest runs the
    tests of a file in order, so it has run when this does)."""
    assert built["built"] > len(REQUESTS), built
    assert built["error"] > len(REQUESTS), built
