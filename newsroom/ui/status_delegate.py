"""Changing an article's status in the list: a choice of the states; the desk refuses what
the workflow forbids."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from newsroom.ui.labels import statuses


class StatusDelegate(QStyledItemDelegate):
    """Inline status edit: a list of the states, the desk refuses what workflow forbids."""

    def createEditor(self, parent, option, index):
        box = QComboBox(parent)
        for label, value in statuses():
            box.addItem(label, value)
        return box

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
