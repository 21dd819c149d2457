CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 0e1f2a3b4c5d

CREATE TABLE profiles (
    id INTEGER NOT NULL, 
    nickname VARCHAR(20), 
    bio VARCHAR(100), 
    score INTEGER, 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('0e1f2a3b4c5d') RETURNING version_num;

-- Running upgrade 0e1f2a3b4c5d -> 1f2a3b4c5d6e

ALTER TABLE profiles ALTER COLUMN nickname TYPE VARCHAR(50);

ALTER TABLE profiles ALTER COLUMN score SET NOT NULL;

ALTER TABLE profiles RENAME COLUMN bio TO about;

UPDATE alembic_version SET version_num='1f2a3b4c5d6e' WHERE alembic_version.version_num = '0e1f2a3b4c5d';

