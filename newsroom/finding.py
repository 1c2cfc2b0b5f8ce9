"""Find and replace inside one article's text: plain text in, match spans out.

Options as an editor's find bar has them: match case (for Latin letters), whole words
(for Chinese: jieba's words, so that 河西 does not match inside 河西区; for Latin: word
boundaries), regular expressions, and full-width/half-width folding, so that "，" finds
"," and "ＡＢＣ" finds "abc". Folding keeps one character for one, so spans found in the
folded text are spans of the original.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class FindOptions:
    match_case: bool = False
    whole_word: bool = False
    regex: bool = False
    fold_width: bool = True


@functools.cache
def _width_table() -> tuple[dict[str, str], re.Pattern]:
    """Characters NFKC makes one other character (full-width forms, ideographic space)."""
    table = {}
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        folded = unicodedata.normalize("NFKC", char)
        if len(folded) == 1 and folded != char:
            table[char] = folded
    return table, re.compile("[" + "".join(re.escape(c) for c in sorted(table)) + "]")


def fold_width(text: str) -> str:
    """Full-width to half-width, one character for one."""
    table, pattern = _width_table()
    return pattern.sub(lambda m: table[m.group()], text)


class FindError(ValueError):
    """A regular expression that does not compile; the message is one line."""


def compile_find(needle: str, options: FindOptions) -> re.Pattern | None:
    """The pattern for a needle, or None for an empty one; FindError for a broken one."""
    if not needle:
        return None
    if options.regex:
        source = needle
    else:
        source = re.escape(fold_width(needle) if options.fold_width else needle)
    flags = 0 if options.match_case else re.IGNORECASE
    try:
        pattern = re.compile(source, flags)
    except re.error as exc:
        raise FindError(f"正则表达式有误：{exc}") from None
    if pattern.search(""):
        raise FindError("正则表达式会匹配空文本")
    return pattern


def find_all(text: str, needle: str, options: FindOptions) -> list[tuple[int, int]]:
    """Every non-overlapping match of the needle in the text, as (start, end)."""
    pattern = compile_find(needle, options)
    if pattern is None or not text:
        return []
    haystack = fold_width(text) if options.fold_width else text
    spans = [m.span() for m in pattern.finditer(haystack)]
    if options.whole_word:
        bounds = word_boundaries(text)
        spans = [(s, e) for s, e in spans if s in bounds and e in bounds]
    return spans


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[^\W_]+")


def word_boundaries(text: str) -> set[int]:
    """Offsets where a word starts or ends: jieba's segmentation where the text is Chinese
    (loaded on first use, in the background of a window that asks), \\b elsewhere."""
    bounds = {0, len(text)}
    if _HAN.search(text):
        at = 0
        for word in words().cut(text, HMM=False):
            bounds.add(at)
            at += len(word)
            bounds.add(at)
    else:
        for match in _LATIN_WORD.finditer(text):
            bounds.update(match.span())
    return bounds


@functools.cache
def words():
    """A jieba tokenizer of our own (jieba's global one stays untouched), loaded once: a
    second or two, which the window spends in the background (find_bar.py)."""
    import logging

    import jieba

    from newsroom.tagging.segmenter import cache_dir

    logging.getLogger("jieba").setLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = str(cache_dir())
    tokenizer.initialize()
    return tokenizer


def replacement(match_text: str, needle: str, new: str, options: FindOptions) -> str:
    """What one match becomes: NEW as written, or with \\1 groups for a regular expression."""
    if not options.regex:
        return new
    pattern = compile_find(needle, options)
    haystack = fold_width(match_text) if options.fold_width else match_text
    found = pattern.fullmatch(haystack) if pattern else None
    if found is None:
        return new
    try:
        return found.expand(new)
    except (re.error, IndexError) as exc:
        raise FindError(f"替换文本有误：{exc}") from None


def replace_all(text: str, needle: str, new: str, options: FindOptions) -> tuple[str, int]:
    """The text with every match replaced, and how many there were."""
    spans = find_all(text, needle, options)
    out, at = [], 0
    for start, end in spans:
        out += [text[at:start], replacement(text[start:end], needle, new, options)]
        at = end
    out.append(text[at:])
    return "".join(out), len(spans)
