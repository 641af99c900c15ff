"""threat tag (safety issue 17): tags, conversation flag and escalations

Adds ``triage_result.threat`` / ``threat_score`` (the threat tag, apart from toxicity),
``conversation.has_threat`` (some inbound message of the conversation is a threat; pins it
to the top of the queue) with a partial index like ``has_toxic``'s, and the
``threat_escalation`` table (one row per message escalated: who was told, who cleared it).
Rows stored before have no threat tag (NULL) until re-triaged.

Revision ID: 0017
Revises: 0016
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    """Add the threat columns, the conversation flag with its index, and the escalation table."""
    # plain ADD COLUMN on both engines (see 0011: SQLite batch mode would copy the tables)
    op.add_column("triage_result", sa.Column("threat", sa.Boolean(), nullable=True))
    op.add_column("triage_result", sa.Column("threat_score", sa.Double(), nullable=True))
    op.create_index("ix_triage_result_threat", "triage_result", ["threat"])
    op.add_column("conversation", sa.Column("has_threat", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_index(
        "ix_conversation_threat_activity",
        "conversation",
        ["office_id", "last_activity_at", "id"],
        postgresql_where=sa.text("has_threat"),
        sqlite_where=sa.text("has_threat = 1"),
    )
    op.create_table(
        "threat_escalation",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("office_id", sa.Integer(), sa.ForeignKey("office.id", ondelete="CASCADE"), nullable=False),
        sa.Column("message_id", sa.Integer(), sa.ForeignKey("message.id", ondelete="CASCADE"), nullable=False),
        sa.Column(
            "conversation_id", sa.Integer(), sa.ForeignKey("conversation.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("score", sa.Double(), nullable=True),
        sa.Column("rule", sa.String(length=40), nullable=False),
        sa.Column("notified", JSON, nullable=False),
        sa.Column("details", JSON, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("cleared_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cleared_by_id", sa.Integer(), nullable=True),
        sa.UniqueConstraint("message_id"),
    )
    op.create_index("ix_threat_escalation_office_id", "threat_escalation", ["office_id"])
    op.create_index("ix_threat_escalation_conversation_id", "threat_escalation", ["conversation_id"])


def downgrade() -> None:
    """Drop the escalation table, the conversation flag and the threat columns."""
    op.drop_index("ix_threat_escalation_conversation_id", table_name="threat_escalation")
    op.drop_index("ix_threat_escalation_office_id", table_name="threat_escalation")
    op.drop_table("threat_escalation")
    op.drop_index("ix_conversation_threat_activity", table_name="conversation")
    op.drop_column("conversation", "has_threat")
    op.drop_index("ix_triage_result_threat", table_name="triage_result")
    op.drop_column("triage_result", "threat_score")
    op.drop_column("triage_result", "threat")
