"""Start the window once on the display and close it: exit 0 when it showed, else not.

CI runs it under Xvfb with QT_QPA_PLATFORM=xcb from a freshly installed venv, so that a
runtime library missing from the README's apt line stops CI instead of a newcomer:

    QT_QPA_PLATFORM=xcb xvfb-run -a python packaging/check_window.py [FILE…]

Without the platform plugin's libraries Qt aborts while the application is made.
"""

from __future__ import annotations

import sys

SHOWN_FOR_MS = 3000


def main(files: list[str]) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from newsroom.ui.app import make_application, run_gui

    app = make_application()
    shown: list[str] = []

    def look_and_quit() -> None:
        shown.extend(w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible())
        app.quit()

    QTimer.singleShot(SHOWN_FOR_MS, look_and_quit)
    status = run_gui(files=files)
    if status != 0 or not shown:
        print(f"check_window: no window on {app.platformName()} (status {status})", file=sys.stderr)
        return 1
    print(f"check_window: the window showed on {app.platformName()}: {shown[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
