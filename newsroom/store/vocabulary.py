"""The newsroom's tag vocabulary: tags with kind and aliases, and the tags given to articles."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from newsroom.store.models import Article, ArticleTag, Tag, TagAlias
from newsroom.tagging.model import KINDS, VocabularyTerm

# Tag.name and TagAlias.alias are String(200).
MAX_NAME = 200


@dataclass(slots=True)
class TagRow:
    """One line of the vocabulary: a tag, its other spellings and how many articles carry it."""

    id: int
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    articles: int = 0


def list_tags(session: Session) -> list[TagRow]:
    """Every tag with its article count (one query) and aliases (one more), by kind and name."""
    counts = (
        select(Tag.id, Tag.name, Tag.kind, func.count(ArticleTag.article_id))
        .outerjoin(ArticleTag, ArticleTag.tag_id == Tag.id)
        .group_by(Tag.id, Tag.name, Tag.kind)
        .order_by(Tag.kind, Tag.name)
    )
    rows = [TagRow(id, name, kind, [], n) for id, name, kind, n in session.execute(counts)]
    aliases: dict[int, list[str]] = defaultdict(list)
    for tag_id, alias in session.execute(
        select(TagAlias.tag_id, TagAlias.alias).order_by(TagAlias.alias)
    ):
        aliases[tag_id].append(alias)
    for row in rows:
        row.aliases = aliases.get(row.id, [])
    return rows


def tags_of(session: Session, article_id: int) -> list[tuple[str, str]]:
    """The (name, kind) of an article's tags, by name."""
    query = (
        select(Tag.name, Tag.kind)
        .join(ArticleTag, ArticleTag.tag_id == Tag.id)
        .where(ArticleTag.article_id == article_id)
        .order_by(Tag.name, Tag.kind)
    )
    return [(name, kind) for name, kind in session.execute(query)]


def _clean_name(name: str) -> str:
    name = " ".join(str(name).split())
    if not name:
        raise ValueError("标签名不能为空")
    if len(name) > MAX_NAME:
        raise ValueError(f"标签名太长（最多 {MAX_NAME} 字）：{name[:20]}…")
    return name


def _check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"未知的标签类别：{kind}")
    return kind


def find_tag(session: Session, name: str, kind: str | None = None) -> Tag | None:
    """The tag called ``name`` (of ``kind`` when given), else the tag it is an alias of."""
    name = " ".join(str(name).split())
    query = select(Tag).where(Tag.name == name).order_by(Tag.id)
    if kind is not None:
        query = query.where(Tag.kind == kind)
    tag = session.scalars(query.limit(1)).first()
    if tag is not None:
        return tag
    alias = session.scalar(
        select(TagAlias).where(func.lower(TagAlias.alias) == name.lower()).limit(1)
    )
    return alias.tag if alias is not None else None


def _tag_for(session: Session, name: str, kind: str) -> Tag:
    name, kind = _clean_name(name), _check_kind(kind)
    tag = find_tag(session, name, kind)
    if tag is None:
        tag = Tag(name=name, kind=kind)
        session.add(tag)
        session.flush()
    return tag


def _require_articles(session: Session, article_ids: list[int]) -> None:
    found = set(session.scalars(select(Article.id).where(Article.id.in_(article_ids))))
    missing = sorted(set(article_ids) - found)
    if missing:
        raise LookupError(f"稿件不存在：{missing[0]}")


def _tagged(session: Session, tag_id: int, article_ids: list[int]) -> set[int]:
    query = select(ArticleTag.article_id).where(
        ArticleTag.tag_id == tag_id, ArticleTag.article_id.in_(article_ids)
    )
    return set(session.scalars(query))


def add_tag(session: Session, article_id: int, name: str, kind: str = "topic") -> None:
    """Give an article a tag, creating the tag when it is new; an alias means its tag.

    The ArticleTag row is added on its own: the Article row is not touched, so its
    version stays and an editor open on it does not see a conflict."""
    bulk_tag(session, [article_id], name, kind)


def bulk_tag(session: Session, article_ids: Iterable[int], name: str, kind: str = "topic") -> int:
    """Give several articles one tag; returns how many did not have it yet."""
    ids = sorted(set(article_ids))
    if not ids:
        return 0
    _require_articles(session, ids)
    tag = _tag_for(session, name, kind)
    have = _tagged(session, tag.id, ids)
    fresh = [i for i in ids if i not in have]
    session.add_all(ArticleTag(article_id=i, tag_id=tag.id) for i in fresh)
    session.flush()
    return len(fresh)


def remove_tag(session: Session, article_id: int, name: str, kind: str | None = None) -> None:
    """Take a tag (by name, any kind unless given) off an article; the tag itself stays."""
    tag_ids = select(Tag.id).where(Tag.name == name)
    if kind is not None:
        tag_ids = tag_ids.where(Tag.kind == kind)
    session.execute(
        delete(ArticleTag).where(
            ArticleTag.article_id == article_id, ArticleTag.tag_id.in_(tag_ids)
        )
    )


