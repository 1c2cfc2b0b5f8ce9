"""The newsroom's own proofreading rules, its whitelist, and findings dismissed per article."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from newsroom.proofing.avoid import AvoidWord
from newsroom.proofing.roster import RosterPost
from newsroom.store.models import ProofIgnore, ProofRule, ProofWhitelist


@dataclass(frozen=True, slots=True)
class RuleSet:
    """What the proofreader needs from the store: plain values, no Session."""

    rules: tuple[tuple[str, str], ...] = ()
    whitelist: tuple[str, ...] = ()
    roster: tuple[RosterPost, ...] = ()
    words: tuple[AvoidWord, ...] = ()
    learned: tuple[tuple[str, str, bool], ...] = ()


def load_rule_set(session: Session) -> RuleSet:
    """Everything of the newsroom's own the proofreader applies: rules, whitelist, the
    roster of officials, the words to avoid and the rules learned from fixes."""
    from newsroom.store.avoid_words import list_words
    from newsroom.store.learning import accepted_rules
    from newsroom.store.roster import list_posts

    query = select(ProofRule.wrong, ProofRule.right).order_by(ProofRule.wrong)
    rules = tuple((wrong, right) for wrong, right in session.execute(query))
    whitelist = tuple(session.scalars(select(ProofWhitelist.term).order_by(ProofWhitelist.term)))
    return RuleSet(
        rules,
        whitelist,
        tuple(list_posts(session)),
        tuple(list_words(session)),
        accepted_rules(session),
    )


def list_rules(session: Session) -> list[ProofRule]:
    return list(session.scalars(select(ProofRule).order_by(ProofRule.wrong)))


def set_rule(session: Session, wrong: str, right: str, note: str = "") -> None:
    """Add a wrong → right rule, or change the one for that wrong form."""
    wrong, right = wrong.strip(), right.strip()
    if not wrong or wrong == right:
        raise ValueError("规则的错误写法不能为空，也不能与正确写法相同")
    rule = session.scalar(select(ProofRule).where(ProofRule.wrong == wrong))
    if rule is None:
        session.add(ProofRule(wrong=wrong, right=right, note=note.strip()))
    else:
        rule.right, rule.note = right, note.strip()
    session.flush()


def remove_rule(session: Session, wrong: str) -> None:
    session.execute(delete(ProofRule).where(ProofRule.wrong == wrong))


def whitelist_terms(session: Session) -> list[str]:
    return list(session.scalars(select(ProofWhitelist.term).order_by(ProofWhitelist.term)))


def add_to_whitelist(session: Session, term: str) -> None:
    term = term.strip()
    if not term:
        raise ValueError("白名单词语不能为空")
    if session.scalar(select(ProofWhitelist.id).where(ProofWhitelist.term == term)) is None:
        session.add(ProofWhitelist(term=term))
        session.flush()


def remove_from_whitelist(session: Session, term: str) -> None:
    session.execute(delete(ProofWhitelist).where(ProofWhitelist.term == term))


def ignored(session: Session, article_id: int) -> set[tuple[str, str]]:
    """(rule, text) pairs the editors dismissed for this article."""
    query = select(ProofIgnore.rule, ProofIgnore.text).where(ProofIgnore.article_id == article_id)
    return {(rule, text) for rule, text in session.execute(query)}


def ignore(session: Session, article_id: int, rule: str, text: str) -> None:
    if (rule, text) not in ignored(session, article_id):
        session.add(ProofIgnore(article_id=article_id, rule=rule, text=text))
        session.flush()


# --- TSV: one rule a line, ``wrong<TAB>right<TAB>note``; a whitelist line has no right side.
def export_tsv(session: Session) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(["# 错误写法", "正确写法", "说明"])
    for rule in list_rules(session):
        writer.writerow([rule.wrong, rule.right, rule.note])
    for term in whitelist_terms(session):
        writer.writerow([term, "", "白名单"])
    return out.getvalue()


def import_tsv(session: Session, text: str, source: str = "TSV") -> tuple[int, int]:
    """Add the rules and whitelist terms of a TSV text; all or nothing. Returns the counts."""
    rules, terms = [], []
    for number, row in enumerate(csv.reader(io.StringIO(text), delimiter="\t"), start=1):
        if not row or not row[0].strip() or row[0].lstrip().startswith("#"):
            continue
        wrong = row[0].strip()
        right = row[1].strip() if len(row) > 1 else ""
        note = row[2].strip() if len(row) > 2 else ""
        if not right:
            terms.append(wrong)
        elif right == wrong:
            raise ValueError(f"{source}:{number}: 错误写法与正确写法相同：{wrong}")
        else:
            rules.append((wrong, right, note))
    for wrong, right, note in rules:
        set_rule(session, wrong, right, note)
    for term in terms:
        add_to_whitelist(session, term)
    return len(rules), len(terms)
