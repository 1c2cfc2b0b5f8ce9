"""The 校对单 from the window: the printed form, in the newsroom's own style sheet."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from newsroom.importer import import_files
from newsroom.settings import Settings
from newsroom.store.db import open_database
from newsroom.ui.main_window import MainWindow
from tests.ui.helpers import drain, select_row

SHEET = Path(__file__).resolve().parents[2] / "resources/layout/stylesheet.toml"


def test_the_proof_sheet_uses_the_newsrooms_style_sheet(
    qtbot, dialogs, db_path, seed_path, tmp_path
):
    own = tmp_path / "own.toml"
    own.write_text(
        SHEET.read_text(encoding="utf-8").replace('size = "二号"', 'size = "小一"', 1),
        encoding="utf-8",
    )
    import_files(open_database(db_path), [seed_path])
    window = MainWindow(open_database(db_path), Settings(user_name="王校对", stylesheet=str(own)))
    qtbot.addWidget(window)
    window.show()
    select_row(window, 1)
    drain()
    out = tmp_path / "校对单.docx"
    dialogs.save_file = str(out)
    window.proof_pane.export_sheet()
    doc = Document(str(out))
    assert [p.text for p in doc.paragraphs[:1]] == ["校对单"]
    assert "校对：王校对" in doc.paragraphs[2].text
    assert doc.styles["主题"].font.size.pt == 24  # 小一, the newsroom's headline size
