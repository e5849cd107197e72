"""``aioraas fan-out rewards.csv``: send every reward of a CSV file, concurrently and safely.

With ``--journal postgresql://...`` the same command started on several machines (or several times
on one) shares the job: each worker claims rows, writes the results of the rows it finished to its
own ``--out``, and ends when the job has no open row left. ``aioraas fan-out status --journal URL
[--results FILE]`` shows where the job stands and writes every row's result.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from contextlib import AsyncExitStack
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import attrs

from aioraas.commands._connection import Connection, Funding, add_connection_options, connect

if TYPE_CHECKING:
    from aioraas.emulator.server import Emulator
    from aioraas.fanout import FanOutResult, Tally
    from aioraas.rewards_csv import Defaults


def register(subcommands: Any) -> None:
    parser: argparse.ArgumentParser = subcommands.add_parser(
        "fan-out",
        help="send every reward of a CSV file, concurrently, resumably, never twice",
        description=(
            "Send one reward per CSV row. Rows get idempotent externalRefIDs, so running the same file "
            "again (with the same --journal or --run-id) never sends a reward twice. Bad rows are reported "
            "with their line number and never stop the rest."
        ),
        epilog=(
            "CSV columns: amount, utid, recipient_email, recipient_first_name, recipient_last_name, "
            "recipient_mobile, message, email_subject, campaign, notes, purchase_order_number, etid, "
            "sender_first_name, sender_last_name, sender_email, delivery_method, external_id, customer, "
            "account. "
            "Exit status: 0 when every row was sent, 1 when any failed, 2 for bad options or files."
        ),
    )
    parser.add_argument(
        "csv",
        type=Path,
        help="the rewards file (a header row names the columns); 'status' shows a journal's job instead",
    )
    rows = parser.add_argument_group("row defaults")
    rows.add_argument("--customer", help="customer identifier for rows without a customer column")
    rows.add_argument("--account", help="account identifier for rows without an account column")
    rows.add_argument("--utid", help="catalog item for rows without a utid column")
    rows.add_argument(
        "--delivery-method", default="EMAIL", help="for rows without one (default: %(default)s)"
    )
    job = parser.add_argument_group("the job")
    job.add_argument(
        "--concurrency",
        type=int,
        default=None,
        help="orders in flight at once (default: 16; with --async-orders, async orders in flight: 2)",
    )
    job.add_argument(
        "--async-orders",
        action="store_true",
        help=(
            "send the rows as line items of async orders (POST /asyncOrders, many rewards per request): "
            "for large jobs under Tango's rate limit"
        ),
    )
    job.add_argument(
        "--batch-size",
        type=int,
        default=None,
        help=(
            "with --async-orders: line items per async order (default: 100; Tango publishes no maximum, "
            "lower it if Tango refuses large orders)"
        ),
    )
    job.add_argument(
        "--journal",
        type=journal_location,
        help=(
            "SQLite journal file (created if new, resumed if it exists), or a postgresql:// URL: a job "
            "that workers on many machines share, each started with the same command"
        ),
    )
    job.add_argument(
        "--lease",
        type=float,
        metavar="SECONDS",
        help=(
            "with a postgresql:// journal: how long a claimed row stays this worker's without renewal; "
            "a dead worker's rows go to the others after it (default: 30)"
        ),
    )
    job.add_argument(
        "--run-id", help="prefix of derived externalRefIDs, 1-32 letters and digits (a journal keeps its own)"
    )
    job.add_argument(
        "--accept-new-rows",
        action="store_true",
        help=(
            "with a journal: send rows new to it even though rows it already sent are gone from the file "
            "(you say the new rows are new rewards, not edits of sent ones)"
        ),
    )
    job.add_argument(
        "--encoding", default="utf-8-sig", help="the CSV file's text encoding (default: UTF-8, BOM or not)"
    )
    job.add_argument(
        "--out",
        type=Path,
        help="write one result row per input (with a shared journal: per row this worker finished)",
    )
    job.add_argument(
        "--results",
        type=Path,
        help="with 'status' and a postgresql:// journal: write every finished row's result to this CSV file",
    )
    job.add_argument("--dry-run", action="store_true", help="check every row and send nothing")
    job.add_argument(
        "--progress",
        choices=["auto", "bar", "lines", "none"],
        default="auto",
        help="a live bar on a terminal, plain lines otherwise (default: %(default)s)",
    )
    add_connection_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from aioraas.errors import ConfigurationError
    from aioraas.fanout import FanOutAborted
    from aioraas.journal import InputChanged, JournalError
    from aioraas.rewards_csv import CsvFormatError

    try:
        if _is_status(args):
            return asyncio.run(_status(args))
        return asyncio.run(_run(args))
    except InputChanged as exc:
        print(f"aioraas fan-out: refused: {exc}", file=sys.stderr)
        return 2
    except FanOutAborted as exc:
        sys.stdout.flush()
        print(f"aioraas fan-out: {exc}", file=sys.stderr)
        return 1
    except (CsvFormatError, ConfigurationError, JournalError, ValueError, OSError) as exc:
        print(f"aioraas fan-out: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        again = f" with --journal {shown_journal(args.journal)}" if args.journal else ""
        print(f"\naioraas fan-out: interrupted; run the same command again{again} to resume", file=sys.stderr)
        return 130


def journal_location(value: str) -> str | Path:
    """A ``--journal`` value: a postgresql:// URL as given, anything else a file path."""
    from aioraas._postgres import is_postgres_url

    return value if is_postgres_url(value) else Path(value)


