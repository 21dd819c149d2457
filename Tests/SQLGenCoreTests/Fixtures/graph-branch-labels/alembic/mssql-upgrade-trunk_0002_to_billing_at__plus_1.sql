BEGIN TRANSACTION;

-- Running upgrade trunk_0002 -> billing_0001

CREATE TABLE invoices (
    id INTEGER NOT NULL IDENTITY, 
    note VARCHAR(40) NULL, 
    PRIMARY KEY (id)
);

GO

UPDATE alembic_version SET version_num='billing_0001' WHERE alembic_version.version_num = 'trunk_0002';

GO

COMMIT;

GO

