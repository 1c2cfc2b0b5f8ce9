"""The character language model and the slip decision built on it."""

from __future__ import annotations

import numpy as np
import pytest

from newsroom.proofing import charlm, context
from newsroom.proofing.charlm import Table, get_model
from newsroom.proofing.engine import _shared
from newsroom.proofing.slips import SlipChecker


@pytest.fixture(scope="module")
def lm():
    model = get_model()
    assert model is not None, "resources/proofing/charlm.npz is missing"
    return model


def gain(lm, text: str, pos: int, char: str) -> float:
    ids, _ = context._join(lm, [text])
    return float(lm.substitution_gain(ids, np.array([pos]), np.array([lm.char_id[char]]))[0])


def test_model_prefers_the_right_character_both_ways(lm):
    assert gain(lm, "这个案列很典型。", 3, "例") > 5
    assert gain(lm, "这个案例很典型。", 3, "列") < -5
    assert gain(lm, "各单位要认真惯彻落实会议精神。", 6, "贯") > 10


def test_gain_with_given_old_scores_equals_recomputed(lm):
    text = "区政务服务中心进一步优化办事流程，方便群众。"
    ids, _ = context._join(lm, [text])
    ps = lm.position_scores(ids)
    pad = np.concatenate([ps, np.zeros(charlm.ORDER)])
    local = sum(pad[t : t + len(ids)] for t in range(charlm.ORDER))
    pos = np.arange(len(text))
    new = np.full(len(text), lm.char_id["的"])
    a = lm.substitution_gain(ids, pos, new)
    b = lm.substitution_gain(ids, pos, new, old=local[pos])
    assert np.allclose(a, b)


def test_hash_table_finds_every_key_and_nothing_else():
    rng = np.random.default_rng(3)
    keys = np.unique(rng.integers(1, 2**32 - 1, size=50_000, dtype=np.uint64).astype(np.uint32))
    vals = rng.random(len(keys)).astype(np.float32)
    table = Table(keys, vals)
    assert np.array_equal(table.lookup(keys), vals)
    others = rng.integers(1, 2**32 - 1, size=50_000, dtype=np.uint64).astype(np.uint32)
    others = others[~np.isin(others, keys)]
    assert np.all(np.isneginf(table.lookup(others)))
    # Crowded home slots (all keys with the same top bits) still resolve.
    crowd = np.arange(1, 5000, dtype=np.uint32)
    t2 = Table(crowd, crowd.astype(np.float32))
    assert np.array_equal(t2.lookup(crowd), crowd.astype(np.float32))


def test_sentences_cover_the_text_exactly():
    text = "第一句。第二句！“引语。”第三句？\n新段落没有句号\n\n末尾"
    pieces = context.sentences(text)
    assert "".join(p for _, p in pieces) == text
    assert all(text[at : at + len(p)] == p for at, p in pieces)
    assert pieces[2][1] == "“引语。”"


def test_scoring_sentences_together_equals_scoring_each_alone(lm):
    pieces = [
        "内蒙古自治区乌兰察布市大力培育发展大数局产业。",
        "他们耐心解答大家的疑文。",
        "这个案列很典型。",
    ]
    scorer = context.NgramScorer(lm)
    together = scorer.candidates(pieces)
    alone = [scorer.candidates([p])[0] for p in pieces]
    assert together == alone
    assert any(c.char == "据" for c in together[0])


@pytest.fixture(scope="module")
def checker(lm):
    sh = _shared()
    return SlipChecker(context.NgramScorer(lm), sh.lex.freq, "".join(sh.stats.surnames))


@pytest.mark.parametrize(
    "text, fix",
    [
        ("内蒙古自治区乌兰察布市大力培育发展大数局产业。", "据"),
        ("区里将加快推进一批重大工程建射，年内全部开工。", "设"),
        ("街道党工委每年照开一次民主生活会。", "召"),
        ("社区党总支书记带头走访困难群众，了解他们的实际须求。", "需"),
    ],
)
def test_checker_reports_slips_with_a_confidence(checker, text, fix):
    found = list(checker.iter_findings(text))
    assert [f.suggestion for f in found] == [fix]
    assert found[0].rule == "typo.context" and 0.5 < found[0].confidence <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "在法院调解下，双方定纷止争，握手言和。",
        "社区书记仝晓燕带领居民把闲置空地改造成“口袋花园”。",
        "这件事我的初衷是为了帮助居民。",
        "区政务服务中心将进一步优化办事流程，让群众少跑腿。",
    ],
)
def test_checker_leaves_correct_copy_alone(checker, text):
    assert list(checker.iter_findings(text)) == []


def test_recheck_from_the_cache_equals_a_fresh_check(checker, lm):
    sh = _shared()
    text = "各部门要持旭推进老旧小区改造。区里发展大数局产业。这个案例很典型。"
    first = list(checker.iter_findings(text))
    again = list(checker.iter_findings(text))
    fresh = SlipChecker(context.NgramScorer(lm), sh.lex.freq, "".join(sh.stats.surnames))
    assert first == again == list(fresh.iter_findings(text))
    assert [f.suggestion for f in first] == ["续", "据"]


def test_without_a_model_the_checker_is_silent():
    sh = _shared()
    assert list(SlipChecker(None, sh.lex.freq, "").iter_findings("发展大数局产业。")) == []
