"""Packaging: the desktop entry, AppStream metadata, icons, and the PyInstaller build.

The build test is slow (a minute or two): it makes a virtual environment, builds the
one-folder application with packaging/build.sh and runs the built binary headless. Without
PyInstaller (no network to install it) it is skipped, except in CI (``CI=true``).
"""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from newsroom import __version__
from tests.conftest import ROOT, SEED

PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
SVG = "{http://www.w3.org/2000/svg}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ACTIONS = (
    "import new save duplicate spike people layout proofread tags history connect accounts "
    "export undo redo find"
).split()
APP_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


# --- the desktop entry and AppStream metadata ------------------------------------------


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive: Name[en], MimeType
    parser.read(PACKAGING / "newsroom.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_has_the_required_keys():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "新闻编辑部"
    assert entry["Name[en]"] == "Newsroom desk"
    assert entry["Comment"] and entry["Comment[en]"]
    assert entry["Exec"] == "newsroom %F"
    assert entry["Icon"] == "newsroom"
    assert entry["Terminal"] == "false"
    mime = entry["MimeType"].rstrip(";").split(";")
    assert "text/plain" in mime and DOCX_MIME in mime
    assert entry["Categories"].rstrip(";").split(";") == ["Office", "Publishing"]


def metainfo() -> ET.Element:
    return ET.parse(PACKAGING / "io.github.newsroom_desk.metainfo.xml").getroot()


def test_metainfo_names_the_application_and_its_launcher():
    root = metainfo()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == "io.github.newsroom_desk"
    names = {n.get(XML_LANG): n.text for n in root.findall("name")}
    assert names[None] == "新闻编辑部" and names["en"] == "Newsroom desk"
    assert root.findtext("summary")
    description = root.find("description")
    assert description is not None and description.find("p") is not None
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert (PACKAGING / launchable.text).is_file()
    assert root.findtext("icon") == desktop_entry()["Icon"]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_desktop_file_validate():
    subprocess.run(["desktop-file-validate", PACKAGING / "newsroom.desktop"], check=True)


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="no appstreamcli (appstream)")
def test_appstreamcli_validate():
    metadata = PACKAGING / "io.github.newsroom_desk.metainfo.xml"
    subprocess.run(["appstreamcli", "validate", "--no-net", metadata], check=True)


# --- icons -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ACTIONS)
def test_action_icon_is_a_24px_svg_in_both_themes(name):
    roots = []
    for variant in (name, f"{name}-dark"):
        path = ICONS / "actions" / f"{variant}.svg"
        assert path.is_file(), f"missing {path.relative_to(ROOT)}"
        root = ET.parse(path).getroot()
        assert root.tag == f"{SVG}svg"
        assert root.get("viewBox") == "0 0 24 24"
        assert "currentColor" not in path.read_text(encoding="utf-8")
        roots.append(root)
    light, dark = roots
    # One set: the same stroke everywhere, only its colour differs between the themes.
    assert light.get("stroke-width") == dark.get("stroke-width") == "2"
    assert light.get("stroke") == "#5f6368" and dark.get("stroke") == "#dadce0"
    assert [ET.tostring(c) for c in light] == [ET.tostring(c) for c in dark]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", f"{path}: not a PNG"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", APP_SIZES)
def test_app_icon_png_has_its_size(size):
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "newsroom.png"
    assert png_size(path) == (size, size)


def test_app_icon_svg_is_square():
    root = ET.parse(ICONS / "newsroom.svg").getroot()
    assert root.tag == f"{SVG}svg" and root.get("viewBox") == "0 0 256 256"


def test_icon_loads_offscreen(qapp):
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from newsroom.ui.icons import ACTION_ICONS, app_icon, icon

    assert set(ACTION_ICONS) == set(ACTIONS)
    save = icon("save")
    assert not save.isNull()
    image = save.pixmap(QSize(24, 24)).toImage()
    assert any(image.pixelColor(x, y).alpha() > 200 for x in range(24) for y in range(24))
    # High DPI: drawn at device pixels.
    assert save.pixmap(QSize(24, 24), 2.0).toImage().width() == 48
    assert all(not icon(name).isNull() for name in ACTIONS)
    for unknown in ("no-such-icon", "../newsroom", "save-dark", "", None):
        assert isinstance(icon(unknown), QIcon) and icon(unknown).isNull()
    sizes = {s.width() for s in app_icon().availableSizes()}
    assert sizes == set(APP_SIZES)


def test_icon_follows_a_dark_palette(qapp):
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QPalette

    from newsroom.ui.icons import icon

    def ink(image):
        return max(
            (image.pixelColor(x, y) for x in range(24) for y in range(24)),
            key=lambda c: c.alpha(),
        ).lightness()

    save = icon("save")
    before = qapp.palette()
    light = ink(save.pixmap(QSize(24, 24)).toImage())
    dark_palette = QPalette(before)
    dark_palette.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark_palette.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    qapp.setPalette(dark_palette)
    try:
        dark = ink(save.pixmap(QSize(24, 24)).toImage())
    finally:
        qapp.setPalette(before)
    assert light < 128 < dark


# --- the build scripts -----------------------------------------------------------------


