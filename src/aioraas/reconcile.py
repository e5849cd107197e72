"""Reconcile a fan-out job with the API's own books, and settle the rows whose outcome is unknown.

    async with RaasClient(...) as raas:
        report = await reconcile(raas, "q4-bonuses.sqlite")
    print(report.counts, report.ok)

It reads the orders of every account the journal sent to, over the job's time window (in windows of
at most 100 days, the longest range Tango's order lists accept), through the public API only, under
the client's rate limit, and matches them to the journal:

- v2 rows by externalRefID: confirmed in both; sent or unknown in the journal and found (settled:
  now confirmed); sent or unknown and absent (safe to resend with the same externalRefID: the journal
  marks them pending, so the next fan-out run sends them); confirmed in the journal but absent
  (missing); more than one order for one row (duplicate); an amount or item that differs; orders
  whose externalRefID has this job's run id but that the journal does not know (unexpected).
- v1 rows have no idempotency key: a confirmed row is found by its order id; an unanswered one is
  matched by account, sku, amount, recipient and the time it was sent, and marked confirmed only when
  exactly one order fits and no other row could claim it. Anything else is listed for a person to
  decide, never guessed.

- Rows sent through async orders (``fan-out --async-orders``) are line items: for every account the
  job sent async orders to, the async orders listed in the window (``GET /asyncOrders``) and their
  line items (the async-order line-item listing) are read, and each row is matched by its
  externalRefLineItemID, with the same findings (a line item counts as held once it completed or is
  scheduled; one still pending or failed in processing holds no reward yet). The job's own async
  orders are not "unexpected".

The API's orders are loaded into a table of the journal file, so memory stays flat however large the
job.
"""

from __future__ import annotations

import csv
import enum
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Final, TextIO

import attrs

from aioraas.journal import BookOrder, BooksBackend, JournalBackend, Recorded, State, open_journal
from aioraas.models import v1, v2

WINDOW: Final = timedelta(days=100)
"""The longest date range one order-list query may cover (Tango: 422.043)."""
V1_BEFORE: Final = 300.0
V1_AFTER: Final = 3600.0
"""A v1 order that fits an unanswered row was placed within this many seconds of its sending."""
_BATCH: Final = 500
_EVERY: Final = 100
"""``progress`` is called every this many orders (or line items) read."""


class Finding(enum.StrEnum):
    CONFIRMED = "confirmed"
    """In the journal and at the API, once."""
    SETTLED = "settled"
    """Sent without a definite answer; the API holds it: now confirmed in the journal."""
    FAILED = "failed"
    """Refused before or by the API, and the API holds nothing for it: nothing to do."""
    ABSENT = "absent"
    """Sent (or unknown) but the API holds no order for it. v2: safe to resend (marked pending)."""
    NOT_SENT = "not-sent"
    """Pending in the journal: a run has not sent it yet."""
    MISSING = "missing"
    """Confirmed in the journal, but the API shows no such order in the window."""
    DUPLICATE = "duplicate"
    """More than one order at the API for one row. It should never happen."""
    DIFFERENT = "different"
    """The API's order has another amount or item than the row."""
    UNEXPECTED = "unexpected"
    """At the API, with this job's id, but not sent according to the journal."""
    AMBIGUOUS = "ambiguous"
    """An unanswered v1 row that more than one order could be (or one order could be more than one row)."""


FINE: Final = frozenset({Finding.CONFIRMED, Finding.SETTLED, Finding.FAILED})


@attrs.frozen
class Item:
    """One line of the report."""

    finding: Finding
    identity: str | None
    line: int | None
    summary: str
    account: str | None
    external_ref_id: str | None
    reference_order_ids: tuple[str, ...]
    detail: str


@attrs.define
class Report:
    """What reconciling found. ``items`` lists everything but the plain confirmations."""

    start: datetime
    end: datetime
    orders_read: int = 0
    line_items_read: int = 0
    """Line items of async orders read (jobs sent through async orders)."""
    counts: Counter[Finding] = attrs.field(factory=Counter)
    items: list[Item] = attrs.field(factory=list)

    def add(self, item: Item) -> None:
        self.counts[item.finding] += 1
        if item.finding is not Finding.CONFIRMED:
            self.items.append(item)

    @property
    def ok(self) -> bool:
        """True when nothing needs a person: every row is confirmed (or was refused, creating nothing)."""
        return all(finding in FINE for finding in self.counts)


