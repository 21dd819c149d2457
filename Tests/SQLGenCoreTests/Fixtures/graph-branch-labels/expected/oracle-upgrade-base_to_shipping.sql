CREATE TABLE alembic_version (
    version_num VARCHAR2(32 CHAR) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
)

/

-- Running upgrade  -> trunk_0001

CREATE TABLE accounts (
    id INTEGER NOT NULL, 
    note VARCHAR2(40 CHAR), 
    PRIMARY KEY (id)
)

/

INSERT INTO alembic_version (version_num) VALUES ('trunk_0001')

/

-- Running upgrade trunk_0001 -> trunk_0002

CREATE TABLE settings (
    id INTEGER NOT NULL, 
    note VARCHAR2(40 CHAR), 
    PRIMARY KEY (id)
)

/

UPDATE alembic_version SET version_num='trunk_0002' WHERE alembic_version.version_num = 'trunk_0001'

/

-- Running upgrade trunk_0002 -> shipping_0001

CREATE TABLE shipments (
    id INTEGER NOT NULL, 
    note VARCHAR2(40 CHAR), 
    PRIMARY KEY (id)
)

/

UPDATE alembic_version SET version_num='shipping_0001' WHERE alembic_version.version_num = 'trunk_0002'

/

