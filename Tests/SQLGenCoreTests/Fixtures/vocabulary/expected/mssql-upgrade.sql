BEGIN TRANSACTION;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

GO

-- Running upgrade  -> 0a1b2c3d4e5f

CREATE TABLE readings (
    id INTEGER NOT NULL IDENTITY, 
    sensor INTEGER NOT NULL, 
    value INTEGER NOT NULL CHECK (value >= 0), 
    unit VARCHAR(8) NOT NULL DEFAULT 'C' CHECK (unit <> ''), 
    taken_at TIMESTAMP NULL, 
    valid BIT NOT NULL DEFAULT 1, 
    recorded_at DATETIME NULL DEFAULT CURRENT_TIMESTAMP, 
    raw IMAGE NULL, 
    extra NVARCHAR(max) NULL, 
    PRIMARY KEY (id)
);

GO

ALTER TABLE readings ADD quality INTEGER NULL;

GO

INSERT INTO alembic_version (version_num) VALUES ('0a1b2c3d4e5f');

GO

COMMIT;

GO

