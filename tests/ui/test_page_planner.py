"""The page planner: pages with copy in order, moving copy by drag and drop, fit, export."""

from __future__ import annotations

import os
import stat
import zipfile

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.orm import Session

from newsroom.store import pages
from newsroom.store.models import Article
from newsroom.store.values import ArticleContent
from newsroom.ui.page_planner import ID_ROLE, KIND_ROLE, PagePlanner
from tests.ui.helpers import drain, open_window

VERDICT_ROLE = Qt.ItemDataRole.UserRole + 22


@pytest.fixture
def planner(qtbot, db_path, seed_path):
    window = open_window(qtbot, db_path, seed=seed_path)
    dialog = PagePlanner(window.desk, parent=window)
    qtbot.addWidget(dialog)
    dialog.window_under_test = window
    return dialog


def drag(planner, article_row: int, from_page: int, to_page: int, to_row: int) -> None:
    """What the view does on a drop: the model takes the dragged row's data, then drops it."""
    model = planner.model
    source = model.index(article_row, 0, model.index(from_page, 0))
    data = model.mimeData([source])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, to_row, 0, model.index(to_page, 0))
    model.dropMimeData(data, Qt.DropAction.MoveAction, to_row, 0, model.index(to_page, 0))
    model.removeRow(source.row(), source.parent())


def test_pages_show_their_copy_and_fit(planner):
    page = planner.model.item(0)
    assert page.rowCount() == 10
    assert page.text().startswith("第1版") and "超版" in page.text()
    assert page.data(VERDICT_ROLE) == "over"


def test_articles_cannot_be_dropped_outside_a_page(planner):
    model = planner.model
    data = model.mimeData([model.index(0, 0, model.index(0, 0))])
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index(-1, -1))
    assert not (model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled)


def test_moving_an_article_to_a_new_page_is_stored(qtbot, planner):
    planner.add_page()
    assert [planner.model.item(r).data(KIND_ROLE) for r in range(3)] == ["page", "page", "tray"]
    moved = planner.model.index(9, 0, planner.model.index(0, 0)).data(ID_ROLE)
    drag(planner, 9, 0, 1, 0)
    qtbot.waitUntil(lambda: not planner.saving and planner.model.item(1).rowCount() == 1)
    with Session(planner.desk.engine) as session:
        plan = pages.plan(session, planner.edition_id)
    assert [a.id for a in plan[1].articles] == [moved]
    assert len(plan[0].articles) == 9
    assert "欠版" in planner.model.item(1).text()
    window = planner.window_under_test
    row = window.model.row_of(moved)
    assert window.model.article_row(row).page == 2


def test_reordering_within_a_page(qtbot, planner):
    first = planner.model.index(0, 0, planner.model.index(0, 0)).data(ID_ROLE)
    drag(planner, 0, 0, 0, 10)  # to the end of the same page
    qtbot.waitUntil(lambda: not planner.saving)
    assert planner.model.index(9, 0, planner.model.index(0, 0)).data(ID_ROLE) == first
    with Session(planner.desk.engine) as session:
        plan = pages.plan(session, planner.edition_id)
    assert plan[0].articles[-1].id == first


def test_export_the_selected_page(planner, dialogs, tmp_path):
    planner.tree.setCurrentIndex(planner.model.index(0, 0))
    dialogs.save_file = str(tmp_path / "page.docx")
    path = planner.export_page()
    assert path is not None
    with zipfile.ZipFile(path) as docx:
        assert "主题" in docx.read("word/styles.xml").decode("utf-8")


def test_export_the_edition_in_the_background(qtbot, planner, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path / "out"))
    )
    planner.galley.setCurrentIndex(1)
    announced = []
    monkeypatch.setattr(
        PagePlanner, "announce_export", lambda self, path, what: announced.append(what)
    )
    old_mask = os.umask(0o022)
    try:
        worker = planner.export_edition()
        assert worker is not None
        drain()
        qtbot.waitUntil(lambda: bool(announced), timeout=5000)
    finally:
        os.umask(old_mask)
    written = tmp_path / "out" / "2025-04-01-01.docx"
    assert written.exists()
    assert "整期 1 个版面已导出到" in announced[0]  # said, with where
    # Layout staff share the folder: the page is as readable as any file they save.
    assert stat.S_IMODE(written.stat().st_mode) == 0o644


