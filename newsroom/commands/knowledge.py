"""What ``newsroom roster`` and ``newsroom words`` share: a table file in, all or nothing,
and the list out as CSV (stdout or -o FILE.csv) or XLSX (-o FILE.xlsx)."""

from __future__ import annotations

import argparse
import csv
import io

from newsroom.commands.common import (
    CommandError,
    action_parser,
    db_option,
    open_newsroom,
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


def open_for(args: argparse.Namespace):
    """The newsroom's knowledge part (service.knowledge), logged in: anyone reads the
    lists, only the desk (editors, chief editors) changes them."""
    return open_newsroom(args).knowledge


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
