"""The 投稿 inbox: mail and folder submissions, their drafts, assigning and answering them.

The mailbox (or watched folder) is read on the global thread pool on a schedule, never on
the GUI thread; the status bar says when it was last read. Passwords are asked for once
per session (or taken from $NEWSROOM_IMAP_PASSWORD / $NEWSROOM_SMTP_PASSWORD) and kept in
memory only. Replies go out by SMTP where a server is set, else onto the clipboard.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from newsroom.service import describe_failure
from newsroom.service.intake import DESK_ROLES
from newsroom.settings import save_settings
from newsroom.ui.background import Task, run_in_background


def failure_line(exc: Exception) -> str:
    """What a pass or a reply that failed says in the status bar: one line."""
    from newsroom.intake.sources import IntakeError

    if isinstance(exc, IntakeError):
        return str(exc)
    # a database that refused, a full disk
    return describe_failure(exc) or f"{type(exc).__name__}: {exc}"


class InboxModel(QAbstractTableModel):
    """Submissions, newest first; those since the editor last looked are bold."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []
        self.seen: dt.datetime | None = None
        self.headers = (
            self.tr("收到"),
            self.tr("发件人"),
            self.tr("主题"),
            self.tr("附件"),
            self.tr("稿件"),
            self.tr("通讯员"),
            self.tr("回复"),
        )

    def set_rows(self, rows, seen: dt.datetime | None) -> None:
        self.beginResetModel()
        self.rows, self.seen = list(rows), seen
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def is_new(self, row) -> bool:
        return self.seen is None or row.received_at > self.seen

    def data(self, index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.FontRole and self.is_new(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (
            (column == 5 and row.person_id is None) or (column == 4 and row.problem)
        ):
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.problem or row.sender
        return None

    def _text(self, row, column: int) -> str:
        if column == 0:
            local = row.received_at.replace(tzinfo=dt.UTC).astimezone()
            return local.strftime("%m-%d %H:%M")
        if column == 1:
            return f"{row.sender_name} <{row.sender}>" if row.sender_name else row.sender
        if column == 2:
            return row.subject
        if column == 3:
            return "、".join(row.attachments)
        if column == 4:
            if row.problem:
                return self.tr("未能导入")
            return " ".join(f"#{i}" for i in row.article_ids)
        if column == 5:
            return row.person or self.tr("待指派")
        if column == 6:
            return {"received": self.tr("已收到"), "returned": self.tr("退回修改")}.get(
                row.replied, ""
            )
        return ""


class InboxPage(QDialog):
    """The 投稿 inbox: where submissions come from, what came, and what to do with it."""

    def __init__(self, intake: Intake, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intake = intake
        self.setWindowTitle(self.tr("投稿收件箱"))
        self.resize(960, 520)
        self.source = QLineEdit(intake.settings.intake_source, self)
        self.source.setPlaceholderText(
            self.tr("投稿邮箱 imaps://用户名@服务器/INBOX，或共享文件夹的路径")
        )
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 240)
        self.minutes.setSuffix(self.tr(" 分钟"))
        self.minutes.setValue(intake.minutes())
        self.check_button = QPushButton(self.tr("立即收取"), self)
        self.check_button.clicked.connect(self.check_now)
        self.last_label = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("来源："), self))
        top.addWidget(self.source, 1)
        top.addWidget(QLabel(self.tr("每"), self))
        top.addWidget(self.minutes)
        top.addWidget(self.check_button)
        self.model = InboxModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.assign_button = QPushButton(self.tr("指派通讯员…"), self)
        self.assign_button.clicked.connect(self.assign_selected)
        self.received_button = QPushButton(self.tr("回复“已收到”"), self)
        self.received_button.clicked.connect(lambda: self.reply_selected("received"))
        self.return_button = QPushButton(self.tr("退回修改…"), self)
        self.return_button.clicked.connect(lambda: self.reply_selected("returned"))
        self.smtp = QLineEdit(intake.settings.intake_smtp, self)
        self.smtp.setPlaceholderText(
            self.tr("发信服务器 smtps://用户名@服务器（空：复制到剪贴板）")
        )
        bottom = QHBoxLayout()
        for button in (self.assign_button, self.received_button, self.return_button):
            bottom.addWidget(button)
        bottom.addWidget(self.smtp, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.last_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        intake.changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self.intake.rows(), self.intake.seen_before)
        self.last_label.setText(self.intake.status_text())
        self.check_button.setEnabled(not self.intake.busy)

    def selected(self):
        indexes = self.table.selectionModel().selectedRows()
        return self.model.rows[indexes[0].row()] if indexes else None

    def check_now(self) -> None:
        self._keep_settings()
        self.intake.check(ask=self)
        self.reload()

    def assign_selected(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        people = self.intake.people()
        names = [f"{p.name}（{p.organisation or p.default_role}）" for p in people]
        if not names:
            QMessageBox.information(self, self.tr("指派通讯员"), self.tr("还没有人员。"))
            return False
        choice, ok = QInputDialog.getItem(
            self, self.tr("指派通讯员"), self.tr("这份投稿是谁的？"), names, 0, False
        )
        if not ok:
            return False
        person = people[names.index(choice)]
        return self.intake.assign(row.id, person.id, self)

    def reply_selected(self, kind: str) -> bool:
        row = self.selected()
        if row is None or not row.sender:
            return False
        note = ""
        if kind == "returned":
            note, ok = QInputDialog.getMultiLineText(
                self, self.tr("退回修改"), self.tr("修改意见（写进回信）：")
            )
            if not ok or not note.strip():
                return False
        self._keep_settings()
        return self.intake.reply(row, kind, note, self)

    def _keep_settings(self) -> None:
        settings = self.intake.settings
        settings.intake_source = self.source.text().strip()
        settings.intake_minutes = str(self.minutes.value())
        settings.intake_smtp = self.smtp.text().strip()
        self.intake.save_settings()

    def done(self, result: int) -> None:
        self._keep_settings()
        self.intake.looked()
        super().done(result)


class Intake(QObject):
    """The window's intake: the schedule, the background passes, the status-bar line
    (``label``) and the 稿件 menu's 投稿收件箱 (``action``), with ``window`` under the
    inbox page."""

    # The inbox's rows or the last pass's outcome changed.
    changed = Signal()

    def __init__(self, desk, window: QWidget) -> None:
        super().__init__(window)
        self.desk, self.window = desk, window
        self.settings = desk.settings
        self.last_checked: dt.datetime | None = None
        self.last_result = ""
        self._passwords: dict[str, str] = {}
        self._tasks: list[Task] = []
        self._watch = None
        self.seen_before = _parse_time(self.settings.intake_seen)
        self.label = QLabel(window)
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.check(ask=None))
        self.action = QAction(self.tr("投稿收件箱(&I)…"), self)
        self.action.setStatusTip(self.tr("投稿邮箱与共享文件夹送来的稿件"))
        self.action.triggered.connect(self.show_page)
        desk.database_changed.connect(self.schedule)  # another newsroom, another role
        self.schedule()

    @property
    def busy(self) -> bool:
        """A pass or a reply is under way in the background."""
        return any(task.running for task in self._tasks)

    @property
    def service(self):
        """The newsroom's intake part for the desk's database and person (asked anew each
        time: the desk may switch databases)."""
        return self.desk.newsroom.intake

    def allowed(self) -> bool:
        return self.desk.role in DESK_ROLES

    def minutes(self) -> int:
        try:
            return max(1, min(240, int(self.settings.intake_minutes)))
        except ValueError:
            return 5

    def schedule(self) -> None:
        """Look on the schedule while a source is set and this desk may take mail in."""
        self.action.setEnabled(self.allowed())
        if self.settings.intake_source and self.allowed():
            self.timer.start(self.minutes() * 60_000)
        else:
            self.timer.stop()
        self.label.setText(self.status_text() if self.settings.intake_source else "")

    def status_text(self) -> str:
        if self.busy:
            return self.tr("投稿：正在收取…")
        if self.last_checked is None:
            waiting = f" — {self.last_result}" if self.last_result else ""
            return self.tr("投稿：尚未收取") + waiting
        when = self.last_checked.astimezone().strftime("%H:%M:%S")
        return self.tr("投稿：上次收取 %1").replace("%1", when) + (
            f" — {self.last_result}" if self.last_result else ""
        )

    def rows(self):
        try:
            return self.service.inbox()
        except Exception:  # a correspondent's login may not read the inbox: an empty list
            return []

    def people(self):
        return self.desk.people()

    def looked(self) -> None:
        """The editor has seen the inbox: what came before now is no longer new."""
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        self.seen_before = now
        self.settings.intake_seen = now.isoformat(timespec="seconds")
        self.save_settings()

    def save_settings(self) -> None:
        try:
            save_settings(self.settings)
        except OSError:
            pass  # the settings folder is read-only: the values hold for this session
        self.schedule()

    def show_page(self) -> None:
        InboxPage(self, self.window).exec()

    def _password(self, key: str, env: str, prompt: str, ask: QWidget | None) -> str | None:
        if os.environ.get(env) is not None:
            return os.environ[env]
        if key in self._passwords:
            return self._passwords[key]
        if ask is None:
            return None  # a scheduled look does not interrupt the editor with a dialog
        password, ok = QInputDialog.getText(
            ask, self.tr("密码"), prompt, QLineEdit.EchoMode.Password
        )
        if not ok:
            return None
        self._passwords[key] = password
        return password

    def check(self, ask: QWidget | None) -> bool:
        """Start one pass in the background; False when one is running or cannot start."""
        from newsroom.intake.sources import IMAP_PASSWORD_ENV, IntakeError, parse_imap_url

        where = self.settings.intake_source.strip()
        if self.busy or not where or not self.allowed():
            return False
        if "://" in where:
            try:
                address = parse_imap_url(where)
            except IntakeError as exc:
                self._failed(str(exc))
                return False
            password = self._password(
                where,
                IMAP_PASSWORD_ENV,
                self.tr("%1 的邮箱密码：").replace("%1", f"{address.user}@{address.host}"),
                ask,
            )
            if password is None:
                if ask is None:  # the schedule does not ask: say what it waits for
                    self.last_result = self.tr("需要邮箱密码：请在投稿收件箱中点“立即收取”")
                    self.label.setText(self.status_text())
                return False
            work = self._mail_pass(address, password)
        else:
            work = self._folder_pass(where)
        self._start(work, self._checked)
        return True

    def _mail_pass(self, address, password: str):
        intake = self.service

        def work():
            from newsroom.intake.sources import ImapSource

            source = ImapSource(address, password)
            try:
                return intake.take_mail(source)
            finally:
                source.close()

        return work

    def _folder_pass(self, where: str):
        from pathlib import Path

        from newsroom.intake.folder import FolderWatch

        if self._watch is None or self._watch.path != Path(where):
            self._watch = FolderWatch(Path(where))
        intake, watch = self.service, self._watch

        def work():
            return intake.look(watch)

        return work

    def _start(self, work, finished) -> None:
        self._tasks = [task for task in self._tasks if task.running]
        task = run_in_background(
            work,
            parent=self,
            on_done=finished,
            on_error=lambda exc: self._failed(failure_line(exc)),
        )
        self._tasks.append(task)
        self.label.setText(self.status_text())

    def _checked(self, report) -> None:
        self.last_checked = dt.datetime.now(dt.UTC)
        self.last_result = self.tr("新投稿 %1 份").replace("%1", str(len(report.stored)))
        self.label.setText(self.status_text())
        if report.stored:
            self.desk.articles_changed.emit()
        self.changed.emit()

    def _failed(self, message: str) -> None:
        self.last_checked = dt.datetime.now(dt.UTC)
        self.last_result = message
        self.label.setText(self.status_text())
        self.changed.emit()

    def assign(self, intake_id: int, person_id: int, parent: QWidget) -> bool:
        try:
            self.service.assign(intake_id, person_id)
        except Exception as exc:
            QMessageBox.warning(parent, self.tr("无法指派"), _one_line(exc))
            return False
        self.desk.articles_changed.emit()
        self.changed.emit()
        return True

    def reply(self, row, kind: str, note: str, parent: QWidget) -> bool:
        """Send the answer by SMTP in the background, or put it on the clipboard."""
        from newsroom.intake.reply import (
            SMTP_PASSWORD_ENV,
            build_reply,
            parse_smtp_url,
            reply_text,
            send,
        )
        from newsroom.intake.sources import IntakeError

        subject, text = reply_text(kind, row.subject, self.settings.paper_name, note)
        smtp = self.settings.intake_smtp.strip()
        if not smtp:
            QGuiApplication.clipboard().setText(f"{row.sender}\n{subject}\n\n{text}")
            self._replied(row.id, kind)
            QMessageBox.information(
                parent,
                self.tr("回复"),
                self.tr("没有设置发信服务器：回信已复制到剪贴板，请用邮件程序发给 %1。").replace(
                    "%1", row.sender
                ),
            )
            return True
        try:
            address = parse_smtp_url(smtp)
        except IntakeError as exc:
            QMessageBox.warning(parent, self.tr("无法发送"), str(exc))
            return False
        password = None
        if address.user:
            password = self._password(
                smtp, SMTP_PASSWORD_ENV, self.tr("发信服务器的密码："), parent
            )
            if password is None:
                return False
        sender = self.settings.intake_from or (
            f"{address.user}@{address.host}" if "@" not in address.user else address.user
        )
        message = build_reply(
            to=row.sender, subject=subject, text=text, sender=sender, in_reply_to=row.key
        )
        self._start(
            lambda: send(address, password, message), lambda _r: self._replied(row.id, kind)
        )
        return True

    def _replied(self, intake_id: int, kind: str) -> None:
        self.service.mark_replied(intake_id, kind)
        self.changed.emit()


def _parse_time(value: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def _one_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
