CREATE TABLE alembic_version (
    version_num VARCHAR2(32 CHAR) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
)

/

-- Running upgrade  -> c4d5e6f7a8b9

CREATE TABLE sensors (
    id INTEGER NOT NULL, 
    label VARCHAR2(40 CHAR) NOT NULL, 
    site VARCHAR2(20 CHAR), 
    PRIMARY KEY (id), 
    CONSTRAINT uq_sensors_label UNIQUE (label)
)

/

CREATE INDEX ix_sensors_site ON sensors (site)

/

CREATE TABLE gateways (
    id INTEGER NOT NULL, 
    primary_sensor_id INTEGER, 
    PRIMARY KEY (id)
)

/

CREATE TABLE sensor_links (
    id INTEGER NOT NULL, 
    gateway_id INTEGER NOT NULL, 
    PRIMARY KEY (id)
)

/

CREATE VIEW labelled_sensors AS SELECT id, label FROM sensors WHERE label LIKE 'a:%'

/

CREATE INDEX ix_sensor_links_gateway ON sensor_links (gateway_id)

/

INSERT INTO alembic_version (version_num) VALUES ('c4d5e6f7a8b9')

/

