"""The list's context menu: 上版到… puts unplaced copy on a page; the 稿件 actions are there too."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog
from sqlalchemy.orm import Session

from newsroom.importer import import_files
from newsroom.store import pages
from newsroom.store.db import open_database
from tests.ui.helpers import drain, open_window

DRAFT = "社区邻里节温暖人心\n\n■ 通讯员 万彤\n\n近日，社区举办邻里节，居民们欢聚一堂。\n"


@pytest.fixture
def window(qtbot, db_url, seed_path, tmp_path):
    draft = tmp_path / "邻里节.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    import_files(open_database(db_url), [seed_path, draft])
    window = open_window(qtbot, db_url)
    drain()
    return window


def select_headline(window, headline: str) -> int:
    proxy = window.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 1).data() == headline)
    window.table.selectRow(row)
    return window.selected_article_ids()[0]


def answer(monkeypatch, pick):
    asked = []

    def get_item(_parent, _title, label, items, *_args, **_kwargs):
        asked.append((label, list(items)))
        return pick(items), True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    return asked


def test_an_unplaced_draft_goes_on_a_new_page_from_the_list(qtbot, window, monkeypatch):
    article = select_headline(window, "社区邻里节温暖人心")
    menu = window.list_menu.menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[0] == "上版到(&P)…" and window.list_menu.place_action.isEnabled()
    assert window.spike_action.text() in texts and window.new_action.text() in texts
    asked = answer(monkeypatch, lambda items: items[-1])
    window.list_menu.place_action.trigger()
    ((label, items),) = asked
    assert "2025-04-01" in label and items[0].startswith("第1版") and items[-1] == "第2版（新增）"
    with Session(window.desk.engine) as session:
        plan = pages.plan(session, pages.find_edition(session).id)
    assert [p.number for p in plan] == [1, 2]
    assert [a.id for a in plan[1].articles] == [article]
    assert "第2版" in window.statusBar().currentMessage()


def test_placed_copy_goes_at_the_end_of_an_existing_page(qtbot, window, monkeypatch):
    article = select_headline(window, "社区邻里节温暖人心")
    answer(monkeypatch, lambda items: items[0])
    assert window.list_menu.place_selected() == 1
    with Session(window.desk.engine) as session:
        page = pages.plan(session, pages.find_edition(session).id)[0]
    assert len(page.articles) == 11 and page.articles[-1].id == article


def test_a_correspondent_is_not_offered_to_place_copy(qtbot, window, monkeypatch):
    from newsroom.store.accounts import Identity

    select_headline(window, "社区邻里节温暖人心")
    monkeypatch.setattr(window.desk, "identity", Identity("万彤", "correspondent", 1))
    window.list_menu.menu()
    assert not window.list_menu.place_action.isEnabled()
    asked = answer(monkeypatch, lambda items: items[0])
    assert window.list_menu.place_selected() is None and asked == []


def test_a_right_click_on_a_row_selects_it_and_opens_the_menu(qtbot, window):
    from PySide6.QtWidgets import QApplication, QMenu

    window.table.selectRow(0)
    rect = window.table.visualRect(window.proxy.index(2, 1))
    window.table.customContextMenuRequested.emit(rect.center())
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert menu.actions()[0] is window.list_menu.place_action
    assert window.selected_article_ids() == [window.proxy.index(2, 0).data(0x0100)]
    menu.close()
