"""The first window: the article list of the open database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from newsroom.settings import Settings
from newsroom.store.db import open_database
from newsroom.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, db_path):
    win = MainWindow(open_database(db_path), Settings())
    qtbot.addWidget(win)
    win.show()
    return win


def cell(win, row, column):
    return win.model.index(row, column).data(Qt.ItemDataRole.DisplayRole)


def test_seed_shows_ten_rows(window, seed_path):
    assert window.model.rowCount() == 0
    assert window.import_paths([str(seed_path)])
    assert window.model.rowCount() == 10
    assert window.table.model().rowCount() == 10
    assert cell(window, 0, 0) == "1/1"
    assert "养老" in cell(window, 0, 1)
    assert cell(window, 5, 1).startswith("[图片] 1500米海棠步道")
    assert cell(window, 0, 2) == "通讯员 万彤"
    assert cell(window, 0, 3) == "已提交"
    assert int(cell(window, 0, 4)) > 500
    assert "10" in window.count_label.text()


def test_model_passes_the_item_model_tester(window, seed_path):
    QAbstractItemModelTester(window.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    window.import_paths([str(seed_path)])
    assert window.model.rowCount() == 10


def test_import_through_the_menu(window, seed_path, dialogs):
    dialogs.open_files = [str(seed_path)]
    window.import_action.trigger()
    assert window.model.rowCount() == 10


def test_bad_file_shows_one_message_and_keeps_the_list(window, seed_path, tmp_path, dialogs):
    window.import_paths([str(seed_path)])
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"\x00\x01\x02" * 500)
    assert not window.import_paths([str(bad)])
    assert window.model.rowCount() == 10
    kind, text = dialogs.messages[-1]
    assert kind == "warning" and str(bad) in text and "\n" not in text


def test_gui_command_imports_then_opens(qtbot, seed_path, db_path, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from newsroom.ui import app as app_module

    shown = {}

    def fake_exec():
        win = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        shown["rows"] = win.model.rowCount()
        qtbot.addWidget(win)
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert app_module.run_gui(db=str(db_path), files=[str(seed_path)]) == 0
    assert shown["rows"] == 10
