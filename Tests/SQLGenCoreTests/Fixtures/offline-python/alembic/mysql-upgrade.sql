CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 5b6c7d8e9fa0

CREATE TABLE accounts (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    label VARCHAR(40) NOT NULL, 
    created_at DATETIME, 
    created_by VARCHAR(64), 
    PRIMARY KEY (id)
);

CREATE TABLE invoices (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    label VARCHAR(40) NOT NULL, 
    created_at DATETIME, 
    created_by VARCHAR(64), 
    PRIMARY KEY (id)
);

CREATE INDEX ix_accounts_label ON accounts (label);

CREATE INDEX ix_invoices_label ON invoices (label);

ALTER TABLE invoices ADD COLUMN amount NUMERIC(10, 2);

ALTER TABLE invoices ADD COLUMN due DATE;

CREATE TABLE settings (
    `key` VARCHAR(40) NOT NULL, 
    value TEXT NOT NULL, 
    PRIMARY KEY (`key`)
);

INSERT INTO settings (`key`, value) VALUES ('greeting', '"h\\u00e9llo"');

INSERT INTO settings (`key`, value) VALUES ('page_size', '50');

INSERT INTO settings (`key`, value) VALUES ('theme', '{"name": "dark", "contrast": true}');

UPDATE accounts SET label = '12345678-1234-5678-1234-567812345678' WHERE label = '';

UPDATE invoices SET label = 'paid' WHERE label = 'PAID';

UPDATE invoices SET amount = 6 WHERE amount IS NULL;

INSERT INTO alembic_version (version_num) VALUES ('5b6c7d8e9fa0');

