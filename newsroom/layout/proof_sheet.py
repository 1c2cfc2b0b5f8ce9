"""The 校对单: an article as a Word document with each proofreading finding as a comment."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from docx import Document

from newsroom.safe_write import write_file

FIELD_LABELS = {"kicker": "引题", "headline": "主题", "subheadline": "副题"}


def _comment_text(finding: Any) -> str:
    fix = f"“{finding.suggestion}”" if finding.suggestion else "删除"
    confidence = getattr(finding, "confidence", 1.0)
    sure = f"，把握 {round(confidence * 100)}%" if confidence < 1.0 else ""
    return f"{finding.message}（建议：{fix}{sure}）"


def _paragraph_with_comments(document, text: str, findings, author: str, style=None) -> None:
    """One paragraph; each finding's span is its own run carrying a comment."""
    paragraph = document.add_paragraph(style=style)
    position = 0
    for finding in sorted(findings, key=lambda f: f.start):
        if finding.start < position or finding.end > len(text):
            continue  # overlapping or stale: the comment would point at the wrong words
        if finding.start > position:
            paragraph.add_run(text[position : finding.start])
        run = paragraph.add_run(text[finding.start : finding.end] or "␣")
        document.add_comment(run, text=_comment_text(finding), author=author, initials=author[:2])
        position = finding.end
    if position < len(text):
        paragraph.add_run(text[position:])


def write_proof_sheet(
    path: str | Path,
    fields: Mapping[str, str],
    findings: Sequence[tuple[str, Any]],
    *,
    author: str = "校对",
) -> None:
    """Write the article (fields kicker/headline/subheadline/body) with its findings.

    ``findings`` are (field, finding) pairs with offsets into that field's text; in
    the body, offsets run over the whole body text, paragraphs separated by newlines.
    """
    document = Document()
    by_field: dict[str, list] = {}
    for field, finding in findings:
        by_field.setdefault(field, []).append(finding)
    for field in ("kicker", "headline", "subheadline"):
        text = fields.get(field, "")
        if text:
            style = "Title" if field == "headline" else "Subtitle"
            _paragraph_with_comments(document, text, by_field.get(field, []), author, style)
    body = fields.get("body", "")
    start = 0
    for line in body.split("\n"):
        end = start + len(line)
        if line.strip():
            local = [
                _Shifted(f, -start)
                for f in by_field.get("body", [])
                if start <= f.start and f.end <= end
            ]
            _paragraph_with_comments(document, line, local, author)
        start = end + 1
    write_file(path, document.save)


class _Shifted:
    """A finding seen from the start of its paragraph."""

    def __init__(self, finding: Any, offset: int) -> None:
        self.start = finding.start + offset
        self.end = finding.end + offset
        self.suggestion = finding.suggestion
        self.message = finding.message
        self.confidence = getattr(finding, "confidence", 1.0)
