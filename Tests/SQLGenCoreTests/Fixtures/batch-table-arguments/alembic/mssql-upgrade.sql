BEGIN TRANSACTION;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

GO

-- Running upgrade  -> e1f2a3b4c5d6

CREATE TABLE servers (
    id INTEGER NOT NULL IDENTITY, 
    host VARCHAR(128) NOT NULL, 
    PRIMARY KEY (id)
);

GO

ALTER TABLE servers ADD port INTEGER NULL;

GO

CREATE INDEX ix_servers_port ON servers (port);

GO

INSERT INTO alembic_version (version_num) OUTPUT inserted.version_num VALUES ('e1f2a3b4c5d6');

GO

COMMIT;

GO

