"""``aioraas reconcile --journal FILE``: prove a fan-out job against the API's own books."""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aioraas.commands._connection import add_connection_options, connect
from aioraas.commands.fan_out import journal_location, shown_journal


def register(subcommands: Any) -> None:
    parser: argparse.ArgumentParser = subcommands.add_parser(
        "reconcile",
        help="match a fan-out job's journal with the API's orders, and settle unknown rows",
        description=(
            "Read the orders of every account the job sent to (public API calls only) and match them with "
            "the journal: confirmed, settled, absent (safe to resend), missing, duplicate, different, "
            "unexpected, ambiguous. Unanswered rows found at the API are marked confirmed in the journal; "
            "v2 rows absent from it are marked pending, so the next fan-out run resends them."
        ),
        epilog=(
            "Exit status: 0 when every row is confirmed, 1 when anything needs attention, 2 for bad options."
        ),
    )
    parser.add_argument(
        "--journal",
        type=journal_location,
        required=True,
        help="the job's journal: a SQLite file or a postgresql:// URL",
    )
    parser.add_argument("--run-id", help="the job, in a PostgreSQL journal that holds several")
    parser.add_argument("--from", dest="start", type=_moment, help="start of the window (ISO date or time)")
    parser.add_argument("--to", dest="end", type=_moment, help="end of the window (default: now)")
    parser.add_argument("--out", type=Path, help="write every finding but plain confirmations to this CSV")
    parser.add_argument(
        "--no-settle", dest="settle", action="store_false", help="report only; leave the journal as it is"
    )
    parser.add_argument(
        "--quiet", action="store_true", help="no live progress line (it is shown on a terminal only)"
    )
    add_connection_options(parser)
    parser.set_defaults(run=run)


def _moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO date or time, e.g. 2026-11-01") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def run(args: argparse.Namespace) -> int:
    from aioraas.errors import ConfigurationError, RaasError
    from aioraas.journal import JournalError

    try:
        return asyncio.run(_run(args))
    except (ConfigurationError, JournalError, ValueError, OSError) as exc:
        print(f"aioraas reconcile: error: {exc}", file=sys.stderr)
        return 2
    except RaasError as exc:
        print(f"aioraas reconcile: failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1


async def _run(args: argparse.Namespace) -> int:
    from aioraas.progress import LiveStatus
    from aioraas.reconcile import Finding, reconcile, write_report

    status = LiveStatus(sys.stderr, live=False if args.quiet else None)

    def progress(line: str) -> None:
        status.update(f"reconcile: {line}")

    try:
        async with connect(args) as connection:
            report = await reconcile(
                connection.client, args.journal, start=args.start, end=args.end, settle=args.settle,
                progress=progress, run_id=args.run_id,
            )  # fmt: skip
    finally:
        status.finish()
    if args.out is not None:
        with args.out.open("w", newline="", encoding="utf-8") as handle:
            write_report(report, handle)
    lines = f", {report.line_items_read} async line items" if report.line_items_read else ""
    print(
        f"aioraas reconcile: {shown_journal(args.journal)}, {report.orders_read} orders{lines} read "
        f"from {report.start:%Y-%m-%d %H:%M} to {report.end:%Y-%m-%d %H:%M} UTC"
    )
    for finding in Finding:
        if report.counts[finding]:
            print(f"  {finding.value:<11}{report.counts[finding]:>7}")
    for item in report.items[:20]:
        if item.finding in (Finding.SETTLED, Finding.FAILED):
            continue
        where = (
            f"line {item.line}" if item.line is not None else f"order {' '.join(item.reference_order_ids)}"
        )
        print(
            f"  {item.finding.value.upper()}: {where}: {item.summary or item.external_ref_id}: {item.detail}"
        )
    if args.out is not None:
        print(f"  report   {args.out}")
    print("everything is confirmed" if report.ok else "needs attention: see above")
    return 0 if report.ok else 1
