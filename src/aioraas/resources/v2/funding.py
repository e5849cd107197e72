"""v2 funding, the hand-written part: what a 409 after a lost answer means for deposits and transfers.

Deposits and transfers move money, so like orders they always carry an externalRefID (the caller's,
or one generated before the first attempt) and are retried with it. The API answers a repeated
externalRefID with 409: after an attempt whose answer was lost, that 409 means the attempt went
through, and :class:`~aioraas.errors.AlreadyApplied` says so (the API offers no lookup of a deposit
or transfer by externalRefID, so its details cannot be fetched). The generated ``deposits.create``
and ``transfers.create`` call :func:`raise_if_applied` (``x-aioraas-on-outcome-unknown`` in the spec).
"""

from __future__ import annotations

from typing import Any

from aioraas import errors


def raise_if_applied(unknown: errors.OutcomeUnknown, request: Any) -> None:
    """Raise :class:`~aioraas.errors.AlreadyApplied` when an unknown outcome is in fact known.

    The transport gives up with a 409 as the last answer only after an attempt of this call whose
    answer was lost: the API refused the retry's externalRefID as already used, so that earlier
    attempt went through. Anything else stays unknown (the caller re-raises it).
    """
    if not isinstance(unknown.last_error, errors.Conflict) or unknown.external_ref_id is None:
        return
    raise errors.AlreadyApplied(
        f"{unknown.method} {unknown.url} with externalRefID={unknown.external_ref_id} went through: "
        "an earlier attempt's answer was lost, and the API now refuses the externalRefID as already "
        f"used (last: {unknown.last_error}). It took effect once; do not send it again with a new "
        "externalRefID.",
        external_ref_id=unknown.external_ref_id,
        attempts=unknown.attempts,
        last_error=unknown.last_error,
        request=request,
        method=unknown.method,
        url=unknown.url,
    ) from unknown
