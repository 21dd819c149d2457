"""widen counters, jsonb settings

Revision ID: 04738ac03649
Revises: d644559d7e79
Create Date: 2023-07-24 15:49:12.008556

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision: str = '04738ac03649'
down_revision: Union[str, None] = 'd644559d7e79'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.alter_column('articles', 'title',
               existing_type=sa.TEXT(),
               type_=sa.String(length=300),
               existing_nullable=False,
               postgresql_using='left(title, 300)')
    op.alter_column('accounts', 'login_count',
               existing_type=sa.INTEGER(),
               type_=sa.BigInteger(),
               existing_nullable=False,
               existing_server_default=sa.text('0'))
    op.alter_column('rooms', 'capacity',
               existing_type=sa.SMALLINT(),
               type_=sa.Integer(),
               postgresql_using='capacity::integer')
    op.alter_column('accounts', 'roles',
               existing_type=postgresql.ARRAY(sa.String(length=32)),
               server_default=None,
               nullable=True)


def downgrade() -> None:
    op.alter_column('accounts', 'roles',
               existing_type=postgresql.ARRAY(sa.String(length=32)),
               server_default=sa.text("'{}'::varchar[]"),
               nullable=False)
    op.alter_column('rooms', 'capacity',
               existing_type=sa.Integer(),
               type_=sa.SMALLINT(),
               postgresql_using='capacity::smallint')
    op.alter_column('accounts', 'login_count',
               existing_type=sa.BigInteger(),
               type_=sa.INTEGER(),
               existing_nullable=False,
               existing_server_default=sa.text('0'))
    op.alter_column('articles', 'title',
               existing_type=sa.String(length=300),
               type_=sa.TEXT(),
               existing_nullable=False)
