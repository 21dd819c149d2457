-- Running downgrade e5e1e2000001 -> d4d0e5000001

DROP TABLE reports;

UPDATE alembic_version SET version_num='d4d0e5000001' WHERE alembic_version.version_num = 'e5e1e2000001';

-- Running downgrade d4d0e5000001 -> b2ba1100a002, c3ca7000b002

INSERT INTO alembic_version (version_num) VALUES ('b2ba1100a002');

UPDATE alembic_version SET version_num='c3ca7000b002' WHERE alembic_version.version_num = 'd4d0e5000001';

-- Running downgrade b2ba1100a002 -> b2ba1100a001

DROP TABLE invoice_lines;

UPDATE alembic_version SET version_num='b2ba1100a001' WHERE alembic_version.version_num = 'b2ba1100a002';

