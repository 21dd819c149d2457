BEGIN TRANSACTION;

-- Running downgrade 6a7b8c9d0e1f -> 

DROP TABLE [UserAccounts];

GO

DROP INDEX ix_order_select ON [order];

GO

DROP TABLE [order];

GO

DELETE FROM alembic_version WHERE alembic_version.version_num = '6a7b8c9d0e1f';

GO

COMMIT;

GO

