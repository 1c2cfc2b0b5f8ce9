"""DOCX export: golden files, styles only, columns, style sheet, round trip, LibreOffice."""

from __future__ import annotations

import dataclasses
import datetime
import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from newsroom.ingest.docx_draft import read_docx
from newsroom.layout import (
    LayoutArticle,
    LayoutByline,
    LayoutPage,
    StyleSheetError,
    load_stylesheet,
    write_edition,
    write_page,
)
from newsroom.layout._ooxml import FRAME_STYLE, FRAME_STYLE_ID
from newsroom.layout.blocks import running_head
from newsroom.layout.docx_writer import page_filename
from newsroom.layout.stylesheet import STYLE_IDS, STYLE_NAMES, default_stylesheet
from newsroom.newscopy import BYLINE_MARK, byline_text
from tests.layout.helpers import W, normalised, part, png, seed_items, seed_page

GOLDEN = Path(__file__).parent / "golden"
DEFAULT_SHEET = Path(__file__).resolve().parents[2] / "resources" / "layout" / "stylesheet.toml"
FONTS_CONF = DEFAULT_SHEET.parent / "fonts.conf"


def export(page: LayoutPage | None = None, **kwargs) -> bytes:
    buf = io.BytesIO()
    write_page(page or seed_page(), buf, **kwargs)
    return buf.getvalue()


def rich_page() -> LayoutPage:
    """The seed page plus a subheading and a photo with a picture: every style in use."""
    page = seed_page()
    extra = LayoutArticle(
        headline="河西区开展春季植树活动",
        bylines=[LayoutByline("记者", "孙悦"), LayoutByline("通讯员", "高洁")],
        paragraphs=["近日，河西区开展春季植树活动。", "聚焦绿色发展", "活动共植树200余株。"],
    )
    photo = LayoutArticle(
        kind="photo",
        paragraphs=["海棠花开，市民游客纷纷前来打卡。"],
        bylines=[LayoutByline("摄影", "李博")],
        images=[("haitang.png", png(40, 30))],
    )
    page.articles[2:2] = [extra, photo]
    return page


@pytest.mark.parametrize("name", ["document", "styles"])
@pytest.mark.parametrize("galley", [False, True], ids=["page", "galley"])
def test_golden(name: str, galley: bool) -> None:
    got = normalised(export(galley=galley), f"word/{name}.xml")
    golden = GOLDEN / f"seed-{'galley' if galley else 'page'}-{name}.xml"
    if os.environ.get("NEWSROOM_UPDATE_GOLDEN") == "1":
        golden.write_text(got, encoding="utf-8")
    assert golden.exists(), f"run with NEWSROOM_UPDATE_GOLDEN=1 to create {golden.name}"
    assert got == golden.read_text(encoding="utf-8"), f"{golden.name} differs (see README)"


def test_every_style_defined_and_used() -> None:
    data = export(rich_page())
    styles = part(data, "word/styles.xml")
    defined = {
        s.find(f"{W}name").get(f"{W}val"): s.get(f"{W}styleId") for s in styles.iter(f"{W}style")
    }
    assert {name: defined.get(name) for name in STYLE_NAMES} == STYLE_IDS
    assert "正文" not in defined
    used = {
        s.get(f"{W}val")
        for xml in ("word/document.xml", "word/header1.xml")
        for s in part(data, xml).iter(f"{W}pStyle")
    }
    assert used == {*STYLE_IDS.values(), FRAME_STYLE_ID}
    assert defined[FRAME_STYLE] == FRAME_STYLE_ID


def test_runs_carry_no_formatting_and_no_empty_paragraphs() -> None:
    for galley in (False, True):
        doc = part(export(rich_page(), galley=galley), "word/document.xml")
        for rpr in doc.iter(f"{W}rPr"):
            # A character style at most (the CJK quotation marks), never direct formatting.
            assert [c.tag for c in rpr] == [f"{W}rStyle"], "runs take formatting from styles"
        for p in doc.iter(f"{W}p"):
            assert p.find(f"{W}pPr/{W}pStyle") is not None
            text = "".join(t.text or "" for t in p.iter(f"{W}t"))
            frame = p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == FRAME_STYLE_ID
            assert text.strip() or frame or p.find(f".//{W}drawing") is not None, "empty"
            assert text == text.lstrip(" \u3000"), "indent by spaces"


