"""The tags part of the service: an article's tags, the newsroom's vocabulary, the archive."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsroom.lazy import lazy

if TYPE_CHECKING:
    from newsroom.service.articles import StoredArticle
    from newsroom.service.newsroom import Newsroom
    from newsroom.store.vocabulary import TagRow
    from newsroom.tagging.model import VocabularyTerm

vocabulary = lazy("newsroom.store.vocabulary")


def split_aliases(text: str) -> list[str]:
    """``AI、A.I.，人工智慧`` → the aliases typed in one line (comma, 、, ；, or new line)."""
    return vocabulary.split_aliases(text)


@dataclass(slots=True)
class TaggingMaterial:
    """What suggesting tags needs from the newsroom, read in one short unit of work."""

    vocabulary: list[VocabularyTerm]
    archive: list[str]  # texts of the archive, for word frequencies
    articles: list[StoredArticle] = field(default_factory=list)


class Tags:
    """Tags of articles and the vocabulary: names, kinds, aliases, merges."""

    def __init__(self, newsroom: Newsroom) -> None:
        self._newsroom = newsroom

    def of(self, article_id: int) -> list[tuple[str, str]]:
        """The (name, kind) of an article's tags, by name."""
        with self._newsroom.reading() as session:
            return vocabulary.tags_of(session, article_id)

    def add(self, article_id: int, name: str, kind: str = "topic") -> None:
        with self._newsroom.writing() as session:
            vocabulary.add_tag(session, article_id, name, kind)

    def remove(self, article_id: int, name: str, kind: str | None = None) -> None:
        with self._newsroom.writing() as session:
            vocabulary.remove_tag(session, article_id, name, kind)

    def add_to_all(self, article_ids: Iterable[int], name: str, kind: str = "topic") -> int:
        """Give every article the tag; how many did not have it yet."""
        ids = list(article_ids)
        with self._newsroom.writing() as session:
            return vocabulary.bulk_tag(session, ids, name, kind)

    def vocabulary(self) -> list[TagRow]:
        """Every tag with its aliases and article count, by kind and name."""
        with self._newsroom.reading() as session:
            return vocabulary.list_tags(session)

    def rename(self, tag_id: int, name: str) -> int:
        """Rename a tag; onto an existing tag's name the two become one: the kept id."""
        with self._newsroom.writing() as session:
            return vocabulary.rename_tag(session, tag_id, name)

    def set_aliases(self, tag_id: int, aliases: Iterable[str]) -> None:
        aliases = list(aliases)
        with self._newsroom.writing() as session:
            vocabulary.set_aliases(session, tag_id, aliases)

    def merge(self, keep_id: int, merge_id: int) -> None:
        """Articles of ``merge_id`` move to ``keep_id``; its name becomes an alias."""
        with self._newsroom.writing() as session:
            vocabulary.merge_tags(session, keep_id, merge_id)

    def archive(self, limit: int = 5000) -> list[str]:
        """Texts of the newest ``limit`` articles, to learn which words are common here."""
        with self._newsroom.reading() as session:
            return vocabulary.archive_texts(session, limit)

    def material(self, *, with_articles: bool) -> TaggingMaterial:
        """Vocabulary, archive and (``with_articles``) the articles this person may see."""
        from newsroom.service.articles import stored_article
        from newsroom.store.articles import list_articles

        articles = self._newsroom.articles
        with self._newsroom.reading() as session:
            material = TaggingMaterial(
                vocabulary.vocabulary_terms(session), vocabulary.archive_texts(session)
            )
            if with_articles:
                material.articles = [
                    stored_article(a)
                    for a in list_articles(session, with_body=True)
                    if articles.may_see(a.owner_id)
                ]
        return material
