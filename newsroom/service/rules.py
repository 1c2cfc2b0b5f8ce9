"""The proofreading part of the service: the newsroom's own rules, whitelist and ignores
(the roster, the words to avoid and the learned rules are ``knowledge``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsroom.lazy import lazy

if TYPE_CHECKING:
    from newsroom.service.newsroom import Newsroom
    from newsroom.store.proofrules import RuleSet

proofrules = lazy("newsroom.store.proofrules")


class Rules:
    """What the proofreader takes from the newsroom, and what the desk tells it back."""

    def __init__(self, newsroom: Newsroom) -> None:
        self._newsroom = newsroom

    def rule_set(self) -> RuleSet:
        """The newsroom's wrong → right rules and whitelist, as plain tuples."""
        with self._newsroom.reading() as session:
            return proofrules.load_rule_set(session)

    def ignored(self, article_id: int) -> set[tuple[str, str]]:
        """The (rule, text) of findings the desk chose to ignore in this article."""
        with self._newsroom.reading() as session:
            return proofrules.ignored(session, article_id)

    def ignore(self, article_id: int, rule: str, text: str) -> None:
        with self._newsroom.writing() as session:
            proofrules.ignore(session, article_id, rule, text)

    def allow(self, term: str) -> None:
        """Put a term on the whitelist: never flagged again in this newsroom."""
        with self._newsroom.writing() as session:
            proofrules.add_to_whitelist(session, term)

    def disallow(self, term: str) -> None:
        """Take a term off the whitelist."""
        with self._newsroom.writing() as session:
            proofrules.remove_from_whitelist(session, term)

    def whitelist(self) -> list[str]:
        with self._newsroom.reading() as session:
            return proofrules.whitelist_terms(session)

    def rules(self) -> list[tuple[str, str, str]]:
        """The newsroom's (wrong, right, note) rules, by wrong form."""
        with self._newsroom.reading() as session:
            return [(r.wrong, r.right, r.note) for r in proofrules.list_rules(session)]

    def set_rule(self, wrong: str, right: str, note: str = "") -> None:
        """Add a wrong → right rule, or change the one for that wrong form."""
        with self._newsroom.writing() as session:
            proofrules.set_rule(session, wrong, right, note)

    def remove_rule(self, wrong: str) -> None:
        with self._newsroom.writing() as session:
            proofrules.remove_rule(session, wrong)

    def import_tsv(self, text: str, source: str = "TSV") -> tuple[int, int]:
        """The rules and whitelist terms of a TSV text (``wrong<TAB>right<TAB>note``; a
        whitelist line has no right side), all or nothing: how many of each."""
        with self._newsroom.writing() as session:
            return proofrules.import_tsv(session, text, source)

    def export_tsv(self) -> str:
        with self._newsroom.reading() as session:
            return proofrules.export_tsv(session)