def _get(session: Session, tag_id: int) -> Tag:
    tag = session.get(Tag, tag_id)
    if tag is None:
        raise LookupError(f"标签不存在：{tag_id}")
    return tag


def _alias_owner(session: Session, alias: str) -> Tag | None:
    row = session.scalar(select(TagAlias).where(func.lower(TagAlias.alias) == alias.lower()))
    return row.tag if row is not None else None


def rename_tag(session: Session, tag_id: int, new_name: str) -> int:
    """Rename a tag; a tag of that name and kind already there takes this one in (merge).

    Returns the id of the tag that now carries the name."""
    tag = _get(session, tag_id)
    new_name = _clean_name(new_name)
    if new_name == tag.name:
        return tag.id
    same = session.scalar(
        select(Tag).where(Tag.name == new_name, Tag.kind == tag.kind, Tag.id != tag.id)
    )
    if same is not None:
        merge_tags(session, same.id, tag.id)
        return same.id
    owner = _alias_owner(session, new_name)
    if owner is not None and owner.id != tag.id:
        if owner.kind == tag.kind:
            merge_tags(session, owner.id, tag.id)
            return owner.id
        raise ValueError(f"“{new_name}”已是标签“{owner.name}”的别名")
    if owner is not None:  # its own alias becomes its name
        tag.aliases = [a for a in tag.aliases if a.alias.lower() != new_name.lower()]
        session.flush()
    tag.name = new_name
    session.flush()
    return tag.id


def merge_tags(session: Session, keep_id: int, merge_id: int) -> None:
    """Fold one tag into another: its articles follow (once each), its name and aliases
    become aliases of the kept tag, and it is deleted."""
    if keep_id == merge_id:
        raise ValueError("不能把标签合并到它自己")
    keep, merge = _get(session, keep_id), _get(session, merge_id)
    moving = [a.article_id for a in merge.articles]
    have = _tagged(session, keep.id, moving) if moving else set()
    spellings = [merge.name, *(a.alias for a in merge.aliases)]
    session.delete(merge)  # its ArticleTag and TagAlias rows go with it
    session.flush()  # before the aliases are added again: they are unique
    session.add_all(ArticleTag(article_id=i, tag_id=keep.id) for i in moving if i not in have)
    known = {keep.name.lower(), *(a.alias.lower() for a in keep.aliases)}
    for spelling in spellings:
        if spelling.lower() not in known:
            keep.aliases.append(TagAlias(alias=spelling))
            known.add(spelling.lower())
    session.flush()


def split_aliases(text: str) -> list[str]:
    """``AI、A.I.，人工智慧`` → the aliases typed in one line (comma, 、, ；, or new line)."""
    for sep in "，、;；\n":
        text = text.replace(sep, ",")
    return [a.strip() for a in text.split(",") if a.strip()]


def set_aliases(session: Session, tag_id: int, aliases: Iterable[str]) -> None:
    """Make these the tag's aliases; one another tag uses (as alias or name) is refused."""
    tag = _get(session, tag_id)
    wanted: dict[str, str] = {}
    for alias in aliases:
        alias = _clean_name(alias)
        if alias.lower() != tag.name.lower():
            wanted.setdefault(alias.lower(), alias)
    for key, alias in wanted.items():
        owner = _alias_owner(session, alias)
        if owner is not None and owner.id != tag.id:
            raise ValueError(f"别名“{alias}”已属于标签“{owner.name}”")
        other = session.scalar(select(Tag).where(func.lower(Tag.name) == key, Tag.id != tag.id))
        if other is not None:
            raise ValueError(f"“{alias}”已是另一个标签的名称，请合并两个标签")
    tag.aliases = [a for a in tag.aliases if a.alias in wanted.values()]
    session.flush()
    present = {a.alias for a in tag.aliases}
    tag.aliases.extend(TagAlias(alias=a) for a in wanted.values() if a not in present)
    session.flush()


def vocabulary_terms(session: Session) -> list[VocabularyTerm]:
    """The vocabulary as the tagging engine takes it."""
    return [
        VocabularyTerm(row.name, row.kind, tuple(row.aliases))
        for row in list_tags(session)
        if row.kind in KINDS and row.name.strip()
    ]


def archive_texts(session: Session, limit: int = 5000) -> list[str]:
    """Headline lines and body of the most recent articles, for DocumentFrequencies.learn."""
    query = (
        select(Article.kicker, Article.headline, Article.subheadline, Article.body)
        .order_by(Article.created_at.desc(), Article.id.desc())
        .limit(limit)
    )
    return ["\n".join(filter(None, parts)) for parts in session.execute(query)]
