CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 2c3d4e5f6a7b

CREATE TABLE account (
    id INTEGER NOT NULL, 
    name VARCHAR(50) NOT NULL, 
    status VARCHAR(20), 
    active BOOLEAN, 
    score INTEGER, 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('2c3d4e5f6a7b') RETURNING version_num;

-- Running upgrade 2c3d4e5f6a7b -> 3d4e5f6a7b8c

INSERT INTO account (id, name, status, active, score) VALUES (1, 'alice', 'new', 1, 10);

INSERT INTO account (id, name, status, active, score) VALUES (2, 'o''brien', NULL, 0, 20);

INSERT INTO account (id, name, status, active, score) VALUES (3, 'carol', 'old', 1, 30);

UPDATE account SET status='active' WHERE account.status = 'new';

UPDATE account SET status='inactive', score=0 WHERE account.status IS NULL AND account.active = 0;

UPDATE account SET score=(account.score + 1) WHERE account.id IN (1, 3);

UPDATE account SET active=NULL WHERE account.name LIKE 'o%' OR account.score >= 100;

UPDATE account SET name='caroline' WHERE account.id = 3;

DELETE FROM account WHERE account.status != 'inactive' AND account.score > 20;

UPDATE alembic_version SET version_num='3d4e5f6a7b8c' WHERE alembic_version.version_num = '2c3d4e5f6a7b';

