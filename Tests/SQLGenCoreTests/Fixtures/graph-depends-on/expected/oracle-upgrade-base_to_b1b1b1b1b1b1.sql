CREATE TABLE alembic_version (
    version_num VARCHAR2(32 CHAR) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
)

/

-- Running upgrade  -> a1a1a1a1a1a1

CREATE TABLE users (
    id INTEGER NOT NULL, 
    note VARCHAR2(40 CHAR), 
    PRIMARY KEY (id)
)

/

INSERT INTO alembic_version (version_num) VALUES ('a1a1a1a1a1a1')

/

-- Running upgrade  -> b1b1b1b1b1b1

CREATE TABLE invoices (
    id INTEGER NOT NULL, 
    note VARCHAR2(40 CHAR), 
    PRIMARY KEY (id)
)

/

UPDATE alembic_version SET version_num='b1b1b1b1b1b1' WHERE alembic_version.version_num = 'a1a1a1a1a1a1'

/

