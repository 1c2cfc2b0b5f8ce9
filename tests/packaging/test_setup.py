"""Setting up from the README: its apt line carries every runtime library Qt needs, CI
installs what the README says, and the window starts on a real X server."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED

#: Packages every Debian system has: a library from one of them is never missing.
BASE = {"libc6", "libgcc-s1", "libstdc++6", "zlib1g"}


def apt_lines(text: str) -> list[set[str]]:
    """The packages of each `apt-get install` command in a text (lines joined at `\\`)."""
    text = text.replace("\\\n", " ")
    found = []
    for match in re.finditer(r"apt-get install ([^\n#]+)", text):
        found.append({w for w in match.group(1).split() if not w.startswith("-")})
    return found


def readme_packages() -> set[str]:
    return set().union(*apt_lines((ROOT / "README.md").read_text(encoding="utf-8")))


def test_readme_apt_line_has_every_runtime_library_of_the_packaging_notes():
    (runtime,) = apt_lines((ROOT / "packaging" / "README.md").read_text(encoding="utf-8"))
    first_line = apt_lines((ROOT / "README.md").read_text(encoding="utf-8"))[0]
    assert {"libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0"} <= runtime
    assert runtime <= first_line, f"add to the README's apt line: {sorted(runtime - first_line)}"


def test_ci_installs_the_readme_packages_and_starts_the_window_on_xvfb():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    debs = set(re.search(r"debs=\(([^)]*)\)", script).group(1).split())
    assert debs == readme_packages()
    assert "xvfb-run -a python packaging/check_window.py" in script
    # From the clean venv: after it is made, not before.
    assert script.index("rm -rf .venv") < script.index("packaging/check_window.py")


def _owning_packages(libraries: set[str]) -> set[str]:
    """The Debian packages that hold these files (one dpkg call for all of them)."""
    paths = sorted({os.path.realpath(lib) for lib in libraries} | libraries)
    result = subprocess.run(["dpkg", "-S", *paths], capture_output=True, text=True)
    return {line.split(":")[0] for line in result.stdout.splitlines() if ": " in line}


def _depends_closure(packages: set[str]) -> set[str]:
    seen, todo = set(), list(packages)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        result = subprocess.run(
            ["dpkg-query", "-W", "-f=${Depends},${Pre-Depends}", name],
            capture_output=True,
            text=True,
        )
        for alternative in result.stdout.split(","):
            first = alternative.split("|")[0].strip().split(" ")[0].split(":")[0]
            if first:
                todo.append(first)
    return seen


@pytest.mark.skipif(shutil.which("dpkg") is None or shutil.which("ldd") is None, reason="Debian")
def test_readme_packages_bring_every_library_of_qts_platform_plugins():
    from PySide6 import __file__ as pyside

    qt = Path(pyside).parent / "Qt"
    binaries = [
        qt / "plugins" / "platforms" / "libqxcb.so",
        qt / "plugins" / "platforms" / "libqwayland.so",
        *(qt / "lib").glob("libQt6XcbQpa.so.6"),
        *(qt / "lib").glob("libQt6Gui.so.6"),
        *(qt / "lib").glob("libQt6WaylandClient.so.6"),
    ]
    libraries = set()
    for binary in (b for b in binaries if b.exists()):
        out = subprocess.run(["ldd", binary], capture_output=True, text=True).stdout
        libraries |= {
            lib
            for lib in re.findall(r"=> (/\S+)", out)
            if "PySide6" not in lib and "shiboken" not in lib
        }
    needed = _owning_packages(libraries) if libraries else set()
    if not needed:
        pytest.skip("the Qt libraries are not installed from Debian packages here")
    brought = _depends_closure(readme_packages()) | BASE
    assert needed <= brought, f"add to the README's apt line: {sorted(needed - brought)}"


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="no Xvfb (xvfb-run)")
def test_window_starts_on_xvfb(tmp_path):
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="xcb",
        NEWSROOM_DB=str(tmp_path / "window.db"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
    )
    env.pop("NEWSROOM_SETTINGS", None)
    result = subprocess.run(
        ["xvfb-run", "-a", sys.executable, ROOT / "packaging" / "check_window.py", SEED],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "the window showed on xcb" in result.stdout
