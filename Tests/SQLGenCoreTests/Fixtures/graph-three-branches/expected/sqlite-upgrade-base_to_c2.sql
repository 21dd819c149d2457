CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> a1

CREATE TABLE accounts (
    id INTEGER NOT NULL, 
    note VARCHAR(40), 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('a1');

-- Running upgrade a1 -> c1

CREATE TABLE shipments (
    id INTEGER NOT NULL, 
    note VARCHAR(40), 
    PRIMARY KEY (id)
);

UPDATE alembic_version SET version_num='c1' WHERE alembic_version.version_num = 'a1';

-- Running upgrade c1 -> c2

SELECT 'c2 up';

UPDATE alembic_version SET version_num='c2' WHERE alembic_version.version_num = 'c1';

