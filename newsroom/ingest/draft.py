"""Correspondents' drafts: one article from a .txt or .docx file, and read_draft for either."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

# A private helper of the bulletin parser and the headline mapping: drafts split bylines
# and headline lines exactly as bulletins do.
from newsroom.ingest.bulletin import ROLES, _parse_byline, parse_bulletin
from newsroom.ingest.encoding import read_text_file
from newsroom.ingest.headline import headline_fields
from newsroom.ingest.model import (
    PHOTO_ROLE,
    IngestError,
    ParsedAttachment,
    ParsedByline,
    ParsedItem,
)

__all__ = [
    "DraftLine",
    "item_from_lines",
    "items_from_layout_lines",
    "looks_like_bulletin",
    "parse_byline_text",
    "parse_draft",
    "read_draft",
]

#: Longest headline line on its own evidence, and under a byline that confirms it.
MAX_HEADLINE_CHARS = 40
MAX_BYLINE_HEADLINE_CHARS = 50
_MAX_HEAD_LINES = 4
_MARKERS = "■□"
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_ROLE_ALT = "|".join(ROLES)
_NAMES = rf"[{_HAN}·]{{2,5}}(?:[ \t\u3000、，,]+[{_HAN}·]{{2,5}})*"
# 记者 孙悦 通讯员 高洁, without the ■ marker: accepted only right under the headline.
_PLAIN_BYLINE_RE = re.compile(rf"(?:(?:{_ROLE_ALT})[ \t\u3000:：]*{_NAMES}[ \t\u3000]*)+")
_CLOSERS = "”’」』）)》〉】〕］]\"'"
_COMPLETE_RE = re.compile(rf"[。！？!?…；;：:．.][{re.escape(_CLOSERS)}]*\Z|[）)】〕］\]]\Z")
_NOT_HEADLINE_END_RE = re.compile(rf"[。；;：:…．.][{re.escape(_CLOSERS)}]*\Z")
_PROSE_RE = re.compile(r"[，。；！？,;!?]")
_CONTINUATION_START = frozenset("，。、；：！？）》」』”’…,.;:!?)]】〉〕％%")
_INDENT = frozenset(" \t\u3000\xa0")
_HEAD_ROLES = frozenset({"kicker", "headline", "subheadline", "heading2"})


@dataclass(slots=True)
class DraftLine:
    """One line or paragraph of a draft with what its file says about it.

    role is "" when unknown, else one of kicker, headline, subheadline, heading2 (Word's
    Heading 2: a subheadline at the top, a subheading in the text), byline, body.
    gap: a new paragraph starts here (a blank line or indent before it in a .txt).
    """

    text: str
    role: str = ""
    bold: bool = False
    gap: bool = True
    attachments: list[ParsedAttachment] = field(default_factory=list)


def parse_draft(text: str) -> ParsedItem:
    """Read a correspondent's plain-text draft as one article.

    The first short lines without closing punctuation are the headline lines (up to
    three: kicker, headline, subheadline, told apart as in bulletins), confirmed by a
    byline right after them (``■ 通讯员 万彤`` or ``通讯员 万彤``) or, without a byline,
    only if they hold no sentence punctuation. Then the body: one paragraph per line,
    except that a line without closing punctuation goes on into the next line of the
    same block (a hard-wrapped paragraph); blank lines and indents always separate.
    """
    lines: list[DraftLine] = []
    gap = True
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not line:
            gap = True
            continue
        lines.append(DraftLine(line, gap=gap or raw[0] in _INDENT))
        gap = False
    return item_from_lines(lines)


def read_draft(path: str | os.PathLike[str]) -> list[ParsedItem]:
    """Read a draft file: .docx with read_docx; .txt as a bulletin or as one draft.

    A .txt is taken as a bulletin (several articles) when looks_like_bulletin says so,
    else as one article (parse_draft). Raises IngestError with one line naming the file.
    """
    source = os.fspath(path)
    suffix = Path(source).suffix.lower()
    if suffix in (".docx", ".docm", ".dotx"):
        from newsroom.ingest.docx_draft import read_docx  # imports this module

        return read_docx(source)
    if suffix in (".doc", ".wps", ".rtf", ".odt", ".pages"):
        raise IngestError(f"{source}: cannot read {suffix} files; save the draft as .docx")
    text = read_text_file(source)
    if looks_like_bulletin(text):
        return parse_bulletin(text)
    item = parse_draft(text)
    if not (item.headline or item.paragraphs):
        raise IngestError(f"{source}: no text found in the draft")
    return [item]


def looks_like_bulletin(text: str) -> bool:
    """Whether a .txt holds several articles: two ■ bylines, or two headed, signed items.

    A draft has one byline, so two marked byline lines mean several articles; without
    markers, the bulletin parser must find at least two items with both a headline and
    a byline. A subheading in a draft gives neither.
    """
    # A blank line's first character is "", which `in` finds in any string.
    marked = sum(1 for line in text.split("\n") if line.strip()[:1] and line.strip()[0] in _MARKERS)
    if marked >= 2:
        return True
    items = parse_bulletin(text)
    return sum(1 for item in items if item.headline and item.bylines) >= 2


def parse_byline_text(text: str) -> list[ParsedByline]:
    """``■ 记者 孙悦 通讯员 高洁`` → bylines; ``李博 摄`` → a 摄影 byline."""
    text = text.strip().lstrip(_MARKERS).strip().strip("（()）").strip()
    return _parse_byline(text) if text else []


def is_byline(line: DraftLine) -> bool:
    text = line.text
    if line.role == "byline":
        return True
    if line.role or not text:
        return False
    if text[0] in _MARKERS:
        return len(text) <= MAX_BYLINE_HEADLINE_CHARS
    text = text.strip("（()）")
    return len(text) <= 30 and _PLAIN_BYLINE_RE.fullmatch(text) is not None


def item_from_lines(lines: list[DraftLine]) -> ParsedItem:
    """One article from a draft's lines: headline lines, bylines, then body paragraphs."""
    lines = [line for line in lines if line.text or line.attachments]
    item = ParsedItem()
    i = _take_headline(lines, item)
    while i < len(lines) and is_byline(lines[i]) and not lines[i].attachments:
        item.bylines.extend(parse_byline_text(lines[i].text))
        i += 1
    open_para = False  # whether the last paragraph was cut and goes on
    for line in lines[i:]:
        item.attachments.extend(line.attachments)
        text = line.text
        if not text:
            continue
        if line.role == "byline":
            item.bylines.extend(parse_byline_text(text))
            open_para = False
            continue
        if item.paragraphs and not line.gap and (open_para or text[0] in _CONTINUATION_START):
            item.paragraphs[-1] += text
        else:
            item.paragraphs.append(text)
        open_para = _COMPLETE_RE.search(item.paragraphs[-1][-12:]) is None
    return item


