"""X request budget and usage per day

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create ``channel_usage``: requests and items per account, office-local day and kind."""
    op.create_table(
        "channel_usage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel_account_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("requests", sa.Integer(), nullable=False),
        sa.Column("items", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["channel_account_id"],
            ["channel_account.id"],
            name=op.f("fk_channel_usage_channel_account_id_channel_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_channel_usage")),
        sa.UniqueConstraint(
            "channel_account_id", "day", "kind", name=op.f("uq_channel_usage_channel_account_id_day_kind")
        ),
    )


def downgrade() -> None:
    """Drop ``channel_usage``."""
    op.drop_table("channel_usage")
