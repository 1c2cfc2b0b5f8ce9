"""A correspondent's draft is theirs until submitted: listed for them as their own draft,
for nobody else — on PostgreSQL the database itself hides it from the editor's login."""

from __future__ import annotations

import json

from tests.store.test_database_roles import add_account, cli, name


def test_a_correspondents_imported_draft_stays_private_until_submitted(
    pg_url, capsys, monkeypatch, tmp_path
):
    add_account(capsys, monkeypatch, pg_url, None, name("boss"), "admin", "管理员")
    add_account(capsys, monkeypatch, pg_url, name("boss"), name("wan"), "correspondent", "万彤")
    add_account(capsys, monkeypatch, pg_url, name("boss"), name("ed1"), "editor", "编辑甲")
    draft = tmp_path / "社区来稿.txt"
    draft.write_text("社区举办邻里节\n\n通讯员 万彤\n\n近日，社区举办邻里节，居民踊跃参加。\n")
    code, out, err = cli(capsys, monkeypatch, name("wan"), "import", draft, db_url=pg_url)
    assert code == 0, err
    code, out, _ = cli(capsys, monkeypatch, name("wan"), "list", "--json", db_url=pg_url)
    (mine,) = json.loads(out)
    assert mine["status"] == "draft" and mine["page"] is None
    code, out, _ = cli(capsys, monkeypatch, name("ed1"), "list", "--json", db_url=pg_url)
    assert code == 0 and json.loads(out) == []
    # The editor cannot reach it by number either.
    code, _, err = cli(capsys, monkeypatch, name("ed1"), "review", mine["id"], "first_review",
                       db_url=pg_url)  # fmt: skip
    assert code == 2
    code, _, err = cli(capsys, monkeypatch, name("wan"), "review", mine["id"], "submit",
                       db_url=pg_url)  # fmt: skip
    assert code == 0, err
    code, out, _ = cli(capsys, monkeypatch, name("ed1"), "list", "--json", db_url=pg_url)
    (listed,) = json.loads(out)
    assert listed["id"] == mine["id"] and listed["status"] == "submitted"
