"""The printed page as LibreOffice and Word set it: Chinese language and stand-in fonts,
CJK quotation marks in the East Asian font, a photo item in its own frame."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from newsroom.layout import LayoutArticle, LayoutByline, write_page
from newsroom.layout._ooxml import FRAME_STYLE_ID
from newsroom.layout.stylesheet import (
    STYLE_IDS,
    StyleSheetError,
    default_stylesheet,
    load_stylesheet,
    with_installed_fonts,
)
from tests.layout.helpers import W, part, seed_page

NOTO_ONLY = {"Noto Serif CJK SC", "Noto Sans CJK SC", "AR PL UKai CN", "Times New Roman", "Arial"}


def export(page=None, **kwargs) -> bytes:
    buf = io.BytesIO()
    write_page(page or seed_page(), buf, **kwargs)
    return buf.getvalue()


def styles_by_id(data: bytes) -> dict:
    return {s.get(f"{W}styleId"): s for s in part(data, "word/styles.xml").iter(f"{W}style")}


def test_every_paragraph_style_says_its_text_is_simplified_chinese():
    data = export()
    styles = styles_by_id(data)
    for sid in [*STYLE_IDS.values(), FRAME_STYLE_ID]:
        lang = styles[sid].find(f"{W}rPr/{W}lang")
        assert lang is not None and lang.get(f"{W}eastAsia") == "zh-CN", sid
    theme_lang = part(data, "word/settings.xml").find(f"{W}themeFontLang")
    assert theme_lang.get(f"{W}eastAsia") == "zh-CN"  # python-docx's template said ja-JP


def test_style_sheet_fallbacks_stand_in_for_fonts_the_machine_lacks():
    sheet = with_installed_fonts(default_stylesheet(), NOTO_ONLY)
    fonts = {s.name: s.east_asian for s in sheet.styles}
    assert fonts["稿件正文"] == "Noto Serif CJK SC"
    assert fonts["主题"] == "Noto Sans CJK SC"
    assert fonts["引题"] == fonts["署名"] == "AR PL UKai CN"
    styles = styles_by_id(export(stylesheet=sheet))
    assert styles["Gaojian"].find(f"{W}rPr/{W}rFonts").get(f"{W}eastAsia") == "Noto Serif CJK SC"
    # A machine with the fonts themselves keeps them; one without any stand-in too.
    with_simsun = with_installed_fonts(default_stylesheet(), {"宋体", "黑体", "楷体"})
    assert with_simsun == default_stylesheet()
    assert with_installed_fonts(default_stylesheet(), set()) == default_stylesheet()


def test_a_style_sheet_without_fallbacks_still_loads_and_bad_ones_are_named(tmp_path):
    source = (Path(__file__).resolve().parents[2] / "resources/layout/stylesheet.toml").read_text(
        encoding="utf-8"
    )
    old = tmp_path / "old.toml"
    old.write_text(source.split("\n[fallbacks]")[0], encoding="utf-8")
    assert load_stylesheet(old).fallbacks == ()
    bad = tmp_path / "bad.toml"
    bad.write_text(source.replace('"宋体" = ["Noto', '"宋体" = [3, "Noto'), encoding="utf-8")
    with pytest.raises(StyleSheetError, match=r"bad\.toml: fallbacks\.宋体"):
        load_stylesheet(bad)


def test_cjk_quotation_marks_beside_digits_are_set_in_the_east_asian_font():
    page = seed_page()
    page.articles[0].paragraphs[0] = "实施“4+4+1”模式。"
    data = export(page)
    styles = styles_by_id(data)
    body = next(
        p
        for p in part(data, "word/document.xml").iter(f"{W}p")
        if "".join(t.text or "" for t in p.iter(f"{W}t")) == "实施“4+4+1”模式。"
    )
    runs = [(r.find(f"{W}rPr/{W}rStyle"), r.findtext(f"{W}t")) for r in body.iter(f"{W}r")]
    # The closing mark follows a digit: LibreOffice would take the digit's (Latin) font.
    assert [text for _style, text in runs] == ["实施“4+4+1", "”", "模式。"]
    paragraph_font = styles["Gaojian"].find(f"{W}rPr/{W}rFonts").get(f"{W}eastAsia")
    for style, text in runs:
        if text == "”":
            fonts = styles[style.get(f"{W}val")].find(f"{W}rPr/{W}rFonts")
            assert fonts.get(f"{W}ascii") == fonts.get(f"{W}hAnsi") == paragraph_font
        else:
            assert style is None


def test_photo_item_has_its_own_frame_with_caption_and_credit_under_it():
    page = seed_page()
    page.articles.insert(
        1,
        LayoutArticle(
            kind="photo",
            paragraphs=["海棠花开，市民游客纷纷前来打卡。"],
            bylines=[LayoutByline("摄影", "李博")],
        ),
    )
    doc = part(export(page), "word/document.xml")
    styles = [p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") for p in doc.iter(f"{W}p")]
    frame = styles.index(FRAME_STYLE_ID)
    assert styles[frame + 1 : frame + 3] == [STYLE_IDS["图片说明"], STYLE_IDS["摄影署名"]]
    assert styles[frame - 1] == STYLE_IDS["稿件正文"]  # after the article before: its own box
    frame_style = styles_by_id(export(page))[FRAME_STYLE_ID]
    borders = frame_style.find(f"{W}pPr/{W}pBdr")
    assert {b.tag.split("}")[1] for b in borders} == {"top", "left", "bottom", "right"}
    assert frame_style.find(f"{W}pPr/{W}keepNext") is not None


def _soffice() -> str | None:
    return shutil.which("libreoffice") or shutil.which("soffice")


@pytest.mark.skipif(
    _soffice() is None or shutil.which("pdffonts") is None, reason="LibreOffice and poppler"
)
def test_libreoffice_sets_body_in_a_serif_and_headlines_in_a_sans_face(tmp_path):
    from newsroom.layout.fonts import installed_families

    have = installed_families() or frozenset()
    if not {"Noto Serif CJK SC", "Noto Sans CJK SC"} <= have:
        pytest.skip("fonts-noto-cjk is not installed")
    docx = tmp_path / "page.docx"
    page = seed_page()
    page.articles[1].bylines = [
        LayoutByline("记者", "孙悦"),
        LayoutByline("通讯员", "高洁"),
        LayoutByline("通讯员", "张蔓芳"),
    ]
    write_page(page, docx, stylesheet=with_installed_fonts(default_stylesheet()))
    env = dict(os.environ, HOME=str(tmp_path))
    cmd = [_soffice(), f"-env:UserInstallation=file://{tmp_path}/lo", "--headless"]
    cmd += ["--convert-to", "pdf", "--outdir", str(tmp_path), str(docx)]
    subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=180)
    fonts = subprocess.run(
        ["pdffonts", str(tmp_path / "page.pdf")], capture_output=True, text=True, check=True
    ).stdout
    assert "NotoSerifCJK" in fonts  # 稿件正文, 报眉
    assert "NotoSansCJK" in fonts and "Bold" in fonts  # 主题
    if "AR PL UKai CN" in have:
        assert "UKai" in fonts  # 引题, 副题, 署名
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "page.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "张蔓芳" in text  # the name on one line


def test_bylines_break_between_people_never_inside_a_name():
    from newsroom.layout.blocks import byline_lines

    people = [
        LayoutByline("记者", "孙悦"),
        LayoutByline("通讯员", "高洁"),
        LayoutByline("通讯员", "张蔓芳"),
    ]
    assert " ".join(byline_lines(people)) == "■ 记者 孙悦 通讯员 高洁 张蔓芳"
    assert byline_lines(people, 10.8) == ["■ 记者 孙悦", "通讯员 高洁 张蔓芳"]
    assert byline_lines(people, 30) == ["■ 记者 孙悦 通讯员 高洁 张蔓芳"]
    # Names wider than a line start one of their own, and wrap there.
    assert byline_lines(people, 6) == ["■ 记者 孙悦", "通讯员 高洁 张蔓芳"]

    page = seed_page()
    page.articles[0].bylines = people
    data = export(page)
    byline = next(
        p
        for p in part(data, "word/document.xml").iter(f"{W}p")
        if p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == STYLE_IDS["署名"]
    )
    pieces = [t.text for t in byline.iter(f"{W}t")]
    assert pieces == ["■ 记者 孙悦", "通讯员 高洁 张蔓芳"]
    assert len(list(byline.iter(f"{W}br"))) == 1
    from tests.layout.test_docx_writer import read_docx_bytes

    back = read_docx_bytes(data)[0]
    assert [(b.role, b.name) for b in back.bylines] == [(b.role, b.name) for b in people]
