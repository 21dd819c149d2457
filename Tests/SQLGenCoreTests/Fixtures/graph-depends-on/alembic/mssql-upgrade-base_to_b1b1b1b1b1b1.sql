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

-- Running upgrade  -> b1b1b1b1b1b1

CREATE TABLE invoices (
    id INTEGER NOT NULL IDENTITY, 
    note VARCHAR(40) NULL, 
    PRIMARY KEY (id)
);

GO

UPDATE alembic_version SET version_num='b1b1b1b1b1b1' WHERE alembic_version.version_num = 'a1a1a1a1a1a1';

GO

COMMIT;

GO

