"""Parse a plain-text bulletin (one page of copy in reading order) into ParsedItems."""

from __future__ import annotations

import re

from newsroom.ingest.furniture import is_furniture
from newsroom.ingest.headline import (
    DANGLING_END,
    HAN,
    PAIRS,
    continues,
    fact_score,
    headline_fields,
)
from newsroom.ingest.model import ParsedByline, ParsedItem
from newsroom.ingest.wrapping import Row, full_sentence_ends, width
from newsroom.newscopy import PHOTO_ROLE, ROLE_WORDS

__all__ = ["ROLES", "parse_bulletin"]

# Body paragraphs are longer than a headline line, which may be a bit longer under a byline.
MAX_HEADLINE_CHARS = 40
MAX_BYLINE_HEADLINE_CHARS = 50
_LOOKAHEAD, _MAX_HEADLINE_BLOCKS = 8, 3  # lines looked ahead; blocks in a headline

#: Roles that may open a byline, longest first so that 本报记者 wins over 记者.
ROLES: tuple[str, ...] = ROLE_WORDS
_ROLE_ALT = "|".join(ROLES)
# One-character roles (文 text by, 图 picture by) count only as whole tokens or as 文/图.
_SHORT_ROLES = frozenset({"文", "图", "文图", "图文"})
_MARKERS = "■□"

_SEP = r"\s、，,;；:：/／"
_BYLINE_TOKEN_RE = re.compile(
    rf"(?P<role>{_ROLE_ALT}|[文图][/／][文图])|(?P<sep>[{_SEP}]+)"
    rf"|(?P<word>[^{_SEP}]+?)(?={_ROLE_ALT}|[{_SEP}]|\Z)"
)
_HAN = HAN
_NAME = rf"[{_HAN}][{_HAN}·•．]{{1,7}}"
_NAME_RE = re.compile(_NAME)
_NAMES = rf"{_NAME}(?:[\s、，,]+{_NAME}){{0,4}}"
_CREDIT_ROLE = rf"(?:(?:{_ROLE_ALT})[\s:：]*)?"
# A photographer's credit on its own line: 李博 摄, 李博 王芳 摄, 记者 李博 摄, 李博/摄 ...
_CREDIT_RE = re.compile(rf"{_CREDIT_ROLE}(?P<names>{_NAMES})\s*[/／]?\s*摄")
# ... or at the end of the caption line, after its closing punctuation.
_INLINE_CREDIT_RE = re.compile(
    rf"(?<=[。！？!?”’）)])[ \t\u3000]*{_CREDIT_ROLE}{_NAMES}(?:[ \t\u3000]+|\s*[/／]\s*)摄\Z"
)
# A byline without the ■ marker, accepted only right under a headline: 记者 孙悦 通讯员 高洁.
_PLAIN_NAMES = rf"[{_HAN}·]{{2,5}}(?:[ \t\u3000、，,]+[{_HAN}·]{{2,5}})*"
_PLAIN_BYLINE = rf"(?:(?:{_ROLE_ALT}|[文图][/／][文图])[ \t\u3000:：]*{_PLAIN_NAMES}[ \t\u3000]*)+"
_PLAIN_BYLINE_RE = re.compile(_PLAIN_BYLINE)
# A byline in brackets at the end of an article, on its own line or after the last
# sentence: （通讯员 赵敏）, ……传统文化。（记者 孙悦 王芳）
_END_BYLINE = rf"[（(][ \t\u3000]*{_PLAIN_BYLINE}[）)]"
_END_BYLINE_RE = re.compile(_END_BYLINE)
_INLINE_END_BYLINE_RE = re.compile(rf"(?<=[。！？!?”’])[ \t\u3000]*{_END_BYLINE}\Z")

