"""externalRefIDs the client generates when the caller gives none."""

from __future__ import annotations

import uuid


def new_external_ref_id(prefix: str = "aioraas") -> str:
    """A fresh id (40 characters of letters, digits and dashes), fixed before the first attempt."""
    return f"{prefix}-{uuid.uuid4().hex}"
