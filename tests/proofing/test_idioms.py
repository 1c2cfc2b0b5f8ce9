"""Near misses of set phrases: proposed by the dictionary, decided by the model."""

from __future__ import annotations

from newsroom.proofing.idioms import IdiomIndex
from newsroom.proofing.lexicon import load_lexicon


def index() -> IdiomIndex:
    lex = load_lexicon()
    return IdiomIndex(lex.freq, lex.tags, lex.confusable)


def test_a_sound_alike_one_character_from_an_idiom_is_proposed():
    ix = index()
    assert ix.proposals("对安全隐患绝不能掉以清心。") == [(10, "轻")]
    assert ix.proposals("孩子学习要循序渐近，不能拔苗助长。") == [(8, "进")]


def test_idioms_written_right_and_other_words_propose_nothing():
    ix = index()
    assert ix.proposals("对安全隐患绝不能掉以轻心，要循序渐进。") == []
    assert ix.proposals("区政府召开常务会议。") == []


def test_the_proofreader_reports_the_near_miss(pr):
    found = pr.check("孩子学习要循序渐近，不能拔苗助长。")
    assert [(f.text, f.suggestion) for f in found] == [("近", "进")]
