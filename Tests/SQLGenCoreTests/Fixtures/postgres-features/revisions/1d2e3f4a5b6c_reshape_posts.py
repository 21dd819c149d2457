"""reshape posts

Revision ID: 1d2e3f4a5b6c
Revises: 0c1d2e3f4a5b
Create Date: 2026-10-06 14:30:00.000000

"""
import datetime
import decimal

from alembic import op
import sqlalchemy as sa

revision = '1d2e3f4a5b6c'
down_revision = '0c1d2e3f4a5b'
branch_labels = None
depends_on = None

TABLE = 'posts'


def upgrade():
    op.alter_column(TABLE, 'email', new_column_name='contact', type_=sa.String(200), nullable=True,
                    server_default='nobody@example.com', comment='where to write',
                    existing_type=sa.String(100), postgresql_using='email::varchar(200)')
    op.alter_column(TABLE, 'flag', server_default=None, nullable=False, existing_type=sa.Boolean())
    op.rename_table(TABLE, 'articles')
    op.create_unique_constraint('uq_articles_author_contact', 'articles', ['author_id', 'contact'], deferrable=True)
    op.create_check_constraint('ck_articles_contact', 'articles', sa.text("contact LIKE '%@%'"))
    op.create_table_comment('articles', f"{TABLE} renamed", existing_comment='blog posts')
    op.create_index('ix_articles_author', 'articles', ['author_id', sa.text('created_at DESC')],
                    postgresql_where=sa.text('author_id > 0'), postgresql_using='btree', postgresql_include=['flag'],
                    if_not_exists=True)
    op.create_exclude_constraint('ex_articles_during', 'articles', ('during', '&&'), using='gist',
                                 where=sa.text('author_id IS NOT NULL'))
    authors = sa.table('authors', sa.column('id', sa.BigInteger), sa.column('name', sa.Unicode), sa.column('born', sa.Date))
    op.bulk_insert(authors, [
        {'id': 1, 'name': "O'Brien \\ Ünal", 'born': datetime.date(1970, 1, 2)},
        {'id': 2, 'name': 'Ada', 'born': None},
    ])
    articles = sa.table('articles', sa.column('author_id', sa.BigInteger), sa.column('price', sa.Numeric),
                        sa.column('flag', sa.Boolean), sa.column('created_at', sa.DateTime))
    op.bulk_insert(articles, [
        {'author_id': 1, 'price': decimal.Decimal('1.50'), 'flag': True, 'created_at': datetime.datetime(2026, 1, 2, 3, 4, 5)},
    ])
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.add_column(sa.Column('rank', sa.SmallInteger(), nullable=True))
        batch_op.create_index(batch_op.f('ix_articles_rank'), ['rank'], unique=False)
        batch_op.create_check_constraint('ck_articles_rank', 'rank >= 0')


def downgrade():
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_constraint('ck_articles_rank', type_='check')
        batch_op.drop_index(batch_op.f('ix_articles_rank'))
        batch_op.drop_column('rank')
    op.execute("DELETE FROM articles")
    op.execute("DELETE FROM authors WHERE id IN (1, 2)")
    op.drop_constraint('ex_articles_during', 'articles')
    op.drop_index('ix_articles_author', table_name='articles', if_exists=True)
    op.drop_table_comment('articles', existing_comment='posts renamed')
    op.create_table_comment('articles', 'blog posts')
    op.drop_constraint('ck_articles_contact', 'articles', type_='check')
    op.drop_constraint('uq_articles_author_contact', 'articles', type_='unique')
    op.rename_table('articles', TABLE)
    op.alter_column(TABLE, 'flag', server_default=sa.text('true'), nullable=True, existing_type=sa.Boolean())
    op.alter_column(TABLE, 'contact', new_column_name='email', type_=sa.String(100), server_default=None,
                    comment=None, existing_type=sa.String(200))
