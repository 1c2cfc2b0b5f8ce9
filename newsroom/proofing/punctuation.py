"""Punctuation (标点, GB/T 15834): half-width marks in Chinese, doubled and unpaired marks."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsroom.proofing.model import Finding

_CJK = "\u4e00-\u9fff"
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
# A half-width mark touching a Chinese character on at least one side; digits
# on both sides (1,000 and 10:30) are left alone by construction.
_HALF = re.compile(rf"(?<=[{_CJK}])[,;:?!()]|[,;:?!()](?=[{_CJK}])")
_DOUBLE = re.compile(r"([。，、；：])\1+")
_ASCII_QUOTE = re.compile(rf"(?<=[{_CJK}，。：；！？])[\"']|[\"'](?=[{_CJK}])")
_PAIRS = {"“": "”", "‘": "’", "《": "》", "（": "）"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}
_PAIR_RE = re.compile("[“”‘’《》（）]")
# A title opened with 《 and closed with an ASCII or single angle bracket, or the reverse.
_TITLE_CLOSE = re.compile(r"《[^》\n]{1,40}?([>〉])")
_TITLE_OPEN = re.compile(r"([<〈])[^《》<>\n]{1,40}?》")
# Chinese quotation marks do not nest in their own kind (“…‘…’…”): a second opening mark
# before the first is closed was meant to close it, and the reverse.
_QUOTE_MARKS = {"“": "”", "‘": "’"}
# A paragraph ending in one of these closes its quotations; one that does not
# was cut by the column layout and continues in the next paragraph.
_FINAL = "。！？…”’》）：；"
_NAMES = {
    "“": "引号",
    "”": "引号",
    "‘": "单引号",
    "’": "单引号",
    "《": "书名号",
    "》": "书名号",
    "（": "括号",
    "）": "括号",
}


def _finding(start: int, end: int, text: str, sugg: str, rule: str, msg: str, sev: str) -> Finding:
    return Finding(start, end, text[start:end], sugg, "punctuation", rule, msg, sev)


def paragraph_blocks(text: str) -> Iterator[tuple[int, int]]:
    """Spans of logical paragraphs: physical paragraphs joined across column cuts."""
    start = 0
    pos = 0
    for line in text.splitlines(keepends=True):
        pos += len(line)
        body = line.strip()
        if body and body[-1] in _FINAL:
            yield start, pos
            start = pos
        elif body.startswith("■"):
            yield start, pos
            start = pos
    if start < len(text):
        yield start, len(text)


def iter_findings(text: str) -> Iterator[Finding]:
    for m in _HALF.finditer(text):
        c = m.group()
        s = m.start()
        yield _finding(
            s,
            s + 1,
            text,
            _HALF_TO_FULL[c],
            "punctuation.halfwidth",
            f"标点：中文语句中应使用全角“{_HALF_TO_FULL[c]}”，不用半角“{c}”",
            "error",
        )
    for m in _DOUBLE.finditer(text):
        yield _finding(
            m.start() + 1,
            m.end(),
            text,
            "",
            "punctuation.doubled",
            f"标点：“{m.group(1)}”重复",
            "error",
        )
    quotes = list(_quotes(text))
    yield from quotes
    titles = list(_titles(text))
    yield from titles
    # Pair the marks as the typist meant them: ASCII quotes, half-width brackets and
    # stray angle brackets count as their Chinese fix.
    fixes = [*quotes, *titles]
    fixes += [f for f in _half_brackets(text)]
    if fixes:
        chars = list(text)
        for f in fixes:
            chars[f.start] = f.suggestion
        norm = "".join(chars)
    else:
        norm = text
    for bs, be in paragraph_blocks(norm):
        yield from _unpaired(norm, bs, be)


def _half_brackets(text: str) -> Iterator[Finding]:
    for m in _HALF.finditer(text):
        if m.group() in "()":
            yield _finding(m.start(), m.end(), text, _HALF_TO_FULL[m.group()], "", "", "")


def _titles(text: str) -> Iterator[Finding]:
    if "《" in text:
        for m in _TITLE_CLOSE.finditer(text):
            s = m.start(1)
            yield _finding(
                s, s + 1, text, "》", "punctuation.title_mark", "标点：书名号应为“》”", "error"
            )
    if "》" in text:
        for m in _TITLE_OPEN.finditer(text):
            s = m.start(1)
            yield _finding(
                s, s + 1, text, "《", "punctuation.title_mark", "标点：书名号应为“《”", "error"
            )


def _quotes(text: str) -> Iterator[Finding]:
    # Opening or closing: whatever balances the quotes already open in the paragraph.
    ascii_open: dict[tuple[int, str], int] = {}
    for m in _ASCII_QUOTE.finditer(text):
        q = m.group()
        para = text.rfind("\n", 0, m.start()) + 1
        before = text[para : m.start()]
        key = (para, q)
        if q == '"':
            depth = before.count("“") - before.count("”") + ascii_open.get(key, 0)
        else:
            depth = before.count("‘") - before.count("’") + ascii_open.get(key, 0)
        opening = depth <= 0
        ascii_open[key] = ascii_open.get(key, 0) + (1 if opening else -1)
        if q == '"':
            sugg = "“" if opening else "”"
        else:
            sugg = "‘" if opening else "’"
        yield _finding(
            m.start(),
            m.end(),
            text,
            sugg,
            "punctuation.ascii_quote",
            f"标点：中文语句中应使用中文引号“{sugg}”",
            "error",
        )


def _turned(text: str, p: int, sugg: str) -> Finding:
    msg = f"标点：{_NAMES[sugg]}方向有误，此处应为“{sugg}”"
    return _finding(p, p + 1, text, sugg, "punctuation.direction", msg, "error")


def _wrong_partner(text: str, p: int, sugg: str) -> Finding:
    msg = f"标点：与前面的{_NAMES[sugg]}不配对，此处应为“{sugg}”"
    return _finding(p, p + 1, text, sugg, "punctuation.mismatched", msg, "error")


def _unclosed(text: str, o: str, p: int) -> Finding:
    msg = f"标点：{_NAMES[o]}“{o}”缺少配对的“{_PAIRS[o]}”"
    return _finding(p, p + 1, text, "", "punctuation.unpaired", msg, "warning")


def _unpaired(text: str, bs: int, be: int) -> Iterator[Finding]:
    stack: list[tuple[str, int]] = []
    marks = list(_PAIR_RE.finditer(text, bs, be))
    for k, m in enumerate(marks):
        c = m.group()
        if c in _QUOTE_MARKS and stack and stack[-1][0] == c:
            # “贴心人“: the second was meant to close the first.
            stack.pop()
            yield _turned(text, m.start(), _QUOTE_MARKS[c])
            continue
        if c in _PAIRS:
            stack.append((c, m.start()))
            continue
        opener = _CLOSERS[c]
        if stack and stack[-1][0] == opener:
            stack.pop()
            continue
        if (
            not any(o == opener for o, _ in stack)
            and k + 1 < len(marks)
            and marks[k + 1].group() == c
        ):
            # ”贴心人”, 影片》长津湖》: the first was meant to open.
            stack.append((opener, m.start()))
            yield _turned(text, m.start(), opener)
            continue
        if stack and not any(o == opener for o, _ in stack):
            # （以下简称“区法院”》, 《民法典）: the wrong closing mark for the one open.
            o, _p = stack.pop()
            yield _wrong_partner(text, m.start(), _PAIRS[o])
            continue
        if any(o == opener for o, _ in stack):
            # Close the inner unclosed ones: they are the unpaired marks.
            while stack[-1][0] != opener:
                yield _unclosed(text, *stack.pop())
            stack.pop()
            continue
        yield _finding(
            m.start(),
            m.end(),
            text,
            "",
            "punctuation.unpaired",
            f"标点：{_NAMES[c]}“{c}”缺少配对的“{opener}”",
            "warning",
        )
    for o, p in stack:
        yield _unclosed(text, o, p)
