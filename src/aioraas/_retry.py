"""The retry policy: what one attempt's outcome means, and whether and when to try again.

Pure functions of their inputs (no clock, no I/O), so the policy table (README, "Retries and
idempotency") can be tested row by row. The transport classifies each attempt into an
:class:`Outcome` and asks :func:`plan`.

| outcome                                  | retry-safe call           | POST without externalRefID  |
|------------------------------------------|---------------------------|-----------------------------|
| NOT_SENT (could not connect)             | retry                     | retry                       |
| LOST (sent; timeout, reset, cut body)    | retry                     | stop: outcome unknown       |
| RATE_LIMITED (429)                       | retry after Retry-After, else backoff; never sooner than 1 s  |
|   but 429.003 (card not yet active)      | done: seconds of waiting cannot help      | done               |
| IN_PROGRESS (409 + i18nKey 409.002)      | retry after >= 2 s when the call has an externalRefID         |
| SERVER_ERROR (500, 502, 503, 504)        | retry                     | stop: outcome unknown       |
| ANSWERED (2xx, other 4xx, other 5xx)     | done                      | done                        |

A call is retry-safe when it is a GET, carries an externalRefID (the same one on every attempt), or
is idempotent by nature (a PATCH that sets fields).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from typing import Final

import attrs

BACKOFF_INITIAL: Final = 0.5
BACKOFF_MAX: Final = 8.0
RATE_LIMIT_MIN_WAIT: Final = 1.0
IN_PROGRESS_MIN_WAIT: Final = 2.0
RETRY_AFTER_MAX: Final = 60.0
RETRYABLE_SERVER_STATUSES: Final = frozenset({500, 502, 503, 504})
IN_PROGRESS_KEY: Final = "409.002"
CARD_NOT_ACTIVE_KEY: Final = "429.003"


class Outcome(enum.Enum):
    NOT_SENT = "could not connect; nothing was sent"
    LOST = "the request was sent but no complete answer came back"
    RATE_LIMITED = "rate limited (429)"
    IN_PROGRESS = "the same externalRefID is still being processed (409.002)"
    SERVER_ERROR = "server error"
    ANSWERED = "answered"

    @property
    def ambiguous(self) -> bool:
        """True when the API may have acted on the request without our knowing."""
        return self in (Outcome.LOST, Outcome.SERVER_ERROR, Outcome.IN_PROGRESS)


def classify_status(status: int, i18n_key: str | None) -> Outcome:
    if status == 429 and i18n_key == CARD_NOT_ACTIVE_KEY:
        return Outcome.ANSWERED  # not a rate limit: the card works from its activation date, minutes away
    if status == 429:
        return Outcome.RATE_LIMITED
    if status == 409 and i18n_key == IN_PROGRESS_KEY:
        return Outcome.IN_PROGRESS
    if status in RETRYABLE_SERVER_STATUSES:
        return Outcome.SERVER_ERROR
    return Outcome.ANSWERED


class Action(enum.Enum):
    DONE = "done"
    RETRY = "retry"
    GIVE_UP = "give up"  # retrying is not allowed or would not help
    UNKNOWN = "outcome unknown"  # the API may have acted; not retry-safe


@attrs.frozen
class Plan:
    action: Action
    delay: float = 0.0


def backoff(retry_number: int, random: Callable[[], float]) -> float:
    """Exponential from 0.5 s, capped at 8 s, with up to 25 % jitter (retry_number counts from 0)."""
    delay = min(BACKOFF_INITIAL * 2.0**retry_number, BACKOFF_MAX)
    return delay * (1.0 - 0.25 * random())


def plan(
    outcome: Outcome,
    *,
    retry_safe: bool,
    has_idempotency_key: bool,
    retries_done: int,
    max_retries: int,
    retry_after: float | None,
    random: Callable[[], float],
) -> Plan:
    """Decide what follows an attempt. ``retries_done`` attempts were already retries."""
    if outcome is Outcome.ANSWERED:
        return Plan(Action.DONE)
    if outcome is Outcome.IN_PROGRESS and not has_idempotency_key:
        return Plan(Action.GIVE_UP)  # a 409 like any other
    if outcome in (Outcome.LOST, Outcome.SERVER_ERROR) and not retry_safe:
        return Plan(Action.UNKNOWN)
    if outcome is Outcome.RATE_LIMITED and retry_after is not None and retry_after > RETRY_AFTER_MAX:
        return Plan(Action.GIVE_UP)
    if retries_done >= max_retries:
        return Plan(Action.GIVE_UP)
    delay = backoff(retries_done, random)
    if outcome is Outcome.RATE_LIMITED:
        delay = max(retry_after if retry_after is not None else delay, RATE_LIMIT_MIN_WAIT)
    elif outcome is Outcome.IN_PROGRESS:
        delay = max(delay, IN_PROGRESS_MIN_WAIT)
    return Plan(Action.RETRY, delay)


def parse_retry_after(value: str | None, now_epoch: float) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date; None if absent or bad."""
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - now_epoch)
