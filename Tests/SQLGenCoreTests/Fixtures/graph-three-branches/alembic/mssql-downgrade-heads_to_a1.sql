BEGIN TRANSACTION;

-- Running downgrade b2 -> b1

SELECT 'b2 down';

GO

UPDATE alembic_version SET version_num='b1' WHERE alembic_version.version_num = 'b2';

GO

-- Running downgrade b1 -> a1

DROP TABLE invoices;

GO

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b1';

GO

-- Running downgrade c2 -> c1

SELECT 'c2 down';

GO

UPDATE alembic_version SET version_num='c1' WHERE alembic_version.version_num = 'c2';

GO

-- Running downgrade c1 -> a1

DROP TABLE shipments;

GO

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c1';

GO

-- Running downgrade d2 -> d1

SELECT 'd2 down';

GO

UPDATE alembic_version SET version_num='d1' WHERE alembic_version.version_num = 'd2';

GO

-- Running downgrade d1 -> a1

DROP TABLE audit_log;

GO

UPDATE alembic_version SET version_num='a1' WHERE alembic_version.version_num = 'd1';

GO

COMMIT;

GO

