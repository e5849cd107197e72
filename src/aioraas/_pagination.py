"""Lazy async paginators for the API's four list styles.

- v1 offset: ``offset`` and ``limit`` (at most 100), until ``total_count`` is reached.
- v2 cursor (opt-in): ``paginate=true``, ``maxResults`` (at most 200), following ``nextCursor``.
  Without ``paginate`` the API answers with a bare JSON array; that is read as a single page.
- v2 page number (orders): ``page`` from 0 and ``elementsPerBlock`` (at most 100), until
  ``totalCount`` is reached.
- v2 keyset (line items): ``elementsPerBlock`` (at most 100), sending back the answer's
  ``keysetPage.nextPageKeys`` as ``pageKeys`` until it is empty.

A list method returns a :class:`Paginator` at once; nothing is fetched until it is iterated.
``async for item in paginator`` yields items across pages; ``async for page in paginator.pages()``
yields :class:`Page` objects. Each iteration starts again from the first page.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, Generic, TypeVar

import attrs

from aioraas.errors import ValidationError

T = TypeVar("T")
E = TypeVar("E")
FetchPage = Callable[..., Awaitable[Any]]
"""``fetch(page_params, cls, list_cls=None)``: GET one page with these query parameters and decode
it into ``cls`` (or ``list_cls`` when the API answers with a bare array), raising
:class:`~aioraas.errors.DecodeError` with the raw body when it does not fit. The resource layer
provides it, so that pages are decoded where every other answer is."""


@attrs.frozen
class Page(Generic[T]):
    """One page of a list: its items, its position, and the API's envelope (None for a bare array)."""

    items: list[T]
    number: int
    """0-based position of this page in the iteration."""
    total_count: int | None = None
    """Total number of items across all pages, when the API says."""
    envelope: Any = None


class Paginator(Generic[T]):
    """An async iterable over every item of a list, fetching pages lazily."""

    def __init__(
        self, fetch_page: Callable[[Any, int], Awaitable[tuple[Page[T], Any]]], first_state: Any
    ) -> None:
        self._fetch_page = fetch_page
        self._first_state = first_state

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Yield pages, fetching each one when the previous has been consumed."""
        state, number = self._first_state, 0
        while True:
            page, state = await self._fetch_page(state, number)
            yield page
            if state is None:
                return
            number += 1

    async def _items(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()


def _check_size(name: str, value: int, maximum: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= maximum:
        raise ValidationError(
            f"{name} must be an integer from 1 to {maximum}, got {value!r}", field=name, rule="range"
        )


def offset_paginator(
    fetch_page: FetchPage,
    envelope_cls: type[E],
    items_of: Callable[[E], list[T]],
    total_of: Callable[[E], int | None],
    *,
    limit: int,
    start: int = 0,
) -> Paginator[T]:
    """v1 style: ``offset``/``limit`` pages until ``total_count``."""
    _check_size("limit", limit, 100)

    async def fetch(offset: int, number: int) -> tuple[Page[T], int | None]:
        envelope = await fetch_page({"offset": offset, "limit": limit}, envelope_cls)
        items, total = items_of(envelope), total_of(envelope)
        following = offset + len(items)
        more = bool(items) and (total is None or following < total)
        return Page(items, number, total, envelope), following if more else None

    return Paginator(fetch, start)


def cursor_paginator(
    fetch_page: FetchPage,
    envelope_cls: type[E],
    item_cls: type[T],
    items_of: Callable[[E], list[T]],
    *,
    max_results: int,
    next_of: Callable[[E], str | None] | None = None,
) -> Paginator[T]:
    """v2 cursor style: follow ``nextCursor``. By default the opt-in kind (``paginate=true``; a bare
    array is one page); with ``next_of`` (where the answer keeps its next cursor, e.g. under
    ``pagination``) a list that always pages, and no ``paginate`` is sent."""
    _check_size("max_results", max_results, 200)

    async def fetch(cursor: str | None, number: int) -> tuple[Page[T], str | None]:
        params: dict[str, Any] = {"maxResults": max_results}
        if next_of is None:
            params["paginate"] = True
        if cursor is not None:
            params["nextCursor"] = cursor
        data = await fetch_page(params, envelope_cls, list[item_cls])  # type: ignore[valid-type]
        if isinstance(data, list):
            return Page(data, number), None
        envelope = data
        items = items_of(envelope)
        following: str | None
        if next_of is not None:
            following = next_of(envelope)
            available = None
        else:
            following = getattr(envelope, "next_cursor", None)
            available = getattr(envelope, "next_page_available", None)
        if available is False or not items or following == cursor:
            following = None  # also guards against a server that repeats its cursor
        return Page(items, number, None, envelope), following

    return Paginator(fetch, None)


def page_number_paginator(
    fetch_page: FetchPage,
    envelope_cls: type[E],
    items_of: Callable[[E], list[T]],
    total_of: Callable[[E], int | None],
    *,
    elements_per_block: int,
) -> Paginator[T]:
    """v2 page-number style: ``page`` from 0 and ``elementsPerBlock``, until ``totalCount``."""
    _check_size("elements_per_block", elements_per_block, 100)

    async def fetch(page_number: int, number: int) -> tuple[Page[T], int | None]:
        params = {"page": page_number, "elementsPerBlock": elements_per_block}
        envelope = await fetch_page(params, envelope_cls)
        items, total = items_of(envelope), total_of(envelope)
        seen = page_number * elements_per_block + len(items)
        more = bool(items) and (total is None or seen < total)
        return Page(items, number, total, envelope), page_number + 1 if more else None

    return Paginator(fetch, 0)


def keyset_paginator(
    fetch_page: FetchPage,
    envelope_cls: type[E],
    items_of: Callable[[E], list[T]],
    next_keys_of: Callable[[E], list[str] | None],
    *,
    elements_per_block: int,
) -> Paginator[T]:
    """v2 keyset style: ``elementsPerBlock``, then ``pageKeys`` from ``keysetPage.nextPageKeys``."""
    _check_size("elements_per_block", elements_per_block, 100)

    async def fetch(keys: list[str] | None, number: int) -> tuple[Page[T], list[str] | None]:
        params: dict[str, Any] = {"elementsPerBlock": elements_per_block}
        if keys:
            params["pageKeys"] = keys
        envelope = await fetch_page(params, envelope_cls)
        items = items_of(envelope)
        following = next_keys_of(envelope) or None
        if not items or following == keys:
            following = None  # also guards against a server that repeats its keys
        return Page(items, number, None, envelope), following

    return Paginator(fetch, None)
