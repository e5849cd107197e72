"""pytest fixtures for the RaaS emulator (registered through the ``pytest11`` entry point).

- ``raas_emulator``: a running :class:`~aioraas.emulator.Emulator` for one test. Options come from
  the ``raas_emulator`` marker, e.g. ``@pytest.mark.raas_emulator(tps=5, faults="error_503=0.1")``.
- ``raas_emulator_factory``: call it with :class:`Emulator` keyword arguments to start as many as
  a test needs; all are stopped after the test.

The server runs in a background thread with its own event loop, so the fixtures work in plain
synchronous tests and in async tests alike, with or without pytest-asyncio. This module imports
nothing heavy until a fixture is used, and defines no hooks beyond registering the marker.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from aioraas.emulator.server import Emulator

__all__ = ["raas_emulator", "raas_emulator_factory"]


def pytest_configure(config: pytest.Config) -> None:
    """Register the ``raas_emulator`` marker (so ``--strict-markers`` accepts it)."""
    config.addinivalue_line(
        "markers", "raas_emulator(**options): keyword arguments for the raas_emulator fixture's Emulator"
    )


@pytest.fixture
def raas_emulator_factory() -> Iterator[Callable[..., Emulator]]:
    """A function that starts an emulator with the given options; each is stopped after the test."""
    from aioraas.emulator.server import Emulator

    started: list[Emulator] = []

    def start(**options: Any) -> Emulator:
        emulator = Emulator(**options).start_in_thread()
        started.append(emulator)
        return emulator

    yield start
    for emulator in reversed(started):
        emulator.stop_thread()


@pytest.fixture
def raas_emulator(request: pytest.FixtureRequest, raas_emulator_factory: Callable[..., Emulator]) -> Emulator:
    """A running emulator; configure it with ``@pytest.mark.raas_emulator(**options)``."""
    marker = request.node.get_closest_marker("raas_emulator")
    options = dict(marker.kwargs) if marker is not None else {}
    return raas_emulator_factory(**options)
