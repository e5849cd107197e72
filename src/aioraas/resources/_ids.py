"""externalRefIDs: every money-moving request carries one, fixed before its first attempt.

Generated ids are letters and digits only (``^[a-zA-Z0-9]{1,100}$``): Tango describes externalRefID as "a
maximum of 100 alphanumeric characters" and its catalogue (422.122) quotes that pattern, so an id made here
is valid under either reading. Ids that callers pass are theirs and are sent as given.
"""

from __future__ import annotations

import uuid
from typing import TypeVar

import attrs

from aioraas._modelkit import UNSET
from aioraas.models import v2

Keyed = TypeVar("Keyed", v2.OrderCreate, v2.DepositCreate, v2.TransferCreate)


def new_external_ref_id(prefix: str = "aioraas") -> str:
    """A fresh id: the prefix (letters and digits) followed by 32 hex digits."""
    if not prefix.isascii() or not prefix.isalnum():
        raise ValueError(f"id prefix must be ASCII letters and digits, got {prefix!r}")
    return f"{prefix}{uuid.uuid4().hex}"


def with_external_ref_id(request: Keyed, prefix: str) -> tuple[Keyed, str]:
    """The request with its externalRefID (the caller's, or a new one), and that id."""
    current = request.external_ref_id
    if current is UNSET:
        current = new_external_ref_id(prefix)
        request = attrs.evolve(request, external_ref_id=current)
    return request, current
