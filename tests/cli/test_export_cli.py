"""``newsroom export``: a page or an edition as layout-ready DOCX, and its errors."""

from __future__ import annotations

import zipfile

from newsroom.cli import main
from newsroom.ingest.bulletin import parse_bulletin
from newsroom.ingest.docx_draft import read_docx


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_a_page_and_read_it_back(capsys, seed_path, db_url, tmp_path):
    run(capsys, "import", seed_path, "--db", db_url)
    out = tmp_path / "page1.docx"
    code, printed, _ = run(capsys, "export", "--db", db_url, "--page", 1, "-o", out)
    assert code == 0 and "10 items" in printed
    with zipfile.ZipFile(out) as docx:
        document = docx.read("word/document.xml").decode("utf-8")
        styles = docx.read("word/styles.xml").decode("utf-8")
    # 黑体, or on a machine without it the style sheet's stand-in for it.
    assert "<w:cols" in document
    assert 'w:eastAsia="黑体"' in styles or 'w:eastAsia="Noto Sans CJK SC"' in styles
    back = read_docx(out)
    expected = parse_bulletin(seed_path.read_text(encoding="utf-8"))
    assert [(i.headline, i.paragraphs) for i in back] == [
        (i.headline, i.paragraphs) for i in expected
    ]


def test_galley_has_one_column(capsys, seed_path, db_url, tmp_path):
    run(capsys, "import", seed_path, "--db", db_url)
    out = tmp_path / "galley.docx"
    assert run(capsys, "export", "--db", db_url, "--page", 1, "-o", out, "--galley")[0] == 0
    with zipfile.ZipFile(out) as docx:
        assert 'w:num="6"' not in docx.read("word/document.xml").decode("utf-8")


def test_export_an_edition_into_a_folder(capsys, seed_path, db_url, tmp_path):
    run(capsys, "import", seed_path, "--db", db_url)
    folder = tmp_path / "edition"
    code, printed, _ = run(
        capsys, "export", "--db", db_url, "--edition", "2025-04-01", "-o", folder
    )
    assert code == 0 and (folder / "2025-04-01-01.docx").exists()
    assert "2025-04-01-01.docx" in printed
    # Again into the same folder: an earlier export of the edition is replaced.
    code, _, err = run(capsys, "export", "--db", db_url, "--edition", "2025-04-01", "-o", folder)
    assert code == 0, err


def test_an_edition_never_replaces_a_folder_of_other_files(capsys, seed_path, db_url, tmp_path):
    """The edition is written as a whole folder: a folder of someone's own files given by
    mistake (the desktop) is refused, and nothing in it changes."""
    run(capsys, "import", seed_path, "--db", db_url)
    desktop = tmp_path / "Desktop"
    desktop.mkdir()
    (desktop / "工作计划.docx").write_bytes(b"mine")
    code, _, err = run(capsys, "export", "--db", db_url, "--edition", "2025-04-01", "-o", desktop)
    assert code == 2 and "a folder with other files" in err and err.count("\n") == 1
    assert [p.name for p in desktop.iterdir()] == ["工作计划.docx"]
    assert (desktop / "工作计划.docx").read_bytes() == b"mine"


def test_errors_are_one_line_exit_2(capsys, seed_path, db_url, tmp_path):
    run(capsys, "import", seed_path, "--db", db_url)
    code, _, err = run(capsys, "export", "--db", db_url, "--page", 9, "-o", tmp_path / "x.docx")
    assert code == 2 and "page 9" in err and err.count("\n") == 1
    sheet = tmp_path / "bad.toml"
    sheet.write_text("[page]\nsize = 'B9'\n", encoding="utf-8")
    code, _, err = run(
        capsys,
        "export",
        "--db",
        db_url,
        "--page",
        1,
        "-o",
        tmp_path / "y.docx",
        "--stylesheet",
        sheet,
    )
    assert code == 2 and "bad.toml" in err and err.count("\n") == 1
    code, _, err = run(capsys, "export", "--db", db_url, "-o", tmp_path / "z.docx")
    assert code == 2


def test_page_head_takes_the_paper_name_set_after_the_import(capsys, seed_path, db_url, tmp_path):
    from newsroom.settings import Settings, save_settings

    run(capsys, "import", seed_path, "--db", db_url)  # 报纸名称 still the placeholder 本报
    save_settings(Settings(paper_name="河西报"))
    out = tmp_path / "page1.docx"
    assert run(capsys, "export", "--db", db_url, "--page", 1, "-o", out)[0] == 0
    with zipfile.ZipFile(out) as docx:
        header = docx.read("word/header1.xml").decode("utf-8")
    assert "河西报 · 2025年4月1日" in header and "本报" not in header
