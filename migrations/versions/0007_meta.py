"""Facebook and Instagram: moderation and webhooks

Adds ``message.hidden_at`` (a comment staff hid on Facebook/Instagram) and
``message.removed_at`` (the voter deleted the comment on the channel).

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("message") as batch:
        batch.add_column(sa.Column("hidden_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("removed_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("message") as batch:
        batch.drop_column("removed_at")
        batch.drop_column("hidden_at")
