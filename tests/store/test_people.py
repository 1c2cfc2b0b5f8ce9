"""Correspondents: listing with counts, editing, merging two records of one person."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from newsroom.ingest.model import ParsedByline, ParsedItem
from newsroom.store import articles as repo
from newsroom.store import editing, people
from newsroom.store.db import open_database
from newsroom.store.editing import ConflictError
from newsroom.store.models import Article, Byline, Person

ITEMS = [
    ParsedItem(
        headline="一",
        bylines=[ParsedByline("记者", "孙悦"), ParsedByline("通讯员", "高洁")],
        paragraphs=["甲。"],
    ),
    ParsedItem(
        headline="二",
        bylines=[ParsedByline("通讯员", "高洁"), ParsedByline("通讯员", "高杰")],
        paragraphs=["乙。"],
    ),
    ParsedItem(headline="三", bylines=[ParsedByline("通讯员", "高杰")], paragraphs=["丙。"]),
    ParsedItem(headline="四", paragraphs=["丁。"]),
]


@pytest.fixture
def engine(db_url):
    engine = open_database(db_url)
    with Session(engine) as session, session.begin():
        edition = repo.get_edition(session, "本报", dt.date(2025, 4, 18))
        repo.add_page(session, edition, 1, ITEMS, source_file="x.txt", source_hash="h")
    return engine


def person_id(session, name) -> int:
    return session.scalar(select(Person.id).where(Person.name == name))


def bylines_of(session, headline) -> list[tuple[str, str]]:
    article = session.scalar(select(Article).where(Article.headline == headline))
    return [(b.role, b.person.name) for b in article.bylines]


def test_list_people_with_article_counts(engine):
    with Session(engine) as s:
        rows = {r.name: r for r in people.list_people(s)}
    assert {n: r.articles for n, r in rows.items()} == {"孙悦": 1, "高洁": 2, "高杰": 2}
    assert rows["孙悦"].default_role == "记者" and rows["孙悦"].organisation == ""


def test_a_person_named_on_nothing_counts_zero(engine):
    with Session(engine) as s, s.begin():
        s.add(Person(name="新人"))
    with Session(engine) as s:
        assert {r.name: r.articles for r in people.list_people(s)}["新人"] == 0


def test_person_names_sorted_and_distinct(engine):
    with Session(engine) as s, s.begin():
        s.add(Person(name="孙悦"))  # a namesake
    with Session(engine) as s:
        names = people.person_names(s)
    assert names == sorted(set(names)) and set(names) == {"孙悦", "高洁", "高杰"}


def test_update_person(engine):
    with Session(engine) as s, s.begin():
        pid = person_id(s, "高洁")
        people.update_person(
            s,
            pid,
            name=" 高洁 ",
            default_role="通讯员",
            organisation="河西区融媒体中心",
            contact="13800000000",
        )
    with Session(engine) as s:
        row = next(r for r in people.list_people(s) if r.id == pid)
    assert (row.name, row.default_role, row.organisation, row.contact) == (
        "高洁",
        "通讯员",
        "河西区融媒体中心",
        "13800000000",
    )


def test_update_person_refuses_an_empty_name_and_unknown_person(engine):
    with Session(engine) as s:
        with pytest.raises(ValueError, match="姓名"):
            people.update_person(
                s, person_id(s, "高洁"), name=" ", default_role="", organisation="", contact=""
            )
        with pytest.raises(LookupError):
            people.update_person(s, 999, name="某", default_role="", organisation="", contact="")


def test_renaming_shows_in_bylines_and_outdates_open_editors(engine):
    with Session(engine) as s:
        aid = s.scalar(select(Article.id).where(Article.headline == "三"))
        content = editing.content_of(editing.load_article(s, aid))
        version = editing.load_article(s, aid).version
    with Session(engine) as s, s.begin():
        people.update_person(
            s,
            person_id(s, "高杰"),
            name="高洁洁",
            default_role="通讯员",
            organisation="",
            contact="",
        )
    with Session(engine) as s:
        assert bylines_of(s, "三") == [("通讯员", "高洁洁")]
    content.headline = "三改"
    with Session(engine) as s, s.begin(), pytest.raises(ConflictError):
        editing.save_article(s, aid, content, author="张", expected_version=version)


def test_merge_moves_bylines_and_fills_empty_fields(engine):
    with Session(engine) as s, s.begin():
        keep, gone = person_id(s, "高洁"), person_id(s, "高杰")
        people.update_person(
            s,
            gone,
            name="高杰",
            default_role="记者",
            organisation="河西区融媒体中心",
            contact="138",
        )
        people.update_person(
            s, keep, name="高洁", default_role="通讯员", organisation="", contact=""
        )
        people.merge_people(s, keep, gone)
    with Session(engine) as s:
        assert s.get(Person, gone) is None
        kept = s.get(Person, keep)
        assert (kept.default_role, kept.organisation, kept.contact) == (
            "通讯员",
            "河西区融媒体中心",
            "138",
        )
        assert bylines_of(s, "三") == [("通讯员", "高洁")]
        assert bylines_of(s, "一") == [("记者", "孙悦"), ("通讯员", "高洁")]
        rows = {r.name: r.articles for r in people.list_people(s)}
        assert rows == {"孙悦": 1, "高洁": 3}


def test_merge_collapses_both_names_on_one_article(engine):
    with Session(engine) as s, s.begin():
        people.merge_people(s, person_id(s, "高洁"), person_id(s, "高杰"))
    with Session(engine) as s:
        assert bylines_of(s, "二") == [("通讯员", "高洁")]
        article = s.scalar(select(Article).where(Article.headline == "二"))
        assert [b.order for b in article.bylines] == [0]
        assert len(s.scalars(select(Byline).where(Byline.article_id == article.id)).all()) == 1


def test_merge_keeps_the_first_of_the_two_bylines(engine):
    # 高杰 first on 二, merged into 高洁: the first place is kept, now naming 高洁.
    with Session(engine) as s, s.begin():
        people.merge_people(s, person_id(s, "高杰"), person_id(s, "高洁"))
    with Session(engine) as s:
        assert bylines_of(s, "二") == [("通讯员", "高杰")]
        assert bylines_of(s, "一") == [("记者", "孙悦"), ("通讯员", "高杰")]


def test_merge_with_itself_or_unknown_is_refused(engine):
    with Session(engine) as s:
        pid = person_id(s, "高洁")
        with pytest.raises(ValueError):
            people.merge_people(s, pid, pid)
        with pytest.raises(LookupError):
            people.merge_people(s, pid, 999)
