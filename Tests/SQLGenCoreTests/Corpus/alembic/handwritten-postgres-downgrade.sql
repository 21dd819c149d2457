BEGIN;

-- Running downgrade 4cc33c234038 -> 00d953a2f2b6

DROP VIEW IF EXISTS order_summary;

UPDATE alembic_version SET version_num='00d953a2f2b6' WHERE alembic_version.version_num = '4cc33c234038';

-- Running downgrade 00d953a2f2b6 -> 33f507f0cbd4

ALTER TABLE order_lines DROP CONSTRAINT ck_order_lines_quantity;

ALTER TABLE order_lines DROP CONSTRAINT fk_order_lines_product_sku;

ALTER TABLE order_lines DROP CONSTRAINT fk_order_lines_order_id;

DROP TABLE order_lines;

DROP TABLE products;

UPDATE alembic_version SET version_num='33f507f0cbd4' WHERE alembic_version.version_num = '00d953a2f2b6';

-- Running downgrade 33f507f0cbd4 -> 1ff12e825ce1

ALTER TABLE customers ALTER COLUMN modified SET DEFAULT now();

ALTER TABLE customers DROP COLUMN country;

ALTER TABLE customers DROP COLUMN credit_limit;

ALTER TABLE customers DROP COLUMN vip;

UPDATE alembic_version SET version_num='1ff12e825ce1' WHERE alembic_version.version_num = '33f507f0cbd4';

-- Running downgrade 1ff12e825ce1 -> 158d9a0b2361

ALTER TABLE orders ALTER COLUMN total DROP NOT NULL;

ALTER TABLE orders ALTER COLUMN total DROP DEFAULT;

UPDATE orders SET status = 'new' WHERE status = 'legacy';

UPDATE alembic_version SET version_num='158d9a0b2361' WHERE alembic_version.version_num = '1ff12e825ce1';

-- Running downgrade 158d9a0b2361 -> aed04ca87fc2

DROP INDEX ix_orders_customer_id;

ALTER TABLE orders DROP CONSTRAINT fk_orders_customer_id;

DROP TABLE orders;

UPDATE alembic_version SET version_num='aed04ca87fc2' WHERE alembic_version.version_num = '158d9a0b2361';

-- Running downgrade aed04ca87fc2 -> bfb65bae2d26

ALTER TABLE audit_log RENAME customer_id TO account_id;

ALTER TABLE customers RENAME display_name TO name;

ALTER TRIGGER customers_touch_modified ON customers RENAME TO accounts_touch_modified;

ALTER SEQUENCE customers_id_seq RENAME TO accounts_id_seq;

ALTER TABLE customers RENAME TO accounts;

UPDATE alembic_version SET version_num='bfb65bae2d26' WHERE alembic_version.version_num = 'aed04ca87fc2';

-- Running downgrade bfb65bae2d26 -> 68340cc8af11

DROP INDEX ix_audit_log_recent;

DROP INDEX ix_audit_log_happened_at;

DROP TABLE audit_log;

UPDATE alembic_version SET version_num='68340cc8af11' WHERE alembic_version.version_num = 'bfb65bae2d26';

-- Running downgrade 68340cc8af11 -> 

DROP TRIGGER IF EXISTS accounts_touch_modified ON accounts;

DROP TABLE accounts;

DROP FUNCTION IF EXISTS touch_modified();

DELETE FROM alembic_version WHERE alembic_version.version_num = '68340cc8af11';

COMMIT;

