"""Find and replace inside one article's text: the options of the editor's find bar."""

from __future__ import annotations

import pytest

from newsroom import finding
from newsroom.finding import FindOptions


def test_full_width_and_half_width_are_alike_unless_asked():
    text = "共建，共享。ＡＩ赋能"
    assert finding.find_all(text, ",", FindOptions()) == [(2, 3)]
    assert finding.find_all(text, ",", FindOptions(fold_width=False)) == []
    assert finding.find_all(text, "ai", FindOptions()) == [(6, 8)]
    assert finding.find_all(text, "ai", FindOptions(match_case=True)) == []


def test_whole_words_follow_chinese_words_and_latin_boundaries():
    text = "河西区和河西，art 与 artist"
    assert len(finding.find_all(text, "河西", FindOptions())) == 2
    assert finding.find_all(text, "河西", FindOptions(whole_word=True)) == [(4, 6)]
    assert finding.find_all(text, "art", FindOptions(whole_word=True)) == [(7, 10)]


def test_regular_expressions_and_replace_all():
    text = "2024年和2025年"
    options = FindOptions(regex=True)
    assert finding.replace_all(text, r"(\d+)年", r"\1 年", options) == ("2024 年和2025 年", 2)
    assert finding.replace_all("河西区河西区", "河西区", "河西", FindOptions()) == ("河西河西", 2)
    for broken in ("(", "a*"):
        with pytest.raises(finding.FindError):
            finding.find_all(text, broken, options)
    with pytest.raises(finding.FindError):
        finding.replace_all(text, r"(\d+)年", r"\2", options)
