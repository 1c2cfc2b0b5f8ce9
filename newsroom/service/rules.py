"""The proofreading part of the service: the newsroom's own rules, whitelist and ignores."""

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