def test_east_asian_fonts_sizes_and_indent_in_styles() -> None:
    styles = part(export(), "word/styles.xml")
    by_id = {s.get(f"{W}styleId"): s for s in styles.iter(f"{W}style")}
    body, head = by_id[STYLE_IDS["稿件正文"]], by_id[STYLE_IDS["主题"]]
    assert body.find(f"{W}rPr/{W}rFonts").get(f"{W}eastAsia") == "宋体"
    assert head.find(f"{W}rPr/{W}rFonts").get(f"{W}eastAsia") == "黑体"
    assert by_id[STYLE_IDS["引题"]].find(f"{W}rPr/{W}rFonts").get(f"{W}eastAsia") == "楷体"
    assert body.find(f"{W}rPr/{W}sz").get(f"{W}val") == "18"  # 小五 9 pt
    assert head.find(f"{W}rPr/{W}sz").get(f"{W}val") == "44"  # 二号 22 pt
    assert head.find(f"{W}rPr/{W}b") is not None
    assert head.find(f"{W}pPr/{W}jc").get(f"{W}val") == "center"
    assert body.find(f"{W}pPr/{W}ind").get(f"{W}firstLineChars") == "200"


def test_columns_on_the_page_and_not_in_the_galley() -> None:
    columns = default_stylesheet().page.columns
    page = part(export(), "word/document.xml")
    nums = {c.get(f"{W}num") for c in page.iter(f"{W}cols")}
    assert str(columns) in nums
    sections = list(page.iter(f"{W}sectPr"))
    assert len(sections) > 2
    assert [s for s in sections if s.find(f"{W}headerReference") is not None] == sections[:1]
    galley = part(export(galley=True), "word/document.xml")
    assert [c.get(f"{W}num") for c in galley.iter(f"{W}cols")] == []
    assert len(list(galley.iter(f"{W}sectPr"))) == 1


def test_page_size_and_running_head() -> None:
    data = export()
    size = next(part(data, "word/document.xml").iter(f"{W}pgSz"))
    assert (size.get(f"{W}w"), size.get(f"{W}h")) == ("16838", "23811")  # A3 in twips
    header = part(data, "word/header1.xml")
    text = "".join(t.text for t in header.iter(f"{W}t"))
    assert text == "河西报 · 2025年4月1日 星期二 · 第1版 · 要闻" == running_head(seed_page())


