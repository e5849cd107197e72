"""Shared state in PostgreSQL, for jobs and services that outgrow one process.

- :mod:`aioraas.postgres.journal`: the fan-out journal many worker processes share
  (``journal="postgresql://..."``, ``aioraas fan-out FILE --journal postgresql://...``).

Nothing here imports the driver (asyncpg, ``pip install 'aioraas[postgres]'``) when ``aioraas`` or
this package is imported: only opening a ``postgresql://`` URL does.
"""

from __future__ import annotations
