"""Page furniture and bylines at the end of an article, in bulletins laid out for these tests."""

from __future__ import annotations

import pytest

from newsroom.ingest.bulletin import parse_bulletin
from newsroom.ingest.furniture import is_furniture
from newsroom.ingest.model import ParsedItem


def people(item: ParsedItem) -> list[tuple[str, str]]:
    return [(b.role, b.name) for b in item.bylines]


@pytest.mark.parametrize(
    "line",
    [
        "第2版",
        "第3版 综合新闻",
        "第 4 版（要闻）",
        "责任编辑：刘文静",
        "责任编辑：刘文静　校对：王芳",
        "本版责任编辑：马丽 美术编辑：高翔",
        "图片新闻",
        "【简讯】",
    ],
)
def test_furniture_anywhere(line: str) -> None:
    assert is_furniture(line)
    assert is_furniture(line, top=True)


@pytest.mark.parametrize(
    "line", ["2025年5月8日 星期四", "西青报 2025年5月15日", "2025年5月8日 星期四 第1024期"]
)
def test_date_line_only_at_the_top(line: str) -> None:
    assert is_furniture(line, top=True)
    assert not is_furniture(line)  # under a notice, its date is copy


@pytest.mark.parametrize(
    "line",
    [
        "河西区召开会议",
        "2025年5月8日，河西区召开会议。",
        "制图：李明",  # an article's own credit
        "编辑：",
        "第一段结束。",
        "简讯一则：区图书馆延长开放时间。",
    ],
)
def test_copy_is_no_furniture(line: str) -> None:
    assert not is_furniture(line, top=True)


def test_furniture_is_left_out_of_the_articles() -> None:
    items = parse_bulletin(
        "2025年5月8日 星期四\n\n第2版 综合新闻\n\n河西区召开会议\n\n■ 通讯员 万彤\n\n"
        "近日，河西区召开会议。\n\n图片新闻\n\n春到海河\n\n海河两岸柳枝吐绿。\n\n王芳 摄\n\n"
        "责任编辑：刘文静　校对：王芳\n"
    )
    assert [(i.kind, i.kicker, i.headline, i.paragraphs) for i in items] == [
        ("article", "", "河西区召开会议", ["近日，河西区召开会议。"]),
        ("photo", "", "春到海河", ["海河两岸柳枝吐绿。"]),
    ]


def test_a_date_under_a_notice_stays() -> None:
    items = parse_bulletin(
        "关于调整办公时间的通知\n\n各单位：自即日起调整办公时间。\n\n河西区人民政府办公室\n\n2025年5月8日"
    )
    assert "".join(items[0].paragraphs).endswith("2025年5月8日")


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_byline_in_brackets_after_the_last_paragraph(separator: str) -> None:
    items = parse_bulletin(
        f"河西区开展志愿服务\n\n近日，河西区开展志愿服务活动。{separator}（通讯员 赵敏）\n\n"
        "河西区召开会议\n\n■ 记者 孙悦\n\n日前，河西区召开会议。\n\n（完）"
    )
    assert [(i.headline, people(i)) for i in items] == [
        ("河西区开展志愿服务", [("通讯员", "赵敏")]),
        ("河西区召开会议", [("记者", "孙悦")]),
    ]
    assert items[0].paragraphs == ["近日，河西区开展志愿服务活动。"]
    assert items[1].paragraphs == ["日前，河西区召开会议。", "（完）"]


def test_byline_in_brackets_at_the_end_of_the_last_sentence() -> None:
    item = parse_bulletin(
        "河西区开展志愿服务\n\n近日，河西区开展志愿服务活动。（记者 孙悦 王芳）\n\n"
        "河西区召开会议\n\n■ 通讯员 万彤\n\n日前，河西区召开会议（数据截至4月15日）"
    )
    assert people(item[0]) == [("记者", "孙悦"), ("记者", "王芳")]
    assert item[0].paragraphs == ["近日，河西区开展志愿服务活动。"]
    assert item[1].paragraphs == ["日前，河西区召开会议（数据截至4月15日）"]


def test_text_and_pictures_byline_without_marker() -> None:
    items = parse_bulletin("河西区召开会议\n\n文/图 张伟\n\n近日，河西区召开会议。")
    assert people(items[0]) == [("文/图", "张伟")]
    assert items[0].paragraphs == ["近日，河西区召开会议。"]
