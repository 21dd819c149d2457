BEGIN TRANSACTION;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

GO

-- Running upgrade  -> 8c9d0e1f2a3b

CREATE TABLE team (
    id INTEGER NOT NULL, 
    name VARCHAR(30) NOT NULL, 
    score INTEGER NOT NULL, 
    PRIMARY KEY (id)
);

GO

CREATE TABLE team_bonus (
    team_id INTEGER NOT NULL, 
    bonus INTEGER NOT NULL, 
    PRIMARY KEY (team_id)
);

GO

INSERT INTO alembic_version (version_num) OUTPUT inserted.version_num VALUES ('8c9d0e1f2a3b');

GO

-- Running upgrade 8c9d0e1f2a3b -> 9d0e1f2a3b4c

INSERT INTO team (id, name, score) VALUES (1, 'red', 10);

GO

INSERT INTO team (id, name, score) VALUES (2, 'blue', 20);

GO

INSERT INTO team (id, name, score) VALUES (3, 'green', 30);

GO

INSERT INTO team_bonus (team_id, bonus) VALUES (1, 5);

GO

INSERT INTO team_bonus (team_id, bonus) VALUES (3, -40);

GO

UPDATE team SET score=(team.score + team_bonus.bonus) FROM team, team_bonus WHERE team.id = team_bonus.team_id AND team_bonus.bonus > 0;

GO

DELETE FROM team FROM team, team_bonus WHERE team.id = team_bonus.team_id AND team_bonus.bonus < 0;

GO

UPDATE alembic_version SET version_num='9d0e1f2a3b4c' WHERE alembic_version.version_num = '8c9d0e1f2a3b';

GO

COMMIT;

GO

