"""Roles at a shared newsroom: each allowed and each forbidden action, window and CLI alike."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from newsroom.cli import main
from newsroom.store import accounts, editing
from newsroom.store.db import open_database
from newsroom.store.editing import ArticleContent
from newsroom.workflow import (
    ROLE_ACTIONS,
    Action,
    Role,
    WorkflowError,
    allowed_actions,
    can_edit,
    can_view,
)

PASSWORD = "secret-123"


@pytest.fixture
def newsroom(db_path):
    """A newsroom with one account of each role and one correspondent's draft."""
    engine = open_database(db_path)
    people = {}
    with Session(engine) as session, session.begin():
        for username, role, name in (
            ("wan", "correspondent", "万彤"),
            ("zhao", "correspondent", "赵钰真"),
            ("ed1", "editor", "编辑甲"),
            ("ed2", "editor", "编辑乙"),
            ("chief", "chief_editor", "总编"),
            ("lay", "layout", "美编"),
            ("root", "admin", "管理员"),
        ):
            account = accounts.create_account(session, username, PASSWORD, role, name)
            people[username] = accounts.Identity(name, role, account.id)
    with Session(engine) as session, session.begin():
        draft = editing.create_article(
            session,
            ArticleContent(headline="社区邻里节", paragraphs=["近日，社区举办邻里节。"]),
            author="万彤",
            identity=people["wan"],
        )
        draft_id = draft.id
    return engine, people, draft_id


def act(engine, article_id, action, who, note=""):
    with Session(engine) as session, session.begin():
        return editing.transition(
            session, article_id, action, actor=who.name, note=note, identity=who
        ).status


def save(engine, article_id, who, headline):
    with Session(engine) as session, session.begin():
        article = editing.load_article(session, article_id)
        content = editing.content_of(article)
        content.headline = headline
        editing.save_article(
            session,
            article_id,
            content,
            author=who.name,
            expected_version=article.version,
            identity=who,
        )


def test_passwords_are_hashed_and_checked(newsroom):
    engine, _people, _ = newsroom
    with Session(engine) as session:
        stored = [a.password_hash for a in accounts.list_accounts(session)]
        assert all(h.startswith("$argon2") and PASSWORD not in h for h in stored)
        assert accounts.authenticate(session, "wan", PASSWORD).role == "correspondent"
        assert accounts.authenticate(session, "wan", "wrong") is None
        assert accounts.authenticate(session, "nobody", PASSWORD) is None


def test_a_disabled_account_cannot_log_in(newsroom):
    engine, people, _ = newsroom
    with Session(engine) as session, session.begin():
        accounts.update_account(session, people["zhao"].account_id, active=False)
    with Session(engine) as session:
        assert accounts.authenticate(session, "zhao", PASSWORD) is None


def test_the_whole_way_with_each_role_doing_its_part(newsroom):
    engine, people, draft = newsroom
    save(engine, draft, people["wan"], "社区邻里节热闹非凡")  # the owner edits the draft
    assert act(engine, draft, Action.SUBMIT, people["wan"]) == "submitted"
    with pytest.raises(WorkflowError):  # submitted: no longer the correspondent's to edit
        save(engine, draft, people["wan"], "再改一次")
    assert act(engine, draft, Action.FIRST_REVIEW, people["ed1"]) == "first_review"
    assert act(engine, draft, Action.SECOND_REVIEW, people["ed2"]) == "second_review"
    with pytest.raises(WorkflowError):  # an editor may not do the final review
        act(engine, draft, Action.FINAL_REVIEW, people["ed1"])
    assert act(engine, draft, Action.FINAL_REVIEW, people["chief"]) == "final_review"
    with pytest.raises(WorkflowError):  # layout does not sign off
        act(engine, draft, Action.SIGN_OFF, people["lay"])
    assert act(engine, draft, Action.SIGN_OFF, people["chief"]) == "signed_off"
    with pytest.raises(WorkflowError):  # only layout lays out
        act(engine, draft, Action.LAY_OUT, people["chief"])
    assert act(engine, draft, Action.LAY_OUT, people["lay"]) == "laid_out"


def test_no_person_does_two_review_stages(newsroom):
    engine, people, draft = newsroom
    act(engine, draft, Action.SUBMIT, people["wan"])
    act(engine, draft, Action.FIRST_REVIEW, people["ed1"])
    with pytest.raises(WorkflowError, match="两个审级"):
        act(engine, draft, Action.SECOND_REVIEW, people["ed1"])


