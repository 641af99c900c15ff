"""accounts: office invitations, password-reset links, forced password change (security issue 23)

An office no longer creates accounts or attaches existing ones: it invites an address and
the person accepts. Every account that exists at this upgrade got its password from someone
else (an admin's one-time password that nobody could change): every session ends and each
account is asked for a new password at its next login.

Revision ID: 0015
Revises: 0014
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("user_account") as batch:
        batch.add_column(sa.Column("must_change_password", sa.Boolean(), nullable=False, server_default=sa.false()))
    user_account = sa.table("user_account", sa.column("must_change_password", sa.Boolean()))
    op.execute(user_account.update().values(must_change_password=True))
    op.execute(sa.table("user_session").delete())
    op.create_table(
        "office_invitation",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("office_id", sa.Integer(), sa.ForeignKey("office.id", ondelete="CASCADE"), nullable=False),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column(
            "role",
            sa.Enum("admin", "politician", "staff", "viewer", name="role", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("invited_by_id", sa.Integer(), sa.ForeignKey("user_account.id", ondelete="SET NULL")),
        sa.Column("token_hash", sa.String(64)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("mailed_at", sa.DateTime(timezone=True)),
        sa.Column("accepted_at", sa.DateTime(timezone=True)),
        sa.UniqueConstraint("token_hash", name="uq_office_invitation_token_hash"),
    )
    op.create_index("ix_office_invitation_office_id", "office_invitation", ["office_id"])
    op.create_index("ix_office_invitation_email", "office_invitation", ["email"])
    op.create_table(
        "password_reset",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("user_account.id", ondelete="CASCADE"), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True)),
        sa.UniqueConstraint("token_hash", name="uq_password_reset_token_hash"),
    )
    op.create_index("ix_password_reset_user_id", "password_reset", ["user_id"])


def downgrade() -> None:
    op.drop_table("password_reset")
    op.drop_table("office_invitation")
    with op.batch_alter_table("user_account") as batch:
        batch.drop_column("must_change_password")
