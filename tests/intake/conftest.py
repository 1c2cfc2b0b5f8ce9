"""People with e-mail addresses for the intake tests."""

from __future__ import annotations

import pytest

from newsroom.ingest.people_file import PersonInput
from newsroom.store.db import open_database, transaction
from newsroom.store.people import import_people

PEOPLE = [
    PersonInput("万彤", "通讯员", "梅江街道", "wantong@meijiang.example.cn", "022-1234567", 2),
    PersonInput("高洁", "通讯员", "区教育局", "gaojie@edu.example.cn", "13800000000", 3),
]


@pytest.fixture
def newsroom(db_url):
    """A newsroom (SQLite and PostgreSQL) that knows two correspondents' addresses."""
    engine = open_database(db_url)
    with transaction(engine) as session:
        import_people(session, PEOPLE, "people.csv")
    return engine


from tests.intake.servers import dovecot, smtp_server  # noqa: E402, F401  (fixtures)
