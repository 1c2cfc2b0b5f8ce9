"""A shared newsroom on PostgreSQL where the database, not the desk, enforces the roles.

Each account is a PostgreSQL login of the same name, a member of one group role per
newsroom role (``<database>_correspondent``, ``<database>_editor`` …). The groups get
table grants; row-level security narrows them to the rows a person may see or change
(a correspondent: their own drafts); an article's status moves only through
``newsroom_transition``, a SECURITY DEFINER function that applies workflow.py's rules and
writes the ``workflow_event`` row; ``workflow_event`` and ``revision`` take no UPDATE or
DELETE from anyone but the owner; accounts and their logins change only through the
``newsroom_*_account`` functions, which only an administrator (or the owner) may use.

The functions themselves are in pg_functions.py; this module installs them with the groups,
grants and policies. ``install`` is run by the migration that introduced it (0005) on the
owner's connection; it is idempotent. The SQL of the workflow function is generated from
workflow.py, and a test runs every action of every role against both.
"""

from __future__ import annotations

import hashlib
from functools import partial

from newsroom.store import report_security
from newsroom.store.pg_functions import (  # noqa: F401  (the store reads the codes here)
    CONFLICT,
    FUNCTIONS,
    NOT_FOUND,
    REFUSED,
    USERNAME_MAX_BYTES,
    USERNAME_MAX_CHARS,
    WORKFLOW,
    functions,
    sql_name,
    sql_text,
)
from newsroom.store.pg_functions import DESK as _DESK
from newsroom.workflow import Role

_WRITERS = ("correspondent", "editor", "chief_editor")
_PLANNERS = ("editor", "chief_editor", "layout")
_STAFF = ("editor", "chief_editor", "layout", "admin")


def _groups(prefix: str, *roles: str) -> str:
    """The group roles of these newsroom roles, as a SQL list."""
    return ", ".join(sql_name(f"{prefix}_{r}") for r in roles)


def group_prefix(database: str, schema: str) -> str:
    """The prefix of this newsroom's group roles: the database (and a schema other than
    public), shortened with a hash so that ``<prefix>_chief_editor`` fits in 63 bytes."""
    prefix = database if schema == "public" else f"{database}_{schema}"
    if len(prefix.encode()) > 40:
        digest = hashlib.sha256(prefix.encode()).hexdigest()[:8]
        prefix = prefix.encode()[:30].decode("utf-8", "ignore") + "_" + digest
    return prefix


#: Tables the groups may read, and what each kind of group may write.
_READ_ALL = (
    "edition", "page", "byline", "tag", "article_tag", "tag_alias", "article",
    "revision", "workflow_event", "attachment", "proof_rule", "proof_whitelist",
    "proof_ignore", "edit_lock", "alembic_version", "roster_entry", "avoid_word", "proof_pass",
    "newsroom_option",
)  # fmt: skip
_ARTICLE_TEXT = (
    "kind", "kicker", "headline", "subheadline", "chars", "source_file", "content_hash",
    "updated_at", "version", "body",
)  # fmt: skip
_ACCOUNT_PUBLIC = ("id", "username", "display_name", "role", "active")
_LEARNED_PUBLIC = '"id", "wrong", "right", "status", "anywhere"'
#: What a correspondent reads of people: names on bylines, not their e-mail or phone.
_PERSON_PUBLIC = ("id", "name", "default_role", "organisation", "contact")


#: Tables later migrations add: granted once they exist (an older migration's install
#: runs before they do).
_LATER = ("roster_entry", "avoid_word", "learned_rule", "proof_pass", "newsroom_option")


