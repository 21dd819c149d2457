BEGIN TRANSACTION;

-- Running downgrade 5a1b2c3d4e5f -> 

ALTER TABLE feature_flags DROP COLUMN beta;

GO

ALTER TABLE feature_flags DROP COLUMN archived;

GO

DROP TABLE feature_flags;

GO

DELETE FROM alembic_version WHERE alembic_version.version_num = '5a1b2c3d4e5f';

GO

COMMIT;

GO

