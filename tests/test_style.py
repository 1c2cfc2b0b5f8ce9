"""The code style CI holds: ``ruff check`` (with the complexity rule C901, max-complexity in
pyproject.toml) and ``ruff format`` over the package and its tests. ruff is in the test extra."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def ruff(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args, "newsroom", "tests"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_ruff_check_passes() -> None:
    done = ruff("check", "--output-format", "concise", "--no-cache")
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_format_leaves_the_code_as_it_is() -> None:
    done = ruff("format", "--check", "--no-cache")
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_complexity_rule_is_on(tmp_path: Path) -> None:
    """A function past max-complexity fails the check: the rule is really selected."""
    branches = "\n".join(f"    if x == {k}:\n        return {k}" for k in range(20))
    (tmp_path / "tangled.py").write_text(f"def tangled(x):\n{branches}\n    return -1\n")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--no-cache",
            "--config",
            str(ROOT / "pyproject.toml"),
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1 and "C901" in done.stdout
