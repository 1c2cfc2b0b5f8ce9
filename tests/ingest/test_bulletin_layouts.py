"""Bulletins hard-wrapped at a fixed width, with and without blank lines or indents."""

from __future__ import annotations

import pytest

from newsroom.ingest.bulletin import parse_bulletin
from newsroom.ingest.model import ParsedItem


def wrap(text: str, width: int, indent: str = "") -> str:
    text = indent + text
    return "\n".join(text[k : k + width] for k in range(0, len(text), width))


def summary(items: list[ParsedItem]) -> list[tuple[str, str, list[str]]]:
    return [(i.kind, i.headline, i.paragraphs) for i in items]


LEAD = "近日，区图书馆开通线上借阅服务，读者通过小程序即可预约借书，图书由快递送到家门口。"
OTHER = "据介绍，该馆今年还将新增自助借还机10台，进一步方便群众借阅。"
CAPTION = "5月6日，市民在海河岸边的步道上骑行健身，沿岸的月季花竞相绽放，吸引不少市民驻足拍照。"


@pytest.mark.parametrize("indent", ["", "\u3000\u3000"])
def test_headline_right_above_wrapped_text(indent: str) -> None:
    # No blank line, and (without indents) nothing but the width tells the headline
    # from the body: the body's first line is much wider.
    items = parse_bulletin(
        "河西区召开会议\n■ 通讯员 万彤\n"
        + wrap("近日，河西区召开会议，部署全年工作。", 20, indent)
        + "\n\n区图书馆开通线上借阅服务\n"
        + wrap(LEAD, 20, indent)
        + "\n"
        + wrap(OTHER, 20, indent)
    )
    assert summary(items) == [
        ("article", "河西区召开会议", ["近日，河西区召开会议，部署全年工作。"]),
        ("article", "区图书馆开通线上借阅服务", [LEAD, OTHER]),
    ]


def test_a_short_paragraph_line_is_no_headline() -> None:
    # A block opening with a line as wide as the rest is a paragraph, punctuated or not.
    item = parse_bulletin(
        "河西区召开会议\n\n■ 通讯员 万彤\n\n会议通报了有关情况。\n\n"
        "区委常委区政府副区长张明出席会议并\n讲话，区有关部门负责同志参加会议。"
    )[0]
    assert item.paragraphs == [
        "会议通报了有关情况。",
        "区委常委区政府副区长张明出席会议并讲话，区有关部门负责同志参加会议。",
    ]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_photo_title_over_a_wrapped_caption(gap: str) -> None:
    items = parse_bulletin(
        "河西区召开会议\n\n■ 通讯员 万彤\n\n近日，河西区召开会议。\n\n"
        f"月季花开满城香{gap}{wrap(CAPTION, 24)}{gap}记者 陈晨 摄"
    )
    assert summary(items) == [
        ("article", "河西区召开会议", ["近日，河西区召开会议。"]),
        ("photo", "月季花开满城香", [CAPTION]),
    ]
    assert [(b.role, b.name) for b in items[1].bylines] == [("摄影", "陈晨")]


def test_lone_headline_over_a_news_lead_that_does_not_repeat_it() -> None:
    items = parse_bulletin(
        "河西区召开会议\n\n■ 通讯员 万彤\n\n近日，河西区召开会议。\n\n"
        "区文化馆推出“周末课堂”\n\n即日起，每周六上午开设书法、舞蹈等公益课程，市民可在线报名。"
    )
    assert [i.headline for i in items] == ["河西区召开会议", "区文化馆推出“周末课堂”"]


def test_lone_headline_over_a_hard_wrapped_lead_that_repeats_it() -> None:
    items = parse_bulletin(
        "河西区召开会议\n■ 通讯员 万彤\n\u3000\u3000近日，河西区召开会议。\n\n"
        "芥园街道开展志愿服务\n"
        + wrap(LEAD.replace("区图书馆开通线上借阅", "芥园街道开展志愿"), 16, "\u3000\u3000")
    )
    assert [i.headline for i in items] == ["河西区召开会议", "芥园街道开展志愿服务"]


