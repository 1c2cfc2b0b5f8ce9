"""``newsroom place ID --page N``: put an article (an unplaced draft, say) on a page."""

from __future__ import annotations

import argparse

from newsroom.commands.common import (
    CommandError,
    db_option,
    edition_date,
    log_in,
    open_db,
    positive_int,
    user_option,
)

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
    from sqlalchemy.orm import Session

    from newsroom.store import pages
    from newsroom.workflow import can_plan_pages

    engine = open_db(args.db)
    identity = log_in(engine, args)
    if identity is not None and not can_plan_pages(identity.role):
        raise CommandError(f"{identity.name}: your role does not plan pages")
    with Session(engine) as session, session.begin():
        page = pages.edition_page(session, args.page, args.date)
        if page is None:
            which = f"edition {args.date}: no such edition" if args.date else "no edition yet"
            raise CommandError(f"{which} (import a bulletin first)")
        number, date = page.number, page.edition.date
        try:
            position = pages.place_article(session, args.article, page.id, args.position)
        except LookupError:
            raise CommandError(f"article {args.article}: no such article") from None
        except ValueError as exc:
            raise CommandError(str(exc)) from None
    print(f"article {args.article}: page {number} of {date}, position {position}")
    return 0
