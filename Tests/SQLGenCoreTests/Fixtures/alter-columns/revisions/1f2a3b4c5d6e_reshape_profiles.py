"""reshape profiles

Revision ID: 1f2a3b4c5d6e
Revises: 0e1f2a3b4c5d
Create Date: 2026-10-25 08:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '1f2a3b4c5d6e'
down_revision = '0e1f2a3b4c5d'
branch_labels = None
depends_on = None


def upgrade():
    op.alter_column('profiles', 'nickname', existing_type=sa.String(20), type_=sa.String(50), existing_nullable=True)
    op.alter_column('profiles', 'score', existing_type=sa.Integer(), nullable=False, existing_nullable=True)
    op.alter_column('profiles', 'bio', existing_type=sa.String(100), new_column_name='about', existing_nullable=True)


def downgrade():
    op.alter_column('profiles', 'about', existing_type=sa.String(100), new_column_name='bio', existing_nullable=True)
    op.alter_column('profiles', 'score', existing_type=sa.Integer(), nullable=True, existing_nullable=False)
    op.alter_column('profiles', 'nickname', existing_type=sa.String(50), type_=sa.String(20), existing_nullable=True)
