"""``newsroom export``: layout-ready DOCX of one page or of every page of an edition, or
web HTML of their articles for the website and the 公众号 editor."""

from __future__ import annotations

import argparse
from pathlib import Path

from newsroom.commands.common import (
    CommandError,
    db_option,
    edition_date,
    open_newsroom,
    positive_int,
    user_option,
)

NAME = "export"


def register(sub) -> None:
    parser = sub.add_parser(
        NAME,
        help="export a page (or an edition) as layout-ready DOCX or web HTML",
        description="Export page N as DOCX with the newsroom's named paragraph styles: a page "
        "preview (报眉, columns) by default, or a single-column galley for InDesign or 方正飞腾. "
        "With --edition and no --page, every page of that edition goes into the folder -o. "
        "With --format html, the folder -o gets one self-contained .html per article and an "
        "index.html, paragraphs classed by the same style names, for the website and the "
        "公众号 editor. The style sheet is --stylesheet, else the one set in 首选项.",
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
        help="OUT.docx for a page, a folder for an edition or for HTML",
    )
    parser.add_argument(
        "--format", choices=("docx", "html"), default="docx", help="docx (default) or html"
    )
    parser.add_argument("--galley", action="store_true", help="single column, for layout software")
    parser.add_argument(
        "--pictures",
        choices=("embed", "beside"),
        help="HTML: pictures inside each page (embed, the default) or as files beside it",
    )
    parser.add_argument("--stylesheet", metavar="TOML", help="the newsroom's own style sheet")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from newsroom.layout import StyleSheetError
    from newsroom.layout.stylesheet import newsroom_stylesheet
    from newsroom.settings import load_settings

    if args.page is None and args.edition is None:
        raise CommandError("give --page N (and optionally --edition DATE), or --edition DATE")
    html = args.format == "html"
    if html and args.galley:
        raise CommandError("--galley is for DOCX; HTML has no columns")
    if not html and args.pictures:
        raise CommandError("--pictures is for --format html; DOCX keeps pictures inside")
    settings = load_settings()
    try:
        # A font this machine lacks (宋体 on Linux) is written into DOCX as the sheet's
        # stand-in; web HTML names the sheet's own fonts first, for the reader's machine.
        sheet = newsroom_stylesheet(args.stylesheet, settings.stylesheet, installed_fonts=not html)
    except (StyleSheetError, OSError) as exc:
        raise CommandError(str(exc)) from None
    targets = _pages(args, settings)
    out = Path(args.output)
    if html:
        return _write_html(targets, out, sheet, args.pictures or "embed")
    return _write_docx(targets, out, sheet, args.galley, single=args.page is not None)


def _pages(args: argparse.Namespace, settings):
    """The pages to export, as plain layout input, their 报眉 naming the paper as set now."""
    from newsroom.settings import page_head_paper

    pages = open_newsroom(args).pages
    if args.page is not None:
        targets = [pages.for_export(args.page, args.edition)]
    else:
        targets = pages.edition_for_export(args.edition)
    for target in targets:  # the 报眉 says the paper's name as set now
        target.paper_name = page_head_paper(target.paper_name, settings)
    return targets


def _write_docx(targets, out: Path, sheet, galley: bool, *, single: bool) -> int:
    from newsroom.layout import write_edition, write_page
    from newsroom.safe_write import OutputError, write_file, write_folder

    try:
        if single:
            (layout,) = targets
            write_file(
                out, lambda stream: write_page(layout, stream, galley=galley, stylesheet=sheet)
            )
            print(f"{out}: page {layout.number}, {len(layout.articles)} items")
        else:
            _refuse_foreign_docx_folder(out)
            # The whole edition or none of it: staged beside OUT, then renamed into place.
            written = write_folder(
                out,
                lambda staging: write_edition(targets, staging, galley=galley, stylesheet=sheet),
            )
            for path in written:
                print(path)
    except OutputError as exc:
        raise CommandError(str(exc)) from None
    except ValueError as exc:  # two pages with one file name
        raise CommandError(f"{out}: {exc}") from None
    return 0


def _write_html(targets, out: Path, sheet, pictures: str) -> int:
    from newsroom.layout.html_writer import INDEX_NAME, write_html
    from newsroom.safe_write import OutputError, write_folder

    _refuse_foreign_folder(out, INDEX_NAME)
    try:
        # All the pages or none of them: staged beside OUT, then renamed into place.
        written = write_folder(
            out, lambda staging: write_html(targets, staging, stylesheet=sheet, pictures=pictures)
        )
    except OutputError as exc:
        raise CommandError(str(exc)) from None
    except ValueError as exc:  # two pages with one file name
        raise CommandError(f"{out}: {exc}") from None
    articles = sum(len(t.articles) for t in targets)
    print(f"{written[-1]}: {len(targets)} page(s), {articles} articles")
    return 0


#: The files an edition's DOCX export writes: 2025-04-01-01.docx (date and 版次).
_PAGE_FILE = r"\d{4}-\d{2}-\d{2}-\d{2}[^/]*\.docx"


def _refuse_foreign_docx_folder(out: Path) -> None:
    """An existing folder is replaced whole, so only an empty one or an earlier edition
    export (nothing in it but its pages) may be: never ~/Desktop given by mistake."""
    import re

    if not out.is_dir():
        return
    try:
        entries = list(out.iterdir())
    except OSError as exc:
        raise CommandError(f"{out}: cannot read the folder ({exc.strerror or exc})") from None
    foreign = [e for e in entries if not (e.is_file() and re.fullmatch(_PAGE_FILE, e.name))]
    if foreign:
        raise CommandError(
            f"{out}: a folder with other files ({foreign[0].name}); give a new folder for the "
            "edition"
        )


def _refuse_foreign_folder(out: Path, index_name: str) -> None:
    """An existing folder is replaced whole, so only an earlier HTML export (its index says
    it was written here) or an empty folder may be: never ~/Desktop given by mistake."""
    from newsroom.layout.html_writer import GENERATOR

    if not out.is_dir():
        return
    try:
        if not any(out.iterdir()):
            return
        index = (out / index_name).read_text(encoding="utf-8", errors="replace")[:2000]
    except OSError:
        index = ""
    if f'content="{GENERATOR}"' not in index:
        raise CommandError(f"{out}: a folder with other files; give a new folder for the HTML")
