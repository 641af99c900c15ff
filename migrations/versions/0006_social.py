"""Mastodon and Bluesky, contact linking, the website contact form

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

JSONType = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def _office_fk() -> sa.Column:
    return sa.Column("office_id", sa.Integer(), sa.ForeignKey("office.id", ondelete="CASCADE"), nullable=False)


def _upgrade_contact_links() -> None:
    """One voter across channels: contact e-mail and postcode, merge suggestions, split identities."""
    with op.batch_alter_table("contact") as batch:
        batch.add_column(sa.Column("email", sa.String(320), nullable=True))
        batch.add_column(sa.Column("postcode", sa.String(16), nullable=True))
        batch.create_index("ix_contact_email", ["email"])
    op.create_table(
        "contact_merge_suggestion",
        sa.Column("id", sa.Integer(), primary_key=True),
        _office_fk(),
        sa.Column("contact_a_id", sa.Integer(), sa.ForeignKey("contact.id", ondelete="CASCADE"), nullable=False),
        sa.Column("contact_b_id", sa.Integer(), sa.ForeignKey("contact.id", ondelete="CASCADE"), nullable=False),
        sa.Column("reason", sa.String(40), nullable=False),
        sa.Column("detail", JSONType, nullable=False),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint(
            "office_id",
            "contact_a_id",
            "contact_b_id",
            "reason",
            name="uq_contact_merge_suggestion_pair_reason",
        ),
    )
    op.create_index("ix_contact_merge_suggestion_office_id", "contact_merge_suggestion", ["office_id"])
    op.create_index("ix_contact_merge_suggestion_contact_a_id", "contact_merge_suggestion", ["contact_a_id"])
    op.create_index("ix_contact_merge_suggestion_contact_b_id", "contact_merge_suggestion", ["contact_b_id"])
    op.create_table(
        "contact_identity_split",
        sa.Column("id", sa.Integer(), primary_key=True),
        _office_fk(),
        sa.Column(
            "identity_id", sa.Integer(), sa.ForeignKey("contact_identity.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("identity_id", name="uq_contact_identity_split_identity_id"),
    )
    op.create_index("ix_contact_identity_split_office_id", "contact_identity_split", ["office_id"])
    op.create_table(
        "contact_handle_mention",
        sa.Column("id", sa.Integer(), primary_key=True),
        _office_fk(),
        sa.Column("contact_id", sa.Integer(), sa.ForeignKey("contact.id", ondelete="CASCADE"), nullable=False),
        sa.Column("handle", sa.String(320), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint(
            "office_id", "contact_id", "handle", name="uq_contact_handle_mention_office_id_contact_id_handle"
        ),
    )
    op.create_index("ix_contact_handle_mention_office_id", "contact_handle_mention", ["office_id"])
    op.create_index("ix_contact_handle_mention_contact_id", "contact_handle_mention", ["contact_id"])
    op.create_index("ix_contact_handle_mention_handle", "contact_handle_mention", ["handle"])


def _upgrade_contact_form() -> None:
    """The website contact form: per-office settings and recent posts for throttling."""
    op.create_table(
        "contact_form_settings",
        sa.Column("id", sa.Integer(), primary_key=True),
        _office_fk(),
        sa.Column("form_key", sa.String(64), nullable=False),
        sa.Column("consent_texts", JSONType, nullable=False),
        sa.Column("consent_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("office_id", name="uq_contact_form_settings_office_id"),
        sa.UniqueConstraint("form_key", name="uq_contact_form_settings_form_key"),
    )
    op.create_table(
        "contact_form_post",
        sa.Column("id", sa.Integer(), primary_key=True),
        _office_fk(),
        sa.Column("client_ip", sa.String(64), nullable=False),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_contact_form_post_office_id", "contact_form_post", ["office_id"])
    op.create_index("ix_contact_form_post_created_at", "contact_form_post", ["created_at"])
    op.create_index("ix_contact_form_post_ip_time", "contact_form_post", ["client_ip", "created_at"])
    op.create_index("ix_contact_form_post_email_time", "contact_form_post", ["email", "created_at"])


def upgrade() -> None:
    _upgrade_contact_links()
    _upgrade_contact_form()


def downgrade() -> None:
    op.drop_table("contact_form_post")
    op.drop_table("contact_form_settings")
    op.drop_table("contact_handle_mention")
    op.drop_table("contact_identity_split")
    op.drop_table("contact_merge_suggestion")
    with op.batch_alter_table("contact") as batch:
        batch.drop_index("ix_contact_email")
        batch.drop_column("postcode")
        batch.drop_column("email")
