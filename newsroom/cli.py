"""The ``newsroom`` command: opens the window or runs headless commands."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import unicodedata
from collections.abc import Sequence

from newsroom import __version__

COMMANDS = ("gui", "import", "list")

DESCRIPTION = """\
Newsroom desk 新闻编辑部: import the day's copy, edit, proofread, tag and lay out pages.

  newsroom [FILE…]                      open the window, importing FILEs first
  newsroom import FILE… [--page N]      import bulletins; each becomes one page
  newsroom list [--json]                the stored articles

The database: --db takes an SQLite file path or an SQLAlchemy URL
(postgresql+psycopg://…); else $NEWSROOM_DB; else newsroom.db in the
user data folder. Bad input: one line on stderr naming the file, exit 2."""


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value}") from None


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a page number: {value}")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsroom",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newsroom {__version__}")
    db_help = "SQLite file or SQLAlchemy URL (default: $NEWSROOM_DB, else the user data folder)"
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="DB", help=db_help)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser(
        "gui",
        parents=[common],
        help="open the window (the default)",
        description="Open the window, importing FILEs first.",
    )
    gui.add_argument("files", nargs="*", metavar="FILE", help="bulletins to import first")

    imp = sub.add_parser(
        "import",
        parents=[common],
        help="import bulletins, each as one page",
        description="Import bulletins (.txt in UTF-8, UTF-16 or GB18030). Each file becomes "
        "one page of its edition, items in reading order. All files or none are stored; "
        "a file imported before is not imported again.",
    )
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument(
        "--page",
        type=_positive,
        metavar="N",
        help="page number of the first file (default: the next free page)",
    )
    imp.add_argument(
        "--date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="edition date (default: a date in the file name, else today)",
    )

    lst = sub.add_parser(
        "list",
        parents=[common],
        help="list the stored articles",
        description="List the stored articles in reading order.",
    )
    lst.add_argument("--json", action="store_true", help="JSON as in DESIGN.md")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # `newsroom FILE…` and `newsroom --db X` mean the window.
    if not args_list or (
        args_list[0] not in COMMANDS and args_list[0] not in ("-h", "--help", "--version")
    ):
        args_list.insert(0, "gui")
    args = build_parser().parse_args(args_list)
    try:
        if args.command == "import":
            return cmd_import(args)
        if args.command == "list":
            return cmd_list(args)
        return cmd_gui(args)
    except CommandError as exc:
        print(f"newsroom: {exc}", file=sys.stderr)
        return 2


class CommandError(Exception):
    """A problem to report in one line, exit status 2."""


def _open(db: str | None):
    from newsroom.store.db import DatabaseError, open_database

    try:
        return open_database(db)
    except DatabaseError as exc:
        raise CommandError(str(exc)) from None


def cmd_import(args: argparse.Namespace) -> int:
    from newsroom.importer import load_copies, store_copies
    from newsroom.ingest.model import IngestError
    from newsroom.settings import load_settings

    try:
        # Every file is read before the database is touched: bad input never creates one.
        copies = load_copies(args.files)
        engine = _open(args.db)
        report = store_copies(
            engine,
            copies,
            page=args.page,
            edition_date=args.date,
            paper_name=load_settings().paper_name,
        )
    except IngestError as exc:
        raise CommandError(str(exc)) from None
    for page in report.pages:
        what = "already imported as" if page.duplicate else f"{page.items} items →"
        print(f"{page.path}: {what} page {page.page_number} of {page.edition_date.isoformat()}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from sqlalchemy.orm import Session

    from newsroom.store.articles import (
        article_to_dict,
        byline_text,
        display_headline,
        list_articles,
    )
    from newsroom.workflow import status_label

    engine = _open(args.db)
    with Session(engine) as session:
        articles = list_articles(session, with_body=args.json)
        if args.json:
            data = [article_to_dict(a) for a in articles]
            print(json.dumps(data, ensure_ascii=False, indent=2))
            return 0
        rows = [("ID", "版", "序", "主题", "署名", "状态", "字数")]
        for a in articles:
            rows.append(
                (
                    str(a.id),
                    str(a.page.number) if a.page else "",
                    str(a.position or ""),
                    _clip(display_headline(a), 30),
                    _clip(byline_text(a.bylines), 16),
                    status_label(a.status),
                    str(a.chars),
                )
            )
    print(_table(rows))
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from newsroom.ui.app import run_gui

    return run_gui(db=args.db, files=args.files)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _clip(text: str, width: int) -> str:
    out, used = "", 0
    for char in text:
        used += _width(char)
        if used > width - 1:
            return out + "…"
        out += char
    return out


def _table(rows: list[tuple[str, ...]]) -> str:
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell + " " * (widths[i] - _width(cell)) for i, cell in enumerate(row)).rstrip()
        for row in rows
    )
