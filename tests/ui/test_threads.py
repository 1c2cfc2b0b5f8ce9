"""The Qt binding must survive the window's own pattern: Python workers on the global
pool while the main thread waits for them (closing the window, the benchmarks)."""

from __future__ import annotations

import subprocess
import sys

PROGRAM = r"""
import time
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

app = QCoreApplication([])

class Signals(QObject):
    done = Signal(object)

class Work(QRunnable):
    def __init__(self):
        super().__init__()
        self.setAutoDelete(False)
        self.signals = Signals()
    def run(self):
        total = sum(range(300_000))
        self.signals.done.emit([total])

got, keep = [], []
for _ in range(40):
    work = Work()
    work.signals.done.connect(got.append)
    keep.append(work)
    QThreadPool.globalInstance().start(work)
while len(got) < 40:
    QThreadPool.globalInstance().waitForDone(20)
    app.processEvents()
QThreadPool.globalInstance().waitForDone()
print(len(got))
"""


def test_waiting_for_python_workers_does_not_corrupt_the_interpreter():
    for _ in range(3):  # the fault it guards against showed within a run or two
        run = subprocess.run(
            [sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=120
        )
        assert run.returncode == 0, run.stderr.strip().splitlines()[:1]
        assert run.stdout.strip() == "40"
