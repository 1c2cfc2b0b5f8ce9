"""Correspondents and reporters: who they are, how many articles, editing and merging."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from newsroom.ui.desk import Desk, DeskError
from newsroom.ui.merging import keep_and_merge, selected_source_rows
from newsroom.ui.record_model import RecordTableModel

if TYPE_CHECKING:
    from newsroom.service.people import PersonRow


class PeopleModel(RecordTableModel):
    FIELDS = ("name", "default_role", "organisation", "email", "phone", "contact", "articles")
    EDITABLE = ("name", "default_role", "organisation", "email", "phone", "contact")

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._rows: list[PersonRow] = []
        self._headers = (
            self.tr("姓名"),
            self.tr("身份"),
            self.tr("单位"),
            self.tr("邮箱"),
            self.tr("电话"),
            self.tr("联系方式"),
            self.tr("稿件数"),
        )
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self.desk.people()
        self.endResetModel()

    def person(self, row: int) -> PersonRow:
        return self._rows[row]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = getattr(self._rows[index.row()], self.FIELDS[index.column()])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value if isinstance(value, str) else int(value)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        person = self._rows[index.row()]
        field = self.FIELDS[index.column()]
        value = str(value).strip()
        if field not in self.EDITABLE or (field == "name" and not value):
            return False
        values = {f: getattr(person, f) for f in self.EDITABLE}
        if field == "email":
            value = value.lower()
        values[field] = value
        try:
            self.desk.update_person(person.id, **values)
        except DeskError as exc:
            QMessageBox.warning(None, self.tr("无法保存"), str(exc))
            return False
        setattr(person, field, value)
        self.dataChanged.emit(index, index)
        return True


class PeopleDialog(QDialog):
    """The newsroom's people; select two records of one person and merge them."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("通讯员与记者"))
        self.resize(900, 480)
        self.desk = desk
        self.model = PeopleModel(desk, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("查找姓名、单位、邮箱…"))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            PeopleModel.FIELDS.index("email"), QHeaderView.ResizeMode.ResizeToContents
        )
        self.merge_button = QPushButton(self.tr("合并所选的两人"), self)
        self.merge_button.clicked.connect(self.merge_selected)
        self.import_button = QPushButton(self.tr("从表格导入…"), self)
        self.import_button.setToolTip(self.tr("CSV 或 Excel 表格：姓名、身份、单位、邮箱、电话"))
        self.import_button.clicked.connect(self.import_file)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def selected_people(self) -> list[PersonRow]:
        return [self.model.person(r) for r in selected_source_rows(self.table, self.proxy)]

    def merge_selected(self) -> bool:
        """Merge the second selected record into the one with more articles."""
        chosen = self.selected_people()
        if len(chosen) != 2:
            QMessageBox.information(self, self.tr("合并"), self.tr("请选择同一人的两条记录。"))
            return False
        keep, merge = keep_and_merge(chosen)
        answer = QMessageBox.question(
            self,
            self.tr("合并"),
            self.tr("把“%1”合并到“%2”？署名将随之转移。")
            .replace("%1", f"{merge.name}（{merge.organisation or merge.default_role}）")
            .replace("%2", f"{keep.name}（{keep.organisation or keep.default_role}）"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.desk.merge_people(keep.id, merge.id)
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("无法合并"), str(exc))
            return False
        self.model.reload()
        return True

    def import_file(self, path: str = "") -> bool:
        """Load people from a .csv or .xlsx (name, role, unit, email, phone): all or none."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("导入人员表"), "", self.tr("表格 (*.csv *.xlsx)")
            )
        if not path:
            return False
        from newsroom.ingest.model import IngestError
        from newsroom.ingest.people_file import read_people_file
        from newsroom.service import ServiceError

        try:
            rows = read_people_file(path)
            result = self.desk.newsroom.people.import_rows(rows, path)
        except (IngestError, ServiceError) as exc:  # a bad file, a role that may not
            QMessageBox.warning(self, self.tr("无法导入"), str(exc).splitlines()[0])
            return False
        self.model.reload()
        self.desk.people_changed.emit()
        QMessageBox.information(
            self,
            self.tr("导入人员表"),
            self.tr("新增 %1 人，更新 %2 人。")
            .replace("%1", str(result.added))
            .replace("%2", str(result.updated)),
        )
        return True
