BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 4e5f6a7b8c9d

CREATE TABLE player (
    id INTEGER NOT NULL, 
    name VARCHAR(40) NOT NULL, 
    status VARCHAR(20), 
    active BOOLEAN, 
    score INTEGER, 
    joined TIMESTAMP WITHOUT TIME ZONE, 
    born DATE, 
    note VARCHAR(80), 
    PRIMARY KEY (id)
);

CREATE TABLE player_archive (
    id INTEGER NOT NULL, 
    name VARCHAR(80) NOT NULL, 
    score INTEGER, 
    grade VARCHAR(10), 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('4e5f6a7b8c9d') RETURNING alembic_version.version_num;

-- Running upgrade 4e5f6a7b8c9d -> 5f6a7b8c9d0e

INSERT INTO player (id, name, status, active, score, joined, born) VALUES (1, 'Ann', 'new', true, 12, '2024-01-02 03:04:05', '1990-05-06');

INSERT INTO player (id, name, status, active, score, joined, born) VALUES (2, 'bob', 'old', false, 7, '2023-06-07 08:09:10', '2001-02-03');

INSERT INTO player (id, name, status, active, score, born) VALUES (3, 'Cy', NULL, NULL, 3, '2010-01-01');

INSERT INTO player (id, name, status, active, score) VALUES (4, 'dee', 'new', true, 20);

UPDATE player SET note=(player.name || '-' || player.status) WHERE player.status IS NOT NULL;

UPDATE player SET name=upper(player.name) WHERE player.id IN (1, 2);

UPDATE player SET note=CAST(player.score AS VARCHAR(20)) WHERE player.status IS NULL;

UPDATE player SET status=CASE WHEN (player.score >= 10) THEN 'high' WHEN (player.score >= 5) THEN 'mid' ELSE 'low' END;

UPDATE player SET score=CASE player.id WHEN 2 THEN 70 WHEN 3 THEN 30 ELSE player.score END WHERE player.id BETWEEN 2 AND 3;

UPDATE player SET score=(player.score * 2 - 4) WHERE player.name ILIKE 'a%';

UPDATE player SET score=((player.score - player.id) - 1) WHERE (player.id NOT IN (1, 2, 3));

UPDATE player SET score=(player.score / CAST(2 AS NUMERIC)) WHERE NOT player.active;

UPDATE player SET active=true WHERE player.score >= 30 AND (player.id NOT IN (1, 2));

UPDATE player SET score=(player.score % 7 + 1) WHERE player.active;

UPDATE player SET joined=coalesce(player.joined, '2020-01-01 00:00:00'), note='veteran' WHERE player.born < '2005-01-01' AND player.joined > '2023-12-31 23:59:59';

UPDATE player SET note = 'it''s 3' WHERE id = 3 AND born = '2010-01-01';

INSERT INTO player_archive (id, name, score, grade) SELECT player.id, player.name, -player.score, player.status 
FROM player 
WHERE player.score > 5;

INSERT INTO player_archive (id, name) SELECT player.id + 10 AS anon_1, lower(player.note) AS lower_1 
FROM player 
WHERE player.active = false OR player.note LIKE 'v%';

UPDATE alembic_version SET version_num='5f6a7b8c9d0e' WHERE alembic_version.version_num = '4e5f6a7b8c9d';

COMMIT;

