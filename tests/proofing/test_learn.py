"""Rules from fixes: what counts as a fix, and where an accepted rule stays silent."""

from __future__ import annotations

from newsroom.proofing.engine import Proofreader
from newsroom.proofing.learn import Suggestion, suggest


def test_same_length_changes_and_short_words_replaced():
    assert suggest("群众一直好评。", "群众一致好评。") == [
        Suggestion("一直好评", "一致好评", "群众一致好评。")
    ]
    (s,) = suggest("活动中做为志愿者。", "活动中作为志愿者。")
    assert (s.wrong, s.right) == ("中做为志", "中作为志")
    (s,) = suggest("推进数创发展。", "推进数字创新发展。")  # a word replaced by a longer one
    assert (s.wrong, s.right) == ("数创发展", "数字创新发展")


def test_rewriting_punctuation_and_what_the_proofreader_flagged_teach_nothing():
    assert suggest("今天天气很好，大家都出门了。", "昨日阴雨连绵，没有人外出。") == []
    assert suggest("会议召开,部署工作。", "会议召开，部署工作。") == []
    assert suggest("群众一直好评。", "群众一致好评。", lambda sentence: [(3, 4)]) == []


def test_an_accepted_rule_stays_out_of_quotes_and_names_unless_told():
    quoted = "他说“群众一直好评”。群众一直好评。"
    (f,) = Proofreader(learned=[("一直好评", "一致好评", False)]).check(quoted)
    assert f.start == quoted.rindex("直")
    assert len(Proofreader(learned=[("一直好评", "一致好评", True)]).check(quoted)) == 2
    named = "■ 记者 张伟\n张伟到场采访。"
    assert Proofreader(learned=[("张伟", "章伟", False)]).check(named) == []
    assert len(Proofreader(learned=[("张伟", "章伟", True)]).check(named)) == 2
