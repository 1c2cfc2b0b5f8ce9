"""``newsroom signsheet``: the 审校签字单 of a page (DOCX; PDF through LibreOffice)."""

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

NAME = "signsheet"


def register(sub) -> None:
    parser = sub.add_parser(
        NAME,
        help="the 审校签字单 of a page: reviews and proofreading passes of every article",
        description="Write the one-page 审校签字单 of page N: every article with its 初审, "
        "复审, 终审, 签发 and its 一校, 二校, 三校 (names and times) and the findings the "
        "last pass left open. -o FILE.docx; FILE.pdf is made from it with LibreOffice.",
    )
    parser.add_argument("--page", type=positive_int, metavar="N", required=True)
    parser.add_argument("--date", type=edition_date, metavar="YYYY-MM-DD",
                        help="edition date (default: the newest edition)")  # fmt: skip
    parser.add_argument("-o", "--output", metavar="FILE", required=True)
    db_option(parser)
    user_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from newsroom.layout.sign_sheet import write_sign_sheet
    from newsroom.safe_write import OutputError

    form = open_newsroom(args).pages.sign_sheet(args.page, args.date)
    if form is None:
        which = f"edition {args.date}" if args.date else "the newest edition"
        raise CommandError(f"page {args.page}: no such page in {which}")
    target = args.output
    try:
        if target.lower().endswith(".pdf"):
            _pdf(form, target)
        else:
            write_sign_sheet(target, form)
    except OutputError as exc:
        raise CommandError(str(exc)) from None
    print(f"{target}: 审校签字单, page {form.page} of {form.date}, {len(form.rows)} articles")
    return 0


def _pdf(form, target: str) -> None:
    """DOCX in a temporary folder, converted by LibreOffice, then moved into place."""
    import shutil
    import subprocess
    import tempfile
    from pathlib import Path

    from newsroom.layout.sign_sheet import write_sign_sheet
    from newsroom.safe_write import write_file

    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        raise CommandError("a PDF needs LibreOffice (libreoffice-writer); write .docx instead")
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / "signsheet.docx"
        write_sign_sheet(docx, form)
        done = subprocess.run(
            [office, f"-env:UserInstallation=file://{tmp}/profile", "--headless",
             "--convert-to", "pdf", "--outdir", tmp, str(docx)],
            capture_output=True, timeout=180, check=False,
        )  # fmt: skip
        pdf = Path(tmp) / "signsheet.pdf"
        if done.returncode != 0 or not pdf.exists():
            raise CommandError(f"{target}: LibreOffice could not convert the form")
        data = pdf.read_bytes()
    write_file(target, lambda stream: stream.write(data))