def windows(start: datetime, end: datetime, size: timedelta = WINDOW) -> list[tuple[datetime, datetime]]:
    """``[start, end]`` cut into consecutive ranges no longer than ``size``."""
    if end <= start:
        raise ValueError(f"the window ends ({end.isoformat()}) before it starts ({start.isoformat()})")
    cuts = []
    low = start
    while low < end:
        high = min(low + size, end)
        cuts.append((low, high))
        low = high
    return cuts


def _epoch(moment: datetime | None) -> float | None:
    if moment is None:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


def _v2_book(order: v2.Order, account: str) -> BookOrder:
    recipient = order.recipient.email if order.recipient is not None else None
    amount = order.denomination.value if order.denomination is not None else None
    return BookOrder(
        "v2",
        order.account_identifier or account,
        order.external_ref_id,
        order.reference_order_id,
        order.utid,
        None if amount is None else str(amount),
        recipient,
        _epoch(order.created_at),
    )


def _v1_book(order: v1.Order, account: str) -> BookOrder:
    recipient = order.recipient.email if order.recipient is not None else None
    return BookOrder(
        "v1",
        order.account_identifier or account,
        None,
        order.order_id,
        order.sku,
        None if order.amount is None else str(order.amount),
        recipient,
        _epoch(order.delivered_at),
    )


HELD_LINE_STATUSES: Final = frozenset({"COMPLETE", "SCHEDULED"})
"""Async line items that hold a reward (or will, on their deliveryDate)."""


def _line_book(line: v2.AsyncOrderLineItem, account: str) -> BookOrder:
    return BookOrder(
        "v2",
        account,
        line.external_ref_line_item_id,
        str(line.reference_line_item_id),
        line.utid,
        None
        if line.amount_issued is None or line.amount_issued.value is None
        else str(line.amount_issued.value),
        None if line.recipient is None else line.recipient.email,
        _epoch(line.date_issued),
    )


Progress = Callable[[str], None]


async def _read_books(
    client: Any,
    books: BooksBackend,
    report: Report,
    accounts: Iterable[tuple[str, str, str]],
    progress: Progress,
) -> None:
    batch: list[BookOrder] = []
    for api, customer, account in accounts:
        for low, high in windows(report.start, report.end):
            if api == "v2":
                orders = client.v2.orders.list(
                    customer_identifier=customer, account_identifier=account, start_date=low, end_date=high
                )
                convert: Callable[[Any, str], BookOrder] = _v2_book
            else:
                orders = client.v1.orders.list(
                    customer=customer, account_identifier=account, start_date=low, end_date=high
                )
                convert = _v1_book
            async for order in orders:
                batch.append(convert(order, account))
                report.orders_read += 1
                if report.orders_read % _EVERY == 0:
                    progress(f"{report.orders_read} orders read (account {account})")
                if len(batch) >= _BATCH:
                    await books.load(batch)
                    batch = []
    if batch:
        await books.load(batch)
    progress(f"{report.orders_read} orders read")


async def _read_line_items(
    client: Any, books: BooksBackend, report: Report, accounts: Iterable[tuple[str, str]], progress: Progress
) -> None:
    """The line items of the async orders of ``accounts`` in the window, loaded as book entries."""
    batch: list[BookOrder] = []
    for customer, account in accounts:
        for low, high in windows(report.start, report.end):
            orders = client.v2.async_orders.list(
                customer_identifier=customer, account_identifier=account, start_date=low, end_date=high
            )
            async for order in orders:
                if not order.external_ref_id:
                    continue
                lines = client.v2.async_orders.line_items(
                    order.customer_identifier or customer, account, order.external_ref_id
                )
                async for line in lines:
                    report.line_items_read += 1
                    if (
                        str(line.line_item_status).upper() in HELD_LINE_STATUSES
                        and line.reference_line_item_id
                    ):
                        batch.append(_line_book(line, account))
                    if report.line_items_read % _EVERY == 0:
                        progress(f"{report.line_items_read} async line items read (account {account})")
                    if len(batch) >= _BATCH:
                        await books.load(batch)
                        batch = []
    if batch:
        await books.load(batch)
    progress(f"{report.orders_read} orders, {report.line_items_read} async line items read")


