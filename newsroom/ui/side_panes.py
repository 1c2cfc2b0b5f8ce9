"""The panes docked on the window's right: tabbed together, collapsed and brought back
together (视图 → 侧栏, F9), and the window's layout kept from one start to the next."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar, QWidget

SMALL_SCREEN = 1200  # narrower than this, a first start opens with the panes collapsed


class SidePanes(QObject):
    """The docks of ``window``, and ``action`` (侧栏, F9), which collapses them or brings
    back the ones that were open."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.docks: list[QDockWidget] = []
        self._collapsed: list[QDockWidget] = []
        self.action = QAction(self.tr("侧栏(&S)"), window)
        self.action.setShortcut(QKeySequence("F9"))
        self.action.setStatusTip(self.tr("显示或收起右侧的面板"))
        self.action.setCheckable(True)
        self.action.setChecked(True)
        self.action.toggled.connect(self._toggled)

    def add(self, name: str, pane: QWidget) -> QDockWidget:
        """Dock a pane under its window title, tabbed with the others; its place is
        remembered by name (``dock_NAME``)."""
        dock = QDockWidget(pane.windowTitle(), self.window)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(pane)
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        if self.docks:
            self.window.tabifyDockWidget(self.docks[0], dock)
        self.docks.append(dock)
        return dock

    def set_shown(self, shown: bool) -> None:
        """Collapse the panes to give a small screen to the list and the editor, or bring
        back the ones that were open."""
        self.action.setChecked(shown)

    def _toggled(self, shown: bool) -> None:
        if not shown:
            self._collapsed = [d for d in self.docks if d.isVisible()]
            for dock in self._collapsed:
                dock.hide()
            # Qt leaves the tab bar of hidden tabbed panes over the menus; it brings it
            # back itself when the panes return.
            direct = Qt.FindChildOption.FindDirectChildrenOnly
            for bar in self.window.findChildren(QTabBar, options=direct):
                bar.hide()
            return
        for dock in self._collapsed or self.docks:
            dock.show()
        self._collapsed = []

    # --- from one start to the next -------------------------------------------------------
    def restore(self) -> None:
        """The window's size and the panes' places as they were left."""
        store = QSettings()
        geometry, state = store.value("window/geometry"), store.value("window/state")
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        if state is not None:
            self.window.restoreState(state)

    def first_shown(self) -> None:
        """Collapsed as they were left, or at a first start on a small screen; else, at a
        first start, the panes take a quarter and the list and the editor the rest."""
        store, window = QSettings(), self.window
        first_start = store.value("window/state") is None
        collapsed = store.value("window/panes_collapsed", False, type=bool)
        if collapsed or (first_start and window.width() < SMALL_SCREEN):
            self.set_shown(False)
        elif first_start:
            docks = [d for d in self.docks if d.isVisible()]
            width = window.width() // 4
            window.resizeDocks(docks, [width] * len(docks), Qt.Orientation.Horizontal)

    def save(self) -> None:
        """Keep the layout with the panes out, and whether they were collapsed beside it:
        Qt restores hidden tabbed panes with a stray tab bar over the menus."""
        collapsed = not self.action.isChecked()
        if collapsed:
            self.set_shown(True)
        store = QSettings()
        store.setValue("window/geometry", self.window.saveGeometry())
        store.setValue("window/state", self.window.saveState())
        store.setValue("window/panes_collapsed", collapsed)
