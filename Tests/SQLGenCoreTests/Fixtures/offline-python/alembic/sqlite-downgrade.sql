-- Running downgrade 5b6c7d8e9fa0 -> 

DROP TABLE settings;

DROP INDEX ix_invoices_label;

DROP TABLE invoices;

DROP INDEX ix_accounts_label;

DROP TABLE accounts;

DELETE FROM alembic_version WHERE alembic_version.version_num = '5b6c7d8e9fa0';

