BEGIN TRANSACTION;

-- Running upgrade a1c0ffee0001 -> b2ba1100a001

CREATE TABLE invoices (
    id INTEGER NOT NULL IDENTITY, 
    note VARCHAR(40) NULL, 
    PRIMARY KEY (id)
);

GO

INSERT INTO alembic_version (version_num) VALUES ('b2ba1100a001');

GO

-- Running upgrade b2ba1100a001 -> b2ba1100a002

CREATE TABLE invoice_lines (
    id INTEGER NOT NULL IDENTITY, 
    note VARCHAR(40) NULL, 
    PRIMARY KEY (id)
);

GO

UPDATE alembic_version SET version_num='b2ba1100a002' WHERE alembic_version.version_num = 'b2ba1100a001';

GO

COMMIT;

GO

