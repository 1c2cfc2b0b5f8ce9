"""The 三校 record: three passes at most, never by the article's writer — in the store, from
the command line, and on PostgreSQL by the database itself."""

from __future__ import annotations

import pytest

from newsroom.cli import main
from newsroom.store import proofpass
from newsroom.store.db import open_database, transaction
from newsroom.workflow import WorkflowError, proof_pass_refusal
from tests.store import test_database_roles as roles
from tests.store.test_database_roles import cli, name, psql

newsroom = roles.newsroom


def test_the_rule_itself():
    assert proof_pass_refusal("校对甲", {"孙悦"}, 0) is None
    assert "作者" in proof_pass_refusal("孙悦", {"孙悦", "高洁"}, 0)
    assert "三校" in proof_pass_refusal("校对甲", set(), 3)
    assert proof_pass_refusal("校对甲", set(), 0, "layout") is not None


def test_three_passes_by_others_than_the_writer(capsys, db_url, seed_path):
    assert main(["import", str(seed_path), "--db", db_url]) == 0
    engine = open_database(db_url)
    with transaction(engine) as session:
        article = proofpass.load_article(session, 2)
        writer = sorted(proofpass.writers(session, article))[0]
        with pytest.raises(WorkflowError):
            proofpass.record_pass(session, 2, proofreader=writer)
    capsys.readouterr()
    for who, label in (("校对甲", "一校"), ("校对乙", "二校"), ("校对甲", "三校")):
        code = main(["proofpass", "2", "--name", who, "--resolved", "3", "--db", db_url])
        out, err = capsys.readouterr()
        assert code == 0 and f"{label} by {who}" in out, err
    code = main(["proofpass", "2", "--name", "校对丙", "--db", db_url])
    assert code == 2 and "三校已完成" in capsys.readouterr().err
    with transaction(engine) as session:
        rows = proofpass.passes(session, 2)
    assert [(r.label, r.proofreader, r.resolved) for r in rows] == [
        ("一校", "校对甲", 3), ("二校", "校对乙", 3), ("三校", "校对甲", 3),
    ]  # fmt: skip


def test_the_database_keeps_the_record(newsroom, capsys, monkeypatch):
    url, draft = newsroom["url"], newsroom["drafts"]["wan"]
    # The correspondent's draft: 万彤 wrote it (byline and owner).
    for sql in (
        f"INSERT INTO proof_pass (article_id, number, proofreader, resolved, ignored, open, "
        f"created_at) VALUES ({draft}, 1, 'x', 0, 0, 0, now())",
        f"SELECT newsroom_proof_pass({draft})",
    ):
        done = psql(url, name("wan"), sql)
        assert done.returncode != 0, sql
    done = psql(
        url,
        name("ed1"),
        f"INSERT INTO proof_pass (article_id, number, proofreader, "
        f"resolved, ignored, open, created_at) VALUES ({draft}, 1, 'x', 0, 0, 0, now())",
    )
    assert done.returncode != 0 and "permission denied" in done.stderr  # fmt: skip
    # Proofreading comes after submission: until then the draft is the correspondent's alone.
    code, out, err = cli(capsys, monkeypatch, name("ed1"), "proofpass", draft, db_url=url)
    assert code == 2
    done = psql(url, name("wan"), f"SELECT newsroom_transition({draft}, 'submit')")
    assert done.returncode == 0, done.stderr
    code, out, err = cli(capsys, monkeypatch, name("ed1"), "proofpass", draft, db_url=url)
    assert code == 0 and "一校 by 编辑甲" in out, err
    done = psql(url, name("wan"), f"SELECT number, proofreader FROM proof_pass "
                                  f"WHERE article_id = {draft}")  # fmt: skip
    assert done.stdout.strip() == "1|编辑甲"  # the writer sees the record of their copy
    theirs = newsroom["drafts"]["zhao"]
    done = psql(url, name("wan"), f"SELECT count(*) FROM proof_pass WHERE article_id = {theirs}")
    assert done.stdout.strip() == "0"


def test_sign_off_waits_for_three_passes_when_the_newsroom_says_so(capsys, db_url, seed_path):
    assert main(["import", str(seed_path), "--db", db_url]) == 0
    for who, action in (("甲", "first_review"), ("乙", "second_review"), ("丙", "final_review")):
        assert main(["review", "3", action, "--as", who, "--db", db_url]) == 0
    assert main(["proofpass", "--require-three", "on", "--db", db_url]) == 0
    assert main(["proofpass", "3", "--name", "校对甲", "--db", db_url]) == 0
    capsys.readouterr()
    assert main(["review", "3", "sign_off", "--as", "总编", "--db", db_url]) == 2
    assert "三校后签发" in capsys.readouterr().err
    for who in ("校对乙", "校对丙"):
        assert main(["proofpass", "3", "--name", who, "--db", db_url]) == 0
    assert main(["review", "3", "sign_off", "--as", "总编", "--db", db_url]) == 0


def test_the_database_holds_signing_off_to_three_passes(newsroom, capsys, monkeypatch):
    url, draft = newsroom["url"], newsroom["drafts"]["zhao"]
    code, _, err = cli(capsys, monkeypatch, name("ed1"), "proofpass", "--require-three", "on",
                       db_url=url)  # fmt: skip
    assert code == 2 and "only a chief editor" in err
    done = psql(url, name("ed1"), "INSERT INTO newsroom_option VALUES ('three_passes', '0')")
    assert done.returncode != 0 and "permission denied" in done.stderr
    code, _, err = cli(capsys, monkeypatch, name("chief"), "proofpass", "--require-three", "on",
                       db_url=url)  # fmt: skip
    assert code == 0, err
    for login, action in (("zhao", "submit"), ("ed1", "first_review"), ("ed2", "second_review"),
                          ("chief", "final_review")):  # fmt: skip
        done = psql(url, name(login), f"SELECT newsroom_transition({draft}, '{action}')")
        assert done.returncode == 0, done.stderr
    done = psql(url, name("chief"), f"SELECT newsroom_transition({draft}, 'sign_off')")
    assert done.returncode != 0 and "三校后签发" in done.stderr
