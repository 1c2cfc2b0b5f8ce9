"""Storing parsed items as a page and reading them back."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from newsroom.ingest.model import ParsedByline, ParsedItem
from newsroom.store import articles as repo
from newsroom.store.listing import load_rows
from newsroom.store.models import Article, Person

ITEMS = [
    ParsedItem(
        kicker="引题",
        headline="主题一",
        subheadline="副题",
        bylines=[ParsedByline("记者", "孙悦"), ParsedByline("通讯员", "高洁")],
        paragraphs=["第一段。", "第二段 AI 应用。"],
    ),
    ParsedItem(kind="photo", paragraphs=["海棠盛开。"], bylines=[ParsedByline("摄影", "李博")]),
    ParsedItem(
        headline="主题二", bylines=[ParsedByline("通讯员", "高洁")], paragraphs=["第三段。"]
    ),
]


def store(engine, items=ITEMS):
    with Session(engine) as session, session.begin():
        edition = repo.get_edition(session, "本报", dt.date(2025, 4, 18))
        repo.add_page(session, edition, 3, items, source_file="x.txt", source_hash="h")


def test_round_trip_keeps_every_field(engine):
    store(engine)
    with Session(engine) as session:
        data = [repo.article_to_dict(a) for a in repo.list_articles(session, with_body=True)]
    assert [d["position"] for d in data] == [1, 2, 3]
    assert {d["page"] for d in data} == {3}
    first = data[0]
    assert (first["kicker"], first["headline"], first["subheadline"]) == ("引题", "主题一", "副题")
    assert first["bylines"] == [
        {"role": "记者", "name": "孙悦"},
        {"role": "通讯员", "name": "高洁"},
    ]
    assert first["paragraphs"] == ["第一段。", "第二段 AI 应用。"]
    assert first["chars"] == 4 + 7  # AI counts as one
    assert first["status"] == "submitted" and first["kind"] == "article"
    assert data[1]["kind"] == "photo" and data[1]["bylines"] == [{"role": "摄影", "name": "李博"}]


def test_same_person_is_one_row(engine):
    store(engine)
    with Session(engine) as session:
        assert session.scalar(select(func.count()).where(Person.name == "高洁")) == 1
        assert session.scalar(select(func.count()).select_from(Person)) == 3


def test_version_counter_refuses_a_lost_update(engine):
    store(engine)
    with Session(engine) as first, Session(engine) as second:
        a = first.scalars(select(Article).order_by(Article.id)).first()
        b = second.get(Article, a.id)
        assert a.version == 1
        a.headline = "改过的主题"
        first.commit()
        assert a.version == 2
        b.headline = "另一个改法"
        with pytest.raises(StaleDataError):
            second.commit()


def test_list_does_not_load_bodies(engine):
    store(engine)
    with Session(engine) as session:
        article = repo.list_articles(session)[0]
        assert "body" not in article.__dict__


def test_byline_text_says_each_role_once():
    class P:
        def __init__(self, name):
            self.name = name

    class B:
        def __init__(self, role, name):
            self.role, self.person = role, P(name)

    assert (
        repo.byline_text([B("通讯员", "万彤"), B("通讯员", "李明"), B("记者", "孙悦")])
        == "通讯员 万彤 李明 记者 孙悦"
    )


def test_import_starts_each_history_with_a_revision(engine):
    store(engine)
    with Session(engine) as session:
        for article in repo.list_articles(session, with_body=True):
            assert len(article.revisions) == 1
            first = article.revisions[0]
            assert first.note == repo.IMPORT_NOTE
            assert first.snapshot["paragraphs"] == article.paragraphs
            assert first.snapshot["headline"] == article.headline


def test_unplaced_drafts_come_after_the_pages_on_both_engines(engine):
    store(engine)
    with Session(engine) as session, session.begin():
        repo.add_unplaced(session, [ParsedItem(headline="来稿", paragraphs=["正文。"])])
    with Session(engine) as session:
        listed = [(a.id, a.headline, a.position) for a in repo.list_articles(session)]
        rows = [row.id for row in load_rows(session)]
    assert listed[-1][1:] == ("来稿", None) and [p for *_, p in listed[:-1]] == [1, 2, 3]
    assert rows == [i for i, *_ in listed]
