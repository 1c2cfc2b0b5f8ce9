"""people's e-mail and phone; submissions by mail and the watched folder

Revision ID: 0008
Revises: 0009
Create Date: 2026-12-06

People get an e-mail address (how a mailed draft finds its correspondent) and a phone
number. ``intake_message`` records every message or dropped file the intake processed,
once, by its Message-ID. On PostgreSQL the newsroom's grants are installed again: the
desk reads and updates the intake, a correspondent sees neither it nor anyone's address.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # In place: SQLite adds columns with a constant default itself, and a batch copy of
    # person would drop the table every byline points at.
    op.add_column(
        "person", sa.Column("email", sa.String(length=254), nullable=False, server_default="")
    )
    op.add_column(
        "person", sa.Column("phone", sa.String(length=50), nullable=False, server_default="")
    )
    op.create_index(op.f("ix_person_email"), "person", ["email"], unique=False)

    op.create_table(
        "intake_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=500), nullable=False),
        sa.Column("source", sa.String(length=500), nullable=False),
        sa.Column("sender", sa.String(length=300), nullable=False),
        sa.Column("sender_name", sa.String(length=200), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("attachments", sa.JSON(), nullable=False),
        sa.Column("article_ids", sa.JSON(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("problem", sa.Text(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("replied", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_intake_message_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intake_message")),
        sa.UniqueConstraint("key", name=op.f("uq_intake_message_key")),
    )
    with op.batch_alter_table("intake_message", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_intake_message_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_intake_message_received_at"), ["received_at"], unique=False
        )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from newsroom.store.pg_security import install

        install(bind)


def downgrade() -> None:
    op.drop_table("intake_message")
    # In place (SQLite 3.35+ drops columns itself): a batch copy of person would drop the
    # table the bylines point at, which SQLite's foreign keys refuse.
    op.drop_index(op.f("ix_person_email"), table_name="person")
    op.drop_column("person", "phone")
    op.drop_column("person", "email")
