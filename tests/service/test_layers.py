"""The door holds: commands and the window pieces moved onto the service import no SQLAlchemy."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "newsroom"

#: Modules that reach the store only through newsroom.service (issue 16, item 1). The
#: rest of newsroom/ui follows as its modules move; export.py moves with the layout work.
#: Commands added since (report, rates, search, intake …) reach the store's own functions
#: without SQLAlchemy (tests/test_layers.py holds that) until the service offers them.
THROUGH_THE_DOOR = [
    "commands/account.py",
    "commands/common.py",
    "commands/importing.py",
    "commands/listing.py",
    "commands/placing.py",
    "commands/proofread.py",
    "commands/review.py",
    "commands/tags.py",
    "ui/app.py",
    "ui/login_dialog.py",
    "ui/proof_page.py",
    "ui/proof_pane.py",
    "ui/proofing.py",
    "ui/tag_pane.py",
    "ui/tag_support.py",
    "ui/vocabulary_dialog.py",
    "ui/background.py",
    "ui/import_flow.py",
]


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


@pytest.mark.parametrize("module", THROUGH_THE_DOOR)
def test_the_module_reaches_the_store_only_through_the_service(module):
    imports = imported_modules(ROOT / module)
    assert not {m for m in imports if m == "sqlalchemy" or m.startswith("sqlalchemy.")}
    # Plain values and where the database is are no door: store.values and store.location
    # are re-exported by newsroom.service; nothing else of the store is reached directly.
    assert not {m for m in imports if m.startswith("newsroom.store")}
    if module.startswith("ui/"):  # the window does not borrow from the command line
        assert not {m for m in imports if m.startswith("newsroom.commands")}


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
