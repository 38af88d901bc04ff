"""Reading and writing subscriber CSV files. Pure: no database, no I/O beyond the text given.
See docs/newsletter.md ("Importing and exporting subscribers").

Import format: a header row with an `email` column (required) and optional `language`
(en/be/ru; empty = English) and `topics` (topic slugs separated by spaces, commas or
semicolons; empty = every topic) columns. Any other column is ignored. Every problem is
reported with its line number, and the caller imports nothing unless there are none.

Export format: one row per subscriber; the address column is present only when the caller
may see addresses, otherwise a short prefix of the blind index identifies the row. Values that
a spreadsheet would run as a formula are neutralised.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError

from .crypto import InvalidToken, decrypt_email, index_form
from .validation import MAX_EMAIL_LENGTH, TOPIC_SLUG, clean_email, has_control_characters

MAX_ROWS = 200_000
TOPIC_SEPARATORS = re.compile(r"[\s,;]+")
# Spreadsheets execute cells starting with these (CSV/formula injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

EXPORT_COLUMNS_WITH_ADDRESS = [
    "id",
    "email",
    "status",
    "language",
    "topics",
    "consent_source",
    "created_at",
    "confirmed_at",
]
EXPORT_COLUMNS_WITHOUT_ADDRESS = [
    "id",
    "email_hash_prefix",
    *EXPORT_COLUMNS_WITH_ADDRESS[2:],
]
HASH_PREFIX_LENGTH = 12


@dataclass(frozen=True)
class ImportRow:
    line: int
    email: str
    language: str
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class RowError:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass
class ParsedImport:
    rows: list[ImportRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def default_address_key(address: str) -> str:
    """Two addresses in one file are the same person when their blind-index forms match."""
    return index_form(address)


def validate_row(
    raw_email: str,
    raw_language: str,
    raw_topics: str,
    *,
    languages: Iterable[str],
    default_language: str = "en",
) -> tuple[ImportRow | None, str | None]:
    """Check one row's values; return (row without line number, None) or (None, error)."""
    for name, value in (("email", raw_email), ("language", raw_language), ("topics", raw_topics)):
        if has_control_characters(value or ""):
            return None, f"the {name} contains a line break or control character"
    if not (raw_email or "").strip():
        return None, "the email is empty"
    # The same rules as the signup form, so an import cannot store what a signup would refuse.
    try:
        email = clean_email(raw_email)
    except ValidationError as exc:
        if exc.code == "too_long":
            return None, f"the email is longer than {MAX_EMAIL_LENGTH} characters"
        return None, "the email is not a valid address"
    language = (raw_language or "").strip().lower() or default_language
    if language not in set(languages):
        return None, f"unknown language {language[:20]!r}"
    topics = tuple(t for t in TOPIC_SEPARATORS.split((raw_topics or "").strip().lower()) if t)
    for topic in topics:
        if len(topic) > 80 or not TOPIC_SLUG.match(topic):
            return None, f"invalid topic {topic[:80]!r}"
    # Keep the order given, drop repeats.
    topics = tuple(dict.fromkeys(topics))
    return ImportRow(line=0, email=email, language=language, topics=topics), None


