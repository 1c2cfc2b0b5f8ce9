"""The engine's contract: output form, vocabulary and aliases, archive frequencies, loading."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import pytest

from newsroom.tagging import (
    DocumentFrequencies,
    Tagger,
    TagSuggestion,
    VocabularyTerm,
    default_vocabulary,
    shared_tagger,
    warm_up,
)

from .conftest import suggest

AI_TEXT = (
    "AI赋能社区治理",
    [
        "近日，越秀路街道引入AI巡检系统，AI摄像头可以自动识别占道经营、垃圾堆放等问题。",
        "街道负责人介绍，下一步将把AI应用推广到更多社区，并探索5G技术在社区治理中的应用。",
    ],
)


def test_suggestion_to_dict_matches_design():
    s = TagSuggestion("知识产权", "topic", 0.5)
    assert s.to_dict() == {"tag": "知识产权", "kind": "topic", "score": 0.5}
    with pytest.raises(AttributeError):
        s.tag = "x"  # type: ignore[misc]


def test_importing_the_package_does_not_load_jieba():
    code = "import sys, newsroom.tagging; sys.exit('jieba' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_limit_and_empty_input(tagger, seed_articles):
    assert len(suggest(tagger, seed_articles["养老"], limit=3)) == 3
    assert tagger.suggest("", []) == []
    assert tagger.suggest("", ["", "   "]) == []
    assert tagger.suggest("好", ["。"]) == []


def test_alias_maps_onto_the_default_vocabulary(tagger):
    got = {s.tag: s for s in tagger.suggest(*AI_TEXT)}
    assert "人工智能" in got and got["人工智能"].kind == "topic"
    assert "AI" not in got and "ai" not in {t.lower() for t in got}
    assert "5G" in got
    assert "越秀路街道" in got and got["越秀路街道"].kind == "place"
    assert "人工智能" in {t.name for t in default_vocabulary()}


def test_newsroom_vocabulary_names_win(tagger, seed_articles):
    vocabulary = [
        VocabularyTerm("河西区人民法院", "org", ("区法院", "区人民法院", "河西区法院")),
        VocabularyTerm("科创企业", "topic", ("科技型企业",)),
    ]
    own = Tagger(vocabulary)
    got = {s.tag: s for s in suggest(own, seed_articles["法院"], limit=30)}
    assert got["河西区人民法院"].kind == "org"
    assert "区人民法院" not in got and "区法院" not in got
    assert "科创企业" in got
    # the whole name of the 工作室 is still its own organisation
    assert "河西区法院科技创新司法保护工作室" in got
    other = {s.tag for s in suggest(own, seed_articles["专利"], limit=30)}
    assert "科创企业" in other and "科技型企业" not in other


def test_vocabulary_kind_is_kept(tagger):
    own = Tagger([VocabularyTerm("海棠步道", "place", ("海棠花步道",))])
    got = {s.tag: s.kind for s in own.suggest("", ["海棠花步道上游人如织，海棠步道成了打卡地。"])}
    assert got.get("海棠步道") == "place"


def test_archive_frequencies_lower_a_word_in_every_article(tagger, seed_articles):
    texts = [" ".join([a.headline, *a.paragraphs]) for a in seed_articles.values()]
    frequencies = DocumentFrequencies.learn(texts)
    assert frequencies.documents == len(texts)
    assert frequencies.frequency("河西区") >= 8
    informed = Tagger(document_frequencies=frequencies)
    for key in ("养老", "民营企业"):
        plain = suggest(tagger, seed_articles[key], limit=30)
        learned = suggest(informed, seed_articles[key], limit=30)
        tags, learned_tags = [s.tag for s in plain], [s.tag for s in learned]
        assert learned_tags.index("河西区") >= tags.index("河西区")
        # ranked lower against the article's best tag …
        ratio = plain[tags.index("河西区")].score / plain[0].score
        learned_ratio = learned[learned_tags.index("河西区")].score / learned[0].score
        assert learned_ratio < 0.85 * ratio
        # … and still offered, as a place
        assert learned[learned_tags.index("河西区")].kind == "place"
    top = [s.tag for s in suggest(informed, seed_articles["养老"])[:3]]
    assert "养老服务" in top


def test_frequencies_round_trip():
    frequencies = DocumentFrequencies(documents=3, counts={"河西区": 3, "专利": 1})
    again = DocumentFrequencies.from_dict(frequencies.to_dict())
    assert again == frequencies
    assert again.frequency("没有") == 0


def test_warm_up_is_once_and_thread_safe(tagger):
    results: list[Tagger] = []
    threads = [threading.Thread(target=lambda: results.append(warm_up())) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(r is tagger for r in results)
    assert shared_tagger() is tagger
    started = time.perf_counter()
    warm_up()
    assert time.perf_counter() - started < 0.05


def test_suggestions_are_fast_after_warm_up(tagger, seed_articles):
    article = seed_articles["法院"]
    suggest(tagger, article)
    started = time.perf_counter()
    for _ in range(5):
        suggest(tagger, article)
    assert (time.perf_counter() - started) / 5 < 0.2  # the benchmark holds the real 50 ms line
