-- Running downgrade e1f2a3b4c5d6 -> 

DROP INDEX ix_servers_port ON servers;

ALTER TABLE servers DROP COLUMN port;

DROP TABLE servers;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'e1f2a3b4c5d6';

