"""rename statuses with expressions

Revision ID: 3d4e5f6a7b8c
Revises: 2c3d4e5f6a7b
Create Date: 2026-12-03 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '3d4e5f6a7b8c'
down_revision = '2c3d4e5f6a7b'
branch_labels = None
depends_on = None

account = sa.table(
    'account',
    sa.column('id', sa.Integer),
    sa.column('name', sa.String),
    sa.column('status', sa.String),
    sa.column('active', sa.Boolean),
    sa.column('score', sa.Integer),
)

account_table = sa.Table(
    'account',
    sa.MetaData(),
    sa.Column('id', sa.Integer, primary_key=True),
    sa.Column('name', sa.String(50)),
)


def upgrade():
    op.execute(account.insert().values(id=1, name='alice', status='new', active=True, score=10))
    op.execute(account.insert().values({'id': 2, 'name': "o'brien", 'status': None, 'active': False, 'score': 20}))
    op.execute(account.insert().values(id=3, name='carol', status='old', active=True, score=30))
    op.execute(
        account.update()
        .where(account.c.status == op.inline_literal('new'))
        .values({'status': op.inline_literal('active')})
    )
    op.execute(
        account.update()
        .where(sa.and_(account.c.status.is_(None), account.c.active == False))
        .values(status='inactive', score=0)
    )
    bind = op.get_bind()
    bind.execute(account.update().where(account.c.id.in_([1, 3])).values(score=account.c.score + 1))
    op.get_context().execute(
        account.update().where(sa.or_(account.c.name.like('o%'), account.c.score >= 100)).values(active=sa.null())
    )
    op.execute(account_table.update().where(account_table.c.id == 3).values(name='caroline'))
    op.execute(account.delete().where(sa.and_(account.c.status != 'inactive', account.c.score > 20)))


def downgrade():
    op.execute(
        account.update()
        .where(account.c.score.isnot(None))
        .where(account.c.name.notlike('x%'))
        .values(score=account.c.score * 2 - 1)
    )
    op.execute(
        account.delete().where(
            sa.and_(sa.or_(account.c.name == 'a', account.c.score == None), account.c.id.not_in([1, 2, 3]), account.c.id.in_([4]))
        )
    )
    op.execute(account.delete().where((account.c.name == None) | (account.c.score < 3) & (account.c.active != True)))
    op.execute(account.delete().where(account.c.id.in_([1, 2, 3])))
