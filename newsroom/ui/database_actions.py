"""Which newsroom the window works on: open a file, connect to a server, the recent list;
accounts and preferences. The window holds one (``window.databases``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from newsroom.settings import save_settings
from newsroom.store.location import server_login, with_password

MAX_RECENT = 8
RECENT_KEY = "recent/databases"


def recent_entry(desk) -> str:
    """How the recent list keeps a database: an SQLite file's path, a server's URL without
    its password (never the masked ``***`` of the status bar, which cannot reconnect)."""
    name = desk.database_name
    if "://" not in name:
        return name
    return with_password(desk.engine.url if desk.is_open else desk.url, None)


class DatabaseActions(QObject):
    """The 文件 menu's databases (``recent_menu`` among them), 账号管理 and 首选项 of
    ``window``; its desk's database is remembered in the recent list whenever it changes."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.desk = window.desk
        self.recent_menu = QMenu(self.tr("最近的数据库"), window)
        self.desk.database_changed.connect(self._remember_current)
        self._remember_current()

    def choose_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("打开或新建数据库"),
            "",
            self.tr("编辑部数据库 (*.db);;所有文件 (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.open_database(path)

    def open_database(self, db: str) -> bool:
        window = self.window
        if not window.ask_to_keep_edits():
            return False
        from newsroom.service import Newsroom, Unavailable

        try:
            engine = Newsroom.open(db, create=True).engine
        except Unavailable as exc:
            QMessageBox.warning(window, self.tr("无法打开数据库"), str(exc))
            return False
        from newsroom.ui.login_dialog import log_in

        identity = log_in(engine, window)
        if identity is False:
            engine.dispose()
            return False
        window.editor.load(None)  # its lock is released in the database it was taken in
        window.current_article_changed.emit(None)
        self.desk.switch_engine(engine, identity)
        return True

    # --- the recent list -----------------------------------------------------------------
    def _remember_current(self) -> None:
        entry = recent_entry(self.desk)
        self._store_recent([entry, *(e for e in self.recent_databases() if e != entry)])

    def _store_recent(self, entries: list[str]) -> None:
        QSettings().setValue(RECENT_KEY, entries[:MAX_RECENT])
        self.fill_recent_menu()

    def recent_databases(self) -> list[str]:
        # type=list: a one-entry list comes back from the settings file as a plain string,
        # which list() would cut into characters.
        value = QSettings().value(RECENT_KEY, [], type=list)
        return [str(entry) for entry in value if entry]

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_databases()
        for entry in recent:
            action = self.recent_menu.addAction(entry)
            action.triggered.connect(lambda _=False, e=entry: self.open_recent(e))
        self.recent_menu.setEnabled(bool(recent))

    def open_recent(self, entry: str) -> bool:
        """Open a database of the recent list. A missing file is said and leaves the list
        (it is never created here); a server asks for its password, which is not kept."""
        if "://" not in entry:
            if not Path(entry).is_file():
                QMessageBox.warning(
                    self.window,
                    self.tr("找不到数据库"),
                    self.tr("数据库文件 %1 已不存在，已从最近的数据库中移除。").replace(
                        "%1", entry
                    ),
                )
                self._store_recent([e for e in self.recent_databases() if e != entry])
                return False
            return self.open_database(entry)
        url = self._with_password(entry, server_login(entry) or "")
        return url is not None and self.open_database(url)

    # --- a shared newsroom ----------------------------------------------------------------
    def _with_password(self, entry: str, login: str) -> str | None:
        """A server entry with the password the person types for ``login`` (empty: the key
        ring or ~/.pgpass, through libpq), or None when they cancel."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        password, ok = QInputDialog.getText(
            self.window,
            self.tr("连接服务器"),
            self.tr("%1 的密码（留空则用 .pgpass）：").replace("%1", login),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return None
        return with_password(entry, password or None)

    def connect_server(self) -> bool:
        """Open a shared newsroom by its URL (postgresql+psycopg://user@host/db); the
        password is asked for next, never typed into the URL."""
        from PySide6.QtWidgets import QInputDialog

        url, ok = QInputDialog.getText(
            self.window,
            self.tr("连接服务器"),
            self.tr("数据库地址，如 postgresql+psycopg://用户@主机/编辑部（密码稍后询问）："),
            text="postgresql+psycopg://",
        )
        url = url.strip()
        if not (ok and url):
            return False
        login = server_login(url)
        if login is not None:
            url = self._with_password(url, login)
            if url is None:
                return False
        return self.open_database(url)

    def manage_accounts(self) -> None:
        from newsroom.ui.login_dialog import AccountsDialog
        from newsroom.workflow import can_manage_accounts

        if not can_manage_accounts(self.desk.role):
            QMessageBox.information(
                self.window, self.tr("账号管理"), self.tr("只有管理员可以管理账号。")
            )
            return
        AccountsDialog(self.desk.engine, self.window).exec()

    # --- preferences ----------------------------------------------------------------------
    def edit_preferences(self) -> bool:
        from newsroom.ui.preferences_dialog import PreferencesDialog

        window, settings = self.window, self.desk.settings
        dialog = PreferencesDialog(settings, window)
        if not dialog.exec():
            return False
        before = (settings.language, settings.proofing_off)
        dialog.apply_to(settings)
        save_settings(settings)
        window.follow_user()  # the list and the status bar name the current user
        if (settings.language, settings.proofing_off) != before:
            window.proofing.rebuild()
            if settings.language != before[0]:
                window.statusBar().showMessage(self.tr("界面语言将在重新启动后生效"), 10000)
        editor = window.editor
        if editor.article_id is not None and not editor.is_dirty():
            editor.load(editor.article_id)
        return True
