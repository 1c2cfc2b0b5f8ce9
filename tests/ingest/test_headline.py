"""Headline lines: which is kicker, headline, subheadline, and which go on in the next."""

from __future__ import annotations

import pytest

from newsroom.ingest.bulletin import parse_bulletin
from newsroom.ingest.headline import continues, headline_fields


@pytest.mark.parametrize(
    ("line", "after"),
    [
        ("红桥区召开2025年优化营商环境暨", "“高效办成一件事”工作推进会"),  # ends on 暨
        ("河西区全面推进城市更新和", "老旧小区改造"),  # ends on 和
        ("河东区启动“运河记忆", "文化旅游季”"),  # cut inside the quotes
        ("西青区召开2025年度重点项目建设", "推进会暨项目集中签约仪式"),
        ("东丽区举办2025年“技能东丽”职业技能", "大赛暨技能人才专场招聘会"),
        ("河东区开展“我们的节日”", "端午主题活动"),
    ],
)
def test_a_wrapped_headline_goes_on(line: str, after: str) -> None:
    assert continues(line, after)
    assert headline_fields([line, after]) == ("", line + after, "")


@pytest.mark.parametrize(
    ("line", "after"),
    [
        ("北辰区召开河湖长制工作会议", "以更实举措守护碧水清流"),  # the event is named
        ("南开区举办2025年春季招聘会", "提供就业岗位3200余个"),
        ("西青区举办乡村振兴专题培训班", "提升基层干部履职能力"),
        ("塘沽街道开展“敲门行动”", "为独居老人送上安心服务"),
        ("北辰区全力推进老旧小区改造", "今年将惠及居民1.2万户"),
        ("学思想 强党性", "区委理论学习中心组召开专题学习会"),
        ("河西区举办主题活动", "——记区第一届读书节"),
        ("区委工作会议暨党的建设工作领导小组会议召开", "以高质量党建保障高质量发展"),
        ("河东区召开安全生产", "河西区举办读书会"),  # the next names its own subject
    ],
)
def test_separate_headline_lines(line: str, after: str) -> None:
    assert not continues(line, after)


def test_kicker_over_a_wrapped_headline() -> None:
    item = parse_bulletin(
        "聚焦项目建设\n西青区召开2025年度重点项目建设\n推进会暨项目集中签约仪式\n\n"
        "■ 通讯员 马骏\n\n5月12日，西青区召开推进会。"
    )[0]
    assert (item.kicker, item.headline, item.subheadline) == (
        "聚焦项目建设",
        "西青区召开2025年度重点项目建设推进会暨项目集中签约仪式",
        "",
    )
