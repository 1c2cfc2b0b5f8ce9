"""Where the dictionary's exceptions and the language model's veto meet the rule families."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, fixes",
    [
        # An exception (个案列, for 个案|列入) no longer hides the slip when 列 starts no word.
        ("这个案列很典型。", ["例"]),
        ("这个案列入区里的督办清单。", []),
        ("山体落石阻断了道路。", []),
    ],
)
def test_dictionary_exceptions_split_only_where_a_word_follows(pr, text, fixes):
    assert [f.suggestion for f in pr.check(text) if f.category == "typo"] == fixes


@pytest.mark.parametrize(
    "text",
    [
        "美国佐治亚州26日宣布进入紧急状态。",  # 州 → 洲 is the dictionary's, not the sentence's
        "“十四五”期间，全区新建养老服务设施12处。",  # 期间 is no misquote of 时期
    ],
)
def test_the_model_vetoes_fixes_that_make_the_sentence_far_less_likely(pr, text):
    assert [f for f in pr.check(text) if f.category in ("typo", "formulation")] == []


def test_the_veto_keeps_real_errors(pr):
    found = pr.check("全区各级各部门要再接再励，推动各项工作再上新台阶。")
    assert [(f.text, f.suggestion) for f in found] == [("励", "厉")]
