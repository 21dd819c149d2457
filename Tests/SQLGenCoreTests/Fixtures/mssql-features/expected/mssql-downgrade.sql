BEGIN TRANSACTION;

-- Running downgrade b2c3d4e5f6a7 -> a1b2c3d4e5f6

DELETE FROM sales.customers;

GO

DROP INDEX ix_audit_at ON audit;

GO

ALTER TABLE audit DROP COLUMN note;

GO

ALTER TABLE audit DROP CONSTRAINT pk_audit;

GO

DROP TABLE IF EXISTS audit;

GO

declare @const_name varchar(256)
select @const_name = QUOTENAME([name]) from sys.default_constraints
where parent_object_id = object_id('app_user')
and col_name(parent_object_id, parent_column_id) = 'status'
exec('alter table app_user drop constraint ' + @const_name);

GO

declare @const_name varchar(256)
select @const_name = QUOTENAME([name]) from sys.check_constraints
where parent_object_id = object_id('app_user')
and col_name(parent_object_id, parent_column_id) = 'status'
exec('alter table app_user drop constraint ' + @const_name);

GO

ALTER TABLE app_user DROP COLUMN status;

GO

ALTER TABLE sales.customers DROP CONSTRAINT ck_customers_level;

GO

ALTER TABLE sales.customers DROP CONSTRAINT uq_customers_phone;

GO

ALTER TABLE app_user DROP CONSTRAINT fk_user_customer;

GO

EXEC sp_rename 'app_user', [user];

GO

execute sp_dropextendedproperty 'MS_Description', 'schema', sales, 'table', customers;

GO

execute sp_addextendedproperty 'MS_Description', N'who buys', 'schema', sales, 'table', customers;

GO

EXEC sp_rename 'sales.customers.remarks', notes, 'COLUMN';

GO

exec sp_updateextendedproperty 'MS_Description', N'customer''s name', 'schema', sales, 'table', customers, 'column', name;

GO

exec sp_dropextendedproperty 'MS_Description', 'schema', sales, 'table', customers, 'column', joined;

GO

ALTER TABLE sales.customers ADD DEFAULT 0 FOR vip;

GO

declare @const_name varchar(256)
select @const_name = QUOTENAME([name]) from sys.default_constraints
where parent_object_id = object_id('sales.customers')
and col_name(parent_object_id, parent_column_id) = 'level'
exec('alter table sales.customers drop constraint ' + @const_name);

GO

ALTER TABLE sales.customers ADD DEFAULT 1 FOR level;

GO

ALTER TABLE sales.customers ALTER COLUMN bio TEXT NULL;

GO

ALTER TABLE sales.customers ALTER COLUMN code VARCHAR(max) NULL;

GO

ALTER TABLE sales.customers ALTER COLUMN email VARCHAR(255) NOT NULL;

GO

ALTER TABLE sales.customers ALTER COLUMN phone VARCHAR(30) NULL;

GO

declare @const_name varchar(256)
select @const_name = QUOTENAME([name]) from sys.default_constraints
where parent_object_id = object_id('sales.customers')
and col_name(parent_object_id, parent_column_id) = 'level'
exec('alter table sales.customers drop constraint ' + @const_name);

GO

declare @const_name varchar(256)
select @const_name = QUOTENAME([name]) from sys.check_constraints
where parent_object_id = object_id('sales.customers')
and col_name(parent_object_id, parent_column_id) = 'level'
exec('alter table sales.customers drop constraint ' + @const_name);

GO

ALTER TABLE sales.customers DROP COLUMN level;

GO

declare @const_name varchar(256)
select @const_name = QUOTENAME([name]) from sys.default_constraints
where parent_object_id = object_id('sales.customers')
and col_name(parent_object_id, parent_column_id) = 'phone'
exec('alter table sales.customers drop constraint ' + @const_name);

GO

declare @const_name varchar(256)
select @const_name = QUOTENAME([name]) from
sys.foreign_keys fk join sys.foreign_key_columns fkc
on fk.object_id=fkc.constraint_object_id
where fkc.parent_object_id = object_id('sales.customers')
and col_name(fkc.parent_object_id, fkc.parent_column_id) = 'phone'
exec('alter table sales.customers drop constraint ' + @const_name);

GO

ALTER TABLE sales.customers DROP COLUMN phone;

GO

UPDATE alembic_version SET version_num='a1b2c3d4e5f6' WHERE alembic_version.version_num = 'b2c3d4e5f6a7';

GO

-- Running downgrade a1b2c3d4e5f6 -> 

DROP TABLE [user];

GO

DROP INDEX ix_orders_placed ON sales.orders;

GO

DROP INDEX ix_orders_customer ON sales.orders;

GO

DROP TABLE sales.orders;

GO

DROP TABLE sales.customers;

GO

DROP SCHEMA sales;

GO

DELETE FROM alembic_version WHERE alembic_version.version_num = 'a1b2c3d4e5f6';

GO

COMMIT;

GO

