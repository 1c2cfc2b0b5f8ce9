"""A shared newsroom in the window: logging in, a correspondent's seat, conflicts, locks, inbox."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from newsroom.settings import Settings
from newsroom.store import accounts
from newsroom.store.db import open_database
from newsroom.ui.conflict_dialog import KEEP_MINE, KEEP_THEIRS, MERGE, ConflictDialog
from newsroom.ui.login_dialog import AccountsDialog, LoginDialog
from newsroom.ui.main_window import MainWindow
from tests.ui.helpers import open_window, select_row, type_text

PASSWORD = "secret-123"


@pytest.fixture
def shared(db_path, seed_path):
    from newsroom.importer import import_files

    engine = open_database(db_path)
    import_files(engine, [seed_path])
    with Session(engine) as session, session.begin():
        for username, role, name in (
            ("wan", "correspondent", "万彤"),
            ("ed1", "editor", "编辑甲"),
            ("ed2", "editor", "编辑乙"),
        ):
            accounts.create_account(session, username, PASSWORD, role, name)
    return engine


def seat(qtbot, engine, username: str) -> MainWindow:
    with Session(engine) as session:
        identity = accounts.authenticate(session, username, PASSWORD)
    window = MainWindow(engine, Settings(), identity)
    qtbot.addWidget(window)
    window.show()
    return window


def test_login_dialog(qtbot, shared):
    dialog = LoginDialog(shared, "newsroom.db")
    qtbot.addWidget(dialog)
    dialog.username.setText("ed1")
    dialog.password.setText("wrong")
    assert not dialog.try_login() and "不对" in dialog.message.text()
    dialog.password.setText(PASSWORD)
    assert dialog.try_login() and dialog.identity.name == "编辑甲"


def test_a_correspondents_seat_shows_only_their_drafts(qtbot, shared):
    window = seat(qtbot, shared, "wan")
    assert window.model.rowCount() == 0  # the desk's copy is not theirs
    window.new_action.trigger()
    assert window.model.rowCount() == 1
    window.editor.headline.setText("社区邻里节")
    window.editor.body.setPlainText("近日，社区举办邻里节。")
    assert window.editor.save()
    offered = {a.value for a in window.editor.action_buttons if a}
    assert offered == {"submit"}
    window.editor.action_buttons[
        next(a for a in window.editor.action_buttons if a and a.value == "submit")
    ].click()
    assert window.editor.status_label.text() == "已提交"
    assert window.editor.read_only and window.editor.body.isReadOnly()
    assert "只读" in window.editor.notice.text()


def test_the_editor_sees_the_submission_appear(qtbot, shared):
    editor_seat = seat(qtbot, shared, "ed1")
    before = editor_seat.model.rowCount()
    editor_seat.poll()  # remembers how things stand
    correspondent = seat(qtbot, shared, "wan")
    correspondent.new_action.trigger()
    correspondent.editor.headline.setText("新来稿")
    correspondent.editor.body.setPlainText("正文。")
    correspondent.editor.save()
    correspondent.editor.perform(
        next(a for a in correspondent.editor.action_buttons if a and a.value == "submit")
    )
    assert editor_seat.poll()
    assert editor_seat.model.rowCount() == before + 1
    assert "待初审 11" in editor_seat.inbox_label.text()


def two_desks_on_one_article(qtbot, shared):
    first, second = seat(qtbot, shared, "ed1"), seat(qtbot, shared, "ed2")
    select_row(first, 0)
    select_row(second, 0)
    return first, second


def test_a_second_desk_is_shown_who_is_editing(qtbot, shared):
    first, second = two_desks_on_one_article(qtbot, shared)
    assert "编辑甲" in second.editor.notice.text() and second.editor.notice.isVisibleTo(second)
    second.reload()
    assert second.proxy.index(0, 1).data().startswith("✎编辑甲")
    assert not first.proxy.index(0, 1).data().startswith("✎")


@pytest.mark.parametrize("choice", [KEEP_MINE, KEEP_THEIRS, MERGE])
def test_a_conflicting_save_offers_both_versions_and_loses_nothing(
    qtbot, shared, monkeypatch, choice
):
    first, second = two_desks_on_one_article(qtbot, shared)
    article_id = first.editor.article_id
    first.editor.headline.setText("甲改的主题")
    assert first.editor.save()
    second.editor.body.setFocus()
    type_text(second.editor.body, "乙加的一句。")
    mine = second.editor.body.toPlainText()
    shown = {}

    def choose(dialog):
        shown["theirs"] = dialog.theirs_view.toPlainText()
        shown["mine"] = dialog.mine_view.toPlainText()
        dialog.choose(choice)
        return 1

    monkeypatch.setattr(ConflictDialog, "exec", choose)
    second.editor.save()
    assert "甲改的主题" in shown["theirs"] and "乙加的一句。" in shown["mine"]
    revisions = second.desk.revisions(article_id)
    texts = [r.snapshot["headline"] + "".join(r.snapshot["paragraphs"]) for r in revisions]
    assert any("甲改的主题" in t for t in texts)
    assert any("乙加的一句。" in t for t in texts)  # nothing anyone typed is lost
    current = second.desk.load(article_id).content
    if choice == KEEP_MINE:
        assert "乙加的一句。" in "".join(current.paragraphs)
    elif choice == KEEP_THEIRS:
        assert current.headline == "甲改的主题" and not second.editor.is_dirty()
    else:
        assert second.editor.is_dirty() and second.editor.body.toPlainText() == mine
        assert second.editor.save()  # the merge by hand saves at their version


def test_the_audit_log_shows_who_did_what(qtbot, shared):
    window = seat(qtbot, shared, "ed1")
    select_row(window, 0)
    window.editor.perform(
        next(a for a in window.editor.action_buttons if a and a.value == "first_review")
    )
    assert "编辑甲" in window.history.events.toPlainText()
    assert "初审通过" in window.history.events.toPlainText()


def test_the_administrator_adds_an_account(qtbot, shared):
    dialog = AccountsDialog(shared)
    qtbot.addWidget(dialog)
    dialog.username.setText("chief")
    dialog.display_name.setText("总编")
    dialog.password.setText(PASSWORD)
    dialog.role.setCurrentIndex(dialog.role.findData("chief_editor"))
    assert dialog.add_account()
    assert dialog.model.rowCount() == 4
    with Session(shared) as session:
        assert accounts.authenticate(session, "chief", PASSWORD).role == "chief_editor"


def test_a_single_user_desk_has_no_login(qtbot, db_path, seed_path):
    window = open_window(qtbot, db_path, seed=seed_path)
    assert window.desk.identity is None and window.model.rowCount() == 10


def test_a_correspondents_import_at_the_desk_is_their_own_draft(qtbot, shared, tmp_path):
    from newsroom.store.models import Article

    draft = tmp_path / "邻里节.txt"
    draft.write_text("社区举办邻里节\n\n近日，社区举办邻里节，居民们欢聚一堂。\n", encoding="utf-8")
    window = seat(qtbot, shared, "wan")
    assert window.model.rowCount() == 0
    window.import_paths([str(draft)], wait=True)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10000)
    with Session(shared) as session:
        article = session.query(Article).filter(Article.headline == "社区举办邻里节").one()
        wan = accounts.authenticate(session, "wan", PASSWORD)
        assert (article.owner_id, article.status, article.page_id) == (
            wan.account_id,
            "draft",
            None,
        )
    # ... which they may edit and submit.
    assert window.desk.can_edit("draft", wan.account_id)
