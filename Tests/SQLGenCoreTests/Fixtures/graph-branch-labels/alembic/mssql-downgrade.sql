BEGIN TRANSACTION;

-- Running downgrade billing_0002 -> billing_0001

SELECT 'billing_0002 down';

GO

UPDATE alembic_version SET version_num='billing_0001' WHERE alembic_version.version_num = 'billing_0002';

GO

-- Running downgrade billing_0001 -> trunk_0002

DROP TABLE invoices;

GO

DELETE FROM alembic_version WHERE alembic_version.version_num = 'billing_0001';

GO

-- Running downgrade shipping_0002 -> shipping_0001

SELECT 'shipping_0002 down';

GO

UPDATE alembic_version SET version_num='shipping_0001' WHERE alembic_version.version_num = 'shipping_0002';

GO

-- Running downgrade shipping_0001 -> trunk_0002

DROP TABLE shipments;

GO

UPDATE alembic_version SET version_num='trunk_0002' WHERE alembic_version.version_num = 'shipping_0001';

GO

-- Running downgrade trunk_0002 -> trunk_0001

DROP TABLE settings;

GO

UPDATE alembic_version SET version_num='trunk_0001' WHERE alembic_version.version_num = 'trunk_0002';

GO

-- Running downgrade trunk_0001 -> 

DROP TABLE accounts;

GO

DELETE FROM alembic_version WHERE alembic_version.version_num = 'trunk_0001';

GO

COMMIT;

GO

