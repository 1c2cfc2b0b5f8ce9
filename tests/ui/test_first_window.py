"""Starting the window: `newsroom FILE` imports, then shows the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from newsroom.ui import app as app_module
from newsroom.ui.main_window import MainWindow
from tests.ui.helpers import open_window


def cell(win, row, column):
    return win.proxy.index(row, column).data(Qt.ItemDataRole.DisplayRole)


def test_seed_shows_ten_rows_with_their_columns(qtbot, db_path, seed_path):
    window = open_window(qtbot, db_path, seed=seed_path)
    assert window.proxy.rowCount() == 10
    assert cell(window, 0, 0) == "1/1"
    assert "养老" in cell(window, 0, 1)
    assert cell(window, 5, 1).startswith("[图片] 1500米海棠步道")
    assert cell(window, 0, 2) == "通讯员 万彤"
    assert cell(window, 0, 3) == "已提交"
    assert int(cell(window, 0, 4)) > 500
    assert "10" in window.count_label.text()
    assert str(db_path) in window.db_label.text()


def run_and_capture(qtbot, monkeypatch, **kwargs) -> dict:
    """Run `newsroom gui` up to the event loop, and keep the window it shows."""
    shown = {}
    original_show = MainWindow.show

    def show(window):
        shown["window"] = window
        qtbot.addWidget(window)
        original_show(window)

    def fake_exec():
        shown["rows"] = shown["window"].model.rowCount()
        return 0

    monkeypatch.setattr(MainWindow, "show", show)
    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    shown["code"] = app_module.run_gui(**kwargs)
    return shown


def test_gui_command_imports_then_opens(qtbot, seed_path, db_path, monkeypatch):
    shown = run_and_capture(qtbot, monkeypatch, db=str(db_path), files=[str(seed_path)])
    assert shown["code"] == 0 and shown["rows"] == 10


def test_gui_command_with_a_bad_file_still_opens_and_says_why(
    qtbot, db_path, tmp_path, monkeypatch, dialogs, capsys
):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    shown = run_and_capture(qtbot, monkeypatch, db=str(db_path), files=[str(bad)])
    assert shown["rows"] == 0
    assert any(str(bad) in text for _, text in dialogs.messages)
    assert str(bad) in capsys.readouterr().err


def test_startup_does_not_load_jieba(qtbot, seed_path, db_path, monkeypatch):
    import sys

    run_and_capture(qtbot, monkeypatch, db=str(db_path), files=[str(seed_path)])
    assert (
        "jieba" not in sys.modules
        or not getattr(sys.modules["jieba"], "dt", None)
        or not sys.modules["jieba"].dt.initialized
    )


def test_the_panes_actions_are_in_the_menus_in_order(qtbot, db_path):
    window = open_window(qtbot, db_path)

    def texts(menu) -> list[str]:
        return [a.text() or "—" for a in menu.actions()]

    menus = {m.title(): m for m in window.menuBar().findChildren(type(window.article_menu))}
    assert texts(menus["编辑(&E)"]) == [
        "撤销(&U)", "重做(&R)", "—", "保存(&S)", "—",
        "查找(&F)…", "替换(&H)…", "筛选稿件列表(&L)", "搜索稿库(&A)…",
    ]  # fmt: skip
    assert texts(window.article_menu) == [
        "新建稿件(&N)", "复制稿件(&D)", "—", "撤稿(&K)", "删除稿件", "—",
        "通讯员与记者(&P)…", "版面(&L)…", "通讯员统计与稿酬(&R)…", "—",
        "校对本版…", "校对规则…", "—", "批量添加标签…", "标签词表…", "投稿收件箱(&I)…",
    ]  # fmt: skip
    docks = [a.text() for a in menus["视图(&V)"].actions()][2:]
    assert docks == ["修订历史", "校对", "标签", "稿库搜索"]
