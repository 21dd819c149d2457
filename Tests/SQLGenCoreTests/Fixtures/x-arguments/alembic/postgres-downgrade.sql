BEGIN;

-- Running downgrade 7a2c4e6f8b10 -> 

DROP TABLE acme_tenant_audit;

DROP TABLE acme_tenants;

DELETE FROM alembic_version WHERE alembic_version.version_num = '7a2c4e6f8b10';

COMMIT;

