"""Dictionaries of the proofreader: resource files and jieba's word list, compiled and cached."""

from __future__ import annotations

import hashlib
import importlib.resources
import marshal
import math
import os
import re
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

# Bump when the layout of the cached tables changes.
_CACHE_VERSION = 8
# Pairs of characters seen inside any dictionary word (even jieba's rarest, 3).
COVER_MIN_FREQ = 3
# A character counts as "covered" when it sits inside a dictionary word at
# least this frequent; only uncovered characters are suspects of the
# statistical detector.  jieba's lowest-frequency entries are mostly debris.
COVER_FREQ = 10
# Only words this frequent are proposed as corrections by the statistical
# detector: a proofreader must suggest common words, never obscure ones.
TARGET_MIN_FREQ = 40


def resource_path(name: str) -> Path:
    """Path of a data file in resources/proofing (installed as newsroom.resources)."""
    return Path(str(importlib.resources.files("newsroom.resources") / "proofing" / name))


def read_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a resource file."""
    text = resource_path(name).read_text(encoding="utf-8")
    return [ln.rstrip("\n") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def read_tsv(name: str) -> list[list[str]]:
    return [ln.split("\t") for ln in read_lines(name)]


def jieba_dict_path() -> Path:
    # Read the file directly: importing jieba's segmenter would cost a second.
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise RuntimeError("jieba is not installed")
    return Path(spec.origin).parent / "dict.txt"


@dataclass(frozen=True)
class Lexicon:
    """Word frequencies and confusion tables the statistical rules share."""

    freq: dict[str, int]  # jieba words of 2..6 characters
    bigrams: frozenset[str]  # character pairs found inside known words
    masked: dict[str, str]  # word with one char replaced by "\0" -> chars that fill it
    confusable: dict[str, str]  # char -> same-sound or same-shape chars
    pinyin: dict[str, str]  # char -> toneless pinyin (first reading)
    verbs: frozenset[str]  # two-character verbs/adjectives (ABAB reduplication is fine)
    words2: frozenset[str]  # two-character words at least COVER_FREQ frequent
    logt: float  # log of the corpus size behind the frequencies
    tags: dict[str, str]  # jieba's part of speech of words seen at least COVER_FREQ times


def _cache_dir() -> Path:
    env = os.environ.get("NEWSROOM_CACHE_DIR")
    if env:
        return Path(env)
    try:
        import platformdirs

        return Path(platformdirs.user_cache_dir("newsroom"))
    except Exception:  # pragma: no cover - platformdirs is a dependency
        return Path(tempfile.gettempdir())


def _source_key() -> str:
    h = hashlib.sha1(str(_CACHE_VERSION).encode())
    for p in (
        jieba_dict_path(),
        resource_path("confusion_sound.tsv"),
        resource_path("confusion_shape.tsv"),
        resource_path("words_extra.txt"),
        resource_path("formulations.txt"),
    ):
        st = p.stat()
        h.update(f"{p}:{st.st_size}:{st.st_mtime_ns}".encode())
    h.update(f"{COVER_MIN_FREQ}:{COVER_FREQ}:{TARGET_MIN_FREQ}".encode())
    return h.hexdigest()[:16]


def _build() -> tuple:
    """The compiled tables, from jieba's dictionary and the newsroom's word lists."""
    freq, verbs, tags = _jieba_words()
    _add_newsroom_words(freq)
    bigrams, masked = _cover_tables(freq)
    conf, py = _confusions()
    words2 = frozenset(w for w, v in freq.items() if len(w) == 2 and v >= COVER_FREQ)
    logt = math.log(sum(v for w, v in freq.items() if len(w) == 1) * 2)
    return (
        freq,
        frozenset(bigrams),
        {k: "".join(sorted(v)) for k, v in masked.items()},
        {k: "".join(sorted(v)) for k, v in conf.items()},
        py,
        frozenset(verbs),
        words2,
        logt,
        tags,
    )


def _jieba_words() -> tuple[dict[str, int], list[str], dict[str, str]]:
    """jieba's words up to six characters: frequencies, two-character verbs and
    adjectives, and the part of speech of the frequent ones."""
    freq: dict[str, int] = {}
    verbs: list[str] = []
    tags: dict[str, str] = {}
    with jieba_dict_path().open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) < 2 or len(parts[0]) > 6:
                continue
            w, f = parts[0], int(parts[1])
            freq[w] = f
            if len(w) == 2 and len(parts) > 2 and parts[2][0] in "va":
                verbs.append(w)
            if len(parts) > 2 and f >= COVER_FREQ:
                tags[w] = parts[2]
    return freq, verbs, tags


def _add_newsroom_words(freq: dict[str, int]) -> None:
    """Current official and news vocabulary jieba's 2015 dictionary lacks (大数据, 抗疫 …),
    and the short standard formulations (幼有所育, 两个确立), which are words in their own
    right, as are the members of a listed series (以学铸魂、以学增智、以学正风、以学促干)."""
    for row in read_tsv("words_extra.txt"):
        w = row[0].strip()
        if 2 <= len(w) <= 6:
            freq[w] = max(freq.get(w, 0), int(row[1]) if len(row) > 1 else 200)
    for line in read_lines("formulations.txt"):
        f = line.split("\t")[0].strip()
        for w in {f, *re.split("[、，；“”‘’]", f)}:
            if 2 <= len(w) <= 6 and w not in freq:
                freq[w] = 100


def _cover_tables(freq: dict[str, int]) -> tuple[set[str], dict[str, set[str]]]:
    """The bigrams of common words, and for each word of two to four characters with one
    masked out the characters that fill the gap."""
    bigrams: set[str] = set()
    masked: dict[str, set[str]] = {}
    for w, f in freq.items():
        if f < COVER_MIN_FREQ:
            continue
        for j in range(len(w) - 1):
            bigrams.add(w[j : j + 2])
        if f >= TARGET_MIN_FREQ and 2 <= len(w) <= 4:
            for j in range(len(w)):
                masked.setdefault(w[:j] + "\0" + w[j + 1 :], set()).add(w[j])
    return bigrams, masked


def _confusions() -> tuple[dict[str, set[str]], dict[str, str]]:
    """Confusable characters (ECSpell's sound and shape sets, and characters reading
    alike even where the sets miss the pair) and each character's pinyin."""
    conf: dict[str, set[str]] = {}
    for name in ("confusion_sound.tsv", "confusion_shape.tsv"):
        for row in read_tsv(name):
            if len(row) >= 2:
                conf.setdefault(row[0], set()).update(row[1])
    from pypinyin import Style, lazy_pinyin

    chars = sorted(set(conf) | {c for v in conf.values() for c in v})
    py = dict(zip(chars, lazy_pinyin(chars, style=Style.NORMAL, errors="ignore"), strict=False))
    by_sound: dict[str, list[str]] = {}
    for c, p in py.items():
        by_sound.setdefault(p, []).append(c)
    for c, p in py.items():
        conf.setdefault(c, set()).update(x for x in by_sound[p] if x != c)
    return conf, py


@cache
def load_lexicon() -> Lexicon:
    """Build (first run) or load (later runs) the compiled tables."""
    key = _source_key()
    path = _cache_dir() / f"proofing-{key}.marshal"
    data = None
    if path.exists():
        try:
            data = marshal.loads(path.read_bytes())
        except (ValueError, EOFError, TypeError, OSError):
            data = None
    if data is None:
        data = _build()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(marshal.dumps(data))
            os.replace(tmp, path)
        except OSError:
            pass  # a read-only home still works, just without the cache
    return Lexicon(*data)
