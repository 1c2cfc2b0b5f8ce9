"""What an empty newsroom shows first: how to bring in the day's copy."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from newsroom.workflow import Role


def sample_bulletin() -> Path:
    """The sample bulletin that ships with the application."""
    return Path(str(files("newsroom.resources") / "samples" / "hexi-bulletin-2025-04.txt"))


class WelcomePanel(QWidget):
    """Shown in place of the editor while the newsroom has no copy at all."""

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("欢迎使用新闻编辑部"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.new_button = QPushButton(self.tr("新建稿件"), self)
        self.import_button = QPushButton(self.tr("导入稿件…"), self)
        self.sample_button = QPushButton(self.tr("打开示例通讯稿"), self)
        self.connect_button = QPushButton(self.tr("连接共享服务器…"), self)
        self.preferences_button = QPushButton(self.tr("首选项…"), self)
        # The buttons do what the menus' entries do.
        self.new_button.clicked.connect(window.new_action.trigger)
        self.import_button.clicked.connect(window.import_action.trigger)
        self.sample_button.clicked.connect(lambda: window.import_paths([str(sample_bulletin())]))
        self.connect_button.clicked.connect(window.connect_action.trigger)
        self.preferences_button.clicked.connect(window.preferences_action.trigger)
        self.desk = window.desk
        self.desk.database_changed.connect(self.show_for_role)
        self.show_for_role()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        for button in (
            self.new_button,
            self.import_button,
            self.sample_button,
            self.connect_button,
            self.preferences_button,
        ):
            button.setMinimumWidth(240)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_for_role(self) -> None:
        """A correspondent's empty desk is his own: no copy of his yet, so he writes or
        imports a draft (he is already on the newsroom's server). Anyone else's empty
        desk is an empty newsroom: import the day's copy, try the sample, or connect."""
        mine = self.desk.role == Role.CORRESPONDENT
        if mine:
            self.text.setText(
                self.tr(
                    "你还没有稿件。可以从这里开始：\n"
                    "· 新建一篇稿件，直接写；\n"
                    "· 导入写好的稿件（.txt、.docx，也可以直接拖进窗口）。"
                )
            )
        else:
            self.text.setText(
                self.tr(
                    "这个编辑部还没有稿件。可以从这里开始：\n"
                    "· 导入今天的通讯稿或通讯员来稿（.txt、.docx，也可以直接拖进窗口）；\n"
                    "· 打开示例通讯稿，看看一版稿件导入后的样子；\n"
                    "· 连接编辑部共用的服务器，与其他岗位一起工作。"
                )
            )
        self.new_button.setVisible(mine)
        self.sample_button.setVisible(not mine)
        self.connect_button.setVisible(not mine)
