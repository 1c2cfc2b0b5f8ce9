"""连接服务器: the address is typed without a password, which is asked for next."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from tests.ui.helpers import open_window


def test_the_password_is_asked_for_and_never_typed_into_the_address(qtbot, db_path, monkeypatch):
    window = open_window(qtbot, db_path)
    answers = iter([("postgresql+psycopg://wang@db.newsroom/hexi", True), ("s3cret pw", True)])
    prompts: list[str] = []

    def get_text(parent, title, label, *args, **kwargs):
        prompts.append(label)
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    opened: list[str] = []
    monkeypatch.setattr(window.databases, "open_database", lambda url: opened.append(url) or True)
    assert window.databases.connect_server()
    assert "密码" not in prompts[0].split("（")[0]  # the address holds no password
    assert "wang@db.newsroom" in prompts[1]
    from sqlalchemy.engine import make_url

    url = make_url(opened[0])
    assert (url.username, url.password, url.host) == ("wang", "s3cret pw", "db.newsroom")


def test_cancelling_the_password_opens_nothing(qtbot, db_path, monkeypatch):
    window = open_window(qtbot, db_path)
    answers = iter([("postgresql+psycopg://wang@db.newsroom/hexi", True), ("", False)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(answers)))
    opened: list[str] = []
    monkeypatch.setattr(window.databases, "open_database", lambda url: opened.append(url) or True)
    assert not window.databases.connect_server()
    assert opened == []
