-- Running downgrade 0a1b2c3d4e5f -> 

ALTER TABLE readings DROP COLUMN quality;

DROP TABLE readings;

DELETE FROM alembic_version WHERE alembic_version.version_num = '0a1b2c3d4e5f';