_CLOSERS = re.escape("”’」』）)》〉】〕］]\"'»")
# A paragraph ends with sentence punctuation (maybe inside closing quotes or brackets), or
# with a closing bracket: a trailing note such as （完） or （区融媒体中心供稿）.
# (8: and 1. at a line's end are a time or a number wrapped, 8:30 and 1.2, no full stop.)
_COMPLETE_RE = re.compile(rf"(?:(?:[。！？!?…；;：．]|(?<!\d)[:.])[{_CLOSERS}]*|[）)】〕］\]])\Z")
# A headline may end in ！ or ？ when a byline confirms it, never in 。；： or ….
_NOT_HEADLINE_END_RE = re.compile(rf"[。；;：:…．.][{_CLOSERS}]*\Z|[）)】〕］\]]\Z")
# Characters that cannot open a sentence: text starting with one continues the one before.
_CONTINUATION_START = frozenset("，。、；：！？）》」』”’…,.;:!?)]】〉〕％%")
_PROSE_RE = re.compile(r"[，。；！？,;!?]")  # sentence punctuation: prose, not a headline
_NUM = "一二三四五六七八九十"  # numbered subheadings: 一、 （一） 1. 2、 第一，
_ENUMERATED_RE = re.compile(
    rf"[{_NUM}]+[、．.]|[（(][{_NUM}\d]+[）)]|\d{{1,2}}[、．.](?!\d)|第[{_NUM}]+[，、,]"
)
_BODY_OPENERS = "随后 同时 此外 另外 其中 据了解 据悉 据介绍 下一步 会上 会后 此次 本次 近日 日前"
_BODY_OPENERS += " 目前 然而 但是 因此 所以 并且 而且 他们 她们 我们 大家 该"
_BODY_OPENER_RE = re.compile("|".join(_BODY_OPENERS.split()))  # never open a headline
# How a news lead opens: with its time (近日，… 5月12日，… 即日起，…). Text after a lone
# short line that opens like this starts a new item; a subheading's paragraph rarely does.
_LEAD_RE = re.compile(
    r"(?:近日|日前|近期|连日来|即日起|今年以来|近年来|入春以来|昨天|昨日|今天|今日|本报讯"
    r"|(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|上旬|中旬|下旬|初|底)?)[，,]?"
)

_INDENT = frozenset(" \t\u3000\xa0")

_TEXT, _BYLINE, _PLAIN_BYLINE, _CREDIT, _END_BYLINE = range(5)  # line kinds
_BYLINE_KINDS = (_BYLINE, _PLAIN_BYLINE, _END_BYLINE)
_SUBHEADING = -1  # what _group_end says of a lone short line inside an article


class _Line:
    """One non-blank line with what its shape says about it, computed once."""

    __slots__ = ("complete", "cont", "gap", "indent", "kind", "loose", "soft", "strict", "text")

    def __init__(self, text: str, gap: bool, kind: int = _TEXT) -> None:
        self.text, self.gap, self.kind = text, gap, kind  # gap: a block starts here
        self.soft = False  # the gap is only inferred: no blank line or indent before it
        self.indent = ""  # the blanks the line was indented by
        self.complete = _COMPLETE_RE.search(text[-12:]) is not None
        self.cont = text[0] in _CONTINUATION_START
        self.loose = (  # may be a headline line when a byline follows
            len(text) <= MAX_BYLINE_HEADLINE_CHARS
            and not self.cont
            and kind != _CREDIT
            and not _ENUMERATED_RE.match(text)
            and not _NOT_HEADLINE_END_RE.search(text[-12:])
        )
        self.strict = (  # may be a headline line on its own evidence
            self.loose
            and len(text) <= MAX_HEADLINE_CHARS
            and not self.complete
            and not _PROSE_RE.search(text)
            and not _BODY_OPENER_RE.match(text)
            and text[-1] not in DANGLING_END
            and all(text.count(a) <= text.count(b) for a, b in PAIRS)  # not cut in a quote
        )


class _Para:
    """A body paragraph under construction: its column pieces and whether it has ended."""

    __slots__ = ("closed", "parts", "subheading", "tail")

    def __init__(self, text: str, complete: bool, subheading: bool = False) -> None:
        self.parts, self.tail = [text], text[-16:]
        numbered = len(text) <= MAX_HEADLINE_CHARS and _ENUMERATED_RE.match(text) is not None
        self.subheading = subheading or numbered  # stands alone without a full stop
        self.closed = complete or self.subheading

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.tail = (self.tail + text[-16:])[-16:]
        self.closed, self.subheading = _COMPLETE_RE.search(self.tail) is not None, False


