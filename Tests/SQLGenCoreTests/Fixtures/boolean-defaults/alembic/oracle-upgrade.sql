CREATE TABLE alembic_version (
    version_num VARCHAR2(32 CHAR) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
)

/

-- Running upgrade  -> 5a1b2c3d4e5f

CREATE TABLE feature_flags (
    id INTEGER NOT NULL, 
    name VARCHAR2(64 CHAR) NOT NULL, 
    enabled BOOLEAN DEFAULT 'false' NOT NULL, 
    visible BOOLEAN DEFAULT 'TRUE', 
    PRIMARY KEY (id)
)

/

ALTER TABLE feature_flags ADD archived BOOLEAN DEFAULT '0' NOT NULL

/

ALTER TABLE feature_flags ADD beta BOOLEAN DEFAULT 'on'

/

INSERT INTO alembic_version (version_num) VALUES ('5a1b2c3d4e5f') RETURNING alembic_version.version_num INTO :ret_0

/