def shown_journal(location: str | Path) -> str:
    """A journal location for messages: a URL's password is never shown."""
    from aioraas._postgres import redacted

    return redacted(location) if isinstance(location, str) else str(location)


def _is_status(args: argparse.Namespace) -> bool:
    return str(args.csv) == "status" and not args.csv.exists()


async def _status(args: argparse.Namespace) -> int:
    """``aioraas fan-out status --journal ...``: the job's counts; ``--results``: every finished row."""
    from aioraas.journal import open_journal

    if args.journal is None:
        raise ValueError("status needs --journal (a SQLite file or a postgresql:// URL)")

    def unused() -> str:
        raise ValueError("no job to show")

    journal = await open_journal(args.journal, run_id=args.run_id, new_run_id=unused, must_exist=True)
    try:
        status = getattr(journal, "status", None)
        if status is None:
            if args.results is not None:
                raise ValueError(
                    "--results needs a postgresql:// journal (a SQLite job's results are its --out file)"
                )
            counts = await journal.counts()
            print(f"job {journal.run_id} in {journal.location}: {sum(counts.values())} rewards")
        else:
            job = await status()
            counts = job.states
            print(
                f"job {job.run_id} in {journal.location}: {job.rows} rows, {job.done} done, {job.open} open "
                f"({job.claimed} claimed), {job.workers} workers running"
            )
        for state, count in sorted(counts.items()):
            print(f"  {state.value:<10}{count:>7}")
        if args.results is not None:
            written = await _write_results(journal, args.results)
            print(f"  results  {args.results} ({written} rows, in input order; the first column is the line)")
    finally:
        await journal.close()
    return 0


async def _write_results(journal: Any, path: Path) -> int:
    import orjson

    from aioraas import _convert
    from aioraas.fanout import FanOutResult, Status
    from aioraas.journal import Kind
    from aioraas.models import v1, v2
    from aioraas.rewards_csv import ResultsWriter

    written = 0
    after = -1
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = ResultsWriter(handle)
        while chunk := await journal.results(after, 500):
            for row in chunk:
                planned, finished = row.planned, row.finished
                after = planned.position
                if finished is None:
                    continue
                data = orjson.loads(planned.body)
                request: Any = None
                fields: dict[str, str] = {}
                if planned.kind is Kind.REJECTED:
                    fields = data.get("fields") or {}
                else:
                    request = _convert.structure(
                        data, v2.OrderCreate if planned.kind is Kind.V2 else v1.OrderCreate
                    )
                writer.write(
                    FanOutResult(
                        planned.position,
                        Status(finished.status),
                        request,
                        finished.external_ref_id,
                        finished.reference_order_id,
                        reason=finished.reason,
                        attempts=finished.attempts,
                        line=planned.line,
                        fields=fields,
                    )
                )
                written += 1
    return written