class _Draft:
    __slots__ = ("bylines", "headlines", "kind", "paras")

    def __init__(self, headlines: list[str] | None = None, kind: str = "article") -> None:
        self.kind, self.headlines = kind, headlines or []
        self.bylines: list[ParsedByline] = []
        self.paras: list[_Para] = []

    def item(self) -> ParsedItem:
        kind = "photo" if self.kind == "photo" else "article"
        paragraphs = ["".join(p.parts) for p in self.paras]
        return ParsedItem(kind, *headline_fields(self.headlines), self.bylines, paragraphs)


def parse_bulletin(text: str) -> list[ParsedItem]:
    """Split a bulletin page into articles and photo items, in reading order.

    Blank lines (and indents, where paragraphs are indented) separate blocks; lines are
    split on "\\n" only. A headline is 1-3 blocks of short lines without closing
    punctuation, confirmed by a byline after it, or else whole blocks after a finished
    paragraph and before body text (a lone line only if the lead repeats it; naming no
    subject or event, 聚焦内循环, it is a subheading). Over several blocks, a block of
    several lines is one headline line wrapped; in one block, each line is a headline
    line. Three are kicker, headline, subheadline; of two, the one stating the news fact
    (河西区…召开, not a spaced slogan) is the headline, the other its kicker or
    subheadline; if undecided, the first is the headline. A byline (■) holds roles each
    followed by names; names without a role get role "". A paragraph without closing
    punctuation was cut by the columns: the next block goes on with it, joined without a
    space. A credit (李博 摄) makes the paragraph before it a photo's caption; text after
    a photo goes on with the article before it unless a headline starts. A byline in
    brackets after the last paragraph, （通讯员 赵敏）, is the article's. Page furniture
    (第2版, 责任编辑：…, 图片新闻, a date line at the top: newsroom.ingest.furniture) is no
    copy: it separates blocks like a blank line.

    Never raises. No non-blank character of copy is lost except ■ markers, the brackets
    of a byline at the end, the 摄 of credits, separators between byline names and the
    role word of a photo credit (记者 李博 摄).
    """
    try:
        return _parse(text)
    except Exception:  # a bug must not cost the editor the copy
        paragraphs = [line.strip() for line in str(text).split("\n") if line.strip()]
        return [ParsedItem(paragraphs=paragraphs)] if paragraphs else []


def _scan(text: str) -> list[_Line]:
    lines: list[_Line] = []
    gap, saw_indent = True, False
    for raw in text.split("\n"):
        line = raw.strip()
        if not line or is_furniture(line, top=not lines):
            gap = True  # page furniture (第2版, 责任编辑：…) stands between blocks
            continue
        # With indented paragraphs, a block starts at an indent or after a finished line.
        soft = False
        if raw[0] in _INDENT:
            gap = saw_indent = True
        elif saw_indent and lines and lines[-1].complete and not gap:
            gap = soft = True
        indent = raw[: len(raw) - len(raw.lstrip())]
        for piece, kind in _pieces(line):
            lines.append(_Line(piece, gap, kind))
            lines[-1].soft, lines[-1].indent = soft, indent
            gap, soft, indent = False, False, ""
    return lines


def _pieces(line: str) -> list[tuple[str, int]]:
    """A stripped line as (text, kind): one piece, or two when a caption ends in its
    credit (…打卡。 李博 摄) or a paragraph in its byline (…文化。（通讯员 韩雪）)."""
    if line[0] in _MARKERS:
        rest = line.lstrip(_MARKERS).lstrip()
        if len(rest) <= MAX_HEADLINE_CHARS and not _NOT_HEADLINE_END_RE.search(rest[-12:]):
            return [(line, _BYLINE)]
    elif line[-1] == "摄":
        if len(line) <= MAX_HEADLINE_CHARS and _CREDIT_RE.fullmatch(line):
            return [(line, _CREDIT)]
        if (m := _INLINE_CREDIT_RE.search(line)) and m.start() > 0:
            return [(line[: m.start()], _TEXT), (line[m.start() :].strip(), _CREDIT)]
    elif line[-1] in "）)":
        if len(line) <= MAX_HEADLINE_CHARS and _END_BYLINE_RE.fullmatch(line):
            return [(line, _END_BYLINE)]
        if (m := _INLINE_END_BYLINE_RE.search(line)) and m.start() > 0:
            return [(line[: m.start()], _TEXT), (line[m.start() :].strip(), _END_BYLINE)]
    elif len(line) <= 30 and _PLAIN_BYLINE_RE.fullmatch(line):
        return [(line, _PLAIN_BYLINE)]
    return [(line, _TEXT)]


