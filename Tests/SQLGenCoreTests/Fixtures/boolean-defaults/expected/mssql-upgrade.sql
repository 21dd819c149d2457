BEGIN TRANSACTION;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

GO

-- Running upgrade  -> 5a1b2c3d4e5f

CREATE TABLE feature_flags (
    id INTEGER NOT NULL IDENTITY, 
    name VARCHAR(64) NOT NULL, 
    enabled BIT NOT NULL DEFAULT 'false', 
    visible BIT NULL DEFAULT 'TRUE', 
    PRIMARY KEY (id)
);

GO

ALTER TABLE feature_flags ADD archived BIT NOT NULL DEFAULT '0';

GO

ALTER TABLE feature_flags ADD beta BIT NULL DEFAULT 'on';

GO

INSERT INTO alembic_version (version_num) VALUES ('5a1b2c3d4e5f');

GO

COMMIT;

GO

