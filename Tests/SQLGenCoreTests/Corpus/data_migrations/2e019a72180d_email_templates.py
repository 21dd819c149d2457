"""email templates

Revision ID: 2e019a72180d
Revises: 908a1dd257d5
Create Date: 2022-09-01 10:18:02.305519

"""
import datetime

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '2e019a72180d'
down_revision = '908a1dd257d5'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'email_templates',
        sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('name', sa.String(64), nullable=False),
        sa.Column('locale', sa.String(5), nullable=False),
        sa.Column('subject', sa.Unicode(200), nullable=False),
        sa.Column('body', sa.UnicodeText, nullable=False),
        sa.Column('version', sa.Integer, nullable=False, server_default='1'),
        sa.Column('published_on', sa.Date),
        sa.UniqueConstraint('name', 'locale', name='uq_email_templates_name_locale'),
    )
    templates = sa.table(
        'email_templates',
        sa.column('name', sa.String),
        sa.column('locale', sa.String),
        sa.column('subject', sa.Unicode),
        sa.column('body', sa.UnicodeText),
        sa.column('published_on', sa.Date),
    )
    op.bulk_insert(templates, [
        {'name': 'welcome', 'locale': 'en', 'subject': 'Welcome, {name}!',
         'body': 'Hi {name},\n\nThanks for signing up.\n\n-- The team', 'published_on': datetime.date(2022, 9, 1)},
        {'name': 'welcome', 'locale': 'de', 'subject': 'Willkommen, {name}!',
         'body': 'Hallo {name},\n\ndanke für deine Anmeldung.\n\n-- Das Team', 'published_on': datetime.date(2022, 9, 1)},
        {'name': 'welcome', 'locale': 'fr', 'subject': 'Bienvenue, {name} !',
         'body': "Bonjour {name},\n\nmerci de votre inscription. C'est parti !", 'published_on': None},
        {'name': 'reset', 'locale': 'en', 'subject': 'Reset your password',
         'body': """Someone asked to reset the password for {email}.
If it wasn't you, ignore this mail.
Link: {link}""", 'published_on': datetime.date(2022, 9, 2)},
        {'name': 'reset', 'locale': 'ja', 'subject': 'パスワードの再設定',
         'body': '{email} のパスワード再設定が要求されました。', 'published_on': None},
    ])


def downgrade():
    op.drop_table('email_templates')
