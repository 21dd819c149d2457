CREATE TABLE alembic_version (
    version_num VARCHAR2(32 CHAR) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
)

/

-- Running upgrade  -> e1f2a3b4c5d6

CREATE TABLE servers (
    id INTEGER NOT NULL, 
    host VARCHAR2(128 CHAR) NOT NULL, 
    PRIMARY KEY (id)
)

/

ALTER TABLE servers ADD port INTEGER

/

CREATE INDEX ix_servers_port ON servers (port)

/

INSERT INTO alembic_version (version_num) VALUES ('e1f2a3b4c5d6')

/

