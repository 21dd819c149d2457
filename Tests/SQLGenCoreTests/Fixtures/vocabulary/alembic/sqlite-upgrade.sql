CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 0a1b2c3d4e5f

CREATE TABLE readings (
    id INTEGER NOT NULL, 
    sensor INTEGER NOT NULL, 
    value INTEGER NOT NULL CHECK (value >= 0), 
    unit VARCHAR(8) DEFAULT 'C' NOT NULL CHECK (unit <> ''), 
    taken_at TIMESTAMP, 
    valid BOOLEAN DEFAULT 1 NOT NULL, 
    recorded_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
    raw BLOB, 
    extra TEXT, 
    PRIMARY KEY (id)
);

ALTER TABLE readings ADD COLUMN quality INTEGER CHECK (quality BETWEEN 0 AND 5);

INSERT INTO alembic_version (version_num) VALUES ('0a1b2c3d4e5f') RETURNING version_num;

