"""Export speed: the seed page as DOCX beside plain python-docx, as web HTML, and an 8-page
edition.

    python benchmarks/bench_export.py [--repeat 20]

The baseline builds and saves a document of the same paragraphs with python-docx and
no styling at all, in the same run; the target is at most 3× that time for a page, and
under 2 s for an 8-page edition. The first export (which builds the cached template)
is timed on its own. The web HTML of the page (a file per article and the index, written
to a temporary folder) has the same target against the same baseline.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docx import Document  # noqa: E402

from newsroom.ingest.bulletin import parse_bulletin  # noqa: E402
from newsroom.ingest.encoding import read_text_file  # noqa: E402
from newsroom.layout import (  # noqa: E402
    LayoutArticle,
    LayoutByline,
    LayoutPage,
    write_edition,
    write_page,
)
from newsroom.layout.html_writer import write_html  # noqa: E402

SEED = ROOT / "seeds" / "hexi-bulletin-2025-04.txt"


def seed_page(number: int = 1) -> LayoutPage:
    articles = [
        LayoutArticle(
            item.kind,
            item.kicker,
            item.headline,
            item.subheadline,
            [LayoutByline(b.role, b.name) for b in item.bylines],
            list(item.paragraphs),
        )
        for item in parse_bulletin(read_text_file(SEED))
    ]
    return LayoutPage("河西报", dt.date(2025, 4, 1), number, "要闻", articles)


def texts(page: LayoutPage) -> list[str]:
    """The same paragraphs the export writes, as plain strings."""
    out: list[str] = []
    for a in page.articles:
        out += [t for t in (a.kicker, a.headline, a.subheadline) if t]
        out += ["■ " + " ".join(f"{b.role} {b.name}" for b in a.bylines)] if a.bylines else []
        out += a.paragraphs
    return out


def baseline(paragraphs: list[str]) -> None:
    doc = Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    doc.save(io.BytesIO())


def best(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    page = seed_page()
    paragraphs = texts(page)
    start = time.perf_counter()
    write_page(page, io.BytesIO())
    first = time.perf_counter() - start
    base_min, base_med = best(lambda: baseline(paragraphs), args.repeat)
    page_min, page_med = best(lambda: write_page(page, io.BytesIO()), args.repeat)
    galley_min, _ = best(lambda: write_page(page, io.BytesIO(), galley=True), args.repeat)
    with tempfile.TemporaryDirectory() as folder:
        html_min, html_med = best(lambda: write_html([page], folder), args.repeat)
    pages = [seed_page(n) for n in range(1, 9)]
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        write_edition(pages, folder)
        edition = time.perf_counter() - start
    print(f"seed page: {len(page.articles)} items, {len(paragraphs)} paragraphs")
    print(f"python-docx, no styles : {base_min * 1000:7.1f} ms (median {base_med * 1000:.1f})")
    print(f"export page preview    : {page_min * 1000:7.1f} ms (median {page_med * 1000:.1f})")
    print(f"export galley          : {galley_min * 1000:7.1f} ms")
    print(f"first export (template): {first * 1000:7.1f} ms")
    print(f"web HTML of the page   : {html_min * 1000:7.1f} ms (median {html_med * 1000:.1f})")
    ratio = page_min / base_min
    html_ratio = html_min / base_min
    print(f"ratio page/baseline    : {ratio:7.2f}×  (target ≤ 3×)")
    print(f"ratio HTML/baseline    : {html_ratio:7.2f}×  (target ≤ 3×)")
    print(f"8-page edition         : {edition:7.3f} s   (target < 2 s)")
    return 0 if ratio <= 3 and html_ratio <= 3 and edition < 2 else 1


if __name__ == "__main__":
    sys.exit(main())
