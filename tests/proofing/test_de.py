"""的, 地 and 得: the grammar's rules propose, the language model agrees."""

from __future__ import annotations

import pytest

from newsroom.proofing import de
from newsroom.proofing.lexicon import load_lexicon


@pytest.mark.parametrize(
    "text, wrong, right",
    [
        ("施工人员正有条不紊的进行管网铺设。", "的", "地"),
        ("各级干部要切实的把惠民政策落到实处。", "的", "地"),
        ("我们得目标是让每位居民都满意。", "得", "的"),
        ("导游用流利地英语向游客介绍古城历史。", "地", "的"),
    ],
)
def test_a_particle_the_sentence_does_not_want_is_found(pr, text, wrong, right):
    assert (wrong, right) in [(f.text, f.suggestion) for f in pr.check(text)]


@pytest.mark.parametrize(
    "text",
    [
        "你说的很对，我们马上改。",
        "这是前所未有的决心和力度。",
        "听到消息，他高兴得跳了起来。",
        "这个地方的变化很大，居民们都说好。",
        "比赛的排名按总积分得出。",
        "共同建设一个更加和平、安全的世界。",
    ],
)
def test_particles_used_right_are_left_alone(pr, text):
    assert [f for f in pr.check(text) if f.category == "typo"] == []


@pytest.mark.parametrize("text", ["推广应用行之有效的治理模式。", "对其采取严格的隔离措施。"])
def test_the_rules_only_propose(pr, text):
    """An idiom or adverb before a word that can be a verb: the rule proposes 地, the
    language model declines, and nothing is reported."""
    assert [fix for _, fix in de.proposals(text, load_lexicon().tags)] == ["地"]
    assert pr.check(text) == []
