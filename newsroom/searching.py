"""Archive search as plain text: the index's tokens, the query language and snippets.

No database here: ``newsroom.store.search`` writes these tokens into SQLite's FTS5 or a
PostgreSQL tsvector and turns a parsed query into either engine's syntax.

Chinese has no spaces between words, and a two-character query (养老, 河西) is the common
case, which a trigram index cannot answer. So every run of Han (and kana, hangul)
characters is indexed as its overlapping character pairs — 养老服务 → 养老 老服 服务 —
followed by its last character alone; a two-character query is then one token, a longer
one a phrase of consecutive pairs, and a single character a prefix of the pairs (every
character starts a pair or ends a run). Latin words and numbers are tokens of their own.
Text is folded first: full-width forms to half-width (NFKC, "，" → ",") and lower case.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from operator import add

#: Scripts written without spaces between words.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f"
_RUN = re.compile(rf"([{_CJK}]+)|([^\W_{_CJK}]+)")
#: A Latin "word" longer than this is no word anyone searches for (a hash, a data blob).
_LONGEST_WORD = 60


def _fold_char(char: str) -> str:
    folded = unicodedata.normalize("NFKC", char).lower()
    if len(folded) != 1:
        lowered = char.lower()
        folded = lowered if len(lowered) == 1 else char
    return folded


@functools.cache
def _folding() -> tuple[dict[str, str], re.Pattern]:
    """Every character of the Basic Multilingual Plane that folding changes, and a pattern
    matching them (built on first use, in about 0.2 s): Chinese copy has few of them (its
    "，"), so substituting only those is three times quicker than str.translate."""
    table = {
        chr(code): folded
        for code in range(0x10000)
        if not 0xD800 <= code <= 0xDFFF and (folded := _fold_char(chr(code))) != chr(code)
    }
    pattern = re.compile("[" + "".join(re.escape(c) for c in sorted(table)) + "]")
    return table, pattern


def fold(text: str) -> str:
    """Full-width to half-width and lower case, one character for one: offsets into the
    folded text are offsets into the original."""
    table, pattern = _folding()
    return pattern.sub(lambda m: table[m.group()], text)


def index_tokens(text: str) -> list[str]:
    """The tokens of a text for the index, in order (see the module's docstring)."""
    tokens: list[str] = []
    extend, append = tokens.extend, tokens.append
    for han, word in _RUN.findall(fold(text)):
        if han:
            extend(map(add, han, han[1:]))  # the pairs, built in C
            append(han[-1])
        elif len(word) <= _LONGEST_WORD:
            append(word)
    return tokens


def query_tokens(text: str) -> tuple[list[str], bool]:
    """The tokens a search term must match, consecutive, and whether the last one is a
    prefix (a single Han character: the start of a pair or a run's last character)."""
    tokens: list[str] = []
    runs = list(_RUN.finditer(fold(text)))
    prefix = False
    for match in runs:
        han, word = match.groups()
        if han and len(han) == 1:
            tokens.append(han)
            prefix = len(runs) == 1
        elif han:
            tokens.extend(han[i : i + 2] for i in range(len(han) - 1))
        else:
            tokens.append(word[:_LONGEST_WORD])
    return tokens, prefix


@dataclass
class Term:
    """One word or quoted phrase of a query: the tokens it must match in a row."""

    text: str
    tokens: list[str]
    prefix: bool = False
    exclude: bool = False

    @property
    def needles(self) -> list[str]:
        """What to look for in the text itself (for snippets and replace): the folded runs."""
        return [m.group(0) for m in _RUN.finditer(fold(self.text))]


@dataclass
class Query:
    """A parsed query: words and phrases to find (all of them), and words to leave out."""

    terms: list[Term] = field(default_factory=list)

    @property
    def wanted(self) -> list[Term]:
        return [t for t in self.terms if not t.exclude]

    @property
    def unwanted(self) -> list[Term]:
        return [t for t in self.terms if t.exclude]


@dataclass
class SearchFilters:
    """What narrows a search or a replace: all optional (plain values, kept in saved
    searches by ``to_dict``)."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    status: str | None = None
    person: str | None = None
    page: int | None = None
    tag: str | None = None

    def to_dict(self) -> dict:
        return {
            k: (v.isoformat() if isinstance(v, dt.date) else v)
            for k, v in vars(self).items()
            if v is not None
        }


class QueryError(ValueError):
    """A query that asks for nothing (only punctuation, only words to leave out)."""


#: A phrase in ASCII quotes or in the Chinese ones an input method types (“…”).
_PART = re.compile(r'(-?)["“]([^"”]*)["”]?|(\S+)')


def parse_query(text: str) -> Query:
    """Words (all must occur), "quoted phrases" or “quoted phrases” (in a row) and -word
    (must not occur).

    Raises QueryError when nothing is left to look for.
    """
    query = Query()
    for match in _PART.finditer(text):
        minus, quoted, bare = match.groups()
        exclude = bool(minus)
        if bare is not None:
            exclude = bare.startswith("-") and len(bare) > 1
            words = bare[1:] if exclude else bare
        else:
            words = quoted
        tokens, prefix = query_tokens(words)
        if tokens:
            query.terms.append(Term(words, tokens, prefix, exclude))
    if not query.wanted:
        raise QueryError("nothing to search for: give a word or a phrase (not only -word)")
    return query


def fts5_match(query: Query) -> str:
    """The query in SQLite FTS5's syntax: phrases joined by AND, left out by NOT."""

    def phrase(term: Term) -> str:
        quoted = '"' + " ".join(term.tokens).replace('"', '""') + '"'
        return quoted + " *" if term.prefix else quoted

    expression = " AND ".join(phrase(t) for t in query.wanted)
    for term in query.unwanted:
        expression = f"({expression}) NOT {phrase(term)}"
    return expression


def _lexeme(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def tsquery(query: Query) -> str:
    """The query as PostgreSQL tsquery text: phrases with <->, & and !."""

    def phrase(term: Term) -> str:
        lexemes = [_lexeme(t) for t in term.tokens]
        if term.prefix:
            lexemes[-1] += ":*"
        return "(" + " <-> ".join(lexemes) + ")"

    parts = [phrase(t) for t in query.wanted] + ["!" + phrase(t) for t in query.unwanted]
    return " & ".join(parts)


#: Only so much of a very long article's body is indexed (a tsvector is at most 1 MB).
MAX_INDEXED_CHARS = 200_000


def fields_of(kicker: str, headline: str, subheadline: str, people: list[str], body: str):
    """The three indexed fields of an article, as token lists."""
    return (
        index_tokens("\n".join((kicker, headline, subheadline))),
        index_tokens("\n".join(people)),
        index_tokens(body[:MAX_INDEXED_CHARS]),
    )


def fts5_row(fields) -> tuple[str, str, str]:
    """The three fields as the index takes them: tokens separated by spaces (FTS5's
    unicode61 tokenizer and PostgreSQL's to_tsvector('simple') both split on the spaces)."""
    return tuple(" ".join(tokens) for tokens in fields)


# --- Snippets -------------------------------------------------------------------------


@dataclass
class Hit:
    """Where a search term was found: the field, the paragraph of the body, the offsets
    in that paragraph (code points), and a snippet with its highlighted spans."""

    field: str  # kicker / headline / subheadline / byline / body
    paragraph: int
    start: int
    end: int
    snippet: str
    highlights: list[tuple[int, int]]


_BEFORE = 24
_SNIPPET = 80


def find_hit(fields: list[tuple[str, int, str]], query: Query) -> Hit | None:
    """The first occurrence of a wanted term in the body (else in the other fields), with
    a snippet around it. ``fields`` are (field, paragraph, text) in reading order."""
    needles = sorted({n for t in query.wanted for n in t.needles}, key=len, reverse=True)
    if not needles:
        return None
    ordered = [f for f in fields if f[0] == "body"] + [f for f in fields if f[0] != "body"]
    for name, paragraph, text in ordered:
        folded = fold(text)
        spans = _spans(folded, needles)
        if not spans:
            continue
        start, end = spans[0]
        cut = max(0, min(start - _BEFORE, len(text) - _SNIPPET))
        stop = min(len(text), cut + _SNIPPET)
        snippet = text[cut:stop]
        marks = [(s - cut, e - cut) for s, e in spans if s >= cut and e <= stop]
        if cut > 0:
            snippet = "…" + snippet
            marks = [(s + 1, e + 1) for s, e in marks]
        if stop < len(text):
            snippet += "…"
        return Hit(name, paragraph, start, end, snippet, marks)
    return None


def _spans(folded: str, needles: list[str]) -> list[tuple[int, int]]:
    """Non-overlapping occurrences of any needle, longest first where they overlap."""
    taken: list[tuple[int, int]] = []
    for needle in needles:
        at = folded.find(needle)
        while at >= 0:
            end = at + len(needle)
            if not any(s < end and at < e for s, e in taken):
                taken.append((at, end))
            at = folded.find(needle, at + 1)
    return sorted(taken)


def mark(snippet: str, highlights: list[tuple[int, int]], left: str = "【", right: str = "】"):
    """The snippet with its highlighted spans between markers, for a terminal."""
    out, at = [], 0
    for start, end in highlights:
        out += [snippet[at:start], left, snippet[start:end], right]
        at = end
    out.append(snippet[at:])
    return "".join(out)
