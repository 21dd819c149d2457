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

INSERT INTO alembic_version (version_num) VALUES ('0e1f2a3b4c5d');

-- Running upgrade 0e1f2a3b4c5d -> 1f2a3b4c5d6e

PRAGMA foreign_keys=OFF;

CREATE TABLE _alembic_tmp_profiles (
    id INTEGER NOT NULL, 
    nickname VARCHAR(50), 
    bio VARCHAR(100), 
    score INTEGER, 
    PRIMARY KEY (id)
);

INSERT INTO _alembic_tmp_profiles (id, nickname, bio, score) SELECT id, nickname, bio, score FROM profiles;

DROP TABLE profiles;

ALTER TABLE _alembic_tmp_profiles RENAME TO profiles;

PRAGMA foreign_keys=ON;

PRAGMA foreign_keys=OFF;

CREATE TABLE _alembic_tmp_profiles (
    id INTEGER NOT NULL, 
    nickname VARCHAR(50), 
    bio VARCHAR(100), 
    score INTEGER NOT NULL, 
    PRIMARY KEY (id)
);

INSERT INTO _alembic_tmp_profiles (id, nickname, bio, score) SELECT id, nickname, bio, score FROM profiles;

DROP TABLE profiles;

ALTER TABLE _alembic_tmp_profiles RENAME TO profiles;

PRAGMA foreign_keys=ON;

ALTER TABLE profiles RENAME COLUMN bio TO about;

UPDATE alembic_version SET version_num='1f2a3b4c5d6e' WHERE alembic_version.version_num = '0e1f2a3b4c5d';

