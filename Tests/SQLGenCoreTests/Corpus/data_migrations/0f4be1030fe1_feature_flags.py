"""feature flags

Revision ID: 0f4be1030fe1
Revises: ca1a54c6c4b3
Create Date: 2022-05-09 17:03:39.227108

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0f4be1030fe1'
down_revision = 'ca1a54c6c4b3'
branch_labels = None
depends_on = None

FLAGS = 'feature_flags'


def upgrade():
    op.create_table(
        FLAGS,
        sa.Column('key', sa.String(64), primary_key=True),
        sa.Column('enabled', sa.Boolean, nullable=False),
        sa.Column('rollout_percent', sa.Integer, nullable=False, server_default='100'),
        sa.Column('note', sa.Text),
    )
    flags = sa.table(
        FLAGS,
        sa.column('key', sa.String),
        sa.column('enabled', sa.Boolean),
        sa.column('rollout_percent', sa.Integer),
        sa.column('note', sa.Text),
    )
    op.bulk_insert(
        flags,
        [
            {'key': 'new_checkout', 'enabled': False, 'rollout_percent': 0, 'note': 'see RFC-12'},
            {'key': 'dark_mode', 'enabled': True, 'rollout_percent': 100, 'note': None},
            {'key': 'beta_search', 'enabled': True, 'rollout_percent': 25,
             'note': '25% of accounts; "sticky" by account id'},
        ],
        multiinsert=False,
    )


def downgrade():
    op.drop_table(FLAGS)
