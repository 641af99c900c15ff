"""open queue index: conversations still in the queue, newest activity first (PostgreSQL)

A partial index on ``conversation (office_id, last_activity_at, id)`` holding only open,
pending and snoozed conversations, the ones every default queue page and search walks.
Before it, the page walked ``ix_conversation_queue`` and skipped the closed conversations
(about 70 % in a long-running office) one heap row at a time. PostgreSQL proves that the
queue's status clause (``open OR snoozed-and-due OR pending``) implies the index's
predicate; SQLite cannot prove that for an OR, so the index is not created there (it
would only cost writes). Like the other queue indexes of 0004 it is declared here only.

Revision ID: 0020
Revises: 0019
"""

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

NAME = "ix_conversation_open_queue"


def upgrade() -> None:
    """Create the partial index on PostgreSQL."""
    if op.get_bind().dialect.name == "postgresql":
        op.create_index(
            NAME,
            "conversation",
            ["office_id", "last_activity_at", "id"],
            postgresql_where=sa.text("status IN ('open', 'pending', 'snoozed')"),
        )


def downgrade() -> None:
    """Drop it."""
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index(NAME, table_name="conversation")
