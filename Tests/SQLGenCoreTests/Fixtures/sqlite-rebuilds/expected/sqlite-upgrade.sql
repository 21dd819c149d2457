CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 4d5e6f708192

CREATE TABLE teams (
    id INTEGER NOT NULL, 
    name VARCHAR(50) NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (name)
);

CREATE TABLE members (
    id INTEGER NOT NULL, 
    team_id INTEGER NOT NULL, 
    email VARCHAR(100), 
    age INTEGER, 
    nickname VARCHAR(30), 
    active BOOLEAN DEFAULT 1 NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(team_id) REFERENCES teams (id) ON DELETE CASCADE
);

CREATE INDEX ix_members_email ON members (email);

INSERT INTO teams (id, name) VALUES (1, 'core');

INSERT INTO teams (id, name) VALUES (2, 'web');

INSERT INTO members (id, team_id, email, age, nickname) VALUES (1, 1, 'ann@example.com', 31, 'ann');

INSERT INTO members (id, team_id, email, age, nickname) VALUES (2, 2, 'bob@example.com', NULL, NULL);

INSERT INTO alembic_version (version_num) VALUES ('4d5e6f708192');

-- Running upgrade 4d5e6f708192 -> 5e6f708192a3

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

INSERT INTO _alembic_tmp_members (id, team_id, email, age, active) SELECT id, team_id, email, age, active FROM members;

DROP TABLE members;

ALTER TABLE _alembic_tmp_members RENAME TO members;

CREATE INDEX ix_members_email ON members (email);

PRAGMA foreign_keys=ON;

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
    CONSTRAINT ck_members_age CHECK (age IS NULL OR age >= 0), 
    FOREIGN KEY(team_id) REFERENCES teams (id) ON DELETE CASCADE
);

INSERT INTO _alembic_tmp_members (id, team_id, email, age, active, score) SELECT id, team_id, email, age, active, score FROM members;

DROP TABLE members;

ALTER TABLE _alembic_tmp_members RENAME TO members;

CREATE INDEX ix_members_email ON members (email);

PRAGMA foreign_keys=ON;

ALTER TABLE members RENAME COLUMN age TO years;

UPDATE alembic_version SET version_num='5e6f708192a3' WHERE alembic_version.version_num = '4d5e6f708192';

