"""Hypothesis: the generated encoder of each request model gives exactly what cattrs' function gives.

Same keys in the same order, same values of the same types, for requests with any subset of their
optional fields given (and None where the schema allows it).
"""

from __future__ import annotations

from typing import Any

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aioraas import _convert
from aioraas._modelkit import UNSET
from tests.helpers.spec import MODULES, models, valid_request_kwargs

REQUESTS = [(version, name) for version in ("v1", "v2") for name, _, _ in models(version, "request")]


def exact(value: Any) -> Any:
    """A value with the exact type and order of everything in it."""
    if isinstance(value, dict):
        return (dict, tuple((k, exact(v)) for k, v in value.items()))
    if isinstance(value, list):
        return (list, tuple(exact(v) for v in value))
    return (type(value), repr(value))


@st.composite
def requests(draw: st.DrawFn) -> Any:
    version, name = draw(st.sampled_from(REQUESTS))
    cls = getattr(MODULES[version], name)
    kwargs = valid_request_kwargs(version, name)
    for a in attrs.fields(cls):
        if a.default is UNSET and draw(st.booleans()):
            kwargs.pop(a.name, None)
        elif a.name in kwargs and draw(st.integers(0, 4)) == 0:
            try:
                return cls(**{**kwargs, a.name: None})
            except ValueError:
                pass
    return cls(**kwargs)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(requests())
def test_fast_encoder_gives_what_cattrs_gives(request: Any) -> None:
    fast = _convert.converter.get_unstructure_hook(type(request))
    assert exact(fast(request)) == exact(_convert.checked_unstructure(request))


def test_every_request_class_has_a_fast_encoder() -> None:
    for version, name in REQUESTS:
        hook = _convert.converter.get_unstructure_hook(getattr(MODULES[version], name))
        assert hook.__name__ == f"unstructure_{name}"
        assert hook.__module__ == f"aioraas.models._{version}_codecs"
