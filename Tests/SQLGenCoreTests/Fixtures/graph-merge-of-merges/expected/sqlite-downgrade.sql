-- Running downgrade 40000000000d -> 30000000000c

DROP TABLE reports;

UPDATE alembic_version SET version_num='30000000000c' WHERE alembic_version.version_num = '40000000000d';

-- Running downgrade 30000000000c -> 10000000000a, 20000000000b

INSERT INTO alembic_version (version_num) VALUES ('10000000000a');

UPDATE alembic_version SET version_num='20000000000b' WHERE alembic_version.version_num = '30000000000c';

-- Running downgrade 10000000000a -> b0000000000b, c0000000000c

INSERT INTO alembic_version (version_num) VALUES ('b0000000000b');

UPDATE alembic_version SET version_num='c0000000000c' WHERE alembic_version.version_num = '10000000000a';

-- Running downgrade b0000000000b -> a0000000000a

DROP TABLE invoices;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b0000000000b';

-- Running downgrade 20000000000b -> d0000000000d, e0000000000e, f0000000000f

INSERT INTO alembic_version (version_num) VALUES ('d0000000000d');

INSERT INTO alembic_version (version_num) VALUES ('e0000000000e');

UPDATE alembic_version SET version_num='f0000000000f' WHERE alembic_version.version_num = '20000000000b';

-- Running downgrade d0000000000d -> a0000000000a

DROP TABLE shipments;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'd0000000000d';

-- Running downgrade c0000000000c -> a0000000000a

DROP TABLE payments;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c0000000000c';

-- Running downgrade e0000000000e -> a0000000000a

DROP TABLE carriers;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'e0000000000e';

-- Running downgrade f0000000000f -> a0000000000a

DROP TABLE parcels;

UPDATE alembic_version SET version_num='a0000000000a' WHERE alembic_version.version_num = 'f0000000000f';

-- Running downgrade a0000000000a -> 

DROP TABLE accounts;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'a0000000000a';

