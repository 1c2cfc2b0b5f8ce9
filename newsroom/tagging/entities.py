"""Places, organisations and people in one piece of copy, from jieba's words and name rules."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .rules import (
    FUNCTION_POS,
    GENERIC_ORGS,
    HONORIFICS,
    NAME_STOP,
    NAME_VERBS,
    PERSON_POS,
    PLACE_MODIFIERS,
    SPEECH,
    org_suffix,
    place_suffix,
    title_of,
)
from .segmenter import Segmenter, Token

_CJK = re.compile(r"^[\u3400-\u9fff]+$")
_NAME_PART = re.compile(r"^[\u3400-\u9fffA-Za-z0-9]+$")

# Words that start an organisation's name because they say whose it is (区市场监管局).
REGION_PREFIXES = frozenset("区 市 省 县 镇 乡 街 区委 市委 省委 县委 中共 国家 全国 中国".split())
# A district or street: it ends a place's name, it does not begin the next one's.
ADMIN_ENDS = ("省", "市", "区", "县", "镇", "乡", "街道", "社区")
# Parts of speech a given name cut off by jieba may have (韩|立新 is tagged d).
GIVEN_NOT = frozenset("x w p c u uj ul uz uv ud ug r e y o".split())
# Endings so common as plain words that the name before them must be a clear name.
# Endings that any place may have (驻点园区) or, for a lone 里, any noun (车间里, 麦田里):
# the name before them must be a name.
WEAK_PLACE_ENDS = frozenset("园区 片区 广场 花园 大厦 里".split())
MAX_NAME = 24  # characters; longer runs are sentences, not names
MAX_PARTS = 9  # words before the suffix


@dataclass(frozen=True, slots=True)
class Entity:
    """A name found in one part of the copy, with its span in characters and words."""

    name: str
    kind: str
    start: int
    end: int
    first: int  # index of its first word
    last: int  # index of its last word (inclusive)
    trusted: bool = False  # from the dictionary, not from a rule
    rooted: bool = False  # begins with a place or an owner (河西区…, 区…): a whole name


class EntityFinder:
    """The rules, bound to the loaded dictionary."""

    def __init__(self, segmenter: Segmenter) -> None:
        self.seg = segmenter
        self.lex = segmenter.lexicon

    # -- what a word is -------------------------------------------------------------------

    def is_place(self, t: Token) -> bool:
        """A word that is a place's whole name (河西区, 天津, 北辰区)."""
        if t.word in self.lex.places:
            return True
        return (
            t.flag in ("ns", "nt")
            and len(t.word) >= 3
            and t.word.endswith(("省", "市", "区", "县", "镇", "乡"))
            and t.word not in self.lex.generic
            and t.word not in self.lex.noise
        )

    def is_org(self, t: Token) -> bool:
        if t.word in self.lex.orgs:
            return True
        return t.flag == "nt" and len(t.word) >= 4 and bool(org_suffix(t.word))

    def is_new_word(self, t: Token) -> bool:
        """A word jieba's dictionary does not know: most often a new name (汇智, 云帆)."""
        return not t.known and len(t.word) >= 2 and bool(_CJK.match(t.word))

    def name_part(self, t: Token) -> bool:
        if t.flag in FUNCTION_POS or not _NAME_PART.match(t.word):
            return False
        if t.flag == "v" and t.word not in NAME_VERBS:
            return False  # 区科技局|走访|天津…: a verb between two names parts them
        return t.word not in self.lex.noise

    def suffix_word(self, t: Token) -> bool:
        """A word that ends an organisation's name (管委会, 监管局, 局 …)."""
        suffix = org_suffix(t.word)
        if not suffix or t.flag in FUNCTION_POS:
            return False
        # 特事特办 ends in 办 but is a saying: a one-character ending must stand alone or
        # end a short noun.
        return (
            len(suffix) > 1
            or t.word == suffix
            or (t.flag in ("n", "nt", "nz", "j") and len(t.word) <= 3)
        )

    def place_end(self, t: Token) -> bool:
        suffix = place_suffix(t.word)
        if not suffix or t.flag in FUNCTION_POS:
            return False
        # 邻里 ends in 里 and 一路 in 路: a one-character ending must stand alone, or end a
        # word jieba calls a place or does not know.
        return len(suffix) > 1 or t.word == suffix or t.flag == "ns" or not t.known

    def org_start(self, t: Token) -> bool:
        return (
            self.is_place(t)
            or t.word in REGION_PREFIXES
            or self.is_org(t)
            or (len(t.word) >= 3 and self.suffix_word(t))
            or self.is_new_word(t)
            or (t.flag == "nz" and t.word not in self.lex.generic)
        )

    # -- finding them ---------------------------------------------------------------------

    def find(self, tokens: list[Token], text: str) -> list[Entity]:
        found: list[Entity] = []
        for i, t in enumerate(tokens):
            if self.is_place(t):
                found.append(Entity(t.word, "place", t.start, t.end, i, i, trusted=True))
                continue
            if self.is_org(t) and t.word not in GENERIC_ORGS:
                # jieba's nt alone is no proof: 人民法院 inside 区人民法院 is not a name.
                trusted = t.word in self.lex.orgs
                found.append(Entity(t.word, "org", t.start, t.end, i, i, trusted, trusted))
            if self.suffix_word(t):
                entity = self._org_ending_at(tokens, i)
                if entity:
                    found.append(entity)
            elif self.place_end(t):
                entity = self._place_ending_at(tokens, i)
                if entity:
                    found.append(entity)
        taken = [(e.start, e.end) for e in found]
        found.extend(self._people(tokens, text, taken))
        return found

    def _org_ending_at(self, tokens: list[Token], i: int) -> Entity | None:
        end = tokens[i]
        j, size = i - 1, len(end.word)
        while j >= 0 and i - j <= MAX_PARTS and self.name_part(tokens[j]):
            size += len(tokens[j].word)
            if size > MAX_NAME:
                break
            j -= 1
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if (
            after is not None
            and after.flag in ("n", "vn")
            and not title_of(after.word)
            and any(self.suffix_word(tokens[k]) for k in range(j + 1, i))
        ):
            return None  # 服务中心|工会|驿站: the name ended at 中心; 工会驿站 is a thing
        first = self._org_first(tokens, i, j)
        name = "".join(t.word for t in tokens[first : i + 1])
        if first == i:
            # The word alone: a name only when it is long and starts like one (市委党校).
            if not (len(name) >= 4 and name[0] in "市区省县" and end.flag not in ("v", "vn")):
                return None
        if len(name) < 3 or (len(name) == 3 and len(end.word) == 1) or name in GENERIC_ORGS:
            return None
        if tokens[first].flag in ("v", "vn", "a", "ad", "d", "m"):
            return None
        head = tokens[first]
        rooted = self.is_place(head) or head.word in REGION_PREFIXES or self.is_org(head)
        return Entity(name, "org", head.start, end.end, first, i, rooted=rooted)

    def _org_first(self, tokens: list[Token], i: int, j: int) -> int:
        """The first token of the organisation's name ending at token i, whose name parts
        reach back to token j + 1: a place or owner that starts names, else a short run of
        plain nouns, else token i alone."""
        starts = [k for k in range(j + 1, i) if self.org_start(tokens[k])]
        if not starts and 0 < j < i - 1 and tokens[j].word in ("与", "和"):
            # 天津开放数据与人工智能数据安全研究院: the name runs on over 与 only when the
            # words after it cannot begin a name of their own.
            k = j - 1
            while k >= 0 and j - k <= 4 and self.name_part(tokens[k]):
                if self.org_start(tokens[k]) and tokens[k].flag not in ("v", "vn"):
                    starts = [k]
                k -= 1
        if starts:
            return starts[0]
        # No place or owner before it: keep a short run of plain nouns only.
        first = i
        while first - 1 > j and tokens[first - 1].flag in ("n", "nz", "j", "vn", "ng"):
            first -= 1
        return i if i - first < 2 else first

    def _place_ending_at(self, tokens: list[Token], i: int) -> Entity | None:
        end = tokens[i]
        j, size = i - 1, len(end.word)
        while j >= 0 and i - j <= 4 and self.name_part(tokens[j]):
            t = tokens[j]
            if t.flag in ("v", "vn", "a", "ad", "t") or t.word.endswith(ADMIN_ENDS):
                break
            size += len(t.word)
            if size > 10:
                break
            j -= 1
        first = j + 1
        rooted = [k for k in range(first, i) if self.is_place(tokens[k])]
        if rooted:
            first = rooted[0]  # 运营方|天津智谷园区: the name begins at its place
        # Words that describe the place (居家社区, 智慧社区) are no part of its name.
        while first < i and (
            tokens[first].word in PLACE_MODIFIERS or tokens[first].word in self.lex.generic
        ):
            first += 1
        if first == i:
            return None
        parts = tokens[first:i]
        if not any(self._name_like(t) for t in parts):
            return None
        # jieba calls 麦田 a person's name: before a lone 里 only a place or a new word will do.
        names = ("ns", "nz") if end.word == "里" else ("ns", "nr", "nz")
        if end.word in WEAK_PLACE_ENDS and not any(
            self.is_new_word(t) or t.flag in names for t in parts
        ):
            return None  # 驻点园区: 园区 is any park; its name must be a name
        name = "".join(t.word for t in parts) + end.word
        if len(name) < 3 or len(name) - len(end.word) < 2:
            return None
        return Entity(name, "place", parts[0].start, end.end, first, i)

    def _name_like(self, t: Token) -> bool:
        if self.is_new_word(t) or t.flag in ("ns", "nr", "nz", "nrt", "f", "s"):
            return True
        return t.flag in ("n", "ng", "j") and self.seg.frequency(t.word) < 2000

    # -- people ---------------------------------------------------------------------------

    def _people(self, tokens: list[Token], text: str, taken: list[tuple[int, int]]) -> list[Entity]:
        people: list[Entity] = []
        by_start = {t.start: k for k, t in enumerate(tokens)}
        for i, t in enumerate(tokens):
            name, start = "", t.start
            if title_of(t.word):
                start = t.end
                while start < len(text) and text[start] in " \u3000\t":
                    start += 1
                name = self._name_at(text, start, tokens, by_start.get(start))
            elif t.word in SPEECH and i > 0:
                prev = tokens[i - 1]
                before = tokens[i - 2] if i > 1 else None
                if (
                    (prev.flag in PERSON_POS or not prev.known)
                    and (before is None or before.flag in ("x", "w") or title_of(before.word))
                    and self._valid_name(prev.word, known_ok=prev.flag in PERSON_POS)
                ):
                    name, start = prev.word, prev.start
            elif (
                t.flag in PERSON_POS
                and not t.known
                and len(t.word) == 3
                and self._valid_name(t.word, known_ok=False)
                and not (i + 1 < len(tokens) and self._suffix_word(tokens[i + 1].word))
            ):
                name = t.word  # a three-character name jieba found by itself: 赵钰真
            if not name or any(s <= start < e for s, e in taken):
                continue
            first = by_start.get(start, i)
            last = first
            while last + 1 < len(tokens) and tokens[last + 1].start < start + len(name):
                last += 1
            taken.append((start, start + len(name)))
            people.append(Entity(name, "person", start, start + len(name), first, last))
        return people

    @staticmethod
    def _suffix_word(word: str) -> bool:
        return bool(org_suffix(word) or place_suffix(word))

    def _name_at(self, text: str, at: int, tokens: list[Token], k: int | None) -> str:
        """The person named at ``at`` (after a title), or ""."""
        if k is not None and tokens[k].flag == "p":
            # 职工向劳动模范学习: a preposition, unless a given name follows (书记向红梅)
            following = tokens[k + 1] if k + 1 < len(tokens) else None
            if following is None or following.flag not in PERSON_POS:
                return ""
        head = text[at : at + 5]
        if head[:2] in self.lex.compound_surnames:
            surname = head[:2]
        elif head[:1] in self.lex.surnames:
            surname = head[:1]
        else:
            return ""
        name = "" if k is None else self._token_name(tokens, k, surname)
        if name is None:
            return ""
        if not name or len(name) > len(surname) + 2:
            name = head
        # Cut at the first character that cannot be part of a name (李理和 → 李理).
        cut = len(surname)
        while cut < len(name) and cut < len(surname) + 2 and name[cut] not in NAME_STOP:
            cut += 1
        name = name[:cut]
        # jieba cuts 欧阳明|轩: a compound surname takes a second given character when one
        # follows.
        after = text[at + len(name) : at + len(name) + 1]
        if len(surname) == 2 and len(name) == 3 and after and after not in NAME_STOP:
            if _CJK.match(after):
                name += after
        return name if self._valid_name(name, known_ok=True) else ""

    def _token_name(self, tokens: list[Token], k: int, surname: str) -> str | None:
        """The name as jieba cut it at token k: "" when its cut says nothing, None when
        the word there is no name."""
        t = tokens[k]
        if t.word == surname and k + 1 < len(tokens):
            # 张|朝霞, 郑|广源: jieba cut the surname off; the given name is the next word.
            given = tokens[k + 1]
            if given.flag in GIVEN_NOT or given.word[0] in NAME_STOP:
                return None
            return surname + given.word[:2]
        if len(t.word) > len(surname) and t.word.startswith(surname):
            if t.known and t.flag not in PERSON_POS:
                return None  # 高兴, 高度: a word, not a name
            if t.known and self.seg.frequency(t.word) > 1000:
                return None  # 文明, 周到: a common word jieba happens to tag as a name
            return t.word
        return ""

    def _valid_name(self, name: str, *, known_ok: bool) -> bool:
        if not 2 <= len(name) <= 4 or not _CJK.match(name) or name in self.lex.noise:
            return False
        if name[:2] in self.lex.compound_surnames and len(name) >= 3:
            surname = name[:2]
        elif name[0] in self.lex.surnames:
            surname = name[0]
        else:
            return False
        given = name[len(surname) :]
        if not given or len(given) > 2 or given.startswith(HONORIFICS):
            return False
        if self.seg.is_known(name) and not known_ok:
            return False
        return not (self.seg.is_known(name) and self.seg.frequency(name) > 1000)
