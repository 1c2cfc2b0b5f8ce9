"""The tagger: an article's candidate tags, scored, mapped onto the newsroom's vocabulary."""

from __future__ import annotations

import math
import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .entities import EntityFinder
from .frequencies import DocumentFrequencies
from .lexicon import GAZETTEER, default_vocabulary
from .model import TagSuggestion, VocabularyTerm
from .rules import place_suffix
from .segmenter import Segmenter, segmenter
from .topics import Part, TopicFinder, TopicMention

# How much a mention counts by where it stands.
HEADLINE, SIDE_HEAD, LEAD, BODY = 3.0, 2.0, 1.3, 1.0
# Kinds ranked against each other: a name the rules found whole is worth more than a word.
KIND_WEIGHT = {"topic": 1.0, "place": 1.1, "org": 1.1, "person": 1.2}
# A district or a city is the setting of many stories, a street of few; so are the
# district's and the city's own offices (区科技局, 市委党校) the actors of many.
BROAD_PLACE = 0.75
OWN_OFFICE = 0.8
# A name is worth tagging when it is said once; a word must recur to matter.
FIRST_MENTION = {"topic": 1.0, "place": 1.6, "org": 1.6, "person": 1.6}
# How telling a name is: jieba's corpus seldom names 河西区 or a new company, which makes
# them rare there, not more telling than the article's main topic.
NAME_IDF = 9.0
COMPOUND_IDF = 10.5  # at most: two rare words together are not rarer than a name
VOCABULARY_BOOST = 1.4  # the newsroom's own tags come first among equals
SCALE = 14.0  # raw score that maps to about 0.63; keeps scores comparable across articles
_LATIN_EDGE = re.compile(r"[A-Za-z0-9]")


@dataclass(slots=True)
class _Candidate:
    kind: str
    weight: float = 0.0
    mentions: int = 0
    in_head: bool = False
    idf: float = 0.0
    trusted: bool = False
    nested: int = 0  # mentions inside a longer name


@dataclass(slots=True)
class _Vocabulary:
    """Every spelling of every term, by first character, for a fast scan of the copy."""

    canonical: dict[str, VocabularyTerm] = field(default_factory=dict)
    by_first: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, terms: Iterable[VocabularyTerm]) -> _Vocabulary:
        vocab = cls()
        for term in terms:  # later terms win: the caller's over the defaults
            for surface in (term.name, *term.aliases):
                key = _fold(surface)
                if key:
                    vocab.canonical[key] = term
        for key in vocab.canonical:
            vocab.by_first.setdefault(key[0], []).append(key)
        for keys in vocab.by_first.values():
            keys.sort(key=len, reverse=True)
        return vocab

    def scan(self, text: str) -> list[tuple[VocabularyTerm, int]]:
        """Terms found in ``text`` (already folded), longest spelling first, no overlaps."""
        found, at = [], 0
        while at < len(text):
            for key in self.by_first.get(text[at], ()):
                if text.startswith(key, at) and self._whole(text, at, key):
                    found.append((self.canonical[key], at))
                    at += len(key)
                    break
            else:
                at += 1
        return found

    @staticmethod
    def _whole(text: str, at: int, key: str) -> bool:
        # "AI" must not match inside "MAIL"; Chinese has no word edges to check.
        if not _LATIN_EDGE.match(key[0]):
            return True
        before = text[at - 1] if at else ""
        after = text[at + len(key)] if at + len(key) < len(text) else ""
        return not (_LATIN_EDGE.match(before) or _LATIN_EDGE.match(after))


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip()


