"""jieba, loaded once into a tokenizer of our own, with the newsroom's dictionary and IDF table."""

from __future__ import annotations

import logging
import os
import tempfile
import threading
from pathlib import Path
from typing import NamedTuple

from .lexicon import lexicon, policy_terms, user_dictionary
from .rules import SUFFIX_WORDS, split_point


class Token(NamedTuple):
    """A word of the copy as jieba cut it: its part of speech, where it is, and whether jieba's
    dictionary knows it (an unknown word is often a new name)."""

    word: str
    flag: str
    start: int
    end: int
    known: bool


def cache_dir() -> Path:
    """Where jieba may keep its dictionary cache: the user's cache folder, else the temp dir."""
    try:
        from platformdirs import user_cache_path

        path = user_cache_path("newsroom", appauthor=False) / "jieba"
        path.mkdir(parents=True, exist_ok=True)
        if os.access(path, os.W_OK):
            return path
    except OSError:
        pass
    return Path(tempfile.gettempdir())


class Segmenter:
    """Cuts text into tagged words; built in a worker thread (it takes about a second)."""

    def __init__(self) -> None:
        import jieba
        import jieba.posseg

        # jieba reports loading on stderr at DEBUG; the command line keeps stderr for errors.
        logging.getLogger("jieba").setLevel(logging.WARNING)
        self._tokenizer = jieba.Tokenizer()
        self._tokenizer.tmp_dir = str(cache_dir())
        self._tokenizer.initialize()
        freq = self._tokenizer.FREQ
        for entry in user_dictionary():
            # Never lower what jieba already knows: a low count would cut common words apart.
            count = max(entry.freq or 0, freq.get(entry.word) or 0) or None
            self._tokenizer.add_word(entry.word, count, entry.tag)
        # Suffixes of names become words, so 陈塘科创园 is cut 陈塘 | 科创园 and not 陈塘科 | 创园.
        for word in SUFFIX_WORDS:
            if not freq.get(word):
                self._tokenizer.add_word(word, 2000, "n")
        self._pos = jieba.posseg.POSTokenizer(self._tokenizer)
        self._pos.makesure_userdict_loaded()
        self._whole: set[str] = set()
        self.keep_whole(policy_terms())
        self.idf, self.median_idf = _load_idf(Path(jieba.__file__).parent / "analyse" / "idf.txt")
        self.lexicon = lexicon()

    def keep_whole(self, words) -> None:
        """Policy terms and the newsroom's own topics are cut as one word (专精特新, not
        专精 | 特新): jieba is given the frequency that keeps each whole."""
        for word in words:
            if len(word) >= 3 and word not in self._whole:
                self._whole.add(word)
                if not self._tokenizer.FREQ.get(word):
                    self._tokenizer.add_word(word, None, "n")
                self._tokenizer.suggest_freq(word, tune=True)

    def is_known(self, word: str) -> bool:
        return bool(self._tokenizer.FREQ.get(word))

    def frequency(self, word: str) -> int:
        return self._tokenizer.FREQ.get(word) or 0

    def tokens(self, text: str) -> list[Token]:
        freq = self._tokenizer.FREQ
        out: list[Token] = []
        at = 0
        for pair in self._pos.lcut(text):
            word, flag = pair.word, pair.flag
            end = at + len(word)
            split = split_point(word) if len(word) >= 4 else 0
            if split:  # 中学校长 is 中学 | 校长 for us
                left = word[:split]
                out.append(Token(left, "n", at, at + split, True))
                out.append(Token(word[split:], "n", at + split, end, True))
            else:
                out.append(Token(word, flag, at, end, bool(freq.get(word))))
            at = end
        return out

    def word_idf(self, word: str) -> float | None:
        return self.idf.get(word)


def _load_idf(path: Path) -> tuple[dict[str, float], float]:
    idf: dict[str, float] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            word, _, value = line.rstrip().partition(" ")
            idf[word] = float(value)
    values = sorted(idf.values())
    return idf, values[len(values) // 2]


_lock = threading.Lock()
_segmenter: Segmenter | None = None


def segmenter() -> Segmenter:
    """The one segmenter of the process, built on first use (under a lock: once only)."""
    global _segmenter
    if _segmenter is None:
        with _lock:
            if _segmenter is None:
                _segmenter = Segmenter()
    return _segmenter


def is_loaded() -> bool:
    return _segmenter is not None