def _same_amount(left: str | None, right: str | None) -> bool:
    try:
        return left is not None and right is not None and Decimal(left) == Decimal(right)
    except InvalidOperation:
        return left == right


def _item(recorded: Recorded, finding: Finding, held: Iterable[BookOrder], detail: str) -> Item:
    return Item(
        finding,
        recorded.identity,
        recorded.line,
        recorded.summary,
        recorded.account,
        recorded.external_ref_id,
        tuple(order.reference_order_id for order in held),
        detail,
    )


async def _check_v2(recorded: Recorded, books: BooksBackend, report: Report, settle: bool) -> None:
    held = recorded.held
    state = recorded.state
    if len(held) > 1:
        report.add(_item(recorded, Finding.DUPLICATE, held, f"{len(held)} orders for one row"))
        return
    if not held:
        if state is State.CONFIRMED:
            report.add(_item(recorded, Finding.MISSING, (), "confirmed in the journal, not found at the API"))
        elif state in (State.SENT, State.UNKNOWN):
            detail = "not at the API: safe to resend with the same externalRefID"
            if settle:
                await books.settle(recorded.identity, State.PENDING, None, f"reconcile: {detail}")
                detail += " (marked pending: the next run sends it)"
            report.add(_item(recorded, Finding.ABSENT, (), detail))
        elif state is State.PENDING:
            report.add(_item(recorded, Finding.NOT_SENT, (), "not sent yet: run the fan-out again"))
        else:
            report.add(_item(recorded, Finding.FAILED, (), "refused; the API holds nothing for it"))
        return
    (order,) = held
    differences = []
    if order.item != recorded.item:
        differences.append(f"item {order.item} at the API, {recorded.item} in the row")
    if not _same_amount(order.amount, recorded.amount):
        differences.append(f"amount {order.amount} at the API, {recorded.amount} in the row")
    if differences:
        report.add(_item(recorded, Finding.DIFFERENT, held, "; ".join(differences)))
    if state is State.CONFIRMED:
        if not differences:
            report.add(_item(recorded, Finding.CONFIRMED, held, ""))
    elif state in (State.SENT, State.UNKNOWN):
        if settle:
            await books.settle(
                recorded.identity, State.CONFIRMED, order.reference_order_id, "reconcile: found"
            )
        report.add(_item(recorded, Finding.SETTLED, held, f"was {state.value}; the API holds it"))
    else:
        detail = f"the journal says {state.value} (never placed), but the API holds it"
        report.add(_item(recorded, Finding.UNEXPECTED, held, detail))


async def _check_v1(
    recorded: Recorded, books: BooksBackend, report: Report, unanswered: list[Recorded]
) -> None:
    state = recorded.state
    if state is State.CONFIRMED:
        found = [order for order in recorded.held if order.reference_order_id == recorded.reference_order_id]
        finding = Finding.CONFIRMED if found else Finding.MISSING
        detail = "" if found else "confirmed in the journal, not found at the API"
        report.add(_item(recorded, finding, found, detail))
    elif state in (State.SENT, State.UNKNOWN):
        unanswered.append(recorded)  # matched once every candidate is known
    elif state is State.PENDING:
        report.add(_item(recorded, Finding.NOT_SENT, (), "not sent yet: run the fan-out again"))
    else:
        report.add(_item(recorded, Finding.FAILED, (), "refused"))


