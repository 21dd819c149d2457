CREATE TABLE alembic_version (
    version_num VARCHAR2(32 CHAR) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
)

/

-- Running upgrade  -> 3e1f0a7c2b9d

CREATE TABLE devices (
    id CHAR(32) NOT NULL, 
    code VARCHAR2(12 CHAR) NOT NULL, 
    label VARCHAR2(64 CHAR), 
    settings CLOB, 
    registered_at DATE NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (code)
)

/

CREATE TABLE readings (
    id INTEGER NOT NULL, 
    device_id CHAR(32) NOT NULL, 
    amount NUMERIC(12, 2) NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(device_id) REFERENCES devices (id)
)

/

CREATE INDEX ix_readings_amount ON readings (amount)

/

INSERT INTO alembic_version (version_num) VALUES ('3e1f0a7c2b9d') RETURNING alembic_version.version_num INTO :ret_0

/

