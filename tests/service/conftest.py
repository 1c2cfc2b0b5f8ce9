"""What the service's tests share: a seeded newsroom with an account per role."""

from __future__ import annotations

import pytest

from newsroom.service import Newsroom
from newsroom.store import editing
from newsroom.store.values import ArticleContent, Identity
from newsroom.workflow import Role

PASSWORD = "secret-123"
DRAFT = ArticleContent(headline="社区邻里节温暖人心", paragraphs=["近日，社区举办邻里节。"])


@pytest.fixture
def newsroom(db_url, seed_path):
    """The seed page, one account per role, and a correspondent's draft of 万彤."""
    room = Newsroom.open(db_url, create=True)
    room.import_files([str(seed_path)], paper_name="河西报")
    for role in Role:
        room.accounts.add(f"u_{role.value}", PASSWORD, role.value, f"{role.value} 甲")
    room.accounts.add("u_wan", PASSWORD, "correspondent", "万彤")
    wan = identity(room, "u_wan")
    with room.writing() as session:
        draft = editing.create_article(session, DRAFT, author="万彤", identity=wan).id
    yield room, draft
    room.close()


def identity(room: Newsroom, username: str) -> Identity:
    """The account's identity (on PostgreSQL a person logs in as their own login, which
    these tests do not make: the service's own checks are what is tested here)."""
    account = next(a for a in room.accounts.list() if a.username == username)
    return Identity(account.display_name, account.role, account.id)


def as_role(room: Newsroom, role: str) -> Newsroom:
    return room.acting_as(identity(room, f"u_{role}"))
