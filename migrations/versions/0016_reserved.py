"""channel ownership: one connected account per provider id across offices (security issue 23)

Revision ID: 0016
Revises: 0015
"""

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Reserved: filled in by the change named above."""


def downgrade() -> None:
    """Reserved: filled in by the change named above."""
