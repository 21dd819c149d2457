-- Running downgrade 3c4d5e6f7081 -> 2b3c4d5e6f70

ALTER TABLE categories RENAME TO category;

DROP INDEX ix_product_sku;

ALTER TABLE product DROP COLUMN sku;

DELETE FROM category WHERE id IN (1, 2);

UPDATE alembic_version SET version_num='2b3c4d5e6f70' WHERE alembic_version.version_num = '3c4d5e6f7081';

-- Running downgrade 2b3c4d5e6f70 -> 

DROP INDEX ix_product_title;

DROP TABLE product;

DROP TABLE category;

DELETE FROM alembic_version WHERE alembic_version.version_num = '2b3c4d5e6f70';

