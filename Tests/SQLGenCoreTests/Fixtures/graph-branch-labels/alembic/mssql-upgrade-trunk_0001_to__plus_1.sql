BEGIN TRANSACTION;

-- Running upgrade trunk_0001 -> trunk_0002

CREATE TABLE settings (
    id INTEGER NOT NULL IDENTITY, 
    note VARCHAR(40) NULL, 
    PRIMARY KEY (id)
);

GO

UPDATE alembic_version SET version_num='trunk_0002' WHERE alembic_version.version_num = 'trunk_0001';

GO

COMMIT;

GO

