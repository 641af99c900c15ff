"""live inbox: canned replies, read state, mentions in notes, reply review, login attempts

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

JSONType = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "canned_reply",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("office_id", sa.Integer(), sa.ForeignKey("office.id", ondelete="CASCADE"), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_canned_reply_office_id", "canned_reply", ["office_id"])
    op.create_table(
        "conversation_read",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("user_account.id", ondelete="CASCADE"), nullable=False),
        sa.Column(
            "conversation_id", sa.Integer(), sa.ForeignKey("conversation.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("user_id", "conversation_id", name="uq_conversation_read_user_id_conversation_id"),
    )
    op.create_index("ix_conversation_read_user_id", "conversation_read", ["user_id"])
    op.create_index("ix_conversation_read_conversation_id", "conversation_read", ["conversation_id"])
    op.create_table(
        "login_attempt",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(400), nullable=False),
        sa.Column("attempted_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_login_attempt_key_time", "login_attempt", ["key", "attempted_at"])
    with op.batch_alter_table("note") as batch:
        batch.add_column(sa.Column("mentions", JSONType, nullable=False, server_default="[]"))
    with op.batch_alter_table("outgoing_reply") as batch:
        batch.add_column(sa.Column("review_comment", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("campaign_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_outgoing_reply_campaign_id_campaign", "campaign", ["campaign_id"], ["id"], ondelete="SET NULL"
        )
        batch.create_index("ix_outgoing_reply_campaign_id", ["campaign_id"])


def downgrade() -> None:
    with op.batch_alter_table("outgoing_reply") as batch:
        batch.drop_index("ix_outgoing_reply_campaign_id")
        batch.drop_constraint("fk_outgoing_reply_campaign_id_campaign", type_="foreignkey")
        batch.drop_column("campaign_id")
        batch.drop_column("review_comment")
    with op.batch_alter_table("note") as batch:
        batch.drop_column("mentions")
    op.drop_table("login_attempt")
    op.drop_table("conversation_read")
    op.drop_table("canned_reply")
