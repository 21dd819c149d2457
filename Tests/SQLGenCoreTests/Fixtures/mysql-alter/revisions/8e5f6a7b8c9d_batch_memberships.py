"""batch on memberships: on MySQL the block's operations run one by one

Revision ID: 8e5f6a7b8c9d
Revises: 7d4e5f6a7b8c
Create Date: 2026-10-09 11:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '8e5f6a7b8c9d'
down_revision = '7d4e5f6a7b8c'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('memberships', schema=None) as batch_op:
        batch_op.add_column(sa.Column('note', sa.String(50), comment='free text'))
        batch_op.alter_column('role', existing_type=sa.String(20), type_=sa.String(40), existing_nullable=False)
        batch_op.alter_column('since', existing_type=sa.Date(), server_default=sa.text('(CURRENT_DATE)'))
        batch_op.create_index('ix_memberships_note', ['note'], unique=False, mysql_length=10)


def downgrade():
    with op.batch_alter_table('memberships', schema=None) as batch_op:
        batch_op.drop_index('ix_memberships_note')
        batch_op.alter_column('since', existing_type=sa.Date(), server_default=None)
        batch_op.alter_column('role', existing_type=sa.String(40), type_=sa.String(20), existing_nullable=False)
        batch_op.drop_column('note')
