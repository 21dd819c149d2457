BEGIN TRANSACTION;

-- Running downgrade 40000000000d -> 30000000000c

DROP TABLE reports;

GO

UPDATE alembic_version SET version_num='30000000000c' WHERE alembic_version.version_num = '40000000000d';

GO

-- Running downgrade 30000000000c -> 10000000000a, 20000000000b

INSERT INTO alembic_version (version_num) OUTPUT inserted.version_num VALUES ('20000000000b');

GO

UPDATE alembic_version SET version_num='10000000000a' WHERE alembic_version.version_num = '30000000000c';

GO

-- Running downgrade 10000000000a -> b0000000000b, c0000000000c

INSERT INTO alembic_version (version_num) OUTPUT inserted.version_num VALUES ('c0000000000c');

GO

UPDATE alembic_version SET version_num='b0000000000b' WHERE alembic_version.version_num = '10000000000a';

GO

-- Running downgrade b0000000000b -> a0000000000a

DROP TABLE invoices;

GO

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b0000000000b';

GO

-- Running downgrade 20000000000b -> d0000000000d, e0000000000e, f0000000000f

INSERT INTO alembic_version (version_num) OUTPUT inserted.version_num VALUES ('d0000000000d');

GO

INSERT INTO alembic_version (version_num) OUTPUT inserted.version_num VALUES ('e0000000000e');

GO

UPDATE alembic_version SET version_num='f0000000000f' WHERE alembic_version.version_num = '20000000000b';

GO

-- Running downgrade d0000000000d -> a0000000000a

DROP TABLE shipments;

GO

DELETE FROM alembic_version WHERE alembic_version.version_num = 'd0000000000d';

GO

-- Running downgrade c0000000000c -> a0000000000a

DROP TABLE payments;

GO

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c0000000000c';

GO

-- Running downgrade e0000000000e -> a0000000000a

DROP TABLE carriers;

GO

DELETE FROM alembic_version WHERE alembic_version.version_num = 'e0000000000e';

GO

-- Running downgrade f0000000000f -> a0000000000a

DROP TABLE parcels;

GO

UPDATE alembic_version SET version_num='a0000000000a' WHERE alembic_version.version_num = 'f0000000000f';

GO

-- Running downgrade a0000000000a -> 

DROP TABLE accounts;

GO

DELETE FROM alembic_version WHERE alembic_version.version_num = 'a0000000000a';

GO

COMMIT;

GO