def _loose(line: DraftLine) -> bool:
    """A line that may be a headline line when a byline follows it."""
    text = line.text
    return (
        bool(text)
        and not line.attachments
        and len(text) <= MAX_BYLINE_HEADLINE_CHARS
        and text[0] not in _CONTINUATION_START
        and _NOT_HEADLINE_END_RE.search(text[-12:]) is None
    )


def _strict(line: DraftLine) -> bool:
    """A line that is a headline line on its own evidence (no byline after it)."""
    text = line.text
    if line.bold and _loose(line):
        return True  # a bold first line counts as the headline
    return _loose(line) and len(text) <= MAX_HEADLINE_CHARS and not _PROSE_RE.search(text)


def _take_headline(lines: list[DraftLine], item: ParsedItem) -> int:
    """Fill the headline fields from the first lines; return the index of the next line."""
    n = len(lines)
    j = 0
    while j < n and j < _MAX_HEAD_LINES and not is_byline(lines[j]):
        line = lines[j]
        if line.role in _HEAD_ROLES and not line.attachments:
            j += 1
        elif not line.role and _loose(line):
            j += 1
        else:
            break
    head = lines[:j]
    if not (j < n and is_byline(lines[j])):
        # No byline to confirm them: styled lines, then unstyled lines that read as one.
        k = 0
        while k < j and (head[k].role in _HEAD_ROLES or _strict(head[k])):
            k += 1
        if k == j and j == n and not any(line.role for line in head):
            k = min(1, n)  # only short lines: the first is the headline, the rest text
        head = head[:k]
    if len(head) > 3 and not any(line.role for line in head):
        head = head[:3]
    _assign(head, item)
    return len(head)


