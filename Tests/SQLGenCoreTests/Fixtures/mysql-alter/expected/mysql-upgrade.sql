CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 6c3d4e5f6a7b

CREATE TABLE accounts (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    email VARCHAR(100) NOT NULL, 
    nickname VARCHAR(30), 
    balance NUMERIC(10, 2) NOT NULL DEFAULT '0', 
    created_at DATETIME, 
    kind ENUM('basic','pro') NOT NULL DEFAULT 'basic', 
    PRIMARY KEY (id)
)ENGINE=InnoDB;

CREATE TABLE memberships (
    account_id INTEGER NOT NULL, 
    team VARCHAR(40) NOT NULL, 
    `role` VARCHAR(20) NOT NULL, 
    since DATE, 
    CONSTRAINT pk_memberships PRIMARY KEY (account_id, team)
)ENGINE=InnoDB;

INSERT INTO alembic_version (version_num) VALUES ('6c3d4e5f6a7b');

-- Running upgrade 6c3d4e5f6a7b -> 7d4e5f6a7b8c

ALTER TABLE accounts MODIFY email VARCHAR(200) NOT NULL COMMENT 'login address';

ALTER TABLE accounts CHANGE nickname display_name VARCHAR(30) NOT NULL DEFAULT 'anonymous';

ALTER TABLE accounts ALTER COLUMN balance SET DEFAULT 100;

ALTER TABLE accounts CHANGE created_at created_at DATETIME NOT NULL DEFAULT now();

ALTER TABLE accounts MODIFY kind ENUM('basic','pro','team') NOT NULL DEFAULT 'basic';

ALTER TABLE accounts ADD CONSTRAINT uq_accounts_email UNIQUE (email);

ALTER TABLE accounts ADD CONSTRAINT ck_accounts_balance CHECK (balance >= 0);

ALTER TABLE memberships DROP PRIMARY KEY;

ALTER TABLE memberships ADD CONSTRAINT pk_memberships PRIMARY KEY (account_id, team, `role`);

ALTER TABLE memberships ADD CONSTRAINT fk_memberships_account FOREIGN KEY(account_id) REFERENCES accounts (id) ON DELETE CASCADE;

ALTER TABLE accounts COMMENT 'who can log in; ''quoted'' \\ escaped';

UPDATE alembic_version SET version_num='7d4e5f6a7b8c' WHERE alembic_version.version_num = '6c3d4e5f6a7b';

-- Running upgrade 7d4e5f6a7b8c -> 8e5f6a7b8c9d

ALTER TABLE memberships ADD COLUMN note VARCHAR(50) COMMENT 'free text';

ALTER TABLE memberships MODIFY `role` VARCHAR(40) NOT NULL;

ALTER TABLE memberships ALTER COLUMN since SET DEFAULT (CURRENT_DATE);

CREATE INDEX ix_memberships_note ON memberships (note(10));

UPDATE alembic_version SET version_num='8e5f6a7b8c9d' WHERE alembic_version.version_num = '7d4e5f6a7b8c';

