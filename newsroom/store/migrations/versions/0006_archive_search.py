"""archive search index, replace operations

Revision ID: 0006
Revises: 0008
Create Date: 2026-12-06

The full-text index of every article's headline lines, bylines and body
(newsroom/store/search_index.py: FTS5 on SQLite, a tsvector with a GIN index on
PostgreSQL), built here for the newsroom's existing copy; and the record of replaces
across the archive (who, what, which articles, their text before) that lets one be undone.
On PostgreSQL the grants and row-level security are installed again to cover them.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from newsroom.store import search_index

    op.create_table(
        "replace_operation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("old", sa.Text(), nullable=False),
        sa.Column("new", sa.Text(), nullable=False),
        sa.Column("regex", sa.Boolean(), nullable=False),
        sa.Column("filters", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("undone_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_replace_operation")),
    )
    op.create_table(
        "replace_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("operation_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("revision_id", sa.Integer(), nullable=True),
        sa.Column("replacements", sa.Integer(), nullable=False),
        sa.Column("version_after", sa.Integer(), nullable=False),
        sa.Column("before", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name=op.f("fk_replace_change_article_id_article"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["operation_id"],
            ["replace_operation.id"],
            name=op.f("fk_replace_change_operation_id_replace_operation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["revision_id"],
            ["revision.id"],
            name=op.f("fk_replace_change_revision_id_revision"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_replace_change")),
    )
    with op.batch_alter_table("replace_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_replace_change_article_id"), ["article_id"])
        batch_op.create_index(batch_op.f("ix_replace_change_operation_id"), ["operation_id"])

    bind = op.get_bind()
    search_index.create(bind)
    search_index.rebuild(bind)
    if bind.dialect.name == "postgresql":
        from newsroom.store.pg_security import install

        install(bind)


def downgrade() -> None:
    from newsroom.store import search_index

    search_index.drop(op.get_bind())
    with op.batch_alter_table("replace_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_replace_change_operation_id"))
        batch_op.drop_index(batch_op.f("ix_replace_change_article_id"))
    op.drop_table("replace_change")
    op.drop_table("replace_operation")
