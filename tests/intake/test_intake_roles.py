"""A shared newsroom on PostgreSQL: editors take in mail and keep addresses; a correspondent
reads neither the inbox nor anyone's e-mail or phone, and gets their mailed draft."""

from __future__ import annotations

import json

from tests.intake.helpers import three_submissions, write_mbox
from tests.store.test_database_roles import add_account, cli, name, psql


def test_roles_of_the_intake(pg_url, capsys, monkeypatch, tmp_path):
    monkeypatch.delenv("NEWSROOM_USER", raising=False)
    admin, wan, editor = name("boss"), name("wan"), name("ed1")
    add_account(capsys, monkeypatch, pg_url, None, admin, "admin", "管理员")
    add_account(capsys, monkeypatch, pg_url, admin, wan, "correspondent", "万彤")
    add_account(capsys, monkeypatch, pg_url, admin, editor, "editor", "编辑甲")
    people = tmp_path / "people.csv"
    people.write_text(
        "姓名,身份,单位,邮箱,电话\n万彤,通讯员,梅江街道,wantong@meijiang.example.cn,022-1234567\n",
        encoding="utf-8",
    )
    code, _, err = cli(capsys, monkeypatch, wan, "people", "import", people, db_url=pg_url)
    assert code == 2 and "only editors" in err
    code, out, err = cli(capsys, monkeypatch, editor, "people", "import", people, db_url=pg_url)
    assert code == 0 and "1 people added" in out, err

    box = write_mbox(tmp_path / "in.mbox", three_submissions())
    code, _, err = cli(capsys, monkeypatch, wan, "intake", "--mbox", box, "--once", db_url=pg_url)
    assert code == 2 and "only editors" in err
    code, out, err = cli(
        capsys, monkeypatch, editor, "intake", "--mbox", box, "--once", db_url=pg_url
    )
    assert code == 0 and "3 new, 3 drafts" in out, err

    # The correspondent's mailed draft is theirs: submitted, on their desk.
    code, out, err = cli(capsys, monkeypatch, wan, "list", "--json", db_url=pg_url)
    assert code == 0, err
    (mine,) = json.loads(out)
    assert mine["headline"] == "梅江街道开展垃圾分类宣传" and mine["status"] == "submitted"

    # The database, not the desk, keeps addresses and the inbox from them.
    assert psql(pg_url, wan, "SELECT name FROM person").returncode == 0
    for sql in (
        "SELECT email FROM person",
        "SELECT phone FROM person",
        "SELECT * FROM person",
        "SELECT sender FROM intake_message",
        "UPDATE intake_message SET person_id = NULL",
    ):
        done = psql(pg_url, wan, sql)
        assert done.returncode != 0 and "permission denied" in done.stderr, sql
    done = psql(pg_url, editor, "SELECT count(*) FROM intake_message WHERE person_id IS NULL")
    assert done.returncode == 0 and done.stdout.strip() == "2"
