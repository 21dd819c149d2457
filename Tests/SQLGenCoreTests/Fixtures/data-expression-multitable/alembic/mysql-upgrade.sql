CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 8c9d0e1f2a3b

CREATE TABLE team (
    id INTEGER NOT NULL, 
    name VARCHAR(30) NOT NULL, 
    score INTEGER NOT NULL, 
    PRIMARY KEY (id)
);

CREATE TABLE team_bonus (
    team_id INTEGER NOT NULL, 
    bonus INTEGER NOT NULL, 
    PRIMARY KEY (team_id)
);

INSERT INTO alembic_version (version_num) VALUES ('8c9d0e1f2a3b');

-- Running upgrade 8c9d0e1f2a3b -> 9d0e1f2a3b4c

INSERT INTO team (id, name, score) VALUES (1, 'red', 10);

INSERT INTO team (id, name, score) VALUES (2, 'blue', 20);

INSERT INTO team (id, name, score) VALUES (3, 'green', 30);

INSERT INTO team_bonus (team_id, bonus) VALUES (1, 5);

INSERT INTO team_bonus (team_id, bonus) VALUES (3, -40);

UPDATE team, team_bonus SET team.score=(team.score + team_bonus.bonus) WHERE team.id = team_bonus.team_id AND team_bonus.bonus > 0;

DELETE FROM team USING team, team_bonus WHERE team.id = team_bonus.team_id AND team_bonus.bonus < 0;

UPDATE alembic_version SET version_num='9d0e1f2a3b4c' WHERE alembic_version.version_num = '8c9d0e1f2a3b';

