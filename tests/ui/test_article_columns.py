"""The article list's columns: what each cell says, how it sorts, what may be edited."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from newsroom.store.values import ArticleRow
from newsroom.ui import article_columns
from newsroom.ui.article_columns import ARTICLE_COLUMNS, Column
from newsroom.ui.article_model import ID_ROLE, ROW_ROLE, ArticleTableModel
from tests.ui.helpers import open_window

DISPLAY, EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole
TIP, ALIGN = Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
WHEN = dt.datetime(2025, 4, 1, 2, 30)  # stored in UTC


def local(when: dt.datetime) -> str:
    return when.replace(tzinfo=dt.UTC).astimezone().strftime("%m-%d %H:%M")


def rows() -> list[ArticleRow]:
    placed = ArticleRow(
        1, "article", dt.date(2025, 4, 1), 1, 2, "引题", "主题", "submitted", 1200, WHEN
    )
    placed.bylines, placed.tags = [("记者", "孙悦"), ("通讯员", "高洁")], ["养老", "社区"]
    photo = ArticleRow(2, "photo", None, None, None, "", "海棠盛开", "first_review", 40, WHEN)
    photo.editing_by = "编辑乙"
    mine = ArticleRow(3, "article", dt.date(2025, 4, 1), 1, 1, "", "头条", "draft", 900, WHEN)
    mine.editing_by = "王编辑"
    odd = ArticleRow(4, "article", None, None, None, "", "旧稿", "archived", 5, WHEN)
    return [placed, photo, mine, odd]


@pytest.fixture
def model(qapp) -> ArticleTableModel:
    model = ArticleTableModel()
    model.me = "王编辑"
    model.set_rows(rows())
    model.set_finding_count(1, 3)
    model.set_finding_count(3, 0)
    return model


def cells(model: ArticleTableModel, role=DISPLAY) -> list[list]:
    return [
        [model.index(r, c).data(role) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_headers_in_order(model):
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers == ["版次/序号", "引题/主题", "署名", "状态", "字数", "校对", "标签", "修改时间"]
    assert model.headerData(8, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_what_each_cell_says(model):
    at = local(WHEN)
    assert cells(model) == [
        ["1/2", "引题｜主题", "记者 孙悦 通讯员 高洁", "已提交", "1200", "3", "养老、社区", at],
        ["未上版", "✎编辑乙 [图片] 海棠盛开", "", "初审", "40", "", "", at],
        ["1/1", "头条", "", "草稿", "900", "✓", "", at],
        ["未上版", "旧稿", "", "archived", "5", "", "", at],
    ]


def test_tips_alignment_and_the_row_itself(model):
    tips = cells(model, TIP)
    assert [row[1] for row in tips] == ["引题\n主题", "海棠盛开\n编辑乙 正在编辑", "头条", "旧稿"]
    assert all(tip is None for row in tips for i, tip in enumerate(row) if i != 1)
    aligned = [c for c, value in enumerate(cells(model, ALIGN)[0]) if value is not None]
    assert aligned == [0, 4, 5] and cells(model, ALIGN)[0][0] == RIGHT
    assert model.index(1, 3).data(ID_ROLE) == 2
    assert model.index(1, 0).data(ROW_ROLE) is model.article_row(1)


def test_only_headline_and_status_are_edited_and_only_through_the_handler(model):
    def editable():
        return [
            c
            for c in range(model.columnCount())
            if model.flags(model.index(0, c)) & Qt.ItemFlag.ItemIsEditable
        ]

    assert editable() == []
    assert not model.setData(model.index(0, 1), "新主题")
    edits = []
    model.edit_handler = lambda row, column, value: edits.append((row.id, column, value)) or True
    assert editable() == [1, 3]
    assert model.index(0, 1).data(EDIT) == "主题" and model.index(0, 3).data(EDIT) == "submitted"
    assert model.setData(model.index(0, 1), "新主题")
    assert model.setData(model.index(0, 3), "first_review")
    assert not model.setData(model.index(0, 4), "7")
    assert not model.setData(model.index(0, 1), "x", DISPLAY)
    assert edits == [(1, "headline", "新主题"), (1, "status", "first_review")]


@pytest.mark.parametrize(
    ("column", "ascending"),
    [
        ("place", [3, 1, 2, 4]),
        ("headline", ["主题", "头条", "旧稿", "海棠盛开"]),
        ("bylines", [2, 3, 4, 1]),
        ("chars", [4, 2, 3, 1]),
        ("proof", [2, 4, 3, 1]),
        ("tags", [2, 3, 4, 1]),
    ],
)
def test_sorting_each_column(model, column, ascending):
    number = ArticleTableModel.COLUMNS.index(column)
    model.sort(number, Qt.SortOrder.AscendingOrder)
    key = (lambda r: r.headline) if column == "headline" else (lambda r: r.id)
    assert [key(model.article_row(r)) for r in range(model.rowCount())] == ascending
    if column in ("place", "chars"):  # no two rows alike
        model.sort(number, Qt.SortOrder.DescendingOrder)
        assert [key(model.article_row(r)) for r in range(model.rowCount())] == ascending[::-1]


def test_sorting_by_status_follows_the_workflow_with_unknown_states_last(model):
    model.sort(ArticleTableModel.COLUMNS.index("status"), Qt.SortOrder.AscendingOrder)
    assert [model.article_row(r).status for r in range(4)] == [
        "draft",
        "submitted",
        "first_review",
        "archived",
    ]


def test_a_sort_keeps_the_filter(model):
    model.show_only({1, 2})
    model.sort(ArticleTableModel.COLUMNS.index("chars"), Qt.SortOrder.AscendingOrder)
    assert [model.article_row(r).id for r in range(model.rowCount())] == [2, 1]
    assert model.row_of(1) == 1 and model.row_of(3) is None


# --- the columns are one list --------------------------------------------------------------
#: A column the list does not have: the article's kind, right-aligned, sized by its entries.
KIND = Column(
    "kind",
    lambda: "Kind",
    lambda _state, row: row.kind,
    lambda _state, row: (row.kind, -row.id),
    tooltip=lambda state, row: f"{row.kind} for {state.me}",
    alignment=Qt.AlignmentFlag.AlignRight,
    samples=lambda: ("article", "photo"),
)


def test_the_model_is_the_registry(model):
    assert model.columnCount() == len(ARTICLE_COLUMNS) == len(ArticleTableModel.COLUMNS)
    assert ArticleTableModel.COLUMNS == model.COLUMNS == tuple(c.key for c in ARTICLE_COLUMNS)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)] == [
        c.header() for c in ARTICLE_COLUMNS
    ]
    model.edit_handler = lambda *_: True
    editable = [c.key for c in ARTICLE_COLUMNS if c.editable]
    assert editable == [
        model.COLUMNS[c]
        for c in range(model.columnCount())
        if model.flags(model.index(0, c)) & Qt.ItemFlag.ItemIsEditable
    ]


def test_a_model_shows_the_columns_it_is_given(qapp):
    model = ArticleTableModel(columns=[KIND, ARTICLE_COLUMNS[1]])
    model.me = "王编辑"
    model.set_rows(rows())
    assert model.COLUMNS == ("kind", "headline") and model.columnCount() == 2
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Kind"
    kinds = [model.index(r, 0).data() for r in range(4)]
    assert kinds == ["article", "photo", "article", "article"]
    assert model.index(1, 0).data(TIP) == "photo for 王编辑"
    assert model.index(1, 0).data(ALIGN) == int(Qt.AlignmentFlag.AlignRight)
    model.set_finding_count(1, 2)  # no 校对 column to refresh
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [model.article_row(r).id for r in range(4)] == [4, 3, 1, 2]


def test_a_column_added_to_the_registry_is_in_the_window(qtbot, db_path, seed_path, monkeypatch):
    monkeypatch.setattr(article_columns, "ARTICLE_COLUMNS", (*ARTICLE_COLUMNS, KIND))
    window = open_window(qtbot, db_path, seed=seed_path)
    table, header = window.table, window.table.horizontalHeader()
    last = len(ARTICLE_COLUMNS)
    assert window.model.COLUMNS[last] == "kind" and header.count() == last + 1
    assert window.proxy.headerData(last, Qt.Orientation.Horizontal) == "Kind"
    assert window.proxy.index(0, last).data() == "article"
    assert header.sectionSize(last) == KIND.width(table.fontMetrics(), header.fontMetrics())
    assert header.sectionResizeMode(last) == header.ResizeMode.Interactive
    table.sortByColumn(last, Qt.SortOrder.DescendingOrder)
    kinds = [window.proxy.index(r, last).data() for r in range(window.proxy.rowCount())]
    assert kinds == sorted(kinds, reverse=True) and "photo" in kinds
