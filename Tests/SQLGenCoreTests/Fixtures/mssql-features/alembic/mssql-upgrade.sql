BEGIN TRANSACTION;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

GO

-- Running upgrade  -> a1b2c3d4e5f6

CREATE SCHEMA sales;

GO

CREATE TABLE sales.customers (
    id INTEGER NOT NULL IDENTITY, 
    name NVARCHAR(100) NOT NULL, 
    email VARCHAR(255) NOT NULL, 
    notes NTEXT NULL, 
    bio TEXT NULL, 
    code VARCHAR(max) NULL, 
    active BIT NOT NULL DEFAULT 1, 
    vip BIT NULL DEFAULT 0, 
    joined DATETIME NULL, 
    wake DATETIME NULL, 
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, 
    updated_at DATETIMEOFFSET NULL DEFAULT SYSDATETIMEOFFSET(), 
    balance NUMERIC(12, 2) NULL DEFAULT '0', 
    ratio FLOAT NULL, 
    score DOUBLE PRECISION NULL, 
    photo IMAGE NULL, 
    token UNIQUEIDENTIFIER NULL, 
    prefs NVARCHAR(max) NULL, 
    tier VARCHAR(6) NULL, 
    kind VARCHAR(7) NULL, 
    country CHAR(2) NULL, 
    PRIMARY KEY (id), 
    UNIQUE (email), 
    CONSTRAINT ck_customers_tier CHECK (tier IN ('bronze', 'silver', 'gold'))
);

GO

execute sp_addextendedproperty 'MS_Description', N'who buys', 'schema', sales, 'table', customers;

GO

execute sp_addextendedproperty 'MS_Description', N'customer''s name', 'schema', sales, 'table', customers, 'column', name;

GO

CREATE TABLE sales.orders (
    id BIGINT NOT NULL IDENTITY(1000,10), 
    customer_id INTEGER NOT NULL, 
    placed DATETIME2(3) NOT NULL, 
    placed_tz DATETIMEOFFSET(5) NULL, 
    ref UNIQUEIDENTIFIER NULL DEFAULT NEWID(), 
    flags TINYINT NULL, 
    paid BIT NULL DEFAULT 0, 
    amount MONEY NULL, 
    small_amount SMALLMONEY NULL, 
    payload XML NULL, 
    scan IMAGE NULL, 
    memo NTEXT NULL, 
    label NVARCHAR(40) NULL, 
    blob VARBINARY(max) NULL, 
    ts ROWVERSION NULL, 
    due SMALLDATETIME NULL, 
    at TIME(2) NULL, 
    variant SQL_VARIANT NULL, 
    total AS (amount * 2) PERSISTED, 
    half AS (amount / 2), 
    qty INTEGER NOT NULL DEFAULT 1, 
    PRIMARY KEY (id), 
    CONSTRAINT ck_orders_qty CHECK (qty > 0), 
    CONSTRAINT uq_orders_customer_ref UNIQUE (customer_id, ref), 
    FOREIGN KEY(customer_id) REFERENCES sales.customers (id) ON DELETE CASCADE
);

GO

CREATE INDEX ix_orders_customer ON sales.orders (customer_id, placed) INCLUDE (amount, qty) WHERE qty > 1;

GO

CREATE UNIQUE NONCLUSTERED INDEX ix_orders_placed ON sales.orders (placed);

GO

CREATE TABLE [user] (
    [key] INTEGER NOT NULL, 
    [Display Name] NVARCHAR(50) NULL DEFAULT 'it''s', 
    [select]]] INTEGER NULL, 
    PRIMARY KEY ([key])
);

GO

INSERT INTO alembic_version (version_num) OUTPUT inserted.version_num VALUES ('a1b2c3d4e5f6');

GO

-- Running upgrade a1b2c3d4e5f6 -> b2c3d4e5f6a7

ALTER TABLE sales.customers ADD phone VARCHAR(30) NULL DEFAULT 'n/a';

