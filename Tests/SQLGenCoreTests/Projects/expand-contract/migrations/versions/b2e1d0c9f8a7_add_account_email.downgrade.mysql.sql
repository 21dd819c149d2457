DROP INDEX ix_accounts_email ON accounts;
ALTER TABLE accounts DROP COLUMN email;
