"""The seed bulletin: its real errors are found, its wordplay and names are left alone."""

from __future__ import annotations

from tests.proofing.conftest import fixed


def test_seed_errors_found_and_nothing_else(pr, seed_text):
    found = pr.check(seed_text)
    got = sorted((f.text, f.suggestion, f.category) for f in found)
    assert got == sorted(
        [
            ("列", "例", "typo"),
            ("到", "", "repeat"),
            (" and ", "和", "mixed_script"),
            (" and ", "和", "mixed_script"),
        ]
    )
    out = fixed(seed_text, found)
    assert "典型案例" in out and "没想到政府" in out and "布局和分区" in out


def test_seed_wordplay_not_flagged(pr, seed_text):
    found = pr.check(seed_text)
    for phrase in ("“一失万无”", "“青”力而为", "暖“新”礼包"):
        i = seed_text.index(phrase)
        assert not [f for f in found if f.start < i + len(phrase) and i < f.end], phrase


def test_wordplay_sentences_alone(pr):
    for s in (
        "增强了“时时放心不下”的责任感和“一失万无”的底线思维。",
        "在实践锻炼中勇挑重担，“青”力而为绘就担当有为新画卷。",
        "为新就业形态劳动者代表赠送了书籍和暖“新”礼包。",
    ):
        assert pr.check(s) == [], s


def test_names_not_corrected(pr):
    for s in (
        "■ 通讯员 张蔓芳",
        "区法院民二庭法官肖霄、专家张朝霞分别讲授实务课程。",
        "渤海职业技术学院副教授何重玺解读相关政策。",
        "李博 摄",
    ):
        assert pr.check(s) == [], s
