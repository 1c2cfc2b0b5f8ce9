"""PostgreSQL tells every desk when the newsroom's copy changes (LISTEN/NOTIFY)

Revision ID: 0012
Revises: 0005
Create Date: 2026-12-06

A statement-level trigger on the articles and their tags sends ``NOTIFY newsroom``; the
desks LISTEN (newsroom/store/notify.py) and reload at once instead of waiting for their
poll. SQLite desks keep polling (and watch the database file): nothing changes there.
The database's rules are re-installed: a correspondent's draft is private until submitted.
"""

from alembic import op

revision = "0012"
down_revision = "0005"
branch_labels = None
depends_on = None

TABLES = ("article", "article_tag")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        """
        CREATE OR REPLACE FUNCTION newsroom_notify() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('newsroom', TG_TABLE_NAME);
            RETURN NULL;
        END $$
        """
    )
    for table in TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION newsroom_notify()"
        )
    # This release's rules: correspondents' drafts private until submitted, and the
    # function that merges people across them.
    from newsroom.store.pg_security import install

    install(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_notify ON {table}")
    op.execute("DROP FUNCTION IF EXISTS newsroom_notify()")
