"""Preferences: who sits at this desk, and the paper's name for 报眉."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from newsroom.settings import Settings


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("首选项"))
        self.user_name = QLineEdit(settings.user_name, self)
        self.user_name.setPlaceholderText(self.tr("审稿、保存时记录的姓名"))
        self.paper_name = QLineEdit(settings.paper_name, self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("当前用户"), self.user_name)
        form.addRow(self.tr("报纸名称"), self.paper_name)
        form.addRow(buttons)

    def apply_to(self, settings: Settings) -> None:
        settings.user_name = self.user_name.text().strip()
        settings.paper_name = self.paper_name.text().strip() or settings.paper_name
