CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> a0000000000a

CREATE TABLE accounts (
    id INTEGER NOT NULL, 
    note VARCHAR(40), 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('a0000000000a');

-- Running upgrade a0000000000a -> f0000000000f

CREATE TABLE parcels (
    id INTEGER NOT NULL, 
    note VARCHAR(40), 
    PRIMARY KEY (id)
);

UPDATE alembic_version SET version_num='f0000000000f' WHERE alembic_version.version_num = 'a0000000000a';

-- Running upgrade a0000000000a -> e0000000000e

CREATE TABLE carriers (
    id INTEGER NOT NULL, 
    note VARCHAR(40), 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('e0000000000e');

-- Running upgrade a0000000000a -> d0000000000d

CREATE TABLE shipments (
    id INTEGER NOT NULL, 
    note VARCHAR(40), 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('d0000000000d');

-- Running upgrade d0000000000d, e0000000000e, f0000000000f -> 20000000000b

DELETE FROM alembic_version WHERE alembic_version.version_num = 'd0000000000d';

DELETE FROM alembic_version WHERE alembic_version.version_num = 'e0000000000e';

UPDATE alembic_version SET version_num='20000000000b' WHERE alembic_version.version_num = 'f0000000000f';

