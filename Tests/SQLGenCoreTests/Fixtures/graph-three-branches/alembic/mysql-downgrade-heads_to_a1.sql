-- Running downgrade b2 -> b1

SELECT 'b2 down';

UPDATE alembic_version SET version_num='b1' WHERE alembic_version.version_num = 'b2';

-- Running downgrade b1 -> a1

DROP TABLE invoices;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b1';

-- Running downgrade c2 -> c1

SELECT 'c2 down';

UPDATE alembic_version SET version_num='c1' WHERE alembic_version.version_num = 'c2';

-- Running downgrade c1 -> a1

DROP TABLE shipments;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c1';

-- Running downgrade d2 -> d1

SELECT 'd2 down';

UPDATE alembic_version SET version_num='d1' WHERE alembic_version.version_num = 'd2';

-- Running downgrade d1 -> a1

DROP TABLE audit_log;

UPDATE alembic_version SET version_num='a1' WHERE alembic_version.version_num = 'd1';