def _grants(prefix: str, present: set[str] | None = None) -> list[str]:
    g = partial(_groups, prefix)

    def have(*tables: str) -> bool:
        return present is None or set(tables) <= present

    readable = [t for t in _READ_ALL if t not in _LATER or have(t)]

    every = g(*[str(r) for r in Role])
    text_cols = ", ".join(_ARTICLE_TEXT)
    return [
        f"GRANT SELECT ON {', '.join(readable)} TO {every}",
        f"GRANT SELECT ({', '.join(_ACCOUNT_PUBLIC)}) ON account TO {every}",
        f"GRANT SELECT ON account, login_attempt TO {g('admin')}",
        f"GRANT SELECT ON person TO {g(*_STAFF)}",
        f"GRANT SELECT ({', '.join(_PERSON_PUBLIC)}) ON person TO {g('correspondent')}",
        # Submissions by mail and the watched folder (0008, absent before it): the desk
        # takes them in, reads and assigns them; a correspondent never sees the inbox.
        "DO $$ BEGIN IF to_regclass('intake_message') IS NOT NULL THEN "
        f"GRANT SELECT, INSERT, UPDATE ON intake_message TO {g(*_DESK)}; END IF; END $$",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {{schema}} TO {every}",
        # Copy: writers add it; a correspondent changes only the text of their drafts, the
        # desk everything but status and owner; layout staff place it on pages.
        f"GRANT INSERT ON article TO {g(*_WRITERS)}",
        f"GRANT UPDATE ({text_cols}) ON article TO {g('correspondent')}",
        f"GRANT UPDATE ({text_cols}, page_id, position) ON article TO {g(*_DESK)}",
        f"GRANT UPDATE (page_id, position, updated_at, version) ON article TO {g('layout')}",
        f"GRANT DELETE ON article TO {g(*_DESK)}",
        f"GRANT INSERT, UPDATE, DELETE ON byline, article_tag, attachment TO {g(*_WRITERS)}",
        f"GRANT INSERT ON person, tag TO {g(*_WRITERS)}",
        f"GRANT UPDATE, DELETE ON person, tag, tag_alias TO {g(*_DESK)}",
        f"GRANT INSERT ON tag_alias TO {g(*_DESK)}",
        f"GRANT INSERT, UPDATE, DELETE ON proof_rule, proof_whitelist TO {g(*_DESK)}",
        f"GRANT INSERT, UPDATE, DELETE ON proof_ignore TO {g(*_WRITERS)}",
        f"GRANT INSERT, UPDATE, DELETE ON edition, page TO {g(*_PLANNERS)}",
        f"GRANT INSERT, UPDATE, DELETE ON edit_lock TO {every}",
        # Append-only: a revision is added, never changed; events only by the function.
        f"GRANT INSERT ON revision TO {g(*_WRITERS)}",
    ] + (
        # The roster, the words to avoid and the rules learned from the desk's fixes:
        # everyone proofreads with them, the desk keeps them. A learned rule's example is
        # a sentence of someone's copy: a correspondent reads the rule, not the example.
        [
            f"GRANT INSERT, UPDATE, DELETE ON roster_entry, avoid_word, learned_rule "
            f"TO {g(*_DESK)}",
            f"GRANT SELECT ON learned_rule TO {g(*_STAFF)}",
            # The newsroom's options (三校 before 签发) are the chief editor's.
            f"GRANT INSERT, UPDATE, DELETE ON newsroom_option TO {g('chief_editor', 'admin')}",
            f"GRANT SELECT ({_LEARNED_PUBLIC}) ON learned_rule TO {g('correspondent')}",
        ]
        if have("roster_entry", "avoid_word", "learned_rule", "newsroom_option")
        else []
    )


_ME_ROLE = "(SELECT newsroom_my_role())"
_ME_ID = "(SELECT newsroom_my_id())"
_VISIBLE = "EXISTS (SELECT 1 FROM article a WHERE a.id = article_id)"
#: A correspondent's draft is theirs alone until submitted (store/listing.visible_to).
_PRIVATE_DRAFT = (
    "(status = 'draft' AND owner_id IS NOT NULL AND EXISTS (SELECT 1 FROM account o "
    "WHERE o.id = article.owner_id AND o.role = 'correspondent'))"
)


def _policies() -> list[tuple[str, str, str, str | None, str | None]]:
    """(table, name, command, USING, WITH CHECK)"""
    writers = ", ".join(sql_text(r) for r in _WRITERS)
    desk = ", ".join(sql_text(r) for r in _DESK)
    planners = ", ".join(sql_text(r) for r in _PLANNERS)
    own_draft = f"owner_id = {_ME_ID} AND status IN ('draft', 'returned')"
    return [
        (
            "article", "article_read", "SELECT",
            f"owner_id = {_ME_ID} OR ({_ME_ROLE} <> 'correspondent' AND NOT {_PRIVATE_DRAFT})",
            None,
        ),
        (
            "article", "article_add", "INSERT", None,
            f"{_ME_ROLE} IN ({writers}) AND status IN ('draft', 'submitted') AND "
            f"({_ME_ROLE} <> 'correspondent' OR "
            f"(owner_id = {_ME_ID} AND page_id IS NULL AND status = 'draft'))",
        ),
        (
            "article", "article_change", "UPDATE",
            f"{_ME_ROLE} IN ({planners}) OR ({_ME_ROLE} = 'correspondent' AND {own_draft})",
            f"{_ME_ROLE} IN ({planners}) OR "
            f"({_ME_ROLE} = 'correspondent' AND owner_id = {_ME_ID} AND page_id IS NULL)",
        ),
        ("article", "article_remove", "DELETE", f"{_ME_ROLE} IN ({desk}) AND status = 'spiked'",
         None),
        ("account", "account_read", "SELECT",
         f"{_ME_ROLE} <> 'correspondent' OR id = {_ME_ID}", None),
    ] + [
        (table, f"{table}_read", "SELECT", _VISIBLE, None)
        for table in ("byline", "article_tag", "attachment", "revision", "workflow_event",
                      "proof_ignore", "edit_lock", "proof_pass")
    ] + [
        (table, f"{table}_{cmd.lower()}", cmd,
         None if cmd == "INSERT" else "newsroom_may_edit(article_id)",
         None if cmd == "DELETE" else "newsroom_may_edit(article_id)")
        for table in ("byline", "article_tag", "attachment")
        for cmd in ("INSERT", "UPDATE", "DELETE")
    ] + [
        ("revision", "revision_add", "INSERT", None, "newsroom_may_edit(article_id)"),
        ("proof_ignore", "proof_ignore_write", "ALL", _VISIBLE, _VISIBLE),
        ("edit_lock", "edit_lock_write", "ALL", _VISIBLE, _VISIBLE),
    ]  # fmt: skip


