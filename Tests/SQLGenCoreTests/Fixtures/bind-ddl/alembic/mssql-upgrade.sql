BEGIN TRANSACTION;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

GO

-- Running upgrade  -> c4d5e6f7a8b9

CREATE TABLE sensors (
    id INTEGER NOT NULL IDENTITY, 
    label VARCHAR(40) NOT NULL, 
    site VARCHAR(20) NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT uq_sensors_label UNIQUE (label)
);

GO

CREATE INDEX ix_sensors_site ON sensors (site);

GO

CREATE TABLE gateways (
    id INTEGER NOT NULL IDENTITY, 
    primary_sensor_id INTEGER NULL, 
    PRIMARY KEY (id)
);

GO

CREATE TABLE sensor_links (
    id INTEGER NOT NULL IDENTITY, 
    gateway_id INTEGER NOT NULL, 
    PRIMARY KEY (id)
);

GO

CREATE VIEW labelled_sensors AS SELECT id, label FROM sensors WHERE label LIKE 'a:%';

GO

CREATE INDEX ix_sensor_links_gateway ON sensor_links (gateway_id);

GO

INSERT INTO alembic_version (version_num) OUTPUT inserted.version_num VALUES ('c4d5e6f7a8b9');

GO

COMMIT;

GO