def _assign(head: list[DraftLine], item: ParsedItem) -> None:
    if not head:
        return
    texts = [line.text for line in head]
    roles = [line.role for line in head]
    at = next((k for k, role in enumerate(roles) if role == "headline"), None)
    if at is None and any(line.bold for line in head) and not all(line.bold for line in head):
        at = next(k for k, line in enumerate(head) if line.bold)
    if at is None and any(roles):
        at = next((k for k, role in enumerate(roles) if not role), None)
    if at is None and any(roles):
        # Only kicker/subheadline styles: the last kicker line is rather the headline.
        at = max((k for k, role in enumerate(roles) if role == "kicker"), default=0)
    if at is None:
        item.kicker, item.headline, item.subheadline = headline_fields(texts)
        return
    item.kicker = "".join(texts[:at])
    item.headline = texts[at]
    item.subheadline = "".join(texts[at + 1 :])


def items_from_layout_lines(lines: list[DraftLine]) -> list[ParsedItem]:
    """Split a page written with the layout styles into its articles and photo items.

    Roles come from the styles: runninghead (报眉, skipped), kicker, headline,
    subheadline, byline, body, caption (图片说明), credit (摄影署名). A headline line after
    body text starts an article; a picture or caption after body text starts a photo item,
    which its credit ends.
    """
    split = _LayoutSplit()
    for line in lines:
        if line.role == "runninghead":
            continue
        if not line.text and line.attachments:  # a picture on its own line
            split.picture(line.attachments)
        elif line.text:
            split.ROLES.get(line.role, _LayoutSplit.body)(split, line.text)
            split.cur.attachments.extend(line.attachments)
    return split.items


class _LayoutSplit:
    """The items found so far and the one being filled; one method per role of a line."""

    def __init__(self) -> None:
        self.items: list[ParsedItem] = []
        self.cur: ParsedItem | None = None
        self.closed = False  # a photo credit ends its photo item

    def new(self, kind: str = "article") -> ParsedItem:
        self.cur, self.closed = ParsedItem(kind=kind), False  # type: ignore[arg-type]
        self.items.append(self.cur)
        return self.cur

    def picture(self, attachments: list[ParsedAttachment]) -> None:
        cur = self.cur
        if cur is None or cur.paragraphs or self.closed:
            cur = self.new("photo")
        cur.attachments.extend(attachments)

    def kicker(self, text: str) -> None:
        cur = self.cur
        if cur is None or _started(cur) or cur.kicker:
            cur = self.new()
        cur.kicker = text

    def headline(self, text: str) -> None:
        cur = self.cur
        if cur is None or cur.headline or _started(cur):
            cur = self.new()
        cur.headline = text

    def subheadline(self, text: str) -> None:
        cur = self.cur
        if cur is None or cur.subheadline or _started(cur):
            cur = self.new()
        cur.subheadline = text

    def byline(self, text: str) -> None:
        cur = self.cur
        if cur is None or cur.paragraphs or self.closed:
            cur = self.new()
        cur.bylines.extend(parse_byline_text(text))

    def caption(self, text: str) -> None:
        cur = self.cur
        if cur is None or self.closed or (cur.kind == "article" and cur.paragraphs):
            cur = self.new("photo")
        cur.kind = "photo"
        cur.paragraphs.append(text)

    def credit(self, text: str) -> None:
        cur = self.cur
        if cur is None or self.closed:
            cur = self.new("photo")
        cur.kind, self.closed = "photo", True
        credits = parse_byline_text(text)
        cur.bylines.extend(ParsedByline(PHOTO_ROLE, b.name) for b in credits)

    def body(self, text: str) -> None:
        cur = self.cur
        if cur is None or self.closed or cur.kind == "photo":
            cur = self.new()
        cur.paragraphs.append(text)

    ROLES: ClassVar[dict[str, Callable[[_LayoutSplit, str], None]]] = {
        "kicker": kicker,
        "headline": headline,
        "subheadline": subheadline,
        "byline": byline,
        "caption": caption,
        "credit": credit,
    }


def _started(item: ParsedItem) -> bool:
    return bool(item.bylines or item.paragraphs or item.attachments)
