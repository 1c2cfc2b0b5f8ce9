"""The 校对单 as printed and as opened in Word: a heading, the findings as a numbered
table, the text with numbered marks, in the newsroom's styles, each finding a comment."""

from __future__ import annotations

import datetime
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document

from newsroom.layout.proof_sheet import write_proof_sheet
from newsroom.layout.stylesheet import STYLE_NAMES
from newsroom.proofing.model import Finding

BODY = "这是典型案列，我们没想到到这里 and 那里。\n\n大数局的发展迅速。"
FIELDS = {"kicker": "", "headline": "河西区推动养老服务高质量发展", "body": BODY}
FINDINGS = [
    ("body", Finding(5, 6, "列", "例", "typo", "typo.dict", "错别字：“案列”应为“案例”", "error")),
    ("body", Finding(12, 13, "到", "", "repeat", "repeat.char", "重复字：“到”连写两次", "error")),
    (
        "body",
        Finding(
            27,
            28,
            "局",
            "据",
            "typo",
            "typo.context",
            "疑似错别字：“局”可能应为“据”",
            "warning",
            0.87,
        ),
    ),
    (
        "headline",
        Finding(0, 2, "河西", "河东", "custom", "custom.1", "本报规则：河西应为河东", "info"),
    ),
]


def sheet(tmp_path: Path) -> Path:
    out = tmp_path / "校对单.docx"
    write_proof_sheet(out, FIELDS, FINDINGS, author="王校对", date=datetime.date(2025, 4, 1))
    return out


def test_the_sheet_has_a_heading_a_numbered_table_and_the_marked_text(tmp_path):
    doc = Document(str(sheet(tmp_path)))
    texts = [(p.style.name, p.text) for p in doc.paragraphs]
    assert texts[:3] == [
        ("主题", "校对单"),
        ("副题", "河西区推动养老服务高质量发展"),
        ("署名", "日期：2025年4月1日　校对：王校对　共 4 处"),
    ]
    # The newsroom's paragraph styles and the form's own, never Word's Title.
    used = {p.style.name for p in doc.paragraphs}
    assert used <= {*STYLE_NAMES, "校对单表格", "校对单表头"}
    assert "Title" not in {s.name for s in doc.styles}
    (table,) = doc.tables
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == ["序号", "位置", "问题", "建议", "规则"]
    # Reading order: the headline first, then the body's paragraphs.
    assert [r[:2] for r in rows[1:]] == [
        ["1", "主题"],
        ["2", "正文第1段"],
        ["3", "正文第1段"],
        ["4", "正文第2段"],
    ]
    assert rows[1][3] == "“河东”" and rows[3][3] == "删除"
    assert rows[4][3] == "“据”\n把握 87%"  # a statistical finding says how sure it is
    assert "把握" not in rows[2][3]
    assert rows[2][4] == "错别字\ntypo.dict"
    marked = [t for s, t in texts if s == "稿件正文"]
    assert marked == ["这是典型案列[2]，我们没想到到[3]这里 and 那里。", "大数局[4]的发展迅速。"]
    assert ("主题", "河西[1]区推动养老服务高质量发展") in texts


def test_every_finding_is_a_word_comment_by_the_proofreader(tmp_path):
    doc = Document(str(sheet(tmp_path)))
    comments = list(doc.comments)
    assert len(comments) == len(FINDINGS)
    assert {c.author for c in comments} == {"王校对"}
    assert any("把握 87%" in c.text and "建议：“据”" in c.text for c in comments)


def test_overlapping_and_stale_findings_keep_the_numbers_true(tmp_path):
    findings = [
        ("body", Finding(0, 4, "这是典型", "", "repeat", "r", "甲", "error")),
        ("body", Finding(2, 6, "典型案列", "", "typo", "t", "乙", "error")),
        ("body", Finding(90, 95, "", "", "typo", "t", "过时", "error")),  # text has changed
        ("kicker", Finding(0, 0, "", "“", "punctuation", "p", "无引题", "info")),  # no kicker
    ]
    out = tmp_path / "s.docx"
    write_proof_sheet(out, {"headline": "标题", "body": BODY}, findings)
    doc = Document(str(out))
    assert [row.cells[2].text for row in doc.tables[0].rows][1:] == ["甲", "乙"]
    body = [p.text for p in doc.paragraphs if p.style.name == "稿件正文"]
    assert body[0].startswith("这是典型[1][2]案列")
    assert len(list(doc.comments)) == 2


def test_a_clean_article_says_so_without_a_table(tmp_path):
    out = tmp_path / "s.docx"
    write_proof_sheet(
        out, {"headline": "标题", "body": "正文。"}, [], date=datetime.date(2025, 4, 1)
    )
    doc = Document(str(out))
    assert not doc.tables
    assert doc.paragraphs[2].text.endswith("未发现问题")


def _soffice() -> str | None:
    return shutil.which("libreoffice") or shutil.which("soffice")


def test_libreoffice_prints_the_heading_and_the_findings(tmp_path):
    in_ci = os.environ.get("CI", "").lower() in ("1", "true", "yes")
    if (_soffice() is None or shutil.which("pdftotext") is None) and not in_ci:
        pytest.skip("LibreOffice and poppler are not installed; CI installs them")
    docx = sheet(tmp_path)
    env = dict(os.environ, HOME=str(tmp_path))
    cmd = [_soffice() or "libreoffice", f"-env:UserInstallation=file://{tmp_path}/lo"]
    cmd += ["--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx)]
    subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=180)
    pdf = tmp_path / "校对单.pdf"
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = "".join(text.split())
    for expected in (
        "校对单",
        "河西区推动养老服务高质量发展",
        "校对：王校对",
        "序号",
        "错别字：“案列”应为“案例”",
        "重复字：“到”连写两次",
        "本报规则：河西应为河东",
        "把握87%",
        "典型案列[2]",
    ):
        assert expected in text, expected