def test_build_script_and_spec_parse():
    subprocess.run(["bash", "-n", PACKAGING / "build.sh"], check=True)
    compile((PACKAGING / "newsroom.spec").read_text(encoding="utf-8"), "newsroom.spec", "exec")


# --- the built application -------------------------------------------------------------


def _skip_or_fail(reason: str):
    if in_ci():
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def built_app(tmp_path_factory) -> Path:
    """packaging/build.sh in a fresh virtual environment; the built executable."""
    if sys.platform == "win32":
        pytest.skip("build.sh is a bash script; on Windows see packaging/README.md")
    where = tmp_path_factory.mktemp("build")
    venv = where / "venv"
    subprocess.run([sys.executable, "-m", "venv", venv], check=True, timeout=120)
    python = venv / "bin" / "python"
    try:
        install = subprocess.run(
            [python, "-m", "pip", "install", "-q", "pyinstaller>=6.10"],
            capture_output=True,
            text=True,
            timeout=300,
        )
    except subprocess.TimeoutExpired:
        _skip_or_fail("PyInstaller could not be installed in 300 s (no network?)")
    if install.returncode != 0:
        last = (install.stderr.strip().splitlines() or ["?"])[-1]
        _skip_or_fail(f"PyInstaller cannot be installed (no network?): {last}")
    options = ["--venv", venv, "--dist", where / "dist", "--work", where / "work"]
    build = subprocess.run(
        ["bash", PACKAGING / "build.sh", *options],
        capture_output=True,
        text=True,
        timeout=900,
    )
    output = f"{build.stdout[-3000:]}\n{build.stderr[-3000:]}"
    assert build.returncode == 0, f"build.sh failed:\n{output}"
    exe = where / "dist" / "newsroom" / "newsroom"
    assert exe.is_file() and os.access(exe, os.X_OK)
    return exe


def run_built(exe: Path, *args, timeout: float = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)  # the bundle brings everything it needs
    return subprocess.run(
        [exe, *map(str, args)], capture_output=True, text=True, timeout=timeout, env=env
    )


@pytest.mark.slow
def test_built_binary_knows_its_version(built_app):
    result = run_built(built_app, "--version")
    assert result.returncode == 0 and result.stdout.strip() == f"newsroom {__version__}"


@pytest.mark.slow
def test_built_binary_imports_lists_and_exports(built_app, tmp_path):
    db = tmp_path / "x.db"
    result = run_built(built_app, "import", SEED, "--db", db)
    assert result.returncode == 0, result.stderr
    result = run_built(built_app, "list", "--db", db, "--json")
    assert result.returncode == 0, result.stderr
    import json

    assert len(json.loads(result.stdout)) == 10
    page = tmp_path / "p.docx"
    result = run_built(built_app, "export", "--db", db, "--page", 1, "-o", page)
    assert result.returncode == 0, result.stderr
    assert page.is_file() and zipfile.is_zipfile(page)
    with zipfile.ZipFile(page) as docx:
        assert "word/document.xml" in docx.namelist()


@pytest.mark.slow
def test_built_binary_proofreads(built_app):
    result = run_built(built_app, "proofread", SEED, timeout=300)
    assert result.returncode == 1, result.stderr
    assert "例" in result.stdout  # 案列 -> 案例
    # The language model loads in the bundle: a slip only it knows is found.
    slip = built_app.parent / "slip.txt"
    slip.write_text("乌兰察布市大力培育发展大数局产业。\n", encoding="utf-8")
    result = run_built(built_app, "proofread", slip, "--json", timeout=300)
    assert '"typo.context"' in result.stdout, result.stdout


@pytest.mark.slow
def test_built_bundle_carries_resources(built_app):
    internal = built_app.parent / "_internal"
    assert (internal / "newsroom" / "store" / "migrations" / "script.py.mako").is_file()
    versions = internal / "newsroom" / "store" / "migrations" / "versions"
    assert {p.name for p in versions.glob("*.py")} >= {
        p.name for p in (ROOT / "newsroom" / "store" / "migrations" / "versions").glob("0*.py")
    }
    resources = internal / "newsroom" / "resources"
    assert (resources / "icons" / "actions" / "save.svg").is_file()
    assert (resources / "layout" / "stylesheet.toml").is_file()
    assert (internal / "jieba" / "dict.txt").is_file()
    for ts in (ROOT / "resources" / "i18n").glob("*.ts"):
        assert (resources / "i18n" / f"{ts.stem}.qm").is_file(), f"{ts.name} not compiled"
    assert not list(resources.rglob("*.ts"))
    # The proofreader's language model and NumPy, which reads it, ship; training tools don't.
    assert (resources / "proofing" / "charlm.npz").is_file()
    assert (internal / "numpy").exists()
    assert not (internal / "tkinter").exists() and not (internal / "sklearn").exists()


@pytest.mark.slow
def test_built_window_starts(built_app, tmp_path):
    """The window opens (offscreen) and keeps running until it is closed."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(
        [built_app, "--db", tmp_path / "window.db"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        process.wait(timeout=8)
    except subprocess.TimeoutExpired:
        pass
    still_running = process.poll() is None
    process.kill()
    _out, err = process.communicate(timeout=30)
    assert still_running, f"the window exited with {process.returncode}:\n{err[-3000:]}"
    assert "Traceback" not in err and "ModuleNotFoundError" not in err, err[-3000:]
