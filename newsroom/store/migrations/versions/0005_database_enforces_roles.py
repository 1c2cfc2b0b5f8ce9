"""login audit, case-blind user names; on PostgreSQL the database enforces the roles

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06

On PostgreSQL this gives every newsroom role a group role, grants, row-level security
and the workflow and account functions (newsroom/store/pg_security.py). The account
table's existing users get no login here: an administrator (or the owner) gives each a
password with ``newsroom account passwd NAME``, which creates their login.
SQLite desks only get the login audit and the user-name index.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "login_attempt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("succeeded", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_attempt")),
    )
    with op.batch_alter_table("login_attempt", schema=None) as batch_op:
        batch_op.create_index(
            "ix_login_attempt_username_created_at", ["username", "created_at"], unique=False
        )
    # User names become one whatever their case: where an older release let both
    # "Admin" and "admin" in, the later account is renamed "admin-<id>" (its owner logs in
    # with that name; an administrator sees it in the account list).
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, username FROM account ORDER BY id")).all()
    seen: set[str] = set()
    for account_id, username in rows:
        if username.lower() in seen:
            bind.execute(
                sa.text("UPDATE account SET username = :u WHERE id = :i"),
                {"u": f"{username}-{account_id}"[:100], "i": account_id},
            )
        seen.add(username.lower())
    op.create_index(
        "uq_account_username_lower", "account", [sa.text("lower(username)")], unique=True
    )
    if bind.dialect.name == "postgresql":
        from newsroom.store.pg_security import install

        install(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from newsroom.store.pg_security import uninstall

        uninstall(bind)
    op.drop_index("uq_account_username_lower", table_name="account")
    op.drop_table("login_attempt")
