"""Web HTML of pages: well-formed, classed by the nine style names, no scripts or outside
resources, pictures embedded or beside, and the very text of the DOCX of the same page."""

from __future__ import annotations

import base64
import dataclasses
import io
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html

from newsroom.layout import write_page
from newsroom.layout.html_writer import INDEX_NAME, stylesheet_css, write_html
from newsroom.layout.stylesheet import STYLE_IDS, STYLE_NAMES, default_stylesheet, load_stylesheet
from tests.layout.helpers import W, part, png, seed_page
from tests.layout.test_docx_unchanged import every_block_page

XHTML = "{http://www.w3.org/1999/xhtml}"
NAME_OF_ID = {sid: name for name, sid in STYLE_IDS.items()}
DEFAULT_SHEET = Path(__file__).resolve().parents[2] / "resources" / "layout" / "stylesheet.toml"


def docx_paragraphs(data: bytes) -> list[tuple[str, str]]:
    """(style name, text) of every paragraph of a DOCX body in order; a line break reads as
    a space, a picture as ``[picture]``; the empty frame where a picture goes is left out."""
    out = []
    for p in part(data, "word/document.xml").iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        name = NAME_OF_ID.get(style.get(f"{W}val")) if style is not None else None
        if name is None:
            continue  # 图片位置: no text, and nothing on a web page
        text = "".join(
            " " if el.tag == f"{W}br" else "[picture]" if el.tag == f"{W}drawing" else el.text
            for el in p.iter(f"{W}t", f"{W}br", f"{W}drawing")
        )
        out.append((name, text))
    return out


def html_paragraphs(path: Path) -> list[tuple[str, str]]:
    """(class, text) of every <p> of a written page, read by a strict XML parser."""
    root = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
    out = []
    for p in root.iter(f"{XHTML}p"):
        text = "".join(p.itertext()) + ("[picture]" if p.find(f"{XHTML}img") is not None else "")
        out.append((p.get("class"), text))
    return out


