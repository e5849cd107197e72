"""aioraas: an asyncio client for the Tango Card Rewards-as-a-Service (RaaS) API.

    from aioraas import RaasClient, errors, fan_out
    from aioraas.models import v1, v2

Names are imported on first use, so that importing a small part of aioraas (the pytest plugin of
the emulator, say) does not load the client.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from aioraas._version import __version__

if TYPE_CHECKING:
    from aioraas import errors
    from aioraas._modelkit import UNSET, Unset
    from aioraas._pagination import Page, Paginator
    from aioraas._transport import Timing
    from aioraas.client import RaasClient
    from aioraas.emulator import Emulator
    from aioraas.fanout import FanOutResult, Rejected, Status, fan_out
    from aioraas.resources._base import RawResponse
    from aioraas.resources.v2.orders import OrderResult

_EXPORTS = {
    "Emulator": "aioraas.emulator",
    "FanOutResult": "aioraas.fanout",
    "OrderResult": "aioraas.resources.v2.orders",
    "Page": "aioraas._pagination",
    "Paginator": "aioraas._pagination",
    "RaasClient": "aioraas.client",
    "RawResponse": "aioraas.resources._base",
    "Rejected": "aioraas.fanout",
    "Status": "aioraas.fanout",
    "Timing": "aioraas._transport",
    "UNSET": "aioraas._modelkit",
    "Unset": "aioraas._modelkit",
    "fan_out": "aioraas.fanout",
}

__all__ = [
    "UNSET",
    "Emulator",
    "FanOutResult",
    "OrderResult",
    "Page",
    "Paginator",
    "RaasClient",
    "RawResponse",
    "Rejected",
    "Status",
    "Timing",
    "Unset",
    "__version__",
    "errors",
    "fan_out",
]


def __getattr__(name: str) -> Any:
    if name == "errors":
        return importlib.import_module("aioraas.errors")
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'aioraas' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
