"""full-text search of messages and voter names

Revision ID: 0004
Revises: 0003

PostgreSQL: ``message_search`` and ``contact_search`` tables holding tsvectors with GIN
indexes. SQLite: the FTS5 tables ``message_fts`` and ``contact_fts``. Both: the composite
indexes the queue (``inbox.services.conversations.queue``) reads by. Existing rows are indexed with
``python -m inbox search reindex``.
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

QUEUE_INDEXES = [
    ("ix_conversation_queue", "conversation", ["office_id", "last_activity_at", "id"]),
    ("ix_conversation_assignee_queue", "conversation", ["office_id", "assignee_id", "last_activity_at", "id"]),
    ("ix_message_conversation_direction", "message", ["conversation_id", "direction", "id"]),
    ("ix_triage_result_topic_message", "triage_result", ["topic", "message_id"]),
    ("ix_triage_result_campaign_message", "triage_result", ["campaign_id", "message_id"]),
]


def upgrade() -> None:
    for name, table, columns in QUEUE_INDEXES:
        op.create_index(name, table, columns)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE TABLE message_search ("
            " message_id INTEGER PRIMARY KEY REFERENCES message (id) ON DELETE CASCADE,"
            " office_id INTEGER NOT NULL REFERENCES office (id) ON DELETE CASCADE,"
            " conversation_id INTEGER NOT NULL,"
            " document tsvector NOT NULL)"
        )
        op.execute("CREATE INDEX ix_message_search_document ON message_search USING gin (document)")
        op.execute("CREATE INDEX ix_message_search_conversation ON message_search (conversation_id)")
        op.execute(
            "CREATE TABLE contact_search ("
            " contact_id INTEGER PRIMARY KEY REFERENCES contact (id) ON DELETE CASCADE,"
            " office_id INTEGER NOT NULL REFERENCES office (id) ON DELETE CASCADE,"
            " document tsvector NOT NULL)"
        )
        op.execute("CREATE INDEX ix_contact_search_document ON contact_search USING gin (document)")
    else:
        op.execute(
            "CREATE VIRTUAL TABLE message_fts USING fts5("
            "document, office_id UNINDEXED, conversation_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')"
        )
        op.execute(
            "CREATE VIRTUAL TABLE contact_fts USING fts5("
            "document, office_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE IF EXISTS contact_search")
        op.execute("DROP TABLE IF EXISTS message_search")
    else:
        op.execute("DROP TABLE IF EXISTS contact_fts")
        op.execute("DROP TABLE IF EXISTS message_fts")
    for name, table, _columns in reversed(QUEUE_INDEXES):
        op.drop_index(name, table_name=table)
