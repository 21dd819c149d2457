-- Running downgrade d2e3f4a5b6c7 -> c1d2e3f4a5b6

DELETE FROM accounts

/

ALTER TABLE accounts ADD kind VARCHAR(7 CHAR)

/

ALTER TABLE accounts ADD CONSTRAINT ck_accounts_kind CHECK (kind IN ('person', 'company'))

/

ALTER TABLE accounts DROP CONSTRAINT ck_accounts_rank

/

ALTER TABLE accounts DROP CONSTRAINT uq_accounts_phone

/

ALTER TABLE app.app_user DROP CONSTRAINT fk_user_account

/

ALTER TABLE app.app_user RENAME TO "user"

/

COMMENT ON TABLE accounts IS ''

/

COMMENT ON TABLE accounts IS 'ledger accounts'

/

ALTER TABLE accounts RENAME COLUMN remarks TO notes

/

COMMENT ON COLUMN accounts.name IS 'account''s name'

/

ALTER TABLE accounts MODIFY vip DEFAULT 0

/

ALTER TABLE accounts MODIFY rank DEFAULT 1

/

ALTER TABLE accounts MODIFY email VARCHAR2(255 CHAR)

/

ALTER TABLE accounts MODIFY phone NULL

/

ALTER TABLE accounts DROP COLUMN rank

/

ALTER TABLE accounts DROP COLUMN phone

/

UPDATE alembic_version SET version_num='c1d2e3f4a5b6' WHERE alembic_version.version_num = 'd2e3f4a5b6c7'

/

-- Running downgrade c1d2e3f4a5b6 -> 

DROP INDEX app.ix_user_size

/

DROP TABLE app."user"

/

DROP INDEX ix_entries_label

/

DROP INDEX ix_entries_account

/

DROP TABLE entries

/

DROP TABLE accounts

/

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c1d2e3f4a5b6'

/

