BEGIN TRANSACTION;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

GO

-- Running upgrade  -> 8f9a0b1c2d3e

CREATE TABLE heroes (
    id INTEGER NOT NULL IDENTITY, 
    name VARCHAR(max) NOT NULL, 
    secret_name VARCHAR(40) NOT NULL, 
    PRIMARY KEY (id)
);

GO

ALTER TABLE heroes ADD motto VARCHAR(max) NULL;

GO

CREATE INDEX ix_heroes_name ON heroes (name);

GO

SET IDENTITY_INSERT heroes ON;

GO

INSERT INTO heroes (name, secret_name) VALUES ('Deadpond', 'Dive Wilson');

GO

SET IDENTITY_INSERT heroes OFF;

GO

INSERT INTO alembic_version (version_num) VALUES ('8f9a0b1c2d3e');

GO

COMMIT;

GO

