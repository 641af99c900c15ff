"""triage tags, corrections, topics, campaigns

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 12:18:42.199843

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('campaign',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('label', sa.Text(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('centroid', sa.LargeBinary(), nullable=False),
    sa.Column('fingerprints', sa.LargeBinary(), nullable=False),
    sa.Column('first_seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_campaign_office_id_office'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaign'))
    )
    with op.batch_alter_table('campaign', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_campaign_last_seen_at'), ['last_seen_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_campaign_office_id'), ['office_id'], unique=False)

    op.create_table('office_model',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('version', sa.String(length=120), nullable=False),
    sa.Column('weights', sa.LargeBinary(), nullable=False),
    sa.Column('meta', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('trained_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_office_model_office_id_office'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_office_model')),
    sa.UniqueConstraint('office_id', 'kind', name=op.f('uq_office_model_office_id_kind'))
    )
    op.create_table('topic',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('names', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('descriptions', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('examples', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_topic_office_id_office'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_topic')),
    sa.UniqueConstraint('office_id', 'code', name=op.f('uq_topic_office_id_code'))
    )
    with op.batch_alter_table('topic', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_topic_office_id'), ['office_id'], unique=False)

    op.create_table('message_embedding',
    sa.Column('message_id', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('campaign_id', sa.Integer(), nullable=True),
    sa.Column('embedding', sa.LargeBinary(), nullable=False),
    sa.Column('fingerprint', sa.LargeBinary(), nullable=False),
    sa.Column('encoder_version', sa.String(length=120), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_message_embedding_campaign_id_campaign'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['message_id'], ['message.id'], name=op.f('fk_message_embedding_message_id_message'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_message_embedding_office_id_office'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('message_id', name=op.f('pk_message_embedding'))
    )
    with op.batch_alter_table('message_embedding', schema=None) as batch_op:
        batch_op.create_index('ix_message_embedding_pool', ['office_id', 'campaign_id', 'created_at'], unique=False)

    op.create_table('tag_correction',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('tag', sa.String(length=32), nullable=False),
    sa.Column('old_value', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=True),
    sa.Column('new_value', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['message_id'], ['message.id'], name=op.f('fk_tag_correction_message_id_message'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_tag_correction_office_id_office'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_tag_correction_user_id_user_account'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tag_correction'))
    )
    with op.batch_alter_table('tag_correction', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tag_correction_message_id'), ['message_id'], unique=False)
        batch_op.create_index('ix_tag_correction_office_tag', ['office_id', 'tag', 'created_at'], unique=False)

    with op.batch_alter_table('message', schema=None) as batch_op:
        batch_op.add_column(sa.Column('triage_attempts', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('triage_error', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('triage_retry_at', sa.DateTime(timezone=True), nullable=True))

    with op.batch_alter_table('triage_result', schema=None) as batch_op:
        batch_op.add_column(sa.Column('topic', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('topics', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False, server_default='[]'))
        batch_op.add_column(sa.Column('sentiment', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('sentiment_score', sa.Double(), nullable=True))
        batch_op.add_column(sa.Column('toxic', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('toxicity_score', sa.Double(), nullable=True))
        batch_op.add_column(sa.Column('needs_reply', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('needs_reply_score', sa.Double(), nullable=True))
        batch_op.add_column(sa.Column('campaign_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('truncated', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('corrected', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False, server_default='[]'))
        batch_op.add_column(sa.Column('versions', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False, server_default='{}'))
        batch_op.add_column(sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()))
        batch_op.create_index(batch_op.f('ix_triage_result_campaign_id'), ['campaign_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_triage_result_needs_reply'), ['needs_reply'], unique=False)
        batch_op.create_index(batch_op.f('ix_triage_result_sentiment'), ['sentiment'], unique=False)
        batch_op.create_index(batch_op.f('ix_triage_result_topic'), ['topic'], unique=False)
        batch_op.create_index(batch_op.f('ix_triage_result_toxic'), ['toxic'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_triage_result_campaign_id_campaign'), 'campaign', ['campaign_id'], ['id'], ondelete='SET NULL')



def downgrade():
    with op.batch_alter_table('triage_result', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_triage_result_campaign_id_campaign'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_triage_result_toxic'))
        batch_op.drop_index(batch_op.f('ix_triage_result_topic'))
        batch_op.drop_index(batch_op.f('ix_triage_result_sentiment'))
        batch_op.drop_index(batch_op.f('ix_triage_result_needs_reply'))
        batch_op.drop_index(batch_op.f('ix_triage_result_campaign_id'))
        batch_op.drop_column('updated_at')
        batch_op.drop_column('versions')
        batch_op.drop_column('corrected')
        batch_op.drop_column('truncated')
        batch_op.drop_column('campaign_id')
        batch_op.drop_column('needs_reply_score')
        batch_op.drop_column('needs_reply')
        batch_op.drop_column('toxicity_score')
        batch_op.drop_column('toxic')
        batch_op.drop_column('sentiment_score')
        batch_op.drop_column('sentiment')
        batch_op.drop_column('topics')
        batch_op.drop_column('topic')

    with op.batch_alter_table('message', schema=None) as batch_op:
        batch_op.drop_column('triage_retry_at')
        batch_op.drop_column('triage_error')
        batch_op.drop_column('triage_attempts')

    with op.batch_alter_table('tag_correction', schema=None) as batch_op:
        batch_op.drop_index('ix_tag_correction_office_tag')
        batch_op.drop_index(batch_op.f('ix_tag_correction_message_id'))

    op.drop_table('tag_correction')
    with op.batch_alter_table('message_embedding', schema=None) as batch_op:
        batch_op.drop_index('ix_message_embedding_pool')

    op.drop_table('message_embedding')
    with op.batch_alter_table('topic', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_topic_office_id'))

    op.drop_table('topic')
    op.drop_table('office_model')
    with op.batch_alter_table('campaign', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_campaign_office_id'))
        batch_op.drop_index(batch_op.f('ix_campaign_last_seen_at'))

    op.drop_table('campaign')
