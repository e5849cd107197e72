"""Reward credentials: the codes, PINs and links an order hands back.

Values are derived from the order id, so they are stable for an order and differ between orders,
without drawing from the fault RNG (which would make seeded fault sequences depend on traffic).
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from aioraas.emulator.catalog import CredentialSpec, Item

__all__ = ["CREDENTIAL_TYPES", "reward_for", "v1_reward"]

#: What GET /credentialtypes lists. The catalog also uses a type outside this list on purpose.
CREDENTIAL_TYPES: tuple[tuple[str, str], ...] = (
    ("cardNumber", "Card number"),
    ("pin", "PIN or access number"),
    ("securityCode", "Security code"),
    ("claimCode", "Claim code"),
    ("eventNumber", "Event number"),
    ("redemptionUrl", "Redemption URL"),
    ("securityUrl", "Security URL"),
    ("barcode", "Barcode image URL"),
    ("expirationDate", "Expiration date"),
)

_LINKS = "https://rewards.example.com"
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


_BITS = 128  # of the number each credential's value is made from
_MASK = (1 << _BITS) - 1
_PER_DIGEST = 64 * 8 // _BITS  # the numbers one blake2b digest (at most 64 bytes) holds


def _numbers(order_id: str, count: int) -> int:
    # The numbers of an order's first ``count`` credentials, _BITS each, lowest first: one digest
    # for up to four of them (a digest cost more than making the value from its number).
    if count == 0:
        return 0
    size = min(count, _PER_DIGEST) * _BITS // 8
    digest = hashlib.blake2b(order_id.encode(), digest_size=size).digest()
    if count > _PER_DIGEST:  # no catalog item has that many; each further one has its own digest
        digest += b"".join(
            hashlib.blake2b(f"{order_id}:{index}".encode(), digest_size=_BITS // 8).digest()
            for index in range(_PER_DIGEST, count)
        )
    return int.from_bytes(digest, "little")


def _code(n: int, length: int) -> str:
    chars = []
    for _ in range(length):
        n, rest = divmod(n, len(_ALPHABET))
        chars.append(_ALPHABET[rest])
    return "".join(chars)


def _value(spec: CredentialSpec, n: int, created_at: datetime) -> str:
    kind = spec.credential_type
    if kind == "cardNumber":
        return f"{n % 10**16:016d}"
    if kind == "pin":
        return f"{n % 10**4:04d}"
    if kind == "securityCode":
        return f"{n % 10**3:03d}"
    if kind == "eventNumber":
        return f"{n % 10**6:06d}"
    if kind == "claimCode":
        code = _code(n, 14)
        return f"{code[:4]}-{code[4:10]}-{code[10:]}"
    if kind in ("redemptionUrl", "securityUrl"):
        return f"{_LINKS}/redeem/{n % 16**16:016x}"
    if kind == "barcode":
        return f"{_LINKS}/barcodes/{n % 10**12:012d}.png"
    if kind == "expirationDate":
        return f"{created_at.year + 5}-12-31T00:00:00Z"
    return f"{kind}:{n % 16**24:024x}"


def reward_for(item: Item, order_id: str, created_at: datetime) -> dict[str, Any]:
    """The v2 ``reward`` object of an order for ``item``."""
    credentials: dict[str, str] = {}
    listing = []
    numbers = _numbers(order_id, len(item.credentials))
    for spec in item.credentials:
        value = _value(spec, numbers & _MASK, created_at)
        numbers >>= _BITS
        credentials[spec.label] = value
        listing.append(
            {"label": spec.label, "value": value, "type": spec.type, "credentialType": spec.credential_type}
        )
    return {
        "credentials": credentials,
        "credentialList": listing,
        "redemptionInstructions": item.redemption_instructions,
    }


# v1 names its few credential fields itself; other credential types have no v1 field.
_V1_FIELDS = {
    "cardNumber": "number",
    "claimCode": "number",
    "pin": "pin",
    "redemptionUrl": "redemption_url",
    "eventNumber": "event_number",
    "expirationDate": "expiration",
}


def v1_reward(reward: dict[str, Any], token: str) -> dict[str, str]:
    """The v1 ``reward`` object built from a v2 ``reward`` (``token`` is always present)."""
    out = {"token": token}
    for credential in reward["credentialList"]:
        name = _V1_FIELDS.get(credential["credentialType"])
        if name and name not in out:
            out[name] = credential["value"]
    return out
