"""A statistical finding carries its confidence into the pane's tooltip and the 校对单."""

from __future__ import annotations

import zipfile

from PySide6.QtCore import Qt

from newsroom.ui.proof_pane import FINDING_ROLE
from tests.ui.helpers import open_window, select_row, type_text


def test_a_slip_in_context_shows_how_sure_the_model_is(
    qtbot, db_path, seed_path, dialogs, tmp_path
):
    window = open_window(qtbot, db_path, seed=seed_path)
    qtbot.waitUntil(lambda: window.proofing.proofreader is not None, timeout=30000)
    select_row(window, 2)
    body = window.editor.body
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    type_text(body, "区里将加快推进一批重大工程建射，年内全部开工。")
    model = window.proof_pane.model

    def context_items():
        return [
            model.index(r, 0, model.index(g, 0))
            for g in range(model.rowCount())
            for r in range(model.rowCount(model.index(g, 0)))
            if model.index(r, 0, model.index(g, 0)).data(FINDING_ROLE)[1].rule == "typo.context"
        ]

    qtbot.waitUntil(lambda: bool(context_items()), timeout=15000)
    item = context_items()[0]
    finding = item.data(FINDING_ROLE)[1]
    assert (finding.text, finding.suggestion) == ("射", "设")
    assert "把握" in item.data(Qt.ItemDataRole.ToolTipRole)
    out = tmp_path / "校对单.docx"
    dialogs.save_file = str(out)
    window.proof_pane.export_sheet()
    with zipfile.ZipFile(out) as docx:
        comments = docx.read("word/comments.xml").decode("utf-8")
    assert "把握" in comments
