BEGIN TRANSACTION;

-- Running downgrade c4d5e6f7a8b9 -> 

DROP VIEW labelled_sensors;

GO

DROP INDEX ix_sensor_links_gateway ON sensor_links;

GO

DROP TABLE sensor_links;

GO

DROP TABLE gateways;

GO

DROP INDEX ix_sensors_site ON sensors;

GO

DROP TABLE sensors;

GO

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c4d5e6f7a8b9';

GO

COMMIT;

GO

