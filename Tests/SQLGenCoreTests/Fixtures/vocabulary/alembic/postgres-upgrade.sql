BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 0a1b2c3d4e5f

CREATE TABLE readings (
    id SERIAL NOT NULL, 
    sensor INTEGER NOT NULL, 
    value INTEGER NOT NULL CHECK (value >= 0), 
    unit VARCHAR(8) DEFAULT 'C' NOT NULL CHECK (unit <> ''), 
    taken_at TIMESTAMP WITHOUT TIME ZONE, 
    valid BOOLEAN DEFAULT true NOT NULL, 
    recorded_at TIMESTAMP WITHOUT TIME ZONE DEFAULT now(), 
    raw BYTEA, 
    extra JSON, 
    PRIMARY KEY (id)
);

ALTER TABLE readings ADD COLUMN quality INTEGER CHECK (quality BETWEEN 0 AND 5);

INSERT INTO alembic_version (version_num) VALUES ('0a1b2c3d4e5f') RETURNING alembic_version.version_num;

COMMIT;

