"""Real-word slips: a classifier per confusion set, with the language model's agreement."""

from __future__ import annotations

import numpy as np
import pytest

from newsroom.proofing.confusables import TEMPLATES, buckets, get_confusables


@pytest.fixture(scope="module")
def conf():
    c = get_confusables()
    assert c is not None, "resources/proofing/confusables.npz is missing"
    return c


def test_every_listed_set_has_a_trained_classifier(conf):
    from newsroom.proofing.confusables import parse_sets
    from newsroom.proofing.lexicon import read_lines

    assert [s.forms for s in conf.sets] == parse_sets(read_lines("confusion_sets.txt"))
    assert all(0 < s.threshold <= 0.5 for s in conf.sets)


def test_features_never_see_the_form_itself(conf):
    a = conf.lm.encode("公民的合法权力受法律保护")
    b = conf.lm.encode("公民的合法权利受法律保护")
    start, end = np.array([5]), np.array([7])
    assert np.array_equal(buckets(a, start, end), buckets(b, start, end))
    assert buckets(a, start, end).shape == (1, len(TEMPLATES))


@pytest.mark.parametrize(
    "text, wrong, right",
    [
        ("公民的合法权力受法律保护。", "力", "利"),
        ("各单位必需严格落实值班制度。", "需", "须"),
        ("举办职工职业技能竟赛，共设置6个比赛项目。", "竟", "竞"),
    ],
)
def test_real_word_slips_are_found(pr, text, wrong, right):
    found = [(f.text, f.suggestion) for f in pr.check(text)]
    assert (wrong, right) in found


@pytest.mark.parametrize(
    "text",
    [
        "这个问题我们回去再研究研究，尽快给大家答复。",
        "这的的确确是一件惠及居民的好事。",
        "他在家里认真地看书，看得很入迷。",
        "区领导强调，各部门要依法行使权力，切实维护群众的合法权利。",
        "截至目前，全区已有12个社区完成改造。",
    ],
)
def test_correct_uses_are_left_alone(pr, text):
    assert [f for f in pr.check(text) if f.category == "typo"] == []


def test_a_classifier_alone_is_not_enough(conf, pr):
    """The classifier's own verdict needs the language model's agreement to be reported."""
    text = "医生建议涂抹地塞米松乳膏，注意患处的干燥。"  # a drug's name, not 的
    assert [(f.text, f.suggestion) for f in conf.iter_findings(text)] == [("地", "的")]
    assert [f for f in pr.check(text) if f.category == "typo"] == []
