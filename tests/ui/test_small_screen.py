"""A 1024×700 screen: every column of the list shows, the panes collapse, and a long
headline shows its start."""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget

from newsroom.settings import Settings
from newsroom.store.db import open_database
from newsroom.ui.article_model import ArticleTableModel
from newsroom.ui.main_window import MainWindow
from tests.ui.helpers import open_small_window, open_window, select_row


def small_window(qtbot, db_path, seed_path) -> MainWindow:
    return open_small_window(qtbot, db_path, seed_path)


def test_list_columns_fit_a_1024_window(qtbot, db_path, seed_path):
    window = small_window(qtbot, db_path, seed_path)
    table, header = window.table, window.table.horizontalHeader()
    assert not any(d.isVisible() for d in window.findChildren(QDockWidget))
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert sum(widths) <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
    for column, name in enumerate(ArticleTableModel.COLUMNS):
        title = str(window.model.headerData(column, 1))
        assert not header.isSectionHidden(column)
        if name == "headline":
            assert widths[column] >= 60  # elided, but there
        else:
            assert widths[column] >= header.fontMetrics().horizontalAdvance(title), name


def test_panes_collapse_and_come_back(qtbot, db_path, seed_path):
    window = small_window(qtbot, db_path, seed_path)
    window.side_panes.set_shown(True)
    shown = [d for d in window.findChildren(QDockWidget) if d.isVisible()]
    assert shown
    window.panes_action.trigger()  # 视图 → 侧栏 (F9)
    assert not any(d.isVisible() for d in shown)
    window.panes_action.trigger()
    assert all(d.isVisible() for d in shown)


def test_long_headline_shows_its_start(qtbot, db_path, seed_path):
    window = small_window(qtbot, db_path, seed_path)
    article_id = select_row(window, 1)
    long = "区级机关青年理论学习小组人工智能与数字经济探索行活动开展，青年干部走进展厅"
    window.desk.set_headline(article_id, long)
    select_row(window, 0)
    select_row(window, 1)
    headline = window.editor.headline
    assert headline.text() == long
    assert headline.cursorPosition() == 0
    assert headline.cursorRect().left() < headline.width() // 4


def test_collapsed_panes_stay_collapsed_after_a_restart_with_nothing_left_over(
    qtbot, db_path, seed_path
):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTabBar

    first = small_window(qtbot, db_path, seed_path)
    assert not first.panes_action.isChecked()
    first.close()
    again = MainWindow(open_database(db_path), Settings(user_name="王编辑"))
    qtbot.addWidget(again)
    again.resize(1024, 700)
    again.show()
    qtbot.waitExposed(again)
    qtbot.wait(50)
    assert not again.panes_action.isChecked()
    assert not any(d.isVisible() for d in again.findChildren(QDockWidget))
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    on_screen = [
        bar
        for bar in again.findChildren(QTabBar, options=direct)
        if bar.isVisible() and bar.count() and again.rect().intersects(bar.geometry())
    ]
    assert on_screen == []  # no tab bar of the hidden panes over the menus
    again.side_panes.set_shown(True)
    assert any(d.isVisible() for d in again.findChildren(QDockWidget))


def test_a_wide_first_window_gives_the_panes_a_quarter(qtbot, db_path, seed_path):
    window = open_window(qtbot, db_path, seed=seed_path)  # 1500 × 880, a first start
    qtbot.wait(50)
    docks = [d for d in window.findChildren(QDockWidget) if d.isVisible()]
    assert docks and all(d.width() <= window.width() // 3 for d in docks)
    headline = ArticleTableModel.COLUMNS.index("headline")
    assert window.table.horizontalHeader().sectionSize(headline) >= 150
