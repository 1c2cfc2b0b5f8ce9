"""The people part of the service: the correspondents and reporters named in bylines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsroom.lazy import lazy
from newsroom.service.errors import Refused

if TYPE_CHECKING:
    from newsroom.ingest.people_file import PersonInput
    from newsroom.service.newsroom import Newsroom
    from newsroom.store.people import PeopleImport, PersonRow

store_people = lazy("newsroom.store.people")

#: Who keeps the list of people (on PostgreSQL the database's grants say the same).
DESK_ROLES = (None, "editor", "chief_editor")


class People:
    """Everyone the newsroom's bylines name: their details, and merging two records."""

    def __init__(self, newsroom: Newsroom) -> None:
        self._newsroom = newsroom

    def list(self) -> list[PersonRow]:
        """Everyone, by name, with how many articles name them."""
        with self._newsroom.reading() as session:
            return store_people.list_people(session)

    def names(self) -> list[str]:
        """Known names for the byline completer: sorted, each once."""
        with self._newsroom.reading() as session:
            return store_people.person_names(session)

    def update(
        self,
        person_id: int,
        *,
        name: str,
        default_role: str,
        organisation: str,
        contact: str,
        email: str | None = None,
        phone: str | None = None,
    ) -> None:
        """Change a person's details (None: e-mail or phone left as they are); a new name
        shows on every article naming them."""
        with self._newsroom.writing() as session:
            store_people.update_person(
                session,
                person_id,
                name=name,
                default_role=default_role,
                organisation=organisation,
                contact=contact,
                email=email,
                phone=phone,
            )

    def merge(self, keep_id: int, merge_id: int) -> None:
        """Two records of one person become one: bylines follow to the kept record."""
        with self._newsroom.writing() as session:
            store_people.merge_people(session, keep_id, merge_id)

    def import_rows(self, rows: Sequence[PersonInput], source: str) -> PeopleImport:
        """Add or update each person of a file read whole (ingest.people_file), found by
        e-mail, else by name: all rows or none (``Invalid`` naming the row)."""
        identity = self._newsroom.identity
        if identity is not None and identity.role not in DESK_ROLES:
            raise Refused(f"{identity.name}: only editors keep the list of people")
        with self._newsroom.writing() as session:
            return store_people.import_people(session, list(rows), source)
