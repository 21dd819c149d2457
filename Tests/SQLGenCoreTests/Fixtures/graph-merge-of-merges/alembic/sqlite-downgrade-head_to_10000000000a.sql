-- Running downgrade 40000000000d -> 30000000000c

DROP TABLE reports;

UPDATE alembic_version SET version_num='30000000000c' WHERE alembic_version.version_num = '40000000000d';

-- Running downgrade 30000000000c -> 10000000000a, 20000000000b

INSERT INTO alembic_version (version_num) VALUES ('20000000000b') RETURNING version_num;

UPDATE alembic_version SET version_num='10000000000a' WHERE alembic_version.version_num = '30000000000c';

