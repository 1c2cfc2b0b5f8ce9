"""Starting the window: the Qt application, the database, the files to import first."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from newsroom.settings import load_settings
from newsroom.store.db import DatabaseError, open_database

ORGANISATION = "newsroom"
APPLICATION = "newsroom"


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("新闻编辑部")
    return app


def run_gui(db: str | None = None, files: Sequence[str] = ()) -> int:
    from newsroom.importer import import_files
    from newsroom.ingest.model import IngestError
    from newsroom.ui.main_window import MainWindow

    app = make_application()
    settings = load_settings()
    try:
        engine = open_database(db)
    except DatabaseError as exc:
        print(f"newsroom: {exc}", file=sys.stderr)
        QMessageBox.critical(None, "新闻编辑部", str(exc))
        return 2
    error = None
    if files:
        try:
            import_files(
                engine, list(files), paper_name=settings.paper_name, author=settings.user_name
            )
        except IngestError as exc:
            error = str(exc)
            print(f"newsroom: {error}", file=sys.stderr)
    window = MainWindow(engine, settings)
    window.show()
    if error:
        window.show_error(error)
    window.offer_recovery()
    return app.exec()
