BEGIN TRANSACTION;

-- Running downgrade 4a5b6c7d8e9f -> 

DROP INDEX ix_posts_title ON posts;

GO

DROP TABLE posts;

GO

DELETE FROM alembic_version WHERE alembic_version.version_num = '4a5b6c7d8e9f';

GO

COMMIT;

GO

