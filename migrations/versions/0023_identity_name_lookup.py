"""voters' display names fetched from the provider (issue 21): when to look a name up next

Adds ``contact_identity.name_lookup_after`` (null: due at once when the identity has no
name; a time: a failed or empty lookup is tried again after it) and
``contact_identity.name_lookup_attempts`` (lookups that brought no name; the provider is
not asked again after a few, see ``inbox.services.contacts.profile_names``).

Revision ID: 0023
Revises: 0022
"""

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the two columns (plain ADD COLUMN on both engines)."""
    op.add_column("contact_identity", sa.Column("name_lookup_after", sa.DateTime(timezone=True), nullable=True))
    op.add_column(
        "contact_identity", sa.Column("name_lookup_attempts", sa.Integer(), nullable=False, server_default="0")
    )


def downgrade() -> None:
    """Drop them."""
    op.drop_column("contact_identity", "name_lookup_attempts")
    op.drop_column("contact_identity", "name_lookup_after")
