"""``newsroom export --format html``, and the preferences (style sheet, proofreading families)
that the command line now reads as the window does."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

from lxml import etree

from newsroom.cli import main
from newsroom.layout.html_writer import INDEX_NAME
from newsroom.layout.stylesheet import STYLE_NAMES
from newsroom.settings import Settings, save_settings
from tests.layout.test_html_writer import docx_paragraphs, html_paragraphs, written_pages

DEFAULT_SHEET = Path(__file__).resolve().parents[2] / "resources" / "layout" / "stylesheet.toml"


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_page_as_html_has_the_docx_text(capsys, seed_path, db_url, tmp_path):
    run(capsys, "import", seed_path, "--db", db_url)
    docx = tmp_path / "page1.docx"
    assert run(capsys, "export", "--db", db_url, "--page", 1, "-o", docx)[0] == 0
    folder = tmp_path / "web"
    code, printed, err = run(
        capsys, "export", "--db", db_url, "--page", 1, "--format", "html", "-o", folder
    )
    assert code == 0, err
    assert printed == f"{folder / INDEX_NAME}: 1 page(s), 10 articles\n"
    files = written_pages(folder)
    assert len(files) == 10
    body = [p for path in files for p in html_paragraphs(path)[1:]]
    assert body == docx_paragraphs(docx.read_bytes())
    classes = {c for path in files for c, _ in html_paragraphs(path)}
    assert classes <= set(STYLE_NAMES) and {"报眉", "主题", "署名", "稿件正文"} <= classes


def test_edition_as_html_and_replacing_an_earlier_export(capsys, seed_path, db_url, tmp_path):
    run(capsys, "import", seed_path, "--db", db_url)
    folder = tmp_path / "web"
    args = ("export", "--db", db_url, "--edition", "2025-04-01", "--format", "html", "-o", folder)
    assert run(capsys, *args)[0] == 0
    (folder / "2025-04-01-01-01.html").write_text("old", encoding="utf-8")
    assert run(capsys, *args)[0] == 0  # an earlier export of ours is replaced whole
    assert (folder / "2025-04-01-01-01.html").read_text(encoding="utf-8").startswith("<!DOCTYPE")
    assert len(list(folder.glob("*.html"))) == 11


def test_a_folder_of_other_files_is_never_replaced(capsys, seed_path, db_url, tmp_path):
    run(capsys, "import", seed_path, "--db", db_url)
    desktop = tmp_path / "Desktop"
    desktop.mkdir()
    (desktop / "notes.txt").write_text("keep me", encoding="utf-8")
    code, _, err = run(
        capsys, "export", "--db", db_url, "--page", 1, "--format", "html", "-o", desktop
    )
    assert code == 2 and "Desktop" in err and err.count("\n") == 1
    assert [p.name for p in desktop.iterdir()] == ["notes.txt"]
    code, _, err = run(
        capsys, "export", "--db", db_url, "--page", 1, "--format", "html", "--galley", "-o", desktop
    )
    assert code == 2 and "--galley" in err
    code, _, err = run(
        capsys, "export", "--db", db_url, "--page", 1, "--pictures", "beside", "-o", desktop
    )
    assert code == 2 and "--pictures" in err and err.count("\n") == 1


def test_export_uses_the_style_sheet_set_in_preferences(capsys, seed_path, db_url, tmp_path):
    sheet = tmp_path / "ours.toml"
    text = DEFAULT_SHEET.read_text(encoding="utf-8")
    sheet.write_text(text.replace('east_asian = "黑体"', 'east_asian = "方正小标宋"'), "utf-8")
    save_settings(Settings(stylesheet=str(sheet)))
    run(capsys, "import", seed_path, "--db", db_url)
    out = tmp_path / "page1.docx"
    assert run(capsys, "export", "--db", db_url, "--page", 1, "-o", out)[0] == 0
    with zipfile.ZipFile(out) as docx:
        assert "方正小标宋" in docx.read("word/styles.xml").decode("utf-8")
    web = tmp_path / "web"
    assert run(capsys, "export", "--db", db_url, "--page", 1, "--format", "html", "-o", web)[0] == 0
    assert "方正小标宋" in (web / "2025-04-01-01-01.html").read_text(encoding="utf-8")
    # --stylesheet still wins over the preference; a broken preference is one line, exit 2.
    out2 = tmp_path / "page1b.docx"
    args = ("export", "--db", db_url, "--page", 1, "-o", out2, "--stylesheet", DEFAULT_SHEET)
    assert run(capsys, *args)[0] == 0
    with zipfile.ZipFile(out2) as docx:
        assert "方正小标宋" not in docx.read("word/styles.xml").decode("utf-8")
    sheet.write_text("[page]\nsize = 'B9'\n", encoding="utf-8")
    code, _, err = run(capsys, "export", "--db", db_url, "--page", 1, "-o", out)
    assert code == 2 and "ours.toml" in err and err.count("\n") == 1


def test_proofread_leaves_out_the_families_switched_off(capsys, tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_text("会议于2025年4月1日召开,各单位参加。\n", encoding="utf-8")
    code, out, _ = run(capsys, "proofread", copy, "--json")
    categories = {f["category"] for f in json.loads(out)}
    assert code == 1 and "punctuation" in categories
    save_settings(Settings(proofing_off="punctuation"))
    code, out, _ = run(capsys, "proofread", copy, "--json")
    assert "punctuation" not in {f["category"] for f in json.loads(out)}


def test_html_pages_are_well_formed(capsys, seed_path, db_url, tmp_path):
    run(capsys, "import", seed_path, "--db", db_url)
    folder = tmp_path / "web"
    run(capsys, "export", "--db", db_url, "--page", 1, "--format", "html", "-o", folder)
    for path in folder.iterdir():
        etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
        assert oct(os.stat(path).st_mode & 0o777) != "0o600"  # a new file gets the umask's
