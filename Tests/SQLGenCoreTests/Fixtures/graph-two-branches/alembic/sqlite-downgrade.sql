-- Running downgrade e5e1e2000001 -> d4d0e5000001

DROP TABLE reports;

UPDATE alembic_version SET version_num='d4d0e5000001' WHERE alembic_version.version_num = 'e5e1e2000001';

-- Running downgrade d4d0e5000001 -> b2ba1100a002, c3ca7000b002

INSERT INTO alembic_version (version_num) VALUES ('b2ba1100a002') RETURNING version_num;

UPDATE alembic_version SET version_num='c3ca7000b002' WHERE alembic_version.version_num = 'd4d0e5000001';

-- Running downgrade b2ba1100a002 -> b2ba1100a001

DROP TABLE invoice_lines;

UPDATE alembic_version SET version_num='b2ba1100a001' WHERE alembic_version.version_num = 'b2ba1100a002';

-- Running downgrade b2ba1100a001 -> a1c0ffee0001

DROP TABLE invoices;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b2ba1100a001';

-- Running downgrade c3ca7000b002 -> c3ca7000b001

SELECT 'c3ca7000b002 down';

UPDATE alembic_version SET version_num='c3ca7000b001' WHERE alembic_version.version_num = 'c3ca7000b002';

-- Running downgrade c3ca7000b001 -> a1c0ffee0001

DROP TABLE shipments;

UPDATE alembic_version SET version_num='a1c0ffee0001' WHERE alembic_version.version_num = 'c3ca7000b001';

-- Running downgrade a1c0ffee0001 -> 

DROP TABLE accounts;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'a1c0ffee0001';

