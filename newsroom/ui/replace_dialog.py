"""Replace across the archive from the window: every change listed in context, each one
tickable, applied as one revision per article and undone as one step.

The service's search part does the work (newsroom.service.search, over the store's
replacing.py); the dialog shows its preview as a
tree — an article, then its changes — and sends back the ticked changes' keys. Signed-off
and laid-out copy is listed but left alone unless the chief editor (or a single-user desk)
ticks 包括已签发稿件.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
)

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class ReplaceDialog(QDialog):
    """OLD → NEW over the archive (within the search pane's filters), previewed first."""

    def __init__(self, window, old: str = "", filters=None) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("批量替换"))
        self.window_ = window
        self.desk = window.desk
        self.filters = filters
        self.plan = None
        self.last_operation: int | None = None
        self._filling = False

        self.old = QLineEdit(old, self)
        self.new = QLineEdit(self)
        self.regex = QCheckBox(self.tr("正则表达式"), self)
        self.include_signed = QCheckBox(self.tr("包括已签发、已排版稿件（总编）"), self)
        identity = self.desk.identity
        self.include_signed.setEnabled(identity is None or identity.role == "chief_editor")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.preview_button = QPushButton(self.tr("预览"), self)
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.apply_button = buttons.addButton(
            self.tr("替换所选"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.undo_button = buttons.addButton(
            self.tr("撤销本次替换"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("查找"), self.old)
        form.addRow(self.tr("替换为"), self.new)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.regex)
        layout.addWidget(self.include_signed)
        layout.addWidget(self.preview_button)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.model.itemChanged.connect(self._ticked)
        self.resize(720, 520)

    # --- preview -----------------------------------------------------------------------
    def _what(self) -> dict:
        """The replace as the dialog now says it (the service's preview and replace)."""
        return {
            "regex": self.regex.isChecked(),
            "filters": self.filters,
            "include_signed": self.include_signed.isChecked(),
        }

    def preview(self) -> bool:
        """List every change; False (with the reason shown) when the replace cannot be."""
        from newsroom.service import Invalid, Refused

        search = self.desk.newsroom.search
        try:
            self.plan = search.preview(self.old.text(), self.new.text(), **self._what())
        except (Invalid, Refused) as exc:
            self.plan = None
            self.model.clear()
            self.summary.setText(str(exc).splitlines()[0])
            self.apply_button.setEnabled(False)
            return False
        self._fill()
        return True

    def _fill(self) -> None:
        self._filling = True  # not blockSignals: the view must hear of every row
        self.model.clear()
        for article in self.plan.articles:
            title = f"#{article.article_id} {article.headline}"
            if article.left_alone:
                title += f"（{article.left_alone}）"
            parent = QStandardItem(title)
            parent.setEditable(False)
            parent.setCheckable(not article.left_alone)
            parent.setEnabled(not article.left_alone)
            if not article.left_alone:
                parent.setCheckState(Qt.CheckState.Checked)
            for change in article.changes:
                where = self._field(change.field)
                if change.field == "body":
                    where += str(change.paragraph + 1)
                child = QStandardItem(
                    f"{where}：…{change.before}【{change.old} → {change.new}】{change.after}…"
                )
                child.setEditable(False)
                child.setData(change.key, KEY_ROLE)
                child.setCheckable(not article.left_alone)
                child.setEnabled(not article.left_alone)
                if not article.left_alone:
                    child.setCheckState(Qt.CheckState.Checked)
                parent.appendRow(child)
            self.model.appendRow(parent)
        self._filling = False
        self.tree.expandAll()
        self._count()

    def _field(self, name: str) -> str:
        return {
            "kicker": self.tr("引题"),
            "headline": self.tr("主题"),
            "subheadline": self.tr("副题"),
            "body": self.tr("正文"),
        }[name]

    def _ticked(self, item: QStandardItem) -> None:
        """An article's box ticks or clears all its changes; a change's box its own."""
        if self._filling:
            return
        self._filling = True
        try:
            for row in range(item.rowCount()):
                item.child(row).setCheckState(item.checkState())
        finally:
            self._filling = False
        self._count()

    def selected_keys(self) -> set[tuple]:
        keys = set()
        for row in range(self.model.rowCount()):
            parent = self.model.item(row)
            for child_row in range(parent.rowCount()):
                child = parent.child(child_row)
                if child.isCheckable() and child.checkState() == Qt.CheckState.Checked:
                    keys.add(tuple(child.data(KEY_ROLE)))
        return keys

    def _count(self) -> None:
        total = len(self.plan.changes) if self.plan else 0
        chosen = len(self.selected_keys())
        left = sum(1 for a in self.plan.articles if a.left_alone) if self.plan else 0
        text = (
            self.tr("%1 处可替换，已选 %2 处").replace("%1", str(total)).replace("%2", str(chosen))
        )
        if left:
            text += self.tr("；%1 篇已签发或不能修改的稿件不动").replace("%1", str(left))
        self.summary.setText(text)
        self.apply_button.setEnabled(chosen > 0)

    # --- applying and undoing ------------------------------------------------------------
    def apply(self) -> int | None:
        """Make the ticked changes; the operation's number, or None when nothing was made."""
        from newsroom.service import Conflict, Invalid, Refused

        keys = self.selected_keys()
        if not keys or not self._editor_may_reload():
            return None
        search = self.desk.newsroom.search
        try:
            _plan, applied = search.replace(
                self.old.text(), self.new.text(), author=self.desk.user, selected=keys,
                **self._what(),
            )  # fmt: skip
        except Conflict:
            self._warn(self.tr("预览之后有人保存了其中的稿件，请重新预览。"))
            return None
        except (Invalid, Refused) as exc:
            self._warn(str(exc).splitlines()[0])
            return None
        if applied is None:  # the text changed since the preview: nothing left to replace
            self.preview()
            return None
        self.last_operation = applied.operation_id
        self.undo_button.setEnabled(True)
        self._changed()
        self.preview()
        self.summary.setText(
            self.tr("已替换 %1 处，涉及 %2 篇稿件（替换 #%3）")
            .replace("%1", str(applied.replacements))
            .replace("%2", str(applied.articles))
            .replace("%3", str(applied.operation_id))
        )
        return applied.operation_id

    def undo(self) -> bool:
        from newsroom.service import ServiceError

        if self.last_operation is None or not self._editor_may_reload():
            return False
        try:
            self.desk.newsroom.search.undo(self.last_operation, author=self.desk.user)
        except ServiceError as exc:
            self._warn(str(exc).splitlines()[0])
            return False
        self.undo_button.setEnabled(False)
        self.last_operation = None
        self._changed()
        self.preview()
        return True

    def _editor_may_reload(self) -> bool:
        """Unsaved edits in the editor are saved first, so that nothing typed is lost."""
        editor = self.window_.editor
        return not editor.is_dirty() or editor.save()

    def _changed(self) -> None:
        self.desk.articles_changed.emit()
        editor = self.window_.editor
        if editor.article_id is not None:
            editor.load(editor.article_id)

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("批量替换"), message)


def open_replace_dialog(window, old: str = "", filters=None) -> ReplaceDialog:
    """The dialog, window-modal; it deletes itself when closed."""
    dialog = ReplaceDialog(window, old, filters)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
