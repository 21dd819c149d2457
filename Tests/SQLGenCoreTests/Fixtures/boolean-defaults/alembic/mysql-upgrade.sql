CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 5a1b2c3d4e5f

CREATE TABLE feature_flags (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    name VARCHAR(64) NOT NULL, 
    enabled BOOL NOT NULL DEFAULT 'false', 
    visible BOOL DEFAULT 'TRUE', 
    PRIMARY KEY (id)
);

ALTER TABLE feature_flags ADD COLUMN archived BOOL NOT NULL DEFAULT '0';

ALTER TABLE feature_flags ADD COLUMN beta BOOL DEFAULT 'on';

INSERT INTO alembic_version (version_num) VALUES ('5a1b2c3d4e5f');

