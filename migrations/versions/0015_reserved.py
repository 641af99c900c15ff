"""accounts: invitations, forced password change, password reset (security issue 23)

Revision ID: 0015
Revises: 0014
"""

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Reserved: filled in by the change named above."""


def downgrade() -> None:
    """Reserved: filled in by the change named above."""
