"""Where the emulated platform announces what happened (low balance, line-item status changes).

:func:`publish` is the one call site for these events. It hands each one to the store's listeners
as ``("webhook.event", {"eventType": ..., "eventData": ...})``, which webhook delivery turns into
a webhook event, and counts it by type so tests can see it was published.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

__all__ = ["EventSink", "publish"]


class EventSink(Protocol):
    """What :func:`publish` needs of the store: per-type counters and its listeners."""

    event_counts: dict[str, int]

    def emit(self, kind: str, subject: object) -> None: ...


def publish(sink: EventSink, event_type: str, payload: Mapping[str, Any]) -> None:
    """Announce an event of ``event_type`` (a webhook event name, e.g. ``LowBalance``)."""
    sink.event_counts[event_type] = sink.event_counts.get(event_type, 0) + 1
    sink.emit("webhook.event", {"eventType": event_type, "eventData": dict(payload)})
