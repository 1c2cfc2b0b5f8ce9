"""``newsroom list``: the stored articles, as a table or as JSON (DESIGN.md)."""

from __future__ import annotations

import argparse
import json

from newsroom.commands.common import clip, db_option, log_in, open_db, table, user_option

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
    from sqlalchemy.orm import Session

    from newsroom.store.articles import (
        article_to_dict,
        byline_text,
        display_headline,
        list_articles,
    )
    from newsroom.workflow import status_label

    engine = open_db(args.db)
    identity = log_in(engine, args)
    with Session(engine) as session:
        # A correspondent lists their own copy only; the others not their drafts.
        articles = list_articles(session, with_body=True, viewer=identity)
        if args.json:
            print(json.dumps([article_to_dict(a) for a in articles], ensure_ascii=False, indent=2))
            return 0
        rows = [("ID", "版", "序", "主题", "署名", "状态", "字数")]
        rows += [
            (
                str(a.id),
                str(a.page.number) if a.page else "",
                str(a.position or ""),
                clip(display_headline(a), 30),
                clip(byline_text(a.bylines), 16),
                status_label(a.status),
                str(a.chars),
            )
            for a in articles
        ]
    print(table(rows))
    return 0
