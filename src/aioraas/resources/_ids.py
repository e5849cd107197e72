"""externalRefIDs: every money-moving request carries one, fixed before its first attempt."""

from __future__ import annotations

import uuid
from typing import TypeVar

import attrs

from aioraas._modelkit import UNSET
from aioraas.models import v2

Keyed = TypeVar("Keyed", v2.OrderCreate, v2.DepositCreate, v2.TransferCreate)


def new_external_ref_id(prefix: str = "aioraas") -> str:
    """A fresh id (the prefix, a dash and 32 hex digits)."""
    return f"{prefix}-{uuid.uuid4().hex}"


def with_external_ref_id(request: Keyed, prefix: str) -> tuple[Keyed, str]:
    """The request with its externalRefID (the caller's, or a new one), and that id."""
    current = request.external_ref_id
    if current is UNSET:
        current = new_external_ref_id(prefix)
        request = attrs.evolve(request, external_ref_id=current)
    return request, current
