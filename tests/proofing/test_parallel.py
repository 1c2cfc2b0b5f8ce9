"""Long copy checked on several cores gives exactly what one check of the whole gives."""

from __future__ import annotations

from itertools import pairwise

from newsroom.proofing import parallel


def test_pieces_checked_apart_equal_the_whole(pr, seed_text, monkeypatch):
    # The seed many times over, with a quotation left open across a column cut and an
    # English word, a doubled mark and a formulation slip in every copy.
    extra = "他说：“社区要抓好落实\n继续推进。”要坚持以民人为中心，布局 and 分区。。\n"
    text = (seed_text + extra) * 12
    monkeypatch.setattr(parallel, "MIN_CHARS", 1000)
    monkeypatch.setattr(parallel, "_cpus", lambda: 3)
    whole = pr.check(text)
    assert parallel.check_text(pr, text) == whole
    assert {f.category for f in whole} >= {"punctuation", "mixed_script", "formulation"}


def test_the_cuts_fall_where_paragraphs_close(seed_text):
    text = seed_text * 5
    spans = parallel._pieces(text, 3)
    assert len(spans) == 3 and spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in pairwise(spans))
    assert all(text[end - 1] == "\n" for _, end in spans[:-1])


def test_short_copy_or_one_core_stays_in_this_process(pr, monkeypatch):
    monkeypatch.setenv("NEWSROOM_PROOF_WORKERS", "1")
    monkeypatch.setattr(parallel, "MIN_CHARS", 10)
    text = "全体干部要再接再励。\n" * 10
    assert parallel.check_text(pr, text) == pr.check(text)
