"""Find and replace in the editor (Ctrl+F, Ctrl+H), driven as an editor would use it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from newsroom import finding
from newsroom.ui.find_bar import FindBar
from tests.ui.helpers import open_window, select_row, type_text


@pytest.fixture
def window(qtbot, db_path, seed_path):
    window = open_window(qtbot, db_path, seed=seed_path)
    select_row(window, 0)
    qtbot.waitUntil(lambda: window.editor.article_id is not None)
    return window


def press(qtbot, window, keys: str) -> None:
    """Type a shortcut, then let go of its modifiers: Qt keeps the last event's modifiers
    as the keyboard's state, and a later test's click would otherwise be a Ctrl+click."""
    sequence = QKeySequence(keys)[0]
    qtbot.keyClick(window, sequence.key(), sequence.keyboardModifiers())
    qtbot.keyClick(window, Qt.Key.Key_unknown)


def test_ctrl_f_finds_in_the_article_and_ctrl_k_filters_the_list(qtbot, window):
    bar: FindBar = window.find_bar
    window.editor.body.setFocus()
    press(qtbot, window, "Ctrl+F")
    assert bar.isVisible() and not bar.replace_row.isVisible()
    assert bar.find_text.hasFocus()
    body = window.editor.body.toPlainText()
    type_text(bar.find_text, "河西")
    expected = sum(
        f.text().count("河西") for f in (window.editor.kicker, window.editor.headline,
                                         window.editor.subheadline)
    ) + body.count("河西")  # fmt: skip
    assert expected > 1 and len(bar.matches) == expected
    assert bar.count_label.text() == f"1/{expected}"
    bar.find_next()
    assert bar.count_label.text() == f"2/{expected}"
    bar.find_previous()
    bar.find_previous()
    assert bar.count_label.text() == f"{expected}/{expected}"
    # Every body match is highlighted.
    body_matches = [m for m in bar.matches if m[0] is window.editor.body]
    assert len(window.editor.body.extraSelections()) == len(body_matches)
    press(qtbot, window, "Ctrl+K")
    assert window.filter_bar.text.hasFocus()


def test_full_width_folding_match_case_and_whole_words(qtbot, window):
    bar: FindBar = window.find_bar
    bar.open_find()
    body = window.editor.body.toPlainText()
    bar.find_text.setText(",")  # half-width finds the copy's full-width "，"
    assert len(bar.matches) >= body.count("，") > 0
    bar.fold_width.setChecked(False)
    assert [m for m in bar.matches if m[0] is window.editor.body] == []
    assert finding.find_all("AI 与 ai", "AI", finding.FindOptions(match_case=True)) == [(0, 2)]
    bar.find_text.setText("河西")
    everywhere = len(bar.matches)
    bar.whole_word.setChecked(True)
    qtbot.waitUntil(lambda: bar._words_ready, timeout=30000)
    # 河西区 is one word: 河西 alone is not found inside it.
    assert len(bar.matches) < everywhere


def test_replace_all_is_one_undo_step_in_the_body(qtbot, window):
    bar: FindBar = window.find_bar
    editor = window.editor
    before = editor.body.toPlainText()
    press(qtbot, window, "Ctrl+H")
    assert bar.replace_row.isVisible()
    bar.find_text.setText("河西区")
    bar.replace_text.setText("河西")
    in_body = before.count("河西区")
    assert in_body > 1
    lines = (editor.kicker, editor.headline, editor.subheadline)
    expected = in_body + sum(f.text().count("河西区") for f in lines)
    assert bar.replace_all() == expected
    assert editor.body.toPlainText() == before.replace("河西区", "河西")
    assert editor.is_dirty()
    editor.body.undo()
    assert editor.body.toPlainText() == before


def test_replace_one_and_a_regular_expression(qtbot, window):
    bar: FindBar = window.find_bar
    editor = window.editor
    bar.open_find(replace=True)
    bar.regex.setChecked(True)
    bar.find_text.setText(r"(\d+)年")
    first_field, start, end = bar.matches[0]
    old = bar._text_of(first_field)[start:end]
    bar.replace_text.setText(r"\1 年")
    bar.replace_current()
    assert old.replace("年", " 年") in bar._text_of(first_field)
    bar.find_text.setText("(")
    assert bar.count_label.text() == "有误" and not bar.replace_all_button.isEnabled()
    bar.keyPressEvent(_escape())
    assert not bar.isVisible() and editor.body.extraSelections() == []


def _escape():
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
