"""Rewards CSV in, results CSV out: the file formats of ``aioraas fan-out``.

Input columns (a header row is required; names are case-insensitive, order is free):

=====================  =========================================================================
``amount``             required: face value in major units, e.g. ``25.00``
``utid``               required unless ``--utid`` is given: the catalog item, e.g. ``U561593``
``recipient_email``    the recipient's email (needed for EMAIL delivery)
``recipient_first_name``, ``recipient_last_name``, ``recipient_mobile``
``message``, ``email_subject``, ``campaign``, ``notes``, ``purchase_order_number``, ``etid``
``sender_first_name``, ``sender_last_name``, ``sender_email``
``delivery_method``    EMAIL (default), NONE, PHONE, ...
``external_id``        your idempotency key for the row (else derived from the run id and row)
``customer``, ``account``   per-row customer and account (else ``--customer`` / ``--account``)
=====================  =========================================================================

A row that cannot become a valid order is yielded as :class:`~aioraas.fanout.Rejected` with its
line number and the reason, so it is reported in its place and never stops the other rows.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterable, Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Final, TextIO

import attrs

from aioraas.errors import ValidationError
from aioraas.fanout import FanOutResult, Rejected
from aioraas.models import v2

_RECIPIENT: Final = {
    "recipient_email": "email",
    "recipient_first_name": "first_name",
    "recipient_last_name": "last_name",
    "recipient_mobile": "mobile_number",
}
_SENDER: Final = {"sender_first_name": "first_name", "sender_last_name": "last_name", "sender_email": "email"}
_ORDER: Final = {
    "message": "message",
    "email_subject": "email_subject",
    "campaign": "campaign",
    "notes": "notes",
    "purchase_order_number": "purchase_order_number",
    "etid": "etid",
    "delivery_method": "delivery_method",
    "external_id": "external_ref_id",
}
KNOWN_COLUMNS: Final = frozenset({"amount", "utid", "customer", "account", *_RECIPIENT, *_SENDER, *_ORDER})


@attrs.frozen
class Defaults:
    """Values for rows that leave a column out."""

    customer: str | None = None
    account: str | None = None
    utid: str | None = None
    delivery_method: str = "EMAIL"


class CsvFormatError(ValueError):
    """The file as a whole cannot be read (no header, no amount column, ...)."""


def _columns(header: list[str] | None, path: Path, defaults: Defaults) -> list[str]:
    if not header:
        raise CsvFormatError(f"{path}: the first line must be a header naming the columns")
    columns = [name.strip().lower() for name in header]
    repeated = sorted({c for c in columns if c and columns.count(c) > 1})
    if repeated:
        raise CsvFormatError(
            f"{path}: column(s) {', '.join(repeated)} appear more than once in the header; keep one of each"
        )
    unknown = [c for c in columns if c and c not in KNOWN_COLUMNS]
    if unknown:
        raise CsvFormatError(
            f"{path}: unknown column(s) {', '.join(unknown)}; known: {', '.join(sorted(KNOWN_COLUMNS))}"
        )
    required = {"amount"} | ({"utid"} if defaults.utid is None else set())
    required |= {"customer"} if defaults.customer is None else set()
    required |= {"account"} if defaults.account is None else set()
    missing = sorted(required - set(columns))
    if missing:
        raise CsvFormatError(f"{path}: missing column(s) {', '.join(missing)} (or pass them as options)")
    return columns


def _missing(row: dict[str, str], defaults: Defaults) -> list[str]:
    """Every problem the API would certainly refuse the row for, all at once (not only the first)."""

    def has(name: str) -> bool:
        return bool((row.get(name) or "").strip())

    problems = [
        f"{column} is missing"
        for column, default in (
            ("amount", None),
            ("utid", defaults.utid),
            ("customer", defaults.customer),
            ("account", defaults.account),
        )
        if not has(column) and default is None
    ]
    method = ((row.get("delivery_method") or "").strip() or defaults.delivery_method).upper()
    if method == "EMAIL" and not has("recipient_email"):
        problems.append("recipient_email is missing (delivery method EMAIL sends the reward by email)")
    if has("amount"):
        try:
            amount = Decimal(row["amount"].strip())
        except InvalidOperation:
            pass  # the model names the rule (a number with at most 2 decimals)
        else:
            if amount.is_finite() and amount <= 0:
                problems.append(f"amount must be greater than 0, not {row['amount'].strip()}")
    return problems


def _order(row: dict[str, str], defaults: Defaults) -> v2.OrderCreate:
    def value(name: str) -> str | None:
        text = (row.get(name) or "").strip()
        return text or None

    def pick(mapping: dict[str, str]) -> dict[str, Any]:
        return {field: value(column) for column, field in mapping.items() if value(column) is not None}

    fields: dict[str, Any] = pick(_ORDER)
    recipient, sender = pick(_RECIPIENT), pick(_SENDER)
    if recipient:
        fields["recipient"] = v2.Recipient(**recipient)
    if sender:
        fields["sender"] = v2.Sender(**sender)
    fields.setdefault("delivery_method", defaults.delivery_method)
    fields["delivery_method"] = fields["delivery_method"].upper()
    return v2.OrderCreate(
        customer_identifier=value("customer") or defaults.customer or "",
        account_identifier=value("account") or defaults.account or "",
        utid=value("utid") or defaults.utid or "",
        amount=value("amount") or "",
        **fields,
    )


DEFAULT_ENCODING: Final = "utf-8-sig"
"""UTF-8, with or without a byte order mark."""


def _decoded_lines(raw: Iterable[bytes], path: Path, encoding: str) -> Iterator[str]:
    """The file's lines as text; a byte that is not ``encoding`` names its line and the way out."""
    try:
        decoder = codecs.getincrementaldecoder(encoding)()
    except LookupError:
        raise CsvFormatError(f"unknown --encoding {encoding!r} (try utf-8, cp1252 or latin-1)") from None
    number = 0
    for number, chunk in enumerate(raw, start=1):
        try:
            yield decoder.decode(chunk)
        except UnicodeDecodeError as exc:
            raise CsvFormatError(
                f"{path}: line {number} is not valid {encoding} text ({exc.reason}, byte "
                f"0x{chunk[exc.start]:02x}); save the file as UTF-8, or name its encoding with "
                "--encoding (for example --encoding cp1252 for a file from Excel on Windows)"
            ) from None
    try:
        tail = decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        raise CsvFormatError(
            f"{path}: line {number} ends in the middle of a character ({exc.reason})"
        ) from None
    if tail:
        yield tail


