CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 4d5e6f708192

CREATE TABLE teams (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    name VARCHAR(50) NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (name)
);

CREATE TABLE members (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    team_id INTEGER NOT NULL, 
    email VARCHAR(100), 
    age INTEGER, 
    nickname VARCHAR(30), 
    active BOOL NOT NULL DEFAULT true, 
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

ALTER TABLE members MODIFY email VARCHAR(200) NOT NULL;

ALTER TABLE members ADD COLUMN score INTEGER NOT NULL DEFAULT '0';

ALTER TABLE members DROP COLUMN nickname;

ALTER TABLE members ADD CONSTRAINT uq_members_email UNIQUE (email);

ALTER TABLE members ADD CONSTRAINT ck_members_age CHECK (age IS NULL OR age >= 0);

ALTER TABLE members CHANGE age years INTEGER NULL;

UPDATE alembic_version SET version_num='5e6f708192a3' WHERE alembic_version.version_num = '4d5e6f708192';