def _parse(text: str) -> list[ParsedItem]:
    lines = _scan(text)
    n = len(lines)
    full_ends = _full_sentence_ends(lines)
    items: list[_Draft] = []
    cur: _Draft | None = None  # the article that body text goes to
    i = 0
    while i < n:
        line = lines[i]
        if line.kind == _CREDIT:
            m = _CREDIT_RE.fullmatch(line.text)
            names = _NAME_RE.findall(m["names"] if m else line.text)
            cur = _add_photo(items, cur, [ParsedByline(PHOTO_ROLE, name) for name in names])
            i += 1
            continue
        if line.kind in (_BYLINE, _END_BYLINE):
            cur, i = _add_bylines(items, cur, lines, i)
            continue
        end = _group_end(lines, i, cur)
        if end == _SUBHEADING and cur:
            cur.paras.append(_Para(line.text, line.complete, subheading=True))
            i += 1
        elif end > i:
            cur = _Draft(_headline_lines(lines[i:end]))
            items.append(cur)
            if end < n and lines[end].kind == _CREDIT:  # a photo's title: the last is its caption
                cur.paras.append(_Para(cur.headlines.pop(), False))
            bylines, i = _take_bylines(lines, end)
            cur.bylines.extend(bylines)
        else:
            if cur is None:
                cur = _Draft()
                items.append(cur)
            last = cur.paras[-1] if cur.paras else None
            # A caption (the block before a credit) is never the tail of a cut paragraph;
            # its own wrapped lines go on with it.
            caption = line.gap and i + 1 < n and lines[i + 1].kind == _CREDIT
            wrapped = i - 1 in full_ends and (line.soft or not line.gap)
            wrapped = wrapped and not (last and last.subheading)
            if last and (line.cont or not last.closed or wrapped) and not caption:
                last.add(line.text)
            else:
                cur.paras.append(_Para(line.text, line.complete))
            i += 1
    return [draft.item() for draft in items if draft.headlines or draft.bylines or draft.paras]


def _full_sentence_ends(lines: list[_Line]) -> frozenset[int]:
    """Lines that end a sentence at the wrap width inside a paragraph (see wrapping); an
    unindented line after one starts no block when the paragraphs are indented."""
    return full_sentence_ends(
        [
            Row(
                line.indent + line.text,
                line.kind == _TEXT,
                line.complete,
                line.gap and not line.soft,
            )
            for line in lines
        ]
    )


def _add_bylines(
    items: list[_Draft], cur: _Draft | None, lines: list[_Line], i: int
) -> tuple[_Draft | None, int]:
    """Give the byline lines at i to their item; return the article to go on and the index
    after them."""
    bylines, j = _take_bylines(lines, i)
    n = len(lines)
    if cur and cur.paras and {b.role for b in bylines} == {PHOTO_ROLE}:
        cur = _add_photo(items, cur, bylines)  # ■ 摄影 李博 under a caption
    elif cur and cur.paras and lines[i].kind == _END_BYLINE:
        cur.bylines.extend(bylines)  # （通讯员 赵敏） after the last paragraph
    elif cur and not cur.bylines and (not cur.paras or j >= n or _group_end(lines, j) > j):
        cur.bylines.extend(bylines)  # under its headline, or at the end of its text
    else:
        cur = _Draft()
        cur.bylines.extend(bylines)
        items.append(cur)
    return cur, j


