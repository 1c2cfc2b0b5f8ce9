"""The window's first screenful, read without SQLAlchemy, is the list's own first rows."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from newsroom.importer import import_files
from newsroom.ingest.model import ParsedByline, ParsedItem
from newsroom.store import accounts, listing, vocabulary
from newsroom.store import articles as repo
from newsroom.store import peek as peeking
from newsroom.store.db import open_database, resolve_db_url
from newsroom.store.listing import load_rows
from newsroom.store.peek import peek
from newsroom.store.values import SELECTED_FIELDS, ArticleRow


@pytest.fixture
def newsroom(tmp_path, seed_path):
    path = tmp_path / "desk.db"
    engine = open_database(path)
    import_files(engine, [seed_path])
    with Session(engine) as session, session.begin():
        drafts = repo.add_unplaced(
            session,
            [
                ParsedItem(
                    kind="photo",
                    paragraphs=["海棠盛开，" + "游人如织" * 20],
                    bylines=[ParsedByline("摄影", "李博"), ParsedByline("摄影", "王一")],
                ),
                ParsedItem(headline="未排版的稿件", paragraphs=["正文。"]),
            ],
        )
        vocabulary.add_tag(session, 2, "养老")
        vocabulary.add_tag(session, 2, "河西区", "place")
        vocabulary.add_tag(session, drafts[1].id, "社区")
        accounts.take_lock(session, 3, "编辑甲", "key")
    yield engine, resolve_db_url(path)
    engine.dispose()


@pytest.mark.parametrize("limit", [1, 4, 500])
def test_the_peek_is_the_lists_first_rows(newsroom, limit):
    engine, url = newsroom
    with Session(engine) as session:
        everything = load_rows(session)
    seen = peek(url, limit)
    assert seen is not None and not seen.has_accounts
    assert seen.rows == everything[:limit]
    assert seen.complete == (limit >= len(everything))
    assert seen.inbox == sum(row.status == "submitted" for row in everything) > 0
    if limit >= 2:
        assert seen.rows[1].tags
    if limit == 500:  # the articles on no page come last
        assert seen.rows[-2].bylines == [("摄影", "李博"), ("摄影", "王一")]
        assert seen.rows[-1].tags == ["社区"]
    if limit >= 3:
        assert seen.rows[2].editing_by == "编辑甲"


def test_both_readers_select_each_field_of_the_row_by_name():
    """A field added to ArticleRow without a default is missing from both readers until each
    says how it reads it; they read the fields in the row's own order."""
    assert set(listing.SELECTED) == set(peeking.SELECTED) == set(SELECTED_FIELDS)
    assert SELECTED_FIELDS == ArticleRow.__match_args__[: len(SELECTED_FIELDS)]
    assert {"bylines", "tags", "editing_by"}.isdisjoint(SELECTED_FIELDS)


def test_a_newsroom_with_accounts_is_said_so(newsroom):
    engine, url = newsroom
    with Session(engine) as session, session.begin():
        accounts.create_account(session, "chief", "secret-1", "chief_editor")
    assert peek(url, 10).has_accounts


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://u@localhost/x",
        "sqlite://",
        "sqlite:///:memory:",
        "sqlite:///{missing}",
    ],
)
def test_what_cannot_be_peeked_at_is_opened_the_usual_way(url, tmp_path):
    assert peek(url.format(missing=tmp_path / "none.db"), 10) is None
    assert not (tmp_path / "none.db").exists()


def test_an_older_schema_or_a_foreign_file_is_left_to_the_database(newsroom, tmp_path):
    engine, url = newsroom
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    assert peek(url, 10) is None
    junk = tmp_path / "notes.db"
    junk.write_bytes(b"not a database at all")
    assert peek(resolve_db_url(junk), 10) is None
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    assert peek(resolve_db_url(other), 10) is None
    assert junk.read_bytes() == b"not a database at all"
