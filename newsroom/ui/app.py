"""Starting the window: the Qt application, the database, the files to import first."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from newsroom.service import DatabaseError, Newsroom, resolve_db_url, sqlite_path
from newsroom.settings import load_settings

ORGANISATION = "newsroom"
CJK_FONTS = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "WenQuanYi Micro Hei",
)
APPLICATION = "newsroom"


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    from newsroom.ui.icons import app_icon

    app.setWindowIcon(app_icon())
    # Chinese copy reads best in a CJK face; the first of these the system has is used,
    # with the platform's own default after them for Latin text.
    font = app.font()
    font.setFamilies([*CJK_FONTS, font.family()])
    app.setFont(font)
    app.setDesktopFileName("newsroom")  # links the window to newsroom.desktop and its icon
    return app


def run_gui(db: str | None = None, files: Sequence[str] = ()) -> int:
    from newsroom.ui.main_window import FIRST_ROWS, MainWindow

    app = make_application()
    settings = load_settings()
    from newsroom.ui.i18n import choose_language, install_translators

    install_translators(app, choose_language(settings.language))
    app.setApplicationDisplayName(QCoreApplication.translate("app", "新闻编辑部"))
    try:
        url = resolve_db_url(db)
    except DatabaseError as exc:
        return _cannot_open(exc)
    # A newsroom at this release's schema, with no accounts and nothing to import first,
    # shows its first rows before SQLAlchemy is loaded (a third of a second saved).
    first = None
    if not files:
        first = Newsroom.peek(url, FIRST_ROWS)
    if first is not None and not first.has_accounts:
        window, error = MainWindow(url, settings, first=first), None
    else:
        opened = _open_then_import(url, files, settings)
        if isinstance(opened, int):
            return opened
        window, error = opened
    from newsroom.ui.crash import install_crash_handler, setup_logging

    setup_logging()
    install_crash_handler(lambda: window)
    window.show()
    if error:
        window.show_error(error)
    window.offer_recovery()
    return app.exec()


def _cannot_open(exc: Exception) -> int:
    print(f"newsroom: {exc}", file=sys.stderr)
    QMessageBox.critical(None, QCoreApplication.translate("app", "新闻编辑部"), str(exc))
    return 2


def _open_then_import(url: str, files: Sequence[str], settings):
    """Open the database (logging in where it has accounts) and import FILEs: the window
    and what went wrong importing, or the exit code — 2 when the database cannot be
    opened, 0 when the person cancelled."""
    from newsroom.ingest.model import IngestError
    from newsroom.ui.login_dialog import log_in
    from newsroom.ui.main_window import MainWindow

    try:
        newsroom = Newsroom.open(url, create=True)
    except DatabaseError as exc:
        # A PostgreSQL login without $PGPASSWORD or a pgpass file: ask for its password.
        if "password" not in str(exc) or sqlite_path(url) is not None:
            return _cannot_open(exc)
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        password, ok = QInputDialog.getText(
            None,
            QCoreApplication.translate("app", "登录"),
            QCoreApplication.translate("app", "数据库密码："),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return 0
        try:
            newsroom = Newsroom.open(url, create=True, password=password)
        except DatabaseError as again:
            return _cannot_open(again)
    identity = log_in(newsroom)
    if identity is False:
        return 0
    error = None
    if files:
        try:
            newsroom.import_files(
                list(files), paper_name=settings.paper_name, author=settings.user_name
            )
        except IngestError as exc:
            error = str(exc)
            print(f"newsroom: {error}", file=sys.stderr)
    return MainWindow(newsroom.engine, settings, identity), error
