"""seed documents with JSON values

Revision ID: 7b8c9d0e1f2a
Revises: 6a7b8c9d0e1f
Create Date: 2026-12-03 13:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '7b8c9d0e1f2a'
down_revision = '6a7b8c9d0e1f'
branch_labels = None
depends_on = None

document = sa.table('document', sa.column('id', sa.Integer), sa.column('body', sa.JSON))


def upgrade():
    op.execute(document.insert().values(id=1, body={'title': "it's", 'tags': ['a', 'b'], 'n': 2.5, 'ok': True, 'none': None}))
    op.execute(document.insert().values(id=2, body=None))
    op.execute(document.insert().values(id=3, body=[1, 'é']))
    op.execute(document.update().where(document.c.id == 2).values(body={'moved': False}))


def downgrade():
    op.execute(document.delete().where(document.c.id.in_([1, 2, 3])))
