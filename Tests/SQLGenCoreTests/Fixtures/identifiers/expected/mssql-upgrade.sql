BEGIN TRANSACTION;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

GO

-- Running upgrade  -> a01b2c3d4e5f

CREATE SCHEMA app;

GO

CREATE TABLE app.[user] (
    id BIGINT NOT NULL IDENTITY, 
    [Email] VARCHAR(200) NOT NULL, 
    [group] VARCHAR(50) NULL DEFAULT 'it''s', 
    PRIMARY KEY (id), 
    UNIQUE ([Email])
);

GO

CREATE TABLE [Order Items] (
    [order] INTEGER NOT NULL, 
    line SMALLINT NOT NULL, 
    user_id BIGINT NULL, 
    qty NUMERIC(10, 2) NULL DEFAULT 0, 
    note TEXT NULL, 
    created DATETIMEOFFSET NULL DEFAULT CURRENT_TIMESTAMP, 
    PRIMARY KEY ([order], line), 
    CONSTRAINT [uq "quoted"] UNIQUE ([order], user_id), 
    FOREIGN KEY(user_id) REFERENCES app.[user] (id) ON DELETE SET NULL ON UPDATE CASCADE
);

GO

INSERT INTO alembic_version (version_num) VALUES ('a01b2c3d4e5f');

GO

-- Running upgrade a01b2c3d4e5f -> b02c3d4e5f6a

ALTER TABLE [Order Items] ADD [select] BIT NOT NULL DEFAULT 0;

GO

CREATE UNIQUE INDEX ix_select ON [Order Items] ([select], [order]);

GO

-- sqlgen: the database will refuse this: SQL Server foreign keys take no MATCH clause (b02c3d4e5f6a_keys_and_indexes.py:20:5)

-- sqlgen: the database will refuse this: SQL Server constraints cannot be DEFERRABLE or INITIALLY ... (b02c3d4e5f6a_keys_and_indexes.py:20:5)

ALTER TABLE [Order Items] ADD CONSTRAINT fk_deferred FOREIGN KEY(user_id) REFERENCES app.[user] (id) MATCH SIMPLE DEFERRABLE INITIALLY DEFERRED;

GO

COMMENT ON TABLE "Order Items" IS 'it''s: tabs and\backslashes';

GO

UPDATE alembic_version SET version_num='b02c3d4e5f6a' WHERE alembic_version.version_num = 'a01b2c3d4e5f';

GO

COMMIT;

GO

