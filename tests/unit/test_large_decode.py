"""Large answers are decoded with the garbage collector paused, and only for that decode."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import cattrs
import orjson
import pytest

from aioraas import _convert
from aioraas.models import v2


def _catalog(brands: int) -> bytes:
    brand = {
        "brandKey": "B1",
        "brandName": "Tango",
        "createdDate": "2019-05-01T12:00:00.000Z",
        "imageUrls": {"80w-326ppi": "https://images.example.com/b1.png"},
        "items": [
            {"utid": "U1", "faceValue": 25.0, "countries": ["US"], "valueType": "FIXED_VALUE"},
            {"utid": "U2", "minValue": 1.0, "maxValue": 1000.0, "valueType": "VARIABLE_VALUE"},
        ],
    }
    brands_list = [dict(brand, brandKey=f"B{n}") for n in range(brands)]
    return orjson.dumps({"catalogName": "c", "brands": brands_list})


LARGE = _catalog(1_000)
SMALL = _catalog(2)


@pytest.fixture
def collections() -> Iterator[list[str]]:
    """The generations of the collections that start while the test runs ("0", "1", "2")."""
    seen: list[str] = []

    def record(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            seen.append(str(info["generation"]))

    gc.collect()
    gc.callbacks.append(record)
    try:
        yield seen
    finally:
        gc.callbacks.remove(record)


def test_the_bodies_are_on_both_sides_of_the_threshold() -> None:
    assert len(LARGE) >= _convert.PAUSE_GC_BODY_BYTES > len(SMALL)


def test_a_large_body_is_decoded_without_collections_and_the_collector_resumes(
    collections: list[str],
) -> None:
    catalog = _convert.loads(LARGE, v2.Catalog)
    during = list(collections)
    assert gc.isenabled()
    assert len(catalog.brands) == 1_000
    # ~10,000 tracked objects: without the pause, a dozen collections would start on the way; with
    # it, at most the one young collection that takes the new objects once the collector resumes.
    assert during in ([], ["0"])
    gc.collect()
    assert collections  # the collector runs again


def test_without_the_pause_the_same_decode_collects(collections: list[str]) -> None:
    # The check above can fail: the same objects built from a parsed body (no pause) do trigger them.
    data = orjson.loads(LARGE)
    collections.clear()
    _convert.structure(data, v2.Catalog)
    assert len(collections) >= 5


def test_parse_json_pauses_too_and_small_bodies_leave_the_collector_alone(collections: list[str]) -> None:
    _convert.parse_json(LARGE)
    assert collections in ([], ["0"])
    assert gc.isenabled()
    kept = [_convert.loads(SMALL, v2.Catalog) for _ in range(400)]  # ~10,000 objects, in small decodes
    assert len(kept) == 400
    assert len(collections) >= 5
    assert gc.isenabled()


def test_the_collector_resumes_when_the_decode_fails() -> None:
    with pytest.raises(orjson.JSONDecodeError, match="unexpected end of data"):
        _convert.loads(LARGE[:-1], v2.Catalog)  # not JSON
    assert gc.isenabled()
    bad = LARGE.replace(b'"brands":[', b'"brands":[1,', 1)  # a brand that is not an object
    with pytest.raises(cattrs.ClassValidationError, match="Catalog"):
        _convert.loads(bad, v2.Catalog)
    assert gc.isenabled()


def test_a_disabled_collector_stays_disabled() -> None:
    gc.disable()
    try:
        _convert.loads(LARGE, v2.Catalog)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_decodes_in_several_threads_at_once_leave_the_collector_running() -> None:
    # Each sees the collector running or paused by another; none may leave it paused when all end.
    results: list[int] = []
    threads = [
        threading.Thread(target=lambda: results.append(len(_convert.loads(LARGE, v2.Catalog).brands)))
        for _ in range(3)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert results == [1_000] * 3
    assert gc.isenabled()


def test_the_inline_conversions_give_what_cattrs_gives() -> None:
    data = {
        "catalogName": "c",
        "brands": [
            {
                "brandKey": "B1",
                "createdDate": " 2019-05-01T12:00:00Z ",  # spaces: the fast path hands it to cattrs
                "imageUrls": {"80w": 80, "200w": "https://x.test/200.png"},
                "items": [{"utid": "U1", "faceValue": 25.0, "minValue": 7, "maxValue": 25.0}],
            }
        ],
    }
    fast = _convert.structure(data, v2.Catalog)
    checked = _convert.checked_structure(data, v2.Catalog)
    assert fast == checked
    brand = fast.brands[0]
    assert brand.created_date == datetime(2019, 5, 1, 12, tzinfo=UTC)
    assert brand.image_urls == {"80w": "80", "200w": "https://x.test/200.png"}
    item = brand.items[0]
    assert (str(item.face_value), str(item.min_value), str(item.max_value)) == ("25.00", "7.00", "25.00")
    assert isinstance(item.face_value, Decimal)
    with pytest.raises(cattrs.ClassValidationError, match="Brand"):
        _convert.structure({"brandKey": "B1", "imageUrls": ["not", "a", "dict"]}, v2.Brand)


def test_the_resource_layer_structures_a_large_answer_without_collections(collections: list[str]) -> None:
    # resources/_base.py parses an answer, then structures it with structure_answer(data, cls, size).
    data = orjson.loads(LARGE)
    collections.clear()
    catalog = _convert.structure_answer(data, v2.Catalog, len(LARGE))
    assert len(catalog.brands) == 1_000
    assert collections in ([], ["0"])
    assert gc.isenabled()
    collections.clear()
    _convert.structure_answer(data, v2.Catalog, len(SMALL))  # a small answer's size: no pause
    assert len(collections) >= 5