def test_page_head_says_the_paper_name_set_after_the_import(planner, dialogs, tmp_path):
    # The seed was imported while 报纸名称 was still the placeholder 本报.
    planner.desk.settings.paper_name = "河西报"
    again = PagePlanner(planner.desk, parent=planner.window_under_test)
    assert again.editions.itemText(0).startswith("河西报")
    again.tree.setCurrentIndex(again.model.index(0, 0))
    dialogs.save_file = str(tmp_path / "page.docx")
    path = again.export_page()
    with zipfile.ZipFile(path) as docx:
        header = docx.read("word/header1.xml").decode("utf-8")
    assert "河西报 · 2025年4月1日" in header and "本报" not in header


def test_export_is_announced_with_a_button_that_opens_the_folder(
    planner, dialogs, tmp_path, monkeypatch
):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))

    def click_open_folder(box):
        next(b for b in box.buttons() if b.text() == "打开文件夹").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_open_folder)
    planner.tree.setCurrentIndex(planner.model.index(0, 0))
    dialogs.save_file = str(tmp_path / "page.docx")
    path = planner.export_page()
    assert str(path) in planner.export_message.text()
    assert "第1版已导出" in planner.export_message.text()
    assert [url.toLocalFile() for url in opened] == [str(tmp_path)]


def test_unplaced_copy_waits_in_a_tray_and_is_dragged_onto_a_page(qtbot, planner):
    desk = planner.desk
    waiting = desk.create(ArticleContent(headline="未上版的来稿", paragraphs=["正文。"]))
    ready = desk.create(ArticleContent(headline="已签发待上版", paragraphs=["正文。"]))
    spiked = desk.create(ArticleContent(headline="撤掉的稿", paragraphs=["正文。"]))
    with Session(desk.engine) as session, session.begin():
        table = Article.__table__
        for article_id, status in ((ready, "signed_off"), (spiked, "spiked")):
            session.execute(table.update().where(table.c.id == article_id).values(status=status))
    planner.reload()
    tray = planner.model.item(planner.model.rowCount() - 1)
    assert tray.data(KIND_ROLE) == "tray" and "2 篇" in tray.text()
    assert planner.tray_ids() == [ready, waiting]  # signed-off first; spiked copy never
    drag(planner, 0, planner.model.rowCount() - 1, 0, 0)  # onto the top of page 1
    qtbot.waitUntil(lambda: not planner.saving and planner.tray_ids() == [waiting])
    with Session(desk.engine) as session:
        plan = pages.plan(session, planner.edition_id)
    assert plan[0].articles[0].id == ready and len(plan[0].articles) == 11
    window = planner.window_under_test
    assert window.model.article_row(window.model.row_of(ready)).page == 1
    # And back off the page into the tray.
    drag(planner, 0, 0, planner.model.rowCount() - 1, 0)
    qtbot.waitUntil(lambda: not planner.saving and ready in planner.tray_ids())
    with Session(desk.engine) as session:
        assert ready not in [a.id for a in pages.plan(session, planner.edition_id)[0].articles]


def test_the_edition_goes_to_the_web_from_the_planner(planner, monkeypatch, dialogs, tmp_path):
    from lxml import html
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path / "web"))
    )
    monkeypatch.setattr(PagePlanner, "announce_export", lambda self, path, what: None)
    assert planner.export_web() == tmp_path / "web"
    pages = sorted(p.name for p in (tmp_path / "web").glob("*.html"))
    assert "index.html" in pages and len(pages) == 11  # ten articles and the index
    first = html.parse(str(tmp_path / "web" / pages[0])).getroot()
    assert first.xpath("//p[@class]"), "paragraphs carry the style names"


def test_the_pages_sign_sheet_from_the_planner(planner, monkeypatch, dialogs, tmp_path):
    import docx
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "签字单.docx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    monkeypatch.setattr(PagePlanner, "announce_export", lambda self, path, what: None)
    planner.tree.setCurrentIndex(planner.model.index(0, 0))
    assert planner.export_sign_sheet() == target
    text = "\n".join(
        cell.text for table in docx.Document(str(target)).tables for row in table.rows
        for cell in row.cells
    )  # fmt: skip
    with Session(planner.desk.engine) as session:
        headlines = [a.headline for a in pages.plan(session, planner.edition_id)[0].articles]
    assert all(h[:6] in text for h in headlines if h)  # every article of the page is listed
