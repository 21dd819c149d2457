BEGIN TRANSACTION;

-- Running downgrade 5b6c7d8e9fa0 -> 

DROP TABLE settings;

GO

DROP INDEX ix_invoices_label ON invoices;

GO

DROP TABLE invoices;

GO

DROP INDEX ix_accounts_label ON accounts;

GO

DROP TABLE accounts;

GO

DELETE FROM alembic_version WHERE alembic_version.version_num = '5b6c7d8e9fa0';

GO

COMMIT;

GO

