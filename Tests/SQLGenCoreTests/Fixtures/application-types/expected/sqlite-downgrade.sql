-- Running downgrade 3e1f0a7c2b9d -> 

DROP INDEX ix_readings_amount;

DROP TABLE readings;

DROP TABLE devices;

DELETE FROM alembic_version WHERE alembic_version.version_num = '3e1f0a7c2b9d';

