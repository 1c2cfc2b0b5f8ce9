"""Where the database is, and Alembic keeping its schema at head."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from newsroom.store import db as store_db
from newsroom.store.models import Base
from newsroom.store.search_index import is_index_table


def test_db_path_becomes_sqlite_url(tmp_path):
    url = store_db.resolve_db_url(str(tmp_path / "desk.db"), environ={})
    assert url == f"sqlite:///{tmp_path / 'desk.db'}"


def test_url_is_taken_as_is():
    url = "postgresql+psycopg://desk@localhost/newsroom"
    assert store_db.resolve_db_url(url, environ={}) == url


def test_environment_then_default(tmp_path):
    assert (
        store_db.resolve_db_url(None, environ={"NEWSROOM_DB": str(tmp_path / "e.db")})
        == f"sqlite:///{tmp_path / 'e.db'}"
    )
    default = store_db.resolve_db_url(None, environ={})
    assert default.startswith("sqlite:///") and default.endswith("newsroom/newsroom.db")


def test_explicit_db_beats_environment(tmp_path):
    url = store_db.resolve_db_url(str(tmp_path / "a.db"), environ={"NEWSROOM_DB": "b.db"})
    assert url.endswith("/a.db")


def test_password_hidden_when_described():
    shown = store_db.describe_url("postgresql+psycopg://desk:secret@host/newsroom")
    assert "secret" not in shown and "host" in shown


def test_new_database_is_created_at_head(db_url):
    engine = store_db.open_database(db_url)
    assert store_db.current_revision(engine) == store_db.head_revision()
    tables = set(inspect(engine).get_table_names())
    assert {
        "edition",
        "page",
        "article",
        "person",
        "byline",
        "tag",
        "article_tag",
        "revision",
    } <= tables


def test_migrations_match_the_models(db_url):
    engine = store_db.open_database(db_url)
    with engine.connect() as connection:
        # The archive's full-text index has no model: FTS5 and tsvector are the databases' own.
        context = MigrationContext.configure(
            connection,
            opts={"include_name": lambda name, *_: not (name and is_index_table(name))},
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_old_empty_database_is_upgraded_on_open(db_path):
    sqlite3.connect(db_path).close()  # an empty file, as an old install might leave
    engine = store_db.open_database(db_path)
    assert "article" in inspect(engine).get_table_names()


def test_upgrade_from_an_empty_database_step_by_step(db_url):
    from alembic import command
    from alembic.script import ScriptDirectory

    engine = store_db.create_db_engine(db_url)
    assert inspect(engine).get_table_names() == []
    config = store_db.alembic_config(engine)
    revisions = [
        r.revision for r in ScriptDirectory.from_config(config).walk_revisions("base", "heads")
    ]
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        for revision in reversed(revisions):  # oldest first
            command.upgrade(config, revision)
        command.downgrade(config, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    engine = store_db.open_database(db_url)
    assert store_db.current_revision(engine) == store_db.SCHEMA_HEAD
    assert {"article", "revision", "attachment", "proof_ignore"} <= set(
        inspect(engine).get_table_names()
    )


def test_wal_and_foreign_keys_are_on(db_path):
    engine = store_db.open_database(db_path)
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_not_a_database_is_one_clear_line(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(store_db.DatabaseError) as info:
        store_db.open_database(bad)
    message = str(info.value)
    assert str(bad) in message and "\n" not in message


def test_default_database_lives_in_user_data(monkeypatch, _isolated_home):
    path = store_db.default_db_path()
    assert Path(path).is_relative_to(_isolated_home)


def test_schema_head_constant_is_the_newest_migration():
    assert store_db.SCHEMA_HEAD == store_db.head_revision()


def test_opening_a_current_database_does_not_load_alembic(db_url):
    import subprocess
    import sys

    store_db.open_database(db_url)
    code = (
        "import sys; from newsroom.store.db import open_database; "
        f"open_database({db_url!r}).dispose(); print('alembic' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


def test_an_unreachable_server_is_one_clear_line():
    url = "postgresql+psycopg://desk:secret@127.0.0.1:1/newsroom"  # nothing listens on port 1
    with pytest.raises(store_db.DatabaseError) as info:
        store_db.open_database(url)
    message = str(info.value)
    assert "127.0.0.1:1/newsroom" in message and "secret" not in message
    assert "\n" not in message


def test_names_that_differ_only_in_case_become_two_people_on_upgrade(db_url):
    """Before 0005, "Admin" and "admin" could both exist: the later one is renamed."""
    from alembic import command

    engine = store_db.create_db_engine(db_url)
    config = store_db.alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
        for name in ("Admin", "admin", "wan"):
            connection.execute(
                text(
                    "INSERT INTO account (username, display_name, role, password_hash, active, "
                    "created_at) VALUES (:u, :u, 'editor', '', true, CURRENT_TIMESTAMP)"
                ),
                {"u": name},
            )
    engine.dispose()
    engine = store_db.open_database(db_url)
    with engine.connect() as connection:
        names = connection.execute(text("SELECT username FROM account ORDER BY id")).scalars()
        assert list(names) == ["Admin", "admin-2", "wan"]
