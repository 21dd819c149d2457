-- Running upgrade a0000000000a -> f0000000000f

CREATE TABLE parcels (
    id INTEGER NOT NULL, 
    note VARCHAR2(40 CHAR), 
    PRIMARY KEY (id)
)

/

INSERT INTO alembic_version (version_num) VALUES ('f0000000000f')

/

-- Running upgrade a0000000000a -> e0000000000e

CREATE TABLE carriers (
    id INTEGER NOT NULL, 
    note VARCHAR2(40 CHAR), 
    PRIMARY KEY (id)
)

/

INSERT INTO alembic_version (version_num) VALUES ('e0000000000e')

/

-- Running upgrade a0000000000a -> d0000000000d

CREATE TABLE shipments (
    id INTEGER NOT NULL, 
    note VARCHAR2(40 CHAR), 
    PRIMARY KEY (id)
)

/

INSERT INTO alembic_version (version_num) VALUES ('d0000000000d')

/

-- Running upgrade d0000000000d, e0000000000e, f0000000000f -> 20000000000b

DELETE FROM alembic_version WHERE alembic_version.version_num = 'd0000000000d'

/

DELETE FROM alembic_version WHERE alembic_version.version_num = 'e0000000000e'

/

UPDATE alembic_version SET version_num='20000000000b' WHERE alembic_version.version_num = 'f0000000000f'

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

