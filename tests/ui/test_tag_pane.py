"""The tag pane and the vocabulary dialog, driven as an editor would use them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit
from sqlalchemy.orm import Session

from newsroom.store.vocabulary import list_tags
from newsroom.ui.article_model import ArticleTableModel
from newsroom.ui.tag_pane import TagPane
from newsroom.ui.vocabulary_dialog import VocabularyDialog
from tests.ui.helpers import open_window, select_row, type_text, visible_headlines

TAGS = ArticleTableModel.COLUMNS.index("tags")
WARM_UP_MS = 20000  # the first suggestion loads jieba


@pytest.fixture
def window(qtbot, db_path, seed_path):
    return open_window(qtbot, db_path, seed=seed_path)


def pane_of(window) -> TagPane:
    return window.tag_pane


def tags_column(window, row: int) -> str:
    return window.proxy.index(row, TAGS).data()


def wait_for_suggestions(qtbot, pane: TagPane) -> list[str]:
    qtbot.waitUntil(
        lambda: bool(pane.suggestion_buttons()) and not pane.status.text(), timeout=WARM_UP_MS
    )
    return [b.property("tag") for b in pane.suggestion_buttons()]


def chip_names(pane: TagPane) -> list[str]:
    return [chip.label.text() for chip in pane.chips()]


def vocabulary(window) -> dict[str, object]:
    with Session(window.desk.engine) as s:
        return {row.name: row for row in list_tags(s)}


def test_the_window_has_one_pane_one_dock_and_one_set_of_actions(window):
    pane = pane_of(window)
    assert window.findChildren(TagPane) == [pane]
    titles = [a.text() for a in window.article_menu.actions()]
    assert titles.count("批量添加标签…") == 1 and titles.count("标签词表…") == 1
    assert window.tag_dock.windowTitle() == "标签"


def test_suggestions_arrive_in_the_background_and_a_click_accepts_one(qtbot, window):
    pane = pane_of(window)
    window.table.setCurrentIndex(QModelIndex())
    assert not pane.name_edit.isEnabled() and not pane.chips()  # no article, nothing to tag
    select_row(window, 0)
    assert pane.status.text() == "正在分析…"  # the answer comes by signal, never at once
    offered = wait_for_suggestions(qtbot, pane)
    assert offered[0] == "养老服务"
    assert {"智慧养老", "河西区"} <= set(offered)
    first = pane.suggestion_buttons()[0]
    assert first.property("kind") == "topic"
    assert "主题" in first.toolTip() and "0." in first.toolTip()
    place = next(b for b in pane.suggestion_buttons() if b.property("tag") == "河西区")
    assert place.property("kind") == "place"

    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    assert chip_names(pane) == ["养老服务"]
    assert "养老服务" not in [b.property("tag") for b in pane.suggestion_buttons()]
    assert tags_column(window, 0) == "养老服务"
    qtbot.mouseClick(place, Qt.MouseButton.LeftButton)
    assert tags_column(window, 0) == "养老服务、河西区"
    assert vocabulary(window)["河西区"].kind == "place"


def test_a_chip_is_removed_with_its_cross(qtbot, window):
    pane = pane_of(window)
    select_row(window, 0)
    pane.add("养老服务", "topic")
    pane.add("智慧养老", "topic")
    assert tags_column(window, 0) == "养老服务、智慧养老"
    chip = next(c for c in pane.chips() if c.label.text() == "养老服务")
    qtbot.mouseClick(chip.remove_button, Qt.MouseButton.LeftButton)
    assert chip_names(pane) == ["智慧养老"]
    assert tags_column(window, 0) == "智慧养老"
    assert vocabulary(window)["养老服务"].articles == 0  # the tag stays in the vocabulary


def test_tagging_does_not_make_the_open_editor_conflict(qtbot, window, dialogs):
    pane = pane_of(window)
    select_row(window, 2)
    pane.add("国家安全", "topic")
    window.editor.body.moveCursor(window.editor.body.textCursor().MoveOperation.End)
    type_text(window.editor.body, "补充一句。")
    assert window.editor.save()
    assert not [m for kind, m in dialogs.messages if kind == "warning"]
    assert tags_column(window, 2) == "国家安全"


def test_typing_a_tag_completes_from_the_vocabulary_and_enter_adds_it(qtbot, window):
    pane = pane_of(window)
    select_row(window, 1)
    window.tag_dock.raise_()
    window.activateWindow()
    pane.name_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pane.name_edit)
    type_text(pane.name_edit, "数字")
    popup = pane.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    offered = [
        pane.completer.completionModel().index(r, 0).data()
        for r in range(pane.completer.completionCount())
    ]
    assert "数字经济" in offered  # from the shipped vocabulary, matched inside the word
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    while pane.completer.currentCompletion() != "数字经济":
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: chip_names(pane) == ["数字经济"])
    qtbot.waitUntil(lambda: pane.name_edit.text() == "")
    assert tags_column(window, 1) == "数字经济"

    # A new name of the newsroom's own, with a kind chosen in the combo.
    pane.kind_box.setCurrentIndex(pane.kind_box.findData("org"))
    type_text(pane.name_edit, "科大讯飞天津公司")
    qtbot.keyClick(pane.name_edit, Qt.Key.Key_Return)
    assert "科大讯飞天津公司" in chip_names(pane)
    assert vocabulary(window)["科大讯飞天津公司"].kind == "org"
    # Known from now on, with its kind: typing it again picks the kind by itself.
    pane.kind_box.setCurrentIndex(0)
    pane.name_edit.setText("科大讯飞天津公司")
    assert pane.kind_box.currentData() == "org"


def test_bulk_tag_the_selected_articles_then_filter_the_list_by_tag(
    qtbot, window, monkeypatch, dialogs
):
    pane = pane_of(window)
    select_row(window, 0)
    pane.add("河西区", "place")
    asked = []
    monkeypatch.setattr(
        QInputDialog,
        "getText",
        staticmethod(lambda *a, **k: asked.append(a[2]) or ("河西区", True)),
    )
    selection = window.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.select(window.proxy.index(4, 0), flags)
    selection.select(window.proxy.index(6, 0), flags)
    assert len(window.selected_article_ids()) == 3
    pane.bulk_action.trigger()
    assert asked == ["给所选的 3 篇稿件添加标签："]
    for row in (0, 4, 6):
        assert tags_column(window, row) == "河西区"
    assert vocabulary(window)["河西区"].kind == "place"  # the existing tag, not a new topic
    assert vocabulary(window)["河西区"].articles == 3
    assert "2 篇稿件加上了标签" in window.statusBar().currentMessage()

    type_text(window.filter_bar.tag, "河西区")
    assert visible_headlines(window) == [
        "河西区推动全区养老服务高质量发展",
        "河西区举办保障发展安全推进区域社会治理专题研讨班",
        "河西区法院科技创新司法保护工作室揭牌成立",
    ]


def test_bulk_tag_without_a_selection_says_so(window, dialogs):
    pane = pane_of(window)
    window.table.clearSelection()
    assert pane.bulk_action.isEnabled()
    pane.bulk_action.trigger()
    assert dialogs.messages[-1] == ("information", "请先在列表中选择稿件。")


def open_dialog(qtbot, window) -> VocabularyDialog:
    pane_of(window).vocabulary_action.trigger()
    dialog = window.findChild(VocabularyDialog)
    assert dialog is not None and dialog.isVisible()
    QAbstractItemModelTester(
        dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal, dialog
    )
    return dialog


def edit_cell(qtbot, dialog: VocabularyDialog, name: str, column: int, text: str) -> None:
    row = next(r for r in range(dialog.proxy.rowCount()) if dialog.proxy.index(r, 0).data() == name)
    index = dialog.proxy.index(row, column)
    dialog.table.setCurrentIndex(index)
    dialog.table.edit(index)
    editor = next(e for e in dialog.table.viewport().findChildren(QLineEdit) if e.isVisible())
    dialog.activateWindow()
    editor.setFocus()
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def names_in(dialog: VocabularyDialog) -> list[str]:
    return sorted(dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount()))


def test_vocabulary_dialog_rename_aliases_merge(qtbot, window, dialogs):
    pane = pane_of(window)
    select_row(window, 0)
    pane.add("养老服务", "topic")
    pane.add("适老化", "topic")
    select_row(window, 1)
    pane.add("人工只能", "topic")
    pane.add("AI", "topic")  # the shipped vocabulary's alias is a tag of its own here
    select_row(window, 9)
    pane.add("人工只能", "topic")
    dialog = open_dialog(qtbot, window)
    assert names_in(dialog) == ["AI", "人工只能", "养老服务", "适老化"]
    count = next(
        dialog.proxy.index(r, 3).data()
        for r in range(dialog.proxy.rowCount())
        if dialog.proxy.index(r, 0).data() == "人工只能"
    )
    assert count == 2
    dialog.search.setText("养老")
    assert names_in(dialog) == ["养老服务"]
    dialog.search.clear()

    edit_cell(qtbot, dialog, "人工只能", 0, "人工智能")  # a typo in the name
    qtbot.waitUntil(lambda: "人工智能" in names_in(dialog))
    assert tags_column(window, 1) == "AI、人工智能"

    edit_cell(qtbot, dialog, "养老服务", 2, "为老服务、 养老，居家养老")
    qtbot.waitUntil(
        lambda: vocabulary(window)["养老服务"].aliases == ["为老服务", "养老", "居家养老"]
    )

    # An alias that another tag already has is refused in one Chinese line.
    edit_cell(qtbot, dialog, "适老化", 2, "养老")
    qtbot.waitUntil(lambda: bool(dialogs.messages))  # the delegate commits a turn later
    assert dialogs.messages[-1] == ("warning", "别名“养老”已属于标签“养老服务”")
    assert vocabulary(window)["适老化"].aliases == []

    # Merge: the tag more articles carry keeps its name; the other becomes its alias.
    selection = dialog.table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for r in range(dialog.proxy.rowCount()):
        if dialog.proxy.index(r, 0).data() in ("AI", "人工智能"):
            selection.select(dialog.proxy.index(r, 0), flags)
    assert dialog.merge_selected()
    assert names_in(dialog) == ["人工智能", "养老服务", "适老化"]
    merged = vocabulary(window)["人工智能"]
    assert merged.aliases == ["AI"] and merged.articles == 2
    assert tags_column(window, 1) == "人工智能"
    # The pane's completer offers the new alias, and adding it means the tag.
    assert "AI" in pane.completion_model.stringList()


def test_rename_onto_an_existing_name_merges(qtbot, window):
    pane = pane_of(window)
    select_row(window, 0)
    pane.add("养老服务", "topic")
    select_row(window, 1)
    pane.add("养老", "topic")
    pane.add("养老服务", "topic")
    dialog = open_dialog(qtbot, window)
    edit_cell(qtbot, dialog, "养老", 0, "养老服务")
    qtbot.waitUntil(lambda: names_in(dialog) == ["养老服务"])
    assert vocabulary(window)["养老服务"].articles == 2
    assert tags_column(window, 1) == "养老服务"


def test_switching_articles_drops_the_stale_answer(qtbot, window):
    pane = pane_of(window)
    select_row(window, 0)
    select_row(window, 1)
    offered = wait_for_suggestions(qtbot, pane)
    assert offered[0] == "人工智能"
    assert "养老服务" not in offered
