"""The door holds: commands and window pieces reach the store only through newsroom.service
(plain values and where the database is aside), and import no SQLAlchemy."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "newsroom"

#: What commands and window pieces may take from the store without a door: plain values
#: and where the database is (both re-exported by newsroom.service too).
PLAIN_STORE = ("newsroom.store.values", "newsroom.store.location")

#: Window modules that still reach into the store themselves, each with why. None: every
#: command and every window module goes through the service (issue 16, item 1).
STILL_AT_THE_STORE: dict[str, set[str]] = {}


def door_modules() -> list[str]:
    """Every command module and every window module, as its path under newsroom/."""
    return sorted(
        p.relative_to(ROOT).as_posix()
        for folder in ("commands", "ui")
        for p in (ROOT / folder).glob("*.py")
    )


def imported_modules(path: Path) -> set[str]:
    """Every module the file imports, at the top, in a function or for type checking;
    ``lazy("x")`` counts as importing x."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", "") == "lazy"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            found.add(node.args[0].value)
    return found


def _is_plain(name: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in PLAIN_STORE)


@pytest.mark.parametrize("module", door_modules())
def test_the_module_reaches_the_store_only_through_the_service(module):
    imports = imported_modules(ROOT / module)
    assert not {m for m in imports if m == "sqlalchemy" or m.startswith("sqlalchemy.")}
    store = {m for m in imports if m.startswith("newsroom.store") and not _is_plain(m)}
    assert store <= STILL_AT_THE_STORE.get(module, set()), "reach the store through the service"
    if module.startswith("ui/"):  # the window does not borrow from the command line
        assert not {m for m in imports if m.startswith("newsroom.commands")}


def test_every_command_and_window_module_is_checked():
    modules = door_modules()
    assert {"commands/report.py", "commands/intake.py", "ui/report_page.py"} <= set(modules)
    assert len([m for m in modules if m.startswith("commands/")]) >= 20
    assert set(STILL_AT_THE_STORE) <= set(modules)


def test_a_command_reaching_into_the_store_is_caught(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from newsroom.store.values import Identity\n"
        "def run(args):\n    from newsroom.store import report\n",
        encoding="utf-8",
    )
    imports = imported_modules(sample)
    assert {m for m in imports if m.startswith("newsroom.store") and not _is_plain(m)} == {
        "newsroom.store",
        "newsroom.store.report",
    }


def test_the_scan_sees_a_lazy_or_hidden_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from sqlalchemy import Engine\n"
        "orm = lazy('sqlalchemy.orm')\n"
        "def f():\n    from newsroom.store import pages\n",
        encoding="utf-8",
    )
    assert {"sqlalchemy", "sqlalchemy.orm", "newsroom.store", "newsroom.store.pages"} <= (
        imported_modules(sample)
    )
