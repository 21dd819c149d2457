CREATE TABLE alembic_version (
    version_num VARCHAR2(32 CHAR) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
)

/

-- Running upgrade  -> a0000000000a

CREATE TABLE accounts (
    id INTEGER NOT NULL, 
    note VARCHAR2(40 CHAR), 
    PRIMARY KEY (id)
)

/

INSERT INTO alembic_version (version_num) VALUES ('a0000000000a') RETURNING alembic_version.version_num INTO :ret_0

/

-- Running upgrade a0000000000a -> f0000000000f

CREATE TABLE parcels (
    id INTEGER NOT NULL, 
    note VARCHAR2(40 CHAR), 
    PRIMARY KEY (id)
)

/

UPDATE alembic_version SET version_num='f0000000000f' WHERE alembic_version.version_num = 'a0000000000a'

/

-- Running upgrade a0000000000a -> e0000000000e

CREATE TABLE carriers (
    id INTEGER NOT NULL, 
    note VARCHAR2(40 CHAR), 
    PRIMARY KEY (id)
)

/

INSERT INTO alembic_version (version_num) VALUES ('e0000000000e') RETURNING alembic_version.version_num INTO :ret_0

/

-- Running upgrade a0000000000a -> c0000000000c

CREATE TABLE payments (
    id INTEGER NOT NULL, 
    note VARCHAR2(40 CHAR), 
    PRIMARY KEY (id)
)

/

INSERT INTO alembic_version (version_num) VALUES ('c0000000000c') RETURNING alembic_version.version_num INTO :ret_0

/

-- Running upgrade a0000000000a -> d0000000000d

CREATE TABLE shipments (
    id INTEGER NOT NULL, 
    note VARCHAR2(40 CHAR), 
    PRIMARY KEY (id)
)

/

INSERT INTO alembic_version (version_num) VALUES ('d0000000000d') RETURNING alembic_version.version_num INTO :ret_0

/

-- Running upgrade d0000000000d, e0000000000e, f0000000000f -> 20000000000b

DELETE FROM alembic_version WHERE alembic_version.version_num = 'd0000000000d'

/

DELETE FROM alembic_version WHERE alembic_version.version_num = 'e0000000000e'

/

UPDATE alembic_version SET version_num='20000000000b' WHERE alembic_version.version_num = 'f0000000000f'

/

-- Running upgrade a0000000000a -> b0000000000b

CREATE TABLE invoices (
    id INTEGER NOT NULL, 
    note VARCHAR2(40 CHAR), 
    PRIMARY KEY (id)
)

/

INSERT INTO alembic_version (version_num) VALUES ('b0000000000b') RETURNING alembic_version.version_num INTO :ret_0

/

-- Running upgrade b0000000000b, c0000000000c -> 10000000000a

DELETE FROM alembic_version WHERE alembic_version.version_num = 'c0000000000c'

/

UPDATE alembic_version SET version_num='10000000000a' WHERE alembic_version.version_num = 'b0000000000b'

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

