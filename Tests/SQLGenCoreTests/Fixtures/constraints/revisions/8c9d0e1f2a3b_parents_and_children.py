"""parents and children

Revision ID: 8c9d0e1f2a3b
Revises:
Create Date: 2026-10-22 08:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '8c9d0e1f2a3b'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'parents',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(10), nullable=False),
        sa.Column('rank', sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint('id', name='pk_parents'),
        sa.UniqueConstraint('code', name='uq_parents_code'),
        sa.CheckConstraint('rank >= 0', name='ck_parents_rank'),
    )
    op.create_table(
        'children',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('parent_id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(30), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.ForeignKeyConstraint(['parent_id'], ['parents.id'], name='fk_children_parent', ondelete='CASCADE'),
    )


def downgrade():
    op.drop_table('children')
    op.drop_table('parents')
