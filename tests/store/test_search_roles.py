"""Archive search in a shared newsroom on PostgreSQL: a correspondent's login finds only
their own copy, and the database refuses their reading or writing anyone else's entries."""

from __future__ import annotations

import json

import pytest

from tests.store import test_database_roles
from tests.store.test_database_roles import as_login, cli, name, psql

#: The shared newsroom of test_database_roles: an admin, two correspondents with a draft
#: each, two editors, a chief editor and layout staff, each their own login.
newsroom = test_database_roles.newsroom


def found(capsys, monkeypatch, login, url, *query):
    code, out, err = cli(capsys, monkeypatch, login, "search", "--json", *query, db_url=url)
    assert code == 0, err
    return [item["id"] for item in json.loads(out)]


def test_a_correspondent_login_searches_only_their_own_copy(newsroom, capsys, monkeypatch):
    url, drafts = newsroom["url"], newsroom["drafts"]
    wan = name("wan")
    assert found(capsys, monkeypatch, wan, url, "近日") == [drafts["wan"]]
    assert found(capsys, monkeypatch, wan, url, "口袋公园") == []
    # The correspondents' drafts are theirs until submitted: not found at the desk either.
    assert found(capsys, monkeypatch, name("ed1"), url, "近日") == []
    done = psql(url, wan, f"SELECT newsroom_transition({drafts['wan']}, 'submit')")
    assert done.returncode == 0, done.stderr
    assert found(capsys, monkeypatch, name("ed1"), url, "近日") == [drafts["wan"]]
    # Not through the desk either: the index's rows are the article's.
    result = psql(url, wan, "SELECT article_id FROM article_search ORDER BY 1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [str(drafts["wan"])]


def test_the_database_refuses_a_correspondent_writing_anothers_index_entry(newsroom):
    import psycopg

    url, drafts = newsroom["url"], newsroom["drafts"]
    with as_login(url, name("wan")) as connection:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(
                "INSERT INTO article_search (article_id, doc) VALUES (%s, 'x')", (drafts["zhao"],)
            )
        changed = connection.execute(
            "UPDATE article_search SET doc = 'x' WHERE article_id = %s", (drafts["zhao"],)
        )
        assert changed.rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("SELECT count(*) FROM replace_operation")
    with as_login(url, name("lay")) as connection:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(
                "UPDATE article_search SET doc = 'x' WHERE article_id = %s", (drafts["wan"],)
            )


def test_replace_is_the_desks_and_each_change_is_the_logins_revision(newsroom, capsys, monkeypatch):
    url, drafts = newsroom["url"], newsroom["drafts"]
    code, _, err = cli(capsys, monkeypatch, name("wan"), "replace", "近日", "日前", db_url=url)
    assert code == 2 and "编辑和总编" in err
    code, _, err = cli(capsys, monkeypatch, name("ed1"), "replace", "近日", "日前",
                       "--include-signed", db_url=url)  # fmt: skip
    assert code == 2 and "只有总编" in err
    # Drafts are the correspondents' until submitted: the desk's replace reaches them after.
    for who, draft in drafts.items():
        done = psql(url, name(who), f"SELECT newsroom_transition({draft}, 'submit')")
        assert done.returncode == 0, done.stderr
    code, out, err = cli(capsys, monkeypatch, name("ed1"), "replace", "近日", "日前", "--json",
                         db_url=url)  # fmt: skip
    assert code == 0, err
    applied = json.loads(out)
    assert sorted(a["id"] for a in applied["articles"]) == sorted(drafts.values())
    result = psql(url, name("chief"), "SELECT author, note FROM revision WHERE note LIKE '批量%'")
    assert result.stdout.split("\n")[0].startswith("编辑甲|批量替换 #")
    assert found(capsys, monkeypatch, name("wan"), url, "日前") == [drafts["wan"]]
    code, out, err = cli(capsys, monkeypatch, name("chief"), "replace", "--undo",
                         applied["operation"], db_url=url)  # fmt: skip
    assert code == 0, err
    assert found(capsys, monkeypatch, name("ed1"), url, "日前") == []
