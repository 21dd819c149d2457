BEGIN TRANSACTION;

-- Running stamp_revision a1c0ffee0001 -> e5e1e2000001

UPDATE alembic_version SET version_num='e5e1e2000001' WHERE alembic_version.version_num = 'a1c0ffee0001';

GO

COMMIT;

GO

