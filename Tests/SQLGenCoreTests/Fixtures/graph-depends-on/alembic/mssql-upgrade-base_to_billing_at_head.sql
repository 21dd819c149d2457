BEGIN TRANSACTION;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

GO

-- Running upgrade  -> a1a1a1a1a1a1

CREATE TABLE users (
    id INTEGER NOT NULL IDENTITY, 
    note VARCHAR(40) NULL, 
    PRIMARY KEY (id)
);

GO

INSERT INTO alembic_version (version_num) OUTPUT inserted.version_num VALUES ('a1a1a1a1a1a1');

GO

-- Running upgrade a1a1a1a1a1a1 -> a2a2a2a2a2a2

CREATE TABLE groups (
    id INTEGER NOT NULL IDENTITY, 
    note VARCHAR(40) NULL, 
    PRIMARY KEY (id)
);

GO

UPDATE alembic_version SET version_num='a2a2a2a2a2a2' WHERE alembic_version.version_num = 'a1a1a1a1a1a1';

GO

-- Running upgrade  -> b1b1b1b1b1b1

CREATE TABLE invoices (
    id INTEGER NOT NULL IDENTITY, 
    note VARCHAR(40) NULL, 
    PRIMARY KEY (id)
);

GO

INSERT INTO alembic_version (version_num) OUTPUT inserted.version_num VALUES ('b1b1b1b1b1b1');

GO

-- Running upgrade b1b1b1b1b1b1 -> b2b2b2b2b2b2

CREATE TABLE invoice_groups (
    id INTEGER NOT NULL IDENTITY, 
    note VARCHAR(40) NULL, 
    PRIMARY KEY (id)
);

GO

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b1b1b1b1b1b1';

GO

UPDATE alembic_version SET version_num='b2b2b2b2b2b2' WHERE alembic_version.version_num = 'a2a2a2a2a2a2';

GO

-- Running upgrade b2b2b2b2b2b2 -> b3b3b3b3b3b3

SELECT 'b3b3b3b3b3b3 up';

GO

UPDATE alembic_version SET version_num='b3b3b3b3b3b3' WHERE alembic_version.version_num = 'b2b2b2b2b2b2';

GO

COMMIT;

GO

