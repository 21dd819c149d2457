CREATE TABLE alembic_version (
    version_num VARCHAR2(32 CHAR) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
)

/

-- Running upgrade  -> 0a1b2c3d4e5f

CREATE TABLE readings (
    id INTEGER NOT NULL, 
    sensor INTEGER NOT NULL, 
    value INTEGER NOT NULL CHECK (value >= 0), 
    unit VARCHAR2(8 CHAR) DEFAULT 'C' NOT NULL CHECK (unit <> ''), 
    taken_at TIMESTAMP, 
    valid BOOLEAN DEFAULT 1 NOT NULL, 
    recorded_at DATE DEFAULT CURRENT_TIMESTAMP, 
    "raw" BLOB, 
    extra JSON, 
    PRIMARY KEY (id)
)

/

ALTER TABLE readings ADD quality INTEGER

/

INSERT INTO alembic_version (version_num) VALUES ('0a1b2c3d4e5f') RETURNING alembic_version.version_num INTO :ret_0

/

