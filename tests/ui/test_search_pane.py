"""The archive search pane and the replace dialog, driven as an editor would use them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence

from newsroom.ui.replace_dialog import ReplaceDialog
from newsroom.ui.search_pane import SearchPane
from tests.ui.helpers import drain, open_window, type_text, visible_headlines


@pytest.fixture
def window(qtbot, db_path, seed_path):
    return open_window(qtbot, db_path, seed=seed_path)


def search(qtbot, pane: SearchPane, text: str) -> list:
    pane.query.setText(text)
    pane.run_search()
    qtbot.waitUntil(lambda: not pane.searching, timeout=10000)
    return pane.results


def test_ctrl_shift_f_searches_the_archive_and_a_result_opens_at_the_hit(qtbot, window):
    sequence = QKeySequence("Ctrl+Shift+F")[0]
    qtbot.keyClick(window, sequence.key(), sequence.keyboardModifiers())
    qtbot.keyClick(window, Qt.Key.Key_unknown)  # modifiers let go (see test_find_bar.press)
    pane: SearchPane = window.search_pane
    assert window.search_dock.isVisible() and pane.query.hasFocus()
    type_text(pane.query, "养老")
    qtbot.waitUntil(lambda: bool(pane.results), timeout=10000)
    first = pane.results[0]
    assert "养老" in first.headline
    assert "养老" in pane.view.toPlainText() and first.headline in pane.view.toPlainText()
    # The list's filter hides the article: opening the result shows the list whole again.
    window.filter_bar.text.setText("国家安全")
    qtbot.waitUntil(lambda: first.headline not in visible_headlines(window), timeout=5000)
    pane.view.anchorClicked.emit(QUrl("#0"))
    assert window.editor.article_id == first.id
    assert window.editor.body.textCursor().selectedText() == "养老"


def test_filters_and_what_a_query_without_words_shows(qtbot, window):
    pane: SearchPane = window.search_pane
    assert search(qtbot, pane, "河西")
    pane.page.setValue(2)
    assert search(qtbot, pane, "河西") == []
    assert pane.summary.text() == "没有找到"
    pane.page.setValue(0)
    assert search(qtbot, pane, "-河西") == []


def test_the_replace_dialog_previews_ticks_applies_and_undoes(qtbot, window, monkeypatch):
    pane: SearchPane = window.search_pane
    before = {r.id: r.paragraphs for r in search(qtbot, pane, "河西区")}
    dialog: ReplaceDialog = pane.open_replace()
    qtbot.addWidget(dialog)
    assert dialog.old.text() == "河西区"
    dialog.new.setText("河西")
    assert dialog.preview()
    total = len(dialog.plan.changes)
    assert total > 2 and dialog.apply_button.isEnabled()
    # Untick the first article: its changes are not made.
    first = dialog.model.item(0)
    first.setCheckState(Qt.CheckState.Unchecked)
    kept_id = dialog.plan.articles[0].article_id
    kept = len(dialog.plan.articles[0].changes)
    assert len(dialog.selected_keys()) == total - kept
    operation = dialog.apply()
    assert operation is not None
    drain()
    assert search(qtbot, pane, "河西区")  # still in the unticked article (and 河西区级)
    assert kept_id in {r.id for r in pane.results}
    assert dialog.undo()
    assert {r.id: r.paragraphs for r in search(qtbot, pane, "河西区")} == before


def test_a_broken_pattern_is_one_line_in_the_dialog(qtbot, window):
    dialog = ReplaceDialog(window, "河西区")
    qtbot.addWidget(dialog)
    assert dialog.include_signed.isEnabled()  # a single-user desk may
    dialog.old.setText("(")
    dialog.regex.setChecked(True)
    assert not dialog.preview() and "regular expression" in dialog.summary.text()


def test_a_saved_search_comes_back_with_its_filters(qtbot, window):
    pane: SearchPane = window.search_pane
    pane.query.setText("河西")
    pane.page.setValue(1)
    assert pane.save_current("河西头版")
    pane.query.clear()
    pane.page.setValue(0)
    index = pane.saved.findText("河西头版")
    assert index > 0
    pane._run_saved(index)
    qtbot.waitUntil(lambda: not pane.searching, timeout=10000)
    assert pane.query.text() == "河西" and pane.page.value() == 1
    assert pane.results and {r.page for r in pane.results} == {1}
