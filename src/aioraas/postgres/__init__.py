"""State shared through PostgreSQL by many processes or machines (``pip install 'aioraas[postgres]'``).

Importing this package does not import the driver; each class connects on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aioraas.postgres.ratelimit import PostgresRateLimiter
    from aioraas.postgres.tokens import PostgresTokenStore

_EXPORTS = {
    "PostgresRateLimiter": "aioraas.postgres.ratelimit",
    "PostgresTokenStore": "aioraas.postgres.tokens",
}

__all__ = ["PostgresRateLimiter", "PostgresTokenStore"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'aioraas.postgres' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
