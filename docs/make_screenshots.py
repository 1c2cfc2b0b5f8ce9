"""Screenshots for the user guide, taken from the real application (offscreen).

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py

Needs a CJK font (Debian: fonts-noto-cjk). Writes docs/images/guide-*-{zh_CN,en}.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "images"
SEED = ROOT / "seeds" / "hexi-bulletin-2025-04.txt"
PASSWORD = "guide-123"


def settle(app, rounds: int = 30) -> None:
    from PySide6.QtCore import QThreadPool

    for _ in range(rounds):
        QThreadPool.globalInstance().waitForDone(200)
        app.processEvents()


def shoot(widget, name: str, language: str) -> None:
    path = OUT / f"guide-{name}-{language}.png"
    widget.grab().save(str(path))
    print(path)


def private_home() -> Path:
    """A fresh folder for the desk's settings, data and state: the pictures never show, or
    change, the user's own newsroom."""
    folder = Path(tempfile.mkdtemp())
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    os.environ["XDG_STATE_HOME"] = str(folder / "state")
    return folder


def main() -> None:
    folder = private_home()
    from sqlalchemy.orm import Session

    from newsroom.importer import import_files
    from newsroom.settings import Settings
    from newsroom.store import accounts
    from newsroom.store.db import open_database
    from newsroom.ui.app import make_application
    from newsroom.ui.i18n import install_translators

    app = make_application()
    for language in ("zh_CN", "en"):
        install_translators(app, language)
        from newsroom.ui.main_window import MainWindow
        from newsroom.ui.page_planner import PagePlanner

        # The editor's desk on a single machine: list, editor, proofreading, tags, history.
        engine = open_database(folder / f"desk-{language}.db")
        window = MainWindow(engine, Settings(user_name="王编辑"))
        window.resize(1500, 900)
        window.show()
        settle(app, 3)
        shoot(window, "welcome", language)
        import_files(engine, [SEED], author="王编辑")
        window.reload()
        settle(app)
        window.select_article(window.model.rows()[1].id)
        settle(app)
        window.findChild(type(window.history_dock), "dock_proofing").raise_()
        settle(app)
        shoot(window, "editor", language)
        window.findChild(type(window.history_dock), "dock_tags").raise_()
        window.select_article(window.model.rows()[0].id)
        settle(app, 60)
        shoot(window, "tags", language)
        # Layout staff: the page planner.
        planner = PagePlanner(window.desk, parent=window)
        planner.add_page()
        planner.resize(640, 560)
        planner.show()
        settle(app, 3)
        shoot(planner, "planner", language)
        planner.close()
        window.close()

        # A correspondent's seat on a shared newsroom.
        shared = open_database(folder / f"shared-{language}.db")
        with Session(shared) as session, session.begin():
            accounts.create_account(session, "wan", PASSWORD, "correspondent", "万彤")
        with Session(shared) as session:
            identity = accounts.authenticate(session, "wan", PASSWORD)
        seat = MainWindow(shared, Settings(), identity)
        seat.resize(1500, 900)
        seat.show()
        seat.new_action.trigger()
        seat.editor.headline.setText("梅江街道举办邻里节")
        seat.editor.bylines.set_bylines([("通讯员", "万彤")])
        seat.editor.body.setPlainText("近日，梅江街道在社区广场举办邻里节，居民们带来自家做的"
                                      "饭菜，邻里之间拉家常、话发展，其乐融融。")
        seat.editor.save()
        settle(app, 5)
        shoot(seat, "correspondent", language)
        seat.close()


if __name__ == "__main__":
    main()
