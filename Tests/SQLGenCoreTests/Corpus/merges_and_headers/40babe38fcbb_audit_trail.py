# -*- coding: utf-8 -*-
"""audit trail

Revision ID: 40babe38fcbb
Revises: 2560c444a62e
Create Date: 2022-06-20 07:45:38.004721

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '40babe38fcbb'
down_revision = '2560c444a62e'
branch_labels = 'audit'
depends_on = None


def upgrade():
    op.create_table('audit_trail',
        sa.Column('id', sa.BigInteger, primary_key=True),
        sa.Column('entity', sa.String(40), nullable=False),
        sa.Column('entity_id', sa.Integer, nullable=False),
        sa.Column('change', sa.Text, nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    )


def downgrade():
    op.drop_table('audit_trail')
