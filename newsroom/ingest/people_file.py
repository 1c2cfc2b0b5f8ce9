"""The newsroom's list of people from a .csv or .xlsx file: name, role, unit, email, phone.

Offices keep their correspondents in a spreadsheet; ``newsroom people import`` loads it.
The file is read whole and checked before anything is stored: one bad row refuses it.
Header names may be English or Chinese (姓名, 身份, 单位, 邮箱, 电话 and their kin).
"""

from __future__ import annotations

import csv
import io
import os
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

from newsroom.ingest.encoding import MAX_BYTES, decode_bytes
from newsroom.ingest.model import IngestError

__all__ = ["PersonInput", "read_people_file"]


@dataclass(frozen=True)
class PersonInput:
    """One row of a people file (line: where it is in the file, for messages)."""

    name: str
    role: str = ""
    unit: str = ""
    email: str = ""
    phone: str = ""
    line: int = 0


#: Header words for each column.
COLUMNS = {
    "name": ("name", "姓名", "名字"),
    "role": ("role", "身份", "角色", "岗位"),
    "unit": ("unit", "单位", "organisation", "organization", "部门"),
    "email": ("email", "e-mail", "mail", "邮箱", "电子邮件", "电子邮箱", "邮件"),
    "phone": ("phone", "电话", "手机", "联系电话", "mobile"),
}
MAX_ROWS = 20_000
#: An .xlsx may unpack to this much, and no part more than MAX_RATIO times its packed size.
MAX_UNPACKED = 50 * 1024 * 1024
MAX_RATIO = 200
_FIELD_MAX = {"name": 100, "role": 50, "unit": 200, "email": 254, "phone": 50}


def read_people_file(path: str | os.PathLike[str]) -> list[PersonInput]:
    """Rows of the file; raises IngestError ``"<path>: <problem>"`` (with the line)."""
    source = os.fspath(path)
    data = _read(source)
    suffix = Path(source).suffix.lower()
    if suffix == ".xlsx":
        rows = _xlsx_rows(source, data)
    elif suffix in (".csv", ".txt", ".tsv"):
        rows = _csv_rows(decode_bytes(data, source))
    else:
        raise IngestError(f"{source}: not a .csv or .xlsx file")
    return _people(source, rows)


def _read(source: str) -> bytes:
    try:
        info = os.stat(source)
        if not stat.S_ISREG(info.st_mode):
            raise IngestError(f"{source}: not a regular file")
        if info.st_size > MAX_BYTES:
            raise IngestError(f"{source}: file too large ({info.st_size:,} bytes)")
        with open(source, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise IngestError(f"{source}: no such file") from None
    except OSError as exc:
        raise IngestError(f"{source}: cannot read the file ({exc.strerror or exc})") from None
    if not data:
        raise IngestError(f"{source}: empty file")
    return data


def _csv_rows(text: str) -> list[list[str]]:
    sample = text[:4096]
    delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    return [row for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def _xlsx_rows(source: str, data: bytes) -> list[list[str]]:
    if not data.startswith(b"PK"):
        raise IngestError(f"{source}: not an .xlsx file (not a zip package)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            total = 0
            for info in zf.infolist():
                total += info.file_size
                if info.file_size > 1_000_000 and info.file_size / max(info.compress_size, 1) > (
                    MAX_RATIO
                ):
                    raise IngestError(f"{source}: refused: {info.filename} unpacks too far")
                if info.filename.endswith(".xml"):
                    with zf.open(info) as part:
                        head = part.read(4096)
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        raise IngestError(f"{source}: refused: {info.filename} declares entities")
            if total > MAX_UNPACKED:
                raise IngestError(f"{source}: refused: unpacks to {total:,} bytes (a zip bomb?)")
        from openpyxl import load_workbook

        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheet = book.worksheets[0]
            rows = []
            for values in sheet.iter_rows(values_only=True):
                rows.append(["" if v is None else str(v) for v in values])
                if len(rows) > MAX_ROWS + 1:
                    break
        finally:
            book.close()
    except IngestError:
        raise
    except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise IngestError(f"{source}: corrupt .xlsx ({reason[:200]})") from None
    return rows


def _columns(header_row: list[str]) -> dict[str, int]:
    """Which column holds which field, from the header row's English or Chinese names."""
    header = [cell.lower().replace(" ", "") for cell in header_row]
    where: dict[str, int] = {}
    for field, words in COLUMNS.items():
        for i, cell in enumerate(header):
            if cell in words:
                where.setdefault(field, i)
    return where


def _person(source: str, number: int, row: list[str], where: dict[str, int]) -> PersonInput:
    """One row as a person; a row without a name or with an odd field names its line."""
    values = {f: (row[i] if i < len(row) else "") for f, i in where.items()}
    if not values["name"]:
        raise IngestError(f"{source}: line {number}: no name")
    for field, value in values.items():
        if len(value) > _FIELD_MAX[field] or any(ord(c) < 32 for c in value):
            raise IngestError(f"{source}: line {number}: {field} is not a plain short text")
    return PersonInput(**values, line=number)


def _people(source: str, rows: list[list[str]]) -> list[PersonInput]:
    rows = [[cell.strip() for cell in row] for row in rows]
    start = next((i for i, row in enumerate(rows) if any(row)), None)
    if start is None:
        raise IngestError(f"{source}: no rows")
    where = _columns(rows[start])
    if "name" not in where:
        raise IngestError(
            f"{source}: line {start + 1}: no name column (the first row names the columns: "
            "name, role, unit, email, phone)"
        )
    body = rows[start + 1 :]
    if len(body) > MAX_ROWS:
        raise IngestError(f"{source}: more than {MAX_ROWS:,} rows")
    people = [
        _person(source, number, row, where)
        for number, row in enumerate(body, start=start + 2)
        if any(row)
    ]
    if not people:
        raise IngestError(f"{source}: no people in the file")
    return people
