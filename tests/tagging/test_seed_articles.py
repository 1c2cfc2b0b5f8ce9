"""What an editor wants suggested for each article of the seed (written before the engine)."""

from __future__ import annotations

import pytest

from .conftest import suggest

ANY = "any"  # the kind does not matter (a 文化中心 is as much a place as an organisation)

# key: (tags that must be among the default 12 suggestions as (tag, kind),
#       tags that must be among the first three, tags that must not be suggested at all)
EXPECTED: dict[str, tuple[list[tuple[str, str]], list[str], list[str]]] = {
    "养老": (
        [("养老服务", "topic"), ("智慧养老", "topic"), ("适老化", "topic"), ("河西区", "place")],
        ["养老服务"],
        ["养老工作", "夕阳", "福祉", "敬老"],
    ),
    "人工智能": (
        [
            ("人工智能", "topic"),
            ("数字经济", "topic"),
            ("科大讯飞天津公司", "org"),
            ("天津开放数据与人工智能数据安全研究院", "org"),
        ],
        ["人工智能"],
        ["AI", "城市", "科大", "讯飞", "张蔓芳"],
    ),
    "国家安全": (
        [
            ("国家安全", "topic"),
            ("天津市总工会", "org"),
            ("河西区总工会", "org"),
            ("河西区职工服务中心", "org"),
        ],
        ["国家安全"],
        ["普及", "安全观", "和暖"],
    ),
    "党建": (
        [("党建", "topic"), ("基层治理", "topic")],
        ["党建"],
        ["文明", "从严治党", "高质量党建"],
    ),
    "研讨班": (
        [
            ("社会治理", "topic"),
            ("梅江街道", "place"),
            ("李理", "person"),
            ("何重玺", "person"),
            ("渤海职业技术学院", "org"),
            ("河西区网格化管理中心", "org"),
        ],
        ["社会治理"],
        ["梅江", "余晖", "渤海", "高水平", "保驾护航"],
    ),
    "海棠": (
        [("海棠步道", ANY), ("天津文化中心", ANY)],
        [],
        ["如云", "李博"],
    ),
    "法院": (
        [
            ("河西区法院科技创新司法保护工作室", "org"),
            ("知识产权", "topic"),
            ("陈塘科创园", "place"),
            ("陈塘管委会", "org"),
            ("肖霄", "person"),
            ("张朝霞", "person"),
            ("营商环境", "topic"),
        ],
        ["河西区法院科技创新司法保护工作室"],
        ["陈塘科", "创园", "朝霞", "维度", "法治化"],
    ),
    "政务服务": (
        [("政务服务", "topic"), ("高效办成一件事", "topic"), ("河西区政务服务办", "org")],
        ["政务服务"],
        ["本强基", "周", "满意度", "深度"],  # 双循环 is fine as a topic; as a person, junk
    ),
    "民营企业": (
        [
            ("民营经济", "topic"),
            ("民营企业", "topic"),
            ("营商环境", "topic"),
            ("河西区", "place"),
        ],
        ["民营经济"],
        ["沃土"],
    ),
    "专利": (
        [
            ("天津汇智星源科技有限公司", "org"),
            ("知识产权", "topic"),
            ("专利", "topic"),
            ("区市场监管局", "org"),
            ("天津市知识产权保护中心", "org"),
            ("国家知识产权局", "org"),
        ],
        ["专利"],
        ["汇智", "星源", "上门", "宝贵时间", "科技有限公司"],
    ),
}

# Words that say nothing about an article and must never be offered as a topic.
GENERIC = {
    "工作", "发展", "服务", "开展", "推动", "重要", "进一步", "高质量", "高质量发展", "建设",
    "提升", "加强", "推进", "深化", "相关", "活动", "实施", "打造", "坚持", "全区", "近日",
    "日前", "举措", "方面", "能力", "体系", "机制", "部门", "会议", "精神",
}  # fmt: skip

# Everybody named in the seed's copy (bylines are not copy, and so are not suggested).
PEOPLE = {"李理", "何重玺", "肖霄", "张朝霞"}


@pytest.mark.parametrize("key", list(EXPECTED))
def test_seed_article_gets_what_an_editor_wants(tagger, seed_articles, key):
    wanted, top, unwanted = EXPECTED[key]
    got = suggest(tagger, seed_articles[key])
    kinds = {s.tag: s.kind for s in got}
    for tag, kind in wanted:
        assert tag in kinds, f"{key}: {tag} missing from {[s.tag for s in got]}"
        if kind != ANY:
            assert kinds[tag] == kind, f"{key}: {tag} is {kinds[tag]}, want {kind}"
    first = [s.tag for s in got[:3]]
    for tag in top:
        assert tag in first, f"{key}: {tag} not in the first three {first}"
    every = {s.tag for s in suggest(tagger, seed_articles[key], limit=100)}
    for tag in unwanted:
        assert tag not in every, f"{key}: {tag} should not be suggested"


@pytest.mark.parametrize("key", list(EXPECTED))
def test_no_generic_topics_and_no_junk_people(tagger, seed_articles, key):
    got = suggest(tagger, seed_articles[key], limit=100)
    topics = {s.tag for s in got if s.kind == "topic"}
    assert not topics & GENERIC, f"{key}: generic topics {topics & GENERIC}"
    people = {s.tag for s in got if s.kind == "person"}
    assert people <= PEOPLE, f"{key}: junk people {people - PEOPLE}"


@pytest.mark.parametrize("key", list(EXPECTED))
def test_output_is_well_formed(tagger, seed_articles, key):
    got = suggest(tagger, seed_articles[key])
    assert 0 < len(got) <= 12
    scores = [s.score for s in got]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert len({s.tag for s in got}) == len(got)
    assert {s.kind for s in got} <= {"topic", "place", "org", "person"}
    assert all(s.tag.strip() == s.tag and s.tag for s in got)
