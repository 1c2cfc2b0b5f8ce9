"""``newsroom list``: the stored articles, as a table or as JSON (DESIGN.md)."""

from __future__ import annotations

import argparse
import json

from newsroom.commands.common import clip, db_option, open_newsroom, table, user_option

NAME = "list"


def register(sub) -> None:
    parser = sub.add_parser(
        NAME,
        help="list the stored articles",
        description="List the stored articles in reading order.",
    )
    db_option(parser)
    user_option(parser)
    parser.add_argument("--json", action="store_true", help="JSON as in DESIGN.md")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from newsroom.workflow import status_label

    newsroom = open_newsroom(args)
    articles = newsroom.articles.listing()  # a correspondent lists their own copy only
    newsroom.close()
    if args.json:
        print(json.dumps([a.record for a in articles], ensure_ascii=False, indent=2))
        return 0
    rows = [("ID", "版", "序", "主题", "署名", "状态", "字数")]
    rows += [
        (
            str(a.id),
            str(a.page) if a.page is not None else "",
            str(a.position or ""),
            clip(a.shown_headline, 30),
            clip(a.byline, 16),
            status_label(a.status),
            str(a.chars),
        )
        for a in articles
    ]
    print(table(rows))
    return 0