def _take_bylines(lines: list[_Line], i: int) -> tuple[list[ParsedByline], int]:
    """Parse the byline lines starting at i; return them and the index after."""
    bylines: list[ParsedByline] = []
    while i < len(lines) and lines[i].kind in _BYLINE_KINDS:
        text = lines[i].text.lstrip(_MARKERS).strip()
        if lines[i].kind == _END_BYLINE:
            text = text[1:-1].strip()  # the brackets around it
        bylines.extend(_parse_byline(text))
        i += 1
    return bylines, i


def _group_end(lines: list[_Line], i: int, cur: _Draft | None = None) -> int:
    """If a headline starts at line i, the index just after it; _SUBHEADING; else i."""
    if lines[i].cont:
        return i
    # A byline right after short lines confirms them as a headline, wherever they stand.
    j = _byline_after_short_lines(lines, i)
    if j is not None:
        return j
    # Without a byline: whole blocks of short unpunctuated lines after a finished
    # paragraph (or at the top, or after a photo or byline) and before body text.
    if not (lines[i].gap or i == 0 or lines[i - 1].kind != _TEXT):
        return i
    if cur and ((cur.paras and not cur.paras[-1].closed) or (cur.bylines and not cur.paras)):
        return i  # a cut paragraph goes on; right under a byline comes body text
    return _headline_before_text(lines, i, cur)


def _byline_after_short_lines(lines: list[_Line], i: int) -> int | None:
    """The byline's index when loose lines from i up to it form a headline, else None."""
    j = i
    while j < len(lines) and j - i < _LOOKAHEAD:
        if lines[j].kind == _BYLINE or (lines[j].kind in _BYLINE_KINDS and j > i):
            if j > i and _blocks(lines, i, j) <= _MAX_HEADLINE_BLOCKS and _lean(lines, i, j):
                return j
            return None
        if not lines[j].loose:
            return None
        j += 1
    return None


def _headline_before_text(lines: list[_Line], i: int, cur: _Draft | None) -> int:
    """_group_end for strict short lines from i with no byline: the index after them when
    body text (or a photo credit) follows, _SUBHEADING, or i when they are no headline."""
    n = len(lines)
    j = i
    while j < n and j - i < _LOOKAHEAD and _headline_like(lines, j) and lines[j].kind == _TEXT:
        j += 1
    if j == i or j >= n or j - i >= _LOOKAHEAD or _blocks(lines, i, j) > _MAX_HEADLINE_BLOCKS:
        return i
    if not lines[j - 1].strict:  # a headline cut (…暨) must go on in a headline line
        return i
    if lines[j].kind == _CREDIT:
        return j
    if lines[j].kind != _TEXT or lines[j].cont or not (lines[j].gap or _wraps_under(lines, i, j)):
        return i
    if j - i == 1 and cur and cur.paras and lines[_block_end(lines, j)].kind != _CREDIT:
        # A lone line inside the page (not a photo's title) naming who did what heads an
        # article if the lead repeats it or opens as a news lead does (近日，…); else it
        # starts a paragraph cut by the column, or is a subheading.
        lead, fact = _block_text(lines, j), fact_score(lines[i].text)
        if _echoed(lines[i].text, lead):
            return j if fact > 0 else _SUBHEADING
        return j if fact > 0 and _LEAD_RE.match(lead) else i
    return j


def _wraps_under(lines: list[_Line], i: int, j: int) -> bool:
    """Whether the line at j, right under short lines i..j-1 with no break between, is the
    first line of a hard-wrapped paragraph: much wider than the line over it (a headline
    may be as wide as the column; its last line is not)."""
    return not lines[j].complete and width(lines[j].text) >= 1.25 * width(lines[j - 1].text)


def _block_end(lines: list[_Line], j: int) -> int:
    """The index after the text lines of the block starting at j (the lines wrapped with
    it); the last index when the page ends there."""
    k = j + 1
    while k < len(lines) and lines[k].kind == _TEXT and not lines[k].gap:
        k += 1
    return min(k, len(lines) - 1)


def _block_text(lines: list[_Line], j: int, limit: int = 200) -> str:
    """The text of the block starting at j, its wrapped lines joined, up to limit chars."""
    text = lines[j].text
    for k in range(j + 1, _block_end(lines, j) + 1):
        if len(text) >= limit or lines[k].kind != _TEXT or lines[k].gap:
            break
        text += lines[k].text
    return text[:limit]