def parse_subscriber_csv(
    text: str,
    *,
    languages: Iterable[str],
    default_language: str = "en",
    address_key: Callable[[str], str] = default_address_key,
    max_rows: int = MAX_ROWS,
) -> ParsedImport:
    """Parse an import file. Line numbers are those an editor sees in a text editor
    (the header is line 1), also when a quoted value spans lines."""
    languages = list(languages)
    result = ParsedImport()
    text = text.removeprefix("\ufeff")  # Excel writes a byte-order mark.
    if not text.strip():
        result.errors.append(RowError(1, "the file is empty"))
        return result
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = next(reader)
    except csv.Error as exc:
        result.errors.append(RowError(1, f"unreadable CSV ({exc})"))
        return result
    columns = [name.strip().lower() for name in header]
    if "email" not in columns:
        result.errors.append(RowError(1, "the header has no 'email' column"))
        return result
    index = {
        name: columns.index(name) for name in ("email", "language", "topics") if name in columns
    }
    seen: dict[str, int] = {}
    count = 0
    while True:
        line = reader.line_num + 1
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            result.errors.append(RowError(line, f"unreadable CSV ({exc})"))
            break
        if not any(v.strip() for v in values):
            continue  # blank lines are harmless
        count += 1
        if count > max_rows:
            result.errors.append(RowError(line, f"more than {max_rows} rows; split the file"))
            break

        def get(name: str, values: list[str] = values) -> str:
            position = index.get(name)
            return values[position] if position is not None and position < len(values) else ""

        row, error = validate_row(
            get("email"),
            get("language"),
            get("topics"),
            languages=languages,
            default_language=default_language,
        )
        if error:
            result.errors.append(RowError(line, error))
            continue
        assert row is not None
        key = address_key(row.email)
        if key in seen:
            result.errors.append(RowError(line, f"the same address as line {seen[key]}"))
            continue
        seen[key] = line
        result.rows.append(
            ImportRow(line=line, email=row.email, language=row.language, topics=row.topics)
        )
    if not result.rows and not result.errors:
        result.errors.append(RowError(2, "the file has a header but no subscribers"))
    return result


def neutralise_cell(value: Any) -> str:
    """A cell value that spreadsheets show as text rather than run as a formula."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def export_columns(*, include_addresses: bool) -> list[str]:
    """The export's columns: the address only for those allowed to see it, otherwise a short
    prefix of the blind index identifies the row."""
    columns = EXPORT_COLUMNS_WITH_ADDRESS if include_addresses else EXPORT_COLUMNS_WITHOUT_ADDRESS
    return list(columns)


def export_value(row: Mapping[str, Any], column: str) -> Any:
    """One cell of an export row (see `export_row`) before it is written: the hash prefix, the
    topics joined by spaces, any other value as it is (dates stay dates, so a spreadsheet can
    show them as dates). Strings still need `neutralise_cell`."""
    if column == "email_hash_prefix":
        return (row.get("email_hash") or "")[:HASH_PREFIX_LENGTH]
    if column == "topics":
        return " ".join(row.get("topics") or [])
    return row.get(column)


def write_subscribers_csv(
    stream: io.TextIOBase | Any,
    rows: Iterable[Mapping[str, Any]],
    *,
    include_addresses: bool,
) -> int:
    """Write export rows (mappings with the keys of the export columns, plus `email_hash`)
    to `stream`; return how many were written. Without `include_addresses` no address is
    written even when a row carries one."""
    columns = export_columns(include_addresses=include_addresses)
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(columns)
    written = 0
    for row in rows:
        values = []
        for column in columns:
            value = export_value(row, column)
            if isinstance(value, date):  # dates and datetimes
                value = value.isoformat()
            values.append(neutralise_cell(value))
        writer.writerow(values)
        written += 1
    return written


def stored_address(subscriber: Any) -> str:
    """A subscriber's decrypted address, "" once dropped. Call it only for users allowed to see
    addresses."""
    if subscriber.email_encrypted is None:
        return ""
    try:
        return decrypt_email(subscriber.email_encrypted)
    except InvalidToken:
        # A key was removed from SUBSCRIBER_KEYS too early: say so rather than fail.
        return "(cannot decrypt: key missing)"


def export_row(subscriber: Any, *, include_address: bool) -> dict[str, Any]:
    """The export row of one Subscriber (any object with its attributes)."""
    return {
        "id": subscriber.pk,
        "email": stored_address(subscriber) if include_address else "",
        "email_hash": subscriber.email_hash,
        "status": subscriber.status,
        "language": subscriber.language,
        "topics": subscriber.topics,
        "consent_source": subscriber.consent_source,
        "created_at": subscriber.created_at,
        "confirmed_at": subscriber.confirmed_at,
    }
