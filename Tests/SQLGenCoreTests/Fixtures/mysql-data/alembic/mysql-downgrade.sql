-- Running downgrade 9f6a7b8c9d0e -> 

DROP INDEX ix_pages_position ON pages;

DELETE FROM pages;

DROP TABLE pages;

DELETE FROM alembic_version WHERE alembic_version.version_num = '9f6a7b8c9d0e';

