-- Running upgrade a1c0ffee0001 -> c3ca7000b001

CREATE TABLE shipments (
    id INTEGER NOT NULL, 
    note VARCHAR(40), 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('c3ca7000b001');

-- Running upgrade c3ca7000b001 -> c3ca7000b002

SELECT 'c3ca7000b002 up';

UPDATE alembic_version SET version_num='c3ca7000b002' WHERE alembic_version.version_num = 'c3ca7000b001';

-- Running upgrade b2ba1100a002, c3ca7000b002 -> d4d0e5000001

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b2ba1100a002';

UPDATE alembic_version SET version_num='d4d0e5000001' WHERE alembic_version.version_num = 'c3ca7000b002';

-- Running upgrade d4d0e5000001 -> e5e1e2000001

CREATE TABLE reports (
    id INTEGER NOT NULL, 
    note VARCHAR(40), 
    PRIMARY KEY (id)
);

UPDATE alembic_version SET version_num='e5e1e2000001' WHERE alembic_version.version_num = 'd4d0e5000001';

