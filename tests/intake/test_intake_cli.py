"""The issue's check on the command line: three mailed submissions, once."""

from __future__ import annotations

import json

from newsroom.cli import main
from newsroom.store.db import transaction
from newsroom.store.intake import list_inbox
from tests.intake.helpers import three_submissions, write_mbox


def articles(db_url, capsys) -> list[dict]:
    capsys.readouterr()
    assert main(["list", "--json", "--db", db_url]) == 0
    return json.loads(capsys.readouterr().out)


def test_three_messages_become_three_drafts_once(newsroom, db_url, tmp_path, capsys):
    box = write_mbox(tmp_path / "tougao.mbox", three_submissions())
    assert main(["intake", "--mbox", str(box), "--once", "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert "3 new, 3 drafts, 0 taken in before" in out
    assert "unknown sender, unassigned" in out

    stored = articles(db_url, capsys)
    assert len(stored) == 3
    by_headline = {a["headline"]: a for a in stored}
    first = by_headline["梅江街道开展垃圾分类宣传"]
    assert first["bylines"] == [{"role": "通讯员", "name": "万彤"}]
    assert first["status"] == "submitted" and first["page"] is None
    assert first["paragraphs"][0].startswith("4月17日")
    body = by_headline["区实验小学举办科技节"]
    assert body["bylines"] == [{"role": "通讯员", "name": "高洁"}]
    assert all("13800000000" not in p for p in body["paragraphs"])  # the signature is left out
    third = by_headline["社区义诊活动"]
    assert third["bylines"] == []
    assert third["paragraphs"] == [
        "4月15日，友谊路街道联合区医院开展义诊活动，为居民测量血压。",
        "活动持续了一上午， 服务居民200余人。",
    ]
    with transaction(newsroom) as session:
        inbox = {row.subject: row for row in list_inbox(session)}
    assert inbox["社区义诊活动"].person_id is None
    known = inbox["投稿：梅江街道开展垃圾分类宣传"]
    assert known.person == "万彤"
    assert known.attachments == ["梅江街道垃圾分类.docx", "现场.png"]

    # Again: nothing new.
    assert main(["intake", "--mbox", str(box), "--once", "--db", db_url]) == 0
    assert "0 new, 0 drafts, 3 taken in before" in capsys.readouterr().out
    assert len(articles(db_url, capsys)) == 3


def test_a_missing_mailbox_is_one_line_and_creates_no_database(tmp_path, capsys):
    db = tmp_path / "new.db"
    for option in ("--mbox", "--maildir", "--folder"):
        args = ["intake", option, str(tmp_path / "nothere"), "--once", "--db", str(db)]
        assert main(args) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "nothere: no such" in err
    (tmp_path / "file").write_text("x")
    assert main(["intake", "--maildir", str(tmp_path / "file"), "--once", "--db", str(db)]) == 2
    assert "not a folder" in capsys.readouterr().err
    assert not db.exists()
