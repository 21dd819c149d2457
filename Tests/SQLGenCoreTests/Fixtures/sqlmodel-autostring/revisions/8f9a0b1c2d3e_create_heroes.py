"""create heroes: sqlmodel's AutoString with and without a length

Revision ID: 8f9a0b1c2d3e
Revises:
Create Date: 2026-11-20 12:00:00.000000

"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = '8f9a0b1c2d3e'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'heroes',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('secret_name', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.add_column('heroes', sa.Column('motto', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.create_index(op.f('ix_heroes_name'), 'heroes', ['name'], unique=False)
    heroes = sa.table('heroes', sa.column('name', sa.String), sa.column('secret_name', sa.String))
    op.bulk_insert(heroes, [{'name': 'Deadpond', 'secret_name': 'Dive Wilson'}])


def downgrade():
    op.drop_index(op.f('ix_heroes_name'), table_name='heroes')
    op.drop_table('heroes')