def written_pages(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.html") if p.name != INDEX_NAME)


def export_both(page, folder: Path, **kwargs) -> tuple[bytes, list[Path]]:
    buf = io.BytesIO()
    write_page(page, buf, stylesheet=kwargs.get("stylesheet"))
    write_html([page], folder, **kwargs)
    return buf.getvalue(), written_pages(folder)


@pytest.mark.parametrize("pictures", ["embed", "beside"])
def test_html_text_equals_the_docx_text(tmp_path: Path, pictures: str) -> None:
    page = every_block_page()
    docx, files = export_both(page, tmp_path, pictures=pictures)
    assert len(files) == len(page.articles)
    body: list[tuple[str, str]] = []
    heads = []
    for path in files:
        paragraphs = html_paragraphs(path)
        heads.append(paragraphs[0])
        body.extend(paragraphs[1:])
    header = "".join(part(docx, "word/header1.xml").itertext())
    assert set(heads) == {("报眉", header)}
    assert body == docx_paragraphs(docx)
    classes = {c for path in files for c, _ in html_paragraphs(path)}
    assert classes == set(STYLE_NAMES)


def test_markup_is_clean_enough_to_paste(tmp_path: Path) -> None:
    page = every_block_page()
    page.articles[0].headline = '<script>alert("x")</script> & “引号”'
    write_html([page], tmp_path)
    for path in [*written_pages(tmp_path), tmp_path / INDEX_NAME]:
        tree = lxml_html.parse(str(path))
        assert tree.docinfo.doctype == "<!DOCTYPE html>"
        assert not tree.xpath(
            "//script | //iframe | //link | //object | //@*[starts-with(name(), 'on')]"
        )
        assert all(src.startswith("data:image/") for src in tree.xpath("//img/@src"))
        # Every paragraph says its style inline too: the WeChat editor drops classes.
        for p in tree.xpath("//p"):
            assert p.get("class") in STYLE_NAMES and "font-size:" in p.get("style")
    first = html_paragraphs(written_pages(tmp_path)[0])
    assert ("主题", '<script>alert("x")</script> & “引号”') in first


def test_pictures_embedded_or_beside(tmp_path: Path) -> None:
    page = every_block_page()
    photo = next(a for a in page.articles if a.images and a.kind == "photo")
    write_html([page], tmp_path / "embed")
    write_html([page], tmp_path / "beside", pictures="beside")
    embedded = [
        base64.b64decode(src.split(",", 1)[1])
        for f in written_pages(tmp_path / "embed")
        for src in lxml_html.parse(str(f)).xpath("//img/@src")
    ]
    beside = [
        (tmp_path / "beside" / src).read_bytes()
        for f in written_pages(tmp_path / "beside")
        for src in lxml_html.parse(str(f)).xpath("//img/@src")
    ]
    assert embedded == beside == [data for _, data in photo.images]  # the broken one left out
    suffixes = sorted(p.suffix for p in (tmp_path / "beside").iterdir())
    assert suffixes == [".html"] * (len(page.articles) + 1) + [".png", ".png"]


def test_index_links_every_article_under_its_page(tmp_path: Path) -> None:
    pages = [dataclasses.replace(seed_page(n), label=f"第{n}版") for n in (1, 2)]
    written = write_html(pages, tmp_path)
    assert written[-1] == tmp_path / INDEX_NAME
    index = lxml_html.parse(str(tmp_path / INDEX_NAME))
    hrefs = index.xpath("//a/@href")
    assert hrefs == [p.name for p in written_pages(tmp_path)]
    assert len(hrefs) == sum(len(p.articles) for p in pages)
    assert [p.text_content() for p in index.xpath("//p[@class='报眉']")] == [
        "河西报 · 2025年4月1日 星期二 · 第1版 · 第1版",
        "河西报 · 2025年4月1日 星期二 · 第2版 · 第2版",
    ]
    assert index.xpath("//li/a")[0].text_content() == pages[0].articles[0].headline


def test_two_pages_with_one_name_write_nothing(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="2025-04-01-01"):
        write_html([seed_page(1), seed_page(1)], tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_css_follows_the_style_sheet_and_keeps_hostile_font_names_out(tmp_path: Path) -> None:
    text = DEFAULT_SHEET.read_text(encoding="utf-8")
    bad_font = "黑体'}</style><script>alert(1)</script>"
    changed = text.replace('east_asian = "黑体"', f'east_asian = "{bad_font}"', 1)
    assert changed != text
    sheet_path = tmp_path / "sheet.toml"
    sheet_path.write_text(changed.replace('size = "小五"', "size = 12", 1), encoding="utf-8")
    sheet = load_stylesheet(sheet_path)
    css = stylesheet_css(sheet)
    default = stylesheet_css(default_stylesheet())
    assert css != default
    assert all("<" not in decls and "}" not in decls for decls in css.values())
    write_html([every_block_page()], tmp_path / "out", stylesheet=sheet)
    for path in (tmp_path / "out").glob("*.html"):
        tree = lxml_html.parse(str(path))
        assert not tree.xpath("//script")
        assert len(tree.xpath("//style")) == 1


def test_a_page_with_no_articles_still_has_an_index(tmp_path: Path) -> None:
    page = seed_page()
    page.articles = []
    assert write_html([page], tmp_path) == [tmp_path / INDEX_NAME]
    assert lxml_html.parse(str(tmp_path / INDEX_NAME)).xpath("//p[@class='报眉']")


def test_unreadable_picture_is_left_out_of_both(tmp_path: Path) -> None:
    page = seed_page()
    page.articles[0].images = [("a.png", png(8, 6)), ("b.jpg", b"not a picture")]
    docx, files = export_both(page, tmp_path)
    assert sum(t == "[picture]" for _, t in docx_paragraphs(docx)) == 1
    assert sum(t == "[picture]" for _, t in html_paragraphs(files[0])) == 1
