"""Someone saved the article while you edited it: both versions side by side, and a choice."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from newsroom.diffing import snapshot_text
from newsroom.store.values import ArticleContent
from newsroom.ui.history_pane import diff_html

KEEP_MINE, KEEP_THEIRS, MERGE = "mine", "theirs", "merge"


def content_text(content: ArticleContent) -> str:
    return snapshot_text(
        {
            "kicker": content.kicker,
            "headline": content.headline,
            "subheadline": content.subheadline,
            "bylines": [{"role": r, "name": n} for r, n in content.bylines],
            "paragraphs": content.paragraphs,
        }
    )


class ConflictDialog(QDialog):
    """``choice`` is KEEP_MINE, KEEP_THEIRS or MERGE after exec(); nothing is lost either way:
    the version not kept is stored as a revision of its own."""

    def __init__(
        self,
        mine: ArticleContent,
        theirs: ArticleContent,
        who: str,
        parent: QWidget | None = None,
        *,
        newer: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("保存冲突"))
        self.resize(1000, 640)
        self.choice = ""
        self.newer = newer  # shown again: another version arrived while choosing
        theirs_html, mine_html = diff_html(content_text(theirs), content_text(mine))
        self.theirs_view, self.mine_view = QTextBrowser(self), QTextBrowser(self)
        self.theirs_view.setHtml(theirs_html)
        self.mine_view.setHtml(mine_html)
        explain = QLabel(
            self.tr(
                "您编辑期间，%1 保存了这篇稿件。请选择保留哪个版本；"
                "未保留的版本会存入修订历史，不会丢失。"
            ).replace("%1", who or self.tr("他人")),
            self,
        )
        if newer:  # saved again while the person was choosing
            explain.setText(
                self.tr(
                    "您选择期间，%1 又保存了一个新版本。下面是最新的版本，请再选择一次；"
                    "未保留的版本会存入修订历史，不会丢失。"
                ).replace("%1", who or self.tr("他人"))
            )
        explain.setWordWrap(True)
        sides = QHBoxLayout()
        for title, view in (
            (self.tr("对方已保存的版本"), self.theirs_view),
            (self.tr("我的版本"), self.mine_view),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(title, self))
            column.addWidget(view)
            sides.addLayout(column)
        buttons = QDialogButtonBox(self)
        self.mine_button = QPushButton(self.tr("保留我的"), self)
        self.theirs_button = QPushButton(self.tr("保留对方的"), self)
        self.merge_button = QPushButton(self.tr("手动合并"), self)
        for button, choice in (
            (self.mine_button, KEEP_MINE),
            (self.theirs_button, KEEP_THEIRS),
            (self.merge_button, MERGE),
        ):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _=False, c=choice: self.choose(c))
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(sides, 1)
        layout.addWidget(buttons)

    def choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
