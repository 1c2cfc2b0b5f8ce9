"""The desk's speed: start-up beside a bare Qt table window, and a 100,000-article newsroom.

    python benchmarks/bench_desk.py [--articles 100000] [--runs 5]

Runs offscreen. Start-up is measured from process start to the window shown,
for the desk on the seed and for a bare PySide6 window with one QTableView.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Both programs print "shown" from the first paint of their table's viewport: the moment a
# person sees rows.
BARE = """
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

class Shown(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("shown", flush=True)
            watched.removeEventFilter(self)
        return False

app = QApplication([])
view = QTableView(); view.setModel(QStandardItemModel(10, 5))
shown = Shown(); view.viewport().installEventFilter(shown)
view.show()
app.exec()
"""

# The desk as ``newsroom --db FILE`` starts it (newsroom.ui.app.run_gui).
DESK = """
import sys
sys.path.insert(0, {root!r})
from PySide6.QtCore import QEvent, QObject
from newsroom.ui import app as desk_app
from newsroom.ui.main_window import MainWindow

class Shown(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            assert self.window.model.rowCount() == 10
            print("shown", flush=True)
            watched.removeEventFilter(self)
        return False

shown = Shown()
original_show = MainWindow.show

def show(window):
    shown.window = window
    window.table.viewport().installEventFilter(shown)
    original_show(window)

MainWindow.show = show
desk_app.run_gui(db={db!r})
"""


def process_seconds(code: str, runs: int) -> float:
    """Median time from starting the process to its first rows painted (the line it prints
    then).  One run first, not counted: it leaves the byte code and the disk cache as a
    person's second start of the day finds them (``pip install`` compiles byte code)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-c", code],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        line = child.stdout.readline()
        times.append(time.perf_counter() - start)
        assert "shown" in line, line
        child.kill()  # background warm-ups (proofreader, jieba) are not start-up
        child.wait()
    return statistics.median(times[1:])


def build_large(path: Path, count: int) -> None:
    from sqlalchemy import insert
    from sqlalchemy.orm import Session

    from newsroom.store.db import open_database
    from newsroom.store.models import Article, Byline, Edition, Page, Person

    engine = open_database(path)
    text = (ROOT / "seeds" / "hexi-bulletin-2025-04.txt").read_text(encoding="utf-8")
    lines = [line for line in text.split("\n") if len(line) > 40]
    now = dt.datetime.now()
    statuses = ["submitted", "first_review", "second_review", "signed_off", "draft"]
    with Session(engine) as session, session.begin():
        session.execute(
            insert(Edition),
            [
                {
                    "id": e,
                    "paper_name": "本报",
                    "date": dt.date(2020, 1, 1) + dt.timedelta(days=e),
                    "created_at": now,
                }
                for e in range(1, count // 40 + 2)
            ],
        )
        session.execute(
            insert(Page),
            [
                {
                    "id": p,
                    "edition_id": (p - 1) // 4 + 1,
                    "number": (p - 1) % 4 + 1,
                    "label": "",
                    "source_file": "",
                    "source_hash": "",
                    "created_at": now,
                }
                for p in range(1, count // 10 + 2)
            ],
        )
        session.execute(
            insert(Person),
            [
                {
                    "id": i,
                    "name": f"通讯员{i:03d}",
                    "default_role": "通讯员",
                    "organisation": "",
                    "contact": "",
                }
                for i in range(1, 401)
            ],
        )
        for start in range(0, count, 20000):
            chunk = range(start + 1, min(count, start + 20000) + 1)
            session.execute(
                insert(Article),
                [
                    {
                        "id": i,
                        "kind": "article",
                        "kicker": "",
                        "headline": f"河西区第{i}号稿件 {lines[i % len(lines)][:12]}",
                        "subheadline": "",
                        "body": "\n".join(lines[(i + k) % len(lines)] for k in range(3)),
                        "status": statuses[i % 5],
                        "page_id": (i - 1) // 10 + 1,
                        "position": (i - 1) % 10 + 1,
                        "chars": 600 + i % 900,
                        "source_file": "",
                        "content_hash": "",
                        "created_at": now,
                        "updated_at": now,
                        "version": 1,
                    }
                    for i in chunk
                ],
            )
            session.execute(
                insert(Byline),
                [
                    {"article_id": i, "person_id": i % 400 + 1, "role": "通讯员", "order": 0}
                    for i in chunk
                ],
            )
    engine.dispose()


def large_newsroom(count: int, folder: Path) -> dict[str, float]:
    from PySide6.QtCore import QThreadPool

    from newsroom.settings import Settings
    from newsroom.store.db import open_database
    from newsroom.ui.app import make_application

    path = folder / "large.db"
    build_large(path, count)
    app = make_application()
    from newsroom.ui.main_window import MainWindow

    start = time.perf_counter()
    window = MainWindow(open_database(path), Settings(user_name="编辑"))
    window.show()
    app.processEvents()
    first_shown = time.perf_counter() - start
    while window.model.rowCount() < count:
        QThreadPool.globalInstance().waitForDone(50)
        app.processEvents()
    all_rows = time.perf_counter() - start
    # The proofreader and jieba warm up once after start; keystrokes are measured after.
    while not QThreadPool.globalInstance().waitForDone(50) or window.proofing.proofreader is None:
        app.processEvents()

    keystrokes = []
    for text in ("河", "河西", "河西区第7", "河西区第77", "民营"):
        start = time.perf_counter()
        window.filter_bar.text.setText(text)  # what a keystroke does
        app.processEvents()
        keystrokes.append(time.perf_counter() - start)
    start = time.perf_counter()
    body = window.desk.search("适老化")
    body_search = time.perf_counter() - start
    start = time.perf_counter()
    window.table.sortByColumn(4, window.table.horizontalHeader().sortIndicatorOrder())
    app.processEvents()
    sort = time.perf_counter() - start
    window.filter_bar.text.clear()
    app.processEvents()
    return {
        "first screenful shown": first_shown,
        "all rows in the list": all_rows,
        "filter keystroke → view (median)": statistics.median(keystrokes),
        "filter keystroke → view (worst)": max(keystrokes),
        f"body search in the store ({len(body):,} hits)": body_search,
        "sort by 字数": sort,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        seed_db = folder / "seed.db"
        from newsroom.importer import import_files
        from newsroom.store.db import open_database

        import_files(open_database(seed_db), [ROOT / "seeds" / "hexi-bulletin-2025-04.txt"])
        bare = process_seconds(BARE, args.runs)
        settings_home = folder / "home"  # the person's settings: none yet
        os.environ["XDG_CONFIG_HOME"] = str(settings_home)
        desk = process_seconds(DESK.format(root=str(ROOT), db=str(seed_db)), args.runs)
        print(f"start-up, process start to the first rows painted (median of {args.runs})")
        print(f"  bare PySide6 window with one QTableView  {bare:6.3f} s")
        print(
            f"  the desk on the seed                     {desk:6.3f} s   {desk / bare:4.1f}×"
            f"   (target ≤ 3×)"
        )
        print(f"\n{args.articles:,} articles")
        for name, seconds in large_newsroom(args.articles, folder).items():
            print(f"  {name:<42}{seconds * 1000:8.1f} ms")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak RSS                                  {peak:8.1f} MB")


if __name__ == "__main__":
    main()
