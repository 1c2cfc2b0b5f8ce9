"""Findings underlined in the body as you type; only the edited paragraph is re-checked."""

from __future__ import annotations

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat

from newsroom.proofing.families import REGISTRY

#: One colour per category, shared with the pane (families.py has them).
CATEGORY_COLOURS = {f.name: f.colour for f in REGISTRY if f.category}


def utf16_offsets(text: str) -> list[int]:
    """Qt positions (UTF-16 units) of each code point offset, and of the end."""
    out, position = [], 0
    for char in text:
        out.append(position)
        position += 2 if ord(char) > 0xFFFF else 1
    out.append(position)
    return out


class ProofHighlighter(QSyntaxHighlighter):
    """Qt calls highlightBlock for the paragraph that changed, so a keystroke costs one
    paragraph's check (well under a millisecond), never the whole article."""

    def __init__(self, document, service, ignored=None) -> None:
        super().__init__(document)
        self.service = service
        self.ignored: set[tuple[str, str]] = ignored or set()
        self._formats = {}
        for category, colour in CATEGORY_COLOURS.items():
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor(colour))
            self._formats[category] = fmt
        service.ready.connect(self.rehighlight)

    def highlightBlock(self, text: str) -> None:
        proofreader = self.service.proofreader
        if proofreader is None or not text.strip():
            return
        positions = None
        for finding in proofreader.check_paragraph(text):
            if (finding.rule, finding.text) in self.ignored:
                continue
            if positions is None:
                positions = utf16_offsets(text)
            start, end = positions[finding.start], positions[finding.end]
            fmt = self._formats.get(finding.category)
            if fmt is not None and end > start:
                self.setFormat(start, end - start, fmt)
