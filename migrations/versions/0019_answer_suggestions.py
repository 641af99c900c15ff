"""answer_pair, answer_feedback, answer_reuse, answer_index_state: "Answered before" (issue 20)

``answer_pair``: one row per reply that was sent or approved, with the voter question
(inbound message) it answered and that question's embedding, the question's and the
reply's language, whether the politician approved the wording and whether a person marked
it outdated; ``seq`` orders changes so each process keeps its in-memory index fresh.
``answer_feedback``: "not relevant" marks per conversation; ``answer_reuse``: uses of a
suggestion (the digest counts them); ``answer_index_state``: the last ``seq`` per office.
Every row that points at a voter's message or conversation goes with it (ON DELETE CASCADE).

Revision ID: 0019
Revises: 0018
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    """Create the four tables."""
    op.create_table(
        "answer_pair",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("office_id", sa.Integer(), sa.ForeignKey("office.id", ondelete="CASCADE"), nullable=False),
        sa.Column("reply_id", sa.Integer(), sa.ForeignKey("outgoing_reply.id", ondelete="CASCADE"), nullable=False),
        sa.Column("question_message_id", sa.Integer(), sa.ForeignKey("message.id", ondelete="CASCADE"), nullable=False),
        sa.Column(
            "conversation_id", sa.Integer(), sa.ForeignKey("conversation.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("embedding", sa.LargeBinary(), nullable=True),
        sa.Column("question_language", sa.String(8), nullable=True),
        sa.Column("reply_language", sa.String(8), nullable=True),
        sa.Column("approved", sa.Boolean(), nullable=False),
        sa.Column("answered_at", WHEN, nullable=False),
        sa.Column("outdated_at", WHEN, nullable=True),
        sa.Column("outdated_by_id", sa.Integer(), sa.ForeignKey("user_account.id", ondelete="SET NULL"), nullable=True),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.UniqueConstraint("reply_id"),
    )
    op.create_index("ix_answer_pair_office_seq", "answer_pair", ["office_id", "seq"])
    op.create_index("ix_answer_pair_question_message_id", "answer_pair", ["question_message_id"])
    op.create_index("ix_answer_pair_conversation_id", "answer_pair", ["conversation_id"])
    op.create_table(
        "answer_feedback",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("office_id", sa.Integer(), sa.ForeignKey("office.id", ondelete="CASCADE"), nullable=False),
        sa.Column("pair_id", sa.Integer(), sa.ForeignKey("answer_pair.id", ondelete="CASCADE"), nullable=True),
        sa.Column("canned_id", sa.Integer(), sa.ForeignKey("canned_reply.id", ondelete="CASCADE"), nullable=True),
        sa.Column(
            "conversation_id", sa.Integer(), sa.ForeignKey("conversation.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("user_account.id", ondelete="SET NULL"), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
    )
    for column in ("office_id", "pair_id", "canned_id", "conversation_id"):
        op.create_index(f"ix_answer_feedback_{column}", "answer_feedback", [column])
    op.create_table(
        "answer_reuse",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("office_id", sa.Integer(), sa.ForeignKey("office.id", ondelete="CASCADE"), nullable=False),
        sa.Column("pair_id", sa.Integer(), sa.ForeignKey("answer_pair.id", ondelete="SET NULL"), nullable=True),
        sa.Column("canned_id", sa.Integer(), sa.ForeignKey("canned_reply.id", ondelete="SET NULL"), nullable=True),
        sa.Column(
            "conversation_id", sa.Integer(), sa.ForeignKey("conversation.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("user_account.id", ondelete="SET NULL"), nullable=True),
        sa.Column("used_at", WHEN, nullable=False),
    )
    op.create_index("ix_answer_reuse_office_used", "answer_reuse", ["office_id", "used_at"])
    for column in ("pair_id", "canned_id", "conversation_id"):
        op.create_index(f"ix_answer_reuse_{column}", "answer_reuse", [column])
    op.create_table(
        "answer_index_state",
        sa.Column("office_id", sa.Integer(), sa.ForeignKey("office.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("removals", sa.BigInteger(), nullable=False),
    )


def downgrade() -> None:
    """Drop the four tables."""
    for table in ("answer_index_state", "answer_reuse", "answer_feedback", "answer_pair"):
        op.drop_table(table)
