"""topic uncertainty and a second topic (issue 16, "honest uncertainty")

Adds ``triage_result.topic_uncertain`` (the top topic scored under the topic head's
calibrated per-code ``uncertain_below`` threshold: shown as "uncertain" in the inbox and
counted apart in the digest) and ``triage_result.topic_second`` (a second topic code, set
only when it is as clear as a top topic and close to the first; see
``inbox.triage.pipeline.topic_second``). Rows triaged before stay NULL: unknown, counted
under their topic as before, until re-triaged.

Revision ID: 0021
Revises: 0020
"""

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the two nullable columns."""
    # plain ADD COLUMN on both engines (see 0011: SQLite batch mode would copy the tables)
    op.add_column("triage_result", sa.Column("topic_uncertain", sa.Boolean(), nullable=True))
    op.add_column("triage_result", sa.Column("topic_second", sa.String(length=64), nullable=True))


def downgrade() -> None:
    """Drop them."""
    op.drop_column("triage_result", "topic_second")
    op.drop_column("triage_result", "topic_uncertain")
