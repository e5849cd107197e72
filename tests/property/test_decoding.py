"""Hypothesis: any valid answer, with arbitrary extra keys and unknown enum values, decodes."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aioraas import _convert
from tests.helpers.spec import MODULES, models
from tests.helpers.wire import wire_object

RESPONSES = [(version, name) for version in ("v1", "v2") for name, _, _ in models(version, "response")]


@st.composite
def answers(draw: st.DrawFn) -> tuple[str, str, dict[str, Any]]:
    version, name = draw(st.sampled_from(RESPONSES))
    return version, name, draw(wire_object(version, name))


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(answers())
def test_valid_answers_with_extra_keys_decode(answer: tuple[str, str, dict[str, Any]]) -> None:
    version, name, data = answer
    cls = getattr(MODULES[version], name)
    model = _convert.structure(data, cls)
    known = {a.metadata["json"] for a in cls.__attrs_attrs__ if "json" in a.metadata}
    assert model.extra_fields == {k: v for k, v in data.items() if k not in known}
    # Encoding is stable: what comes out decodes to the same JSON again.
    out = _convert.unstructure(model)
    assert _convert.unstructure(_convert.structure(out, cls)) == out
