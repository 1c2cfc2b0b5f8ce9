"""File → 最近的数据库: entries survive a restart whole, a missing file is never created,
a server is kept without its password."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QSettings

from newsroom.ui.database_actions import RECENT_KEY
from tests.ui.helpers import open_window


def _restart_settings(home: Path, tmp_path: Path) -> None:
    """What the next start reads: the settings file parsed afresh from disk, not Qt's
    in-process copy of what this process wrote."""
    QSettings().sync()
    fresh = tmp_path / "qsettings-after-restart"
    shutil.copytree(home / "qsettings", fresh)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(fresh))


def test_recent_list_keeps_one_database_whole_after_a_restart(
    qtbot, db_path, seed_path, tmp_path, _isolated_home
):
    window = open_window(qtbot, db_path, seed=seed_path)
    assert window.databases.recent_databases() == [str(db_path)]
    window.close()
    _restart_settings(_isolated_home, tmp_path)
    again = open_window(qtbot, db_path)
    assert again.databases.recent_databases() == [str(db_path)]
    assert [a.text() for a in again.databases.recent_menu.actions()] == [str(db_path)]


def test_recent_list_never_creates_a_missing_database(qtbot, db_path, seed_path, tmp_path, dialogs):
    window = open_window(qtbot, db_path, seed=seed_path)
    gone = tmp_path / "moved-away.db"
    QSettings().setValue(RECENT_KEY, [str(db_path), str(gone), "t"])
    window.databases.fill_recent_menu()
    entry = next(a for a in window.databases.recent_menu.actions() if a.text() == str(gone))
    entry.trigger()
    assert not gone.exists()
    assert dialogs.messages and str(gone) in dialogs.messages[-1][1]
    assert window.desk.database_name == str(db_path)
    assert window.model.total() == 10  # still the copy of the open newsroom
    assert str(gone) not in window.databases.recent_databases()
    assert [a.text() for a in window.databases.recent_menu.actions()] == [str(db_path), "t"]
    assert not window.databases.open_recent("t") and not Path("t").exists()


def test_recent_list_keeps_a_server_without_its_password(qtbot, db_path, dialogs):
    window = open_window(qtbot, db_path)
    url = "postgresql+psycopg://wang:secret@db.example/newsroom"

    class Engine:
        pass

    from sqlalchemy.engine import make_url

    from newsroom.ui.database_actions import recent_entry

    class Desk:
        database_name = "postgresql+psycopg://wang:***@db.example/newsroom"
        is_open = True
        engine = Engine()

    Desk.engine.url = make_url(url)
    entry = recent_entry(Desk())
    assert entry == "postgresql+psycopg://wang@db.example/newsroom"
    assert "***" not in entry and "secret" not in entry
    opened = []
    window.databases.open_database = lambda u: opened.append(u) or True
    dialogs.text = ("typed-again", True)
    assert window.databases.open_recent(entry)
    assert opened == ["postgresql+psycopg://wang:typed-again@db.example/newsroom"]
    dialogs.text = ("", False)
    assert not window.databases.open_recent(entry) and len(opened) == 1
