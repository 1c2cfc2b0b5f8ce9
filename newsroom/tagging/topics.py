"""Topic candidates of an article: its telling words, the compounds that recur, quoted slogans."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .lexicon import Lexicon
from .rules import COMPOUND_HEADS, COMPOUND_POS, COMPOUND_TAILS, PERIODS, TOPIC_POS
from .segmenter import Token

_CJK = re.compile(r"^[\u3400-\u9fff]+$")
_LATIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.+-]*$")
_QUOTED = re.compile(r"[“「『]([\u3400-\u9fff0-9A-Za-z·]{3,14})[”」』]")


@dataclass(frozen=True, slots=True)
class Part:
    """One piece of the article (headline, a paragraph …) as the rules see it."""

    text: str
    weight: float  # how much a mention here counts: the headline more than the body
    tokens: list[Token]
    covered: frozenset[int]  # words inside a name found by the entity rules
    is_head: bool


@dataclass(frozen=True, slots=True)
class TopicMention:
    tag: str
    weight: float
    is_head: bool
    parts: int  # 1 for a word, 2 for a compound of two, 0 for a quoted phrase


class TopicFinder:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon

    def unit(self, t: Token) -> bool:
        """A word that may stand in a topic, alone or in a compound."""
        if t.word in PERIODS:
            return True
        if t.flag not in COMPOUND_POS or t.word in self.lex.noise:
            return False
        if t.flag == "eng":
            return bool(_LATIN.match(t.word)) and t.word.lower() != t.word
        return bool(_CJK.match(t.word))

    def alone(self, t: Token) -> bool:
        """A word that may be a topic by itself."""
        if t.flag not in TOPIC_POS or t.word in self.lex.generic:
            return False
        return len(t.word) >= 2 or t.flag == "eng"

    def find(
        self, parts: Sequence[Part], known_compound: Callable[[str], bool]
    ) -> list[TopicMention]:
        # A compound counts when it recurs in different company: the lead often repeats the
        # headline word for word, and a phrase said twice is not a term (机构贯通).
        lefts: dict[str, set[str]] = defaultdict(set)
        rights: dict[str, set[str]] = defaultdict(set)
        for part in parts:
            tokens = part.tokens
            for i, j in self.pairs(part):
                key = tokens[i].word + tokens[j].word
                lefts[key].add(tokens[i - 1].word if i > 0 else "^")
                rights[key].add(tokens[j + 1].word if j + 1 < len(tokens) else "$")

        def accepted(a: Token, b: Token) -> bool:
            key = a.word + b.word
            if known_compound(key):
                return True
            need = 2 if min(len(a.word), len(b.word)) >= 2 else 3
            return len(lefts[key]) >= need and len(rights[key]) >= need

        mentions: list[TopicMention] = []
        inside: list[TopicMention] = []
        for part in parts:
            in_compound: set[int] = set()
            for i, j in self.pairs(part):
                a, b = part.tokens[i], part.tokens[j]
                if accepted(a, b):
                    # A word may stand in two compounds (智慧|养老|服务): both are counted.
                    mentions.append(TopicMention(a.word + b.word, part.weight, part.is_head, 2))
                    in_compound.update((i, j))
            for i, t in enumerate(part.tokens):
                if i in part.covered or not (self.unit(t) and self.alone(t)):
                    continue
                if i in in_compound:
                    # 专利 in 专利预审 is still 专利; but 营商 in 营商环境 is nothing alone, so
                    # only a word also said alone gets these.
                    inside.append(TopicMention(t.word, part.weight, part.is_head, 1))
                else:
                    mentions.append(TopicMention(t.word, part.weight, part.is_head, 1))
        alone = {m.tag for m in mentions}
        mentions.extend(m for m in inside if m.tag in alone)
        mentions.extend(self._quoted(parts))
        return mentions

    def pairs(self, part: Part) -> list[tuple[int, int]]:
        tokens, out = part.tokens, []
        for i in range(len(tokens) - 1):
            a, b = tokens[i], tokens[i + 1]
            if i in part.covered or i + 1 in part.covered:
                continue
            if not (self.unit(a) and self.unit(b)) or a.flag == "v" or a.flag == "eng":
                continue
            if a.word in self.lex.generic and a.word not in COMPOUND_HEADS:
                continue  # 工作|领导, 事业|发展: a generic word seldom begins a term
            if b.word in self.lex.generic and b.word not in COMPOUND_TAILS:
                continue
            if a.word in self.lex.generic and b.word in self.lex.generic:
                continue  # 社会|发展 says as little as either word
            if len(a.word) + len(b.word) > 8 or (len(a.word) == 1 and len(b.word) == 1):
                continue
            if len(b.word) == 1 and b.word not in PERIODS:
                continue
            if len(a.word) == 1:
                continue
            out.append((i, i + 1))
        return out

    def _quoted(self, parts: Sequence[Part]) -> list[TopicMention]:
        """Slogans and campaign names in quotation marks that recur (“高效办成一件事”)."""
        found: list[tuple[str, float, bool]] = []
        for part in parts:
            found.extend(
                (m.group(1), part.weight, part.is_head) for m in _QUOTED.finditer(part.text)
            )
        counts = Counter(text for text, _, _ in found)
        return [
            TopicMention(text, weight, head, 0)
            for text, weight, head in found
            if counts[text] >= 2 and text not in self.lex.generic and len(set(text)) > 2
        ]
