"""The layers of the code, read from its imports with ``ast`` (nothing is imported here):

- Qt (PySide6, shiboken6) only in ``newsroom/ui/``;
- SQLAlchemy and Alembic only in ``newsroom/store/`` and ``newsroom/service/``, apart from
  the modules listed in SQLALCHEMY_STILL_IMPORTED, a list that may only shrink;
- the engines (ingest, layout, proofing, tagging) and the plain modules beside them reach
  neither, not even through another newsroom module.

Imports inside functions count, and so do ``lazy("sqlalchemy.orm")`` (newsroom.lazy),
``importlib.import_module(...)`` and ``__import__(...)`` with a constant name.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "newsroom"
QT = frozenset({"PySide6", "shiboken6", "PyQt5", "PyQt6"})
DATABASE = frozenset({"sqlalchemy", "alembic"})
#: Where SQLAlchemy belongs: the store, and the service layer over it.
DATABASE_HOMES = ("store/", "service/")
ENGINES = ("ingest/", "layout/", "proofing/", "tagging/")
#: Plain modules beside the engines: text and values in, text and values out.
PLAIN = ("newscopy.py", "workflow.py", "diffing.py", "textstats.py", "settings.py", "lazy.py")

#: Modules outside the store that still import SQLAlchemy themselves, each until its
#: queries move behind the store (or the service layer). This list only shrinks: a module
#: not on it that imports SQLAlchemy fails, and so does a module on it that no longer does
#: (take it off the list then).
SQLALCHEMY_STILL_IMPORTED = frozenset(
    {
        # files → parsed copy → one transaction, with the session in its hands.
        "importer.py",
        # Window pieces that open sessions or build queries themselves.
    }
)


def modules() -> list[str]:
    """Every module of the package, as its path under newsroom/ (``ui/desk.py``)."""
    return sorted(p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py"))


@cache
def imported(module: str) -> frozenset[str]:
    """Full names of every module ``module`` imports, wherever in the file it does."""
    path = PACKAGE / module
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = ["newsroom", *Path(module).parent.parts]
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # from . import x / from ..store import y
                parent = package[: len(package) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and _called(node.func) in {"lazy", "import_module", "__import__"}
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names.add(node.args[0].value)
    return frozenset(names)


def _called(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def top_levels(module: str) -> frozenset[str]:
    return frozenset(name.split(".")[0] for name in imported(module))


def newsroom_modules(module: str) -> set[str]:
    """The package's own modules ``module`` imports (``newsroom.store.db`` → store/db.py)."""
    out = set()
    for name in imported(module):
        if not name.startswith("newsroom."):
            continue
        parts = name.split(".")[1:]
        for candidate in ("/".join(parts) + ".py", "/".join([*parts, "__init__.py"])):
            if (PACKAGE / candidate).is_file():
                out.add(candidate)
        if len(parts) > 1 and (PACKAGE / ("/".join(parts[:-1]) + ".py")).is_file():
            out.add("/".join(parts[:-1]) + ".py")  # from newsroom.x import name
    return out


def reach(module: str) -> dict[str, list[str]]:
    """Third-party top-level names reachable from ``module`` through the package's own
    imports, each with the chain of modules that leads to it."""
    chains: dict[str, list[str]] = {module: [module]}
    todo = [module]
    found: dict[str, list[str]] = {}
    while todo:
        current = todo.pop()
        for name in top_levels(current) - {"newsroom"}:
            found.setdefault(name, chains[current])
        for other in newsroom_modules(current):
            if other not in chains:
                chains[other] = [*chains[current], other]
                todo.append(other)
    return found


def test_the_scan_sees_every_kind_of_import() -> None:
    """The reader itself: a test that could not fail would prove nothing."""
    assert "sqlalchemy.orm" in imported("service/newsroom.py")  # lazy("sqlalchemy.orm")
    assert "PySide6" in top_levels("ui/main_window.py")
    assert "newsroom.store.db" in imported("intake/run.py")  # inside a function
    assert "store/db.py" in newsroom_modules("intake/run.py")
    assert "sqlalchemy" in reach("intake/run.py")  # through newsroom.store
    assert "sqlalchemy" not in reach("layout/html_writer.py")


def test_qt_only_in_ui() -> None:
    outside = {m: sorted(top_levels(m) & QT) for m in modules() if not m.startswith("ui/")}
    assert {m: q for m, q in outside.items() if q} == {}


def test_sqlalchemy_only_in_the_store_and_the_service_layer() -> None:
    importing = {
        m for m in modules() if top_levels(m) & DATABASE and not m.startswith(DATABASE_HOMES)
    }
    assert importing - SQLALCHEMY_STILL_IMPORTED == set(), "move these queries into the store"
    assert SQLALCHEMY_STILL_IMPORTED - importing == set(), "take these off the list: done"


def test_the_store_has_no_qt() -> None:
    assert {m for m in modules() if m.startswith(DATABASE_HOMES) and top_levels(m) & QT} == set()


def test_engines_and_plain_modules_reach_neither_qt_nor_the_database() -> None:
    # An engine's __main__ (python -m newsroom.proofing) is the command line, not the engine.
    plain = [
        m
        for m in modules()
        if (m.startswith(ENGINES) and not m.endswith("__main__.py")) or m in PLAIN
    ]
    assert len(plain) > 40
    bad = {
        m: {name: " → ".join(chain) for name, chain in reach(m).items() if name in QT | DATABASE}
        for m in plain
    }
    assert {m: chains for m, chains in bad.items() if chains} == {}
