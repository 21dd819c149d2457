BEGIN TRANSACTION;

-- Running upgrade a1 -> d1

CREATE TABLE audit_log (
    id INTEGER NOT NULL IDENTITY, 
    note VARCHAR(40) NULL, 
    PRIMARY KEY (id)
);

GO

INSERT INTO alembic_version (version_num) OUTPUT inserted.version_num VALUES ('d1');

GO

-- Running upgrade d1 -> d2

SELECT 'd2 up';

GO

UPDATE alembic_version SET version_num='d2' WHERE alembic_version.version_num = 'd1';

GO

-- Running upgrade a1 -> b1

CREATE TABLE invoices (
    id INTEGER NOT NULL IDENTITY, 
    note VARCHAR(40) NULL, 
    PRIMARY KEY (id)
);

GO

INSERT INTO alembic_version (version_num) OUTPUT inserted.version_num VALUES ('b1');

GO

-- Running upgrade b1 -> b2

SELECT 'b2 up';

GO

UPDATE alembic_version SET version_num='b2' WHERE alembic_version.version_num = 'b1';

GO

COMMIT;

GO

