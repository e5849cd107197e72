"""Reward credentials: stable for an order, different between orders, in each type's format."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

from aioraas.emulator.catalog import CredentialSpec, Item, build_catalog
from aioraas.emulator.credentials import CREDENTIAL_TYPES, reward_for

_NOW = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
_FORMATS = {
    "cardNumber": r"[0-9]{16}",
    "pin": r"[0-9]{4}",
    "securityCode": r"[0-9]{3}",
    "eventNumber": r"[0-9]{6}",
    "claimCode": r"[A-Z2-9]{4}-[A-Z2-9]{6}-[A-Z2-9]{4}",
    "redemptionUrl": r"https://rewards\.example\.com/redeem/[0-9a-f]{16}",
    "securityUrl": r"https://rewards\.example\.com/redeem/[0-9a-f]{16}",
    "barcode": r"https://rewards\.example\.com/barcodes/[0-9]{12}\.png",
    "expirationDate": r"2031-12-31T00:00:00Z",
}


def _item_with_every_type() -> Item:
    # More credentials than one digest holds numbers for, each credential type once.
    item = build_catalog().by_utid["U561593"]
    specs = tuple(CredentialSpec(f"Label {kind}", "text", kind) for kind, _ in CREDENTIAL_TYPES)
    return replace(item, credentials=specs)


def test_values_are_stable_for_an_order_and_in_each_types_format() -> None:
    item = _item_with_every_type()
    reward = reward_for(item, "RA260102-00001-37", _NOW)
    assert reward == reward_for(item, "RA260102-00001-37", _NOW)
    for credential in reward["credentialList"]:
        assert re.fullmatch(_FORMATS[credential["credentialType"]], credential["value"]), credential
        assert reward["credentials"][credential["label"]] == credential["value"]


def test_values_differ_between_orders_and_between_credentials_of_an_order() -> None:
    item = _item_with_every_type()
    links = set()
    for n in range(1, 201):
        reward = reward_for(item, f"RA260102-{n:05d}-37", _NOW)
        values = [c["value"] for c in reward["credentialList"] if c["credentialType"].endswith("Url")]
        assert len(set(values)) == 2  # redemptionUrl and securityUrl, the 6th and 7th credential
        links.update(values)
    assert len(links) == 400


def test_credentials_of_one_type_differ_within_an_order_inside_and_beyond_the_shared_digest() -> None:
    # Six links: the first four share one digest (each its own part of it), the rest have their own.
    item = replace(
        build_catalog().by_utid["U561593"],
        credentials=tuple(CredentialSpec(f"Link {n}", "url", "redemptionUrl") for n in range(6)),
    )
    seen = set()
    for n in range(1, 101):
        values = [c["value"] for c in reward_for(item, f"RA260102-{n:05d}-37", _NOW)["credentialList"]]
        assert len(set(values)) == 6, values
        seen.update(values)
    assert len(seen) == 600


def test_an_item_without_credentials_has_an_empty_reward() -> None:
    item = replace(build_catalog().by_utid["U561593"], credentials=())
    reward = reward_for(item, "RA260102-00001-37", _NOW)
    assert reward["credentials"] == {}
    assert reward["credentialList"] == []
