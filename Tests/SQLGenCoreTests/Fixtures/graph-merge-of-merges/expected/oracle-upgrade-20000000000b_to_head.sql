-- Running upgrade a0000000000a -> c0000000000c

CREATE TABLE payments (
    id INTEGER NOT NULL, 
    note VARCHAR2(40 CHAR), 
    PRIMARY KEY (id)
)

/

INSERT INTO alembic_version (version_num) VALUES ('c0000000000c')

/

-- Running upgrade a0000000000a -> b0000000000b

CREATE TABLE invoices (
    id INTEGER NOT NULL, 
    note VARCHAR2(40 CHAR), 
    PRIMARY KEY (id)
)

/

INSERT INTO alembic_version (version_num) VALUES ('b0000000000b')

/

-- Running upgrade b0000000000b, c0000000000c -> 10000000000a

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b0000000000b'

/

UPDATE alembic_version SET version_num='10000000000a' WHERE alembic_version.version_num = 'c0000000000c'

/

-- Running upgrade 10000000000a, 20000000000b -> 30000000000c

DELETE FROM alembic_version WHERE alembic_version.version_num = '10000000000a'

/

UPDATE alembic_version SET version_num='30000000000c' WHERE alembic_version.version_num = '20000000000b'

/

-- Running upgrade 30000000000c -> 40000000000d

CREATE TABLE reports (
    id INTEGER NOT NULL, 
    note VARCHAR2(40 CHAR), 
    PRIMARY KEY (id)
)

/

UPDATE alembic_version SET version_num='40000000000d' WHERE alembic_version.version_num = '30000000000c'

/

