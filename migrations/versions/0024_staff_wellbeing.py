"""staff wellbeing and the "hide comment" suggestion (safety issue 17)

Adds ``user_account.blur_abuse`` (each person's choice to see abusive messages blurred until
clicked; on for everyone, including the accounts stored before) and the
``hide_suggestion_dismissal`` table (one row per abusive Facebook/Instagram comment the office
chose not to hide, so the inbox stops suggesting it).

Revision ID: 0024
Revises: 0023
"""

import sqlalchemy as sa
from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the column (plain ADD COLUMN on both engines, every existing row on) and the table."""
    op.add_column("user_account", sa.Column("blur_abuse", sa.Boolean(), nullable=False, server_default=sa.true()))
    op.create_table(
        "hide_suggestion_dismissal",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("office_id", sa.Integer(), sa.ForeignKey("office.id", ondelete="CASCADE"), nullable=False),
        sa.Column("message_id", sa.Integer(), sa.ForeignKey("message.id", ondelete="CASCADE"), nullable=False),
        sa.Column(
            "dismissed_by_id", sa.Integer(), sa.ForeignKey("user_account.id", ondelete="SET NULL"), nullable=True
        ),
        sa.Column("dismissed_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("message_id"),
    )
    op.create_index("ix_hide_suggestion_dismissal_office_id", "hide_suggestion_dismissal", ["office_id"])


def downgrade() -> None:
    """Drop the table and the column."""
    op.drop_index("ix_hide_suggestion_dismissal_office_id", table_name="hide_suggestion_dismissal")
    op.drop_table("hide_suggestion_dismissal")
    op.drop_column("user_account", "blur_abuse")
