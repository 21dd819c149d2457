"""tighten members

Revision ID: 5e6f708192a3
Revises: 4d5e6f708192
Create Date: 2026-10-13 11:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '5e6f708192a3'
down_revision = '4d5e6f708192'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.alter_column('email', existing_type=sa.String(length=100), type_=sa.String(length=200), nullable=False)
        batch_op.add_column(sa.Column('score', sa.Integer(), server_default='0', nullable=False))
        batch_op.drop_column('nickname')
        batch_op.create_unique_constraint('uq_members_email', ['email'])
    op.create_check_constraint('ck_members_age', 'members', 'age IS NULL OR age >= 0')
    op.alter_column('members', 'age', new_column_name='years')


def downgrade():
    op.alter_column('members', 'years', new_column_name='age')
    op.drop_constraint('ck_members_age', 'members', type_='check')
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_constraint('uq_members_email', type_='unique')
        batch_op.add_column(sa.Column('nickname', sa.String(length=30), nullable=True))
        batch_op.drop_column('score')
        batch_op.alter_column('email', existing_type=sa.String(length=200), type_=sa.String(length=100), nullable=True)
