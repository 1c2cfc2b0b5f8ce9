"""the newsroom's knowledge: roster of officials, words to avoid, rules learned from fixes,
the 三校 record of proofreading passes

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-06

The words-to-avoid table starts with the starter list the release ships
(resources/proofing/avoid_words.tsv); editors change it from there. On PostgreSQL the
grants are installed again so that the new tables get theirs (pg_security.py).
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "roster_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("post", sa.String(length=100), nullable=False),
        sa.Column("unit", sa.String(length=100), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_entry")),
        sa.UniqueConstraint("name", "post", "unit", "since", name=op.f("uq_roster_entry_name")),
    )
    op.create_index(op.f("ix_roster_entry_name"), "roster_entry", ["name"], unique=False)
    words = op.create_table(
        "avoid_word",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("word", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("preferred", sa.String(length=100), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_avoid_word")),
        sa.UniqueConstraint("word", name=op.f("uq_avoid_word_word")),
    )
    op.create_table(
        "learned_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("wrong", sa.String(length=100), nullable=False),
        sa.Column("right", sa.String(length=100), nullable=False),
        sa.Column("example", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("anywhere", sa.Boolean(), nullable=False),
        sa.Column("seen", sa.Integer(), nullable=False),
        sa.Column("fired", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("accepted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learned_rule")),
        sa.UniqueConstraint("wrong", name=op.f("uq_learned_rule_wrong")),
    )
    op.create_table(
        "proof_pass",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("proofreader", sa.String(length=100), nullable=False),
        sa.Column("resolved", sa.Integer(), nullable=False),
        sa.Column("ignored", sa.Integer(), nullable=False),
        sa.Column("open", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["article.id"], name=op.f("fk_proof_pass_article_id_article"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proof_pass")),
        sa.UniqueConstraint("article_id", "number", name=op.f("uq_proof_pass_article_id")),
    )  # fmt: skip
    op.create_index(op.f("ix_proof_pass_article_id"), "proof_pass", ["article_id"], unique=False)
    op.create_table(
        "newsroom_option",
        sa.Column("key", sa.String(length=50), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_newsroom_option")),
    )
    from newsroom.proofing.avoid import starter_list

    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    op.bulk_insert(
        words,
        [
            {"word": w.word, "kind": w.kind, "preferred": w.preferred, "note": w.note,
             "created_at": now}
            for w in starter_list()
        ],
    )  # fmt: skip
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from newsroom.store.pg_security import install

        install(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for name in ("proof_pass_read",):
            op.execute(f"DROP POLICY IF EXISTS {name} ON proof_pass")
        op.execute(
            "DROP FUNCTION IF EXISTS newsroom_proof_pass(integer, integer, integer, integer)"
        )
    op.drop_table("newsroom_option")
    op.drop_index(op.f("ix_proof_pass_article_id"), table_name="proof_pass")
    op.drop_table("proof_pass")
    op.drop_table("learned_rule")
    op.drop_table("avoid_word")
    op.drop_index(op.f("ix_roster_entry_name"), table_name="roster_entry")
    op.drop_table("roster_entry")
