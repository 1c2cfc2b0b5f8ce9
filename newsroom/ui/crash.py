"""An unhandled error: save the work first, write it to the log, show a report to copy."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("newsroom")


def log_file() -> Path:
    from platformdirs import user_log_path

    return user_log_path("newsroom", appauthor=False) / "newsroom.log"


def setup_logging() -> Path:
    path = log_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not any(isinstance(h, RotatingFileHandler) for h in log.handlers):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return path


def report_text(kind, value, tb) -> str:
    from newsroom import __version__

    lines = traceback.format_exception(kind, value, tb)
    return f"newsroom {__version__}, Python {sys.version.split()[0]}\n" + "".join(lines)


def install_crash_handler(get_window) -> None:
    """Route unhandled exceptions (UI thread and workers) to ``handle``."""

    def hook(kind, value, tb):
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        handle(get_window(), kind, value, tb)

    sys.excepthook = hook
    threading.excepthook = lambda args: log.error(
        "in a worker thread:\n%s", report_text(args.exc_type, args.exc_value, args.exc_traceback)
    )


def handle(window, kind, value, tb) -> str:
    """Keep the work safe (autosave), log the report, then show it; returns the report."""
    saved = False
    if window is not None:
        try:
            saved = bool(window.editor.autosave())
        except Exception:
            saved = False
    report = report_text(kind, value, tb)
    log.error("unhandled error:\n%s", report)
    if QApplication.instance() is not None:
        box = QMessageBox(window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QApplication.translate("crash", "程序出错"))
        text = QApplication.translate(
            "crash", "程序出现了一个意外错误。%1错误报告已写入 %2，可复制下面的内容发给技术人员。"
        )
        kept = QApplication.translate("crash", "未保存的修改已存为恢复记录。") if saved else ""
        box.setText(text.replace("%1", kept).replace("%2", str(log_file())))
        box.setDetailedText(report)
        box.exec()
    return report
