"""The service layer: one door to the store for commands and window, on SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
import sys

import pytest

from newsroom import workflow
from newsroom.service import (
    DatabaseError,
    Invalid,
    LoginFailed,
    Newsroom,
    NotFound,
    Refused,
    ServiceError,
    Unavailable,
    describe_failure,
)
from newsroom.workflow import Role
from tests.service.conftest import PASSWORD, as_role, identity


def test_a_missing_database_is_unavailable_in_one_line(tmp_path):
    missing = tmp_path / "nowhere.db"
    with pytest.raises(Unavailable) as caught:
        Newsroom.open(missing)
    assert isinstance(caught.value, DatabaseError)  # what the window already catches
    assert str(caught.value) == f"{missing}: no such database (import copy to create one)"
    assert not caught.value.wants_password
    assert not missing.exists()


def test_a_correspondent_sees_only_their_own_copy(newsroom):
    room, draft = newsroom
    everything = room.articles.listing()
    assert draft in {a.id for a in everything} and len(everything) > 1
    for role in Role:
        seen = {a.id for a in as_role(room, role.value).articles.listing()}
        expected = {a.id for a in everything if workflow.can_view(role, None, a.owner_id)}
        expected.discard(draft)  # a correspondent's draft is theirs until submitted
        assert seen == expected
    wan = room.acting_as(identity(room, "u_wan"))
    assert [a.headline for a in wan.articles.listing()] == ["社区邻里节温暖人心"]
    assert wan.articles.text(draft) == "社区邻里节温暖人心\n近日，社区举办邻里节。"
    someone_elses = next(a.id for a in everything if a.id != draft)
    with pytest.raises(NotFound, match=f"article {someone_elses}: no such article"):
        wan.articles.text(someone_elses)
    with pytest.raises(NotFound, match="article 999999: no such article"):
        room.articles.text(999999)


@pytest.mark.parametrize("role", [r.value for r in Role])
def test_placing_copy_follows_workflow_py(newsroom, role):
    room, draft = newsroom
    who = as_role(room, role)
    if workflow.can_plan_pages(role):
        placed = who.pages.place(draft, 2)
        assert (placed.page, placed.position) == (2, 1)
        assert {a.id: a.page for a in room.articles.listing()}[draft] == 2
    else:
        with pytest.raises(Refused, match="your role does not plan pages"):
            who.pages.place(draft, 2)
        assert {a.id: a.page for a in room.articles.listing()}[draft] is None


@pytest.mark.parametrize("role", [r.value for r in Role])
def test_only_administrators_manage_accounts(newsroom, role):
    room, _ = newsroom
    who = as_role(room, role)
    if workflow.can_manage_accounts(role):
        who.accounts.add("u_new", PASSWORD, "editor", "新编辑")
        assert "u_new" in {a.username for a in who.accounts.list()}
    else:
        for attempt in (who.accounts.list, lambda: who.accounts.add("u_new", PASSWORD, "admin")):
            with pytest.raises(Refused, match="only an administrator may manage accounts"):
                attempt()
        assert "u_new" not in {a.username for a in room.accounts.list()}


def test_review_refusals_and_missing_copy_are_service_errors(newsroom):
    room, draft = newsroom
    wan = room.acting_as(identity(room, "u_wan"))
    assert wan.articles.review(draft, "submit", actor="万彤") == "submitted"
    with pytest.raises(Refused) as refused:
        wan.articles.review(draft, "first_review", actor="万彤")
    assert "无权" in str(refused.value) and isinstance(refused.value, PermissionError)
    with pytest.raises(NotFound):
        room.articles.review(999999, "submit", actor="某人")
    with pytest.raises(LoginFailed, match="u_wan: wrong user name or password"):
        room.authenticate("u_wan", "wrong")


def test_a_login_with_the_right_password(db_path):
    room = Newsroom.open(db_path, create=True)
    assert room.login_needed() is None  # no accounts: a single-user desk
    room.accounts.add("u_wan", PASSWORD, "correspondent", "万彤")
    assert room.login_needed() is True
    assert room.authenticate("U_WAN", PASSWORD).role == "correspondent"
    room.close()


def test_tags_and_vocabulary_through_the_door(newsroom):
    room, draft = newsroom
    room.tags.add(draft, "邻里节", "topic")
    assert room.tags.of(draft) == [("邻里节", "topic")]
    with pytest.raises(Invalid):
        room.tags.add(draft, "   ", "topic")
    with pytest.raises(NotFound):
        room.tags.add(999999, "邻里节", "topic")
    first = next(a.id for a in room.articles.listing() if a.id != draft)
    assert room.tags.add_to_all([draft, first], "社区", "topic") == 2
    rows = {t.name: t for t in room.tags.vocabulary()}
    assert rows["社区"].articles == 2
    room.tags.merge(rows["社区"].id, rows["邻里节"].id)
    merged = {t.name: t for t in room.tags.vocabulary()}
    assert "邻里节" not in merged and merged["社区"].aliases == ["邻里节"]


def test_proofreading_rules_and_a_page_for_the_proofreader(newsroom):
    room, draft = newsroom
    assert room.articles.page_of(draft) is None
    first = room.articles.listing()[0]
    page = room.articles.page_of(first.id)
    copies = room.articles.page_for_proofreading(page)
    on_page = [a for a in room.articles.listing() if a.page == first.page]
    assert [c.article_id for c in copies] == [a.id for a in on_page]
    assert copies[0].text == first.text and copies[0].ignored == frozenset()
    room.rules.ignore(first.id, "typo", "某词")
    room.rules.allow("某某")
    assert room.articles.page_for_proofreading(page)[0].ignored == {("typo", "某词")}
    assert "某某" in room.rules.rule_set().whitelist


def test_a_database_failure_leaves_as_one_line(newsroom):
    from sqlalchemy import text

    room, _ = newsroom
    with pytest.raises(Unavailable) as caught, room.reading() as session:
        session.execute(text("SELECT * FROM no_such_table"))
    # The same line the command line printed for it before there was a service.
    assert str(caught.value) == describe_failure(caught.value.__cause__)
    assert str(caught.value).startswith(("database error: ", "the database refused: "))
    assert "no_such_table" in str(caught.value) and "\n" not in str(caught.value)
    assert isinstance(caught.value, ServiceError)


def test_a_bug_is_not_dressed_up_as_a_message(newsroom):
    room, _ = newsroom
    with pytest.raises(ZeroDivisionError), room.reading():
        1 / 0  # noqa: B018


def test_the_service_loads_no_sqlalchemy_until_used():
    code = "import sys, newsroom.service; print('sqlalchemy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_too_many_wrong_passwords_make_the_name_wait(db_path):
    room = Newsroom.open(db_path, create=True)
    room.accounts.add("u_wan", PASSWORD, "correspondent", "万彤")
    for _ in range(5):
        with pytest.raises(LoginFailed) as wrong:
            room.authenticate("u_wan", "wrong")
        assert not wrong.value.must_wait
    with pytest.raises(LoginFailed) as waiting:
        room.authenticate("u_wan", PASSWORD)  # even the right one, until the wait is over
    assert waiting.value.must_wait and "秒后再试" in str(waiting.value)
    assert [f.username for f in room.accounts.failures()] == ["u_wan"] * 5
    room.close()


def test_the_window_and_the_command_line_say_the_same_line(db_path, capsys, monkeypatch):
    """A refusal from the service is the command line's message and the window's."""
    from newsroom.cli import main

    room = Newsroom.open(db_path, create=True)
    room.accounts.add("u_lay", PASSWORD, "layout", "美编")
    layout = room.acting_as(identity(room, "u_lay"))
    with pytest.raises(Refused) as refused:
        layout.accounts.list()
    room.close()
    monkeypatch.setenv("NEWSROOM_PASSWORD", PASSWORD)
    code = main(["account", "list", "--db", str(db_path), "--user", "u_lay"])
    assert code == 2
    assert capsys.readouterr().err == f"newsroom: {refused.value}\n"


def test_the_page_plan_through_the_door(newsroom):
    room, draft = newsroom
    (edition,) = room.pages.editions()
    plan = room.pages.plan()
    assert plan == room.pages.plan(edition.id) and [p.number for p in plan] == [1]
    page = plan[0]
    order = [a.id for a in page.articles]
    assert len(order) > 2
    layout = room.pages.layout(page.id)
    assert (layout.number, len(layout.articles)) == (1, len(order))
    room.pages.arrange(page.id, order[::-1])
    assert [a.id for a in room.pages.plan()[0].articles] == order[::-1]
    assert room.pages.add_page(edition.id) == 2
    second = room.pages.plan()[1]
    room.pages.arrange(second.id, [draft])
    assert room.articles.page_of(draft) == second.id
    wan = as_role(room, "correspondent")
    assert [p.number for p in wan.pages.plan()] == [1, 2]  # reading the plan is no change
    for change in (lambda: wan.pages.arrange(page.id, order), lambda: wan.pages.add_page(1)):
        with pytest.raises(Refused):
            change()
    assert [a.id for a in room.pages.plan()[0].articles] == order[::-1]


def test_people_through_the_door(newsroom):
    room, _ = newsroom
    people = room.people.list()
    assert len(people) >= 2 and room.people.names() == sorted({p.name for p in people})
    first, second = people[0], people[1]
    room.people.update(
        first.id, name="改名者", default_role="记者", organisation="河西报", contact=""
    )
    renamed = {p.id: p for p in room.people.list()}[first.id]
    assert (renamed.name, renamed.organisation) == ("改名者", "河西报")
    with pytest.raises(Invalid):
        room.people.update(first.id, name=" ", default_role="", organisation="", contact="")
    room.people.merge(first.id, second.id)
    after = {p.id: p for p in room.people.list()}
    assert second.id not in after
    assert after[first.id].articles >= max(first.articles, second.articles)
