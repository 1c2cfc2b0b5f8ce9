"""The DOCX writer reads the flow of blocks (newsroom.layout.blocks) and writes the same
documents it wrote before it did: every paragraph, style, run, break and picture of a page
that uses every kind of block is compared with golden XML written by the earlier writer."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from newsroom.layout import LayoutArticle, LayoutByline, LayoutPage, write_page
from tests.layout.helpers import normalised, png, seed_page

GOLDEN = Path(__file__).parent / "golden"


def every_block_page() -> LayoutPage:
    """The seed page plus a subheading, a photo with a picture, a photo waiting for its
    picture (a frame), a picture that cannot be read, a byline wrapping onto a second
    line, quotation marks after Latin text and text that XML cannot hold."""
    page = seed_page()
    extra = LayoutArticle(
        kicker="春风十里",
        headline="河西区开展春季植树活动",
        subheadline="“4+4+1”模式 绿化家园",
        bylines=[
            LayoutByline("本报记者", "孙悦"),
            LayoutByline("本报记者", "欧阳明月"),
            LayoutByline("通讯员", "高洁"),
            LayoutByline("通讯员", "张蔓芳"),
            LayoutByline("实习生", "司马相如"),
        ],
        paragraphs=[
            "近日，河西区开展春季植树活动，推行“4+4+1”模式。\x07",
            "聚焦绿色发展",
            "  ",
            "活动共植树200余株， 参与者\t300人。",
        ],
        images=[("broken.jpg", b"not a picture")],
    )
    photo = LayoutArticle(
        kind="photo",
        paragraphs=["海棠花开，市民游客纷纷前来打卡。"],
        bylines=[LayoutByline("摄影", "李博"), LayoutByline("摄影", "王芳")],
        images=[("sub/haitang.png", png(40, 30)), ("tall.png", png(10, 400))],
    )
    frame = LayoutArticle(
        kind="photo",
        paragraphs=["春日的海河。"],
        bylines=[LayoutByline("记者", "孙悦"), LayoutByline("摄影", "李博")],
    )
    page.articles[2:2] = [extra, photo, frame]
    return page


@pytest.mark.parametrize("name", ["document", "header1"])
@pytest.mark.parametrize("galley", [False, True], ids=["page", "galley"])
def test_docx_of_every_kind_of_block_is_unchanged(name: str, galley: bool) -> None:
    buf = io.BytesIO()
    write_page(every_block_page(), buf, galley=galley)
    got = normalised(buf.getvalue(), f"word/{name}.xml")
    golden = GOLDEN / f"blocks-{'galley' if galley else 'page'}-{name}.xml"
    if os.environ.get("NEWSROOM_UPDATE_GOLDEN"):
        golden.write_text(got, encoding="utf-8")
    assert golden.exists(), f"run with NEWSROOM_UPDATE_GOLDEN=1 to create {golden.name}"
    assert got == golden.read_text(encoding="utf-8"), f"{golden.name} differs"
