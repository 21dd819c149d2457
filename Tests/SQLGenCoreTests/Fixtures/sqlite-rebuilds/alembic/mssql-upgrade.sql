BEGIN TRANSACTION;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

GO

-- Running upgrade  -> 4d5e6f708192

CREATE TABLE teams (
    id INTEGER NOT NULL IDENTITY, 
    name VARCHAR(50) NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (name)
);

GO

CREATE TABLE members (
    id INTEGER NOT NULL IDENTITY, 
    team_id INTEGER NOT NULL, 
    email VARCHAR(100) NULL, 
    age INTEGER NULL, 
    nickname VARCHAR(30) NULL, 
    active BIT NOT NULL DEFAULT 1, 
    PRIMARY KEY (id), 
    FOREIGN KEY(team_id) REFERENCES teams (id) ON DELETE CASCADE
);

GO

CREATE INDEX ix_members_email ON members (email);

GO

SET IDENTITY_INSERT teams ON;

GO

INSERT INTO teams (id, name) VALUES (1, 'core');

GO

INSERT INTO teams (id, name) VALUES (2, 'web');

GO

SET IDENTITY_INSERT teams OFF;

GO

SET IDENTITY_INSERT members ON;

GO

INSERT INTO members (id, team_id, email, age, nickname) VALUES (1, 1, 'ann@example.com', 31, 'ann');

GO

INSERT INTO members (id, team_id, email, age, nickname) VALUES (2, 2, 'bob@example.com', NULL, NULL);

GO

SET IDENTITY_INSERT members OFF;

GO

INSERT INTO alembic_version (version_num) OUTPUT inserted.version_num VALUES ('4d5e6f708192');

GO

-- Running upgrade 4d5e6f708192 -> 5e6f708192a3

ALTER TABLE members ALTER COLUMN email VARCHAR(200) NOT NULL;

GO

ALTER TABLE members ADD score INTEGER NOT NULL DEFAULT '0';

GO

ALTER TABLE members DROP COLUMN nickname;

GO

ALTER TABLE members ADD CONSTRAINT uq_members_email UNIQUE (email);

GO

ALTER TABLE members ADD CONSTRAINT ck_members_age CHECK (age IS NULL OR age >= 0);

GO

EXEC sp_rename 'members.age', years, 'COLUMN';

GO

UPDATE alembic_version SET version_num='5e6f708192a3' WHERE alembic_version.version_num = '4d5e6f708192';

GO

COMMIT;

GO

