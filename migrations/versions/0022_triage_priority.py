"""triage priority (issue 22): which waiting message the triage worker takes first

Adds ``message.triage_priority`` (2: the lexical threat pre-check matched, 1: a new
message; set when it is stored, see ``inbox.services.intake.triage_order``) and a partial
index over the messages still waiting for triage, in the order the worker claims them
(highest priority, then newest). Rows stored before get 1.

Revision ID: 0022
Revises: 0021
"""

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

NAME = "ix_message_triage_waiting"


def upgrade() -> None:
    """Add the column (plain ADD COLUMN on both engines) and the partial index."""
    op.add_column("message", sa.Column("triage_priority", sa.Integer(), nullable=False, server_default="1"))
    op.create_index(
        NAME,
        "message",
        ["triage_priority", "id"],
        postgresql_where=sa.text("triage_state = 'pending'"),
        sqlite_where=sa.text("triage_state = 'pending'"),
    )


def downgrade() -> None:
    """Drop them."""
    op.drop_index(NAME, table_name="message")
    op.drop_column("message", "triage_priority")
