"""The newsroom's proofreading knowledge: its rules (wrong → right) and whitelist, as TSV
too; the roster of officials and the words to avoid (knowledge_tabs.py)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from newsroom.service import ServiceError
from newsroom.ui.knowledge_tabs import LearnedTab, RosterTab, WordsTab


class RulesDialog(QDialog):
    """Edits rules stored in the database; every change is one call of the service's
    rules or knowledge part, its own small unit of work."""

    def __init__(self, desk, service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.service = desk, service
        self.changed = False
        self.setWindowTitle(self.tr("校对规则"))
        self.resize(760, 560)
        # A handful of rows a newsroom types by hand: item widgets are the plain choice here.
        self.rules = QTableWidget(0, 3, self)
        self.rules.setHorizontalHeaderLabels(
            [self.tr("错误写法"), self.tr("正确写法"), self.tr("说明")]
        )
        self.rules.horizontalHeader().setStretchLastSection(True)
        self.rules.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.wrong, self.right, self.note = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.wrong.setPlaceholderText(self.tr("错误写法"))
        self.right.setPlaceholderText(self.tr("正确写法"))
        self.note.setPlaceholderText(self.tr("说明（可空）"))
        add_rule = QPushButton(self.tr("添加规则"), self)
        add_rule.clicked.connect(self.add_rule)
        remove_rule = QPushButton(self.tr("删除所选规则"), self)
        remove_rule.clicked.connect(self.remove_rule)
        self.whitelist = QListWidget(self)
        self.term = QLineEdit(self)
        self.term.setPlaceholderText(self.tr("不必校对的词语，如人名、口号"))
        add_term = QPushButton(self.tr("加入白名单"), self)
        add_term.clicked.connect(self.add_term)
        remove_term = QPushButton(self.tr("移出白名单"), self)
        remove_term.clicked.connect(self.remove_term)
        import_button = QPushButton(self.tr("导入 TSV…"), self)
        import_button.clicked.connect(self.import_tsv)
        export_button = QPushButton(self.tr("导出 TSV…"), self)
        export_button.clicked.connect(self.export_tsv)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        rule_row = QHBoxLayout()
        for widget in (self.wrong, self.right, self.note, add_rule):
            rule_row.addWidget(widget)
        term_row = QHBoxLayout()
        for widget in (self.term, add_term, remove_term):
            term_row.addWidget(widget)
        rules_tab = QWidget(self)
        layout = QVBoxLayout(rules_tab)
        layout.addWidget(QLabel(self.tr("本报规则（错误写法 → 正确写法）"), self))
        layout.addWidget(self.rules, 2)
        layout.addLayout(rule_row)
        layout.addWidget(remove_rule)
        layout.addWidget(QLabel(self.tr("白名单"), self))
        layout.addWidget(self.whitelist, 1)
        layout.addLayout(term_row)
        files_row = QHBoxLayout()
        files_row.addWidget(import_button)
        files_row.addWidget(export_button)
        files_row.addStretch(1)
        layout.addLayout(files_row)
        self.roster = RosterTab(self)
        self.words = WordsTab(self)
        self.learned = LearnedTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(rules_tab, self.tr("本报规则与白名单"))
        self.tabs.addTab(self.roster, self.tr("领导干部名录"))
        self.tabs.addTab(self.words, self.tr("禁用词/慎用词"))
        self.tabs.addTab(self.learned, self.tr("从改稿学到的规则"))
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs)
        outer.addWidget(buttons)
        self.reload()

    @property
    def rules_part(self):
        """The newsroom's rules part (service.rules) for the desk's database and person."""
        return self.desk.newsroom.rules

    def reload(self) -> None:
        rules, terms = self.rules_part.rules(), self.rules_part.whitelist()
        self.roster.reload()
        self.words.reload()
        self.learned.reload()
        self.rules.setRowCount(len(rules))
        for row, values in enumerate(rules):
            for column, value in enumerate(values):
                self.rules.setItem(row, column, QTableWidgetItem(value))
        self.whitelist.clear()
        self.whitelist.addItems(terms)

    def change(self, work) -> bool:
        """Run ``work()`` (a change through the service), then show and apply the result."""
        try:
            work()
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("无法保存"), str(exc))
            return False
        self.changed = True
        self.reload()
        self.service.rebuild()
        return True

    def add_rule(self) -> bool:
        wrong, right, note = self.wrong.text(), self.right.text(), self.note.text()
        if self.change(lambda: self.rules_part.set_rule(wrong, right, note)):
            for edit in (self.wrong, self.right, self.note):
                edit.clear()
            return True
        return False

    def remove_rule(self) -> None:
        row = self.rules.currentRow()
        if row >= 0:
            wrong = self.rules.item(row, 0).text()
            self.change(lambda: self.rules_part.remove_rule(wrong))

    def add_term(self) -> bool:
        term = self.term.text()
        if self.change(lambda: self.rules_part.allow(term)):
            self.term.clear()
            return True
        return False

    def remove_term(self) -> None:
        item = self.whitelist.currentItem()
        if item is not None:
            term = item.text()
            self.change(lambda: self.rules_part.disallow(term))

    def import_tsv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("导入校对规则"), "", self.tr("TSV 文件 (*.tsv *.txt)")
        )
        if not path:
            return
        from newsroom.ingest.encoding import read_text_file
        from newsroom.ingest.model import IngestError

        try:
            text = read_text_file(path)
        except IngestError as exc:
            QMessageBox.warning(self, self.tr("无法导入"), str(exc))
            return
        self.change(lambda: self.rules_part.import_tsv(text, source=path))

    def export_tsv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出校对规则"), "rules.tsv", self.tr("TSV 文件 (*.tsv)")
        )
        if not path:
            return
        try:
            text = self.rules_part.export_tsv()
            with open(path, "w", encoding="utf-8") as out:
                out.write(text)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("无法导出"), str(exc))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("无法导出"), f"{path}: {exc.strerror or exc}")
