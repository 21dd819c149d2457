"""Posts, with what each dialect needs of its own

Revision ID: 4a5b6c7d8e9f
Revises:
Create Date: 2026-03-02 09:14:00.000000

"""
from alembic import context, op
import sqlalchemy as sa
from sqlalchemy.dialects import mysql, postgresql

# revision identifiers, used by Alembic.
revision = "4a5b6c7d8e9f"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    if not context.is_offline_mode():
        raise RuntimeError("run this migration with --sql")
    bind = op.get_bind()
    dialect = op.get_context().dialect.name
    post_state = sa.Enum("draft", "published", "archived", name="post_state")
    post_state.create(bind, checkfirst=True)

    op.create_table(
        "posts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text().with_variant(mysql.MEDIUMTEXT(), "mysql"), nullable=True),
        sa.Column("meta", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(None, "posts", ["title"], unique=False)

    if bind.dialect.name == "postgresql":
        op.execute("COMMENT ON COLUMN posts.state IS 'one of post_state'")
    elif bind.dialect.name in ("mysql", "mariadb"):
        op.create_table_comment("posts", "posts")
    else:
        pass

    bind.execute(sa.text("UPDATE posts SET state = 'draft' WHERE state IS NULL"))
    op.get_context().execute("UPDATE posts SET title = 'untitled' WHERE title = ''")
    if dialect != "sqlite" and context.get_x_argument(as_dictionary=True).get("skip_cleanup") is None:
        bind.execute("DELETE FROM posts WHERE title IS NULL")


def downgrade():
    bind = op.get_bind()
    op.drop_index("ix_posts_title", table_name="posts")
    op.drop_table("posts")
    sa.Enum(name="post_state").drop(bind, checkfirst=True)
