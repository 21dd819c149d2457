-- Running downgrade 1f2a3b4c5d6e -> 0e1f2a3b4c5d

ALTER TABLE profiles RENAME COLUMN about TO bio;

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
    nickname VARCHAR(20), 
    bio VARCHAR(100), 
    score INTEGER, 
    PRIMARY KEY (id)
);

INSERT INTO _alembic_tmp_profiles (id, nickname, bio, score) SELECT id, nickname, bio, score FROM profiles;

DROP TABLE profiles;

ALTER TABLE _alembic_tmp_profiles RENAME TO profiles;

PRAGMA foreign_keys=ON;

UPDATE alembic_version SET version_num='0e1f2a3b4c5d' WHERE alembic_version.version_num = '1f2a3b4c5d6e';

-- Running downgrade 0e1f2a3b4c5d -> 

DROP TABLE profiles;

DELETE FROM alembic_version WHERE alembic_version.version_num = '0e1f2a3b4c5d';

