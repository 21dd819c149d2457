-- Running downgrade c2 -> c1

SELECT 'c2 down';

UPDATE alembic_version SET version_num='c1' WHERE alembic_version.version_num = 'c2';

