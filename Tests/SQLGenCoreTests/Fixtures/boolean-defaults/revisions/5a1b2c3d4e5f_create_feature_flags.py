"""create feature flags

Revision ID: 5a1b2c3d4e5f
Revises:
Create Date: 2025-06-04 10:15:22.501734

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5a1b2c3d4e5f'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'feature_flags',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=64), nullable=False),
        sa.Column('enabled', sa.Boolean(), server_default='false', nullable=False),
        sa.Column('visible', sa.Boolean(), server_default='TRUE', nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )
    op.add_column('feature_flags', sa.Column('archived', sa.Boolean(), server_default='0', nullable=False))
    op.add_column('feature_flags', sa.Column('beta', sa.Boolean(), server_default='on'))


def downgrade():
    op.drop_column('feature_flags', 'beta')
    op.drop_column('feature_flags', 'archived')
    op.drop_table('feature_flags')
