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

COMMIT;

GO

