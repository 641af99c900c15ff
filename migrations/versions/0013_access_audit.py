"""the audit trail is append-only: triggers refuse UPDATE/DELETE/TRUNCATE; no foreign keys to office/user

The viewer role needs no schema change: ``membership.role`` is a VARCHAR(24) without a
CHECK constraint (a non-native enum), and "viewer" fits.

Revision ID: 0013
Revises: 0012
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

REFUSAL = "audit_event is append-only: the audit trail cannot be changed or deleted"

POSTGRES_UP = [
    f"""
    CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION '{REFUSAL} (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
    END
    $$
    """,
    "CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON audit_event "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()",
    "CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()",
]
POSTGRES_DOWN = [
    "DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event",
    "DROP TRIGGER IF EXISTS audit_event_no_update_delete ON audit_event",
    "DROP FUNCTION IF EXISTS audit_event_append_only()",
]
SQLITE_UP = [
    "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
    f"BEGIN SELECT RAISE(ABORT, '{REFUSAL} (UPDATE refused)'); END",
    "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
    f"BEGIN SELECT RAISE(ABORT, '{REFUSAL} (DELETE refused)'); END",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS audit_event_no_delete",
    "DROP TRIGGER IF EXISTS audit_event_no_update",
]


def upgrade() -> None:
    # Plain indexed integers instead of foreign keys: erasing an office or a user must never
    # need to update (SET NULL) or delete its audit rows.
    with op.batch_alter_table("audit_event") as batch:
        batch.drop_constraint("fk_audit_event_office_id_office", type_="foreignkey")
        batch.drop_constraint("fk_audit_event_actor_user_id_user_account", type_="foreignkey")
        batch.create_index("ix_audit_event_actor_user_id", ["actor_user_id"])
        batch.create_index("ix_audit_event_office_id_id", ["office_id", "id"])
        batch.create_index("ix_audit_event_target", ["target_type", "target_id"])
    # Triggers last: SQLite's batch mode rebuilds the table, which would drop them.
    for statement in POSTGRES_UP if op.get_bind().dialect.name == "postgresql" else SQLITE_UP:
        op.execute(statement)


def downgrade() -> None:
    for statement in POSTGRES_DOWN if op.get_bind().dialect.name == "postgresql" else SQLITE_DOWN:
        op.execute(statement)
    # Rows of erased offices or users would break the foreign keys: forget those ids first.
    op.execute("UPDATE audit_event SET office_id = NULL WHERE office_id NOT IN (SELECT id FROM office)")
    op.execute("UPDATE audit_event SET actor_user_id = NULL WHERE actor_user_id NOT IN (SELECT id FROM user_account)")
    with op.batch_alter_table("audit_event") as batch:
        batch.drop_index("ix_audit_event_target")
        batch.drop_index("ix_audit_event_office_id_id")
        batch.drop_index("ix_audit_event_actor_user_id")
        batch.create_foreign_key(
            "fk_audit_event_office_id_office", "office", ["office_id"], ["id"], ondelete="SET NULL"
        )
        batch.create_foreign_key(
            "fk_audit_event_actor_user_id_user_account", "user_account", ["actor_user_id"], ["id"], ondelete="SET NULL"
        )