_RLS_TABLES = (
    "article", "account", "byline", "article_tag", "attachment", "revision",
    "workflow_event", "proof_ignore", "edit_lock", "proof_pass", "article_search",
)  # fmt: skip


def _search_grants(prefix: str) -> list[str]:
    """Migration 0006's tables: an entry of the archive's index is read with its article
    and written by those who may edit it; replaces across the archive are the desk's."""

    g = partial(_groups, prefix)

    every = g(*[str(r) for r in Role])
    return [
        f"GRANT SELECT ON article_search TO {every}",
        f"GRANT INSERT, UPDATE, DELETE ON article_search TO {g(*_WRITERS)}",
        f"GRANT SELECT ON replace_operation, replace_change TO {g(*_STAFF)}",
        f"GRANT INSERT ON replace_operation, replace_change TO {g(*_DESK)}",
        f"GRANT UPDATE (undone_at, undone_by) ON replace_operation TO {g(*_DESK)}",
    ]


_SEARCH_POLICIES = [
    ("article_search", "article_search_read", "SELECT", _VISIBLE, None),
    ("article_search", "article_search_add", "INSERT", None, "newsroom_may_edit(article_id)"),
    ("article_search", "article_search_change", "UPDATE", "newsroom_may_edit(article_id)",
     "newsroom_may_edit(article_id)"),
    ("article_search", "article_search_remove", "DELETE", "newsroom_may_edit(article_id)", None),
]  # fmt: skip


def fingerprint() -> str:
    """What the installed rules are made of: workflow.py's tables and this module's SQL.
    Kept as the comment of newsroom_transition; a newsroom whose comment differs is
    re-installed when its owner opens it (``refresh``)."""
    parts = [
        *functions("s", "p", "o"),
        *_grants("p"),
        repr(_policies()),
        *report_security.statements("p"),
        *_search_grants("p"),
        repr(_SEARCH_POLICIES),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def refresh(connection) -> bool:
    """Re-install when workflow.py's rules (or this module) changed since the newsroom was
    secured, and this connection is the owner's; True when it did."""
    from sqlalchemy import text

    if not _is_current(connection, text):
        _lock(connection, text)  # desks opening at once: one installs, the others wait
        if not _is_current(connection, text):
            install(connection)
            return True
    return False


def _lock(connection, text) -> None:
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})


#: The advisory lock that keeps two installs of one newsroom apart ("newsroom" in ASCII).
_LOCK_KEY = 0x6E657773726F6F6D


def _is_current(connection, text) -> bool:
    """Whether the installed rules are this release's (or cannot be changed from here)."""
    row = connection.execute(
        text(
            "SELECT obj_description(p.oid, 'pg_proc'), pg_has_role(current_user, p.proowner, "
            "'MEMBER') FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE p.proname = 'newsroom_transition' AND n.nspname = current_schema()"
        )
    ).first()
    return row is None or row[0] == fingerprint() or not row[1]


def _tables(connection, text, schema: str) -> set[str]:
    query = text("SELECT tablename FROM pg_tables WHERE schemaname = :s")
    return set(connection.execute(query, {"s": schema}).scalars())


def _install_groups(run, database: str, schema: str, prefix: str) -> None:
    """The newsroom's group roles, and nothing of the database or schema for anyone else."""
    for role in Role:
        name = f"{prefix}_{role}"
        run(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {sql_text(name)}) "
            f"THEN CREATE ROLE {sql_name(name)} NOLOGIN; END IF; END $$"
        )
    groups = ", ".join(sql_name(f"{prefix}_{r}") for r in Role)
    run(f"REVOKE CONNECT, TEMPORARY ON DATABASE {sql_name(database)} FROM PUBLIC")
    run(f"GRANT CONNECT ON DATABASE {sql_name(database)} TO {groups}")
    run(f"REVOKE ALL ON SCHEMA {sql_name(schema)} FROM PUBLIC")
    run(f"GRANT USAGE ON SCHEMA {sql_name(schema)} TO {groups}")
    run(f"REVOKE ALL ON ALL TABLES IN SCHEMA {sql_name(schema)} FROM PUBLIC, {groups}")


