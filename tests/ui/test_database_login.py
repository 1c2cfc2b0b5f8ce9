"""The window at a shared newsroom on PostgreSQL: the person is their own database login."""

from __future__ import annotations

import pytest

from newsroom.settings import Settings
from tests.store.test_database_roles import PASSWORDS, add_account, login_url, name


def test_the_window_connects_as_the_person_and_asks_for_a_missing_password(
    pg_url, capsys, monkeypatch, dialogs, qtbot, tmp_path
):
    from newsroom.ui import app
    from newsroom.ui.login_dialog import LoginDialog

    add_account(capsys, monkeypatch, pg_url, None, name("boss"), "admin", "管理员")
    add_account(capsys, monkeypatch, pg_url, name("boss"), name("wan"), "correspondent", "万彤")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    dialogs.text = (PASSWORDS[name("wan")], True)  # what the person types when asked
    monkeypatch.setattr(
        LoginDialog, "exec", lambda self: pytest.fail("a database login needs no desk login")
    )
    opened = app._open_then_import(login_url(pg_url, name("wan")), [], Settings())
    window, error = opened
    qtbot.addWidget(window)
    assert error is None
    assert window.desk.identity.role == "correspondent" and window.desk.identity.database_login
    assert window.desk.identity.name == "万彤"


def test_an_editors_window_moves_copy_through_the_databases_workflow(
    pg_url, capsys, monkeypatch, qtbot, seed_path
):
    from newsroom.cli import main
    from newsroom.ui import app
    from newsroom.ui.desk import DeskError

    add_account(capsys, monkeypatch, pg_url, None, name("boss"), "admin", "管理员")
    for base, role, display in (("ed1", "editor", "编辑甲"), ("chief", "chief_editor", "总编")):
        add_account(capsys, monkeypatch, pg_url, name("boss"), name(base), role, display)
    monkeypatch.setenv("PGPASSWORD", PASSWORDS[name("ed1")])
    assert main(["import", str(seed_path), "--db", login_url(pg_url, name("ed1"))]) == 0
    window, error = app._open_then_import(login_url(pg_url, name("ed1")), [], Settings())
    qtbot.addWidget(window)
    assert error is None and window.desk.identity.role == "editor"
    article_id = window.proxy.index(0, 0).data(0x0100)
    assert window.desk.transition(article_id, "first_review") == "first_review"
    with pytest.raises(DeskError, match="两个审级"):
        window.desk.transition(article_id, "second_review")
    with pytest.raises(DeskError):
        window.desk.transition(article_id, "sign_off")  # the chief editor's, not theirs


def test_two_database_logins_follow_each_other_through_notifications(
    pg_url, capsys, monkeypatch, qtbot
):
    """A correspondent and an editor, each their own login at their own window: the draft is
    the correspondent's alone until submitted; the editor's return, with its note, reaches
    the correspondent's open editor through LISTEN/NOTIFY, without the poll."""
    from sqlalchemy.orm import Session

    from newsroom.store.accounts import connected_as
    from newsroom.store.db import open_database
    from newsroom.ui.main_window import MainWindow

    add_account(capsys, monkeypatch, pg_url, None, name("boss"), "admin", "管理员")
    add_account(capsys, monkeypatch, pg_url, name("boss"), name("wan"), "correspondent", "万彤")
    add_account(capsys, monkeypatch, pg_url, name("boss"), name("ed1"), "editor", "编辑甲")
    monkeypatch.delenv("PGPASSWORD", raising=False)

    def seat(login: str) -> MainWindow:
        engine = open_database(login_url(pg_url, login), password=PASSWORDS[login])
        with Session(engine) as session:
            identity, _owner = connected_as(session)
        window = MainWindow(engine, Settings(), identity)
        qtbot.addWidget(window)
        window.show()
        window.poll_timer.stop()  # only the database's word may bring the changes
        return window

    wan, ed1 = seat(name("wan")), seat(name("ed1"))
    assert ed1.live.listening and wan.live.listening
    wan.new_action.trigger()
    wan.editor.headline.setText("社区邻里节")
    wan.editor.body.setPlainText("近日，社区举办邻里节。")
    assert wan.editor.save()
    qtbot.wait(500)
    assert ed1.model.rowCount() == 0  # a draft is private until submitted
    submit = next(a for a in wan.editor.action_buttons if a and a.value == "submit")
    assert wan.editor.perform(submit)
    qtbot.waitUntil(lambda: ed1.model.rowCount() == 1, timeout=5000)
    article_id = wan.editor.article_id
    assert ed1.select_article(article_id)
    assert ed1.editor.article_id == article_id and ed1.editor.status == "submitted"
    ed1.desk.transition(article_id, "return", "请补充活动时间")
    qtbot.waitUntil(lambda: wan.editor.status == "returned", timeout=5000)
    assert not wan.editor.body.isReadOnly()
    assert "请补充活动时间" in wan.editor.notice.text()
    # The correspondent's fix reaches the editor's open copy the same way.
    wan.editor.body.setPlainText("近日，社区举办邻里节，两百余位居民参加。")
    assert wan.editor.save()
    qtbot.waitUntil(lambda: "两百余位" in ed1.editor.body.toPlainText(), timeout=5000)