class Tagger:
    """Suggests tags for one article at a time; cheap to make, jieba is shared and lazy."""

    def __init__(
        self,
        vocabulary: Iterable[VocabularyTerm] = (),
        document_frequencies: DocumentFrequencies | None = None,
    ) -> None:
        self.vocabulary = tuple(vocabulary)
        self.document_frequencies = document_frequencies
        self._vocab = _Vocabulary.build((*default_vocabulary(), *self.vocabulary))

    def suggest(
        self,
        headline: str,
        paragraphs: Sequence[str],
        *,
        kicker: str = "",
        subheadline: str = "",
        limit: int = 12,
    ) -> list[TagSuggestion]:
        """The best ``limit`` tags for the article, best first, scores in 0..1."""
        seg = segmenter()
        # The newsroom's own topics stay whole like the policy terms (its own 专精特新).
        seg.keep_whole(t.name for t in self.vocabulary if t.kind == "topic")
        candidates = self._candidates(seg, headline, paragraphs, kicker, subheadline)
        scored = [(self._raw_score(tag, c), tag, c) for tag, c in candidates.items()]
        scored.sort(key=lambda item: (-item[0], item[1]))
        return [
            TagSuggestion(tag, c.kind, round(1.0 - math.exp(-raw / SCALE), 3))
            for raw, tag, c in scored[: max(0, limit)]
            if raw > 0
        ]

    # -- candidates -----------------------------------------------------------------------

    def _candidates(
        self,
        seg: Segmenter,
        headline: str,
        paragraphs: Sequence[str],
        kicker: str,
        subheadline: str,
    ) -> dict[str, _Candidate]:
        finder, topics = _finders(seg)
        texts = [
            (kicker, SIDE_HEAD, True),
            (headline, HEADLINE, True),
            (subheadline, SIDE_HEAD, True),
        ]
        body = [p for p in paragraphs if p and p.strip()]
        texts += [(p, LEAD if n == 0 else BODY, False) for n, p in enumerate(body)]
        candidates: dict[str, _Candidate] = {}
        parts: list[Part] = []
        for raw, weight, is_head in texts:
            text = unicodedata.normalize("NFKC", raw).strip() if raw else ""
            if not text:
                continue
            tokens = seg.tokens(text)
            entities = finder.find(tokens, text)
            covered: set[int] = set()
            for e in entities:
                covered.update(range(e.first, e.last + 1))
                if _fold(e.name) in self._vocab.canonical:
                    continue  # the vocabulary scan below counts it under the newsroom's name
                inside = any(
                    o is not e and o.start <= e.start and e.end <= o.end and o.name != e.name
                    for o in entities
                )
                # A whole name inside a longer one (河西区法院 in …工作室) counts for half.
                w = weight / 2 if inside else weight
                self._add(candidates, e.name, e.kind, w, is_head, seg, inside, e.trusted)
            parts.append(Part(text, weight, tokens, frozenset(covered), is_head))
            spans = [(e.start, e.end) for e in entities if e.kind in ("org", "place")]
            for term, at in self._vocab.scan(_fold(text)):
                inside = term.kind == "topic" and any(s <= at < e for s, e in spans)
                # 政务服务 inside 区政务服务办 says what the office does, at half the weight.
                w = weight / 2 if inside else weight
                self._add(candidates, term.name, term.kind, w, is_head, seg, False, True)
        for m in topics.find(parts, self._known_compound):
            self._add_topic(candidates, m, seg)
        return self._settle(candidates)

    def _known_compound(self, word: str) -> bool:
        if _fold(word) in self._vocab.canonical:
            return True
        df = self.document_frequencies
        return df is not None and df.frequency(word) >= 2

    def _add(
        self,
        candidates: dict[str, _Candidate],
        tag: str,
        kind: str,
        weight: float,
        is_head: bool,
        seg: Segmenter,
        nested: bool,
        trusted: bool,
    ) -> None:
        term = self._vocab.canonical.get(_fold(tag))
        if term:
            tag, kind, trusted = term.name, term.kind, True
        c = candidates.get(tag)
        if c is None:
            c = candidates[tag] = _Candidate(kind, idf=_entity_idf(tag, kind, seg))
        elif c.kind == "topic" and kind != "topic":
            c.kind = kind  # a name found by the rules is a name, not a topic
        c.weight += weight
        c.mentions += 1
        c.in_head |= is_head
        c.trusted |= trusted
        c.nested += nested

    def _add_topic(
        self, candidates: dict[str, _Candidate], m: TopicMention, seg: Segmenter
    ) -> None:
        term = self._vocab.canonical.get(_fold(m.tag))
        tag = term.name if term else m.tag
        c = candidates.get(tag)
        if c is not None and c.trusted and term:
            return  # the vocabulary scan has counted this spelling already
        if c is None:
            c = candidates[tag] = _Candidate(
                term.kind if term else "topic", idf=_topic_idf(m, seg), trusted=term is not None
            )
        c.weight += m.weight
        c.mentions += 1
        c.in_head |= m.is_head

    def _settle(self, candidates: dict[str, _Candidate]) -> dict[str, _Candidate]:
        """Drop what only lives inside a longer name; fold 梅江 into 梅江街道."""
        out: dict[str, _Candidate] = {}
        names = [t for t, c in candidates.items() if c.kind in ("place", "org")]
        for tag, c in candidates.items():
            if c.kind in ("place", "org") and c.nested >= c.mentions:
                if c.kind == "place" or not c.trusted:
                    # 天津 only inside 天津汇智星源科技有限公司 is not this story's place, nor
                    # 河西区法院 only inside 河西区法院科技创新司法保护工作室 its own tag.
                    continue
            if c.kind == "topic" and not c.trusted and c.mentions < 2:
                continue  # a word said once in the body is seldom what the article is about
            # 梅江 folds into 梅江街道, and a topic that is only a place's root (精武 beside
            # 精武镇, 东丽 beside 东丽区) into the place.
            if c.kind == "place" or (c.kind == "topic" and not c.trusted):
                longer = [
                    n
                    for n in names
                    if n != tag
                    and n.startswith(tag)
                    and candidates[n].kind == "place"
                    and _is_place_ending(n[len(tag) :])
                ]
                if longer:
                    target = candidates[longer[0]]
                    target.weight += c.weight
                    target.mentions += c.mentions
                    continue
            out[tag] = c
        return out

    def _raw_score(self, tag: str, c: _Candidate) -> float:
        idf = c.idf if c.kind == "topic" else min(c.idf, NAME_IDF)
        score = (FIRST_MENTION[c.kind] + math.log(c.weight)) * idf * KIND_WEIGHT[c.kind]
        if c.kind == "place" and (tag.endswith(("省", "市", "区", "县")) or tag in GAZETTEER):
            score *= BROAD_PLACE
        elif c.kind == "org" and tag[0] in "区市" and not c.trusted:
            score *= OWN_OFFICE
        if c.trusted and self._vocab.canonical.get(_fold(tag)):
            score *= VOCABULARY_BOOST
        df = self.document_frequencies
        if df is not None:
            damping = df.damping(tag)
            # A name in every article is still that article's place, only less telling.
            # The square root: a topic in a tenth of the archive is common, not worthless.
            score *= math.sqrt(damping) if c.kind == "topic" else 0.5 + 0.5 * damping
        return score


