BEGIN TRANSACTION;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

GO

-- Running upgrade  -> 6a7b8c9d0e1f

CREATE TABLE [order] (
    id INTEGER NOT NULL IDENTITY, 
    [select] VARCHAR(20) NOT NULL, 
    [Group] VARCHAR(20) NULL, 
    [user name] VARCHAR(40) NULL, 
    PRIMARY KEY (id)
);

GO

CREATE INDEX ix_order_select ON [order] ([select]);

GO

CREATE TABLE [UserAccounts] (
    id INTEGER NOT NULL IDENTITY, 
    order_id INTEGER NULL, 
    [From] VARCHAR(10) NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(order_id) REFERENCES [order] (id)
);

GO

INSERT INTO alembic_version (version_num) VALUES ('6a7b8c9d0e1f');

GO

COMMIT;

GO