def test_subheading_not_mistaken_for_a_headline() -> None:
    # No subject and no event: 聚焦民生需求 stays a subheading even over a dated lead.
    items = parse_bulletin(
        "河西区推进老旧小区改造\n\n■ 记者 赵强\n\n日前，改造工程全面启动。\n\n"
        "聚焦民生需求\n\n今年以来，该区聚焦民生需求，广泛征求居民意见。"
    )
    assert len(items) == 1
    assert items[0].paragraphs == [
        "日前，改造工程全面启动。",
        "聚焦民生需求",
        "今年以来，该区聚焦民生需求，广泛征求居民意见。",
    ]


@pytest.mark.parametrize("width", [14, 15, 16])
def test_sentence_ending_at_the_wrap_width_inside_a_paragraph(width: int) -> None:
    # Paragraphs apart by blank lines, each hard-wrapped: a line that happens to end a
    # sentence at the full width goes on with the next line of its block.
    opening = "今年以来，该区选聘的科技副总深入企业开展技术服务工作"[: width - 1] + "。"
    first = opening + "公司负责人说，企业产品良品率提高了近十个百分点。"
    paras = [
        first,
        "据了解，北辰区已累计选聘“科技副总”一百八十六名，覆盖多个重点产业领域。",
        "下一步，北辰区将进一步完善服务保障机制，推动更多科技成果在区内转化落地。",
        "区科技局相关负责人表示，将继续做好人才引进和服务工作，为企业发展提供支撑。",
    ]
    body = "\n\n".join(wrap(p, width) for p in paras)
    item = parse_bulletin(f"北辰区“科技副总”助力企业创新\n\n■ 通讯员 高洁\n\n{body}")[0]
    assert item.paragraphs == paras


def test_sentence_ending_at_the_wrap_width_with_indented_paragraphs() -> None:
    # Indented paragraphs, no blank lines: an unindented line after a full-width line
    # that ends a sentence goes on with its paragraph.
    paras = [
        "会议强调，要深入学习贯彻党的二十届三中全会精神，完善工作机制；要压实工作责任。",
        "会议要求，各部门要强化要素保障，靠前服务，推动签约项目早落地、早开工、早投产。",
        "会议指出，优化营商环境是一项系统工程，各部门要坚持问题导向，持续深化改革。",
        "会议号召全区广大职工向劳动模范学习，在各自岗位上建功立业，推动高质量发展。",
    ]
    width = len("\u3000\u3000" + paras[0].split("；")[0]) + 1  # the first line ends at ；
    body = "\n".join(wrap(p, width, "\u3000\u3000") for p in paras)
    item = parse_bulletin(f"河西区召开会议\n■ 通讯员 万彤\n{body}")[0]
    assert item.paragraphs == paras


@pytest.mark.parametrize("cut", ["8:", "17:", "1."])
def test_a_number_wrapped_at_its_point_goes_on(cut: str) -> None:
    lead = "即日起，区医保局开通咨询热线，工作日8:30至17:00提供服务，全年受理1.2万件。"
    at = lead.index(cut) + len(cut)
    item = parse_bulletin(f"区医保局开通咨询热线\n{lead[:at]}\n{lead[at:]}")[0]
    assert item.headline == "区医保局开通咨询热线"
    assert item.paragraphs == [lead]


@pytest.mark.parametrize("byline", ["\n\n■ 通讯员 王磊", ""])
def test_headline_cut_at_a_conjunction_across_blank_lines(byline: str) -> None:
    items = parse_bulletin(
        "河西区召开会议\n\n■ 通讯员 万彤\n\n近日，河西区召开会议。\n\n"
        f"红桥区召开2025年优化营商环境暨\n\n“高效办成一件事”工作推进会{byline}\n\n"
        "日前，红桥区召开推进会，部署今年重点任务。"
    )
    assert [i.headline for i in items] == [
        "河西区召开会议",
        "红桥区召开2025年优化营商环境暨“高效办成一件事”工作推进会",
    ]
    assert items[0].paragraphs == ["近日，河西区召开会议。"]