def read_rewards(
    path: Path, defaults: Defaults, *, encoding: str = DEFAULT_ENCODING
) -> Iterator[tuple[int, v2.OrderCreate | Rejected]]:
    """Yield ``(line, order or Rejected)`` per data row, reading the file lazily."""
    with path.open("rb") as handle:
        reader = csv.reader(_decoded_lines(handle, path, encoding))
        columns = _columns(next(reader, None), path, defaults)
        for cells in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in cells):
                continue  # blank lines are not rows
            row = dict(zip(columns, cells, strict=False))
            if len(cells) > len(columns):
                reason = f"{len(cells)} cells for {len(columns)} columns"
                yield line, Rejected(reason, line=line, fields=row)
                continue
            problems = _missing(row, defaults)
            if problems:
                yield line, Rejected("; ".join(problems), line=line, fields=row)
                continue
            try:
                order = _order(row, defaults)
            except ValidationError as exc:
                yield line, Rejected(_row_reason(exc), line=line, fields=row)
            else:
                yield line, order


def _row_reason(exc: ValidationError) -> str:
    # "OrderCreate.amount: must be ..." -> "amount: must be ..." (the field, not the model)
    prefix = f"{exc.model}."
    return exc.message[len(prefix) :] if exc.model and exc.message.startswith(prefix) else exc.message


def count_rows(path: Path, *, encoding: str = DEFAULT_ENCODING) -> int:
    """Number of data rows (lines after the header that are not blank), read in one streaming pass."""
    with path.open("rb") as handle:
        reader = csv.reader(_decoded_lines(handle, path, encoding))
        next(reader, None)
        return sum(1 for cells in reader if any(cell.strip() for cell in cells))


RESULT_COLUMNS: Final = [
    "line",
    "status",
    "reference_order_id",
    "external_ref_id",
    "recipient_email",
    "amount",
    "utid",
    "attempts",
    "reason",
]


class ResultsWriter:
    """Writes one CSV row per result as it arrives (nothing is kept in memory).

    Rows come in the order results complete, not in input order: the first column is the input
    line, so sorting by it puts them back in input order."""

    def __init__(self, handle: TextIO) -> None:
        self._writer = csv.writer(handle)
        self._handle = handle
        self._writer.writerow(RESULT_COLUMNS)

    def write(self, result: FanOutResult, line: int | None = None) -> None:
        request = result.request if isinstance(result.request, v2.OrderCreate) else None
        if request is not None:
            recipient = request.recipient
            email = recipient.email if isinstance(recipient, v2.Recipient) else None
            shown = [email if isinstance(email, str) else "", str(request.amount), request.utid]
        else:  # refused before sending: the row's own text
            shown = [result.fields.get(column, "") for column in ("recipient_email", "amount", "utid")]
        line = line if line is not None else result.line
        self._writer.writerow(
            [
                line if line is not None else "",
                result.status.value,
                result.reference_order_id or "",
                result.external_ref_id or "",
                *shown,
                result.attempts,
                result.reason or "",
            ]
        )
        self._handle.flush()
