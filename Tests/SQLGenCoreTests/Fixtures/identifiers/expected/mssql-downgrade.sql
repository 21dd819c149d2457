BEGIN TRANSACTION;

-- Running downgrade b02c3d4e5f6a -> a01b2c3d4e5f

ALTER TABLE [Order Items] DROP CONSTRAINT fk_deferred;

GO

DROP INDEX ix_select ON [Order Items];

GO

-- sqlgen: the database will refuse this: SQL Server refuses to drop column 'select' while these depend on it: its default (pass mssql_drop_default=True) (b02c3d4e5f6a_keys_and_indexes.py:32:5)

ALTER TABLE [Order Items] DROP COLUMN [select];

GO

UPDATE alembic_version SET version_num='a01b2c3d4e5f' WHERE alembic_version.version_num = 'b02c3d4e5f6a';

GO

-- Running downgrade a01b2c3d4e5f -> 

DROP TABLE [Order Items];

GO

DROP TABLE app.[user];

GO

DROP SCHEMA app;

GO

DELETE FROM alembic_version WHERE alembic_version.version_num = 'a01b2c3d4e5f';

GO

COMMIT;

GO