@attrs.define
class Survey:
    """One streaming pass over the file: how many rows, how many bad, what each account needs."""

    rows: int = 0
    rejected: int = 0
    needs: dict[tuple[str, str], Decimal] = attrs.field(factory=lambda: defaultdict(Decimal))

    @property
    def funding(self) -> list[Funding]:
        return [Funding(customer, account, total) for (customer, account), total in self.needs.items()]


def _defaults(args: argparse.Namespace) -> Defaults:
    from aioraas.rewards_csv import Defaults

    return Defaults(
        customer=args.customer, account=args.account, utid=args.utid, delivery_method=args.delivery_method
    )


def _survey(path: Path, defaults: Defaults, encoding: str, report: TextIO | None) -> Survey:
    from aioraas.fanout import Rejected
    from aioraas.rewards_csv import read_rewards

    survey = Survey()
    for line, item in read_rewards(path, defaults, encoding=encoding):
        survey.rows += 1
        if isinstance(item, Rejected):
            survey.rejected += 1
            if report is not None:
                print(f"line {line}: {item.reason}", file=report)
        else:
            survey.needs[(item.customer_identifier, item.account_identifier)] += item.amount
    return survey


_RUN_ID = re.compile(r"^[A-Za-z0-9]{1,32}$")


async def _run(args: argparse.Namespace) -> int:
    from aioraas.commands._connection import check_connection_options
    from aioraas.fanout_async import DEFAULT_BATCH_SIZE, DEFAULT_BATCHES_IN_FLIGHT, MAX_BATCH_SIZE

    if args.batch_size is not None and not args.async_orders:
        raise ValueError("--batch-size applies to --async-orders only")
    if args.concurrency is None:
        args.concurrency = DEFAULT_BATCHES_IN_FLIGHT if args.async_orders else 16
    if args.batch_size is None:
        args.batch_size = DEFAULT_BATCH_SIZE
    if not 1 <= args.batch_size <= MAX_BATCH_SIZE:
        raise ValueError(f"--batch-size must be between 1 and {MAX_BATCH_SIZE}, not {args.batch_size}")
    if args.concurrency < 1:
        raise ValueError(f"--concurrency must be at least 1, not {args.concurrency}")
    if args.run_id is not None and not _RUN_ID.match(args.run_id):
        raise ValueError(
            f"--run-id must be 1-32 letters and digits (it prefixes every externalRefID), not {args.run_id!r}"
        )
    if args.lease is not None and not isinstance(args.journal, str):
        raise ValueError("--lease applies to a postgresql:// --journal only")
    defaults = _defaults(args)
    if args.dry_run:
        survey = _survey(args.csv, defaults, args.encoding, report=sys.stdout)
        print(
            f"{args.csv}: {survey.rows} rows, {survey.rows - survey.rejected} valid, "
            f"{survey.rejected} invalid"
        )
        return 1 if survey.rejected else 0
    check_connection_options(args)
    survey = _survey(args.csv, defaults, args.encoding, report=None)
    async with connect(args, survey.funding) as connection, AsyncExitStack() as stack:
        print(
            f"aioraas fan-out: {args.csv} ({survey.rows} rows) -> {connection.description}", file=sys.stderr
        )
        await _preflight(connection, survey)
        outcome = await _send(args, defaults, survey, connection, stack)
        check = _emulator_check_async if args.async_orders else _emulator_check
        if connection.emulator is not None and not check(connection, outcome.sent_ids):
            return 1
    return 0 if outcome.tally.failed == 0 else 1


PREFLIGHT_ACCOUNTS = 5
"""How many of the job's accounts are looked up before the first order is sent."""


