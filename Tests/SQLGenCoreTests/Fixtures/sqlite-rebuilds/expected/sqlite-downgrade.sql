-- Running downgrade 5e6f708192a3 -> 4d5e6f708192

ALTER TABLE members RENAME COLUMN years TO age;

PRAGMA foreign_keys=OFF;

CREATE TABLE _alembic_tmp_members (
    id INTEGER NOT NULL, 
    team_id INTEGER NOT NULL, 
    email VARCHAR(200) NOT NULL, 
    age INTEGER, 
    active BOOLEAN DEFAULT 1 NOT NULL, 
    score INTEGER DEFAULT '0' NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT uq_members_email UNIQUE (email), 
    FOREIGN KEY(team_id) REFERENCES teams (id) ON DELETE CASCADE
);

INSERT INTO _alembic_tmp_members (id, team_id, email, age, active, score) SELECT id, team_id, email, age, active, score FROM members;

DROP TABLE members;

ALTER TABLE _alembic_tmp_members RENAME TO members;

CREATE INDEX ix_members_email ON members (email);

PRAGMA foreign_keys=ON;

PRAGMA foreign_keys=OFF;

CREATE TABLE _alembic_tmp_members (
    id INTEGER NOT NULL, 
    team_id INTEGER NOT NULL, 
    email VARCHAR(100), 
    age INTEGER, 
    active BOOLEAN DEFAULT 1 NOT NULL, 
    nickname VARCHAR(30), 
    PRIMARY KEY (id), 
    FOREIGN KEY(team_id) REFERENCES teams (id) ON DELETE CASCADE
);

INSERT INTO _alembic_tmp_members (id, team_id, email, age, active) SELECT id, team_id, email, age, active FROM members;

DROP TABLE members;

ALTER TABLE _alembic_tmp_members RENAME TO members;

CREATE INDEX ix_members_email ON members (email);

PRAGMA foreign_keys=ON;

UPDATE alembic_version SET version_num='4d5e6f708192' WHERE alembic_version.version_num = '5e6f708192a3';

-- Running downgrade 4d5e6f708192 -> 

DROP INDEX ix_members_email;

DROP TABLE members;

DROP TABLE teams;

DELETE FROM alembic_version WHERE alembic_version.version_num = '4d5e6f708192';

