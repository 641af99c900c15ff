"""e-mail channel: attachments and mail threading

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "email_attachment",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("office_id", sa.Integer(), sa.ForeignKey("office.id", ondelete="CASCADE"), nullable=False),
        sa.Column(
            "channel_account_id",
            sa.Integer(),
            sa.ForeignKey("channel_account.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("message_external_id", sa.String(512), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("content_type", sa.String(127), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content_id", sa.String(255), nullable=False),
        sa.Column("inline", sa.Boolean(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint(
            "channel_account_id", "message_external_id", "position", name="uq_email_attachment_position"
        ),
    )
    op.create_index("ix_email_attachment_office_id", "email_attachment", ["office_id"])
    op.create_index("ix_email_attachment_message", "email_attachment", ["channel_account_id", "message_external_id"])


def downgrade() -> None:
    op.drop_index("ix_email_attachment_message", table_name="email_attachment")
    op.drop_index("ix_email_attachment_office_id", table_name="email_attachment")
    op.drop_table("email_attachment")
