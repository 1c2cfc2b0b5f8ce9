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
