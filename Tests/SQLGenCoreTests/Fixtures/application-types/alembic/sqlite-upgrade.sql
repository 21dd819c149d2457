CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 3e1f0a7c2b9d

CREATE TABLE devices (
    id CHAR(32) NOT NULL, 
    code VARCHAR(12) NOT NULL, 
    label VARCHAR(64), 
    settings TEXT, 
    registered_at DATETIME NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (code)
);

CREATE TABLE readings (
    id INTEGER NOT NULL, 
    device_id CHAR(32) NOT NULL, 
    amount NUMERIC(12, 2) NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(device_id) REFERENCES devices (id)
);

CREATE INDEX ix_readings_amount ON readings (amount);

INSERT INTO alembic_version (version_num) VALUES ('3e1f0a7c2b9d') RETURNING version_num;