async def _preflight(connection: Connection, survey: Survey) -> None:
    """Look the job's accounts up before sending: wrong credentials, a wrong address or a wrong
    account then stop the run in a second or two, with one message, before a single order leaves."""
    from aioraas import errors
    from aioraas.fanout import FanOutAborted

    for customer, account in list(survey.needs)[:PREFLIGHT_ACCOUNTS]:
        try:
            await connection.client.v2.accounts.get(account, max_retries=2)
        except (errors.Unauthorized, errors.Forbidden, errors.AuthenticationError) as exc:
            refusal = (
                f"the API refused the credentials ({exc}); check the platform name and key "
                "(or the OAuth client)"
            )
            raise FanOutAborted(_before_sending(refusal), cause=exc, sent=0) from None
        except errors.NotFound as exc:
            missing = f"account {account!r} (customer {customer!r}) does not exist ({exc})"
            raise FanOutAborted(_before_sending(missing), cause=exc, sent=0) from None
        except errors.TransportError as exc:
            # The error's own text ends with "(after N attempts)": say the count once.
            unreachable = f"the API could not be reached ({exc}); check the address"
            raise FanOutAborted(_before_sending(unreachable), cause=exc, sent=0) from None
        except errors.RaasError:
            continue  # anything else (a 5xx, say) is the fan-out's to retry, order by order


def _before_sending(what: str) -> str:
    return f"stopped before sending: {what}. No order was sent."


@attrs.define
class Outcome:
    tally: Tally
    sent_ids: dict[str, set[str]]
    """externalRefIDs the API holds, by account (kept only when checking an embedded emulator)."""


async def _send(
    args: argparse.Namespace,
    defaults: Defaults,
    survey: Survey,
    connection: Connection,
    stack: AsyncExitStack,
) -> Outcome:
    from aioraas.fanout import Rejected, Row, Tally, fan_out, is_fatal, new_run_id
    from aioraas.journal import JournalBackend, open_journal
    from aioraas.progress import Progress
    from aioraas.rewards_csv import ResultsWriter, read_rewards

    journal: JournalBackend | None = None
    if args.journal is not None:
        journal = await open_journal(
            args.journal, run_id=args.run_id, new_run_id=new_run_id, lease=args.lease
        )
        stack.push_async_callback(journal.close)
        if journal.resumed:
            counts = await journal.counts()
            shown = ", ".join(f"{n} {state}" for state, n in sorted(counts.items())) or "empty"
            where = journal.location if journal.shared else f"{journal.location} (run {journal.run_id})"
            print(f"resuming journal {where}: {shown}", file=sys.stderr)
    run_id = journal.run_id if journal is not None else (args.run_id or new_run_id())

    writer = None
    if args.out is not None:
        handle = stack.enter_context(args.out.open("w", newline="", encoding="utf-8"))
        writer = ResultsWriter(handle)

    tally = Tally()
    live = {"auto": None, "bar": True, "lines": False, "none": None}[args.progress]
    progress = (
        Progress(sys.stderr, survey.rows, tally, live=live, line_items=args.async_orders)
        if args.progress != "none"
        else None
    )

    def source() -> Iterator[Row | Rejected]:
        for line, item in read_rewards(args.csv, defaults, encoding=args.encoding):
            yield item if isinstance(item, Rejected) else Row(item, line)

    keep_ids = connection.emulator is not None
    sent_ids: dict[str, set[str]] = defaultdict(set)
    results = fan_out(
        connection.client,
        source(),
        concurrency=args.concurrency,
        journal=journal,
        run_id=run_id,
        accept_new_rows=args.accept_new_rows,
        **({"via": "async_orders", "batch_size": args.batch_size} if args.async_orders else {}),
    )
    # Failures that say no row can succeed (credentials refused, API unreachable) are held back until
    # a row succeeds: if the run stops because of them, its one message says it all.
    held_back: list[FanOutResult] = []
    try:
        async for result in results:
            tally.add(result)
            if writer is not None:
                writer.write(result)
            if not result.ok and tally.succeeded == 0 and is_fatal(result.error):
                held_back.append(result)
            elif not result.ok:
                _report_failure(result, progress)
            elif held_back:
                for earlier in held_back:
                    _report_failure(earlier, progress)
                held_back.clear()
            if result.ok and keep_ids and result.external_ref_id and result.request is not None:
                sent_ids[result.request.account_identifier].add(result.external_ref_id)
            if progress is not None:
                progress.update()
    finally:
        # The last progress line, then the summary: flushed in that order, so that a pipe that
        # carries both streams shows them in that order too.
        if progress is not None:
            progress.finish()
        sys.stderr.flush()
    for earlier in held_back:
        _report_failure(earlier, progress)
    if tally.done:
        _summary(args, tally, run_id)
    return Outcome(tally, sent_ids)


