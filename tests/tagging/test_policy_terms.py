"""Policy terms and the newsroom's own topics stay whole in segmentation and tags."""

from __future__ import annotations

from newsroom.tagging.engine import Tagger
from newsroom.tagging.lexicon import policy_terms
from newsroom.tagging.model import VocabularyTerm
from newsroom.tagging.segmenter import segmenter

BODY = [
    "近日，我区3家企业入选专精特新“小巨人”企业名单。专精特新企业是培育新质生产力的"
    "重要力量，下一步将推进高效办成一件事。"
]


def test_a_policy_term_is_one_tag_not_its_first_half():
    tags = [t.tag for t in Tagger().suggest("我区专精特新企业再添新军", BODY)]
    assert "专精特新" in tags[:3] and "专精" not in tags
    words = [t.word for t in segmenter().tokens("专精特新企业和新质生产力")]
    assert "专精特新" in words and "新质生产力" in words


def test_the_newsrooms_own_topic_stays_whole():
    text = ["河西区启动口袋公园焕新计划，口袋公园焕新计划覆盖十个街道。"]
    own = VocabularyTerm("口袋公园焕新计划", "topic")
    tags = [t.tag for t in Tagger([own]).suggest("口袋公园焕新计划启动", text)]
    assert tags[0] == "口袋公园焕新计划"


def test_the_starter_list_is_clean():
    terms = policy_terms()
    assert {"专精特新", "新质生产力", "15分钟便民生活圈", "高效办成一件事"} <= set(terms)
    assert all(len(t) >= 3 and t == t.strip() for t in terms)
