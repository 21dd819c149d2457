-- Running downgrade c4d5e6f7a8b9 -> 

DROP VIEW labelled_sensors;

DROP INDEX ix_sensor_links_gateway;

DROP TABLE sensor_links;

DROP TABLE gateways;

DROP INDEX ix_sensors_site;

DROP TABLE sensors;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c4d5e6f7a8b9';

