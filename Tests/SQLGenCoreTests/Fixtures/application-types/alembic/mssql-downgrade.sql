BEGIN TRANSACTION;

-- Running downgrade 3e1f0a7c2b9d -> 

DROP INDEX ix_readings_amount ON readings;

GO

DROP TABLE readings;

GO

DROP TABLE devices;

GO

DELETE FROM alembic_version WHERE alembic_version.version_num = '3e1f0a7c2b9d';

GO

COMMIT;

GO

