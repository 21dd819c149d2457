BEGIN TRANSACTION;

-- Running upgrade  -> b1b1b1b1b1b1

CREATE TABLE invoices (
    id INTEGER NOT NULL IDENTITY, 
    note VARCHAR(40) NULL, 
    PRIMARY KEY (id)
);

GO

INSERT INTO alembic_version (version_num) VALUES ('b1b1b1b1b1b1');

GO

-- Running upgrade b1b1b1b1b1b1 -> b2b2b2b2b2b2

CREATE TABLE invoice_groups (
    id INTEGER NOT NULL IDENTITY, 
    note VARCHAR(40) NULL, 
    PRIMARY KEY (id)
);

GO

UPDATE alembic_version SET version_num='b2b2b2b2b2b2' WHERE alembic_version.version_num = 'b1b1b1b1b1b1';

GO

-- Running upgrade b2b2b2b2b2b2 -> b3b3b3b3b3b3

SELECT 'b3b3b3b3b3b3 up';

GO

UPDATE alembic_version SET version_num='b3b3b3b3b3b3' WHERE alembic_version.version_num = 'b2b2b2b2b2b2';

GO

COMMIT;

GO

