"""Where the dictionary's exceptions and the language model's veto meet the rule families."""

from __future__ import annotations

import pytest

from newsroom.proofing import ProofOptions, Proofreader


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
        "防东铁路建成后，将与规划中的铁路相连。",  # 防东 → 防冻: a dictionary fix, not the sentence
        "乡村教师农加贵潜心教书三十年。",  # a name, not 农家
        "“十四五”期间，全区新建养老服务设施12处。",  # 期间 is no misquote of 时期
    ],
)
def test_the_model_vetoes_fixes_that_make_the_sentence_far_less_likely(pr, text):
    assert [f for f in pr.check(text) if f.category in ("typo", "formulation")] == []
    # ... which the rules alone would report.
    rules_alone = Proofreader(ProofOptions(statistical=False)).check(text)
    assert [f for f in rules_alone if f.category in ("typo", "formulation")]


def test_the_veto_keeps_real_errors(pr):
    found = pr.check("全区各级各部门要再接再励，推动各项工作再上新台阶。")
    assert [(f.text, f.suggestion) for f in found] == [("励", "厉")]


@pytest.mark.parametrize(
    "text",
    [
        "街道组织辖区20余家共建单位，在芥园里社区开展“共享家门口”志愿服务。",
        "谊城里社区的志愿者每周为独居老人送餐。",
    ],
)
def test_a_local_places_own_characters_are_not_made_common_words(pr, text):
    """芥园里社区 is a name, though the model would rather read 花园: the three characters
    before 社区, 街道, 小区 … belong to the place."""
    assert [f for f in pr.check(text) if f.category == "typo"] == []
