"""``newsroom export``: layout-ready DOCX of one page, or of every page of an edition."""

from __future__ import annotations

import argparse
from pathlib import Path

from newsroom.commands.common import (
    CommandError,
    db_option,
    edition_date,
    log_in,
    open_db,
    positive_int,
    user_option,
)

NAME = "export"


def register(sub) -> None:
    parser = sub.add_parser(
        NAME,
        help="export a page (or an edition) as layout-ready DOCX",
        description="Export page N as DOCX with the newsroom's named paragraph styles: a page "
        "preview (报眉, columns) by default, or a single-column galley for InDesign or 方正飞腾. "
        "With --edition and no --page, every page of that edition goes into the folder -o.",
    )
    db_option(parser)
    user_option(parser)
    parser.add_argument("--page", type=positive_int, metavar="N", help="page number")
    parser.add_argument(
        "--edition",
        type=edition_date,
        metavar="YYYY-MM-DD",
        help="edition date (default: the newest edition with that page)",
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="OUT.docx for a page, a folder for an edition",
    )
    parser.add_argument("--galley", action="store_true", help="single column, for layout software")
    parser.add_argument("--stylesheet", metavar="TOML", help="the newsroom's own style sheet")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from sqlalchemy.orm import Session

    from newsroom.layout import StyleSheetError, load_stylesheet, write_edition, write_page
    from newsroom.safe_write import OutputError, write_file, write_folder
    from newsroom.store import pages
    from newsroom.workflow import can_plan_pages

    if args.page is None and args.edition is None:
        raise CommandError("give --page N (and optionally --edition DATE), or --edition DATE")
    from newsroom.layout.stylesheet import with_installed_fonts
    from newsroom.settings import load_settings, page_head_paper

    try:
        # A font this machine lacks (宋体 on Linux) is written as the sheet's stand-in.
        sheet = with_installed_fonts(load_stylesheet(args.stylesheet))
    except (StyleSheetError, OSError) as exc:
        raise CommandError(str(exc)) from None
    settings = load_settings()
    engine = open_db(args.db)
    identity = log_in(engine, args)
    if identity is not None and not can_plan_pages(identity.role):
        raise CommandError(f"{identity.name}: your role does not export pages")
    out = Path(args.output)
    with Session(engine) as session:
        if args.page is not None:
            page = pages.find_page(session, args.page, args.edition)
            if page is None:
                when = f" of the {args.edition} edition" if args.edition else ""
                raise CommandError(f"page {args.page}{when}: no such page")
            layout = pages.layout_page(session, page.id)
            layout.paper_name = page_head_paper(layout.paper_name, settings)
            targets = None
        else:
            edition = pages.find_edition(session, args.edition)
            if edition is None:
                raise CommandError(f"edition {args.edition}: no such edition")
            targets = [pages.layout_page(session, p.id) for p in edition.pages]
            for target in targets:  # the 报眉 says the paper's name as set now
                target.paper_name = page_head_paper(target.paper_name, settings)
    try:
        if targets is None:
            write_file(
                out, lambda stream: write_page(layout, stream, galley=args.galley, stylesheet=sheet)
            )
            print(f"{out}: page {layout.number}, {len(layout.articles)} items")
        else:
            # The whole edition or none of it: staged beside OUT, then renamed into place.
            written = write_folder(
                out,
                lambda staging: write_edition(
                    targets, staging, galley=args.galley, stylesheet=sheet
                ),
            )
            for path in written:
                print(path)
    except OutputError as exc:
        raise CommandError(str(exc)) from None
    except ValueError as exc:  # two pages with one file name
        raise CommandError(f"{out}: {exc}") from None
    return 0
