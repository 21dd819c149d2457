CREATE TABLE alembic_version (
    version_num VARCHAR2(32 CHAR) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
)

/

-- Running upgrade  -> 8f9a0b1c2d3e

CREATE TABLE heroes (
    id INTEGER NOT NULL, 
    name VARCHAR2 NOT NULL, 
    secret_name VARCHAR2(40 CHAR) NOT NULL, 
    PRIMARY KEY (id)
)

/

ALTER TABLE heroes ADD motto VARCHAR2

/

CREATE INDEX ix_heroes_name ON heroes (name)

/

INSERT INTO heroes (name, secret_name) VALUES ('Deadpond', 'Dive Wilson')

/

INSERT INTO alembic_version (version_num) VALUES ('8f9a0b1c2d3e')

/

