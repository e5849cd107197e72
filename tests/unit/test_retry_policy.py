"""Pure parts of the retry policy: Retry-After parsing and the plan for edge cases."""

from __future__ import annotations

from email.utils import formatdate

import pytest

from aioraas._retry import Action, Outcome, parse_retry_after, plan


@pytest.mark.parametrize(
    ("header", "expected"),
    [(None, None), ("5", 5.0), ("2.5", 2.5), ("-3", 0.0), ("soon", None), ("", None)],
)
def test_retry_after_seconds(header: str | None, expected: float | None) -> None:
    assert parse_retry_after(header, now_epoch=1_000.0) == expected


def test_retry_after_http_date_in_the_past_is_zero() -> None:
    assert parse_retry_after(formatdate(500.0, usegmt=True), now_epoch=1_000.0) == 0.0


def _plan(outcome: Outcome, **overrides: object) -> object:
    options: dict[str, object] = {
        "retry_safe": True,
        "has_idempotency_key": True,
        "retries_done": 0,
        "max_retries": 4,
        "retry_after": None,
        "random": lambda: 0.0,
    }
    options.update(overrides)
    return plan(outcome, **options)  # type: ignore[arg-type]


def test_answered_is_done_whatever_else() -> None:
    assert _plan(Outcome.ANSWERED, retries_done=9).action is Action.DONE  # type: ignore[attr-defined]


def test_not_sent_is_retried_even_when_not_retry_safe() -> None:
    decision = _plan(Outcome.NOT_SENT, retry_safe=False, has_idempotency_key=False)
    assert decision.action is Action.RETRY  # type: ignore[attr-defined]


def test_ambiguous_outcomes_are_reported_ambiguous() -> None:
    assert {o for o in Outcome if o.ambiguous} == {Outcome.LOST, Outcome.SERVER_ERROR, Outcome.IN_PROGRESS}
