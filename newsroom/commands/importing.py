"""``newsroom import FILE…``: bulletins and drafts into the store, all or nothing."""

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

NAME = "import"


def register(sub) -> None:
    parser = sub.add_parser(
        NAME,
        help="import bulletins (one page each) and correspondents' drafts",
        description="Import bulletins and drafts. A bulletin (.txt in UTF-8, UTF-16 or "
        "GB18030) becomes one page of its edition, items in reading order. A draft (.txt, or "
        ".docx with tracked changes read as accepted and pictures kept) becomes an article on "
        "no page. All files or none are stored; a file imported before is not imported again.",
    )
    db_option(parser)
    user_option(parser)
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument(
        "--page",
        type=positive_int,
        metavar="N",
        help="page number of the first file (default: the next free page)",
    )
    parser.add_argument(
        "--date",
        type=edition_date,
        metavar="YYYY-MM-DD",
        help="edition date (default: a date in the file name, else today)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from newsroom.importer import load_copies
    from newsroom.ingest.model import IngestError
    from newsroom.settings import load_settings
    from newsroom.workflow import Role, can_edit

    settings = load_settings()
    try:
        # Every file is read before the database is touched: bad input never creates one.
        copies = load_copies(args.files)
        newsroom = open_newsroom(args, create=True)
        identity = newsroom.identity
        if identity is not None and not can_edit(
            identity.role, identity.account_id, identity.account_id, "draft"
        ):
            raise CommandError(f"{identity.name}: your role does not bring in copy")
        own = identity is not None and identity.role == Role.CORRESPONDENT
        if own and (args.page is not None or args.date is not None):
            raise CommandError(
                f"{identity.name}: a correspondent's copy comes in as drafts on no page; "
                "leave out --page and --date"
            )
        report = newsroom.store_copies(
            copies,
            page=args.page,
            edition_date=args.date,
            paper_name=settings.paper_name,
            author=identity.name if identity else settings.user_name,
            owner_id=identity.account_id if own else None,
        )
    except IngestError as exc:
        raise CommandError(str(exc)) from None
    for page in report.pages:
        if page.page_number is None:
            ids = ", ".join(f"#{i}" for i in page.article_ids)
            what = "already imported as" if page.duplicate else "draft →"
            print(f"{page.path}: {what} article {ids} (not on a page)")
            continue
        what = "already imported as" if page.duplicate else f"{page.items} items →"
        print(f"{page.path}: {what} page {page.page_number} of {page.edition_date.isoformat()}")
    return 0
