"""The roster and the words to avoid in a shared newsroom: every role reads them (everyone
proofreads), only the desk changes them — refused by the database itself."""

from __future__ import annotations

from tests.store import test_database_roles as roles
from tests.store.test_database_roles import PASSWORDS, cli, name, psql

newsroom = roles.newsroom  # the shared newsroom of that module's tests: its logins and drafts


def test_only_the_desk_keeps_the_roster_and_words(newsroom, capsys, monkeypatch, tmp_path):
    url = newsroom["url"]
    insert = (
        "INSERT INTO roster_entry (name, post, unit, since, until, rank, created_at) "
        "VALUES ('甲乙', '区长', '', NULL, NULL, 1, now())"
    )
    for login in (name("wan"), name("lay")):
        done = psql(url, login, insert)
        assert done.returncode != 0 and "permission denied" in done.stderr, login
        done = psql(url, login, "DELETE FROM avoid_word")
        assert done.returncode != 0 and "permission denied" in done.stderr, login
        done = psql(url, login, "SELECT count(*) > 0 FROM avoid_word")
        assert done.stdout.strip() == "t", done.stderr  # they proofread with the list
    done = psql(url, name("ed1"), insert)
    assert done.returncode == 0, done.stderr
    path = tmp_path / "roster.csv"
    path.write_text("name,post\n丙丁,书记\n", encoding="utf-8")
    code, _, err = cli(capsys, monkeypatch, name("wan"), "roster", "import", path, db_url=url)
    assert code == 2 and "only editors" in err
    code, out, err = cli(capsys, monkeypatch, name("chief"), "roster", "import", path, db_url=url)
    assert code == 0, err
    code, out, _ = cli(capsys, monkeypatch, name("wan"), "roster", "export", db_url=url)
    assert code == 0 and "甲乙" in out and "丙丁" in out
    assert PASSWORDS  # the logins the fixture made


def test_a_newsroom_at_0005_is_upgraded_with_the_starter_words(db_url):
    from alembic import command
    from sqlalchemy import inspect, text

    from newsroom.store import db as store_db

    engine = store_db.create_db_engine(db_url)
    config = store_db.alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
    assert "roster_entry" not in inspect(engine).get_table_names()
    engine.dispose()
    engine = store_db.open_database(db_url)
    assert store_db.current_revision(engine) == store_db.SCHEMA_HEAD
    with engine.connect() as connection:
        words = connection.execute(text("SELECT count(*) FROM avoid_word")).scalar()
        posts = connection.execute(text("SELECT count(*) FROM roster_entry")).scalar()
    assert words > 20 and posts == 0


def test_a_correspondent_reads_learned_rules_but_not_the_desks_sentences(newsroom):
    url = newsroom["url"]
    done = psql(url, name("ed1"), "INSERT INTO learned_rule (wrong, \"right\", example, status, "
                "anywhere, seen, fired, created_at) VALUES ('一直好评', '一致好评', "
                "'某稿：群众一致好评。', 'accepted', false, 1, 0, now())")  # fmt: skip
    assert done.returncode == 0, done.stderr
    wan = name("wan")
    done = psql(url, wan, 'SELECT wrong, "right", anywhere FROM learned_rule')
    assert done.stdout.strip() == "一直好评|一致好评|f", done.stderr
    done = psql(url, wan, "SELECT example FROM learned_rule")
    assert done.returncode != 0 and "permission denied" in done.stderr
    done = psql(url, wan, "UPDATE learned_rule SET status = 'dismissed'")
    assert done.returncode != 0 and "permission denied" in done.stderr
