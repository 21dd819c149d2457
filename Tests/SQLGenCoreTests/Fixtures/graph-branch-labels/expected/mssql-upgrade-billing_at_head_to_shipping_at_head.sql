BEGIN TRANSACTION;

-- Running upgrade trunk_0002 -> shipping_0001

CREATE TABLE shipments (
    id INTEGER NOT NULL IDENTITY, 
    note VARCHAR(40) NULL, 
    PRIMARY KEY (id)
);

GO

INSERT INTO alembic_version (version_num) VALUES ('shipping_0001');

GO

-- Running upgrade shipping_0001 -> shipping_0002

SELECT 'shipping_0002 up';

GO

UPDATE alembic_version SET version_num='shipping_0002' WHERE alembic_version.version_num = 'shipping_0001';

GO

COMMIT;

GO

