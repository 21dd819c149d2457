-- The addresses are archived by the operations team before this runs.
DROP INDEX ix_accounts_email;
ALTER TABLE accounts DROP COLUMN email;
