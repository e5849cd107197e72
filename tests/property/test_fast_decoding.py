"""Hypothesis: the generated fast decoding path of response models agrees with the cattrs path.

Every response class decodes through one function that ``make codegen`` writes
(``aioraas/models/_v*_codecs.py``) and that hands anything unusual to the cattrs function
(``aioraas._convert.checked_structure``). Whatever the input, valid or
not, both must give the same object (same types, same values, same extra keys) or the same error.
"""

from __future__ import annotations

from typing import Any

import attrs
import cattrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aioraas import _convert
from tests.helpers.spec import MODULES, models
from tests.helpers.wire import JSON_VALUES, wire_object

RESPONSES = [(version, name) for version in ("v1", "v2") for name, _, _ in models(version, "response")]


def snapshot(value: Any) -> Any:
    """A value with the exact type of everything in it, for comparing two decodings."""
    if attrs.has(type(value)):
        return (
            type(value),
            tuple((a.name, snapshot(getattr(value, a.name))) for a in attrs.fields(type(value))),
        )
    if isinstance(value, list):
        return (list, tuple(snapshot(v) for v in value))
    if isinstance(value, dict):
        return (dict, tuple((snapshot(k), snapshot(v)) for k, v in value.items()))
    return (type(value), repr(value))


def outcome(fn: Any, data: Any, cls: type) -> Any:
    try:
        return ("ok", snapshot(fn(data, cls)))
    except cattrs.BaseValidationError as exc:
        return ("error", type(exc), tuple(cattrs.transform_error(exc)))
    except Exception as exc:
        return ("error", type(exc), str(exc))


def assert_same(cls: type, data: Any) -> None:
    fast = _convert.converter.get_structure_hook(cls)
    assert outcome(fast, data, cls) == outcome(_convert.checked_structure, data, cls)


@st.composite
def answers(draw: st.DrawFn) -> tuple[type, dict[str, Any]]:
    version, name = draw(st.sampled_from(RESPONSES))
    return getattr(MODULES[version], name), draw(wire_object(version, name))


@st.composite
def broken_answers(draw: st.DrawFn) -> tuple[type, Any]:
    """A valid answer with some known keys set to arbitrary JSON (or removed), or not an object."""
    cls, data = draw(answers())
    if draw(st.integers(0, 9)) == 0:
        return cls, draw(JSON_VALUES)
    wire = [a.metadata["json"] for a in attrs.fields(cls) if "json" in a.metadata]
    for key in draw(st.lists(st.sampled_from(wire), max_size=3)):
        if draw(st.booleans()):
            data[key] = draw(JSON_VALUES)
        else:
            data.pop(key, None)
    return cls, data


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(answers())
def test_fast_path_gives_what_cattrs_gives(answer: tuple[type, dict[str, Any]]) -> None:
    assert_same(*answer)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(broken_answers())
def test_fast_path_fails_or_succeeds_like_cattrs(answer: tuple[type, Any]) -> None:
    assert_same(*answer)


def test_every_response_class_has_a_fast_path() -> None:
    for version, name in RESPONSES:
        hook = _convert.converter.get_structure_hook(getattr(MODULES[version], name))
        assert hook.__name__ == f"structure_{name}"
        assert hook.__module__ == f"aioraas.models._{version}_codecs"
