"""The archive's tokens, query language and snippets, as plain text."""

from __future__ import annotations

import pytest

from newsroom import searching


def test_folding_keeps_one_character_for_one():
    text = "ＣＯＶＩＤ－１９，河西区“一失万无”Ⅻİ"
    folded = searching.fold(text)
    assert len(folded) == len(text)
    assert folded.startswith("covid-19,河西区")


def test_han_runs_become_pairs_and_their_last_character():
    assert searching.index_tokens("养老服务，是COVID-19") == [
        "养老", "老服", "服务", "务", "是", "covid", "19",
    ]  # fmt: skip
    assert searching.query_tokens("养老服务") == (["养老", "老服", "服务"], False)
    assert searching.query_tokens("养") == (["养"], True)


def test_the_query_language():
    query = searching.parse_query('养老 "服务 中心" -助餐 -"口袋 公园" covid')
    assert [(t.text, t.exclude) for t in query.terms] == [
        ("养老", False), ("服务 中心", False), ("助餐", True), ("口袋 公园", True),
        ("covid", False),
    ]  # fmt: skip
    assert searching.fts5_match(query) == (
        '(("养老" AND "服务 中心" AND "covid") NOT "助餐") NOT "口袋 公园"'
    )
    assert searching.tsquery(query) == (
        "('养老') & ('服务' <-> '中心') & ('covid') & !('助餐') & !('口袋' <-> '公园')"
    )
    chinese = searching.parse_query("养老 -“口袋 公园”")
    assert [(t.text, t.exclude) for t in chinese.terms] == [("养老", False), ("口袋 公园", True)]
    for nothing in ("", "，。", "-养老", "- -"):
        with pytest.raises(searching.QueryError):
            searching.parse_query(nothing)


def test_the_snippet_is_cut_around_the_first_body_hit():
    body = "甲" * 60 + "养老服务" + "乙" * 60
    fields = [("headline", 0, "养老新篇"), ("body", 0, "开篇。"), ("body", 1, body)]
    hit = searching.find_hit(fields, searching.parse_query("养老"))
    assert (hit.field, hit.paragraph, hit.start, hit.end) == ("body", 1, 60, 62)
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    start, end = hit.highlights[0]
    assert hit.snippet[start:end] == "养老"
    assert searching.mark("ab养老c", [(2, 4)]) == "ab【养老】c"
