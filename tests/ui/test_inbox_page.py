"""The 投稿 inbox in the window: mail read in the background, assigning, answering."""

from __future__ import annotations

import email
import email.policy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QInputDialog

from newsroom.ingest.people_file import PersonInput
from newsroom.store.db import transaction
from newsroom.store.people import import_people
from newsroom.ui.inbox_page import InboxPage
from tests.intake.helpers import three_submissions
from tests.intake.servers import dovecot, smtp_server  # noqa: F401  (fixtures)
from tests.ui.helpers import open_window


@pytest.fixture
def window(qtbot, db_path):
    window = open_window(qtbot, db_path)
    with transaction(window.desk.engine) as session:
        import_people(
            session,
            [PersonInput("万彤", "通讯员", "梅江街道", "wantong@meijiang.example.cn", "", 2),
             PersonInput("刘敏", "通讯员", "友谊路街道", "", "", 3)],
            "people.csv",
        )  # fmt: skip
    return window


def wait_for_pass(qtbot, intake) -> None:
    qtbot.waitUntil(lambda: not intake.busy and intake.last_checked is not None, timeout=20000)


def test_the_mailbox_is_read_in_the_background_and_shown(
    qtbot,
    window,
    dovecot,  # noqa: F811
    dialogs,
    monkeypatch,
):
    for number, msg in enumerate(three_submissions()):
        dovecot.deliver(msg.as_bytes(), str(number))
    intake = window.intake
    window.settings.intake_source = dovecot.url
    intake.schedule()
    assert intake.timer.isActive()
    assert intake.check(ask=window)
    assert intake.busy and "正在收取" in intake.label.text()  # the GUI thread is free meanwhile
    wait_for_pass(qtbot, intake)
    assert "上次收取" in intake.label.text() and "新投稿 3 份" in intake.label.text()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=10000)

    page = InboxPage(intake, window)
    qtbot.addWidget(page)
    QAbstractItemModelTester(page.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert page.model.rowCount() == 3
    texts = {page.model.index(r, 2).data(): r for r in range(3)}
    unknown = texts["社区义诊活动"]
    assert page.model.index(unknown, 5).data() == "待指派"
    assert isinstance(page.model.index(unknown, 0).data(Qt.ItemDataRole.FontRole), QFont)
    page.resize(1000, 420)
    page.grab().save("/tmp/inbox-page.png")

    # Assign the unknown sender to 刘敏.
    page.table.selectRow(unknown)
    names = []

    def choose(_parent, _title, _label, items, *args):
        names.extend(items)
        return next(i for i in items if i.startswith("刘敏")), True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(choose))
    assert page.assign_selected()
    row = next(r for r in page.model.rows if r.subject == "社区义诊活动")
    assert row.person == "刘敏" and any(n.startswith("万彤") for n in names)

    # Closing the page: what was there is no longer new.
    page.done(0)
    assert page.model.is_new(row)
    assert not InboxPage(intake, window).model.is_new(row)


def test_replies_by_smtp_or_on_the_clipboard(qtbot, window, smtp_server, dialogs, tmp_path):  # noqa: F811
    import mailbox

    from newsroom.intake.run import process_mail
    from newsroom.intake.sources import MboxSource

    box = mailbox.mbox(tmp_path / "in.mbox")
    box.add(three_submissions()[2])
    box.close()
    process_mail(window.desk.engine, MboxSource(tmp_path / "in.mbox"))
    page = InboxPage(window.intake, window)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    assert page.reply_selected("received")  # no SMTP server: the clipboard
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("someone@unknown.example.com") and "已收到" in copied
    assert page.model.index(0, 6).data() == "已收到"

    port, received = smtp_server
    page.smtp.setText(f"smtp://127.0.0.1:{port}")
    dialogs.note = ("请补充活动的主办单位。", True)
    page.table.selectRow(0)
    assert page.reply_selected("returned")
    qtbot.waitUntil(lambda: len(received) == 1, timeout=10000)
    qtbot.waitUntil(lambda: page.model.index(0, 6).data() == "退回修改", timeout=10000)
    got = email.message_from_bytes(received[0], policy=email.policy.default)
    assert got["To"] == "someone@unknown.example.com"
    assert "请补充活动的主办单位。" in got.get_content()


def test_people_dialog_shows_and_imports_addresses(qtbot, window, dialogs, tmp_path):
    from newsroom.ui.people_dialog import PeopleDialog

    dialog = PeopleDialog(window.desk, window)
    qtbot.addWidget(dialog)
    QAbstractItemModelTester(dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    sheet = tmp_path / "people.csv"
    sheet.write_text("姓名,邮箱,电话\n刘敏,LiuMin@example.cn,13900000000\n", encoding="utf-8")
    assert dialog.import_file(str(sheet))
    email_column = dialog.model.FIELDS.index("email")
    shown = {
        dialog.model.index(r, 0).data(): dialog.model.index(r, email_column).data()
        for r in range(dialog.model.rowCount())
    }
    assert shown["刘敏"] == "liumin@example.cn"
    assert shown["万彤"] == "wantong@meijiang.example.cn"
    # Edited in place: a bad address is refused with the reason, a good one kept.
    index = dialog.model.index(list(shown).index("刘敏"), email_column)
    assert not dialog.model.setData(index, "not an address")
    assert any("不是电子邮件地址" in text for _kind, text in dialogs.messages)
    assert dialog.model.setData(index, "liu.min@example.cn")
    assert {p.name: p.email for p in window.desk.people()}["刘敏"] == "liu.min@example.cn"
    bad = tmp_path / "bad.csv"
    bad.write_text("姓名,邮箱\n甲,x@y.cn\n乙,X@Y.cn\n", encoding="utf-8")
    assert not dialog.import_file(str(bad))
    assert "line 3" in dialogs.messages[-1][1]
    assert "甲" not in {p.name for p in window.desk.people()}


def test_the_schedule_never_asks_for_a_password(qtbot, window, monkeypatch):
    monkeypatch.delenv("NEWSROOM_IMAP_PASSWORD", raising=False)
    window.settings.intake_source = "imaps://tougao@127.0.0.1:1/INBOX"
    window.intake.schedule()
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: asked.append(a)))
    window.intake.timer.timeout.emit()
    assert asked == [] and not window.intake.busy
    assert "需要邮箱密码" in window.intake.label.text()
