-- Running downgrade billing_0002 -> billing_0001

SELECT 'billing_0002 down';

UPDATE alembic_version SET version_num='billing_0001' WHERE alembic_version.version_num = 'billing_0002';

-- Running downgrade billing_0001 -> trunk_0002

DROP TABLE invoices;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'billing_0001';

-- Running downgrade shipping_0002 -> shipping_0001

SELECT 'shipping_0002 down';

UPDATE alembic_version SET version_num='shipping_0001' WHERE alembic_version.version_num = 'shipping_0002';

-- Running downgrade shipping_0001 -> trunk_0002

DROP TABLE shipments;

UPDATE alembic_version SET version_num='trunk_0002' WHERE alembic_version.version_num = 'shipping_0001';

-- Running downgrade trunk_0002 -> trunk_0001

DROP TABLE settings;

UPDATE alembic_version SET version_num='trunk_0001' WHERE alembic_version.version_num = 'trunk_0002';

-- Running downgrade trunk_0001 -> 

DROP TABLE accounts;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'trunk_0001';

