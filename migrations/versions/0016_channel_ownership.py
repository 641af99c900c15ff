"""channel ownership: one connected account per provider id across offices (security issue 23)

X user ids, Facebook page ids and Instagram account ids route webhook deliveries, so a
connected account of those kinds is unique by (kind, external_id): a partial unique index
over the connected ones (SQLite and PostgreSQL both support partial indexes). Where two
connected accounts already share an id (connected before ownership was verified), the
older one keeps it and the later ones are disconnected, with a note asking to reconnect
(connecting now asks the provider whose credentials they are).

Revision ID: 0016
Revises: 0015
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

INDEX = "uq_channel_account_connected_external_id"
CONDITION = "disconnected_at IS NULL AND external_id IS NOT NULL AND kind IN ('x', 'facebook', 'instagram')"
DUPLICATE_NOTE = (
    "Disconnected by the upgrade: another office had connected the same account first. "
    "Connect it again: Dialoog now checks with the provider whose account it is."
)


def upgrade() -> None:
    """Disconnect later duplicates, then add the partial unique index."""
    op.execute(
        sa.text(
            "UPDATE channel_account SET disconnected_at = CURRENT_TIMESTAMP, health = 'misconfigured', "
            "health_detail = :note "
            f"WHERE {CONDITION} AND EXISTS (SELECT 1 FROM channel_account AS earlier "
            "WHERE earlier.kind = channel_account.kind AND earlier.external_id = channel_account.external_id "
            "AND earlier.disconnected_at IS NULL AND earlier.id < channel_account.id)"
        ).bindparams(note=DUPLICATE_NOTE)
    )
    op.create_index(
        INDEX,
        "channel_account",
        ["kind", "external_id"],
        unique=True,
        postgresql_where=sa.text(CONDITION),
        sqlite_where=sa.text(CONDITION),
    )


def downgrade() -> None:
    """Drop the index (accounts disconnected by the upgrade stay disconnected)."""
    op.drop_index(INDEX, table_name="channel_account")
