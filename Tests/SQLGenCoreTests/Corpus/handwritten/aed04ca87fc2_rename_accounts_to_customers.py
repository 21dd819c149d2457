"""rename accounts to customers

Revision ID: aed04ca87fc2
Revises: bfb65bae2d26
Create Date: 2019-08-29 09:31:55.870244

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'aed04ca87fc2'
down_revision = 'bfb65bae2d26'
branch_labels = None
depends_on = None

OLD = 'accounts'
NEW = 'customers'


def upgrade():
    op.rename_table(OLD, NEW)
    # the serial's sequence and the trigger keep their old names unless told
    op.execute('ALTER SEQUENCE %s_id_seq RENAME TO %s_id_seq' % (OLD, NEW))
    op.execute('ALTER TRIGGER {0}_touch_modified ON {1} RENAME TO {1}_touch_modified'.format(OLD, NEW))
    op.alter_column(NEW, 'name', new_column_name='display_name', existing_type=sa.String(80),
                    existing_nullable=False)
    op.alter_column('audit_log', 'account_id', new_column_name='customer_id')


def downgrade():
    op.alter_column('audit_log', 'customer_id', new_column_name='account_id')
    op.alter_column(NEW, 'display_name', new_column_name='name', existing_type=sa.String(80),
                    existing_nullable=False)
    op.execute('ALTER TRIGGER {0}_touch_modified ON {0} RENAME TO {1}_touch_modified'.format(NEW, OLD))
    op.execute('ALTER SEQUENCE %s_id_seq RENAME TO %s_id_seq' % (NEW, OLD))
    op.rename_table(NEW, OLD)
