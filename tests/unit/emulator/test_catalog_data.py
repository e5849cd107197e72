"""The seeded catalog keeps the promises clients and benchmarks rely on."""

from __future__ import annotations

import re

import pytest

from aioraas.emulator.catalog import build_catalog
from aioraas.emulator.clock import Clock
from aioraas.emulator.credentials import CREDENTIAL_TYPES, reward_for, v1_reward


def test_items_are_well_formed_and_indexed() -> None:
    catalog = build_catalog()
    items = [item for brand in catalog.brands for item in brand.items]
    assert len(catalog.by_utid) == len(catalog.by_sku) == len(items)
    for item in items:
        assert re.fullmatch(r"U\d+", item.utid)
        assert item.credentials
        if item.is_variable:
            assert item.min_value is not None
            assert item.max_value is not None
            assert item.min_value < item.max_value
        else:
            assert item.face_value is not None
            assert item.face_value > 0
    assert sum(not item.active for item in items) == 1
    assert any(item.whole_amount_required for item in items)
    assert {item.currency for item in items} >= {"USD", "CAD", "GBP", "EUR"}


def test_credentials_cover_every_type_and_one_unknown() -> None:
    catalog = build_catalog()
    specs = [spec for item in catalog.by_utid.values() for spec in item.credentials]
    assert {s.type for s in specs} == {"text", "url", "barcode", "date", "qrCode"}
    known = {name for name, _ in CREDENTIAL_TYPES}
    assert {s.credential_type for s in specs} - known == {"walletActivationQrCode"}


def test_extra_brands_are_unique_and_deterministic() -> None:
    first, second = build_catalog(1500), build_catalog(1500)
    assert len(first.brands) >= 1500
    assert len(first.by_utid) == len(build_catalog().by_utid) + 3000
    assert [b.key for b in first.brands] == [b.key for b in second.brands]
    with pytest.raises(ValueError, match="negative"):
        build_catalog(-1)


def test_rewards_are_stable_per_order_and_differ_between_orders() -> None:
    item = build_catalog().by_utid["U785321"]
    now = Clock().now()
    one = reward_for(item, "RA1", now)
    assert reward_for(item, "RA1", now) == one
    assert reward_for(item, "RA2", now)["credentials"] != one["credentials"]
    assert set(one["credentials"]) == {"Card Number", "PIN", "Barcode"}
    assert re.fullmatch(r"\d{16}", one["credentials"]["Card Number"])
    assert v1_reward(one, "tok") == {
        "token": "tok",
        "number": one["credentials"]["Card Number"],
        "pin": one["credentials"]["PIN"],
    }
