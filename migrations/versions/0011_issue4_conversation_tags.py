"""conversations know whether a message of theirs is toxic (fast toxic filter of the queue)

Adds ``conversation.has_toxic`` (some inbound message of the conversation is tagged toxic),
a partial index on (office_id, last_activity_at, id) of the conversations that have one,
and fills the flag for the conversations already stored.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

conversation = sa.table("conversation", sa.column("id", sa.Integer), sa.column("has_toxic", sa.Boolean))
message = sa.table(
    "message", sa.column("id", sa.Integer), sa.column("conversation_id", sa.Integer), sa.column("direction", sa.String)
)
triage_result = sa.table("triage_result", sa.column("message_id", sa.Integer), sa.column("toxic", sa.Boolean))


def upgrade() -> None:
    # A plain ADD COLUMN on both engines, not batch mode: SQLite's batch mode would copy and
    # drop the conversation table here (the default is an expression), and dropping it with
    # foreign keys on deletes every message through ON DELETE CASCADE.
    op.add_column("conversation", sa.Column("has_toxic", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_index(
        "ix_conversation_toxic_activity",
        "conversation",
        ["office_id", "last_activity_at", "id"],
        postgresql_where=sa.text("has_toxic"),
        sqlite_where=sa.text("has_toxic = 1"),
    )
    toxic_conversations = (
        sa.select(message.c.conversation_id)
        .join(triage_result, triage_result.c.message_id == message.c.id)
        .where(message.c.direction == "in", triage_result.c.toxic.is_(True))
    )
    op.execute(conversation.update().where(conversation.c.id.in_(toxic_conversations)).values(has_toxic=True))


def downgrade() -> None:
    op.drop_index("ix_conversation_toxic_activity", table_name="conversation")
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35+), for the same reason as above
    op.drop_column("conversation", "has_toxic")