async def _settle_v1(books: BooksBackend, report: Report, unanswered: list[Recorded], settle: bool) -> None:
    """An unanswered v1 row is confirmed only by an order that fits it and no other row."""
    candidates = {r.identity: await books.v1_candidates(r, V1_BEFORE, V1_AFTER) for r in unanswered}
    claims = Counter(order.reference_order_id for found in candidates.values() for order in found)
    for recorded in unanswered:
        found = candidates[recorded.identity]
        if len(found) == 1 and claims[found[0].reference_order_id] == 1:
            (order,) = found
            if settle:
                await books.settle(
                    recorded.identity, State.CONFIRMED, order.reference_order_id, "reconcile: matched"
                )
            report.add(_item(recorded, Finding.SETTLED, found, "the one v1 order that fits it"))
        elif not found:
            detail = (
                "no v1 order fits it (account, sku, amount, recipient, time): most likely never placed; v1 "
                "has no idempotency key, so check before sending it again"
            )
            report.add(_item(recorded, Finding.ABSENT, (), detail))
        else:
            rows = max(claims[order.reference_order_id] for order in found)
            detail = (
                f"{len(found)} v1 orders fit it, and {rows} unanswered rows fit them: a person must decide"
            )
            report.add(_item(recorded, Finding.AMBIGUOUS, found, detail))


async def reconcile(
    client: Any,
    journal: str | Path | JournalBackend,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    settle: bool = True,
    progress: Progress | None = None,
    run_id: str | None = None,
) -> Report:
    """Match the journal's rows with the API's orders (see the module docs).

    Args:
        client: a :class:`~aioraas.RaasClient` for the platform the job ran on.
        journal: the job's journal: a SQLite file, a ``postgresql://`` URL, or an open journal.
        start, end: the window to read (default: from a day before the journal was created to now).
        settle: update the journal: unanswered rows found at the API become confirmed; v2 rows absent
            from it become pending (the next run resends them with the same externalRefID).
        progress: called with a short line every 100 orders (or async line items) read, and at the end.
        run_id: the job, when ``journal`` is a PostgreSQL database that holds several.
    """
    note = progress or (lambda _: None)
    if isinstance(journal, (str, Path)):
        opened = await open_journal(journal, run_id=run_id, new_run_id=lambda: "unused", must_exist=True)
        try:
            return await reconcile(client, opened, start=start, end=end, settle=settle, progress=progress)
        finally:
            await opened.close()
    books = _books_of(journal)
    created = datetime.fromtimestamp(await books.created_at(), tz=UTC)
    report = Report(start or created - timedelta(days=1), end or datetime.now(tz=UTC) + timedelta(minutes=5))
    await books.start()
    await _read_books(client, books, report, await books.accounts(), note)
    async_accounts = await books.async_accounts()
    if async_accounts:
        await _read_line_items(client, books, report, async_accounts, note)
    unanswered: list[Recorded] = []
    after = ""
    while chunk := await books.recorded(after, _BATCH):
        for recorded in chunk:
            if recorded.api == "v2":
                await _check_v2(recorded, books, report, settle)
            else:
                await _check_v1(recorded, books, report, unanswered)
        after = chunk[-1].identity
    await _settle_v1(books, report, unanswered, settle)
    for order in await books.unrecorded(journal.run_id):
        detail = "has this job's run id, but the journal does not know it"
        report.add(
            Item(
                Finding.UNEXPECTED, None, None, "", order.account, order.external_ref_id,
                (order.reference_order_id,), detail,
            )
        )  # fmt: skip
    return report


def _books_of(journal: JournalBackend) -> BooksBackend:
    return journal.books()


REPORT_COLUMNS: Final = [
    "finding", "line", "external_ref_id", "reference_order_ids", "account", "summary", "detail", "identity",
]  # fmt: skip


def write_report(report: Report, handle: TextIO) -> None:
    """One CSV row per finding other than a plain confirmation."""
    writer = csv.writer(handle)
    writer.writerow(REPORT_COLUMNS)
    for item in report.items:
        writer.writerow(
            [
                item.finding.value,
                item.line if item.line is not None else "",
                item.external_ref_id or "",
                " ".join(item.reference_order_ids),
                item.account or "",
                item.summary,
                item.detail,
                item.identity or "",
            ]
        )
