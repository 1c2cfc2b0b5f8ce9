"""The proofreading passes part of the service: the 三校 record of an article (一校, 二校,
三校: who, when, findings resolved, ignored and left open) and the newsroom's option
that 签发 waits for all three.

A pass is never by the article's writer and there are three at most (workflow.py's
rules, checked by the store and, on PostgreSQL, by the database's own function); the
option is a chief editor's or an administrator's. A page's 审校签字单 is ``pages.sign_sheet``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsroom.lazy import lazy
from newsroom.service.errors import NotFound, Refused
from newsroom.workflow import Role

if TYPE_CHECKING:
    from newsroom.service.newsroom import Newsroom
    from newsroom.store.proofpass import PassRow

store_proofpass = lazy("newsroom.store.proofpass")

#: Who sets the newsroom's options (a single-user desk too).
OPTION_ROLES = (None, Role.CHIEF_EDITOR, Role.ADMIN)


class ProofPasses:
    """Recording passes, reading them back, and the newsroom's 三校 option."""

    def __init__(self, newsroom: Newsroom) -> None:
        self._newsroom = newsroom

    def record(
        self,
        article_id: int,
        *,
        proofreader: str,
        resolved: int = 0,
        ignored: int = 0,
        open_findings: int = 0,
    ) -> PassRow:
        """Record the article's next pass by ``proofreader``: ``NotFound`` for an article
        not there (or not this person's to see), ``Refused`` when the rules say no."""
        try:
            with self._newsroom.writing() as session:
                return store_proofpass.record_pass(
                    session, article_id, proofreader=proofreader, resolved=resolved,
                    ignored=ignored, open_findings=open_findings,
                    identity=self._newsroom.identity,
                )  # fmt: skip
        except NotFound:
            raise NotFound(f"article {article_id}: no such article") from None
        except Refused as exc:
            raise Refused(f"article {article_id}: {exc}") from None

    def passes(self, article_id: int) -> list[PassRow]:
        """The article's passes so far, 一校 first."""
        with self._newsroom.reading() as session:
            return store_proofpass.passes(session, article_id)

    def require_three(self, required: bool) -> None:
        """The newsroom's option: 签发 only after 一校, 二校 and 三校."""
        identity = self._newsroom.identity
        if identity is not None and identity.role not in OPTION_ROLES:
            raise Refused(f"{identity.name}: only a chief editor sets the newsroom's options")
        with self._newsroom.writing() as session:
            store_proofpass.require_three_passes(session, required)
