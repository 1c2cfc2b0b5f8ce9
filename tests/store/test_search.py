"""Searching the archive: the index kept in step by every write, ranking, phrases, -word,
filters, and the index built for a newsroom that existed before it (migration 0006)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from newsroom import searching
from newsroom.importer import import_files
from newsroom.ingest.model import ParsedByline, ParsedItem
from newsroom.store import articles as repo
from newsroom.store import editing, people, search, vocabulary
from newsroom.store.db import open_database, transaction
from newsroom.store.models import Article, Person
from newsroom.store.values import Identity
from newsroom.workflow import Action, Status

ITEMS = [
    ParsedItem(
        kicker="民生实事",
        headline="河西区养老服务中心开业",
        bylines=[ParsedByline("记者", "孙悦"), ParsedByline("通讯员", "高洁")],
        paragraphs=["近日，河西区首家综合养老服务中心在友谊路街道开业。", "中心提供助餐服务。"],
    ),
    ParsedItem(
        headline="口袋公园迎客来",
        bylines=[ParsedByline("通讯员", "高洁")],
        paragraphs=["越秀路街道新建口袋公园三处，居民在家门口就能休闲。COVID-19 之后首次开放。"],
    ),
    ParsedItem(
        headline="社区食堂暖人心",
        paragraphs=["老人在社区食堂吃上热乎饭，养老不离家。"],
    ),
]


@pytest.fixture
def engine(db_url):
    engine = open_database(db_url)
    with transaction(engine) as session:
        edition = repo.get_edition(session, "本报", dt.date(2025, 4, 18))
        repo.add_page(session, edition, 2, ITEMS, source_file="x.txt", source_hash="h")
        other = repo.get_edition(session, "本报", dt.date(2025, 5, 6))
        repo.add_page(session, other, 1, ITEMS[2:], source_file="y.txt", source_hash="h2")
    return engine


def ids(engine, query, **filters):
    with transaction(engine) as session:
        return [r.id for r in search.search(session, query, search.SearchFilters(**filters))]


def headlines(engine, query, **filters):
    with transaction(engine) as session:
        return [r.headline for r in search.search(session, query, search.SearchFilters(**filters))]


def article_id(engine, headline):
    with Session(engine) as session:
        return session.scalar(
            select(Article.id).where(Article.headline == headline).order_by(Article.id)
        )


def test_a_two_character_query_ranks_the_headline_hit_first_with_a_snippet(engine):
    with transaction(engine) as session:
        results = search.search(session, "养老")
    assert results[0].headline == "河西区养老服务中心开业"
    assert set(r.headline for r in results) == {"河西区养老服务中心开业", "社区食堂暖人心"}
    first = results[0]
    assert "养老" in first.hit.snippet
    start, end = first.hit.highlights[0]
    assert first.hit.snippet[start:end] == "养老"
    # The hit opens the article where the word is: a body paragraph, offsets in it.
    paragraph = first.paragraphs[first.hit.paragraph]
    assert first.hit.field == "body" and paragraph[first.hit.start : first.hit.end] == "养老"


def test_phrases_words_excluded_single_characters_and_folding(engine):
    assert headlines(engine, "养老服务") == ["河西区养老服务中心开业"]
    assert headlines(engine, '"服务中心开业"') == ["河西区养老服务中心开业"]
    assert headlines(engine, "养老 -助餐") == ["社区食堂暖人心", "社区食堂暖人心"]
    assert headlines(engine, "公园 食堂") == []  # every word must occur
    assert headlines(engine, "园") == ["口袋公园迎客来"]  # a run's last character too
    assert headlines(engine, "ＣＯＶＩＤ－１９") == ["口袋公园迎客来"]  # full-width, any case
    assert headlines(engine, "covid") == ["口袋公园迎客来"]
    assert sorted(headlines(engine, "高洁")) == ["口袋公园迎客来", "河西区养老服务中心开业"]
    # Not across punctuation: 开业。中心 is no phrase 业中.
    assert headlines(engine, "业中") == []
    with pytest.raises(searching.QueryError):
        ids(engine, "-养老")
    with pytest.raises(searching.QueryError):
        ids(engine, "，。")


def test_filters_by_date_status_person_page_and_tag(engine):
    assert len(ids(engine, "食堂")) == 2
    assert len(ids(engine, "食堂", date_from=dt.date(2025, 5, 1))) == 1
    assert len(ids(engine, "食堂", date_to=dt.date(2025, 4, 30))) == 1
    assert len(ids(engine, "食堂", page=1)) == 1
    assert ids(engine, "养老", person="孙悦") == [article_id(engine, "河西区养老服务中心开业")]
    assert ids(engine, "养老", status=str(Status.DRAFT)) == []
    target = article_id(engine, "社区食堂暖人心")
    with transaction(engine) as session:
        vocabulary.add_tag(session, target, "助老", "topic")
    assert ids(engine, "养老", tag="助老") == [target]


def test_saves_restores_and_deletes_keep_the_index_in_step(engine):
    target = article_id(engine, "口袋公园迎客来")
    with transaction(engine) as session:
        article = editing.load_article(session, target)
        content = editing.content_of(article)
        content.paragraphs = ["滨水绿道全线贯通。"]
        content.headline = "绿道贯通"
        editing.save_article(
            session, target, content, author="编辑", expected_version=article.version
        )
    assert headlines(engine, "绿道") == ["绿道贯通"]
    assert headlines(engine, "公园") == []
    with transaction(engine) as session:
        first = editing.list_revisions(session, target)[0]
        version = editing.load_article(session, target).version
        editing.restore_revision(session, first.id, author="编辑", expected_version=version)
    assert headlines(engine, "公园") == ["口袋公园迎客来"] and headlines(engine, "绿道") == []
    with transaction(engine) as session:
        editing.transition(session, target, Action.FIRST_REVIEW, actor="甲")
        editing.transition(session, target, Action.SPIKE, actor="甲")
        editing.delete_article(session, target)
    assert headlines(engine, "公园") == []
    assert_index_matches_a_rebuild(engine)


def test_new_drafts_imports_and_people_renamed_or_merged_are_found(engine, tmp_path):
    with transaction(engine) as session:
        editing.create_article(
            session,
            editing.ArticleContent(
                headline="新稿", bylines=[("通讯员", "万彤")], paragraphs=["湿地公园观鸟季开幕。"]
            ),
            author="万彤",
        )
    assert headlines(engine, "观鸟") == ["新稿"]
    draft = tmp_path / "draft.txt"
    draft.write_text("非遗进校园\n\n■ 通讯员 李想\n\n剪纸课走进河西小学。\n", encoding="utf-8")
    import_files(engine, [draft])
    assert headlines(engine, "剪纸") == ["非遗进校园"]
    with transaction(engine) as session:
        gao = session.scalar(select(Person).where(Person.name == "高洁"))
        people.update_person(
            session, gao.id, name="高洁然", default_role="通讯员", organisation="", contact=""
        )
    assert sorted(headlines(engine, "高洁然")) == ["口袋公园迎客来", "河西区养老服务中心开业"]
    with transaction(engine) as session:
        sun = session.scalar(select(Person).where(Person.name == "孙悦"))
        li = session.scalar(select(Person).where(Person.name == "李想"))
        people.merge_people(session, sun.id, li.id)
    assert headlines(engine, "李想") == []
    assert sorted(headlines(engine, "孙悦")) == sorted(["河西区养老服务中心开业", "非遗进校园"])
    assert_index_matches_a_rebuild(engine)


def test_a_failed_unit_of_work_leaves_the_index_as_it_was(engine):
    target = article_id(engine, "口袋公园迎客来")
    with pytest.raises(RuntimeError), transaction(engine) as session:
        article = editing.load_article(session, target)
        content = editing.content_of(article)
        content.paragraphs = ["天鹅湖。"]
        editing.save_article(
            session, target, content, author="编辑", expected_version=article.version
        )
        raise RuntimeError("the desk's power went")
    assert headlines(engine, "天鹅") == [] and headlines(engine, "口袋") == ["口袋公园迎客来"]
    assert_index_matches_a_rebuild(engine)


def test_a_correspondent_finds_only_their_own_copy(engine):
    from newsroom.store.models import Account

    canteen = article_id(engine, "社区食堂暖人心")
    with transaction(engine) as session:
        wan = Account(username="wan", display_name="万彤", role="correspondent", password_hash="")
        session.add(wan)
        session.flush()
        session.get(Article, canteen).owner_id = wan.id
        me = Identity("万彤", role="correspondent", account_id=wan.id)
    with transaction(engine) as session:
        assert [r.id for r in search.search(session, "养老", identity=me)] == [canteen]
        assert search.search(session, "公园", identity=me) == []
        desk = Identity("编辑", role="editor", account_id=None)
        assert len(search.search(session, "养老", identity=desk)) == 3


def assert_index_matches_a_rebuild(engine):
    """What the store kept in step finds exactly what an index built from scratch finds."""
    queries = [
        "养老",
        "公园",
        "高洁",
        "孙悦",
        "李想",
        "园",
        "covid",
        "食堂",
        "观鸟",
        "绿道",
        "剪纸",
    ]
    before = {q: ids(engine, q) for q in queries}
    with transaction(engine) as session:
        search.reindex(session)
    assert {q: ids(engine, q) for q in queries} == before


def test_an_existing_newsroom_gets_its_index_on_upgrade(db_url):
    """A newsroom at 0005 with copy in it: opening it builds the index of that copy."""
    from alembic import command

    from newsroom.store import db as store_db

    engine = store_db.create_db_engine(db_url)
    config = store_db.alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
        connection.execute(
            text(
                "INSERT INTO article (id, kind, kicker, headline, subheadline, status, chars, "
                "source_file, content_hash, created_at, updated_at, version, body) VALUES "
                "(1, 'article', '', '老城厢换新颜', '', 'submitted', 9, '', '', "
                ":t, :t, 1, '老旧小区改造惠及三千户。')"
            ),
            {"t": dt.datetime(2025, 1, 1)},
        )
        connection.execute(
            text(
                "INSERT INTO person (id, name, default_role, organisation, "
                "contact) VALUES (1, '周游', '记者', '', '')"
            )
        )
        connection.execute(
            text(
                'INSERT INTO byline (id, article_id, person_id, role, "order") '
                "VALUES (1, 1, 1, '记者', 0)"
            )
        )
    engine.dispose()
    engine = open_database(db_url)
    assert headlines(engine, "小区改造") == ["老城厢换新颜"]
    assert headlines(engine, "周游") == ["老城厢换新颜"]


def test_postgresql_ranks_the_newest_matches_of_a_common_word(engine, monkeypatch):
    if engine.dialect.name != "postgresql":
        pytest.skip("FTS5's BM25 ranks every match")
    monkeypatch.setattr(search, "RANK_POOL", 1)
    newest = max(ids(engine, "食堂") + ids(engine, "养老"))
    assert ids(engine, "养老") == [newest]
