BEGIN TRANSACTION;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

GO

-- Running upgrade  -> 5c6d7e8f9a0b

CREATE TABLE events (
    id INTEGER NOT NULL IDENTITY, 
    name VARCHAR(50) NOT NULL, 
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, 
    stamped_at DATETIME NULL DEFAULT CURRENT_TIMESTAMP, 
    local_at DATETIME NULL DEFAULT LOCALTIMESTAMP, 
    on_day DATETIME NULL DEFAULT GETDATE(), 
    at_time DATETIME NULL DEFAULT CURRENT_TIME, 
    PRIMARY KEY (id)
);

GO

INSERT INTO alembic_version (version_num) VALUES ('5c6d7e8f9a0b');

GO

-- Running upgrade 5c6d7e8f9a0b -> 6d7e8f9a0b1c

SET IDENTITY_INSERT events ON;

GO

INSERT INTO events (id, name) VALUES (1, 'opened');

GO

INSERT INTO events (id, name) VALUES (2, 'closed');

GO

SET IDENTITY_INSERT events OFF;

GO

ALTER TABLE events ADD seen_at DATETIME NULL DEFAULT CURRENT_TIMESTAMP;

GO

UPDATE alembic_version SET version_num='6d7e8f9a0b1c' WHERE alembic_version.version_num = '5c6d7e8f9a0b';

GO

COMMIT;

GO

