BEGIN TRANSACTION;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

GO

-- Running upgrade  -> 5b6c7d8e9fa0

CREATE TABLE accounts (
    id INTEGER NOT NULL IDENTITY, 
    label VARCHAR(40) NOT NULL, 
    created_at DATETIME NULL, 
    created_by VARCHAR(64) NULL, 
    PRIMARY KEY (id)
);

GO

CREATE TABLE invoices (
    id INTEGER NOT NULL IDENTITY, 
    label VARCHAR(40) NOT NULL, 
    created_at DATETIME NULL, 
    created_by VARCHAR(64) NULL, 
    PRIMARY KEY (id)
);

GO

CREATE INDEX ix_accounts_label ON accounts (label);

GO

CREATE INDEX ix_invoices_label ON invoices (label);

GO

ALTER TABLE invoices ADD amount NUMERIC(10, 2) NULL;

GO

ALTER TABLE invoices ADD due DATETIME NULL;

GO

CREATE TABLE settings (
    [key] VARCHAR(40) NOT NULL, 
    value TEXT NOT NULL, 
    PRIMARY KEY ([key])
);

GO

SET IDENTITY_INSERT settings ON;

GO

INSERT INTO settings ([key], value) VALUES ('greeting', '"h\u00e9llo"');

GO

INSERT INTO settings ([key], value) VALUES ('page_size', '50');

GO

INSERT INTO settings ([key], value) VALUES ('theme', '{"name": "dark", "contrast": true}');

GO

SET IDENTITY_INSERT settings OFF;

GO

UPDATE accounts SET label = '12345678-1234-5678-1234-567812345678' WHERE label = '';

GO

UPDATE invoices SET label = 'paid' WHERE label = 'PAID';

GO

UPDATE invoices SET amount = 6 WHERE amount IS NULL;

GO

INSERT INTO alembic_version (version_num) OUTPUT inserted.version_num VALUES ('5b6c7d8e9fa0');

GO

COMMIT;

GO