def test_returned_drafts_come_back_to_the_correspondent_with_the_note(newsroom):
    engine, people, draft = newsroom
    act(engine, draft, Action.SUBMIT, people["wan"])
    with pytest.raises(WorkflowError):
        act(engine, draft, Action.RETURN, people["ed1"])  # no note
    assert act(engine, draft, Action.RETURN, people["ed1"], "请补充时间地点") == "returned"
    save(engine, draft, people["wan"], "社区邻里节（修改稿）")  # theirs to edit again
    with Session(engine) as session:
        assert editing.history(session, draft)[-1].note == "请补充时间地点"


def test_a_correspondent_sees_and_touches_only_their_own(newsroom):
    engine, people, draft = newsroom
    with pytest.raises(WorkflowError):
        save(engine, draft, people["zhao"], "别人的稿子")
    with pytest.raises(WorkflowError):
        act(engine, draft, Action.SUBMIT, people["zhao"])
    assert not can_view("correspondent", people["zhao"].account_id, people["wan"].account_id)
    assert can_view("editor", people["ed1"].account_id, people["wan"].account_id)


@pytest.mark.parametrize("role", [r.value for r in Role])
def test_each_role_is_offered_only_its_actions(role):
    offered = set(allowed_actions("submitted", [], "某人", role))
    assert offered <= set(ROLE_ACTIONS[role])
    if role in ("editor", "chief_editor"):
        assert Action.FIRST_REVIEW in offered
    else:
        assert Action.FIRST_REVIEW not in offered


def test_layout_and_admin_read_but_do_not_write():
    for role in ("layout", "admin"):
        assert not can_edit(role, 1, None, "draft")
    assert can_edit("editor", 1, None, "signed_off")
    assert not can_edit("editor", 1, None, "laid_out")


def test_a_single_user_desk_needs_no_login(db_path, seed_path, capsys):
    assert main(["import", str(seed_path), "--db", str(db_path)]) == 0
    assert main(["review", "1", "first_review", "--db", str(db_path), "--as", "王编辑"]) == 0
    assert "初审" in capsys.readouterr().out


def test_the_command_line_logs_in_and_keeps_the_same_rules(newsroom, db_path, monkeypatch, capsys):
    _engine, _people, draft = newsroom
    monkeypatch.setenv("NEWSROOM_PASSWORD", PASSWORD)
    assert main(["review", str(draft), "submit", "--db", str(db_path)]) == 2
    assert "--user" in capsys.readouterr().err
    assert main(["review", str(draft), "submit", "--db", str(db_path), "--user", "wan"]) == 0
    code = main(["review", str(draft), "sign_off", "--db", str(db_path), "--user", "ed1"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    monkeypatch.setenv("NEWSROOM_PASSWORD", "wrong")
    assert main(["list", "--db", str(db_path), "--user", "ed1"]) == 2


def test_a_correspondent_lists_only_their_own(newsroom, db_path, seed_path, monkeypatch, capsys):
    import json

    _engine, _people, draft = newsroom
    monkeypatch.setenv("NEWSROOM_PASSWORD", PASSWORD)
    assert main(["import", str(seed_path), "--db", str(db_path), "--user", "ed1"]) == 0
    capsys.readouterr()
    main(["list", "--db", str(db_path), "--user", "wan", "--json"])
    mine = json.loads(capsys.readouterr().out)
    assert [a["id"] for a in mine] == [draft]
    main(["list", "--db", str(db_path), "--user", "ed1", "--json"])
    listed = [a["id"] for a in json.loads(capsys.readouterr().out)]
    assert len(listed) == 10 and draft not in listed  # their draft is theirs until submitted


def test_accounts_from_the_command_line(db_path, monkeypatch, capsys):
    monkeypatch.setenv("NEWSROOM_NEW_PASSWORD", PASSWORD)
    assert main(["account", "add", "root", "--role", "admin", "--db", str(db_path)]) == 0
    # Now the newsroom has accounts: changing them needs an administrator.
    monkeypatch.setenv("NEWSROOM_PASSWORD", PASSWORD)
    assert (
        main(
            [
                "account",
                "add",
                "wan",
                "--role",
                "correspondent",
                "--name",
                "万彤",
                "--db",
                str(db_path),
                "--user",
                "root",
            ]
        )
        == 0
    )
    assert (
        main(["account", "add", "x", "--role", "editor", "--db", str(db_path), "--user", "wan"])
        == 2
    )
    capsys.readouterr()
    assert main(["account", "list", "--db", str(db_path), "--user", "root"]) == 0
    out = capsys.readouterr().out
    assert "万彤" in out and "通讯员" in out
