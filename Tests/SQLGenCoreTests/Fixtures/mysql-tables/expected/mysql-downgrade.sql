-- Running downgrade 5b2c3d4e5f6a -> 4a1b2c3d4e5f

ALTER TABLE orders COMMENT '';

ALTER TABLE orders RENAME TO `order`;

DROP INDEX ix_authors_status_created ON authors;

DROP INDEX ix_authors_homepage ON authors;

ALTER TABLE authors DROP COLUMN notes;

ALTER TABLE authors DROP COLUMN last_login;

ALTER TABLE authors DROP COLUMN homepage;

UPDATE alembic_version SET version_num='4a1b2c3d4e5f' WHERE alembic_version.version_num = '5b2c3d4e5f6a';

-- Running downgrade 4a1b2c3d4e5f -> 

DROP TABLE `order`;

DROP TABLE authors;

DELETE FROM alembic_version WHERE alembic_version.version_num = '4a1b2c3d4e5f';

