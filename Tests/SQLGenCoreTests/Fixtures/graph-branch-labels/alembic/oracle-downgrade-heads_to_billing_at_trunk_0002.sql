-- Running downgrade billing_0002 -> billing_0001

SELECT 'billing_0002 down'

/

UPDATE alembic_version SET version_num='billing_0001' WHERE alembic_version.version_num = 'billing_0002'

/

-- Running downgrade billing_0001 -> trunk_0002

DROP TABLE invoices

/

DELETE FROM alembic_version WHERE alembic_version.version_num = 'billing_0001'

/

