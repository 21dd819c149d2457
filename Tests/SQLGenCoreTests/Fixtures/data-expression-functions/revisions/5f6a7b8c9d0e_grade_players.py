"""grade players with functions, CASE, CAST and INSERT ... SELECT

Revision ID: 5f6a7b8c9d0e
Revises: 4e5f6a7b8c9d
Create Date: 2026-12-03 11:00:00.000000

"""
import datetime

from alembic import op
import sqlalchemy as sa
from sqlalchemy.sql import column, table

revision = '5f6a7b8c9d0e'
down_revision = '4e5f6a7b8c9d'
branch_labels = None
depends_on = None

player = table(
    'player',
    column('id', sa.Integer),
    column('name', sa.String),
    column('status', sa.String),
    column('active', sa.Boolean),
    column('score', sa.Integer),
    column('joined', sa.DateTime),
    column('born', sa.Date),
    column('note', sa.String),
)

archive = sa.table(
    'player_archive',
    sa.column('id', sa.Integer),
    sa.column('name', sa.String),
    sa.column('score', sa.Integer),
    sa.column('grade', sa.String),
)


def upgrade():
    op.execute(player.insert().values(id=1, name='Ann', status='new', active=True, score=12,
                                      joined=datetime.datetime(2024, 1, 2, 3, 4, 5), born=datetime.date(1990, 5, 6)))
    op.execute(player.insert().values(id=2, name='bob', status='old', active=False, score=7,
                                      joined=datetime.datetime(2023, 6, 7, 8, 9, 10), born=datetime.date(2001, 2, 3)))
    op.execute(player.insert().values(id=3, name='Cy', status=None, active=None, score=3, born=datetime.date(2010, 1, 1)))
    op.execute(player.insert().values(id=4, name='dee', status='new', active=True, score=20))
    # Functions of columns, concatenation and CAST.
    op.execute(
        player.update()
        .where(player.c['status'].isnot(None))
        .values(note=player.c.name + '-' + player.c.status)
    )
    op.execute(player.update().where(player.c.id.in_([1, 2])).values(name=sa.func.upper(player.c.name)))
    op.execute(player.update().where(player.c.status == None).values(note=sa.cast(player.c.score, sa.String(20))))
    # CASE, both forms; BETWEEN, ILIKE and NOT IN.
    op.execute(
        player.update().values(
            status=sa.case((player.c.score >= 10, 'high'), (player.c.score >= 5, 'mid'), else_='low')
        )
    )
    op.execute(player.update().where(player.c.id.between(2, 3)).values(score=sa.case({2: 70, 3: 30}, value=player.c.id, else_=player.c.score)))
    op.execute(player.update().where(player.c.name.ilike('a%')).values(score=player.c.score * 2 - 4))
    op.execute(player.update().where(player.c.id.notin_([1, 2, 3])).values(score=(player.c.score - player.c.id) - 1))
    # Negations: a comparison turns over, a boolean column stands alone, IN becomes NOT IN.
    bind = op.get_bind()
    bind.execute(player.update().where(sa.not_(player.c.active)).values(score=player.c.score / 2))
    op.get_context().execute(player.update().where(~(player.c.score < 30) & ~player.c.id.in_([1, 2])).values(active=sa.literal(True)))
    op.execute(player.update().where(player.c.active).values(score=player.c.score % 7 + 1))
    # Dates compared with the column's type, a literal column, a coalesce with a literal.
    op.execute(
        player.update()
        .where(player.c.born < datetime.date(2005, 1, 1))
        .where(player.c.joined > datetime.datetime(2023, 12, 31, 23, 59, 59))
        .values(joined=sa.func.coalesce(player.c.joined, datetime.datetime(2020, 1, 1)), note=sa.literal_column("'veteran'"))
    )
    op.execute(
        sa.text("UPDATE player SET note = :note WHERE id = :id AND born = :born").bindparams(note="it's 3", id=3, born=datetime.date(2010, 1, 1))
    )
    # INSERT ... SELECT.
    op.execute(
        archive.insert().from_select(
            ['id', 'name', 'score', 'grade'],
            sa.select(player.c.id, player.c.name, -player.c.score, player.c.status).where(player.c.score > 5),
        )
    )
    op.execute(
        archive.insert().from_select(
            [archive.c.id, archive.c.name],
            sa.select(player.c.id + 10, sa.func.lower(player.c.note)).where(sa.or_(player.c.active == False, player.c.note.like('v%'))),
        )
    )


def downgrade():
    op.execute(archive.delete().where(sa.and_(archive.c.id > 10, archive.c.grade.is_(None))))
    op.execute(archive.delete().where(archive.c.score.between(-100, 0)))
    op.execute(player.delete().where(player.c.note.like('%-%')))
    op.execute(player.delete().where(player.c.id.in_([1, 2, 3, 4])))