def _install_policies(connection, text, run, schema: str, groups: str, present) -> None:
    """Row-level security on the tables there are, with this release's policies only."""
    for table in (t for t in _RLS_TABLES if t in present):
        run(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        for (name,) in connection.execute(
            text("SELECT policyname FROM pg_policies WHERE schemaname = :s AND tablename = :t"),
            {"s": schema, "t": table},
        ).all():
            run(f"DROP POLICY {sql_name(name)} ON {table}")
    for table, name, command, using, check in _policies() + _SEARCH_POLICIES:
        if table not in present:
            continue  # a table a later migration adds: its install makes the policy
        sql = f"CREATE POLICY {name} ON {table} FOR {command} TO {groups}"
        if using:
            sql += f" USING ({using})"
        if check:
            sql += f" WITH CHECK ({check})"
        run(sql)


def install(connection) -> None:
    """Groups, grants, row-level security and functions, on the owner's connection."""
    from sqlalchemy import text

    def run(sql: str) -> None:
        # As written, on the same transaction: no bind parameters, no % escaping.
        with connection.connection.driver_connection.cursor() as cursor:
            cursor.execute(sql)

    _lock(connection, text)
    database, schema, owner = connection.execute(
        text("SELECT current_database(), current_schema(), current_user")
    ).one()
    prefix = group_prefix(database, schema)
    _install_groups(run, database, schema, prefix)
    for statement in functions(schema, prefix, owner):
        run(statement)
    run(f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {sql_name(schema)} FROM PUBLIC")
    groups = ", ".join(sql_name(f"{prefix}_{r}") for r in Role)
    run(f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA {sql_name(schema)} TO {groups}")
    present = _tables(connection, text, schema)
    for statement in _grants(prefix, present):
        run(statement.replace("{schema}", sql_name(schema)))
    if "article_search" in present:  # from migration 0006 on
        for statement in _search_grants(prefix):
            run(statement)
    _install_policies(connection, text, run, schema, groups, present)
    if "pay_rate" in present:
        for statement in report_security.statements(prefix):  # from migration 0007 on
            run(statement)
    run(
        "COMMENT ON FUNCTION newsroom_transition(integer, text, text, integer) IS "
        f"{sql_text(fingerprint())}"
    )


def uninstall(connection) -> None:
    """Undo ``install`` (the migration's downgrade): policies and functions go; the group
    roles and logins stay, holding no grants on this schema."""
    from sqlalchemy import text

    schema = connection.execute(text("SELECT current_schema()")).scalar()
    present = _tables(connection, text, schema)
    with connection.connection.driver_connection.cursor() as cursor:
        cursor.execute("DROP VIEW IF EXISTS report_credit")  # it uses the functions
        for table in (t for t in _RLS_TABLES if t in present):
            for (name,) in connection.execute(
                text("SELECT policyname FROM pg_policies WHERE schemaname = :s AND tablename = :t"),
                {"s": schema, "t": table},
            ).all():
                cursor.execute(f"DROP POLICY {sql_name(name)} ON {table}")
            cursor.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        for function in FUNCTIONS:
            cursor.execute(f"DROP FUNCTION IF EXISTS {function}")


def refusal(exc: BaseException) -> tuple[str, str] | None:
    """(SQLSTATE, the database's one-line message) of a PostgreSQL error, else None."""
    orig = getattr(exc, "orig", exc)
    state = getattr(orig, "sqlstate", None)
    if not state:
        return None
    diag = getattr(orig, "diag", None)
    message = (getattr(diag, "message_primary", None) or str(orig)).strip().splitlines()[0]
    return state, message


class Refused(Exception):
    """One of the newsroom's functions (or a grant or policy) said no."""

    def __init__(self, state: str, message: str) -> None:
        super().__init__(message)
        self.state = state


def call(session, sql: str, params: dict):
    """Run one of the newsroom's functions in a savepoint and return its value; a refusal
    becomes Refused with the database's SQLSTATE and its one-line message."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    try:
        with session.begin_nested():
            return session.execute(text(sql), params).scalar()
    except DBAPIError as exc:
        found = refusal(exc)
        if found is None:
            raise
        raise Refused(*found) from None


def is_postgresql(session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def scram_verifier(session, username: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier libpq makes of the password: the server never sees it."""
    pgconn = session.connection().connection.driver_connection.pgconn
    return pgconn.encrypt_password(password.encode(), username.encode(), b"scram-sha-256").decode()
