"""Counters of what the emulator did, for tests and benchmarks."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

__all__ = ["Stats", "StatsSnapshot"]


@dataclass(frozen=True, slots=True)
class StatsSnapshot:
    """A frozen copy of the counters at one moment.

    Attributes:
        requests: responses by ``("METHOD /route/template", status)``, e.g.
            ``("POST /raas/v2/orders", 201)``. A dropped or truncated response is counted with the
            status the handler produced.
        faults: injected faults by kind (``"error_503"``, ``"drop_after_commit"``, ...).
        rate_limited: 429 answers from the TPS limiter (injected ``rate_limit_429`` faults are in
            ``faults``).
        in_flight: requests inside the app right now.
        max_in_flight: the most requests that were inside the app at the same time.
        token_requests: requests to the OAuth token endpoint (``POST /oauth/token``), whatever
            their answer: the number a client's token caching should keep small.
        tokens_issued: tokens the endpoint issued.
        tokens_refused: token requests refused for bad credentials or the issuance limit.
        bearer_rejected: API requests answered 401 because their bearer token was unknown or expired.
    """

    requests: Mapping[tuple[str, int], int]
    faults: Mapping[str, int]
    rate_limited: int
    in_flight: int
    max_in_flight: int
    token_requests: int = 0
    tokens_issued: int = 0
    tokens_refused: int = 0
    bearer_rejected: int = 0

    @property
    def total_requests(self) -> int:
        """All requests answered (or dropped) so far."""
        return sum(self.requests.values())

    def count(self, endpoint: str | None = None, status: int | None = None) -> int:
        """Requests matching an endpoint (``"POST /raas/v2/orders"``) and/or a status."""
        return sum(
            n
            for (ep, st), n in self.requests.items()
            if (endpoint is None or ep == endpoint) and (status is None or st == status)
        )

    @property
    def responses_429(self) -> int:
        """Every 429 sent, whether from the TPS limiter or an injected fault."""
        return self.count(status=429)


class Stats:
    """Mutable counters; only the event loop that serves requests writes them."""

    __slots__ = (
        "bearer_rejected",
        "faults",
        "in_flight",
        "max_in_flight",
        "rate_limited",
        "requests",
        "token_requests",
        "tokens_issued",
        "tokens_refused",
    )

    def __init__(self) -> None:
        self.requests: Counter[tuple[str, int]] = Counter()
        self.faults: Counter[str] = Counter()
        self.rate_limited = 0
        self.in_flight = 0
        self.max_in_flight = 0
        self.token_requests = 0
        self.tokens_issued = 0
        self.tokens_refused = 0
        self.bearer_rejected = 0

    def enter(self) -> None:
        """A request entered the app."""
        self.in_flight += 1
        if self.in_flight > self.max_in_flight:
            self.max_in_flight = self.in_flight

    def leave(self, endpoint: str, status: int) -> None:
        """A request left the app with ``status``."""
        self.in_flight -= 1
        self.requests[(endpoint, status)] += 1

    def reset(self) -> None:
        """Zero every counter except ``in_flight`` (requests still running keep counting)."""
        self.requests.clear()
        self.faults.clear()
        self.rate_limited = 0
        self.max_in_flight = self.in_flight
        self.token_requests = self.tokens_issued = self.tokens_refused = self.bearer_rejected = 0

    def snapshot(self) -> StatsSnapshot:
        """A frozen copy of the counters."""
        return StatsSnapshot(
            requests=MappingProxyType(dict(self.requests)),
            faults=MappingProxyType(dict(self.faults)),
            rate_limited=self.rate_limited,
            in_flight=self.in_flight,
            max_in_flight=self.max_in_flight,
            token_requests=self.token_requests,
            tokens_issued=self.tokens_issued,
            tokens_refused=self.tokens_refused,
            bearer_rejected=self.bearer_rejected,
        )
