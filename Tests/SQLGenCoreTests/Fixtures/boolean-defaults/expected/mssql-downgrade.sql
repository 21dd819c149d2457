BEGIN TRANSACTION;

-- Running downgrade 5a1b2c3d4e5f -> 

-- sqlgen: the database will refuse this: SQL Server refuses to drop column 'beta' while these depend on it: its default (pass mssql_drop_default=True) (5a1b2c3d4e5f_create_feature_flags.py:33:5)

ALTER TABLE feature_flags DROP COLUMN beta;

GO

-- sqlgen: the database will refuse this: SQL Server refuses to drop column 'archived' while these depend on it: its default (pass mssql_drop_default=True) (5a1b2c3d4e5f_create_feature_flags.py:34:5)

ALTER TABLE feature_flags DROP COLUMN archived;

GO

DROP TABLE feature_flags;

GO

DELETE FROM alembic_version WHERE alembic_version.version_num = '5a1b2c3d4e5f';

GO

COMMIT;

GO

