"""create teams and members

Revision ID: 4d5e6f708192
Revises:
Create Date: 2026-10-12 09:30:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '4d5e6f708192'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'teams',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('name', sa.String(50), nullable=False, unique=True),
    )
    op.create_table(
        'members',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('team_id', sa.Integer(), sa.ForeignKey('teams.id', ondelete='CASCADE'), nullable=False),
        sa.Column('email', sa.String(100)),
        sa.Column('age', sa.Integer()),
        sa.Column('nickname', sa.String(30)),
        sa.Column('active', sa.Boolean(), server_default=sa.true(), nullable=False),
    )
    op.create_index('ix_members_email', 'members', ['email'])
    teams = sa.table('teams', sa.column('id', sa.Integer), sa.column('name', sa.String))
    members = sa.table('members', sa.column('id', sa.Integer), sa.column('team_id', sa.Integer),
                       sa.column('email', sa.String), sa.column('age', sa.Integer), sa.column('nickname', sa.String))
    op.bulk_insert(teams, [{'id': 1, 'name': 'core'}, {'id': 2, 'name': 'web'}])
    op.bulk_insert(members, [
        {'id': 1, 'team_id': 1, 'email': 'ann@example.com', 'age': 31, 'nickname': 'ann'},
        {'id': 2, 'team_id': 2, 'email': 'bob@example.com', 'age': None, 'nickname': None},
    ])


def downgrade():
    op.drop_index('ix_members_email', table_name='members')
    op.drop_table('members')
    op.drop_table('teams')
