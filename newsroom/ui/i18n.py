"""The window's language: Chinese by default, English when the locale or the settings say so."""

from __future__ import annotations

import shutil
import subprocess
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

SUPPORTED = ("zh_CN", "en")
_installed: list[QTranslator] = []
#: Qt's own strings its Chinese translation lacks in this Qt (the source gained a mnemonic).
QT_GAPS = {
    "zh_CN": {
        ("QFileDialog", "&Look in:"): "查找范围(&L)：",
        ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
    },
}


class _QtGaps(QTranslator):
    """Asked last, after Qt's and our translations: fills the gaps of QT_GAPS."""

    def __init__(self, language: str, parent=None) -> None:
        super().__init__(parent)
        self.gaps = QT_GAPS.get(language, {})

    def isEmpty(self) -> bool:
        return not self.gaps

    def translate(self, context, source_text, disambiguation=None, n=-1):
        # None, not "": an empty answer would end Qt's search with an empty text.
        return self.gaps.get((context, source_text))


def choose_language(setting: str = "", locale: QLocale | None = None) -> str:
    """The settings' choice when it is one we have, else zh_CN unless the system speaks
    something other than Chinese, then English."""
    if setting in SUPPORTED:
        return setting
    name = (locale or QLocale.system()).name()
    return "zh_CN" if name.startswith("zh") or name in ("C", "") else "en"


def _ts_file(language: str) -> Path | None:
    path = Path(str(files("newsroom.resources") / "i18n" / f"newsroom_{language}.ts"))
    return path if path.exists() else None


def _compiled(language: str) -> Path | None:
    """newsroom_<lang>.qm: shipped by a build, else compiled once from the .ts into the cache."""
    shipped = Path(str(files("newsroom.resources") / "i18n" / f"newsroom_{language}.qm"))
    ts = _ts_file(language)
    if shipped.exists() and (ts is None or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if ts is None:
        return None
    from platformdirs import user_cache_path

    cache = user_cache_path("newsroom", appauthor=False) / "i18n"
    target = cache / f"newsroom_{language}.qm"
    if target.exists() and target.stat().st_mtime >= ts.stat().st_mtime:
        return target
    tool = _lrelease()
    if tool is None:
        return None
    cache.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([tool, str(ts), "-qm", str(target)], capture_output=True, check=False)
    return target if result.returncode == 0 and target.exists() else None


def _lrelease() -> str | None:
    import PySide6

    bundled = Path(PySide6.__file__).parent / "lrelease"
    if bundled.exists():
        return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def install_translators(app: QCoreApplication, language: str) -> str:
    """Load Qt's own and the newsroom's translations; returns the language in use."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    gaps = _QtGaps(language, app)
    if not gaps.isEmpty():  # installed first, so asked last
        app.installTranslator(gaps)
        _installed.append(gaps)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    if language != "zh_CN":  # the sources are Chinese: Chinese needs no file of ours
        compiled = _compiled(language)
        ours = QTranslator(app)
        if compiled is not None and ours.load(str(compiled)):
            app.installTranslator(ours)
            _installed.append(ours)
    QLocale.setDefault(QLocale(language))
    return language
