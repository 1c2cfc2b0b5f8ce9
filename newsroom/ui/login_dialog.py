"""Logging in to a shared newsroom, and the administrator's dialog of accounts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from newsroom.service import Identity, LoginFailed, Newsroom, ServiceError
from newsroom.ui.labels import role_text, roles
from newsroom.ui.record_model import RecordTableModel


def log_in(newsroom, parent: QWidget | None = None) -> Identity | bool | None:
    """The identity for a newsroom with accounts (a login dialog), None for a single desk,
    or False when the person cancelled. ``newsroom``: a Newsroom or an engine."""
    newsroom = Newsroom.of(newsroom)
    needed = newsroom.login_needed()
    if needed is not True:  # their own PostgreSQL login, or no accounts at all
        return needed
    dialog = LoginDialog(newsroom, newsroom.database_name, parent)
    if not dialog.exec() or dialog.identity is None:
        return False
    return dialog.identity


class LoginDialog(QDialog):
    """Username and password; ``identity`` is set when they are right."""

    def __init__(self, newsroom, database: str, parent: QWidget | None = None) -> None:
        """``newsroom``: a Newsroom, or the newsroom's engine."""
        super().__init__(parent)
        self.newsroom = Newsroom.of(newsroom)
        self.identity: Identity | None = None
        self.setWindowTitle(self.tr("登录"))
        self.username = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #c62828")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登录"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("编辑部数据库：%1").replace("%1", database), self))
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("密码"), self.password)
        form.addRow(self.message)
        form.addRow(buttons)

    def try_login(self) -> bool:
        try:
            identity = self.newsroom.authenticate(self.username.text(), self.password.text())
        except LoginFailed as exc:
            if exc.must_wait:  # too many wrong passwords: wait
                self.message.setText(str(exc))
            else:
                self.message.setText(self.tr("用户名或密码不对，或账号已停用。"))
            self.password.clear()
            return False
        self.identity = identity
        self.accept()
        return True


class AccountsModel(RecordTableModel):
    FIELDS = ("username", "display_name", "role", "active")

    def __init__(self, newsroom, parent=None) -> None:
        super().__init__(parent)
        self.newsroom = Newsroom.of(newsroom)
        self._rows: list[tuple[int, str, str, str, bool]] = []
        self._headers = (self.tr("用户名"), self.tr("姓名"), self.tr("角色"), self.tr("状态"))
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = [
            (a.id, a.username, a.display_name, a.role, a.active)
            for a in self.newsroom.accounts.list()
        ]
        self.endResetModel()

    def account_id(self, row: int) -> int:
        return self._rows[row][0]

    def is_active(self, row: int) -> bool:
        return self._rows[row][4]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        _id, username, name, account_role, active = self._rows[index.row()]
        column = self.FIELDS[index.column()]
        if column == "username":
            return username
        if column == "display_name":
            return name
        if column == "role":
            return role_text(account_role)
        return self.tr("在用") if active else self.tr("已停用")


class AccountsDialog(QDialog):
    """The administrator adds accounts, changes roles, resets passwords, disables accounts."""

    def __init__(self, newsroom, parent: QWidget | None = None) -> None:
        """``newsroom``: a Newsroom, or the newsroom's engine (its owner's)."""
        super().__init__(parent)
        self.newsroom = Newsroom.of(newsroom)
        self.setWindowTitle(self.tr("账号管理"))
        self.resize(600, 420)
        self.model = AccountsModel(self.newsroom, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.username, self.display_name = QLineEdit(self), QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox(self)
        for label, role in roles():
            self.role.addItem(label, role)
        add = QPushButton(self.tr("添加账号"), self)
        add.clicked.connect(self.add_account)
        set_role = QPushButton(self.tr("改为所选角色"), self)
        set_role.clicked.connect(self.change_role)
        reset = QPushButton(self.tr("重设密码…"), self)
        reset.clicked.connect(self.reset_password)
        toggle = QPushButton(self.tr("停用/启用"), self)
        toggle.clicked.connect(self.toggle_active)
        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("姓名"), self.display_name)
        form.addRow(self.tr("初始密码"), self.password)
        form.addRow(self.tr("角色"), self.role)
        row = QHBoxLayout()
        for button in (add, set_role, reset, toggle):
            row.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(close)

    def _selected(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.account_id(index.row()) if index.isValid() else None

    def _change(self, work) -> bool:
        try:
            work(self.newsroom.accounts)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("无法保存"), str(exc))
            return False
        self.model.reload()
        return True

    def add_account(self) -> bool:
        username, name = self.username.text(), self.display_name.text()
        password, role = self.password.text(), self.role.currentData()
        if self._change(lambda accounts: accounts.add(username, password, role, name)):
            for edit in (self.username, self.display_name, self.password):
                edit.clear()
            return True
        return False

    def change_role(self) -> None:
        account_id, role = self._selected(), self.role.currentData()
        if account_id is not None:
            self._change(lambda accounts: accounts.change(account_id, role=role))

    def reset_password(self) -> None:
        account_id = self._selected()
        if account_id is None:
            return
        password, ok = QInputDialog.getText(
            self, self.tr("重设密码"), self.tr("新密码："), QLineEdit.EchoMode.Password
        )
        if ok:
            self._change(lambda accounts: accounts.change(account_id, password=password))

    def toggle_active(self) -> None:
        account_id = self._selected()
        if account_id is None:
            return
        active = not self.model.is_active(self.table.currentIndex().row())
        self._change(lambda accounts: accounts.change(account_id, active=active))
