"""initial schema

Revision ID: 68340cc8af11
Revises: 
Create Date: 2019-06-03 15:20:41.113907

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '68340cc8af11'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    # Accounts are the paying customers. Everything else hangs off them.
    op.create_table(
        'accounts',
        sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('name', sa.String(80), nullable=False),
        sa.Column('email', sa.String(254), nullable=False, unique=True),
        sa.Column('notes', sa.Text),
        sa.Column('created', sa.DateTime, nullable=False, server_default=sa.text("now()")),
        sa.Column('modified', sa.DateTime, nullable=False, server_default=sa.text("now()")),
    )

    # keep "modified" current without touching every UPDATE in the app
    op.execute("""
        CREATE OR REPLACE FUNCTION touch_modified() RETURNS trigger AS $$
        BEGIN
            NEW.modified = now();
            RETURN NEW;
        END;
        $$ LANGUAGE plpgsql
    """)
    op.execute("""
        CREATE TRIGGER accounts_touch_modified
        BEFORE UPDATE ON accounts
        FOR EACH ROW EXECUTE PROCEDURE touch_modified()
    """)


def downgrade():
    op.execute("DROP TRIGGER IF EXISTS accounts_touch_modified ON accounts")
    op.drop_table('accounts')
    op.execute("DROP FUNCTION IF EXISTS touch_modified()")
