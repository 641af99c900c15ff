"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-26 12:04:00.622369

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():

    op.create_table('office',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('require_approval', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_office'))
    )
    op.create_table('user_account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('password_hash', sa.String(length=256), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_account')),
    sa.UniqueConstraint('email', name=op.f('uq_user_account_email'))
    )
    op.create_table('audit_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=True),
    sa.Column('actor_user_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=80), nullable=False),
    sa.Column('target_type', sa.String(length=40), nullable=False),
    sa.Column('target_id', sa.String(length=64), nullable=False),
    sa.Column('detail', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['actor_user_id'], ['user_account.id'], name=op.f('fk_audit_event_actor_user_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_audit_event_office_id_office'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_event'))
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index('ix_audit_event_office_created', ['office_id', 'created_at'], unique=False)

    op.create_table('channel_account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('x', 'facebook', 'instagram', 'email', 'webform', 'mastodon', 'bluesky', name='channelkind', native_enum=False, length=24), nullable=False),
    sa.Column('handle', sa.String(length=320), nullable=False),
    sa.Column('external_id', sa.String(length=128), nullable=True),
    sa.Column('credentials', sa.LargeBinary(), nullable=False),
    sa.Column('settings', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('cursor', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('health', sa.Enum('ok', 'rate_limited', 'unauthorized', 'forbidden', 'provider_error', 'misconfigured', name='accounthealth', native_enum=False, length=24), nullable=False),
    sa.Column('health_detail', sa.Text(), nullable=False),
    sa.Column('consecutive_failures', sa.Integer(), nullable=False),
    sa.Column('next_poll_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_polled_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_channel_account_office_id_office'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_channel_account')),
    sa.UniqueConstraint('office_id', 'kind', 'handle', name=op.f('uq_channel_account_office_id_kind_handle'))
    )
    with op.batch_alter_table('channel_account', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_channel_account_office_id'), ['office_id'], unique=False)

    op.create_table('contact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_contact_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_contact_office_id_office'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact'))
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_office_id'), ['office_id'], unique=False)

    op.create_table('membership',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('admin', 'politician', 'staff', name='role', native_enum=False, length=24), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_membership_office_id_office'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_membership_user_id_user_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_membership')),
    sa.UniqueConstraint('office_id', 'user_id', name=op.f('uq_membership_office_id_user_id'))
    )
    with op.batch_alter_table('membership', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_membership_office_id'), ['office_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_membership_user_id'), ['user_id'], unique=False)

    op.create_table('contact_identity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('channel_kind', sa.Enum('x', 'facebook', 'instagram', 'email', 'webform', 'mastodon', 'bluesky', name='channelkind', native_enum=False, length=24), nullable=False),
    sa.Column('external_id', sa.String(length=320), nullable=False),
    sa.Column('handle', sa.String(length=320), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_contact_identity_contact_id_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_contact_identity_office_id_office'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_identity')),
    sa.UniqueConstraint('office_id', 'channel_kind', 'external_id', name=op.f('uq_contact_identity_office_id_channel_kind_external_id'))
    )
    with op.batch_alter_table('contact_identity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_identity_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_identity_office_id'), ['office_id'], unique=False)

    op.create_table('conversation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('channel_account_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('thread_key', sa.String(length=512), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('status', sa.Enum('open', 'pending', 'snoozed', 'closed', name='conversationstatus', native_enum=False, length=24), nullable=False),
    sa.Column('snoozed_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('assignee_id', sa.Integer(), nullable=True),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.Column('last_activity_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['assignee_id'], ['user_account.id'], name=op.f('fk_conversation_assignee_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['channel_account_id'], ['channel_account.id'], name=op.f('fk_conversation_channel_account_id_channel_account'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_conversation_contact_id_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_conversation_office_id_office'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conversation')),
    sa.UniqueConstraint('channel_account_id', 'thread_key', name=op.f('uq_conversation_channel_account_id_thread_key'))
    )
    with op.batch_alter_table('conversation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conversation_assignee_id'), ['assignee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_conversation_channel_account_id'), ['channel_account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_conversation_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index('ix_conversation_office_activity', ['office_id', 'last_activity_at'], unique=False)

    op.create_table('message',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('conversation_id', sa.Integer(), nullable=False),
    sa.Column('channel_account_id', sa.Integer(), nullable=False),
    sa.Column('direction', sa.Enum('in', 'out', name='direction', native_enum=False, length=4), nullable=False),
    sa.Column('external_id', sa.String(length=512), nullable=False),
    sa.Column('in_reply_to_external_id', sa.String(length=512), nullable=True),
    sa.Column('author_identity_id', sa.Integer(), nullable=True),
    sa.Column('author_user_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('html', sa.Text(), nullable=True),
    sa.Column('raw', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('triage_state', sa.Enum('pending', 'done', 'failed', 'skipped', name='triagestate', native_enum=False, length=24), nullable=False),
    sa.ForeignKeyConstraint(['author_identity_id'], ['contact_identity.id'], name=op.f('fk_message_author_identity_id_contact_identity'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['author_user_id'], ['user_account.id'], name=op.f('fk_message_author_user_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['channel_account_id'], ['channel_account.id'], name=op.f('fk_message_channel_account_id_channel_account'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversation.id'], name=op.f('fk_message_conversation_id_conversation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_message_office_id_office'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_message')),
    sa.UniqueConstraint('channel_account_id', 'external_id', name=op.f('uq_message_channel_account_id_external_id'))
    )
    with op.batch_alter_table('message', schema=None) as batch_op:
        batch_op.create_index('ix_message_conversation_sent', ['conversation_id', 'sent_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_message_office_id'), ['office_id'], unique=False)
        batch_op.create_index('ix_message_triage_state', ['triage_state', 'received_at'], unique=False)

    op.create_table('note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('conversation_id', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['user_account.id'], name=op.f('fk_note_author_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversation.id'], name=op.f('fk_note_conversation_id_conversation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_note'))
    )
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_note_conversation_id'), ['conversation_id'], unique=False)

    op.create_table('outgoing_reply',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('conversation_id', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('approved_by_id', sa.Integer(), nullable=True),
    sa.Column('in_reply_to_message_id', sa.Integer(), nullable=True),
    sa.Column('sent_message_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('state', sa.Enum('draft', 'awaiting_approval', 'queued', 'sending', 'sent', 'failed', name='replystate', native_enum=False, length=24), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.Column('external_id', sa.String(length=512), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('next_attempt_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('error_kind', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['approved_by_id'], ['user_account.id'], name=op.f('fk_outgoing_reply_approved_by_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['author_id'], ['user_account.id'], name=op.f('fk_outgoing_reply_author_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversation.id'], name=op.f('fk_outgoing_reply_conversation_id_conversation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['in_reply_to_message_id'], ['message.id'], name=op.f('fk_outgoing_reply_in_reply_to_message_id_message'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_outgoing_reply_office_id_office'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['sent_message_id'], ['message.id'], name=op.f('fk_outgoing_reply_sent_message_id_message'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outgoing_reply'))
    )
    with op.batch_alter_table('outgoing_reply', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outgoing_reply_conversation_id'), ['conversation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outgoing_reply_office_id'), ['office_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outgoing_reply_state'), ['state'], unique=False)

    op.create_table('triage_result',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=True),
    sa.Column('language_confidence', sa.Double(), nullable=True),
    sa.Column('tags', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('model_version', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['message_id'], ['message.id'], name=op.f('fk_triage_result_message_id_message'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_triage_result')),
    sa.UniqueConstraint('message_id', name=op.f('uq_triage_result_message_id'))
    )
    with op.batch_alter_table('triage_result', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_triage_result_language'), ['language'], unique=False)




def downgrade():

    with op.batch_alter_table('triage_result', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_triage_result_language'))

    op.drop_table('triage_result')
    with op.batch_alter_table('outgoing_reply', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outgoing_reply_state'))
        batch_op.drop_index(batch_op.f('ix_outgoing_reply_office_id'))
        batch_op.drop_index(batch_op.f('ix_outgoing_reply_conversation_id'))

    op.drop_table('outgoing_reply')
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_note_conversation_id'))

    op.drop_table('note')
    with op.batch_alter_table('message', schema=None) as batch_op:
        batch_op.drop_index('ix_message_triage_state')
        batch_op.drop_index(batch_op.f('ix_message_office_id'))
        batch_op.drop_index('ix_message_conversation_sent')

    op.drop_table('message')
    with op.batch_alter_table('conversation', schema=None) as batch_op:
        batch_op.drop_index('ix_conversation_office_activity')
        batch_op.drop_index(batch_op.f('ix_conversation_contact_id'))
        batch_op.drop_index(batch_op.f('ix_conversation_channel_account_id'))
        batch_op.drop_index(batch_op.f('ix_conversation_assignee_id'))

    op.drop_table('conversation')
    with op.batch_alter_table('contact_identity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_identity_office_id'))
        batch_op.drop_index(batch_op.f('ix_contact_identity_contact_id'))

    op.drop_table('contact_identity')
    with op.batch_alter_table('membership', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_membership_user_id'))
        batch_op.drop_index(batch_op.f('ix_membership_office_id'))

    op.drop_table('membership')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_office_id'))

    op.drop_table('contact')
    with op.batch_alter_table('channel_account', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_channel_account_office_id'))

    op.drop_table('channel_account')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_event_office_created')

    op.drop_table('audit_event')
    op.drop_table('user_account')
    op.drop_table('office')

