"""Proofreading in the window: the pane, underlines, applying, ignoring, rules, page, 校对单."""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtCore import Qt

from newsroom.ui.article_model import ArticleTableModel
from newsroom.ui.proof_pane import FINDING_ROLE
from tests.ui.helpers import drain, open_window, select_row

PROOF = ArticleTableModel.COLUMNS.index("proof")


@pytest.fixture
def desk(qtbot, db_path, seed_path):
    window = open_window(qtbot, db_path, seed=seed_path)
    qtbot.waitUntil(lambda: window.proofing.proofreader is not None, timeout=30000)
    return window


def findings_shown(window) -> list[tuple[str, object]]:
    model = window.proof_pane.model
    return [
        model.index(r, 0, model.index(g, 0)).data(FINDING_ROLE)
        for g in range(model.rowCount())
        for r in range(model.rowCount(model.index(g, 0)))
    ]


def open_article(qtbot, window, row: int) -> list:
    select_row(window, row)
    qtbot.waitUntil(
        lambda: window.proof_pane.summary.text() not in ("", "校对引擎准备中…"), timeout=10000
    )
    drain()
    qtbot.wait(20)
    return findings_shown(window)


def choose(window, predicate):
    model = window.proof_pane.model
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for r in range(model.rowCount(group)):
            index = model.index(r, 0, group)
            if predicate(*index.data(FINDING_ROLE)):
                window.proof_pane.tree.setCurrentIndex(index)
                return index
    raise AssertionError("no such finding shown")


def test_findings_of_the_article_by_category_and_in_the_list(qtbot, desk):
    found = open_article(qtbot, desk, 1)
    assert any(f.text == "列" and f.suggestion == "例" for _field, f in found)
    groups = [
        desk.proof_pane.model.index(g, 0).data() for g in range(desk.proof_pane.model.rowCount())
    ]
    assert any(g.startswith("错别字（") for g in groups)
    assert desk.proxy.index(1, PROOF).data() == str(len(found))


def test_clicking_a_finding_selects_it_in_the_body(qtbot, desk):
    open_article(qtbot, desk, 1)
    choose(desk, lambda field, f: f.text == "列")
    assert desk.editor.body.textCursor().selectedText() == "列"


def test_applying_a_suggestion_edits_the_body(qtbot, desk):
    open_article(qtbot, desk, 1)
    choose(desk, lambda field, f: f.text == "列")
    assert desk.proof_pane.apply_selected()
    assert "典型案例" in desk.editor.body.toPlainText()
    assert desk.editor.is_dirty()
    drain()
    qtbot.waitUntil(lambda: not any(f.text == "列" for _, f in findings_shown(desk)))
    desk.editor.body.undo()  # one undo step takes the fix back
    assert "典型案列" in desk.editor.body.toPlainText()


def test_apply_all_of_one_kind(qtbot, desk):
    found = open_article(qtbot, desk, 0)
    assert any(f.category == "mixed_script" for _, f in found)
    choose(desk, lambda field, f: f.category == "mixed_script")
    assert desk.proof_pane.apply_all_of_kind() >= 1
    assert " and " not in desk.editor.body.toPlainText()


def test_ignoring_is_remembered_for_the_article(qtbot, desk):
    open_article(qtbot, desk, 1)
    choose(desk, lambda field, f: f.text == "列")
    desk.proof_pane.ignore_selected()
    drain()
    qtbot.waitUntil(lambda: not any(f.text == "列" for _, f in findings_shown(desk)))
    open_article(qtbot, desk, 2)
    found = open_article(qtbot, desk, 1)
    assert not any(f.text == "列" for _, f in found)


def test_whitelisting_a_term(qtbot, desk, dialogs):
    open_article(qtbot, desk, 1)
    choose(desk, lambda field, f: f.text == "列")
    old = desk.proofing.proofreader
    dialogs.text = None  # accept the words the pane proposes around the typo
    desk.proof_pane.whitelist_selected()
    qtbot.waitUntil(lambda: desk.proofing.proofreader is not old, timeout=20000)
    drain()
    qtbot.waitUntil(lambda: not any(f.text == "列" for _, f in findings_shown(desk)), timeout=5000)
    from sqlalchemy.orm import Session

    from newsroom.store.proofrules import whitelist_terms

    with Session(desk.desk.engine) as session:
        assert whitelist_terms(session) == ["案列等"]


def test_underlines_in_the_body(qtbot, desk):
    open_article(qtbot, desk, 1)
    document = desk.editor.body.document()
    text = desk.editor.body.toPlainText()
    position = text.index("案列") + 1
    block = document.findBlock(position)
    formats = block.layout().formats()
    offset = position - block.position()
    assert any(
        r.start <= offset < r.start + r.length
        and r.format.underlineStyle() == r.format.UnderlineStyle.WaveUnderline
        for r in formats
    )


def test_the_newsrooms_rule_from_the_rules_dialog(qtbot, desk, dialogs):
    from newsroom.ui.rules_dialog import RulesDialog

    dialog = RulesDialog(desk.desk, desk.proofing, desk)
    qtbot.addWidget(dialog)
    old = desk.proofing.proofreader
    dialog.wrong.setText("数创发展")
    dialog.right.setText("数字创新发展")
    assert dialog.add_rule()
    assert dialog.rules.rowCount() == 1
    qtbot.waitUntil(lambda: desk.proofing.proofreader is not old, timeout=20000)
    found = open_article(qtbot, desk, 1)
    assert any(f.category == "custom" and f.suggestion == "数字创新发展" for _, f in found)


def test_proofread_the_whole_page(qtbot, desk):
    select_row(desk, 0)
    task = desk.page_proofing.proofread_page()
    assert task is not None
    drain()
    qtbot.waitUntil(
        lambda: all(desk.proxy.index(r, PROOF).data() != "" for r in range(desk.proxy.rowCount())),
        timeout=10000,
    )
    assert desk.proxy.index(1, PROOF).data() not in ("", "✓")


def test_proof_sheet_has_a_comment_per_finding(qtbot, desk, dialogs, tmp_path):
    found = open_article(qtbot, desk, 1)
    out = tmp_path / "校对单.docx"
    dialogs.save_file = str(out)
    desk.proof_pane.export_sheet()
    with zipfile.ZipFile(out) as docx:
        comments = docx.read("word/comments.xml").decode("utf-8")
        document = docx.read("word/document.xml").decode("utf-8")
    assert comments.count("<w:comment ") == len(found)
    assert "建议" in comments and "commentRangeStart" in document


def test_typing_keeps_the_underlines_current(qtbot, desk):
    open_article(qtbot, desk, 2)
    body = desk.editor.body
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)
    from tests.ui.helpers import type_text

    qtbot.keyClick(body, Qt.Key.Key_Return)
    type_text(body, "我们没想到到这里")
    block = body.document().lastBlock()
    assert block.text() == "我们没想到到这里"
    assert any(r.length == 1 and r.start in (4, 5) for r in block.layout().formats())
