"""What ``newsroom roster`` and ``newsroom words`` share: a table file in, all or nothing,
and the list out as CSV (stdout or -o FILE.csv) or XLSX (-o FILE.xlsx)."""

from __future__ import annotations

import argparse
import csv
import io
from collections.abc import Callable

from newsroom.commands.common import (
    CommandError,
    action_parser,
    db_option,
    log_in,
    open_db,
    user_option,
)


def register(sub, name: str, help_text: str, description: str, run) -> None:
    parser = sub.add_parser(name, help=help_text, description=description)
    db_option(parser)
    user_option(parser)
    actions = parser.add_subparsers(dest="what", metavar="ACTION", required=True)
    for what, text in (
        ("import", "add the rows of FILE (.csv, .tsv or .xlsx); all or nothing"),
        ("export", "write the list as CSV (stdout, or -o FILE.csv / FILE.xlsx)"),
    ):
        action = action_parser(actions, what, text)
        if what == "import":
            action.add_argument("file", metavar="FILE")
        else:
            action.add_argument("-o", "--output", metavar="FILE", help="CSV or XLSX file")
        action.set_defaults(run=run)
    parser.set_defaults(run=run)


def read_rows(path: str, parse: Callable):
    """The file's rows through ``parse`` (a Table → rows function); CommandError if bad."""
    from newsroom.ingest.model import IngestError
    from newsroom.ingest.tables import read_table

    try:
        return parse(read_table(path))
    except IngestError as exc:
        raise CommandError(str(exc)) from None


def open_for(args: argparse.Namespace, *, write: bool):
    """The engine, after logging in; only the desk (editors, chief editors) changes lists."""
    from newsroom.workflow import can_keep_lists

    engine = open_db(args.db)
    identity = log_in(engine, args)
    if write and identity is not None and not can_keep_lists(identity.role):
        raise CommandError(f"{identity.name}: only editors keep the newsroom's lists")
    return engine


def write_csv(text: str, output: str | None) -> None:
    """CSV text to stdout, or to -o FILE (.xlsx: one sheet of the same rows)."""
    if not output:
        print(text, end="")
        return
    from newsroom.safe_write import OutputError, write_file

    if output.lower().endswith(".xlsx"):
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        for row in csv.reader(io.StringIO(text)):
            sheet.append(row)

        def write(stream) -> None:
            book.save(stream)
    else:

        def write(stream) -> None:
            stream.write(text.encode("utf-8"))

    try:
        write_file(output, write)
    except OutputError as exc:
        raise CommandError(str(exc)) from None
