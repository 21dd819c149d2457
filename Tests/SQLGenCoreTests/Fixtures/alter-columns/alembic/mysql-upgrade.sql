CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 0e1f2a3b4c5d

CREATE TABLE profiles (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    nickname VARCHAR(20), 
    bio VARCHAR(100), 
    score INTEGER, 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('0e1f2a3b4c5d');

-- Running upgrade 0e1f2a3b4c5d -> 1f2a3b4c5d6e

ALTER TABLE profiles MODIFY nickname VARCHAR(50) NULL;

ALTER TABLE profiles MODIFY score INTEGER NOT NULL;

ALTER TABLE profiles CHANGE bio about VARCHAR(100) NULL;

UPDATE alembic_version SET version_num='1f2a3b4c5d6e' WHERE alembic_version.version_num = '0e1f2a3b4c5d';

