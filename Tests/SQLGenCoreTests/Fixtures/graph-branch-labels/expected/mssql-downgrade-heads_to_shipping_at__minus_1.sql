BEGIN TRANSACTION;

-- Running downgrade shipping_0002 -> shipping_0001

SELECT 'shipping_0002 down';

GO

UPDATE alembic_version SET version_num='shipping_0001' WHERE alembic_version.version_num = 'shipping_0002';

GO

COMMIT;

GO

