"""Words to avoid: the note is the message; the starter list stays clear of vagueness."""

from __future__ import annotations

from newsroom.proofing.avoid import KINDS, AvoidCheck, AvoidWord, starter_list
from newsroom.proofing.engine import Proofreader


def test_a_banned_word_gives_its_note():
    words = [AvoidWord("老大难题", "banned", "难题", "本报不用“老大难题”")]
    (f,) = Proofreader(words=words).check("这是一个老大难题。")
    assert (f.text, f.suggestion, f.category) == ("老大难题", "难题", "words")
    assert f.rule == "words.banned"
    assert "本报不用“老大难题”" in f.message and f.severity == "error"


def test_cautious_words_are_warnings():
    (f,) = AvoidCheck([AvoidWord("巨星", "cautious", "著名演员")]).iter_findings("一位巨星")
    assert f.severity == "warning" and "著名演员" in f.message


def test_the_starter_list_is_well_formed_and_careful():
    words = starter_list()
    assert len(words) >= 20 and all(w.kind in KINDS for w in words)
    assert {w.kind for w in words} == set(KINDS)
    check = AvoidCheck(words)
    for fine in ("有关部门表示", "相关部门", "农民工工资按时发放", "残疾人就业", "盲人按摩"):
        assert list(check.iter_findings(fine)) == [], fine
    assert [f.suggestion for f in check.iter_findings("一名民工")] == ["农民工"]
