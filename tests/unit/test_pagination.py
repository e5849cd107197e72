"""The three list styles across several pages, fetched lazily."""

from __future__ import annotations

import re

import orjson
import pytest
from yarl import URL

from aioraas import errors
from tests.unit.conftest import V1, V2, Harness


def _params(harness: Harness, method: str = "GET") -> list[dict[str, str]]:
    return [
        dict(URL(str(url)).query)
        for (m, url), calls in harness.mock.requests.items()
        for _ in calls
        if m == method
    ]


async def test_v1_offset_pages_until_total_count(harness: Harness) -> None:
    pages = [["a", "b"], ["c", "d"], ["e"]]
    for offset, ids in zip((0, 2, 4), pages, strict=True):
        harness.mock.get(
            f"{V1}/orders?account_identifier=123456&limit=2&offset={offset}",
            payload={
                "success": True,
                "offset": offset,
                "limit": 2,
                "total_count": 5,
                "result_count": len(ids),
                "orders": [{"order_id": i, "amount": 100} for i in ids],
            },
        )
    paginator = harness.client.v1.orders.list(account_identifier="123456", limit=2)
    assert harness.request_count() == 0  # nothing fetched before iteration
    assert [order.order_id async for order in paginator] == ["a", "b", "c", "d", "e"]
    assert [int(p["offset"]) for p in _params(harness)] == [0, 2, 4]


async def test_v2_cursor_pages_follow_next_cursor(harness: Harness) -> None:
    base = f"{V2}/customers/acme-hr/accounts?maxResults=2&paginate=true"
    chain = [(None, "Mg=="), ("Mg==", "NA=="), ("NA==", None)]
    for index, (cursor, following) in enumerate(chain):
        url = base + (f"&nextCursor={cursor}" if cursor else "")
        harness.mock.get(
            url,
            payload={
                "numberOfElements": 2,
                "maxResults": 2,
                "prevCursor": cursor,
                "nextCursor": following,
                "prevPageAvailable": cursor is not None,
                "nextPageAvailable": following is not None,
                "items": [{"accountIdentifier": f"acct-{index}-{n}"} for n in range(2)],
            },
        )
    paginator = harness.client.v2.accounts.list("acme-hr", max_results=2)
    assert harness.request_count() == 0
    pages = [page async for page in paginator.pages()]
    assert [p.number for p in pages] == [0, 1, 2]
    assert [a.account_identifier for p in pages for a in p.items] == [
        "acct-0-0", "acct-0-1", "acct-1-0", "acct-1-1", "acct-2-0", "acct-2-1",
    ]  # fmt: skip
    assert [p.get("nextCursor") for p in _params(harness)] == [None, "Mg==", "NA=="]
    assert all(p["paginate"] == "true" for p in _params(harness))


async def test_v2_cursor_bare_array_is_one_page(harness: Harness) -> None:
    harness.mock.get(
        re.compile(rf"{re.escape(V2)}/accounts\?.*"),
        payload=[{"accountIdentifier": "a-1"}, {"accountIdentifier": "a-2"}],
    )
    items = [a.account_identifier async for a in harness.client.v2.accounts.list()]
    assert items == ["a-1", "a-2"]
    assert harness.request_count() == 1


async def test_v2_cursor_stops_when_the_server_repeats_its_cursor(harness: Harness) -> None:
    page = {"nextCursor": "same", "nextPageAvailable": True, "items": [{"accountIdentifier": "a-1"}]}
    harness.mock.get(re.compile(rf"{re.escape(V2)}/accounts\?.*"), payload=page, repeat=True)
    items = [a async for a in harness.client.v2.accounts.list()]
    assert len(items) == 2  # first page, then the repeat is detected and iteration ends
    assert harness.request_count() == 2


async def test_v2_page_numbers_until_total_count(harness: Harness) -> None:
    for number, ids in enumerate([["RA1", "RA2"], ["RA3", "RA4"], ["RA5"]]):
        harness.mock.get(
            f"{V2}/orders?accountIdentifier=acme-hr-q1&elementsPerBlock=2&page={number}",
            payload={
                "page": {"number": number, "elementsPerBlock": 2, "resultCount": len(ids), "totalCount": 5},
                "orders": [{"referenceOrderID": i} for i in ids],
            },
        )
    paginator = harness.client.v2.orders.list(account_identifier="acme-hr-q1", elements_per_block=2)
    assert harness.request_count() == 0
    pages = [page async for page in paginator.pages()]
    assert [p.total_count for p in pages] == [5, 5, 5]
    assert [o.reference_order_id for p in pages for o in p.items] == ["RA1", "RA2", "RA3", "RA4", "RA5"]
    assert [int(p["page"]) for p in _params(harness)] == [0, 1, 2]


async def test_an_empty_first_page_ends_iteration(harness: Harness) -> None:
    harness.mock.get(
        re.compile(rf"{re.escape(V2)}/orders\?.*"),
        payload={
            "page": {"number": 0, "elementsPerBlock": 100, "resultCount": 0, "totalCount": 0},
            "orders": [],
        },
    )
    assert [o async for o in harness.client.v2.orders.list()] == []
    assert harness.request_count() == 1


@pytest.mark.parametrize(
    ("make", "name"),
    [
        (lambda c: c.v1.orders.list(limit=101), "limit"),
        (lambda c: c.v2.accounts.list(max_results=201), "max_results"),
        (lambda c: c.v2.orders.list(elements_per_block=0), "elements_per_block"),
    ],
)
async def test_page_sizes_beyond_the_api_limit_are_refused_before_sending(
    harness: Harness, make, name
) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(errors.ValidationError, match=name):
        make(harness.client)
    assert harness.request_count() == 0


@pytest.mark.parametrize(
    ("url", "listing", "page"),
    [
        (f"{V2}/customers?maxResults=200&paginate=true", "customers", {"items": "not a list"}),
        (f"{V2}/customers?maxResults=200&paginate=true", "customers", ["not an object"]),
        (f"{V2}/orders?elementsPerBlock=100&page=0", "orders", {"orders": [{"amountCharged": 1}]}),
        (f"{V1}/orders?limit=100&offset=0", "v1-orders", {"orders": 7, "total_count": 1}),
    ],
)
async def test_a_page_that_does_not_fit_raises_decode_error_with_the_raw_body(
    harness: Harness, url: str, listing: str, page: object
) -> None:
    harness.mock.get(url, payload=page)
    paginator = {
        "customers": harness.client.v2.customers.list,
        "orders": harness.client.v2.orders.list,
        "v1-orders": harness.client.v1.orders.list,
    }[listing]()
    with pytest.raises(errors.DecodeError) as caught:
        [item async for item in paginator]
    assert caught.value.status == 200
    assert caught.value.body is not None
    assert orjson.loads(caught.value.body) == page  # the raw body, for the bug report
