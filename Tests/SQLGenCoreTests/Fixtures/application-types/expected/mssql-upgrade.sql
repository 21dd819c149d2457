BEGIN TRANSACTION;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

GO

-- Running upgrade  -> 3e1f0a7c2b9d

CREATE TABLE devices (
    id VARCHAR(32) NOT NULL, 
    code VARCHAR(12) NOT NULL, 
    label VARCHAR(64) NULL, 
    settings TEXT NULL, 
    registered_at DATETIMEOFFSET NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (code)
);

GO

CREATE TABLE readings (
    id INTEGER NOT NULL IDENTITY, 
    device_id VARCHAR(32) NOT NULL, 
    amount NUMERIC(12, 2) NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(device_id) REFERENCES devices (id)
);

GO

CREATE INDEX ix_readings_amount ON readings (amount);

GO

INSERT INTO alembic_version (version_num) VALUES ('3e1f0a7c2b9d');

GO

COMMIT;

GO

