"""The newsroom's icons: the toolbar set (resources/icons/actions) and the application icon.

``icon("save")`` is drawn from ``actions/save.svg`` on a light palette and from
``actions/save-dark.svg`` on a dark one, decided each time it is painted, so the toolbar
follows the desktop switching between light and dark without being rebuilt.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap

#: The toolbar icons in resources/icons/actions, each with a ``-dark`` variant.
ACTION_ICONS = (
    "import",
    "new",
    "save",
    "duplicate",
    "spike",
    "people",
    "layout",
    "proofread",
    "tags",
    "history",
    "connect",
    "accounts",
    "export",
    "undo",
    "redo",
    "find",
)
#: The sizes of the application icon in resources/icons/hicolor/<N>x<N>/apps/newsroom.png.
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

_NAME = re.compile(r"[a-z0-9][a-z0-9_-]*")
_DISABLED_OPACITY = 0.38


def _icons_dir():
    return files("newsroom.resources") / "icons"


@cache
def _svg(name: str) -> bytes | None:
    """The SVG source of an action icon, or None when there is no such file."""
    try:
        data = (_icons_dir() / "actions" / f"{name}.svg").read_bytes()
    except (OSError, ValueError):
        return None
    return data or None


def palette_is_dark() -> bool:
    """Whether the application's palette draws light text on a dark window."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    palette = QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


class _ThemedSvgEngine(QIconEngine):
    """Paints the light or the dark SVG, whichever suits the palette at paint time."""

    def __init__(self, light: bytes, dark: bytes | None) -> None:
        super().__init__()
        self._light = light
        self._dark = dark
        self._renderers: dict[bool, object] = {}

    def _renderer(self):
        from PySide6.QtSvg import QSvgRenderer

        dark = self._dark is not None and palette_is_dark()
        renderer = self._renderers.get(dark)
        if renderer is None:
            renderer = QSvgRenderer(QByteArray(self._dark if dark else self._light))
            self._renderers[dark] = renderer
        return renderer

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(painter.opacity() * _DISABLED_OPACITY)
        self._renderer().render(painter, QRectF(rect))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        # High DPI: draw at device pixels, so a 24 px icon is sharp at 200 %.
        device = QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        pixmap = QPixmap(device)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(QPoint(0, 0), device), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return _ThemedSvgEngine(self._light, self._dark)

    def key(self) -> str:
        return "newsroom-themed-svg"

    def isNull(self) -> bool:
        return False


def icon(name: str) -> QIcon:
    """The toolbar icon ``name`` (see ACTION_ICONS); an empty QIcon for an unknown name."""
    try:
        if not isinstance(name, str) or not _NAME.fullmatch(name) or name.endswith("-dark"):
            return QIcon()
        light = _svg(name)
        if light is None:
            return QIcon()
        return QIcon(_ThemedSvgEngine(light, _svg(f"{name}-dark")))
    except Exception:  # an icon is never worth an error: the action keeps its text
        return QIcon()


def app_icon() -> QIcon:
    """The application icon with every PNG size, for the window and the task bar."""
    result = QIcon()
    try:
        hicolor = _icons_dir() / "hicolor"
        for size in APP_ICON_SIZES:
            data = (hicolor / f"{size}x{size}" / "apps" / "newsroom.png").read_bytes()
            pixmap = QPixmap()
            if pixmap.loadFromData(data, "PNG"):
                result.addPixmap(pixmap)
    except Exception:
        pass
    return result
