"""``newsroom people``: the newsroom's correspondents and reporters (import, list)."""

from __future__ import annotations

import argparse

from newsroom.commands.common import (
    CommandError,
    action_parser,
    db_option,
    open_newsroom,
    table,
    user_option,
)

NAME = "people"


def register(sub) -> None:
    parser = sub.add_parser(
        NAME,
        help="load and list correspondents and reporters (e-mail, phone)",
        description="The newsroom's people. `people import FILE.csv|FILE.xlsx` reads the "
        "columns name, role, unit, email, phone (or 姓名, 身份, 单位, 邮箱, 电话) from the "
        "first row and adds or updates each person, found by e-mail, else by name: all rows "
        "or none. A mailed draft is matched to its correspondent by the e-mail address.",
    )
    db_option(parser)
    user_option(parser)
    actions = parser.add_subparsers(dest="what", metavar="ACTION", required=True)
    load = action_parser(actions, "import", "add or update people from a .csv or .xlsx file")
    load.add_argument("file", metavar="FILE")
    shown = action_parser(actions, "list", "list people with e-mail and phone")
    for action in (load, shown):
        action.set_defaults(run=run)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from newsroom.ingest.model import IngestError
    from newsroom.ingest.people_file import read_people_file
    from newsroom.service import Invalid

    if args.what == "list":
        rows = open_newsroom(args).people.list()
        lines = [("id", "姓名", "身份", "单位", "邮箱", "电话")]
        lines += [
            (str(p.id), p.name, p.default_role, p.organisation, p.email, p.phone) for p in rows
        ]
        print(table(lines))
        return 0
    try:
        rows = read_people_file(args.file)  # read whole before the database is touched
    except IngestError as exc:
        raise CommandError(str(exc)) from None
    people = open_newsroom(args, create=True).people
    try:
        result = people.import_rows(rows, args.file)
    except Invalid as exc:
        raise CommandError(f"{exc}; nothing was stored") from None
    print(f"{args.file}: {result.added} people added, {result.updated} updated")
    return 0
