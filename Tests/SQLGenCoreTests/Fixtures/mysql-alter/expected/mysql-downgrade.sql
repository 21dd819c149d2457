-- Running downgrade 8e5f6a7b8c9d -> 7d4e5f6a7b8c

DROP INDEX ix_memberships_note ON memberships;

ALTER TABLE memberships ALTER COLUMN since DROP DEFAULT;

ALTER TABLE memberships MODIFY `role` VARCHAR(20) NOT NULL;

ALTER TABLE memberships DROP COLUMN note;

UPDATE alembic_version SET version_num='7d4e5f6a7b8c' WHERE alembic_version.version_num = '8e5f6a7b8c9d';

-- Running downgrade 7d4e5f6a7b8c -> 6c3d4e5f6a7b

ALTER TABLE accounts COMMENT '';

ALTER TABLE memberships DROP FOREIGN KEY fk_memberships_account;

ALTER TABLE memberships DROP PRIMARY KEY;

ALTER TABLE memberships ADD CONSTRAINT pk_memberships PRIMARY KEY (account_id, team);

ALTER TABLE accounts DROP CONSTRAINT ck_accounts_balance;

ALTER TABLE accounts DROP INDEX uq_accounts_email;

ALTER TABLE accounts MODIFY kind ENUM('basic','pro') NOT NULL DEFAULT 'basic';

ALTER TABLE accounts MODIFY created_at DATETIME NULL;

ALTER TABLE accounts ALTER COLUMN balance SET DEFAULT '0';

ALTER TABLE accounts CHANGE display_name nickname VARCHAR(30) NULL;

ALTER TABLE accounts MODIFY email VARCHAR(100) NOT NULL;

UPDATE alembic_version SET version_num='6c3d4e5f6a7b' WHERE alembic_version.version_num = '7d4e5f6a7b8c';

-- Running downgrade 6c3d4e5f6a7b -> 

DROP TABLE memberships;

DROP TABLE accounts;

DELETE FROM alembic_version WHERE alembic_version.version_num = '6c3d4e5f6a7b';