def test_stylesheet_font_change_changes_styles(tmp_path: Path) -> None:
    sheet_path = tmp_path / "sheet.toml"
    text = DEFAULT_SHEET.read_text(encoding="utf-8")
    sheet_path.write_text(text.replace('east_asian = "黑体"', 'east_asian = "方正黑体"', 1))
    sheet = load_stylesheet(sheet_path)
    assert sheet.style("主题").east_asian == "方正黑体"
    changed = normalised(export(stylesheet=sheet), "word/styles.xml")
    assert "方正黑体" in changed
    assert changed != normalised(export(), "word/styles.xml")


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ('size = "A3"', 'size = "A9"', "page.size"),
        ('size = "二号"', 'size = "大二"', "styles.主题.size"),
        ("columns = 6", "columns = 0", "page.columns"),
        ('align = "center"', 'align = "middle"', "styles.报眉.align"),
        ("bold = true", 'bold = "yes"', "styles.主题.bold"),
        ('line_spacing = "13pt"', 'line_spacing = "13"', "styles.稿件正文.line_spacing"),
        ("\n[page]\n", "\n[page]\npaper = 1\n", "page.paper"),
        ('[styles."报眉"]', '[styles."正文"]\n[styles."报眉"]', "styles.正文"),
        ("\n[page]\n", "\n[page\n", "not valid TOML"),
    ],
)
def test_bad_stylesheet_names_file_and_key(tmp_path: Path, old: str, new: str, key: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(DEFAULT_SHEET.read_text(encoding="utf-8").replace(old, new, 1))
    with pytest.raises(StyleSheetError) as info:
        load_stylesheet(path)
    message = str(info.value)
    assert "\n" not in message and str(path) in message and key in message


def test_4kai_page(tmp_path: Path) -> None:
    path = tmp_path / "4k.toml"
    path.write_text(
        DEFAULT_SHEET.read_text(encoding="utf-8").replace('size = "A3"', 'size = "4开"')
    )
    size = next(
        part(export(stylesheet=load_stylesheet(path)), "word/document.xml").iter(f"{W}pgSz")
    )
    assert (size.get(f"{W}w"), size.get(f"{W}h")) == ("22110", "30784")


def test_round_trip_gives_the_same_articles(tmp_path: Path) -> None:
    path = tmp_path / "page.docx"
    write_page(seed_page(), path)
    assert read_docx(path) == seed_items()
    write_page(seed_page(), path, galley=True)
    assert read_docx(path) == seed_items()


def test_round_trip_with_picture_and_subheading() -> None:
    page = rich_page()
    items = read_docx_bytes(export(page))
    assert len(items) == len(page.articles)
    for item, article in zip(items, page.articles, strict=True):
        assert (item.kind, item.headline, item.paragraphs) == (
            article.kind,
            article.headline,
            article.paragraphs,
        )
        assert [(b.role, b.name) for b in item.bylines] == [
            (b.role, b.name) for b in article.bylines
        ]
        assert [(a.filename, a.data) for a in item.attachments] == article.images


def read_docx_bytes(data: bytes):
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.docx"
        path.write_bytes(data)
        return read_docx(path)


def test_bad_picture_is_left_out() -> None:
    page = seed_page()
    page.articles[0].images = [("broken.jpg", b"not a picture")]
    doc = part(export(page), "word/document.xml")
    assert not list(doc.iter(f"{W}drawing"))


def test_byline_text() -> None:
    bylines = [
        LayoutByline("记者", "孙悦"),
        LayoutByline("通讯员", "高洁"),
        LayoutByline("通讯员", "王芳"),
    ]
    assert f"{BYLINE_MARK} {byline_text(bylines)}" == "■ 记者 孙悦 通讯员 高洁 王芳"
    assert byline_text([]) == ""


def test_write_edition(tmp_path: Path) -> None:
    pages = [dataclasses.replace(seed_page(n), label=f"第{n}版") for n in range(1, 4)]
    calls: list[tuple[int, int]] = []
    paths = write_edition(pages, tmp_path / "out", progress=lambda d, t: calls.append((d, t)))
    assert [p.name for p in paths] == [
        "2025-04-01-01.docx",
        "2025-04-01-02.docx",
        "2025-04-01-03.docx",
    ]
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert all(p.stat().st_size > 10_000 for p in paths)
    assert not list((tmp_path / "out").glob("*.tmp"))
    with pytest.raises(ValueError, match=r"2025-04-01-01\.docx"):
        write_edition([seed_page(1), seed_page(1)], tmp_path / "dup")
    assert page_filename(LayoutPage("x", datetime.date(2025, 12, 3), 12)) == "2025-12-03-12.docx"


def _soffice() -> str | None:
    return shutil.which("libreoffice") or shutil.which("soffice")


@pytest.mark.slow
@pytest.mark.skipif(
    _soffice() is None, reason="LibreOffice (soffice) is not on PATH; CI installs it"
)
def test_libreoffice_renders_the_page(tmp_path: Path) -> None:
    docx = tmp_path / "page.docx"
    write_page(rich_page(), docx)
    env = dict(os.environ, HOME=str(tmp_path), FONTCONFIG_FILE=str(FONTS_CONF))
    cmd = [_soffice(), f"-env:UserInstallation=file://{tmp_path}/lo", "--headless"]
    cmd += ["--convert-to", "pdf", "--outdir", str(tmp_path), str(docx)]
    subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=180)
    pdf = tmp_path / "page.pdf"
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        text = "".join(text.split())
        assert "河西区推动全区养老服务高质量发展" in text
        assert "第1版" in text
