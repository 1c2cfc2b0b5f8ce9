"""attachments, tag aliases, proofreading rules

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "proof_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("wrong", sa.String(length=100), nullable=False),
        sa.Column("right", sa.String(length=100), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proof_rule")),
        sa.UniqueConstraint("wrong", name=op.f("uq_proof_rule_wrong")),
    )
    op.create_table(
        "proof_whitelist",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("term", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proof_whitelist")),
        sa.UniqueConstraint("term", name=op.f("uq_proof_whitelist_term")),
    )
    op.create_table(
        "tag_alias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tag.id"], name=op.f("fk_tag_alias_tag_id_tag"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tag_alias")),
        sa.UniqueConstraint("alias", name=op.f("uq_tag_alias_alias")),
    )
    with op.batch_alter_table("tag_alias", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tag_alias_tag_id"), ["tag_id"], unique=False)

    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=300), nullable=False),
        sa.Column("content_type", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name=op.f("fk_attachment_article_id_article"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_article_id"), ["article_id"], unique=False)

    op.create_table(
        "proof_ignore",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("rule", sa.String(length=100), nullable=False),
        sa.Column("text", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name=op.f("fk_proof_ignore_article_id_article"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proof_ignore")),
        sa.UniqueConstraint("article_id", "rule", "text", name=op.f("uq_proof_ignore_article_id")),
    )


def downgrade() -> None:
    op.drop_table("proof_ignore")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_article_id"))

    op.drop_table("attachment")
    with op.batch_alter_table("tag_alias", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tag_alias_tag_id"))

    op.drop_table("tag_alias")
    op.drop_table("proof_whitelist")
    op.drop_table("proof_rule")
