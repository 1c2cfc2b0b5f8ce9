"""Tables the newsroom imports (the roster, words to avoid): CSV, TSV or XLSX, read as rows
of text with a header row, before anything is stored.

Hostile files are expected: an XLSX is checked as a zip (members, sizes, ratios) and for
DOCTYPE declarations (entity expansion) before openpyxl sees it; a CSV goes through the
same decoding as copy (UTF-8 with or without BOM, UTF-16, GB18030).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass

from newsroom.ingest.docx_draft import MAX_MEMBERS, MAX_RATIO, MAX_UNCOMPRESSED, _read
from newsroom.ingest.encoding import read_text_file
from newsroom.ingest.model import IngestError

#: Most rows a table may have: a district's roster or word list is a few thousand.
MAX_ROWS = 100_000
#: Longest cell kept (a note); longer is a mistake in the file, not a note.
MAX_CELL = 300
_DOCTYPE = (b"<!DOCTYPE", b"<!ENTITY", b"<!doctype")


@dataclass(frozen=True)
class Table:
    """Rows under a header; ``line`` gives each row's line (or sheet row) for messages."""

    source: str
    header: list[str]
    rows: list[list[str]]
    lines: list[int]

    def column(self, names: Sequence[str]) -> int | None:
        """Index of the first header cell among ``names`` (case and spaces ignored)."""
        wanted = {n.lower() for n in names}
        for i, h in enumerate(self.header):
            if h.strip().lower() in wanted:
                return i
        return None

    def cell(self, row: list[str], index: int | None) -> str:
        return row[index].strip() if index is not None and index < len(row) else ""

    def fail(self, number: int, problem: str) -> IngestError:
        return IngestError(f"{self.source}:{number}: {problem}")


def read_table(path: str | os.PathLike[str]) -> Table:
    """The table in a .csv/.tsv/.txt or .xlsx file; IngestError names the file on failure."""
    source = os.fspath(path)
    if source.lower().endswith((".xlsx", ".xlsm")):
        rows = _xlsx_rows(source)
    else:
        text = read_text_file(source)
        delimiter = "\t" if "\t" in text.split("\n", 1)[0] else ","
        rows = [
            (n, row)
            for n, row in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1)
        ]
    rows = [(n, [c.strip() for c in row]) for n, row in rows if any(c.strip() for c in row)]
    if not rows:
        raise IngestError(f"{source}: empty table")
    if len(rows) > MAX_ROWS:
        raise IngestError(f"{source}: too many rows ({len(rows):,}; at most {MAX_ROWS:,})")
    for n, row in rows:
        for c in row:
            if len(c) > MAX_CELL:
                raise IngestError(f"{source}:{n}: a cell longer than {MAX_CELL} characters")
            if any(ord(ch) < 32 and ch not in "\t" for ch in c):
                raise IngestError(f"{source}:{n}: control characters in a cell")
    (_, header), body = rows[0], rows[1:]
    header = [h.lstrip("#").strip() for h in header]
    return Table(source, header, [r for _, r in body], [n for n, _ in body])


def _xlsx_rows(source: str) -> list[tuple[int, list[str]]]:
    data = _read(source)  # size, folder, empty and OLE (encrypted) checks, as for .docx
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_MEMBERS:
                raise IngestError(f"{source}: corrupt .xlsx (too many parts)")
            total = 0
            for info in infos:
                total += info.file_size
                grown = info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(
                    info.compress_size, 1
                )
                if total > MAX_UNCOMPRESSED or grown:
                    raise IngestError(f"{source}: refused: unpacks to too much data (zip bomb?)")
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    with zf.open(info) as part:
                        head = part.read(4096)
                    if any(mark in head for mark in _DOCTYPE):
                        raise IngestError(f"{source}: refused: XML with a DOCTYPE")
        from openpyxl import load_workbook

        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheet = book.worksheets[0]
            out = []
            for n, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                if n > MAX_ROWS + 1:
                    raise IngestError(f"{source}: too many rows (at most {MAX_ROWS:,})")
                out.append((n, [_text(v) for v in values]))
            return out
        finally:
            book.close()
    except IngestError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, IndexError) as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise IngestError(f"{source}: corrupt .xlsx ({reason[:120]})") from None


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def parse_date(table: Table, number: int, value: str, what: str) -> dt.date | None:
    """YYYY-MM-DD (or YYYY/MM/DD, YYYY.MM.DD; YYYY-MM is the month's first day); empty: None."""
    if not value:
        return None
    cleaned = value.replace("/", "-").replace(".", "-").replace("年", "-").replace("月", "-")
    cleaned = cleaned.rstrip("日-")
    parts = cleaned.split("-")
    try:
        if len(parts) == 2:
            parts.append("1")
        year, month, day = (int(p) for p in parts)
        date = dt.date(year, month, day)
    except (ValueError, TypeError):
        raise table.fail(number, f"{what} is not a date (YYYY-MM-DD): {value[:40]}") from None
    if not 1900 <= date.year <= 2200:
        raise table.fail(number, f"{what} out of range (1900–2200): {value[:40]}")
    return date
