"""customer flags

Revision ID: 33f507f0cbd4
Revises: 1ff12e825ce1
Create Date: 2020-01-14 16:39:50.218334

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '33f507f0cbd4'
down_revision = '1ff12e825ce1'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('customers', sa.Column('vip', sa.Boolean, nullable=False, server_default=sa.false()))
    op.add_column('customers', sa.Column('credit_limit', sa.Numeric(12, 2), nullable=False,
                                         server_default=sa.text('1000.00')))
    op.add_column('customers', sa.Column('country', sa.String(2), server_default="NL"))
    # 'modified' was set by the app in its own timezone; make the default explicit
    op.alter_column('customers', 'modified', server_default=sa.text("timezone('utc', now())"),
                    existing_type=sa.DateTime, existing_nullable=False)


def downgrade():
    op.alter_column('customers', 'modified', server_default=sa.text("now()"),
                    existing_type=sa.DateTime, existing_nullable=False)
    op.drop_column('customers', 'country')
    op.drop_column('customers', 'credit_limit')
    op.drop_column('customers', 'vip')
