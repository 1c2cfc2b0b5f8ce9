"""Learning from fixes: a saved revision that fixes 一直好评 → 一致好评 suggests a rule;
accepted, it reaches the proofreader, stays out of quotes and names, and counts firings."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from newsroom.ingest.model import ParsedItem
from newsroom.proofing.engine import Proofreader
from newsroom.store import articles as repo
from newsroom.store import editing, learning
from newsroom.store.db import open_database, transaction
from newsroom.store.proofrules import load_rule_set

BODY = "该项目获得群众一直好评。今年以来典型案列不断涌现。"


@pytest.fixture
def engine(db_url):
    engine = open_database(db_url)
    with transaction(engine) as session:
        edition = repo.get_edition(session, "本报", dt.date(2025, 4, 18))
        item = ParsedItem(headline="项目获好评", paragraphs=[BODY])
        repo.add_page(session, edition, 1, [item], source_file="x.txt", source_hash="h")
    return engine


def save(engine, paragraphs: list[str]) -> list[learning.LearnedRow]:
    with transaction(engine) as session:
        article = editing.load_article(session, 1)
        content = replace(editing.content_of(article), paragraphs=paragraphs)
        editing.save_article(session, 1, content, author="张编辑", expected_version=article.version)
    with transaction(engine) as session:
        return learning.list_learned(session)


def test_a_fix_the_proofreader_missed_becomes_a_suggested_rule(engine):
    fixed = BODY.replace("一直好评", "一致好评").replace("案列", "案例")
    (row,) = save(engine, [fixed])  # 案列 → 案例 the proofreader flagged: nothing to learn
    assert (row.wrong, row.right, row.status) == ("一直好评", "一致好评", "suggested")
    assert row.example == "该项目获得群众一致好评。"
    with transaction(engine) as session:
        assert load_rule_set(session).learned == ()  # suggested, not applied yet
        learning.decide(session, "一直好评", "accepted")
        rule_set = load_rule_set(session)
    assert rule_set.learned == (("一直好评", "一致好评", False),)
    proofreader = Proofreader(learned=rule_set.learned)
    (f,) = proofreader.check("活动赢得一直好评。")
    assert (f.text, f.suggestion, f.category) == ("直", "致", "custom")
    assert proofreader.check("他说：“赢得一直好评”。") == []  # not inside quotation marks
    # It fires when saved copy has the wrong form again; the count says how often.
    (row,) = save(engine, [fixed, "新项目同样获得一直好评。"])
    assert row.fired == 1 and row.status == "accepted"


def test_rewriting_and_the_same_fix_twice(engine):
    assert save(engine, ["这一段完全重写了，与原来的意思不同。"]) == []
    with transaction(engine) as session:
        learning.remove(session, "x")  # nothing there: no harm
    with transaction(engine) as session:
        with pytest.raises(ValueError):
            learning.decide(session, "没有的规则", "accepted")
