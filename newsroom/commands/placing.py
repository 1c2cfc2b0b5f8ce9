"""``newsroom place ID --page N``: put an article (an unplaced draft, say) on a page."""

from __future__ import annotations

import argparse

from newsroom.commands.common import (
    CommandError,
    db_option,
    edition_date,
    open_newsroom,
    positive_int,
    user_option,
)
from newsroom.service import Refused

NAME = "place"


def register(sub) -> None:
    parser = sub.add_parser(
        NAME,
        help="put an article on a page (上版)",
        description="Put a stored article on page N, as the window's page planner does: at "
        "position K of the page (default: last), the page's other copy keeping its order. "
        "Copy on no page yet (a correspondent's draft) or on another page both move; spiked "
        "copy goes on no page. Only editors, chief editors and layout staff plan pages.",
    )
    db_option(parser)
    user_option(parser)
    parser.add_argument("article", type=positive_int, metavar="ID")
    parser.add_argument("--page", type=positive_int, metavar="N", required=True, help="page number")
    parser.add_argument(
        "--position", type=positive_int, metavar="K", help="place on the page (default: last)"
    )
    parser.add_argument(
        "--date",
        "--edition",
        dest="date",
        type=edition_date,
        metavar="YYYY-MM-DD",
        help="edition date (default: the newest edition); its page N is added if missing",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    newsroom = open_newsroom(args)
    try:  # only editors, chief editors and layout staff plan pages (workflow.py)
        placed = newsroom.pages.place(args.article, args.page, args.position, args.date)
    except Refused as exc:
        raise CommandError(str(exc)) from None
    finally:
        newsroom.close()
    where = f"page {placed.page} of {placed.edition}, position {placed.position}"
    print(f"article {args.article}: {where}")
    return 0
