"""The article editor: headline lines, bylines, body, 字数, saving and workflow buttons."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsroom.recovery import RecoveryRecord, RecoveryStore
from newsroom.store.values import ArticleContent, merge_content
from newsroom.textstats import count_chars
from newsroom.ui.bylines_editor import BylinesEditor
from newsroom.ui.changed_bar import ChangedBar
from newsroom.ui.desk import Desk, DeskConflict, DeskError
from newsroom.ui.labels import action_text, status_text
from newsroom.workflow import Action, Role, Status

AUTOSAVE_MS = 5000
LOCK_RENEW_MS = 45_000  # well inside the lock's two minutes


def paragraphs_of(text: str) -> list[str]:
    """One paragraph a line; blank lines and indentation are not copy."""
    return [line.strip() for line in text.split("\n") if line.strip()]


class ArticleEditor(QWidget):
    """Edits one article at a time; it never holds a Session, only the desk."""

    saved = Signal(int)
    dirty_changed = Signal(bool)

    def __init__(self, desk: Desk, recovery: RecoveryStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.recovery = recovery
        self.article_id: int | None = None
        self.version = 0
        self.status = ""
        self._loaded = ArticleContent()
        self._dirty = False
        self._loading = False
        self._saving = False
        self._stamp: tuple | None = None  # the article as loaded: see check_open_article
        self.owner_id: int | None = None  # whose copy it is (a correspondent's draft)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.notice = QLabel(self)  # who else is editing; why this copy is read-only
        self.notice.setObjectName("editorNotice")
        self.notice.setStyleSheet("color: #b26a00")
        self.notice.hide()
        self.signed_notice = QLabel(
            self.tr("已签发：保存修改会退回终审，须由总编重新签发，并记入流程。"), self
        )
        self.signed_notice.setObjectName("signedOffNotice")
        self.signed_notice.setWordWrap(True)
        self.signed_notice.setStyleSheet("color: #b26a00")
        self.signed_notice.hide()
        self.changed_bar = ChangedBar(self)
        self.changed_bar.reload_requested.connect(self.reload_theirs)
        self.changed_bar.compare_requested.connect(self.compare_with_theirs)
        self.read_only = False
        self.kicker = QLineEdit(self)
        self.headline = QLineEdit(self)
        font = QFont(self.headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.headline.setFont(font)
        self.subheadline = QLineEdit(self)
        for edit, hint in (
            (self.kicker, self.tr("引题（可空）")),
            (self.headline, self.tr("主题")),
            (self.subheadline, self.tr("副题（可空）")),
        ):
            edit.setPlaceholderText(hint)
            edit.textChanged.connect(self._edited)
        self.bylines = BylinesEditor(self)
        self.bylines.changed.connect(self._edited)
        self.body = QPlainTextEdit(self)
        self.body.setPlaceholderText(self.tr("正文：每段一行"))
        self.body.textChanged.connect(self._edited)
        self.chars_label = QLabel(self)
        self.save_button = QPushButton(self.tr("保存"), self)
        self.save_button.setToolTip(self.tr("保存 (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)

        form = QFormLayout()
        form.addRow(self.tr("引题"), self.kicker)
        form.addRow(self.tr("主题"), self.headline)
        form.addRow(self.tr("副题"), self.subheadline)
        form.addRow(self.tr("署名"), self.bylines)
        self.actions_row = QHBoxLayout()
        self.actions_row.addWidget(self.status_label)
        self.actions_row.addStretch(1)
        self.action_buttons: dict[Action | None, QWidget] = {}
        bottom = QHBoxLayout()
        bottom.addWidget(self.chars_label)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.changed_bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.signed_notice)
        layout.addLayout(self.actions_row)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addLayout(bottom)

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        self.lock_timer = QTimer(self)
        self.lock_timer.setInterval(LOCK_RENEW_MS)
        self.lock_timer.timeout.connect(self._renew_lock)
        desk.article_saved.connect(self._saved_elsewhere)
        # A change to the open article made elsewhere, or here outside the editor (a merge
        # of people or tags, a rename): the open copy follows it.
        for signal in (desk.changed_elsewhere, desk.articles_changed, desk.people_changed):
            signal.connect(self.check_open_article)
        self.setEnabled(False)
        self._update_chars()

    # --- loading and reading ----------------------------------------------------
    def load(self, article_id: int | None) -> None:
        """Show an article (None: nothing). The caller asks about unsaved edits first."""
        if self.article_id is not None and self.article_id != article_id:
            self.desk.release_lock(self.article_id)
            self.lock_timer.stop()
        self.article_id = article_id
        self.changed_bar.hide()
        if article_id is None:
            self._stamp = None
            self._fill(ArticleContent(), version=0, status="")
            self.notice.hide()
            self.signed_notice.hide()
            self.setEnabled(False)
            return
        try:
            loaded = self.desk.load(article_id)
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("无法打开稿件"), str(exc))
            return
        self.owner_id = loaded.owner_id
        self.bylines.set_known_names(self.desk.person_names())
        self._fill(loaded.content, version=loaded.version, status=loaded.status)
        self._stamp = self.desk.article_stamp(article_id)
        self.setEnabled(True)
        self._apply_permissions()

    def _apply_permissions(self) -> None:
        """Read-only copy for those who may not change it; a soft lock for those who may."""
        self.read_only = not self.desk.can_edit(self.status, self.owner_id)
        for edit in (self.kicker, self.headline, self.subheadline):
            edit.setReadOnly(self.read_only)
        self.body.setReadOnly(self.read_only)
        self.bylines.setEnabled(not self.read_only)
        self.signed_notice.setVisible(not self.read_only and self.status == Status.SIGNED_OFF)
        if self.read_only:
            self.lock_timer.stop()
            self.notice.setText(self.tr("只读：%1").replace("%1", self.read_only_reason()))
            self.notice.show()
            return
        self.notice.hide()
        self._renew_lock()
        self.lock_timer.start()
        if self.status == Status.RETURNED:
            self._show_return_note()

    def _show_return_note(self) -> None:
        """Copy sent back says why, where the writer reads it."""
        returns = [e for e in self.desk.history(self.article_id) if e.action == Action.RETURN]
        if not returns:
            return
        last = returns[-1]
        text = self.tr("%1 退回了这篇稿件").replace("%1", last.actor or self.tr("编辑"))
        if last.note:
            text += self.tr("：%1").replace("%1", last.note)
        self.notice.setText(text)
        self.notice.show()

    def read_only_reason(self) -> str:
        """Why this desk may not change the open article: its role, or where the copy is
        in review (已提交，等待初审)."""
        role = self.desk.role
        if role == Role.LAYOUT:
            return self.tr("排版岗位看稿、排版，不改稿")
        if role == Role.ADMIN:
            return self.tr("管理员不改稿")
        reasons = {
            Status.SUBMITTED: self.tr("已提交，等待初审"),
            Status.FIRST_REVIEW: self.tr("初审已通过，等待复审"),
            Status.SECOND_REVIEW: self.tr("复审已通过，等待终审"),
            Status.FINAL_REVIEW: self.tr("终审已通过，等待签发"),
            Status.SIGNED_OFF: self.tr("已签发，等待排版"),
            Status.LAID_OUT: self.tr("已排版，不再改稿"),
            Status.SPIKED: self.tr("已撤稿"),
        }
        reason = reasons.get(self.status)
        if reason is None:
            reason = self.tr("稿件处于“%1”状态").replace("%1", status_text(self.status))
        return reason

    def _renew_lock(self) -> None:
        if self.article_id is None or self.read_only:
            return
        holder = self.desk.take_lock(self.article_id)
        self.notice.setVisible(bool(holder))
        if holder:
            self.notice.setText(
                self.tr("✎ %1 正在编辑这篇稿件，同时保存会出现冲突").replace("%1", holder)
            )

    def _fill(
        self, content: ArticleContent, *, version: int, status: str, dirty: bool = False
    ) -> None:
        self._loading = True
        self.kicker.setText(content.kicker)
        self.headline.setText(content.headline)
        self.subheadline.setText(content.subheadline)
        for edit in (self.kicker, self.headline, self.subheadline):
            edit.setCursorPosition(0)  # a long headline shows its start, not its end
        self.bylines.set_bylines(content.bylines)
        # A blank line between paragraphs reads like the page; it is not part of the copy.
        self.body.setPlainText("\n\n".join(content.paragraphs))
        self._loading = False
        self.version = version
        self.status = status
        if not dirty:
            self._loaded = self.content()
        self._set_dirty(dirty)
        self._update_chars()
        self._update_actions()

    def content(self) -> ArticleContent:
        return ArticleContent(
            kicker=self.kicker.text().strip(),
            headline=self.headline.text().strip(),
            subheadline=self.subheadline.text().strip(),
            bylines=self.bylines.bylines(),
            paragraphs=paragraphs_of(self.body.toPlainText()),
        )

    def is_dirty(self) -> bool:
        return self._dirty

    # --- editing ------------------------------------------------------------------
    def _edited(self) -> None:
        if self._loading:
            return
        content = self.content()  # one read of the body per keystroke, for both uses
        self._update_chars(content.paragraphs)
        dirty = content != self._loaded
        if self._dirty and not dirty and self.article_id is not None:
            # Undone back to the saved text: an autosaved record would offer the undone
            # edits again after a restart.
            self.recovery.discard(self.article_id)
        self._set_dirty(dirty)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        self.save_button.setEnabled(dirty)

    def _update_chars(self, paragraphs: list[str] | None = None) -> None:
        if paragraphs is None:
            paragraphs = paragraphs_of(self.body.toPlainText())
        count = count_chars(paragraphs)
        self.chars_label.setText(self.tr("字数：%1").replace("%1", str(count)))

    def save(self) -> bool:
        """Save the edits as a new revision; on a conflict say so and keep the edits."""
        if self.article_id is None or not self._dirty:
            return True
        content = self.content()
        if not content.headline and not content.paragraphs:
            QMessageBox.warning(self, self.tr("无法保存"), self.tr("主题和正文不能都为空。"))
            return False
        self._saving = True  # our own save: no reload, which would clear the undo history
        try:
            self.version = self.desk.save(self.article_id, content, self.version)
        except DeskConflict:
            self._saving = False
            return self.resolve_conflict(content)
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("无法保存"), str(exc))
            return False
        finally:
            self._saving = False
        self._loaded = content
        self._set_dirty(False)
        self.recovery.discard(self.article_id)
        if self.status == Status.SIGNED_OFF:  # the save took it back to 终审
            loaded = self.desk.load(self.article_id)
            self.version, self.status = loaded.version, loaded.status
            self._update_actions()
            self._apply_permissions()
        self._stamp = self.desk.article_stamp(self.article_id)
        self.changed_bar.hide()
        self.saved.emit(self.article_id)
        return True

    def resolve_conflict(self, mine: ArticleContent) -> bool:
        """Someone saved meanwhile: show both, let the person choose; keep both in history.

        If yet another version is saved while the dialog is open, 保留我的 shows the dialog
        again with the newest one; whatever fails, the person's text is kept as a revision.
        """
        from newsroom.ui.conflict_dialog import KEEP_MINE, KEEP_THEIRS, MERGE, ConflictDialog

        newer = False
        while True:
            loaded = self.desk.load(self.article_id)
            theirs, version, status = loaded.content, loaded.version, loaded.status
            who = self.desk.last_author(self.article_id)
            dialog = ConflictDialog(mine, theirs, who, self, newer=newer)
            dialog.exec()
            try:
                if dialog.choice == KEEP_MINE:
                    self.version = self.desk.save(self.article_id, mine, version)
                elif dialog.choice in (KEEP_THEIRS, MERGE):
                    note = (
                        self.tr("冲突时未采用的版本")
                        if dialog.choice == KEEP_THEIRS
                        else self.tr("冲突时我的版本（手动合并前）")
                    )
                    self.desk.keep_unsaved(self.article_id, mine, note)
                else:
                    return False  # closed without choosing: the edits stay, unsaved
            except DeskConflict:
                newer = True  # saved again while the dialog was open: show the newest
                continue
            except DeskError as exc:
                self._keep_as_revision(mine)
                QMessageBox.warning(self, self.tr("无法保存"), str(exc))
                return False
            break
        self.recovery.discard(self.article_id)
        self.changed_bar.hide()
        if dialog.choice == KEEP_MINE:
            self._loaded = mine
            self._set_dirty(False)
            self._stamp = self.desk.article_stamp(self.article_id)
            self.saved.emit(self.article_id)
            return True
        if dialog.choice == KEEP_THEIRS:
            self._fill(theirs, version=version, status=status)
            self._stamp = self.desk.article_stamp(self.article_id)
            self._apply_permissions()
            return True
        # Merge by hand: my text stays in the editor, now based on their version.
        self.version, self.status = version, status
        self._stamp = self.desk.article_stamp(self.article_id)
        self._loaded = theirs
        self._set_dirty(True)
        return False

    def _keep_as_revision(self, mine: ArticleContent) -> None:
        """The last resort when a save fails: the text goes into the history, not lost."""
        try:
            self.desk.keep_unsaved(self.article_id, mine, self.tr("未能保存的版本"))
        except DeskError:
            pass  # the recovery record still holds it

    def autosave(self) -> bool:
        """Keep unsaved edits in a recovery record, so a crash loses nothing."""
        if self.article_id is None or not self._dirty:
            return False
        try:
            self.recovery.save(
                RecoveryRecord(
                    article_id=self.article_id,
                    base_version=self.version,
                    content=self.content().to_dict(),
                    saved_at=dt.datetime.now().isoformat(timespec="seconds"),
                )
            )
        except OSError:
            return False  # a full disk must not stop the editing; the next tick tries again
        return True

    def restore_unsaved(self, record: RecoveryRecord) -> None:
        """Put recovered edits back into the editor, unsaved."""
        self.load(record.article_id)
        content = ArticleContent.from_dict(record.content)
        self._fill(
            content, version=record.base_version or self.version, status=self.status, dirty=True
        )

    def discard_changes(self) -> None:
        if self.article_id is not None:
            self.recovery.discard(self.article_id)
        self._set_dirty(False)

    # --- workflow -----------------------------------------------------------------
    def _update_actions(self) -> None:
        for button in self.action_buttons.values():
            self.actions_row.removeWidget(button)
            button.hide()  # deleteLater waits for the event loop; until then it must not show
            button.deleteLater()
        self.action_buttons = {}
        self.status_label.setText(status_text(self.status) if self.status else "")
        if self.article_id is None:
            return
        if not self.desk.user:
            hint = QLabel(self.tr("审稿前请在“文件 → 首选项”中填写当前用户"), self)
            hint.setObjectName("noUserHint")
            self.actions_row.addWidget(hint)
            self.action_buttons[None] = hint
            return
        for action in self.desk.allowed_actions(self.article_id, self.status):
            button = QPushButton(action_text(action), self)
            button.setObjectName(f"action_{action.value}")
            button.clicked.connect(lambda _=False, a=action: self.perform(a))
            self.actions_row.addWidget(button)
            self.action_buttons[action] = button

    def perform(self, action: Action) -> bool:
        """Move the article on; saves pending edits first, asks for a note when returning."""
        if self.article_id is None or (self._dirty and not self.save()):
            return False
        note = ""
        if action == Action.RETURN:
            from newsroom.ui.return_dialog import ReturnNoteDialog

            note = ReturnNoteDialog.ask(self)
            if note is None:
                return False
        try:
            self.status = self.desk.transition(self.article_id, action, note.strip())
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("无法执行"), str(exc))
            return False
        loaded = self.desk.load(self.article_id)
        self.version, self.status = loaded.version, loaded.status
        self._stamp = self.desk.article_stamp(self.article_id)
        self._update_actions()
        self._apply_permissions()
        return True

    def _saved_elsewhere(self, article_id: int) -> None:
        """This article changed (here in another pane, or at another desk): follow it."""
        if article_id != self.article_id or self._saving:
            return
        self._follow()

    def check_open_article(self) -> None:
        """Has anyone changed the open article since it was loaded? Then the panes, the
        list row and this editor follow it (article_saved)."""
        if self.article_id is None or self._saving:
            return
        try:
            stamp = self.desk.article_stamp(self.article_id)
        except Exception:
            return  # the server is away: the next poll asks again
        if stamp != self._stamp:
            self.desk.article_saved.emit(self.article_id)

    def _follow(self) -> None:
        """Take in the stored version: unmodified copy simply shows it; changes made
        elsewhere to fields I have not touched are laid under my edits; a field both sides
        changed shows the bar (重新载入 / 对比) instead of waiting for a conflict."""
        article_id = self.article_id
        stamp = self.desk.article_stamp(article_id)
        if stamp is None:
            self._gone()
            return
        if stamp == self._stamp:
            return
        try:
            loaded = self.desk.load(article_id)
        except DeskError:
            self._gone()
            return
        theirs, version, status = loaded.content, loaded.version, loaded.status
        self.owner_id = loaded.owner_id
        mine = self.content()
        merged, clashes = merge_content(self._loaded, mine, theirs)
        if clashes:
            self.changed_bar.show_change(self.desk.last_author(article_id))
            return
        self._show_fields(merged)
        self.version, self.status, self._stamp = version, status, stamp
        self._loaded = theirs
        self._set_dirty(merged != theirs)
        self._update_chars()
        self._update_actions()
        self._apply_permissions()

    def _show_fields(self, content: ArticleContent) -> None:
        """Put changed fields into the widgets, leaving untouched ones (and their undo
        history and cursor) alone."""
        self._loading = True
        try:
            for edit, text in (
                (self.kicker, content.kicker),
                (self.headline, content.headline),
                (self.subheadline, content.subheadline),
            ):
                if edit.text().strip() != text:
                    edit.setText(text)
                    edit.setCursorPosition(0)
            if self.bylines.bylines() != content.bylines:
                self.bylines.set_bylines(content.bylines)
            if paragraphs_of(self.body.toPlainText()) != content.paragraphs:
                self.body.setPlainText("\n\n".join(content.paragraphs))
        finally:
            self._loading = False

    def _gone(self) -> None:
        """The open article was deleted, or moved where this desk cannot see it."""
        self.changed_bar.hide()
        self.notice.setText(self.tr("这篇稿件已不在编辑部（已删除或不再对您可见）"))
        self.notice.show()
        if not self._dirty:
            self.setEnabled(False)

    def reload_theirs(self) -> None:
        """重新载入: show the stored version; my unsaved text goes into the history."""
        if self.article_id is None:
            return
        if self._dirty:
            self._keep_as_revision(self.content())
        self.recovery.discard(self.article_id)
        self._set_dirty(False)
        self.load(self.article_id)

    def compare_with_theirs(self) -> None:
        """对比: the conflict dialog, before saving rather than after."""
        if self.article_id is not None:
            self.resolve_conflict(self.content())

    def focus_body(self) -> None:
        self.body.setFocus(Qt.FocusReason.OtherFocusReason)
