"""Where the emulated platform announces what happened (low balance, line-item status changes).

:func:`publish` is the one call site for events: webhook delivery, when the emulator has it,
listens here. Until a listener is registered an event is only counted, so tests can see that it
was published.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

__all__ = ["EventSink", "Listener", "publish"]

Listener = Callable[[str, Mapping[str, Any]], None]


class EventSink(Protocol):
    """What :func:`publish` needs of the store: its listeners and per-type counters."""

    event_listeners: list[Listener]
    event_counts: dict[str, int]


def publish(sink: EventSink, event_type: str, payload: Mapping[str, Any]) -> None:
    """Announce an event of ``event_type`` (a webhook event name, e.g. ``LowBalance``)."""
    sink.event_counts[event_type] = sink.event_counts.get(event_type, 0) + 1
    for listener in sink.event_listeners:
        listener(event_type, payload)
