BEGIN TRANSACTION;

-- Running downgrade e5e1e2000001 -> d4d0e5000001

DROP TABLE reports;

GO

UPDATE alembic_version SET version_num='d4d0e5000001' WHERE alembic_version.version_num = 'e5e1e2000001';

GO

-- Running downgrade d4d0e5000001 -> b2ba1100a002, c3ca7000b002

INSERT INTO alembic_version (version_num) VALUES ('b2ba1100a002');

GO

UPDATE alembic_version SET version_num='c3ca7000b002' WHERE alembic_version.version_num = 'd4d0e5000001';

GO

-- Running downgrade b2ba1100a002 -> b2ba1100a001

DROP TABLE invoice_lines;

GO

UPDATE alembic_version SET version_num='b2ba1100a001' WHERE alembic_version.version_num = 'b2ba1100a002';

GO

-- Running downgrade b2ba1100a001 -> a1c0ffee0001

DROP TABLE invoices;

GO

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b2ba1100a001';

GO

-- Running downgrade c3ca7000b002 -> c3ca7000b001

SELECT 'c3ca7000b002 down';

GO

UPDATE alembic_version SET version_num='c3ca7000b001' WHERE alembic_version.version_num = 'c3ca7000b002';

GO

-- Running downgrade c3ca7000b001 -> a1c0ffee0001

DROP TABLE shipments;

GO

UPDATE alembic_version SET version_num='a1c0ffee0001' WHERE alembic_version.version_num = 'c3ca7000b001';

GO

-- Running downgrade a1c0ffee0001 -> 

DROP TABLE accounts;

GO

DELETE FROM alembic_version WHERE alembic_version.version_num = 'a1c0ffee0001';

GO

COMMIT;

GO

