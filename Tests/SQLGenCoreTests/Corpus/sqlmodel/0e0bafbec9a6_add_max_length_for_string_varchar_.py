"""add max length for string varchar fields in user and item

Revision ID: 0e0bafbec9a6
Revises: 6dbbef65ed78
Create Date: 2024-01-16 17:31:09.420385

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel


# revision identifiers, used by Alembic.
revision: str = '0e0bafbec9a6'
down_revision: Union[str, None] = '6dbbef65ed78'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # Adjust the length of the email field in the User table
    op.alter_column('user', 'email',
               existing_type=sa.String(),
               type_=sqlmodel.sql.sqltypes.AutoString(length=255),
               existing_nullable=False)

    # Adjust the length of the title field in the Item table
    op.alter_column('item', 'title',
               existing_type=sa.String(),
               type_=sqlmodel.sql.sqltypes.AutoString(length=255),
               existing_nullable=False)

    # Adjust the length of the description field in the Item table
    op.alter_column('item', 'description',
               existing_type=sa.String(),
               type_=sqlmodel.sql.sqltypes.AutoString(length=255),
               existing_nullable=True)


def downgrade() -> None:
    # Revert the length of the email field in the User table
    op.alter_column('user', 'email',
               existing_type=sqlmodel.sql.sqltypes.AutoString(length=255),
               type_=sa.String(),
               existing_nullable=False)

    # Revert the length of the title field in the Item table
    op.alter_column('item', 'title',
               existing_type=sqlmodel.sql.sqltypes.AutoString(length=255),
               type_=sa.String(),
               existing_nullable=False)

    # Revert the length of the description field in the Item table
    op.alter_column('item', 'description',
               existing_type=sqlmodel.sql.sqltypes.AutoString(length=255),
               type_=sa.String(),
               existing_nullable=True)
