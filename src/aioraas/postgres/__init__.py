"""State shared through PostgreSQL by many processes or machines (``pip install 'aioraas[postgres]'``).

- :class:`PostgresRateLimiter`: one request pace for every process with the same key.
- :class:`PostgresTokenStore`: OAuth tokens refreshed once for all processes.
- :mod:`aioraas.postgres.journal`: the fan-out journal many worker processes share
  (``journal="postgresql://..."``, ``aioraas fan-out FILE --journal postgresql://...``).

Importing this package does not import the driver; each class connects on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aioraas.postgres.journal import PostgresJournal
    from aioraas.postgres.ratelimit import PostgresRateLimiter
    from aioraas.postgres.tokens import PostgresTokenStore

_EXPORTS = {
    "PostgresJournal": "aioraas.postgres.journal",
    "PostgresRateLimiter": "aioraas.postgres.ratelimit",
    "PostgresTokenStore": "aioraas.postgres.tokens",
}

__all__ = ["PostgresJournal", "PostgresRateLimiter", "PostgresTokenStore"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'aioraas.postgres' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
