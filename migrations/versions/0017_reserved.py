"""threat tag (safety issue 17)

Revision ID: 0017
Revises: 0016
"""

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Reserved: filled in by the change named above."""


def downgrade() -> None:
    """Reserved: filled in by the change named above."""
