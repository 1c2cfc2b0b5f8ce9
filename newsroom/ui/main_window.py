"""The main window: the article list of the open newsroom database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTableView,
)
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from newsroom.importer import import_files
from newsroom.ingest.model import IngestError
from newsroom.settings import Settings
from newsroom.store.db import describe_url
from newsroom.store.listing import load_rows
from newsroom.ui.article_model import ArticleTableModel


class MainWindow(QMainWindow):
    def __init__(self, engine: Engine, settings: Settings) -> None:
        super().__init__()
        self.engine = engine
        self.settings = settings
        self.setWindowTitle(self.tr("新闻编辑部"))
        self.resize(1100, 700)

        self.model = ArticleTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.setCentralWidget(self.table)

        self.count_label = QLabel(self)
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(QLabel(describe_url(str(engine.url)), self))
        self._build_menus()
        self.reload()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        self.import_action = QAction(self.tr("导入稿件(&I)…"), self)
        self.import_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_I))
        self.import_action.triggered.connect(self.choose_and_import)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("退出(&Q)"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def reload(self) -> None:
        with Session(self.engine) as session:
            rows = load_rows(session)
        self.model.set_rows(rows)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        self.count_label.setText(self.tr("共 %n 篇", "", len(rows)))

    def choose_and_import(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("导入稿件"), "", self.tr("稿件 (*.txt);;所有文件 (*)")
        )
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: list[str]) -> bool:
        """Import files; on bad input show one clear message and store nothing."""
        try:
            import_files(self.engine, paths, paper_name=self.settings.paper_name)
        except IngestError as exc:
            self.show_error(str(exc))
            return False
        self.reload()
        return True

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("无法导入"), message)
