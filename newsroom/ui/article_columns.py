"""The article list's columns, each said once: its header, what a cell shows, how the column
sorts, its tooltip, alignment and width, and whether it is edited in the list.

ArticleTableModel reads ARTICLE_COLUMNS for everything per column, and the window for the
widths; a new column is one more Column here (and, for a fact the list does not read yet, a
field of store.values.ArticleRow, which listing and peek then select by name).

The list lives in ui/ and speaks Qt: its texts are in the window's language (headers, 未上版,
the states' names) and lupdate reads only newsroom/ui, its alignments are Qt's and its
widths come from Qt's font metrics. The texts keep the ArticleTableModel context of the
translation files, where they were before the columns were listed here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics

from newsroom.store.values import ArticleRow
from newsroom.ui.labels import status_text, statuses
from newsroom.workflow import Status


class ListState(Protocol):
    """What a cell may depend on beyond its row (the model has it)."""

    me: str  # who sits at this desk: their own edit locks are not flagged
    finding_counts: dict[int, int]  # open proofreading findings, by article id


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the article list. What a cell shows, sorts by and tips is a function
    of the list's state and the row, in that order: the model sorts 100,000 rows with
    ``partial(sort_key, model)``, which adds no call into Python per row."""

    key: str  # the column's name in code (ArticleTableModel.COLUMNS, the edit handler)
    header: Callable[[], str]  # in the window's language
    text: Callable[[ListState, ArticleRow], str]
    sort_key: Callable[[ListState, ArticleRow], Any]
    tooltip: Callable[[ListState, ArticleRow], str] | None = None
    alignment: Qt.AlignmentFlag | None = None  # None: Qt's own (left)
    # Typical entries, in the window's language, that size the column with its header;
    # None: the column takes the room the others leave (and elides).
    samples: Callable[[], Sequence[str]] | None = None
    # Set for a column edited in the list: the value an editor starts from. The edit goes
    # to the model's edit_handler with the column's key.
    edit_value: Callable[[ArticleRow], Any] | None = None

    @property
    def editable(self) -> bool:
        return self.edit_value is not None

    def width(self, cells: QFontMetrics, heads: QFontMetrics) -> int | None:
        """Its header or a typical entry, whichever is wider; None for the stretching one."""
        if self.samples is None:
            return None
        return max(
            heads.horizontalAdvance(self.header()) + 18,
            max(cells.horizontalAdvance(sample) for sample in self.samples()) + 14,
        )


def _locked_by_other(state: ListState, row: ArticleRow) -> bool:
    return bool(row.editing_by) and row.editing_by != state.me


def _place(_state: ListState, row: ArticleRow) -> str:
    if row.page is None:
        return QCoreApplication.translate("ArticleTableModel", "未上版")
    return f"{row.page}/{row.position or ''}"


def _reading_order(_state: ListState, row: ArticleRow) -> tuple:
    return (row.edition is None, row.edition or 0, row.page or 0, row.position or 0, row.id)


def _headline(state: ListState, row: ArticleRow) -> str:
    text = row.headline if not row.kicker else f"{row.kicker}｜{row.headline}"
    if row.kind == "photo":
        text = QCoreApplication.translate("ArticleTableModel", "[图片] ") + text
    if _locked_by_other(state, row):
        text = f"✎{row.editing_by} {text}"
    return text


def _headline_tip(state: ListState, row: ArticleRow) -> str:
    lines = [row.kicker, row.headline]
    if _locked_by_other(state, row):
        editing = QCoreApplication.translate("ArticleTableModel", "%1 正在编辑")
        lines.append(editing.replace("%1", row.editing_by))
    return "\n".join(filter(None, lines))


# The workflow's order of the states; a state it does not know sorts last.
_STATUS_ORDER = {status.value: i for i, status in enumerate(Status)}


def _proof(state: ListState, row: ArticleRow) -> str:
    count = state.finding_counts.get(row.id)
    return "" if count is None else (str(count) if count else "✓")


def _updated(_state: ListState, row: ArticleRow) -> str:
    if not row.updated_at:
        return ""
    # Stored in UTC; the desk reads local time.
    local = row.updated_at.replace(tzinfo=dt.UTC).astimezone()
    return local.strftime("%m-%d %H:%M")


_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

# The article list's columns, in order. (Plain comments here: lupdate would give a #: one
# to the translators as a note on the next text.)
ARTICLE_COLUMNS: tuple[Column, ...] = (
    Column(
        "place",
        lambda: QCoreApplication.translate("ArticleTableModel", "版次/序号"),
        _place,
        _reading_order,
        alignment=_RIGHT,
        samples=lambda: ("10/10", QCoreApplication.translate("ArticleTableModel", "未上版")),
    ),
    Column(
        "headline",
        lambda: QCoreApplication.translate("ArticleTableModel", "引题/主题"),
        _headline,
        lambda _state, row: row.headline,
        tooltip=_headline_tip,
        edit_value=lambda row: row.headline,
    ),
    Column(
        "bylines",
        lambda: QCoreApplication.translate("ArticleTableModel", "署名"),
        lambda _state, row: row.byline_text,
        lambda _state, row: row.byline_text,
        samples=lambda: ("通讯员 张蔓芳",),
    ),
    Column(
        "status",
        lambda: QCoreApplication.translate("ArticleTableModel", "状态"),
        lambda _state, row: status_text(row.status),
        lambda _state, row: _STATUS_ORDER.get(row.status, len(_STATUS_ORDER)),
        samples=lambda: [label for label, _value in statuses()],
        edit_value=lambda row: row.status,
    ),
    Column(
        "chars",
        lambda: QCoreApplication.translate("ArticleTableModel", "字数"),
        lambda _state, row: str(row.chars),
        lambda _state, row: row.chars,
        alignment=_RIGHT,
        samples=lambda: ("12345",),
    ),
    Column(
        "proof",
        lambda: QCoreApplication.translate("ArticleTableModel", "校对"),
        _proof,
        lambda state, row: state.finding_counts.get(row.id, -1),
        alignment=_RIGHT,
        samples=lambda: ("99",),
    ),
    Column(
        "tags",
        lambda: QCoreApplication.translate("ArticleTableModel", "标签"),
        lambda _state, row: "、".join(row.tags),
        lambda _state, row: ", ".join(row.tags),
        samples=lambda: ("养老、科技",),
    ),
    Column(
        "updated",
        lambda: QCoreApplication.translate("ArticleTableModel", "修改时间"),
        _updated,
        lambda _state, row: row.updated_at,
        samples=lambda: ("12-31 23:59",),
    ),
)
