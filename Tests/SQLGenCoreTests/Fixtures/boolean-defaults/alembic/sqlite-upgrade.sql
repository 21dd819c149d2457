CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 5a1b2c3d4e5f

CREATE TABLE feature_flags (
    id INTEGER NOT NULL, 
    name VARCHAR(64) NOT NULL, 
    enabled BOOLEAN DEFAULT 'false' NOT NULL, 
    visible BOOLEAN DEFAULT 'TRUE', 
    PRIMARY KEY (id)
);

ALTER TABLE feature_flags ADD COLUMN archived BOOLEAN DEFAULT '0' NOT NULL;

ALTER TABLE feature_flags ADD COLUMN beta BOOLEAN DEFAULT 'on';

INSERT INTO alembic_version (version_num) VALUES ('5a1b2c3d4e5f') RETURNING version_num;

