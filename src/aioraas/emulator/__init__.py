"""A stateful local emulator of the Tango Card RaaS API (v1, v1.1 and v2), with fault injection.

>>> from aioraas.emulator import Emulator
>>> async with Emulator(tps=5, faults="error_503=0.1@POST:/raas/v2/orders", seed=7) as emu:
...     emu.create_account("acme-hr", "acme-hr-q1", balance=Decimal("500"))
...     ...  # point a client at emu.url with emu.platform_name / emu.platform_key

It speaks raw JSON and never imports the client's models, so the client and the emulator check
each other. Names are imported lazily: importing this package (as the pytest plugin does) costs
nothing until the emulator is used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aioraas.emulator.faults import FaultConfig, FaultRule, FaultSpecError
    from aioraas.emulator.server import DEFAULT_PLATFORM_KEY, DEFAULT_PLATFORM_NAME, Emulator
    from aioraas.emulator.stats import StatsSnapshot
    from aioraas.emulator.view import AccountInfo, CardInfo, CustomerInfo, StateView

__all__ = [
    "DEFAULT_PLATFORM_KEY",
    "DEFAULT_PLATFORM_NAME",
    "AccountInfo",
    "CardInfo",
    "CustomerInfo",
    "Emulator",
    "FaultConfig",
    "FaultRule",
    "FaultSpecError",
    "StateView",
    "StatsSnapshot",
]

_HOMES = {
    "DEFAULT_PLATFORM_KEY": "server",
    "DEFAULT_PLATFORM_NAME": "server",
    "Emulator": "server",
    "FaultConfig": "faults",
    "FaultRule": "faults",
    "FaultSpecError": "faults",
    "StatsSnapshot": "stats",
    "AccountInfo": "view",
    "CardInfo": "view",
    "CustomerInfo": "view",
    "StateView": "view",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)


def __dir__() -> list[str]:
    return sorted(__all__)
