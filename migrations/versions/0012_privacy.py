"""privacy: erasure ledger, anonymous counts of erased messages, retention runs, office retention period

Revision ID: 0012
Revises: 0011

Existing offices get a retention period of 24 months. The first daily retention run after
this upgrade deletes voters whose last message is older than that: look at the dry run
first (``python -m inbox privacy retention --office NAME``) and change the period on
``/privacy`` if the office needs another one.
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

JSONType = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    with op.batch_alter_table("office") as batch:
        batch.add_column(sa.Column("retention_months", sa.Integer(), nullable=False, server_default="24"))
    op.create_table(
        "privacy_erasure",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("identity_hashes", JSONType, nullable=False),
        sa.Column("erased_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reapplied_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_privacy_erasure_office_id", "privacy_erasure", ["office_id"])
    op.create_table(
        "erased_count",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("office_id", sa.Integer(), sa.ForeignKey("office.id", ondelete="CASCADE"), nullable=False),
        sa.Column("week_start", sa.DateTime(timezone=True), nullable=False),
        sa.Column("dimension", sa.String(16), nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("voters", sa.Integer(), nullable=False),
        sa.Column("messages", sa.Integer(), nullable=False),
        sa.Column("positive", sa.Integer(), nullable=False),
        sa.Column("neutral", sa.Integer(), nullable=False),
        sa.Column("negative", sa.Integer(), nullable=False),
        sa.UniqueConstraint(
            "office_id", "week_start", "dimension", "key", name="uq_erased_count_office_id_week_start_dimension_key"
        ),
    )
    op.create_index("ix_erased_count_office_id", "erased_count", ["office_id"])
    op.create_table(
        "retention_run",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("office_id", sa.Integer(), sa.ForeignKey("office.id", ondelete="CASCADE"), nullable=False),
        sa.Column("scheduled_on", sa.Date(), nullable=True),
        sa.Column("cutoff", sa.DateTime(timezone=True), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("counts", JSONType, nullable=False),
        sa.UniqueConstraint("office_id", "scheduled_on", name="uq_retention_run_office_id_scheduled_on"),
    )
    op.create_index("ix_retention_run_office_id", "retention_run", ["office_id"])


def downgrade() -> None:
    op.drop_index("ix_retention_run_office_id", table_name="retention_run")
    op.drop_table("retention_run")
    op.drop_index("ix_erased_count_office_id", table_name="erased_count")
    op.drop_table("erased_count")
    op.drop_index("ix_privacy_erasure_office_id", table_name="privacy_erasure")
    op.drop_table("privacy_erasure")
    if op.get_bind().dialect.name == "sqlite":
        # not batch mode: rebuilding the office table would cascade-delete every office's data
        # (SQLite 3.35+ drops a column in place)
        op.execute("ALTER TABLE office DROP COLUMN retention_months")
    else:
        op.drop_column("office", "retention_months")
