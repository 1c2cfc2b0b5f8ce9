"""``newsroom signsheet --page N``: every article of the page with its reviews and passes."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile

import pytest

from newsroom.cli import main
from newsroom.store.db import open_database, transaction
from newsroom.store.signsheet import sign_sheet


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def page(capsys, db_url, seed_path):
    assert run(capsys, "import", seed_path, "--db", db_url)[0] == 0
    for who, action in (("初审甲", "first_review"), ("复审乙", "second_review")):
        assert run(capsys, "review", 2, action, "--as", who, "--db", db_url)[0] == 0
    code, _, err = run(capsys, "proofpass", 2, "--name", "校对丙", "--open", 2, "--db", db_url)
    assert code == 0, err
    return db_url


def test_the_form_lists_every_article_with_its_reviews_and_passes(capsys, page, tmp_path):
    out = tmp_path / "签字单.docx"
    code, printed, err = run(capsys, "signsheet", "--page", 1, "-o", out, "--db", page)
    assert code == 0, err
    with zipfile.ZipFile(out) as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
    with transaction(open_database(page)) as session:
        form = sign_sheet(session, 1)
    assert form is not None and len(form.rows) >= 5 and f"{len(form.rows)} articles" in printed
    for row in form.rows:
        assert row.headline[:6] in xml
    for name in ("审校签字单", "初审甲", "复审乙", "校对丙", "一校", "三校"):
        assert name in xml
    (row,) = [r for r in form.rows if r.article_id == 2]
    assert row.reviews[0][0] == "初审甲" and row.reviews[2] is None
    assert [p[0] for p in row.passes] == ["校对丙"] and row.open_findings == 2


def test_no_such_page_and_a_folder_as_output(capsys, page, tmp_path):
    code, _, err = run(capsys, "signsheet", "--page", 9, "--date", "2020-01-01", "-o",
                       tmp_path / "x.docx", "--db", page)  # fmt: skip
    assert code == 2 and "page 9" in err and err.count("\n") == 1
    code, _, err = run(capsys, "signsheet", "--page", 1, "-o", tmp_path, "--db", page)
    assert code == 2 and err.count("\n") == 1


@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="no LibreOffice")
def test_the_pdf_is_one_page(capsys, page, tmp_path):
    out = tmp_path / "form.pdf"
    code, _, err = run(capsys, "signsheet", "--page", 1, "-o", out, "--db", page)
    assert code == 0, err
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M), info
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "审校签字单" in text and "校对丙" in text