GO

ALTER TABLE sales.customers ADD level SMALLINT NOT NULL DEFAULT 1;

GO

ALTER TABLE sales.customers ALTER COLUMN phone VARCHAR(30) NOT NULL;

GO

ALTER TABLE sales.customers ALTER COLUMN email NVARCHAR(320) NOT NULL;

GO

ALTER TABLE sales.customers ALTER COLUMN code VARCHAR(20) NULL;

GO

ALTER TABLE sales.customers ALTER COLUMN bio NTEXT NULL;

GO

declare @const_name varchar(256)
select @const_name = QUOTENAME([name]) from sys.default_constraints
where parent_object_id = object_id('sales.customers')
and col_name(parent_object_id, parent_column_id) = 'level'
exec('alter table sales.customers drop constraint ' + @const_name);

GO

ALTER TABLE sales.customers ADD DEFAULT 2 FOR level;

GO

declare @const_name varchar(256)
select @const_name = QUOTENAME([name]) from sys.default_constraints
where parent_object_id = object_id('sales.customers')
and col_name(parent_object_id, parent_column_id) = 'vip'
exec('alter table sales.customers drop constraint ' + @const_name);

GO

exec sp_updateextendedproperty 'MS_Description', N'full name', 'schema', sales, 'table', customers, 'column', name;

GO

exec sp_addextendedproperty 'MS_Description', N'first order', 'schema', sales, 'table', customers, 'column', joined;

GO

exec sp_dropextendedproperty 'MS_Description', 'schema', sales, 'table', customers, 'column', wake;

GO

EXEC sp_rename 'sales.customers.notes', remarks, 'COLUMN';

GO

execute sp_addextendedproperty 'MS_Description', N'our customers', 'schema', sales, 'table', customers;

GO

EXEC sp_rename '[user]', app_user;

GO

ALTER TABLE app_user ADD CONSTRAINT fk_user_customer FOREIGN KEY([key]) REFERENCES sales.customers (id) ON UPDATE CASCADE;

GO

ALTER TABLE sales.customers ADD CONSTRAINT uq_customers_phone UNIQUE (phone);

GO

ALTER TABLE sales.customers ADD CONSTRAINT ck_customers_level CHECK (level BETWEEN 1 AND 5);

GO

ALTER TABLE app_user ADD status VARCHAR(3) NULL DEFAULT GETDATE();

GO

ALTER TABLE app_user ADD CONSTRAINT ck_app_user_status CHECK (status IN ('new', 'old'));

GO

CREATE TABLE audit (
    id INTEGER NOT NULL, 
    at DATETIME NOT NULL DEFAULT getutcdate(), 
    who NVARCHAR(50) NULL DEFAULT CURRENT_USER
);

GO

ALTER TABLE audit ADD CONSTRAINT pk_audit PRIMARY KEY (id);

GO

ALTER TABLE audit ADD note NVARCHAR(200) NULL;

GO

CREATE NONCLUSTERED INDEX ix_audit_at ON audit (at DESC);

GO

SET IDENTITY_INSERT sales.customers ON;

GO

INSERT INTO sales.customers (id, name, email, active, joined, wake, created_at, balance, ratio, remarks) VALUES (1, N'O''Brien Ünal', 'ob@example.com', 1, '2020-01-31', '07:30:00', '2020-01-31 12:00:01', 10.50, 0.25, N'back\slash');

GO

INSERT INTO sales.customers (id, name, email, active, joined, wake, created_at, balance, ratio, remarks) VALUES (2, N'Ada', 'ada@example.com', 0, NULL, NULL, '2021-02-03 04:05:06.789000', NULL, 1e-07, NULL);

GO

SET IDENTITY_INSERT sales.customers OFF;

GO

UPDATE alembic_version SET version_num='b2c3d4e5f6a7' WHERE alembic_version.version_num = 'a1b2c3d4e5f6';

GO

COMMIT;

GO

