"""apply bonuses across tables

Revision ID: 9d0e1f2a3b4c
Revises: 8c9d0e1f2a3b
Create Date: 2026-12-03 15:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '9d0e1f2a3b4c'
down_revision = '8c9d0e1f2a3b'
branch_labels = None
depends_on = None

team = sa.table('team', sa.column('id', sa.Integer), sa.column('name', sa.String), sa.column('score', sa.Integer))
bonus = sa.table('team_bonus', sa.column('team_id', sa.Integer), sa.column('bonus', sa.Integer))


def upgrade():
    op.execute(team.insert().values(id=1, name='red', score=10))
    op.execute(team.insert().values(id=2, name='blue', score=20))
    op.execute(team.insert().values(id=3, name='green', score=30))
    op.execute(bonus.insert().values(team_id=1, bonus=5))
    op.execute(bonus.insert().values(team_id=3, bonus=-40))
    op.execute(team.update().where(team.c.id == bonus.c.team_id).where(bonus.c.bonus > 0).values(score=team.c.score + bonus.c.bonus))
    op.execute(team.delete().where(sa.and_(team.c.id == bonus.c.team_id, bonus.c.bonus < 0)))


def downgrade():
    op.execute(bonus.delete().where(bonus.c.team_id.in_([1, 3])))
    op.execute(team.delete().where(team.c.id.in_([1, 2])))