def _report_failure(result: FanOutResult, progress: Any) -> None:
    message = f"line {result.line}: {result.status.value}: {result.reason}"
    if progress is not None:
        progress.note(message)
    else:
        print(message, file=sys.stderr)


def _summary(args: argparse.Namespace, tally: Tally, run_id: str) -> None:
    from aioraas.fanout import Status

    counts = tally.counts
    elapsed = max(1e-9, tally.elapsed())
    print(
        f"aioraas fan-out: {tally.done} rows in {elapsed:.1f} s ({tally.done / elapsed:.1f}/s), run {run_id}"
    )
    notes = {
        Status.EXISTING: "already held by the API: sent by an earlier attempt or run",
        Status.SKIPPED: "confirmed in the journal by an earlier run",
        Status.UNKNOWN: "no definite answer: run again with the same journal or run id",
    }
    for status in Status:
        note = f"  ({notes[status]})" if status in notes and counts[status] else ""
        print(f"  {status.value:<9}{counts[status]:>7}{note}")
    print(f"  {'retries':<9}{tally.retries:>7}")
    if args.out is not None:
        print(f"  results  {args.out} (one row per input, as completed; the first column is its line)")
    if args.journal is not None:
        print(f"  journal  {shown_journal(args.journal)}")
    sys.stdout.flush()


def _emulator_check(connection: Connection, sent_ids: dict[str, set[str]]) -> bool:
    """Prove, from the emulator's own books, that every reward was sent exactly once."""
    emulator = connection.emulator
    assert emulator is not None
    state = emulator.state
    ok = True
    for account, opening in connection.opening_balances.items():
        orders = state.orders(account)
        held = [order.external_ref_id for order in orders]
        charged = sum((order.charged for order in orders), Decimal(0))
        ok &= _account_check(
            account, held, sent_ids.get(account, set()), opening, charged, state.balance(account),
            f"{len(held)} orders held",
        )  # fmt: skip
    return _verdict(emulator, ok)


def _emulator_check_async(connection: Connection, sent_ids: dict[str, set[str]]) -> bool:
    """The same proof for a job sent through async orders: every line item the emulator completed
    (an ordinary line item with its externalRefLineItemID), against the line-item ids reported."""
    emulator = connection.emulator
    assert emulator is not None
    state = emulator.state
    ok = True
    items = [item for item in state.line_items() if item.external_ref is not None]
    for account, opening in connection.opening_balances.items():
        mine = [item for item in items if item.account == account]
        held = [item.external_ref for item in mine]
        charged = sum((item.charged for item in mine), Decimal(0))
        orders = len({item.reference_order_id for item in mine})
        ok &= _account_check(
            account, held, sent_ids.get(account, set()), opening, charged, state.balance(account),
            f"{len(held)} line items in {orders} async orders held",
        )  # fmt: skip
    return _verdict(emulator, ok)


def _account_check(
    account: str,
    held: list[str | None],
    expected: set[str],
    opening: Decimal,
    charged: Decimal,
    balance: Decimal,
    what: str,
) -> bool:
    """Print one account's books (ids held against ids sent, and its balance); True when exact."""
    duplicates = len(held) - len(set(held))
    missing = len(expected - set(held))
    extra = len(set(held) - expected)
    balanced = opening - charged == balance
    print(
        f"emulator check, account {account}: {what} for {len(expected)} rewards sent; "
        f"{duplicates} duplicates, {missing} missing, {extra} unexpected"
    )
    verdict = "reconciles" if balanced else "DOES NOT reconcile"
    print(f"  balance {opening} - charged {charged} = {balance} ({verdict})")
    return duplicates == missing == extra == 0 and balanced


def _verdict(emulator: Emulator, ok: bool) -> bool:
    faults = emulator.stats.faults
    if faults:
        shown = ", ".join(f"{kind} {count}" for kind, count in sorted(faults.items()))
        print(f"  faults injected: {shown}")
    print("every reward was sent exactly once" if ok else "CHECK FAILED: see above")
    return ok
