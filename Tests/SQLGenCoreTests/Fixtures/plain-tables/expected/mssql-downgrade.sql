BEGIN TRANSACTION;

-- Running downgrade 3c4d5e6f7081 -> 2b3c4d5e6f70

EXEC sp_rename 'categories', category;

GO

DROP INDEX ix_product_sku ON product;

GO

ALTER TABLE product DROP COLUMN sku;

GO

DELETE FROM category WHERE id IN (1, 2);

GO

UPDATE alembic_version SET version_num='2b3c4d5e6f70' WHERE alembic_version.version_num = '3c4d5e6f7081';

GO

-- Running downgrade 2b3c4d5e6f70 -> 

DROP INDEX ix_product_title ON product;

GO

DROP TABLE product;

GO

DROP TABLE category;

GO

DELETE FROM alembic_version WHERE alembic_version.version_num = '2b3c4d5e6f70';

GO

COMMIT;

GO

