"""the correspondent network's report: byline shares, 稿酬 rates, unit quotas (考核)

Revision ID: 0007
Revises: 0012
Create Date: 2026-12-06

On PostgreSQL the newsroom's rules are installed again (newsroom/store/pg_security.py):
they now cover these tables and the ``report_credit`` view through which everyone,
a correspondent only for their own name, reads the report's figures.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "byline_share",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name=op.f("fk_byline_share_article_id_article"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_byline_share_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "person_id", name=op.f("pk_byline_share")),
    )
    with op.batch_alter_table("byline_share", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_byline_share_person_id"), ["person_id"], unique=False)
    op.create_table(
        "pay_rate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("role", sa.String(length=50), nullable=False),
        sa.Column("per_thousand", sa.Integer(), nullable=False),
        sa.Column("per_piece", sa.Integer(), nullable=False),
        sa.Column("minimum", sa.Integer(), nullable=False),
        sa.Column("front_bonus", sa.Integer(), nullable=False),
        sa.Column("lead_bonus", sa.Integer(), nullable=False),
        sa.Column("monthly_cap", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pay_rate")),
        sa.UniqueConstraint(
            "effective_from", "kind", "role", name=op.f("uq_pay_rate_effective_from")
        ),
    )
    op.create_table(
        "unit_quota",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=200), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("pieces", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_quota")),
        sa.UniqueConstraint("unit", "period", name=op.f("uq_unit_quota_unit")),
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from newsroom.store.pg_security import install

        install(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP VIEW IF EXISTS report_credit")
    op.drop_table("unit_quota")
    op.drop_table("pay_rate")
    with op.batch_alter_table("byline_share", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_byline_share_person_id"))
    op.drop_table("byline_share")
