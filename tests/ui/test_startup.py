"""Starting on a newsroom at this release's schema: the first rows are painted from a peek
(store/peek.py) before SQLAlchemy is loaded, and the database is opened right after."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from PySide6.QtCore import QThreadPool

from newsroom.importer import import_files
from newsroom.settings import Settings
from newsroom.store.db import open_database, resolve_db_url
from newsroom.store.peek import peek
from newsroom.ui.main_window import MainWindow
from tests.ui.helpers import type_text

PROGRAM = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from newsroom.ui import app as desk_app
from newsroom.ui.main_window import MainWindow

seen = {}

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "painted_rows" not in seen:
            seen["painted_rows"] = self.window.model.rowCount()
            seen["sqlalchemy_at_paint"] = "sqlalchemy" in sys.modules
        return False

painted = Painted()
original_show = MainWindow.show

def show(window):
    painted.window = window
    window.table.viewport().installEventFilter(painted)
    original_show(window)

def finish():
    window = painted.window
    if window.editor.article_id is None:
        QTimer.singleShot(20, finish)
        return
    seen["editor_article"] = window.editor.article_id
    seen["first_row"] = window.current_article_id()
    seen["rows"] = window.model.rowCount()
    seen["headline"] = window.editor.headline.text()
    print(json.dumps(seen, ensure_ascii=False), flush=True)
    QApplication.instance().exit(0)

MainWindow.show = show
QTimer.singleShot(0, finish)
sys.exit(desk_app.run_gui(db=sys.argv[1]))
"""


def test_rows_are_painted_before_sqlalchemy_loads_and_the_article_follows(tmp_path, seed_path):
    db = tmp_path / "desk.db"
    import_files(open_database(db), [seed_path])
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        [sys.executable, "-c", PROGRAM, str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen["painted_rows"] == 10 and seen["rows"] == 10
    assert seen["sqlalchemy_at_paint"] is False
    assert seen["editor_article"] == seen["first_row"]
    assert "养老" in seen["headline"]


def peeked_window(qtbot, db_path, seed_path, limit=500) -> MainWindow:
    import_files(open_database(db_path), [seed_path])
    url = resolve_db_url(db_path)
    window = MainWindow(url, Settings(user_name="王编辑"), first=peek(url, limit))
    qtbot.addWidget(window)
    assert not window.store_open and window.model.rowCount() == min(limit, 10)
    window.show()
    qtbot.waitUntil(lambda: window.store_open and window.editor.article_id is not None)
    return window


def test_after_a_peek_the_desk_works_as_usual(qtbot, db_path, seed_path):
    window = peeked_window(qtbot, db_path, seed_path)
    assert window.editor.article_id == window.current_article_id()
    window.editor.headline.end(False)  # the field opens showing the headline's start
    type_text(window.editor.headline, "（修订）")
    window.save_action.trigger()
    assert (
        window.desk.revisions(window.editor.article_id)[-1]
        .snapshot["headline"]
        .endswith("（修订）")
    )
    assert window.proxy.index(0, 1).data().endswith("（修订）")


def test_a_peek_of_the_first_rows_is_followed_by_the_rest(qtbot, db_path, seed_path):
    window = peeked_window(qtbot, db_path, seed_path, limit=3)
    qtbot.waitUntil(lambda: window.model.rowCount() == 10)
    QThreadPool.globalInstance().waitForDone(5000)
    ids = [window.model.article_row(r).id for r in range(10)]
    assert len(set(ids)) == 10
    assert "10" in window.count_label.text()


def test_edits_kept_from_a_crash_are_offered_once_the_store_is_open(
    qtbot, db_path, seed_path, dialogs
):
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.helpers import open_window, select_row

    window = open_window(qtbot, db_path, seed=seed_path)
    article_id = select_row(window, 3)
    window.editor.body.setFocus()
    type_text(window.editor.body, "崩溃前的修改")
    assert window.editor.autosave()
    window.editor.autosave_timer.stop()
    window.desk.engine.dispose()
    # The next start peeks at the file first; the offer waits for the database.
    url = resolve_db_url(db_path)
    again = MainWindow(url, Settings(user_name="王编辑"), first=peek(url, 500))
    qtbot.addWidget(again)
    dialogs.answer = QMessageBox.StandardButton.Yes
    assert again.offer_recovery() == 0 and not again.store_open
    again.show()
    qtbot.waitUntil(lambda: again.editor.article_id == article_id)
    assert "崩溃前的修改" in again.editor.body.toPlainText()
    assert again.editor.is_dirty()
