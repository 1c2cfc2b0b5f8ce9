"""The editor's desk driven as an editor would: import, edit, save, history, filters, workflow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from newsroom.ui.article_model import ArticleTableModel
from tests.ui.helpers import drain, open_window, select_row, type_text, visible_headlines

HEADLINE = ArticleTableModel.COLUMNS.index("headline")
STATUS = ArticleTableModel.COLUMNS.index("status")


@pytest.fixture
def desk(qtbot, db_path, seed_path):
    return open_window(qtbot, db_path, seed=seed_path)


def test_import_through_the_menu_runs_in_the_background(qtbot, db_path, seed_path, dialogs):
    window = open_window(qtbot, db_path)
    dialogs.open_files = [str(seed_path)]
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == 10, timeout=10000)
    assert "10" in window.count_label.text()


def test_import_by_dropping_files_on_the_window(qtbot, db_path, seed_path):
    window = open_window(qtbot, db_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(seed_path))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.model.rowCount() == 10, timeout=10000)


def test_a_picture_dropped_on_the_window_is_not_taken(qtbot, db_path, tmp_path):
    window = open_window(qtbot, db_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "photo.jpg"))])
    assert window._dropped_paths(mime) == []


def test_bad_file_shows_a_message_and_stores_nothing(qtbot, db_path, seed_path, tmp_path, dialogs):
    window = open_window(qtbot, db_path, seed=seed_path)
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"\x00\x01\x02" * 500)
    window.import_paths([str(bad)])
    qtbot.waitUntil(lambda: any(k == "warning" for k, _ in dialogs.messages), timeout=10000)
    assert str(bad) in dialogs.messages[-1][1]
    assert window.model.rowCount() == 10


def test_cancelled_import_rolls_back(qtbot, db_path, seed_path, tmp_path):
    window = open_window(qtbot, db_path)
    other = tmp_path / "page2.txt"
    other.write_text("另一版\n\n■ 记者 孙悦\n\n今天下雨了。\n", encoding="utf-8")
    worker = window.import_paths([str(seed_path), str(other)])
    worker.cancel()
    drain()
    qtbot.wait(50)
    window.reload()
    assert window.model.rowCount() in (0, 11)  # cancelled before or after: never half
    assert window.desk.rows() == [] or len(window.desk.rows()) == 11


def test_inline_headline_edit_is_saved(qtbot, desk):
    index = desk.proxy.index(0, HEADLINE)
    desk.table.setCurrentIndex(index)
    desk.table.edit(index)
    editor = next(e for e in desk.table.viewport().findChildren(QLineEdit) if e.isVisible())
    assert editor.text() == "河西区推动全区养老服务高质量发展"
    desk.raise_()
    desk.activateWindow()
    qtbot.waitActive(desk)
    editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)
    editor.selectAll()
    type_text(editor, "养老服务再上新台阶")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: "养老服务再上新台阶" in desk.proxy.index(0, HEADLINE).data())
    article_id = index.data(0x0100)
    assert len(desk.desk.revisions(article_id)) == 2
    assert desk.editor.headline.text() == "养老服务再上新台阶"


def test_typing_in_the_body_updates_the_character_count(qtbot, desk):
    select_row(desk, 2)
    before = desk.editor.chars_label.text()
    desk.editor.body.moveCursor(desk.editor.body.textCursor().MoveOperation.End)
    type_text(desk.editor.body, "新增五个字")
    assert desk.editor.chars_label.text() != before
    count = int(before.split("：")[1])
    assert desk.editor.chars_label.text() == f"字数：{count + 5}"
    assert desk.save_action.isEnabled()


def test_undo_takes_back_typing(qtbot, desk):
    select_row(desk, 2)
    original = desk.editor.body.toPlainText()
    desk.editor.body.setFocus()
    type_text(desk.editor.body, "多余")
    assert desk.editor.body.toPlainText() != original
    desk.undo_action.trigger()
    assert desk.editor.body.toPlainText() == original
    assert not desk.editor.is_dirty()


def test_ctrl_s_saves_a_revision(qtbot, desk):
    article_id = select_row(desk, 0)
    desk.editor.subheadline.setFocus()
    desk.editor.subheadline.clear()
    type_text(desk.editor.subheadline, "实施四项工程")
    qtbot.keyClick(desk.editor.subheadline, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not desk.editor.is_dirty()
    revisions = desk.desk.revisions(article_id)
    assert len(revisions) == 2
    assert revisions[-1].author == "王编辑"
    assert revisions[-1].snapshot["subheadline"] == "实施四项工程"
    assert desk.history.list_model.rowCount() == 2


def test_history_shows_a_character_diff(qtbot, desk):
    select_row(desk, 1)
    desk.editor.headline.setText(desk.editor.headline.text() + "成效显著")
    desk.editor.save()
    desk.history.list.setCurrentIndex(desk.history.list_model.index(0))
    assert "成效显著" in desk.history.after.toPlainText()
    assert "ccf0d0" in desk.history.after.toHtml()  # the insertion is marked


def test_restoring_an_old_revision_is_itself_a_revision(qtbot, desk):
    article_id = select_row(desk, 1)
    old_headline = desk.editor.headline.text()
    desk.editor.headline.setText("临时改动的主题")
    assert desk.editor.save()
    desk.history.list.setCurrentIndex(desk.history.list_model.index(1))  # the import
    assert desk.history.restore_button.isEnabled()
    desk.history.restore_button.click()
    assert desk.editor.headline.text() == old_headline
    revisions = desk.desk.revisions(article_id)
    assert len(revisions) == 3 and "恢复" in revisions[-1].note


def test_filter_by_headline_text(qtbot, desk):
    type_text(desk.filter_bar.text, "民营企业")
    assert visible_headlines(desk) == ["倾听企业心声 共话营商环境｜河西区民营企业座谈会召开"]
    assert "显示 1" in desk.count_label.text()


def test_filter_finds_words_in_the_body(qtbot, desk):
    type_text(desk.filter_bar.text, "海棠步道")
    qtbot.waitUntil(lambda: desk.proxy.rowCount() == 1, timeout=5000)
    type_text(desk.filter_bar.text, "X")  # no match anywhere
    qtbot.wait(400)
    drain()
    qtbot.wait(50)
    assert desk.proxy.rowCount() == 0
    desk.filter_bar.text.clear()
    type_text(desk.filter_bar.text, "适老化")  # only in the first article's body
    qtbot.waitUntil(lambda: desk.proxy.rowCount() == 1, timeout=5000)
    assert "养老" in visible_headlines(desk)[0]


def test_filter_by_status_and_person(qtbot, desk):
    select_row(desk, 0)
    desk.editor.action_buttons[
        next(a for a in desk.editor.action_buttons if a and a.value == "first_review")
    ].click()
    bar = desk.filter_bar
    bar.status.setCurrentIndex(bar.status.findData("first_review"))
    assert desk.proxy.rowCount() == 1
    bar.status.setCurrentIndex(0)
    type_text(bar.person, "张蔓芳")
    assert desk.proxy.rowCount() == 3
    type_text(bar.tag, "没有这个标签")
    assert desk.proxy.rowCount() == 0


def test_only_allowed_transitions_are_offered(qtbot, desk):
    select_row(desk, 0)
    offered = {a.value for a in desk.editor.action_buttons if a}
    assert offered == {"first_review", "return", "spike"}
    desk.editor.action_buttons[
        next(a for a in desk.editor.action_buttons if a and a.value == "first_review")
    ].click()
    assert desk.editor.status_label.text() == "初审"
    # The same person may not also do the second review.
    assert "second_review" not in {a.value for a in desk.editor.action_buttons if a}


def test_forbidden_status_in_the_list_is_refused(qtbot, desk, dialogs):
    index = desk.proxy.index(0, STATUS)
    assert not desk.proxy.setData(index, "signed_off")
    assert dialogs.messages and "不能" in dialogs.messages[-1][1]
    assert desk.proxy.index(0, STATUS).data() == "已提交"


def test_status_changed_in_the_list(qtbot, desk):
    index = desk.proxy.index(3, STATUS)
    assert desk.proxy.setData(index, "first_review")
    assert desk.proxy.index(3, STATUS).data() == "初审"


def test_returning_needs_a_note(qtbot, desk, dialogs):
    select_row(desk, 0)
    return_button = next(
        b for a, b in desk.editor.action_buttons.items() if a and a.value == "return"
    )
    dialogs.note = ("", True)
    return_button.click()
    assert desk.editor.status_label.text() == "已提交"
    dialogs.note = ("请补充采访对象的说法。", True)
    return_button = next(
        b for a, b in desk.editor.action_buttons.items() if a and a.value == "return"
    )
    return_button.click()
    assert desk.editor.status_label.text() == "退回"
    assert desk.desk.history(desk.editor.article_id)[-1].note == "请补充采访对象的说法。"


def test_return_note_dialog_stays_open_and_says_the_note_is_required(qtbot):
    from PySide6.QtWidgets import QDialog, QDialogButtonBox

    from newsroom.ui.return_dialog import ReturnNoteDialog

    dialog = ReturnNoteDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert dialog.isVisible() and dialog.required.isVisible()
    assert "须填写退回意见" in dialog.required.text()
    dialog.note.setPlainText("请补充采访对象的说法。")
    assert not dialog.required.isVisible()
    ok.click()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted


def test_status_bar_follows_the_current_user(qtbot, desk, monkeypatch):
    from newsroom.ui.preferences_dialog import PreferencesDialog

    def change_user(dialog):
        dialog.user_name.setText("李编辑")
        return 1

    monkeypatch.setattr(PreferencesDialog, "exec", change_user)
    assert desk.user_label.text() == "王编辑"
    assert desk.databases.edit_preferences()
    assert desk.user_label.text() == "李编辑"


def test_no_user_means_a_hint_instead_of_buttons(qtbot, db_path, seed_path):
    window = open_window(qtbot, db_path, seed=seed_path, user="")
    select_row(window, 0)
    assert window.editor.findChild(type(window.count_label), "noUserHint") is not None


def test_unsaved_edits_are_recovered_after_a_crash(qtbot, db_path, seed_path, dialogs):
    window = open_window(qtbot, db_path, seed=seed_path)
    article_id = select_row(window, 4)
    window.editor.body.setFocus()
    type_text(window.editor.body, "崩溃前的修改")
    assert window.editor.autosave()
    # The process dies: no close, no save. A new window starts on the same database.
    window.editor.autosave_timer.stop()
    again = open_window(qtbot, db_path)
    dialogs.answer = QMessageBox.StandardButton.Yes
    assert again.offer_recovery() == 1
    assert again.editor.article_id == article_id
    assert "崩溃前的修改" in again.editor.body.toPlainText()
    assert again.editor.is_dirty()
    again.editor.save()
    assert again.recovery.load_all() == []


def test_recovery_after_undo_back_to_the_saved_text_offers_nothing(
    qtbot, db_path, seed_path, dialogs
):
    window = open_window(qtbot, db_path, seed=seed_path)
    select_row(window, 4)
    saved_text = window.editor.body.toPlainText()
    window.editor.body.setFocus()
    type_text(window.editor.body, "后来撤销的字")
    assert window.editor.autosave() and window.recovery.load_all()
    while window.editor.is_dirty():
        window.undo_action.trigger()
    assert window.editor.body.toPlainText() == saved_text
    assert window.recovery.load_all() == []
    # Even if the desk dies now, nothing undone comes back on the next start.
    window.editor.autosave_timer.stop()
    again = open_window(qtbot, db_path)
    assert again.offer_recovery() == 0
    assert not any("未保存" in text for _kind, text in dialogs.messages)


def test_closing_with_unsaved_edits_asks(qtbot, desk, dialogs):
    select_row(desk, 0)
    desk.editor.headline.setText("未保存的主题")
    dialogs.answer = QMessageBox.StandardButton.Cancel
    assert not desk.close()
    assert desk.isVisible()
    dialogs.answer = QMessageBox.StandardButton.Discard
    assert desk.close()


def test_moving_to_another_article_offers_to_save(qtbot, desk, dialogs):
    first = select_row(desk, 0)
    desk.editor.headline.setText("换稿前保存的主题")
    dialogs.answer = QMessageBox.StandardButton.Save
    select_row(desk, 1)
    assert desk.desk.load(first).content.headline == "换稿前保存的主题"


def test_new_duplicate_spike_and_delete(qtbot, desk, dialogs):
    desk.new_action.trigger()
    assert desk.model.rowCount() == 11
    assert desk.editor.headline.text() == "新稿件" and desk.editor.status_label.text() == "草稿"
    select_row(desk, 0)
    desk.duplicate_action.trigger()
    assert desk.model.rowCount() == 12
    copy_id = desk.current_article_id()
    desk.delete_action.trigger()  # not spiked: refused
    assert desk.model.rowCount() == 12 and "撤稿" in dialogs.messages[-1][1]
    desk.spike_action.trigger()
    assert desk.editor.status_label.text() == "撤稿"
    dialogs.answer = QMessageBox.StandardButton.Yes
    desk.delete_action.trigger()
    assert desk.model.row_of(copy_id) is None and desk.model.rowCount() == 11


def test_bylines_editor_adds_a_new_person(qtbot, desk):
    article_id = select_row(desk, 4)  # the article without a byline
    assert desk.editor.bylines.bylines() == []
    desk.editor.bylines.add_button.click()
    row = desk.editor.bylines.rows[-1]
    row.role.setCurrentText("记者")
    type_text(row.name, "新来的记者")
    assert desk.editor.save()
    assert desk.desk.load(article_id).content.bylines == [("记者", "新来的记者")]
    assert "新来的记者" in desk.desk.person_names()
    assert "记者 新来的记者" in desk.proxy.index(4, 2).data()


def test_reorder_bylines(qtbot, desk):
    article_id = select_row(desk, 0)
    desk.editor.bylines.add_row("记者", "孙悦")
    desk.editor.bylines.rows[1].findChildren(type(desk.editor.bylines.rows[1].remove_button))[
        0
    ].click()  # ▲
    assert desk.editor.bylines.bylines() == [("记者", "孙悦"), ("通讯员", "万彤")]
    desk.editor.save()
    assert desk.desk.load(article_id).content.bylines[0] == ("记者", "孙悦")


def test_people_dialog_merges_two_records(qtbot, desk, dialogs):
    from newsroom.ui.people_dialog import PeopleDialog

    select_row(desk, 4)
    desk.editor.bylines.add_row("通讯员", "万 彤")  # the same person, typed differently
    desk.editor.save()
    dialog = PeopleDialog(desk.desk, desk)
    qtbot.addWidget(dialog)
    QAbstractItemModelTester(dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    names = [dialog.model.person(r).name for r in range(dialog.model.rowCount())]
    selection = dialog.table.selectionModel()
    for name in ("万彤", "万 彤"):
        row = dialog.proxy.mapFromSource(dialog.model.index(names.index(name), 0)).row()
        selection.select(
            dialog.proxy.index(row, 0),
            selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
        )
    dialogs.answer = QMessageBox.StandardButton.Yes
    assert dialog.merge_selected()
    merged = {p.name: p.articles for p in desk.desk.people()}
    assert "万 彤" not in merged and merged["万彤"] == 3


def test_sorting_by_character_count(qtbot, desk):
    chars = ArticleTableModel.COLUMNS.index("chars")
    desk.table.sortByColumn(chars, Qt.SortOrder.DescendingOrder)
    counts = [int(desk.proxy.index(r, chars).data()) for r in range(desk.proxy.rowCount())]
    assert counts == sorted(counts, reverse=True)
    desk.table.sortByColumn(chars, Qt.SortOrder.AscendingOrder)
    counts = [int(desk.proxy.index(r, chars).data()) for r in range(desk.proxy.rowCount())]
    assert counts == sorted(counts)


def test_models_pass_the_item_model_tester(qtbot, desk):
    for model in (desk.model, desk.proxy):
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    desk.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    type_text(desk.filter_bar.text, "河西")
    desk.reload()


def test_layout_and_recent_databases_are_remembered(qtbot, db_path, seed_path, tmp_path):
    window = open_window(qtbot, db_path, seed=seed_path)
    window.history_dock.hide()
    assert window.close()
    again = open_window(qtbot, db_path)
    assert not again.history_dock.isVisible()
    assert str(db_path) in again.databases.recent_databases()
    other = tmp_path / "second.db"
    assert again.databases.open_database(str(other))
    assert again.model.rowCount() == 0
    assert again.databases.recent_databases()[:2] == [str(other), str(db_path)]


def _sign_off(engine, article_id: int) -> None:
    from sqlalchemy.orm import Session

    from newsroom.store import editing

    steps = [("first_review", "甲"), ("second_review", "乙"), ("final_review", "丙")]
    steps.append(("sign_off", "丙"))
    with Session(engine) as session, session.begin():
        for action, actor in steps:
            editing.transition(session, article_id, action, actor=actor)


def test_editing_signed_off_copy_takes_it_back_to_final_review_with_a_workflow_event(qtbot, desk):
    article_id = desk.proxy.index(1, 0).data(0x0100)
    _sign_off(desk.desk.engine, article_id)
    desk.reload()
    select_row(desk, 1)
    assert desk.editor.status_label.text() == "已签发"
    assert desk.editor.signed_notice.isVisible()
    assert "重新签发" in desk.editor.signed_notice.text()
    desk.editor.headline.setText("签发后改过的主题")
    assert desk.editor.save()
    assert desk.editor.status_label.text() == "终审"
    assert not desk.editor.signed_notice.isVisible()
    last = desk.desk.history(article_id)[-1]
    assert (last.action, last.from_status, last.to_status) == (
        "amend",
        "signed_off",
        "final_review",
    )
    assert last.actor == "王编辑" and "重新签发" in last.note
    assert desk.desk.load(article_id).content.headline == "签发后改过的主题"
    assert desk.proxy.index(1, STATUS).data() == "终审"


def test_after_a_crash_the_desk_takes_over_its_own_edit_lock(qtbot, db_path, seed_path, dialogs):
    window = open_window(qtbot, db_path, seed=seed_path, user="王总编")
    select_row(window, 4)
    window.editor.body.setFocus()
    type_text(window.editor.body, "崩溃前的修改")
    assert window.editor.autosave()
    # The process dies holding the lock: no close, no release.
    window.editor.autosave_timer.stop()
    window.editor.lock_timer.stop()
    again = open_window(qtbot, db_path, user="王总编")
    dialogs.answer = QMessageBox.StandardButton.Yes
    assert again.offer_recovery() == 1
    assert not again.editor.notice.isVisibleTo(again), again.editor.notice.text()
    assert again.editor.save()
    assert not again.editor.notice.isVisibleTo(again)


def test_a_headline_changed_in_the_list_or_a_restore_also_takes_signed_off_copy_back(qtbot, desk):
    article_id = desk.proxy.index(2, 0).data(0x0100)
    _sign_off(desk.desk.engine, article_id)
    desk.reload()
    assert desk.proxy.setData(desk.proxy.index(2, HEADLINE), "签发后在列表里改的主题")
    assert desk.desk.load(article_id).status == "final_review"
    assert desk.desk.history(article_id)[-1].action == "amend"
    from sqlalchemy.orm import Session

    from newsroom.store import editing

    with Session(desk.desk.engine) as session, session.begin():  # the chief signs it off again
        editing.transition(session, article_id, "sign_off", actor="丙")
    first = desk.desk.revisions(article_id)[0]
    desk.desk.restore(first.id, desk.desk.load(article_id).version)
    assert desk.desk.load(article_id).status == "final_review"
    assert [e.action for e in desk.desk.history(article_id)][-3:] == ["amend", "sign_off", "amend"]
