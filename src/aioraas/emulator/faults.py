"""Fault injection: what can go wrong, how often, and where.

A fault spec is a comma-separated list of ``KIND=VALUE[@WHERE]`` items, for example::

    drop_after_commit=0.05@POST:/raas/v2/orders,error_503=0.02,latency=0.005-0.02

- ``KIND`` is one of :data:`FAULT_KINDS`.
- ``VALUE`` is a probability from 0 to 1 for every kind except ``latency``, whose value is a delay
  in seconds, either fixed (``0.01``) or a range (``0.005-0.02``), added to every matching request.
- ``WHERE`` limits the item to some endpoints: ``[METHOD:]PATH``, where ``PATH`` is matched against
  the route template (``/raas/v2/orders/{referenceOrderID}``) and ``*`` matches anything. Without
  ``WHERE`` an item applies to every endpoint.

At most one non-latency fault happens per request: one random draw picks it, walking the matching
items in order with their probabilities added up.

With a seed, each draw depends only on the seed, the endpoint, the request itself (its body, or its
query for a GET) and how many times that same request was seen before, never on the order in which
concurrent requests happen to arrive. A seeded run therefore injects the same faults into the same
requests every time, however the client's tasks interleave: ``make demo`` prints the same numbers on
every run.
"""

from __future__ import annotations

import fnmatch
import hashlib
import random
import re
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

__all__ = [
    "AFTER_COMMIT",
    "BEFORE_COMMIT",
    "FAULT_KINDS",
    "FaultConfig",
    "FaultInjector",
    "FaultPlan",
    "FaultRule",
    "FaultSpecError",
]

#: Faults answered instead of running the handler, so nothing is committed.
BEFORE_COMMIT = frozenset({"error_500", "error_503", "rate_limit_429", "html_502"})
#: Faults applied to the handler's response, so the change is committed but the client cannot tell.
AFTER_COMMIT = frozenset({"drop_after_commit", "truncated"})
#: Every kind a spec may name.
FAULT_KINDS = tuple(sorted(BEFORE_COMMIT | AFTER_COMMIT | {"latency"}))

_METHOD_RE = re.compile(r"^(\*|[A-Za-z]+)$")


class FaultSpecError(ValueError):
    """A fault spec could not be parsed; the message names the bad item and why."""


@dataclass(frozen=True, slots=True)
class FaultRule:
    """One kind of fault applied to the endpoints that match ``method`` and ``path``.

    Attributes:
        kind: one of :data:`FAULT_KINDS`.
        rate: probability (0..1) per matching request; ignored for ``latency``.
        delay: ``(min, max)`` seconds for ``latency``.
        method: HTTP method, or ``"*"`` for any.
        path: glob over the route template, e.g. ``/raas/v2/orders`` or ``/raas/v2/*``.
    """

    kind: str
    rate: float = 1.0
    delay: tuple[float, float] = (0.0, 0.0)
    method: str = "*"
    path: str = "*"

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            expected = ", ".join(FAULT_KINDS)
            raise FaultSpecError(f"unknown fault kind {self.kind!r}; expected one of {expected}")
        if not 0.0 <= self.rate <= 1.0:
            raise FaultSpecError(f"{self.kind}: rate must be between 0 and 1, got {self.rate}")
        low, high = self.delay
        if low < 0 or high < low:
            raise FaultSpecError(f"{self.kind}: delay range must satisfy 0 <= min <= max, got {low}-{high}")
        if not _METHOD_RE.match(self.method):
            raise FaultSpecError(f"{self.kind}: bad method {self.method!r}")
        if self.path != "*" and not self.path.startswith("/"):
            raise FaultSpecError(f"{self.kind}: path must start with '/' or be '*', got {self.path!r}")
        object.__setattr__(self, "method", self.method.upper())

    def matches(self, method: str, route: str) -> bool:
        """Whether this rule applies to ``method`` on the route template ``route``."""
        return (self.method in ("*", method)) and fnmatch.fnmatchcase(route, self.path)


@dataclass(frozen=True, slots=True)
class FaultConfig:
    """An ordered set of :class:`FaultRule`; empty means no faults."""

    rules: tuple[FaultRule, ...] = field(default=())

    @classmethod
    def parse(cls, spec: str | Iterable[str]) -> FaultConfig:
        """Parse a spec string (or several, joined) into a config; raises :class:`FaultSpecError`."""
        text = spec if isinstance(spec, str) else ",".join(spec)
        items = [item.strip() for item in text.split(",") if item.strip()]
        return cls(tuple(_parse_item(item) for item in items))

    @classmethod
    def of(cls, where: str | None = None, **kinds: float | tuple[float, float]) -> FaultConfig:
        """Build a config from keywords, e.g. ``FaultConfig.of("POST:/raas/v2/orders", error_503=0.1)``.

        ``latency`` takes seconds or a ``(min, max)`` pair; every other kind takes a probability.
        """
        method, path = _parse_where(where, "") if where else ("*", "*")
        rules = []
        for kind, value in kinds.items():
            if kind == "latency":
                delay = value if isinstance(value, tuple) else (float(value), float(value))
                rules.append(FaultRule(kind, delay=delay, method=method, path=path))
            elif isinstance(value, tuple):
                raise FaultSpecError(f"{kind}: expected a probability, got {value!r}")
            else:
                rules.append(FaultRule(kind, rate=float(value), method=method, path=path))
        return cls(tuple(rules))

    def __bool__(self) -> bool:
        return bool(self.rules)

    def __str__(self) -> str:
        return ",".join(_format_rule(rule) for rule in self.rules)


