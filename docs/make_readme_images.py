"""The README's pictures, from the real application: the window at 1024×700 in Chinese and
in English (offscreen), and the seed page and galley exported by `newsroom export` and
rendered by LibreOffice.

    python docs/make_readme_images.py

Needs fonts-noto-cjk (and fonts-arphic-ukai), LibreOffice and poppler-utils (pdftoppm).
Writes docs/images/main-window.png, main-window-en.png, seed-page.png, seed-galley.png.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "images"
SEED = ROOT / "seeds" / "hexi-bulletin-2025-04.txt"
SIZE = (1024, 700)
sys.path.insert(0, str(ROOT / "docs"))
from make_screenshots import private_home, settle  # noqa: E402  (the guide's script, beside this one)


def windows(folder: Path) -> None:
    from newsroom.importer import import_files
    from newsroom.settings import Settings
    from newsroom.store.db import open_database
    from newsroom.ui.app import make_application
    from newsroom.ui.i18n import install_translators

    app = make_application()
    for language, name in (("zh_CN", "main-window.png"), ("en", "main-window-en.png")):
        install_translators(app, language)
        from newsroom.ui.main_window import MainWindow

        engine = open_database(folder / f"desk-{language}.db")
        import_files(engine, [SEED], paper_name="河西报", author="王编辑")
        window = MainWindow(engine, Settings(user_name="王编辑", paper_name="河西报"))
        window.resize(*SIZE)
        window.show()
        settle(app, 5)
        window.select_article(window.model.rows()[1].id)
        settle(app, 40)
        window.grab().save(str(OUT / name))
        print(OUT / name)
        window.close()


def pages(folder: Path) -> None:
    env = dict(os.environ, HOME=str(folder), NEWSROOM_SETTINGS=str(folder / "settings.toml"))
    (folder / "settings.toml").write_text('paper_name = "河西报"\n', encoding="utf-8")
    db = str(folder / "pages.db")
    newsroom = [sys.executable, "-m", "newsroom"]
    subprocess.run([*newsroom, "import", "--db", db, str(SEED)], env=env, check=True)
    soffice = shutil.which("libreoffice") or shutil.which("soffice")
    for extra, name in (([], "seed-page"), (["--galley"], "seed-galley")):
        docx = folder / f"{name}.docx"
        export = [*newsroom, "export", "--db", db, "--page", "1", "-o", str(docx), *extra]
        subprocess.run(export, env=env, check=True)
        convert = [soffice, f"-env:UserInstallation=file://{folder}/lo", "--headless"]
        convert += ["--convert-to", "pdf", "--outdir", str(folder), str(docx)]
        subprocess.run(convert, env=env, check=True, capture_output=True)
        render = ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile"]
        render += [str(folder / f"{name}.pdf"), str(OUT / name)]
        subprocess.run(render, check=True)
        print(OUT / f"{name}.png")
        fonts = subprocess.run(
            ["pdffonts", str(folder / f"{name}.pdf")], capture_output=True, text=True
        ).stdout
        print(fonts)


def main() -> None:
    folder = private_home()
    windows(folder)
    pages(folder)


if __name__ == "__main__":
    main()
