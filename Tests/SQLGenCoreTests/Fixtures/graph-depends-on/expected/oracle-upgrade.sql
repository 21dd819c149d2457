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

-- Running upgrade a1a1a1a1a1a1 -> a2a2a2a2a2a2

CREATE TABLE groups (
    id INTEGER NOT NULL, 
    note VARCHAR2(40 CHAR), 
    PRIMARY KEY (id)
)

/

UPDATE alembic_version SET version_num='a2a2a2a2a2a2' WHERE alembic_version.version_num = 'a1a1a1a1a1a1'

/

-- Running upgrade  -> b1b1b1b1b1b1

CREATE TABLE invoices (
    id INTEGER NOT NULL, 
    note VARCHAR2(40 CHAR), 
    PRIMARY KEY (id)
)

/

INSERT INTO alembic_version (version_num) VALUES ('b1b1b1b1b1b1')

/

-- Running upgrade b1b1b1b1b1b1 -> b2b2b2b2b2b2

CREATE TABLE invoice_groups (
    id INTEGER NOT NULL, 
    note VARCHAR2(40 CHAR), 
    PRIMARY KEY (id)
)

/

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b1b1b1b1b1b1'

/

UPDATE alembic_version SET version_num='b2b2b2b2b2b2' WHERE alembic_version.version_num = 'a2a2a2a2a2a2'

/

-- Running upgrade b2b2b2b2b2b2 -> b3b3b3b3b3b3

SELECT 'b3b3b3b3b3b3 up'

/

UPDATE alembic_version SET version_num='b3b3b3b3b3b3' WHERE alembic_version.version_num = 'b2b2b2b2b2b2'

/

-- Running upgrade a2a2a2a2a2a2 -> a3a3a3a3a3a3

CREATE TABLE roles (
    id INTEGER NOT NULL, 
    note VARCHAR2(40 CHAR), 
    PRIMARY KEY (id)
)

/

INSERT INTO alembic_version (version_num) VALUES ('a3a3a3a3a3a3')

/