def _format_rule(rule: FaultRule) -> str:
    if rule.kind == "latency":
        low, high = rule.delay
        value = f"{low:g}" if low == high else f"{low:g}-{high:g}"
    else:
        value = f"{rule.rate:g}"
    if rule.method == "*" and rule.path == "*":
        return f"{rule.kind}={value}"
    return f"{rule.kind}={value}@{rule.method}:{rule.path}"


def _parse_item(item: str) -> FaultRule:
    head, _, where = item.partition("@")
    kind, eq, value = head.partition("=")
    kind, value = kind.strip(), value.strip()
    if not eq or not kind or not value:
        raise FaultSpecError(f"bad fault item {item!r}: expected KIND=VALUE[@[METHOD:]PATH]")
    method, path = _parse_where(where.strip(), item) if where.strip() else ("*", "*")
    try:
        if kind == "latency":
            low_text, dash, high_text = value.partition("-")
            low = float(low_text)
            high = float(high_text) if dash else low
            return FaultRule(kind, delay=(low, high), method=method, path=path)
        return FaultRule(kind, rate=float(value), method=method, path=path)
    except FaultSpecError as exc:
        raise FaultSpecError(f"bad fault item {item!r}: {exc}") from None
    except ValueError:
        expected = "seconds or MIN-MAX seconds" if kind == "latency" else "a probability from 0 to 1"
        raise FaultSpecError(f"bad fault item {item!r}: value {value!r} is not {expected}") from None


def _parse_where(where: str, item: str) -> tuple[str, str]:
    method, colon, path = where.partition(":")
    if not colon:
        method, path = "*", where
    if not _METHOD_RE.match(method) or not (path == "*" or path.startswith("/")):
        context = f"bad fault item {item!r}: " if item else ""
        hint = "expected [METHOD:]PATH, e.g. POST:/raas/v2/orders"
        raise FaultSpecError(f"{context}bad scope {where!r}: {hint}")
    return method.upper(), path


@dataclass(frozen=True, slots=True)
class FaultPlan:
    """What to do to one request: wait ``delay`` seconds, then apply ``kind`` (None: nothing)."""

    delay: float = 0.0
    kind: str | None = None


_NO_FAULT = FaultPlan()
_SEEN_LIMIT = 65_536
"""Requests whose repeats are counted (a retry comes soon after its first attempt)."""


class FaultInjector:
    """Decides, per request, which fault (if any) to inject, using a seedable RNG."""

    __slots__ = ("_cache", "_config", "_rng", "_seed", "_seen")

    def __init__(self, config: FaultConfig | None = None, *, seed: int | None = None) -> None:
        self._rng = random.Random(seed)
        self._seed = seed
        self._seen: OrderedDict[bytes, int] = OrderedDict()
        self._config = FaultConfig()
        self._cache: dict[tuple[str, str], Sequence[FaultRule]] = {}
        self.configure(config or FaultConfig())

    @property
    def config(self) -> FaultConfig:
        """The rules in force."""
        return self._config

    @property
    def active(self) -> bool:
        """Whether any rule is configured (the fast path skips everything when not)."""
        return bool(self._config.rules)

    def configure(self, config: FaultConfig) -> None:
        """Replace the rules; the RNG keeps its state so a seeded run stays repeatable."""
        self._config = config
        self._cache = {}

    @property
    def keyed(self) -> bool:
        """Whether draws depend on the request itself (a seeded injector): pass ``request_key``."""
        return self._seed is not None and self.active

    def _rng_for(self, method: str, route: str, request_key: bytes | None) -> random.Random:
        if request_key is None or self._seed is None:
            return self._rng
        digest = hashlib.blake2b(request_key, digest_size=16, key=f"{method} {route}".encode()[:64]).digest()
        repeats = self._seen.pop(digest, -1) + 1
        self._seen[digest] = repeats
        if len(self._seen) > _SEEN_LIMIT:
            self._seen.popitem(last=False)
        return random.Random(f"{self._seed}:{digest.hex()}:{repeats}")

    def plan(self, method: str, route: str, request_key: bytes | None = None) -> FaultPlan:
        """Draw the fault for one request to ``method`` on the route template ``route``.

        ``request_key`` (the body, or the query of a GET) makes the draw depend on the request and
        its repeats instead of on arrival order, when the injector is seeded."""
        key = (method, route)
        rules = self._cache.get(key)
        if rules is None:
            rules = tuple(rule for rule in self._config.rules if rule.matches(method, route))
            if len(self._cache) < 4096:  # unmatched paths are not templates; keep the cache bounded
                self._cache[key] = rules
        if not rules:
            return _NO_FAULT
        rng = self._rng_for(method, route, request_key)
        delay = 0.0
        kind = None
        draw = None
        cumulative = 0.0
        for rule in rules:
            if rule.kind == "latency":
                low, high = rule.delay
                delay += low if low == high else rng.uniform(low, high)
            elif kind is None and rule.rate > 0.0:
                if draw is None:
                    draw = rng.random()
                cumulative += rule.rate
                if draw < cumulative:
                    kind = rule.kind
        return FaultPlan(delay, kind)