def _echoed(line: str, lead: str) -> bool:
    pairs = {line[k : k + 2] for k in range(len(line) - 1)}
    return sum(pair in lead[:200] for pair in pairs) >= 0.5 * len(pairs)


def _lean(lines: list[_Line], i: int, j: int) -> bool:
    """Whether comma lines (春风十里，不如河西) are only in the block by the byline."""
    # A comma line over another headline block is rather the end of the article before.
    last = j - 1
    while last > i and not lines[last].gap:
        last -= 1
    return all(_headline_like(lines, k) for k in range(i, last))


def _headline_like(lines: list[_Line], k: int) -> bool:
    """Whether line k may be a headline line on its own evidence: strict, or cut where a
    headline line cannot end (…暨, …的, in quotes) with the next line going on with it."""
    line = lines[k]
    if line.strict:
        return True
    if not line.loose or k + 1 >= len(lines) or _PROSE_RE.search(line.text):
        return False
    after = lines[k + 1]
    return (
        after.kind == _TEXT
        and after.loose
        and not _PROSE_RE.search(after.text)
        and continues(line.text, after.text)
    )


def _blocks(lines: list[_Line], i: int, j: int) -> int:
    return 1 + sum(1 for k in range(i + 1, j) if lines[k].gap)


def _headline_lines(group: list[_Line]) -> list[str]:
    """The headline lines of a group: each line if one block, else each block joined."""
    one_block = not any(line.gap for line in group[1:])
    out: list[str] = []
    for k, line in enumerate(group):
        if k and not (one_block or line.gap):
            out[-1] += line.text  # a headline line wrapped: joined as it was cut
        else:
            out.append(line.text)
    return out


def _parse_byline(text: str) -> list[ParsedByline]:
    """``记者 孙悦 通讯员 高洁`` → [(记者, 孙悦), (通讯员, 高洁)]; unknown words get role ""."""
    out: list[ParsedByline] = []
    role, named, start = "", True, 0  # the current role, whether it has a name, from where
    for m in _BYLINE_TOKEN_RE.finditer(text):
        kind, token = m.lastgroup, m.group()
        if kind == "sep":
            continue
        if kind == "word" and token in _SHORT_ROLES:
            kind = "role"
        elif kind == "word" and token == "摄":
            # 李博 摄, 记者 李博 摄: the names just before took the photographs.
            if named and start < len(out) and (not role or role in ROLES):
                out[start:] = [ParsedByline(PHOTO_ROLE, b.name) for b in out[start:]]
                continue
            kind, token = "role", PHOTO_ROLE
        if kind == "role":
            if not named:
                out.append(ParsedByline(role, ""))
            role, named, start = token, False, len(out)
        else:
            out.append(ParsedByline(role, token))
            named = True
    if not named:
        first = len(out)
        while first > 0 and not out[first - 1].role:
            first -= 1
        # A role after its names (区委宣传部 供稿, 李明 文), or a role without a name.
        out[first:] = [ParsedByline(role, b.name) for b in out[first:]] or [ParsedByline(role, "")]
    return out


def _add_photo(items: list[_Draft], cur: _Draft | None, by: list[ParsedByline]) -> _Draft | None:
    """Make a photo item of the paragraph before a credit; return the article to continue."""
    photo = _Draft(kind="photo")
    photo.bylines.extend(by)
    if cur and cur.paras:
        photo.paras.append(cur.paras.pop())
        if not cur.paras and not cur.bylines and items[-1] is cur:
            # Only a title and the caption: the whole item was the photo.
            cur.kind, cur.paras, cur.bylines = "photo", photo.paras, photo.bylines
            return next((d for d in reversed(items[:-1]) if d.kind == "article"), None)
        last = cur.paras[-1] if cur.paras else None
        if last and last.subheading and not _ENUMERATED_RE.match(last.parts[0]):
            # A short line right over the caption is the photo's title, not a subheading.
            photo.headlines.append("".join(cur.paras.pop().parts))
    items.append(photo)
    return cur
