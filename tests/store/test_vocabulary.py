"""The tag vocabulary: giving and taking tags, bulk tagging, rename, merge, aliases, counts."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from newsroom.importer import import_files
from newsroom.store.db import open_database
from newsroom.store.listing import load_rows
from newsroom.store.models import Article, ArticleTag, Tag, TagAlias
from newsroom.store.vocabulary import (
    add_tag,
    archive_texts,
    bulk_tag,
    list_tags,
    merge_tags,
    remove_tag,
    rename_tag,
    set_aliases,
    split_aliases,
    tags_of,
    vocabulary_terms,
)
from newsroom.tagging import Tagger


@pytest.fixture
def engine(db_path, seed_path):
    engine = open_database(db_path)
    import_files(engine, [seed_path])
    return engine


@pytest.fixture
def ids(engine) -> list[int]:
    with Session(engine) as s:
        return list(s.scalars(select(Article.id).order_by(Article.position)))


def work(engine, fn):
    with Session(engine) as s, s.begin():
        return fn(s)


def read(engine, fn):
    with Session(engine) as s:
        return fn(s)


def by_name(engine) -> dict[str, object]:
    return {row.name: row for row in read(engine, list_tags)}


def test_add_tag_creates_the_tag_once_and_is_idempotent(engine, ids):
    work(engine, lambda s: add_tag(s, ids[0], "养老服务", "topic"))
    work(engine, lambda s: add_tag(s, ids[0], " 养老服务 ", "topic"))
    work(engine, lambda s: add_tag(s, ids[1], "养老服务", "topic"))
    work(engine, lambda s: add_tag(s, ids[0], "河西区", "place"))
    assert read(engine, lambda s: tags_of(s, ids[0])) == [
        ("养老服务", "topic"),
        ("河西区", "place"),
    ]
    tags = by_name(engine)
    assert tags["养老服务"].articles == 2 and tags["河西区"].articles == 1
    assert read(engine, lambda s: s.scalar(select(func.count()).select_from(Tag))) == 2


def test_tagging_does_not_touch_the_article_so_an_open_editor_does_not_conflict(engine, ids):
    def state(s):
        article = s.get(Article, ids[0])
        return article.version, article.updated_at

    before = read(engine, state)
    work(engine, lambda s: add_tag(s, ids[0], "养老服务", "topic"))
    work(engine, lambda s: bulk_tag(s, ids[:3], "民生", "topic"))
    work(engine, lambda s: remove_tag(s, ids[0], "养老服务"))
    assert read(engine, state) == before


def test_an_alias_resolves_to_its_tag(engine, ids):
    def setup(s):
        add_tag(s, ids[1], "人工智能", "topic")
        set_aliases(s, find_id(s, "人工智能"), ["AI", "人工智慧"])

    work(engine, setup)
    work(engine, lambda s: add_tag(s, ids[2], "AI", "topic"))
    work(engine, lambda s: add_tag(s, ids[3], "ai", "org"))  # the alias wins over the kind
    assert read(engine, lambda s: tags_of(s, ids[2])) == [("人工智能", "topic")]
    assert read(engine, lambda s: tags_of(s, ids[3])) == [("人工智能", "topic")]
    assert by_name(engine)["人工智能"].articles == 3


def find_id(s, name: str) -> int:
    return s.scalar(select(Tag.id).where(Tag.name == name))


def test_remove_tag_keeps_the_tag_in_the_vocabulary(engine, ids):
    work(engine, lambda s: add_tag(s, ids[0], "养老服务", "topic"))
    work(engine, lambda s: remove_tag(s, ids[0], "养老服务"))
    assert read(engine, lambda s: tags_of(s, ids[0])) == []
    assert by_name(engine)["养老服务"].articles == 0


def test_bulk_tag_counts_only_articles_that_did_not_have_it(engine, ids):
    work(engine, lambda s: add_tag(s, ids[0], "河西区", "place"))
    assert work(engine, lambda s: bulk_tag(s, ids[:4], "河西区", "place")) == 3
    assert work(engine, lambda s: bulk_tag(s, ids[:4], "河西区", "place")) == 0
    rows = read(engine, lambda s: load_rows(s, ids[:4]))
    assert all(r.tags == ["河西区"] for r in rows)


def test_bulk_tag_of_a_missing_article_changes_nothing(engine, ids):
    with pytest.raises(LookupError):
        work(engine, lambda s: bulk_tag(s, [ids[0], 99999], "河西区", "place"))
    assert read(engine, list_tags) == []


@pytest.mark.parametrize(("name", "kind"), [("  ", "topic"), ("养老", "thing")])
def test_bad_name_or_kind_is_refused(engine, ids, name, kind):
    with pytest.raises(ValueError):
        work(engine, lambda s: add_tag(s, ids[0], name, kind))


def test_rename(engine, ids):
    work(engine, lambda s: add_tag(s, ids[0], "养老服条", "topic"))
    tag_id = read(engine, lambda s: find_id(s, "养老服条"))
    assert work(engine, lambda s: rename_tag(s, tag_id, "养老服务")) == tag_id
    assert read(engine, lambda s: tags_of(s, ids[0])) == [("养老服务", "topic")]


def test_rename_onto_an_existing_tag_merges_instead_of_failing(engine, ids):
    work(engine, lambda s: bulk_tag(s, ids[:2], "养老服务", "topic"))
    work(engine, lambda s: bulk_tag(s, ids[1:3], "养老", "topic"))
    keep = read(engine, lambda s: find_id(s, "养老服务"))
    old = read(engine, lambda s: find_id(s, "养老"))
    assert work(engine, lambda s: rename_tag(s, old, "养老服务")) == keep
    tags = by_name(engine)
    assert set(tags) == {"养老服务"}
    assert tags["养老服务"].articles == 3
    assert tags["养老服务"].aliases == ["养老"]


def test_merge_moves_articles_once_and_keeps_the_name_as_alias(engine, ids):
    work(engine, lambda s: bulk_tag(s, ids[:3], "人工智能", "topic"))
    work(engine, lambda s: bulk_tag(s, ids[2:5], "AI技术", "topic"))
    keep = read(engine, lambda s: find_id(s, "人工智能"))
    merge = read(engine, lambda s: find_id(s, "AI技术"))
    work(engine, lambda s: set_aliases(s, merge, ["智能技术"]))
    work(engine, lambda s: merge_tags(s, keep, merge))
    tags = by_name(engine)
    assert set(tags) == {"人工智能"}
    assert tags["人工智能"].articles == 5
    assert tags["人工智能"].aliases == ["AI技术", "智能技术"]
    pairs = read(engine, lambda s: s.scalar(select(func.count()).select_from(ArticleTag)))
    assert pairs == 5
    with pytest.raises(ValueError):
        work(engine, lambda s: merge_tags(s, keep, keep))


def test_set_aliases_replaces_and_refuses_another_tags_alias(engine, ids):
    work(engine, lambda s: add_tag(s, ids[1], "人工智能", "topic"))
    work(engine, lambda s: add_tag(s, ids[2], "国家安全", "topic"))
    ai = read(engine, lambda s: find_id(s, "人工智能"))
    security = read(engine, lambda s: find_id(s, "国家安全"))
    work(engine, lambda s: set_aliases(s, ai, ["AI", "人工智慧", "AI", "人工智能"]))
    assert by_name(engine)["人工智能"].aliases == ["AI", "人工智慧"]
    work(engine, lambda s: set_aliases(s, ai, ["AI"]))
    assert by_name(engine)["人工智能"].aliases == ["AI"]
    with pytest.raises(ValueError, match="别名“AI”已属于标签“人工智能”") as caught:
        work(engine, lambda s: set_aliases(s, security, ["国安", "AI"]))
    assert "\n" not in str(caught.value)
    with pytest.raises(ValueError):
        work(engine, lambda s: set_aliases(s, security, ["人工智能"]))
    assert by_name(engine)["国家安全"].aliases == []  # nothing half done
    assert read(engine, lambda s: s.scalar(select(func.count()).select_from(TagAlias))) == 1


def test_split_aliases_takes_chinese_and_latin_separators():
    assert split_aliases("AI、A.I.，人工智慧, 智能;;") == ["AI", "A.I.", "人工智慧", "智能"]


def test_vocabulary_terms_feed_the_tagger(engine, ids):
    def setup(s):
        add_tag(s, ids[6], "河西区人民法院", "org")
        set_aliases(s, find_id(s, "河西区人民法院"), ["河西区法院"])

    work(engine, setup)
    terms = read(engine, vocabulary_terms)
    assert [(t.name, t.kind, t.aliases) for t in terms] == [
        ("河西区人民法院", "org", ("河西区法院",))
    ]
    with Session(engine) as s:
        article = s.get(Article, ids[6])
        headline, paragraphs = article.headline, article.paragraphs
    tags = [t.tag for t in Tagger(terms).suggest(headline, paragraphs)]
    assert "河西区人民法院" in tags and "河西区法院" not in tags


def test_archive_texts_are_headline_and_body_newest_first(engine):
    texts = read(engine, archive_texts)
    assert len(texts) == 10
    assert any(t.startswith("河西区推动全区养老服务高质量发展\n") for t in texts)
    assert any("适老化" in t for t in texts)
    assert len(read(engine, lambda s: archive_texts(s, limit=3))) == 3
