"""The database's rules for the correspondent report on PostgreSQL (see ``pg_security``).

- ``report_credit``: a security-barrier view owned by the newsroom's owner, so it reads
  every byline whatever the reader's row-level security, but shows a correspondent only
  the rows of their own name (their account's display name). Everyone reads the report
  through it; a correspondent cannot read other people's bylines any other way.
- ``pay_rate``: only chief editors and administrators read or change it, so no one else
  can compute an amount — the pay sheet itself is refused them by the database.
- ``unit_quota``: everyone reads it; chief editors and administrators set it.
- ``byline_share``: read with the article it belongs to; the desk (editors, chief
  editors) sets it.
"""

from __future__ import annotations

#: The tables and view this module secures; installed only once migration 0007 made them.
TABLES = ("byline_share", "pay_rate", "unit_quota")


def statements(prefix: str) -> list[str]:
    """SQL run by ``pg_security.install`` after the newsroom's own grants and policies."""
    from newsroom.store.report import VIEW, view_sql

    def g(*roles: str) -> str:
        return ", ".join('"' + f"{prefix}_{r}".replace('"', '""') + '"' for r in roles)

    every = g("correspondent", "editor", "chief_editor", "layout", "admin")
    desk = "newsroom_my_role() IN ('editor', 'chief_editor')"
    visible = "EXISTS (SELECT 1 FROM article a WHERE a.id = article_id)"
    return [
        f"DROP VIEW IF EXISTS {VIEW}",
        view_sql(),
        f"GRANT SELECT ON {VIEW} TO {every}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON pay_rate TO {g('chief_editor', 'admin')}",
        f"GRANT SELECT ON unit_quota TO {every}",
        f"GRANT INSERT, UPDATE, DELETE ON unit_quota TO {g('chief_editor', 'admin')}",
        f"GRANT SELECT ON byline_share TO {every}",
        f"GRANT INSERT, UPDATE, DELETE ON byline_share TO {g('editor', 'chief_editor')}",
        "ALTER TABLE byline_share ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS byline_share_read ON byline_share",
        "DROP POLICY IF EXISTS byline_share_write ON byline_share",
        f"CREATE POLICY byline_share_read ON byline_share FOR SELECT TO {every} USING ({visible})",
        f"CREATE POLICY byline_share_write ON byline_share FOR ALL TO {every} "
        f"USING ({desk} AND {visible}) WITH CHECK ({desk} AND {visible})",
    ]
