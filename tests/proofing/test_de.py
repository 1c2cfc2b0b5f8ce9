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
        # A complement of state that closes its clause: 得, though the model barely agrees.
        ("队员们练的满头大汗，却没有一个人喊累。", "的", "得"),
        ("志愿者把楼道打扫的干干净净。", "的", "得"),
        # jieba reads 整齐 as an adverb; 地 never links a noun.
        ("路两旁是一排排整齐地行道树。", "地", "的"),
        # The classifier leans to 地 and the model agrees strongly.
        ("他高兴的说：“这下好了。”", "的", "地"),
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
        # A complement the model would read as an adverbial (激动地说 is far commoner).
        "听到这个好消息，她激动得说不出话来。",
        "干干净净的楼道让居民们心情舒畅。",
        "这次活动办得红红火火。",
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


@pytest.mark.parametrize(
    "text, wrong, right",
    [
        ("财务人员每天核对收支帐目，做到日清月结。", "帐", "账"),
        ("老师在三叮嘱学生注意交通安全。", "在", "再"),
        ("化工厂发生氨气泄露，消防员紧急处置。", "露", "漏"),
        ("少数人接种后出现过敏反映。", "映", "应"),
        ("各单位要深入学习贯彻习近平新时代中国特色社会主义理论。", "理论", "思想"),
    ],
)
def test_words_with_one_right_form_in_news_copy(pr, text, wrong, right):
    """账 for money, 再三 before a verb, 泄漏 of gas, 反应 of the body, the standard name of
    the Thought — the dictionary and the formulation pairs."""
    assert (wrong, right) in [(f.text, f.suggestion) for f in pr.check(text)]


@pytest.mark.parametrize(
    "text",
    ["坚持和发展中国特色社会主义理论体系。", "营地里搭起了一顶顶帐篷。", "他在三楼办公。"],
)
def test_their_neighbours_are_left_alone(pr, text):
    assert pr.check(text) == []
