CREATE TABLE alembic_version (
    version_num VARCHAR2(32 CHAR) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
)

/

-- Running upgrade  -> 4e5f6a7b8c9d

CREATE TABLE player (
    id INTEGER NOT NULL, 
    name VARCHAR2(40 CHAR) NOT NULL, 
    status VARCHAR2(20 CHAR), 
    active BOOLEAN, 
    score INTEGER, 
    joined DATE, 
    born DATE, 
    note VARCHAR2(80 CHAR), 
    PRIMARY KEY (id)
)

/

CREATE TABLE player_archive (
    id INTEGER NOT NULL, 
    name VARCHAR2(80 CHAR) NOT NULL, 
    score INTEGER, 
    grade VARCHAR2(10 CHAR), 
    PRIMARY KEY (id)
)

/

INSERT INTO alembic_version (version_num) VALUES ('4e5f6a7b8c9d')

/

-- Running upgrade 4e5f6a7b8c9d -> 5f6a7b8c9d0e

INSERT INTO player (id, name, status, active, score, joined, born) VALUES (1, 'Ann', 'new', 1, 12, TO_DATE('2024-01-02 03:04:05', 'YYYY-MM-DD HH24:MI:SS'), TO_DATE('1990-05-06', 'YYYY-MM-DD'))

/

INSERT INTO player (id, name, status, active, score, joined, born) VALUES (2, 'bob', 'old', 0, 7, TO_DATE('2023-06-07 08:09:10', 'YYYY-MM-DD HH24:MI:SS'), TO_DATE('2001-02-03', 'YYYY-MM-DD'))

/

INSERT INTO player (id, name, status, active, score, born) VALUES (3, 'Cy', NULL, NULL, 3, TO_DATE('2010-01-01', 'YYYY-MM-DD'))

/

INSERT INTO player (id, name, status, active, score) VALUES (4, 'dee', 'new', 1, 20)

/

UPDATE player SET note=(player.name || '-' || player.status) WHERE player.status IS NOT NULL

/

UPDATE player SET name=upper(player.name) WHERE player.id IN (1, 2)

/

UPDATE player SET note=CAST(player.score AS VARCHAR2(20 CHAR)) WHERE player.status IS NULL

/

UPDATE player SET status=CASE WHEN (player.score >= 10) THEN 'high' WHEN (player.score >= 5) THEN 'mid' ELSE 'low' END

/

UPDATE player SET score=CASE player.id WHEN 2 THEN 70 WHEN 3 THEN 30 ELSE player.score END WHERE player.id BETWEEN 2 AND 3

/

UPDATE player SET score=(player.score * 2 - 4) WHERE lower(player.name) LIKE lower('a%')

/

UPDATE player SET score=((player.score - player.id) - 1) WHERE (player.id NOT IN (1, 2, 3))

/

UPDATE player SET score=(player.score / 2) WHERE NOT player.active

/

UPDATE player SET active=1 WHERE player.score >= 30 AND (player.id NOT IN (1, 2))

/

UPDATE player SET score=(mod(player.score, 7) + 1) WHERE player.active

/

UPDATE player SET joined=coalesce(player.joined, TO_DATE('2020-01-01 00:00:00', 'YYYY-MM-DD HH24:MI:SS')), note='veteran' WHERE player.born < TO_DATE('2005-01-01', 'YYYY-MM-DD') AND player.joined > TO_DATE('2023-12-31 23:59:59', 'YYYY-MM-DD HH24:MI:SS')

/

UPDATE player SET note = 'it''s 3' WHERE id = 3 AND born = TO_DATE('2010-01-01', 'YYYY-MM-DD')

/

INSERT INTO player_archive (id, name, score, grade) SELECT player.id, player.name, -player.score, player.status 
FROM player 
WHERE player.score > 5

/

INSERT INTO player_archive (id, name) SELECT player.id + 10 AS anon_1, lower(player.note) AS lower_1 
FROM player 
WHERE player.active = 0 OR player.note LIKE 'v%'

/

UPDATE alembic_version SET version_num='5f6a7b8c9d0e' WHERE alembic_version.version_num = '4e5f6a7b8c9d'

/

