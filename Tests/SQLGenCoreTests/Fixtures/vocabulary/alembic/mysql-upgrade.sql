CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 0a1b2c3d4e5f

CREATE TABLE readings (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    sensor INTEGER(11) UNSIGNED NOT NULL, 
    value INTEGER NOT NULL CHECK (value >= 0), 
    unit VARCHAR(8) NOT NULL DEFAULT 'C' CHECK (unit <> ''), 
    taken_at TIMESTAMP(6) NULL, 
    valid BOOL NOT NULL DEFAULT true, 
    recorded_at DATETIME DEFAULT (now()), 
    raw BLOB, 
    extra JSON, 
    PRIMARY KEY (id)
);

ALTER TABLE readings ADD COLUMN quality INTEGER CHECK (quality BETWEEN 0 AND 5);

INSERT INTO alembic_version (version_num) VALUES ('0a1b2c3d4e5f');

