"""media kept on messages, withdrawn (unsent) messages (channels issue 18)

Revision ID: 0018
Revises: 0017
"""

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Reserved: filled in by the change named above."""


def downgrade() -> None:
    """Reserved: filled in by the change named above."""