def _is_place_ending(rest: str) -> bool:
    return rest in ("省", "市", "区", "县", "镇", "乡") or place_suffix(rest) == rest


def _topic_idf(m: TopicMention, seg: Segmenter) -> float:
    if m.parts == 0:
        return seg.median_idf
    rare = seg.median_idf - 3.5
    idf = seg.word_idf(m.tag)
    if idf is not None:
        # A word jieba's dictionary hardly knows (双循环 is in it 4 times) is rare in its
        # corpus by accident, not because it is telling.
        return idf if seg.frequency(m.tag) >= 10 else min(idf, rare)
    if m.parts == 2:
        return min(COMPOUND_IDF, _compound_idf(m.tag, seg))
    # A word jieba does not know, or hardly (双循环 is in its dictionary 4 times), is a new
    # term or a mis-cut (本强基): trust it less.
    return seg.median_idf - 1.5 if seg.frequency(m.tag) >= 10 else rare


def _compound_idf(word: str, seg: Segmenter) -> float:
    # The two words are not known apart here; try every cut and keep the likeliest.
    best = 0.0
    for cut in range(1, len(word)):
        a, b = seg.word_idf(word[:cut]), seg.word_idf(word[cut:])
        if a is not None and b is not None:
            best = max(best, max(a, b) + 0.25 * min(a, b))
    return best or seg.median_idf


def _entity_idf(tag: str, kind: str, seg: Segmenter) -> float:
    idf = seg.word_idf(tag)
    if kind == "topic":
        return idf if idf is not None else _compound_idf(tag, seg)
    return idf if idf is not None else seg.median_idf


_finder_lock = threading.Lock()
_finders_cache: dict[int, tuple[EntityFinder, TopicFinder]] = {}


def _finders(seg: Segmenter) -> tuple[EntityFinder, TopicFinder]:
    found = _finders_cache.get(id(seg))
    if found is None:
        with _finder_lock:
            found = _finders_cache.setdefault(
                id(seg), (EntityFinder(seg), TopicFinder(seg.lexicon))
            )
    return found


def candidate_terms(text: str) -> set[str]:
    """The candidate tags of a text, for counting document frequencies over an archive."""
    seg = segmenter()
    finder, topics = _finders(seg)
    terms: set[str] = set()
    parts = []
    for paragraph in unicodedata.normalize("NFKC", text).splitlines() or [text]:
        if not paragraph.strip():
            continue
        tokens = seg.tokens(paragraph)
        entities = finder.find(tokens, paragraph)
        terms.update(e.name for e in entities)
        covered = frozenset(i for e in entities for i in range(e.first, e.last + 1))
        parts.append(Part(paragraph, 1.0, tokens, covered, False))
        # Every pair of neighbouring words, so a compound that recurs across the archive
        # is a compound even in an article that uses it once.
        for i, j in topics.pairs(parts[-1]):
            terms.add(tokens[i].word + tokens[j].word)
    terms.update(m.tag for m in topics.find(parts, lambda _word: False))
    return terms


_shared_lock = threading.Lock()
_shared: Tagger | None = None


def shared_tagger() -> Tagger:
    """The process's tagger with the default vocabulary (jieba loads on its first use)."""
    global _shared
    if _shared is None:
        with _shared_lock:
            if _shared is None:
                _shared = Tagger()
    return _shared


def warm_up() -> Tagger:
    """Load jieba and the dictionaries now (call it in a worker thread), and return the
    shared tagger. Safe to call from several threads: the loading happens once."""
    tagger = shared_tagger()
    segmenter()
    tagger.suggest("河西区", ["天津市河西区。"])  # first cut builds jieba's lazy tables
    return tagger
