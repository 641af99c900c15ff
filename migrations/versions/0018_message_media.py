"""message_media, message.withdrawn_at: media kept on messages, withdrawn (unsent) messages (issue 18)

``message_media`` holds what a voter sent besides text (images, video, audio, files, GIFs),
one row per item, the same for every channel: kind, the provider's URL and/or id, mime
type, alt text. ``message.withdrawn_at`` marks a message the voter withdrew on the channel
(an Instagram or Messenger "unsend"): its text and media are gone from Dialoog, the row
stays as the trace the audit trail needs.

Revision ID: 0018
Revises: 0017
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create ``message_media`` and add ``message.withdrawn_at``."""
    op.create_table(
        "message_media",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("message_id", sa.Integer(), sa.ForeignKey("message.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("provider_id", sa.String(512), nullable=False),
        sa.Column("mime_type", sa.String(127), nullable=False),
        sa.Column("alt_text", sa.Text(), nullable=False),
        sa.Column("preview_url", sa.Text(), nullable=False),
        sa.UniqueConstraint("message_id", "position", name="uq_message_media_position"),
    )
    with op.batch_alter_table("message") as batch:
        batch.add_column(sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    """Drop ``message.withdrawn_at`` and ``message_media``."""
    with op.batch_alter_table("message") as batch:
        batch.drop_column("withdrawn_at")
    op.drop_table("message_media")
