"""The knowledge part of the service: what the proofreader knows of this newsroom beyond
its rules — the roster of officials (领导干部名录), the words to avoid (禁用词/慎用词) and
the rules learned from the desk's own fixes.

Everyone proofreads with them; only the desk keeps them (workflow.can_keep_lists), and
on PostgreSQL the database's grants say the same.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from newsroom import workflow
from newsroom.lazy import lazy
from newsroom.service.errors import Invalid, Refused

if TYPE_CHECKING:
    from newsroom.proofing.avoid import AvoidWord
    from newsroom.proofing.roster import RosterPost
    from newsroom.service.newsroom import Newsroom
    from newsroom.store.learning import LearnedRow

roster = lazy("newsroom.store.roster")
avoid_words = lazy("newsroom.store.avoid_words")
learning = lazy("newsroom.store.learning")


def _read(path: str | os.PathLike[str], parse: Callable) -> list:
    from newsroom.ingest.model import IngestError
    from newsroom.ingest.tables import read_table

    try:
        return parse(read_table(path))
    except IngestError as exc:
        raise Invalid(str(exc)) from None


def read_roster(path: str | os.PathLike[str]) -> list[RosterPost]:
    """The posts of a .csv, .tsv or .xlsx file, checked whole before anything is stored;
    ``Invalid`` naming the file and line of the first bad row."""
    return _read(path, lambda table: roster.roster_rows(table))


def read_words(path: str | os.PathLike[str]) -> list[AvoidWord]:
    """The words of a .csv, .tsv or .xlsx file, checked whole (``Invalid`` if bad)."""
    return _read(path, lambda table: avoid_words.words_rows(table))


class Knowledge:
    """The roster, the words to avoid and the learned rules: read by anyone, kept by the
    desk."""

    def __init__(self, newsroom: Newsroom) -> None:
        self._newsroom = newsroom

    def require_keeper(self) -> None:
        identity = self._newsroom.identity
        if identity is not None and not workflow.can_keep_lists(identity.role):
            raise Refused(f"{identity.name}: only editors keep the newsroom's lists")

    def _change(self, work: Callable):
        self.require_keeper()
        with self._newsroom.writing() as session:
            return work(session)

    def _read(self, work: Callable):
        with self._newsroom.reading() as session:
            return work(session)

    # --- the roster of officials ------------------------------------------------------
    def posts(self) -> list[RosterPost]:
        """Every post, by name, then from the earliest."""
        return self._read(roster.list_posts)

    def save_posts(self, posts: Iterable[RosterPost]) -> tuple[int, int]:
        """Add new posts, update the until and rank of known ones: (added, updated)."""
        posts = list(posts)
        return self._change(lambda session: roster.save_posts(session, posts))

    def remove_post(self, post: RosterPost) -> None:
        self._change(lambda session: roster.remove_post(session, post))

    def roster_csv(self) -> str:
        """The roster as CSV text, with the import's header row."""
        return self._read(roster.export_csv)

    # --- the words to avoid -----------------------------------------------------------
    def words(self) -> list[AvoidWord]:
        return self._read(avoid_words.list_words)

    def set_word(self, word: AvoidWord) -> None:
        """Add a word, or change the one with that spelling (``Invalid`` if empty)."""
        self._change(lambda session: avoid_words.set_word(session, word))

    def save_words(self, words: Iterable[AvoidWord]) -> int:
        """Add or change every word, all or none: how many."""
        words = list(words)
        return self._change(lambda session: avoid_words.save_words(session, words))

    def remove_word(self, word: str) -> None:
        self._change(lambda session: avoid_words.remove_word(session, word))

    def words_csv(self) -> str:
        return self._read(avoid_words.export_csv)

    # --- rules learned from the desk's fixes ------------------------------------------
    def learned(self) -> list[LearnedRow]:
        """Suggestions first (most often seen), then accepted and dismissed rules."""
        return self._read(learning.list_learned)

    def decide(self, wrong: str, status: str, anywhere: bool = False) -> None:
        """Accept a suggested rule as the newsroom's (``anywhere``: inside quotation marks
        and names too), or dismiss it."""
        self._change(lambda session: learning.decide(session, wrong, status, anywhere))

    def forget(self, wrong: str) -> None:
        """Remove a learned rule."""
        self._change(lambda session: learning.remove(session, wrong))
