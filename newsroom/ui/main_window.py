"""The editor's desk: article list, article editor, docked panes, menus and status bar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from newsroom.recovery import RecoveryStore, recovery_folder
from newsroom.settings import Settings
from newsroom.store.location import DatabaseError
from newsroom.store.values import ArticleContent, ArticleRow
from newsroom.ui.article_model import ID_ROLE, ArticleFilterProxy, ArticleTableModel
from newsroom.ui.background import run_in_background, wait_for_background
from newsroom.ui.database_actions import DatabaseActions
from newsroom.ui.desk import Desk, DeskError
from newsroom.ui.editor import ArticleEditor
from newsroom.ui.filter_bar import FilterBar
from newsroom.ui.history_pane import HistoryPane
from newsroom.ui.icons import icon
from newsroom.ui.import_flow import ImportFlow, dropped_paths
from newsroom.ui.labels import status_text
from newsroom.ui.side_panes import SidePanes
from newsroom.ui.status_delegate import StatusDelegate
from newsroom.workflow import TRANSITIONS, Status

POLL_MS = 10_000
FIRST_ROWS = 500  # shown at once; the rest of a large newsroom arrives in the background


class MainWindow(QMainWindow):
    """The desk: the list, the editor, and the panes docked on the right, each made here
    and told what it needs; they follow the current article through
    ``current_article_changed``."""

    current_article_changed = Signal(object)  # article id, or None

    def __init__(self, engine: Any, settings: Settings, identity=None, first=None) -> None:
        """``engine`` may be the URL of an SQLite newsroom whose first rows ``first`` (a
        ``store.peek.Peek``) were read without SQLAlchemy: the window shows them and opens
        the database once it is on screen."""
        super().__init__()
        self.settings = settings
        self.desk = Desk(engine, settings, self, identity=identity)
        self.imports = ImportFlow(self)
        self.databases = DatabaseActions(self)
        self._first = first
        self._recovery_pending = False
        self._shown_once = False
        self.recovery = RecoveryStore(recovery_folder(self.desk.url))
        self.setWindowTitle(self.tr("新闻编辑部") + "[*]")
        self.setAcceptDrops(True)
        self.resize(1500, 880)
        self.welcome = None
        # Warm-ups (proofreader, jieba, word frequencies) run for seconds; a search or an
        # import started meanwhile must not queue behind them on a two-core machine.
        pool = QThreadPool.globalInstance()
        pool.setMaxThreadCount(max(pool.maxThreadCount(), 6))

        self.model = ArticleTableModel(self)
        self.model.edit_handler = self._edit_in_list
        self.model.me = self.desk.user
        self.proxy = ArticleFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # reading order until asked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setItemDelegateForColumn(
            ArticleTableModel.COLUMNS.index("status"), StatusDelegate(self.table)
        )
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self._fit_columns()
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.filter_bar = FilterBar(self)
        self.filter_bar.changed.connect(self.apply_filter)
        self._refiltering = False
        self.filter_bar.body_search_requested.connect(self._search_bodies)

        self.editor = ArticleEditor(self.desk, self.recovery, self)
        self.editor.dirty_changed.connect(self._dirty_changed)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.centre = QStackedWidget(self)
        self.centre.addWidget(self.editor)
        self.splitter.addWidget(self.centre)
        self.splitter.setSizes([660, 440])  # the list keeps its columns on a small screen
        self.setCentralWidget(self.splitter)

        self.side_panes = SidePanes(self)
        self.history = HistoryPane(self.desk, self)
        self.history.setWindowTitle(self.tr("修订历史"))
        self.history_dock = self.side_panes.add("history", self.history)
        self.current_article_changed.connect(self.history.show_article)

        self.count_label = QLabel(self)
        self.inbox_label = QLabel(self)
        self.user_label = QLabel(self)
        self.db_label = QLabel(self)
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addWidget(self.inbox_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)
        # Other desks' submissions and saves appear without a restart.
        self._stamp = None
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.poll)
        self.poll_timer.start()
        from newsroom.ui.live import LiveUpdates

        # ...and at once where the database says so (LISTEN/NOTIFY, the SQLite file).
        self.live = LiveUpdates(self.poll, self)
        self.desk.database_changed.connect(self._follow_store)
        self.desk.article_saved.connect(self._refresh_row)
        self.desk.articles_changed.connect(self.reload)
        self.desk.database_changed.connect(self._database_changed)
        self._database_changed()
        self._make_panes()
        self._build_actions()
        self.side_panes.restore()
        self.reload()
        if self._first is not None:
            self.table.viewport().installEventFilter(self)
        else:
            self._follow_store()

    def _fit_columns(self) -> None:
        """The headline takes what the others leave and elides; the others keep their width
        (article_columns.Column.width). Sizing to contents would read every one of
        100,000 rows."""
        from PySide6.QtWidgets import QHeaderView

        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(24)
        cells, heads = self.table.fontMetrics(), header.fontMetrics()
        for column, spec in enumerate(self.model.columns):
            if (width := spec.width(cells, heads)) is None:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                continue
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.side_panes.first_shown()

    # --- opening the store after the first paint ------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.table.viewport():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._open_store)
        return super().eventFilter(watched, event)

    def _open_store(self) -> None:
        """The list is on screen from the peek; now load SQLAlchemy, open the database,
        read the rest of the list and the current article."""
        first, self._first = self._first, None
        if first is None:
            return
        try:
            self.desk.engine  # noqa: B018  (opens the database)
        except DatabaseError as exc:
            self.show_error(str(exc))
            self.close()
            return
        self._follow_store()
        if not first.complete:
            self._load_rows_from(len(first.rows))
        current = self.current_article_id()
        if current is not None and self.editor.article_id != current:
            self.editor.load(current)
            self.current_article_changed.emit(current)
        if self._recovery_pending:
            self._recovery_pending = False
            self.offer_recovery()

    @property
    def store_open(self) -> bool:
        """False only between showing a peek and opening the database right after."""
        return self._first is None

    # --- building -------------------------------------------------------------------
    def _make_panes(self) -> None:
        """The proofreading, tag and search panes, the find bar over the editor and the
        投稿 intake: each told what it needs; their actions go in the menus."""
        from newsroom.ui.find_bar import FindBar
        from newsroom.ui.inbox_page import Intake
        from newsroom.ui.proof_page import ProofPage
        from newsroom.ui.proof_pane import ProofPane
        from newsroom.ui.proofing import ProofingService
        from newsroom.ui.search_pane import SearchPane
        from newsroom.ui.tag_pane import TagPane

        self.proofing = ProofingService(self.desk, self)
        self.proof_pane = ProofPane(self.desk, self.proofing, self.editor, self)
        self.page_proofing = ProofPage(self.desk, self.proofing, self.current_article_id, self)
        for source in (self.proof_pane, self.page_proofing):
            source.counted.connect(self.model.set_finding_count)  # the 校对 column
        self.tag_pane = TagPane(self.desk, self.selected_article_ids, self)
        for source in (self.page_proofing, self.tag_pane):
            source.said.connect(self.statusBar().showMessage)
        self.search_pane = SearchPane(self.desk, self.editor, self)
        self.search_pane.article_wanted.connect(self.reveal_article)
        self.search_pane.search_action.triggered.connect(self.show_search)
        self.side_panes.add("proofing", self.proof_pane)
        self.tag_dock = self.side_panes.add("tags", self.tag_pane)
        self.search_dock = self.side_panes.add("search", self.search_pane)
        for pane in (self.proof_pane, self.tag_pane):
            self.current_article_changed.connect(pane.show_article)
        self.find_bar = FindBar(self.editor)
        self.intake = Intake(self.desk, self)
        self.statusBar().addWidget(self.intake.label)
        self.proofing.build_soon()  # the dictionaries load once the window is on screen

    def show_search(self) -> None:
        """稿库搜索 (Ctrl+Shift+F): the search pane in front, ready for the query."""
        self.side_panes.set_shown(True)
        self.search_dock.show()
        self.search_dock.raise_()
        self.search_pane.focus_query()

    def selected_article_ids(self) -> list[int]:
        """The articles selected in the list, in list order."""
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in rows]

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        key, databases = QKeySequence.StandardKey, self.databases
        self.import_action = self._action(
            self.tr("导入稿件(&I)…"),
            self.imports.choose,
            "Ctrl+I",
            self.tr("导入通讯稿或来稿（可多选）"),
        )
        self.open_db_action = self._action(
            self.tr("打开数据库(&O)…"), databases.choose_database, key.Open
        )
        self.connect_action = self._action(
            self.tr("连接服务器(&C)…"),
            databases.connect_server,
            tip=self.tr("多岗位共用的 PostgreSQL 编辑部数据库"),
        )
        self.accounts_action = self._action(self.tr("账号管理(&M)…"), databases.manage_accounts)
        self.preferences_action = self._action(self.tr("首选项(&P)…"), databases.edit_preferences)
        self.quit_action = self._action(self.tr("退出(&Q)"), self.close, key.Quit)
        self.save_action = self._action(self.tr("保存(&S)"), self.editor.save, key.Save)
        self.save_action.setEnabled(False)
        self.undo_action = self._action(
            self.tr("撤销(&U)"), lambda: self._focused("undo"), key.Undo
        )
        self.redo_action = self._action(
            self.tr("重做(&R)"), lambda: self._focused("redo"), key.Redo
        )
        self.new_action = self._action(self.tr("新建稿件(&N)"), self.new_article, key.New)
        self.duplicate_action = self._action(
            self.tr("复制稿件(&D)"), self.duplicate_article, "Ctrl+D"
        )
        self.spike_action = self._action(self.tr("撤稿(&K)"), self.spike_article)
        self.delete_action = self._action(self.tr("删除稿件"), self.delete_article, key.Delete)
        self.planner_action = self._action(
            self.tr("版面(&L)…"), self.show_planner, "Ctrl+L", self.tr("各版稿件顺序、字数与导出")
        )
        self.people_action = self._action(
            self.tr("通讯员与记者(&P)…"), self.show_people, "Ctrl+Shift+P"
        )
        # Ctrl+F finds in the article (find_bar.py); the list's filter has Ctrl+K.
        self.find_action = self._action(
            self.tr("筛选稿件列表(&L)"), self.filter_bar.text.setFocus, "Ctrl+K"
        )
        from newsroom.ui.report_page import report_action  # 通讯员统计与稿酬

        self.report_action = report_action(self.desk, self)

        menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        menu.addAction(self.import_action)
        menu.addSeparator()
        menu.addAction(self.open_db_action)
        menu.addAction(self.connect_action)
        menu.addMenu(databases.recent_menu)
        menu.addAction(self.accounts_action)
        menu.addSeparator()
        menu.addAction(self.preferences_action)
        menu.addAction(self.quit_action)
        menu = self.menuBar().addMenu(self.tr("编辑(&E)"))
        for action in (
            self.undo_action,
            self.redo_action,
            None,
            self.save_action,
            None,
            self.find_bar.find_action,
            self.find_bar.replace_action,
            self.find_action,
            self.search_pane.search_action,
        ):
            menu.addSeparator() if action is None else menu.addAction(action)
        menu = self.article_menu = self.menuBar().addMenu(self.tr("稿件(&A)"))
        for action in (
            self.new_action,
            self.duplicate_action,
            None,
            self.spike_action,
            self.delete_action,
            None,
            self.people_action,
            self.planner_action,
            self.report_action,
            None,
            self.page_proofing.page_action,
            self.page_proofing.rules_action,
            None,
            self.tag_pane.bulk_action,
            self.tag_pane.vocabulary_action,
            self.intake.action,
        ):
            menu.addSeparator() if action is None else menu.addAction(action)
        self.view_menu = self.menuBar().addMenu(self.tr("视图(&V)"))
        self.panes_action = self.side_panes.action
        self.view_menu.addAction(self.panes_action)
        self.view_menu.addSeparator()
        for dock in self.side_panes.docks:
            self.view_menu.addAction(dock.toggleViewAction())

        toolbar = self.addToolBar(self.tr("工具栏"))
        toolbar.setObjectName("main_toolbar")
        for action in (
            self.import_action,
            self.new_action,
            self.save_action,
            self.duplicate_action,
            self.spike_action,
            self.people_action,
            self.planner_action,
        ):
            toolbar.addAction(action)
        # Short words beside the toolbar icons (menu texts carry mnemonics and ellipses).
        for action, text in (
            (self.import_action, self.tr("导入")),
            (self.new_action, self.tr("新建")),
            (self.save_action, self.tr("保存")),
            (self.duplicate_action, self.tr("复制")),
            (self.spike_action, self.tr("撤稿")),
            (self.people_action, self.tr("通讯员")),
            (self.planner_action, self.tr("版面")),
        ):
            action.setIconText(text)
        toolbar.setIconSize(QSize(24, 24))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action, name in (
            (self.import_action, "import"),
            (self.new_action, "new"),
            (self.save_action, "save"),
            (self.duplicate_action, "duplicate"),
            (self.spike_action, "spike"),
            (self.people_action, "people"),
            (self.planner_action, "layout"),
            (self.connect_action, "connect"),
            (self.accounts_action, "accounts"),
            (self.undo_action, "undo"),
            (self.redo_action, "redo"),
            (self.find_action, "find"),
            (self.history_dock.toggleViewAction(), "history"),
        ):
            action.setIcon(icon(name))
        from newsroom.ui.list_menu import ListMenu

        # The list's context menu: 上版到…, then the 稿件 menu's actions.
        self.list_menu = ListMenu(
            self.desk, self.table, self.article_menu, self.selected_article_ids
        )
        self.list_menu.said.connect(self.statusBar().showMessage)

    def _focused(self, method: str) -> None:
        widget = self.focusWidget()
        if widget is not None and hasattr(widget, method):
            getattr(widget, method)()

    # --- the list -------------------------------------------------------------------
    def reload(self) -> None:
        """Show the first screenful now; the rest of a large newsroom comes in the background."""
        current = self.current_article_id() or self.editor.article_id
        peeked = self._first is not None
        rows = self._first.rows if peeked else self.desk.rows(limit=FIRST_ROWS)
        self._refiltering = True
        try:
            self.model.set_rows(rows)
            self.proxy.refilter()
            if current is not None:
                self.select_article(current)
        finally:
            self._refiltering = False
        if not peeked and len(rows) == FIRST_ROWS:
            self._load_rows_from(FIRST_ROWS)
        self._update_counts()

    def apply_filter(self, article_filter) -> None:
        """Filter the list; the article in the editor stays there even when filtered out."""
        current = self.current_article_id() or self.editor.article_id
        self._refiltering = True
        try:
            self.proxy.set_filter(article_filter)
            if current is not None:
                self.select_article(current)
        finally:
            self._refiltering = False
        self._update_counts()

    def _rows_arrived(self, rows: list[ArticleRow]) -> None:
        current = self.current_article_id() or self.editor.article_id
        self._refiltering = True
        try:
            self.model.append_rows(rows)
            self.proxy.refilter()
            if current is not None and self.current_article_id() != current:
                self.select_article(current)
        finally:
            self._refiltering = False
        self._update_counts()

    def _load_rows_from(self, offset: int) -> None:
        """The rest of the list after the first screenful, read in the background."""
        rows = self.desk.newsroom.articles.rows
        run_in_background(rows, offset=offset, parent=self, on_done=self._rows_arrived)

    def poll(self) -> bool:
        """Reload the list when another desk added, saved or moved an article on."""
        try:
            stamp = self.desk.change_stamp()
        except Exception:
            return False
        changed = self._stamp is not None and stamp != self._stamp
        self._stamp = stamp
        if changed:
            self.reload()
            self.desk.changed_elsewhere.emit()  # the open article follows, if it changed
        return changed

    def _follow_store(self) -> None:
        if self.desk.is_open:
            self._stamp = None
            self.poll()  # how things stand now: the next change is news
            self.live.follow(self.desk.engine)

    def _show_welcome_when_empty(self) -> None:
        """An empty newsroom shows what to do instead of an empty editor."""
        if self.model.total() == 0:
            if self.welcome is None:
                from newsroom.ui.welcome import WelcomePanel

                self.welcome = WelcomePanel(self)
                self.centre.addWidget(self.welcome)
            self.centre.setCurrentWidget(self.welcome)
        else:
            self.centre.setCurrentWidget(self.editor)

    def _update_counts(self) -> None:
        self._show_welcome_when_empty()
        shown, total = self.proxy.rowCount(), self.model.total()
        text = self.tr("共 %1 篇").replace("%1", str(total))
        if shown != total:
            text = self.tr("显示 %1 / 共 %2 篇").replace("%1", str(shown)).replace("%2", str(total))
        self.count_label.setText(text)
        if self.desk.role != "correspondent":
            waiting = self._first.inbox if self._first is not None else self.desk.inbox_count()
            self.inbox_label.setText(
                self.tr("待初审 %1 篇").replace("%1", str(waiting)) if waiting else ""
            )
        identity = self.desk.identity
        if identity is not None:
            from newsroom.ui.labels import role_text

            self.user_label.setText(f"{identity.name}（{role_text(identity.role)}）")
        else:
            self.user_label.setText(self.desk.user)

    def _search_bodies(self, text: str) -> None:
        if not text.strip():
            return
        text, bar = text.strip(), self.filter_bar
        run_in_background(
            self.desk.newsroom.articles.search,
            text,
            parent=bar,
            on_done=lambda ids: bar.set_body_matches(text, frozenset(ids)),
        )

    def _refresh_row(self, article_id: int) -> None:
        rows = self.desk.rows([article_id])
        if rows:
            self.model.update_row(rows[0])

    def current_article_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_article(self, article_id: int) -> bool:
        row = self.model.row_of(article_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def reveal_article(self, article_id: int) -> bool:
        """Select the article, showing the whole list when the filter hides it."""
        if self.select_article(article_id):
            return True
        self.filter_bar.clear()
        return self.select_article(article_id)

    def _current_changed(self, current, previous) -> None:
        if self._refiltering or self._first is not None:
            # Rows come and go under the filter and the editor keeps its article; before
            # the database is open, _open_store loads the current article.
            return
        article_id = current.data(ID_ROLE) if current.isValid() else None
        if article_id == self.editor.article_id:
            return
        if not self.ask_to_keep_edits():
            # Stay on the article being edited.
            self.table.selectionModel().blockSignals(True)
            self.table.setCurrentIndex(previous)
            self.table.selectionModel().blockSignals(False)
            return
        self.editor.load(article_id)
        self.current_article_changed.emit(article_id)

    def _edit_in_list(self, row: ArticleRow, column: str, value) -> bool:
        try:
            if column == "headline":
                if not str(value).strip():
                    return False
                self.desk.set_headline(row.id, str(value).strip())
            elif column == "status":
                if value == row.status:
                    return False
                action = self._action_to(row, str(value))
                if action is None:
                    QMessageBox.warning(
                        self,
                        self.tr("不能改变状态"),
                        self.tr("不能从“%1”直接改为“%2”。")
                        .replace("%1", status_text(row.status))
                        .replace("%2", status_text(value)),
                    )
                    return False
                if row.id == self.editor.article_id:
                    return self.editor.perform(action)
                self.desk.transition(row.id, action)
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("无法修改"), str(exc))
            return False
        return True

    def _action_to(self, row: ArticleRow, status: str):
        allowed = self.desk.allowed_actions(row.id, row.status)
        for action in allowed:
            if TRANSITIONS.get(Status(row.status), {}).get(action) == Status(status):
                return action
        return None

    # --- importing (ui/import_flow.py) -------------------------------------------------
    def import_paths(self, paths: list[str], *, wait: bool = False):
        """Import in the background with a progress dialog; cancel rolls everything back."""
        return self.imports.run(paths, wait=wait)

    def show_error(self, message: str) -> None:
        self.imports.show_error(message)

    def dragEnterEvent(self, event) -> None:
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    _dropped_paths = staticmethod(dropped_paths)

    # --- articles -------------------------------------------------------------------
    def new_article(self) -> None:
        if not self.ask_to_keep_edits():
            return
        try:
            article_id = self.desk.create(ArticleContent(headline=self.tr("新稿件")))
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("无法新建"), str(exc))
            return
        self.filter_bar.clear()
        self.select_article(article_id)
        self.editor.headline.selectAll()
        self.editor.headline.setFocus()

    def duplicate_article(self) -> None:
        article_id = self.current_article_id()
        if article_id is None or not self.ask_to_keep_edits():
            return
        try:
            copy_id = self.desk.duplicate(article_id)
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("无法复制"), str(exc))
            return
        self.filter_bar.clear()
        self.select_article(copy_id)

    def spike_article(self) -> None:
        from newsroom.workflow import Action

        article_id = self.current_article_id()
        if article_id is None:
            return
        if article_id == self.editor.article_id:
            self.editor.perform(Action.SPIKE)
            return
        try:
            self.desk.transition(article_id, Action.SPIKE)
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("无法撤稿"), str(exc))

    def delete_article(self) -> None:
        article_id = self.current_article_id()
        if article_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("删除稿件"), self.tr("永久删除这篇已撤稿的稿件？")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.desk.delete(article_id)
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("无法删除"), str(exc))
            return
        self.editor.discard_changes()
        self.editor.load(None)
        self.current_article_changed.emit(None)

    def show_planner(self) -> None:
        from newsroom.ui.page_planner import PagePlanner

        PagePlanner(self.desk, self.settings.stylesheet or None, self).exec()

    def show_people(self) -> None:
        from newsroom.ui.people_dialog import PeopleDialog

        PeopleDialog(self.desk, self).exec()

    # --- the database and the person at it (ui/database_actions.py) --------------------
    def _database_changed(self) -> None:
        self.db_label.setText(self.desk.database_name)
        self.db_label.setToolTip(self.tr("当前数据库"))
        self.recovery = RecoveryStore(recovery_folder(self.desk.url))
        self.editor.recovery = self.recovery
        self.model.me = self.desk.user  # who logged in

    def follow_user(self) -> None:
        """The list and the status bar name the person at the desk (after 首选项)."""
        self.model.me = self.desk.user
        self._update_counts()

    # --- unsaved edits ----------------------------------------------------------------
    def _dirty_changed(self, dirty: bool) -> None:
        self.save_action.setEnabled(dirty)
        self.setWindowModified(dirty)

    def ask_to_keep_edits(self) -> bool:
        """Before leaving unsaved edits: save, discard, or stay. True means go on."""
        if not self.editor.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("未保存的修改"),
            self.tr("这篇稿件有未保存的修改。保存吗？"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.editor.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.editor.discard_changes()
            return True
        return False

    def offer_recovery(self) -> int:
        """After a crash: offer the edits that were never saved. Returns how many were restored."""
        records = self.recovery.load_all()
        if not records:
            return 0
        if self._first is not None:  # offered once the database is open
            self._recovery_pending = True
            return 0
        answer = QMessageBox.question(
            self,
            self.tr("恢复未保存的修改"),
            self.tr("上次退出时有 %1 篇稿件的修改未保存。现在恢复吗？").replace(
                "%1", str(len(records))
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.recovery.clear()
            return 0
        record = records[0]
        self.select_article(record.article_id)
        self.editor.restore_unsaved(record)
        return 1

    def closeEvent(self, event) -> None:
        if not self.ask_to_keep_edits():
            event.ignore()
            return
        if self.editor.article_id is not None:
            self.desk.release_lock(self.editor.article_id)
        self.poll_timer.stop()
        self.live.stop()
        self.recovery.clear() if not self.editor.is_dirty() else None
        self.side_panes.save()
        wait_for_background(3000)
        event.accept()
