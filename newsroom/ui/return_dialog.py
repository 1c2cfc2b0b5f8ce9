"""The note a returned article carries: asked in a dialog that stays open until it is written."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class ReturnNoteDialog(QDialog):
    """退回意见: OK with an empty note keeps the dialog open and says the note is required."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("退回稿件"))
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(self.tr("写给作者：哪里要改，为什么"))
        self.required = QLabel(self.tr("退回稿件须填写退回意见。"), self)
        self.required.setObjectName("noteRequired")
        self.required.setStyleSheet("color: #c62828")
        self.required.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("退回"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.note.textChanged.connect(lambda: self.required.hide())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("退回意见（必填）："), self))
        layout.addWidget(self.note, 1)
        layout.addWidget(self.required)
        layout.addWidget(self.buttons)
        self.resize(420, 240)

    def accept(self) -> None:
        if not self.note.toPlainText().strip():
            self.required.show()
            self.note.setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> str | None:
        """The note, or None when the person cancelled."""
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.note.toPlainText().strip()
