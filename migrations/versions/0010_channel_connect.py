"""channel accounts can be disconnected (keeping their conversations)

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("channel_account") as batch:
        batch.add_column(sa.Column("disconnected_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("channel_account") as batch:
        batch.drop_column("disconnected_at")
