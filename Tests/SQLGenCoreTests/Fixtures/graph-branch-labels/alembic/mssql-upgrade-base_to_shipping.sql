BEGIN TRANSACTION;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

GO

-- Running upgrade  -> trunk_0001

CREATE TABLE accounts (
    id INTEGER NOT NULL IDENTITY, 
    note VARCHAR(40) NULL, 
    PRIMARY KEY (id)
);

GO

INSERT INTO alembic_version (version_num) OUTPUT inserted.version_num VALUES ('trunk_0001');

GO

-- Running upgrade trunk_0001 -> trunk_0002

CREATE TABLE settings (
    id INTEGER NOT NULL IDENTITY, 
    note VARCHAR(40) NULL, 
    PRIMARY KEY (id)
);

GO

UPDATE alembic_version SET version_num='trunk_0002' WHERE alembic_version.version_num = 'trunk_0001';

GO

-- Running upgrade trunk_0002 -> shipping_0001

CREATE TABLE shipments (
    id INTEGER NOT NULL IDENTITY, 
    note VARCHAR(40) NULL, 
    PRIMARY KEY (id)
);

GO

UPDATE alembic_version SET version_num='shipping_0001' WHERE alembic_version.version_num = 'trunk_0002';

GO

COMMIT;

GO

